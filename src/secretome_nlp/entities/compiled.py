"""The compiled lexicon: matcher tables built once at lexicon build time, shipped in the package.

Building the phrase trie means lemmatising every Russian and English name of ~28,000
concepts (about 4 s); loading the pickled tables takes a fraction of a second.  The file
records a fingerprint of everything the tables depend on — the lexicon TSV, the
lemmatiser's data files and :data:`FORMAT` — and is ignored (the tables are rebuilt in
memory, with a warning) when any of them changed since it was written.

Regenerate with ``python benchmarks/build_entity_lexicon.py …`` (it calls
:func:`write_compiled`) or, after editing only the morphology data, with
``python -m secretome_nlp.entities.compiled``.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import pickle
import warnings
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .lexicon import LexEntry, Lexicon, read_packaged_lexicon

__all__ = ["CompiledTables", "FORMAT", "fingerprint", "load_compiled", "write_compiled", "COMPILED_PATH"]

#: Bumped whenever the key functions or the table layout change.
FORMAT = 5
COMPILED_PATH = ("data", "entities", "lexicon.compiled.pickle.gz")
# The key functions' code is an input too: editing it makes the shipped tables stale.
_DEPENDENCIES = (("data", "entities", "lexicon.tsv.gz"), ("data", "morphology", "disambiguator.json.gz"),
                 ("data", "morphology", "domain_lexicon.tsv"), ("entities", "normalize.py"), ("entities", "matcher.py"),
                 ("entities", "ru_names.py"))


@dataclass(frozen=True)
class CompiledTables:
    """What the matchers need, precomputed: phrase trie, symbol tables, ambiguity flags."""

    fingerprint: str
    phrase_trie: dict[str, str]
    phrase_max_len: int
    symbol_table: dict[str, str]
    symbol_guarded: frozenset[str]
    symbol_approved: dict[str, str]
    lexicon: Lexicon
    #: what a symbol run can start with (see ``SymbolMatcher.starts``)
    symbol_starts: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


#: One empty set for the many entries with no guarded form (fewer objects for the collector).
_NOT_GUARDED: frozenset[str] = frozenset()


def _package_file(parts: tuple[str, ...]) -> Any:
    return resources.files("secretome_nlp").joinpath(*parts)


def fingerprint() -> str:
    """SHA-256 over the compiled tables' inputs (lexicon, lemmatiser data, key code, FORMAT)."""
    h = hashlib.sha256(f"format={FORMAT}".encode())
    for parts in _DEPENDENCIES:
        data = _package_file(parts).read_bytes()
        if parts[-1].endswith(".gz"):
            data = gzip.decompress(data)  # the content, whatever the compressor
        # line endings normalised: a checkout with CRLF must not make the tables stale
        h.update(data.replace(b"\r\n", b"\n"))
    return h.hexdigest()


def write_compiled(path: Path | None = None) -> Path:
    """Build the matcher tables from the packaged lexicon and pickle them to ``path``."""
    from .matcher import PhraseMatcher, SymbolMatcher
    from .normalize import LemmaCache

    lexicon = read_packaged_lexicon()
    phrases = PhraseMatcher(lexicon, LemmaCache())
    symbols = SymbolMatcher(lexicon)
    # Plain containers only, so the file does not depend on where this module lives.
    entries = [(e.id, e.type, e.symbol, e.en_names, e.ru_names, e.synonyms, e.xrefs, e.generic, e.provenance,
                tuple(sorted(e.guarded))) for e in lexicon.entries]
    tables = {"fingerprint": fingerprint(), "entries": entries, "by_symbol": lexicon.by_symbol, "phrase_trie": phrases.trie, "phrase_max_len": phrases.max_len,
              "symbol_table": symbols.table, "symbol_guarded": sorted(symbols.guarded),
              "symbol_approved": symbols.approved, "symbol_starts": symbols.starts}
    out = path or Path(str(_package_file(COMPILED_PATH)))
    # mtime=0: the same tables give the same bytes
    out.write_bytes(gzip.compress(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL), compresslevel=6, mtime=0))
    return out


@functools.lru_cache(maxsize=1)
def load_compiled() -> CompiledTables | None:
    """The shipped tables when they match the installed lexicon and lemmatiser, else ``None``
    (with a warning: the extractor then compiles in memory, which takes seconds)."""
    resource = _package_file(COMPILED_PATH)
    if not resource.is_file():
        warnings.warn("secretome-nlp: no compiled entity lexicon in the package; compiling in memory",
                      RuntimeWarning, stacklevel=2)
        return None
    # The file is package data written by our own build script, never user input.
    data = pickle.loads(gzip.decompress(resource.read_bytes()))  # noqa: S301
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        warnings.warn("secretome-nlp: the compiled entity lexicon is stale (lexicon or lemmatiser data "
                      "changed); compiling in memory. Rebuild it with python -m secretome_nlp.entities.compiled",
                      RuntimeWarning, stacklevel=2)
        return None
    entries = tuple(LexEntry(id=r[0], type=r[1], symbol=r[2], en_names=r[3], ru_names=r[4], synonyms=r[5], xrefs=r[6],
                             generic=r[7], provenance=r[8], guarded=frozenset(r[9]) if r[9] else _NOT_GUARDED)
                    for r in data["entries"])
    lexicon = Lexicon(entries, {e.id: e for e in entries}, data["by_symbol"])
    return CompiledTables(data["fingerprint"], data["phrase_trie"], data["phrase_max_len"], data["symbol_table"],
                          frozenset(data["symbol_guarded"]), data["symbol_approved"], lexicon, data["symbol_starts"])


if __name__ == "__main__":  # pragma: no cover - a build step
    print(write_compiled())
