"""Loading the packaged entity lexicon (``secretome_nlp/data/entities/lexicon.tsv``).

The file is read lazily, once per process, by :func:`load_lexicon` (never at import).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["LexEntry", "Lexicon", "load_lexicon", "parse_lexicon", "symbol_key"]

_IL_SYMBOL = re.compile(r"IL\d+")
_DIGIT_HYPHEN_DIGIT = re.compile(r"(?<=\d)[-‐‑–—](?=\d)")


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row: a concept with its id, type, names and abbreviations."""

    id: str
    type: str
    symbol: str
    en_names: tuple[str, ...]
    ru_names: tuple[str, ...]
    synonyms: tuple[str, ...]
    xrefs: tuple[tuple[str, str], ...]
    generic: bool
    provenance: str

    @property
    def name(self) -> str:
        """Preferred English name (falls back to the symbol)."""
        return self.en_names[0] if self.en_names else self.symbol


def symbol_key(s: str) -> str:
    """Key for family/symbol lookups: upper-case, hyphens, spaces and dots removed.

    ``IL-6``, ``IL 6`` and ``il6`` all give ``IL6``. A hyphen between two digits is kept
    (as ``_``): ``MIR9-3`` (a locus of miR-9) is not ``MIR93`` (miR-93).
    """
    return "".join(ch for ch in _DIGIT_HYPHEN_DIGIT.sub("_", s.upper()) if ch not in "-‐‑–— .")


@dataclass(frozen=True)
class Lexicon:
    """All lexicon entries with the lookups the matchers need."""

    entries: tuple[LexEntry, ...]
    by_id: dict[str, LexEntry]
    by_symbol: dict[str, str]

    def get(self, entity_id: str) -> LexEntry | None:
        """The entry of ``entity_id`` or ``None``."""
        return self.by_id.get(entity_id)

    def resolve_symbol(self, key: str) -> str | None:
        """Entity id for a family key such as ``IL6`` / ``MMP9`` / ``MIR29A`` (see :func:`symbol_key`)."""
        return self.by_symbol.get(symbol_key(key))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def parse_lexicon(text: str) -> Lexicon:
    """Parse the TSV text of a lexicon file."""
    lines = text.splitlines()
    header = lines[0].split("\t")
    entries: list[LexEntry] = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t")))
        xrefs = tuple(
            (key, value) for key, value in (kv.split("=", 1) for kv in row.get("xrefs", "").split(";") if "=" in kv)
        )
        entries.append(LexEntry(
            id=row["id"], type=row["type"], symbol=row["symbol"], en_names=_split(row["en_names"]),
            ru_names=_split(row["ru_names"]), synonyms=_split(row["synonyms"]),
            xrefs=xrefs, generic=row.get("generic") == "1", provenance=row.get("provenance", ""),
        ))
    entries += _mature_mirna_entries(entries)
    by_id = {e.id: e for e in entries}
    by_symbol: dict[str, str] = {}
    # Approved symbols first so that a synonym never shadows another gene's approved symbol.
    for e in entries:
        # family keys resolve to HGNC genes, or to the MeSH/project concept of an
        # interleukin without a single gene (IL1, IL12, IL23, IL35)
        if e.id.startswith(("HGNC:", "secretome:MIR")) or _IL_SYMBOL.fullmatch(e.symbol):
            by_symbol.setdefault(symbol_key(e.symbol), e.id)
    for e in entries:
        for syn in e.synonyms:
            by_symbol.setdefault(symbol_key(syn), e.id)
    return Lexicon(tuple(entries), by_id, by_symbol)


# HGNC names the loci of one mature miRNA MIR29B1/MIR29B2, MIRLET7A1…3 or MIR9-1…3.
_MIR_LOCUS = re.compile(r"(MIRLET7[A-Z]|MIR\d+[A-Z])\d|(MIR\d+)-\d")


def _mature_mirna_entries(entries: list[LexEntry]) -> list[LexEntry]:
    """One entry per mature miRNA encoded by several HGNC loci (miR-29b ← MIR29B1, MIR29B2).

    Texts name the mature miRNA, which has no HGNC gene of its own when several loci make
    it; rather than pick one locus, such a miRNA gets a project-local id that lists every
    locus in ``xrefs["hgnc"]`` (and their miRBase precursors), so nothing is invented.
    """
    symbols = {e.symbol for e in entries if e.id.startswith("HGNC:")}
    loci: dict[str, list[LexEntry]] = {}
    for e in entries:
        if e.id.startswith("HGNC:") and e.type == "NucleicAcid":
            m = _MIR_LOCUS.fullmatch(e.symbol)
            base = m and (m.group(1) or m.group(2))
            if base and base not in symbols:
                loci.setdefault(base, []).append(e)
    derived = []
    for base, genes in sorted(loci.items()):
        if len(genes) < 2:
            continue
        genes.sort(key=lambda g: g.symbol)
        mirbase = "|".join(v for g in genes for k, v in g.xrefs if k == "mirbase")
        xrefs = (("hgnc", "|".join(g.id for g in genes)),) + ((("mirbase", mirbase),) if mirbase else ())
        mature = base.replace("MIRLET", "let-").replace("MIR", "miR-").lower().replace("mir-", "miR-")
        derived.append(LexEntry(
            id=f"secretome:{base}", type="NucleicAcid", symbol=base, en_names=(f"microRNA {mature[4:]}",),
            ru_names=(), synonyms=(), xrefs=xrefs, generic=False,
            provenance="derived: mature miRNA of HGNC loci " + ", ".join(g.symbol for g in genes)))
    return derived


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, parsed once per process."""
    path = resources.files("secretome_nlp") / "data" / "entities" / "lexicon.tsv"
    return parse_lexicon(path.read_text(encoding="utf-8"))
