"""Loading the packaged entity lexicon (``secretome_nlp/data/entities/lexicon.tsv.gz``).

The file is read lazily, once per process, by :func:`load_lexicon` (never at import).
"""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["LexEntry", "Lexicon", "load_lexicon", "parse_lexicon", "read_user_lexicon", "make_entry", "symbol_key",
           "REQUIRED_COLUMNS"]

#: Columns a lexicon file (packaged or user) must have; ``xrefs``, ``generic``,
#: ``provenance`` and ``guarded`` are optional.
#: The packaged lexicon, gzipped (the readable TSV is over 5 MiB): ``zcat`` shows it.
LEXICON_FILE = "lexicon.tsv.gz"
REQUIRED_COLUMNS = ("id", "type", "symbol", "en_names", "ru_names", "synonyms")

_IL_SYMBOL = re.compile(r"IL\d+")
_DIGIT_HYPHEN_DIGIT = re.compile(r"(?<=\d)[-‐‑–—](?=\d)")


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row: a concept with its id, type, names and abbreviations.

    ``guarded`` lists the synonyms that are also ordinary words or clinical abbreviations
    (``MET``, ``CAT``, ``CAD``): they count only with biomedical context in the sentence.
    """

    id: str
    type: str
    symbol: str
    en_names: tuple[str, ...]
    ru_names: tuple[str, ...]
    synonyms: tuple[str, ...]
    xrefs: tuple[tuple[str, str], ...]
    generic: bool
    provenance: str
    guarded: frozenset[str] = frozenset()

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

    def with_entries(self, extra: "list[LexEntry] | tuple[LexEntry, ...]") -> "Lexicon":
        """A new lexicon with ``extra`` entries first (they win every name and symbol they
        share with packaged entries); the packaged lexicon is not changed."""
        replaced = {x.id for x in extra}
        return _index(tuple(extra) + tuple(e for e in self.entries if e.id not in replaced))

    def get(self, entity_id: str) -> LexEntry | None:
        """The entry of ``entity_id`` or ``None``."""
        return self.by_id.get(entity_id)

    def resolve_symbol(self, key: str) -> str | None:
        """Entity id for a family key such as ``IL6`` / ``MMP9`` / ``MIR29A`` (see :func:`symbol_key`)."""
        return self.by_symbol.get(symbol_key(key))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _rows(text: str, origin: str) -> list[LexEntry]:
    """Entries of a lexicon TSV; a missing column or an unknown type raises LexiconError."""
    from ..errors import LexiconError, UnknownEntityTypeError
    from ..records.entities import get_entity_type

    lines = text.splitlines()
    if not lines:
        raise LexiconError(f"{origin}: empty lexicon")
    header = lines[0].split("\t")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise LexiconError(f"{origin}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED_COLUMNS)})")
    entries: list[LexEntry] = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        row = dict(zip(header, line.split("\t")))
        try:
            get_entity_type(row.get("type", ""))
        except UnknownEntityTypeError as exc:
            raise LexiconError(f"{origin}:{n}: {exc}") from None
        if not row.get("id"):
            raise LexiconError(f"{origin}:{n}: empty id")
        xrefs = tuple(
            (key, value) for key, value in (kv.split("=", 1) for kv in row.get("xrefs", "").split(";") if "=" in kv)
        )
        entries.append(LexEntry(
            id=row["id"], type=row["type"], symbol=row.get("symbol", ""), en_names=_split(row.get("en_names", "")),
            ru_names=_split(row.get("ru_names", "")), synonyms=_split(row.get("synonyms", "")),
            xrefs=xrefs, generic=row.get("generic") == "1", provenance=row.get("provenance", ""),
            guarded=frozenset(_split(row.get("guarded", ""))),
        ))
    return entries


def parse_lexicon(text: str) -> Lexicon:
    """Parse the TSV text of a lexicon file."""
    entries = _rows(text, "<lexicon>")
    entries += _mature_mirna_entries(entries)
    return _index(tuple(entries))


def make_entry(id: str, type: str, symbol: str = "", en_names: tuple[str, ...] = (), ru_names: tuple[str, ...] = (),
               synonyms: tuple[str, ...] = (), generic: bool = False, provenance: str = "user") -> LexEntry:
    """A lexicon entry built in Python (``type`` must be a registered entity class).

    Russian names are generated by rule from the English ones when none are given
    (:func:`secretome_nlp.entities.ru_names.russian_names`).
    """
    from ..errors import LexiconError, UnknownEntityTypeError
    from ..records.entities import get_entity_type
    from .ru_names import russian_cell_names, russian_names

    try:
        get_entity_type(type)
    except UnknownEntityTypeError as exc:
        raise LexiconError(str(exc)) from None
    if not ru_names:
        generate = russian_cell_names if type == "CellType" else russian_names
        ru_names = tuple(dict.fromkeys(r for n in en_names for r in generate(n)))
    return LexEntry(id, type, symbol or (synonyms[0] if synonyms else id), tuple(en_names), tuple(ru_names),
                    tuple(synonyms), (), generic, provenance)


def read_user_lexicon(path: str | Path) -> list[LexEntry]:
    """Entries of a user lexicon file (same TSV columns as the packaged one).

    Rows without Russian names get them generated by rule; a bad file raises
    :class:`~secretome_nlp.errors.LexiconError` with a one-line message.
    """
    from ..errors import LexiconError

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read lexicon ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise LexiconError(f"{p}: a lexicon must be UTF-8 text") from None
    return [make_entry(e.id, e.type, e.symbol, e.en_names, e.ru_names, e.synonyms, e.generic,
                       e.provenance or f"user lexicon {p.name}") if not e.ru_names else e
            for e in _rows(text, str(p))]


def _index(entries: tuple[LexEntry, ...]) -> Lexicon:
    """The look-up tables over ``entries``."""
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
    return Lexicon(entries, by_id, by_symbol)


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


def read_packaged_lexicon() -> Lexicon:
    """Parse the packaged ``lexicon.tsv.gz`` (seconds; :func:`load_lexicon` uses the compiled copy)."""
    path = resources.files("secretome_nlp") / "data" / "entities" / LEXICON_FILE
    return parse_lexicon(gzip.decompress(path.read_bytes()).decode("utf-8"))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process (from the compiled tables when they are
    current, else parsed from the TSV)."""
    from .compiled import load_compiled

    tables = load_compiled()
    return tables.lexicon if tables is not None else read_packaged_lexicon()
