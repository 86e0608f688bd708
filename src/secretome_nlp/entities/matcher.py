"""Linear-time matchers over one sentence's tokens.

* :class:`PhraseMatcher` — a token trie over *lemma keys* of the lexicon's English and
  Russian names (any case and number: ``мезенхимальных стволовых клеток``).
* :class:`SymbolMatcher` — a dict over case-sensitive symbols and abbreviations
  (``IL-6``, ``MCP-1``, ``TNF-α``, ``МСК``), tried on runs of adjacent tokens with hyphens
  ignored, so ``TNF-α`` = ``TNFα``.
* :func:`resolve_overlaps` — keeps the longest candidate where candidates overlap (so
  ``фактор роста фибробластов`` is FGF, not the ``фибробласт`` cell type inside it);
  nested mentions are *not* kept.

Each matcher walks the tokens once and does at most ``MAX_LEN`` dictionary steps per
token, so matching is linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .lexicon import Lexicon
from .normalize import HYPHENS, TOKEN_RE, LemmaCache, tokenize

__all__ = ["Candidate", "PhraseMatcher", "SymbolMatcher", "resolve_overlaps", "symbol_surface_key"]

MAX_SYMBOL_TOKENS = 6
#: Approved HGNC symbols that are also ordinary words or common non-gene abbreviations;
#: they are never matched as bare symbols (their names and curated synonyms still are).
SYMBOL_STOPLIST = frozenset({"ENG", "TNC", "LEP", "ACAN", "ELN", "DCN", "VTN", "CD4", "KC", "TACE"})
#: Single-word names too ambiguous in running text ("связка" = ligament or "bundle").
NAME_STOPLIST = frozenset({"связка", "рецептор", "receptor", "plasma", "serum"})
_ROMAN = re.compile(r"^[IVXLC]+$")
#: Capital Greek letters typed for small ones ("TGFΒ" with U+0392) are read as small.
_GREEK_CAPS = str.maketrans({"Α": "α", "Β": "β", "Γ": "γ"})


@dataclass(frozen=True)
class Candidate:
    """A candidate mention: ``[start, end)`` in the source text and an entity id."""

    start: int
    end: int
    entity_id: str
    generic: bool = False


def symbol_surface_key(surfaces: Iterable[str]) -> str:
    """Case-sensitive key of a token run: the surfaces joined without hyphens or spaces."""
    return "".join(s for s in surfaces if s not in HYPHENS and not s.isspace())


class PhraseMatcher:
    """Token trie over lemma keys of every lexicon name."""

    def __init__(self, lexicon: Lexicon, lemmas: LemmaCache) -> None:
        self._lemmas = lemmas
        self._trie: dict = {}
        self._generic = {e.id: e.generic for e in lexicon.entries}
        for e in lexicon.entries:
            for name in (*e.en_names, *e.ru_names):
                if name.lower() in NAME_STOPLIST:
                    continue
                words = [name[a:b] for a, b in tokenize(name) if name[a:b] not in HYPHENS]
                if not words:
                    continue
                node = self._trie
                for k in self._lemmas.keys(words):
                    node = node.setdefault(k, {})
                # The first concept to claim a name keeps it (curated rows come first).
                node.setdefault("\0", e.id)
        self.max_len = self._depth(self._trie)

    @staticmethod
    def _depth(node: dict) -> int:
        return 1 + max((PhraseMatcher._depth(v) for k, v in node.items() if k != "\0"), default=0) if node else 0

    def find(self, text: str, spans: Sequence[tuple[int, int]], keys: Sequence[str]) -> list[Candidate]:
        """Longest name match starting at each token (hyphen tokens are skipped on both sides)."""
        idx = [i for i, (a, b) in enumerate(spans) if text[a:b] not in HYPHENS]
        out: list[Candidate] = []
        for pos, i in enumerate(idx):
            node: dict | None = self._trie
            best: tuple[int, str] | None = None
            for j in range(pos, min(len(idx), pos + self.max_len)):
                node = node.get(keys[idx[j]]) if node is not None else None
                if node is None:
                    break
                if "\0" in node:
                    best = (idx[j], node["\0"])
            if best is not None:
                eid = best[1]
                out.append(Candidate(spans[i][0], spans[best[0]][1], eid, self._generic.get(eid, False)))
        return out


class SymbolMatcher:
    """Case-sensitive symbol/abbreviation lookup over runs of adjacent tokens."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._generic = {e.id: e.generic for e in lexicon.entries}
        self.table: dict[str, str] = {}
        for e in lexicon.entries:
            forms = list(e.synonyms)
            if e.id.startswith("HGNC:") and e.symbol not in SYMBOL_STOPLIST:
                forms.append(e.symbol)
            for form in forms:
                key = symbol_surface_key(form[a:b] for a, b in tokenize(form))
                # One- and two-letter forms (AT, BM, CM, EV …) are too ambiguous globally;
                # they only count when the article defines them, see abbreviations.py.
                if not key or form in SYMBOL_STOPLIST or _ROMAN.match(key):
                    continue
                if len(key) <= 2 and not any(ch.isdigit() for ch in key):
                    continue
                self.table.setdefault(key, e.id)

    def find(self, text: str, spans: Sequence[tuple[int, int]], only: dict[str, str] | None = None) -> list[Candidate]:
        """Longest symbol match starting at each word token.

        ``only`` replaces the lexicon table (used for the article-local abbreviations).
        """
        table = self.table if only is None else only
        out: list[Candidate] = []
        n = len(spans)
        for i in range(n):
            a, b = spans[i]
            if not TOKEN_RE.fullmatch(text[a:b]) or text[a:b] in HYPHENS or not text[a].isalnum():
                continue
            if i > 0 and spans[i - 1][1] == a and text[spans[i - 1][0]:spans[i - 1][1]].isalnum():
                continue  # not at a token boundary
            parts: list[str] = []
            best: tuple[int, str] | None = None
            for j in range(i, min(n, i + MAX_SYMBOL_TOKENS)):
                if j > i and spans[j][0] != spans[j - 1][1]:
                    break  # symbols are written without spaces
                s = text[spans[j][0]:spans[j][1]].translate(_GREEK_CAPS)
                if s not in HYPHENS:
                    parts.append(s)
                key = "".join(parts)
                if s not in HYPHENS and key in table:
                    # a match must end at a word boundary: "IL6" inside "IL6R" does not count
                    nxt = spans[j + 1] if j + 1 < n else None
                    if nxt is None or nxt[0] != spans[j][1] or not text[nxt[0]].isalnum():
                        best = (j, table[key])
            if best is not None:
                eid = best[1]
                out.append(Candidate(a, spans[best[0]][1], eid, self._generic.get(eid, eid.startswith("secretome:"))))
        return out


def resolve_overlaps(cands: Iterable[Candidate]) -> list[Candidate]:
    """Greedy longest-first selection of non-overlapping candidates (specific beats generic on ties)."""
    ordered = sorted(set(cands), key=lambda c: (-(c.end - c.start), c.generic, c.start, c.entity_id))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in ordered:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    return sorted(taken, key=lambda c: (c.start, c.end))
