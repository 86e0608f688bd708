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


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity: ``start``/``end`` index ``texts[source]``.

    ``section`` and ``sentence`` are the ids of the enclosing Section / Sentence;
    ``citations`` are reference numbers cited by the sentence; ``polarity`` is the
    immunophenotype sign written after a surface marker (``"+"``, ``"-"``, ``"low"``,
    ``"high"``, ``"dim"``, ``"bright"``; ``None`` when there is none): ``CD34−`` is a mention
    of CD34 with polarity ``"-"``.
    """

    source: int
    start: int
    end: int
    text: str
    lang: str
    section: str
    sentence: str
    citations: tuple[int, ...] = ()
    polarity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "source": self.source, "start": self.start, "end": self.end, "text": self.text,
            "lang": self.lang, "section": self.section, "sentence": self.sentence,
            "citations": list(self.citations), "polarity": self.polarity,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        """Inverse of :meth:`to_dict`."""
        return cls(
            int(d["source"]), int(d["start"]), int(d["end"]), d["text"], d["lang"],
            d.get("section", ""), d.get("sentence", ""), tuple(int(c) for c in d.get("citations", ())),
            d.get("polarity"),
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
    (``{"ncbigene": "3569"}``); ``generic`` marks class mentions (``цитокины``);
    ``resolved`` is false for a typed mention that no source names (``рецептор X``): its
    id is then a stable project-local ``secretome:unresolved:…`` CURIE.
    """

    id: str
    symbol: str
    name: str
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    xrefs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    generic: bool = False
    mentions: tuple[Mention, ...] = ()
    resolved: bool = True

    @property
    def label(self) -> str:
        """The entity's type name, equal to its class name."""
        return type(self).__name__

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (see the Article JSON ``entities`` schema)."""
        return {
            "id": self.id, "symbol": self.symbol, "label": self.label, "name": self.name,
            "names": {"ru": list(self.names.get("ru", ())), "en": list(self.names.get("en", ()))},
            "xrefs": dict(self.xrefs), "generic": self.generic, "resolved": self.resolved,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    def _repr_html_(self) -> str:
        """Jupyter's rich view (``sn.view(article, record)`` shows it in context)."""
        from ..display import html_of

        return html_of(self)


# --- the entity-type registry -----------------------------------------------------------
# One place per type: a class is defined once below with ``@entity_type(...)``; records,
# JSON, tables, views and the lexicon loader all read ``ENTITY_TYPES``.


@dataclass(frozen=True)
class EntityType:
    """A registered entity class: its label, parent label, display colour and id sources."""

    label: str
    cls: type[Entity]
    parent: str | None
    colour: str
    sources: tuple[str, ...]
    description: str


#: Label → :class:`EntityType`, in registration order (parents before children).
ENTITY_TYPES: dict[str, EntityType] = {}


def entity_type(colour: str, sources: tuple[str, ...] = ()) -> Any:
    """Class decorator registering an :class:`Entity` subclass under its class name.

    Registering a second class under a taken label raises ``ValueError`` (a plug-in
    must not silently replace a built-in type).
    """

    def register(cls: type[Entity]) -> type[Entity]:
        label = cls.__name__
        if label in ENTITY_TYPES and ENTITY_TYPES[label].cls is not cls:
            raise ValueError(f"entity type {label!r} is already registered")
        parent = None if cls is Entity else cls.__mro__[1].__name__
        doc = (cls.__doc__ or "").strip().splitlines()
        ENTITY_TYPES[label] = EntityType(label, cls, parent, colour, tuple(sources), doc[0] if doc else "")
        return cls

    return register


def get_entity_type(label: str) -> EntityType:
    """The registered type called ``label``; :class:`UnknownEntityTypeError` for any other name."""
    try:
        return ENTITY_TYPES[label]
    except KeyError:
        from ..errors import UnknownEntityTypeError

        raise UnknownEntityTypeError(
            f"unknown entity type {label!r} (known: {', '.join(ENTITY_TYPES)})") from None


def entity_class(label: str) -> type[Entity]:
    """The class registered under ``label`` (fails loudly on an unknown label)."""
    return get_entity_type(label).cls


def ancestors(label: str) -> list[str]:
    """``label`` and its registered ancestors, most specific first (``Chemokine`` → … → ``Entity``)."""
    out = []
    current: str | None = label
    while current is not None:
        out.append(current)
        current = get_entity_type(current).parent
    return out


entity_type("#eeeeee", ())(Entity)


@entity_type("#f4e1f7", ("HGNC", "FamPlex"))
class Protein(Entity):
    """A named protein or gene product that no more specific class covers."""


@entity_type("#fde2e1", ("HGNC", "FamPlex", "MeSH"))
class Cytokine(Protein):
    """Interleukins, interferons, TNF superfamily, CSFs, LIF, OSM, MIF (and subclasses)."""


@entity_type("#fcd5ce", ("HGNC",))
class Chemokine(Cytokine):
    """CCL / CXCL / XCL / CX3CL chemokines (IL-8 = CXCL8, MCP-1 = CCL2, SDF-1 = CXCL12)."""


@entity_type("#fae1dd", ("HGNC",))
class Adipokine(Cytokine):
    """Adipocyte-derived cytokines: leptin, adiponectin, resistin, visfatin/NAMPT."""


@entity_type("#e2f0cb", ("HGNC", "FamPlex"))
class GrowthFactor(Protein):
    """VEGF, PlGF, FGFs, EGF, TGFs, HGF, IGFs, PDGF, neurotrophins, angiopoietins, BMPs, EPO."""


@entity_type("#ffe5b4", ("HGNC", "FamPlex"))
class Enzyme(Protein):
    """Named enzymes (an EC number in HGNC, or an enzyme head noun): MMPs, caspases, kinases …"""


@entity_type("#ffe0b8", ("HGNC", "FamPlex"))
class ProteaseInhibitor(Protein):
    """Protease inhibitors: TIMPs, serpins, cystatins, other peptidase inhibitors."""


@entity_type("#f1e3d3", ("HGNC", "FamPlex"))
class ECMProtein(Protein):
    """Extracellular-matrix proteins: collagens, fibronectin, elastin, laminin, proteoglycans."""


@entity_type("#e8dff5", ("HGNC", "FamPlex"))
class Receptor(Protein):
    """Receptors (CXCR4, TLR2/4, VEGFR, IL6R, ErbB, Eph, Tie …), soluble forms included."""


@entity_type("#dde5f7", ("HGNC", "FamPlex"))
class AdhesionMolecule(Protein):
    """Cell-adhesion molecules: ICAM/VCAM, cadherins, selectins, integrins."""


@entity_type("#c9e4de", ("HGNC",))
class SurfaceMarker(Protein):
    """CD antigens (CD34, CD45, CD73 …); a mention keeps the immunophenotype polarity (CD73+)."""


@entity_type("#d7e3fc", ("HGNC",))
class VesicleMarker(Protein):
    """Extracellular-vesicle marker proteins (CD9, CD63, CD81, TSG101, ALIX …)."""


@entity_type("#cde8f6", ("GO",))
class VesicleType(Entity):
    """Kinds of extracellular vesicle (exosome, microvesicle, apoptotic body …)."""


@entity_type("#d0f4de", ("MeSH",))
class Secretome(Entity):
    """The secretome itself and its preparations (conditioned medium)."""


@entity_type("#fff1c1", ("Cell Ontology",))
class CellType(Entity):
    """Cell types (MSC, ADSC, fibroblasts, keratinocytes, macrophages, T-cell subsets …)."""


@entity_type("#e4e4e4", ("UBERON",))
class Tissue(Entity):
    """Tissues and anatomical sources (adipose tissue, bone marrow, umbilical cord …)."""


@entity_type("#f0d9ff", ("HGNC", "miRBase", "MeSH"))
class NucleicAcid(Entity):
    """Nucleic acids: miRNAs (miR-29a), mRNA, ncRNA, DNA."""


#: Label → class, read from the registry (kept for callers of the 0.1 API).
ENTITY_CLASSES: dict[str, type[Entity]] = {label: t.cls for label, t in ENTITY_TYPES.items()}


def entity_from_dict(d: dict[str, Any]) -> Entity:
    """Rebuild an entity from :meth:`Entity.to_dict` output, choosing the class by ``label``.

    An unknown label raises :class:`~secretome_nlp.errors.UnknownEntityTypeError`.
    """
    cls = entity_class(d.get("label", "Entity"))
    names = {k: tuple(v) for k, v in (d.get("names") or {}).items()}
    return cls(
        id=d["id"], symbol=d.get("symbol", ""), name=d.get("name", ""), names=names,
        xrefs=dict(d.get("xrefs") or {}), generic=bool(d.get("generic", False)),
        resolved=bool(d.get("resolved", True)),
        mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
    )


E = TypeVar("E", bound=Entity)


def entities_of(entities: Iterable[Entity], cls: type[E]) -> list[E]:
    """The entities that are instances of ``cls`` (so ``Cytokine`` includes chemokines)."""
    return [e for e in entities if isinstance(e, cls)]


__all__ = [
    "Mention", "Abbreviation", "EntityType", "ENTITY_TYPES", "ENTITY_CLASSES", "entity_type",
    "get_entity_type", "entity_class", "ancestors", "entity_from_dict", "entities_of",
    *ENTITY_TYPES,
]
