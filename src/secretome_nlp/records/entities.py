"""Typed, normalised biomedical entities found in an article (issue #4).

Every entity is a frozen dataclass; the class says *what* it is (``Cytokine``,
``CellType`` …) and ``label`` repeats the class name so the JSON export can be read
back losslessly with :func:`entity_from_dict`.

``id`` is a CURIE of a public identifier (``HGNC:6018``, ``CL:0000134``,
``UBERON:0001013``, ``GO:0070062``) or, for generic classes and for concepts without a
verified public identifier, a project-local ``secretome:`` CURIE (see
``secretome_nlp/data/entities/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, TypeVar

__all__ = [
    "Mention", "Abbreviation", "Entity", "Cytokine", "Chemokine", "Adipokine", "GrowthFactor",
    "Enzyme", "ECMProtein", "Receptor", "VesicleMarker", "VesicleType", "Secretome",
    "CellType", "Tissue", "NucleicAcid", "ENTITY_CLASSES", "entity_from_dict", "entities_of",
]


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity: ``start``/``end`` index ``texts[source]``.

    ``section`` and ``sentence`` are the ids of the enclosing Section / Sentence;
    ``citations`` are reference numbers cited by the sentence (filled by the lead).
    """

    source: int
    start: int
    end: int
    text: str
    lang: str
    section: str
    sentence: str
    citations: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "source": self.source, "start": self.start, "end": self.end, "text": self.text,
            "lang": self.lang, "section": self.section, "sentence": self.sentence,
            "citations": list(self.citations),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        """Inverse of :meth:`to_dict`."""
        return cls(
            int(d["source"]), int(d["start"]), int(d["end"]), d["text"], d["lang"],
            d.get("section", ""), d.get("sentence", ""), tuple(int(c) for c in d.get("citations", ())),
        )


@dataclass(frozen=True)
class Abbreviation:
    """An article-local abbreviation ``long (short)``; ``entity_id`` when the long form is known.

    ``start``/``end`` locate the short form and ``long_start``/``long_end`` the long form
    of the *defining* occurrence in ``texts[source]``.
    """

    short: str
    long: str
    lang: str
    entity_id: str | None
    source: int
    start: int
    end: int
    long_start: int
    long_end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "short": self.short, "long": self.long, "lang": self.lang, "entity_id": self.entity_id,
            "source": self.source, "start": self.start, "end": self.end,
            "long_start": self.long_start, "long_end": self.long_end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Abbreviation":
        """Inverse of :meth:`to_dict`."""
        return cls(
            d["short"], d["long"], d["lang"], d.get("entity_id"), int(d["source"]), int(d["start"]),
            int(d["end"]), int(d["long_start"]), int(d["long_end"]),
        )


@dataclass(frozen=True)
class Entity:
    """Base class of every normalised entity.

    ``names`` maps ``"ru"``/``"en"`` to preferred names (lexicon names first, then the
    surface forms seen in the text); ``xrefs`` maps a database to an identifier
    (``{"ncbigene": "3569"}``); ``generic`` marks class mentions (``цитокины``).
    """

    id: str
    symbol: str
    name: str
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    xrefs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    generic: bool = False
    mentions: tuple[Mention, ...] = ()

    @property
    def label(self) -> str:
        """The entity's type name, equal to its class name."""
        return type(self).__name__

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (see the Article JSON ``entities`` schema)."""
        return {
            "id": self.id, "symbol": self.symbol, "label": self.label, "name": self.name,
            "names": {"ru": list(self.names.get("ru", ())), "en": list(self.names.get("en", ()))},
            "xrefs": dict(self.xrefs), "generic": self.generic,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    def _repr_html_(self) -> str:
        """Jupyter's rich view (``sn.view(article, record)`` shows it in context)."""
        from ..display import html_of

        return html_of(self)


class Cytokine(Entity):
    """Interleukins, interferons, TNF superfamily, CSFs, LIF, OSM, MIF (and subclasses)."""


class Chemokine(Cytokine):
    """CCL / CXCL / XCL / CX3CL chemokines (IL-8 = CXCL8, MCP-1 = CCL2, SDF-1 = CXCL12)."""


class Adipokine(Cytokine):
    """Adipocyte-derived cytokines: leptin, adiponectin, resistin, visfatin/NAMPT."""


class GrowthFactor(Entity):
    """VEGF, PlGF, FGFs, EGF, TGFs, HGF, IGFs, PDGF, neurotrophins, angiopoietins, BMPs, EPO."""


class Enzyme(Entity):
    """MMPs, TIMPs and other named proteases or their inhibitors."""


class ECMProtein(Entity):
    """Extracellular-matrix proteins: collagens, fibronectin, elastin, laminin, proteoglycans."""


class Receptor(Entity):
    """Cell-surface receptors (CXCR4, TLR2/4, VEGFR …)."""


class VesicleMarker(Entity):
    """Extracellular-vesicle marker proteins (CD9, CD63, CD81, TSG101, ALIX …)."""


class VesicleType(Entity):
    """Kinds of extracellular vesicle (exosome, microvesicle, apoptotic body …)."""


class Secretome(Entity):
    """The secretome itself and its preparations (conditioned medium)."""


class CellType(Entity):
    """Cell types (MSC, ADSC, fibroblasts, keratinocytes, macrophages …)."""


class Tissue(Entity):
    """Tissues and anatomical sources (adipose tissue, bone marrow, umbilical cord …)."""


class NucleicAcid(Entity):
    """Nucleic acids: miRNAs (miR-29a), mRNA, ncRNA, DNA."""


#: Label → class; a constant mapping (never extended at run time).
ENTITY_CLASSES: dict[str, type[Entity]] = {
    c.__name__: c
    for c in (
        Entity, Cytokine, Chemokine, Adipokine, GrowthFactor, Enzyme, ECMProtein, Receptor,
        VesicleMarker, VesicleType, Secretome, CellType, Tissue, NucleicAcid,
    )
}


def entity_from_dict(d: dict[str, Any]) -> Entity:
    """Rebuild an entity from :meth:`Entity.to_dict` output, choosing the class by ``label``."""
    cls = ENTITY_CLASSES.get(d.get("label", "Entity"), Entity)
    names = {k: tuple(v) for k, v in (d.get("names") or {}).items()}
    return cls(
        id=d["id"], symbol=d.get("symbol", ""), name=d.get("name", ""), names=names,
        xrefs=dict(d.get("xrefs") or {}), generic=bool(d.get("generic", False)),
        mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
    )


E = TypeVar("E", bound=Entity)


def entities_of(entities: Iterable[Entity], cls: type[E]) -> list[E]:
    """The entities that are instances of ``cls`` (so ``Cytokine`` includes chemokines)."""
    return [e for e in entities if isinstance(e, cls)]
