"""Linear-time matchers over one sentence's tokens.

* :class:`PhraseMatcher` — a token trie over *lemma keys* of the lexicon's English and
  Russian names (any case and number: ``мезенхимальных стволовых клеток``).  Russian keys
  are spelling-tolerant (:func:`~secretome_nlp.entities.ru_names.skeleton`), so a name
  transliterated by rule (``албумин``) matches the text's ``альбумина``.
* :class:`SymbolMatcher` — a dict over case-sensitive symbols and abbreviations
  (``IL-6``, ``MCP-1``, ``TNF-α``, ``МСК``), tried on runs of adjacent tokens with hyphens
  ignored, Greek letters and spelled-out Greek read as HGNC writes them (``TGF-beta1`` =
  ``TGF-β1`` = ``TGFB1``), look-alike letters of the other script folded (``ТGF-β`` with a
  Cyrillic Т, ``р53``), spaced hyphens and a space before a number tolerated
  (``TGF - β1``, ``IL 6``), and isoform/subunit suffixes dropped when the longer form is
  unknown (``VEGF-A165`` → VEGFA, ``IL-12p40`` → IL-12).
* :func:`resolve_overlaps` — keeps the longest candidate where candidates overlap (so
  ``фактор роста фибробластов`` is FGF, not the ``фибробласт`` cell type inside it); a
  shorter candidate nested in a cell-type or tissue mention is kept as a nested mention
  (``костного мозга`` inside ``МСК костного мозга``; ``CD4`` inside ``CD4+ T cells``).

Each matcher walks the tokens once and does at most ``MAX_LEN`` dictionary steps per
token, so matching is linear in the sentence length.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .lexicon import Lexicon
from .normalize import (
    ru_key,
    HYPHENS, TOKEN_RE, LemmaCache, all_lookalike_cyrillic, fold_script, greek_fold, is_cyrillic, to_latin, tokenize,
)
from .ru_names import GREEK_WORDS, skeleton

__all__ = ["Candidate", "PhraseMatcher", "SymbolMatcher", "resolve_overlaps", "symbol_surface_key", "phrase_keys",
           "NESTING_TYPES"]

MAX_SYMBOL_TOKENS = 6
#: Approved HGNC symbols that are also ordinary words or common non-gene abbreviations;
#: they are never matched as bare symbols (their names and curated synonyms still are).
SYMBOL_STOPLIST = frozenset({"ENG", "TNC", "LEP", "ACAN", "ELN", "DCN", "VTN", "CD4", "KC", "TACE"})
#: Single-word names too ambiguous in running text ("связка" = ligament or "bundle").
NAME_STOPLIST = frozenset({"связка", "рецептор", "receptor", "plasma", "serum", "cell", "клетка", "tissue",
                           "ткань", "protein", "белок", "factor", "фактор", "gene", "ген", "blood", "кровь",
                           "bone", "кость", "muscle", "мышца", "membrane", "мембрана", "body", "тело"})
#: Outer mention types that keep the mentions nested inside them.
NESTING_TYPES = frozenset({"CellType", "Tissue"})
_ROMAN = re.compile(r"^[IVXLC]+$")
#: Phrase key of a dash with spaces on both sides: no name word, so no name runs across it.
DASH_BREAK = "\x01"
#: Immunoglobulin isotypes (IgA, IgG4, sIgA …) name antibody classes, never one gene: a
#: synonym whose *key* reads as one (CD79A's ``Ig-alpha`` keys as ``IgA`` once the Greek
#: word is folded) is not a symbol.  The lexicon build drops raw isotype aliases already.
_IG_ISOTYPE_KEY = re.compile(r"^Ig[ADEGM]\d?$", re.IGNORECASE)
#: Russian ordinal endings written after a number and a hyphen ("21-й", "2-го").
_ORDINAL_ENDINGS = frozenset({"й", "го", "ого", "му", "ому", "м", "ым", "я", "е", "ю", "ая", "ой", "ий", "ый", "х", "ми"})
#: Endings of relational adjectives (Russian case forms; English -al/-ic/-ar/-ous).
_ADJECTIVE_WORD = re.compile(r"(?:ого|его|ому|ему|ым|им|ой|ей|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими|ый|ий|"
                             r"al|ic|ar|ous)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: A marker with its expression level glued on: CD14low, CD56bright, CD27hi.
_GLUED_POLARITY = re.compile(r"^(?P<base>.+\d)(?:low|high|dim|bright|hi|lo)$")
#: Pro-hormone prefixes written before a symbol: NT-proBNP, NT-pro-BNP, proBNP.
_PROHORMONE = re.compile(r"^(?:NT|CT)?[pP]ro(?P<rest>[A-Z][A-Z0-9]{2,})$")
#: The leading ASCII letters or digits of a key (what its first word must be a prefix of).
_LEADING_RUN = re.compile(r"[A-Za-z]+|[0-9]+")
#: A word that may open a pro-hormone name: NT, CT, pro, Pro, NTpro, proBNP …
_PROHORMONE_START = re.compile(r"(?:NT|CT)?(?:[pP](?:r(?:o)?)?)?(?P<rest>[A-Za-z]*)")
#: Isoform or subunit suffixes: VEGF-A165, VEGF121, IL-12p40, IL-12 p70.
_ISOFORM = re.compile(r"^(?:(?P<base>.*[A-Za-z])\d{3}|(?P<sub>.*[A-Za-z0-9])[pP]\d{2,3})$")


@dataclass(frozen=True)
class Candidate:
    """A candidate mention: ``[start, end)`` in the source text and an entity id.

    ``guarded`` marks a symbol that is also a word or clinical abbreviation: it needs
    biomedical context to count.
    """

    start: int
    end: int
    entity_id: str
    generic: bool = False
    guarded: bool = False
    symbol: bool = False
    #: a single relational adjective ("эпителиальных", "epithelial"): never kept as a nested mention
    adjective: bool = False


@functools.lru_cache(maxsize=100_000)
def _token_key(token: str) -> str:
    return greek_fold(fold_script(token))


def symbol_surface_key(surfaces: Iterable[str]) -> str:
    """Case-sensitive key of a token run: the surfaces joined without hyphens or spaces, each
    in one script, Greek as HGNC writes it."""
    return "".join(_token_key(s) for s in surfaces if s not in HYPHENS and not s.isspace())


def phrase_keys(text: str, spans: Sequence[tuple[int, int]], lemmas: LemmaCache) -> list[str | None]:
    """Lemma key of every token for phrase matching; ``None`` for tokens that are skipped
    (hyphens, the ordinal ending of ``21-й``); a dash with spaces around it is
    :data:`DASH_BREAK`, which ends any name.

    A one-letter token glued to a following hyphen is a symbol letter (``Т-лимфоциты``,
    Cyrillic Т, is ``T-lymphocytes``); a free-standing one-letter word stays a word
    (``в клетках`` is "in cells", never "B cells").
    """
    words = [text[a:b] for a, b in spans]
    known = lemmas.phrase_keys
    todo = [w for w in dict.fromkeys(words) if w not in known]
    if todo:
        for w, k in zip(todo, lemmas.keys(todo)):
            low = w.lower()
            known[w] = GREEK_WORDS[low] if low in GREEK_WORDS else skeleton(k) if is_cyrillic(w) else k
    out: list[str | None] = []
    for i, w in enumerate(words):
        a, b = spans[i]
        if w in HYPHENS:
            # a dash set off by spaces ("клетки - CD4+") separates phrases; a hyphen joins words
            spaced = a > 0 and b < len(text) and text[a - 1].isspace() and text[b].isspace()
            out.append(DASH_BREAK if spaced else None)
            continue
        if (w.lower() in _ORDINAL_ENDINGS and i >= 2 and words[i - 1] in HYPHENS and words[i - 2].isdigit()
                and spans[i - 1][0] == spans[i - 2][1]):
            out.append(None)
            continue
        if len(w) == 1 and w.isalpha() and ((b < len(text) and text[b] in HYPHENS)
                                            or (w.isupper() and i > 0 and words[i - 1].isalpha())):
            # a symbol letter: glued to a hyphen (Т-лимфоциты) or a capital after a word
            # (цистатин С, витамин Д); a free-standing small letter stays a word (в, с, к)
            out.append(to_latin(w).lower())
            continue
        out.append(known[w])  # the word's key out of context, computed once per word
    return out


#: Case endings of Russian nouns and what their nominative may end in (a word pymorphy3 does
#: not know, such as «миометрия», is tried as «миометрий»).
_CASE_ENDINGS = (("ием", ("ий",)), ("иями", ("ия", "ий")), ("иях", ("ия", "ий")), ("ия", ("ий", "ия")),
                 ("ию", ("ий", "ия")), ("ии", ("ий", "ия")), ("ами", ("", "а")), ("ями", ("ь", "я")),
                 ("ах", ("", "а")), ("ов", ("",)), ("ом", ("",)), ("ем", ("ь",)), ("ой", ("а",)), ("а", ("",)),
                 ("у", ("",)), ("е", ("", "а")), ("ы", ("", "а")), ("и", ("а", "ь", "я")))


def _ending_guess(word: str, vocab: set[str]) -> str | None:
    """The key of a nominative that a case ending of an unknown word points to, when that
    nominative is a word of the names (so a guess can only land on the lexicon's words)."""
    if len(word) < 6:
        return None
    for ending, nominatives in _CASE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for nom in nominatives:
                key = skeleton(ru_key(stem + nom))
                if key in vocab:
                    return key
    return None


#: Joins the keys of a name prefix in :class:`PhraseMatcher`'s flat trie.
_SEP = "\x1f"


class PhraseMatcher:
    """Token trie over lemma keys of every lexicon name.

    The trie is flat: one dict from every name prefix (its keys joined by ``\x1f``) to the id
    of the name it completes, or ``""`` when it only begins longer names. Strings only, so the
    garbage collector never walks it (a nested trie was 100,000 dicts it walked on every full
    collection). ``trie``/``max_len`` come precompiled from :mod:`.compiled` for the packaged
    lexicon; entries added later (user lexicons) go to an overlay trie that wins on equal length.
    """

    def __init__(self, lexicon: Lexicon, lemmas: LemmaCache, trie: dict[str, str] | None = None,
                 max_len: int = 0) -> None:
        self._lemmas = lemmas
        self._generic = {e.id: e.generic for e in lexicon.entries}
        self._overlay: dict[str, str] = {}
        #: (word, key) → the key :meth:`prefer_vocabulary` chose for it (None: its own)
        self._preferred: dict[tuple[str, str], str | None] = {}
        if trie is None:
            self.trie: dict[str, str] = {}
            self.max_len = self._insert(self.trie, lexicon.entries)
        else:
            self.trie, self.max_len = trie, max_len

    def _insert(self, trie: dict[str, str], entries: Iterable) -> int:
        names: list[tuple[str, str]] = []
        for e in entries:
            for name in (*e.en_names, *e.ru_names):
                if name.lower() not in NAME_STOPLIST:
                    names.append((name, e.id))
        # One lemmatiser call for all name words: keys are context-free.
        self._lemmas.keys({name[a:b] for name, _ in names for a, b in tokenize(name)})
        depth = 0
        for name, eid in names:
            spans = tokenize(name)
            keys = [k for k in phrase_keys(name, spans, self._lemmas) if k is not None]
            if not keys:
                continue
            prefix = ""
            for k in keys[:-1]:
                prefix = prefix + _SEP + k if prefix else k
                trie.setdefault(prefix, "")
            full = prefix + _SEP + keys[-1] if prefix else keys[-1]
            # The first concept to claim a name keeps it (curated rows come first).
            if not trie.get(full):
                trie[full] = eid
            depth = max(depth, len(keys))
        return depth

    @functools.cached_property
    def vocabulary(self) -> set[str]:
        """Every key that occurs in a name (computed once; :meth:`add` resets it)."""
        return {k for table in (self.trie, self._overlay) for prefix in table for k in prefix.split(_SEP)}

    def prefer_vocabulary(self, text: str, spans: Sequence[tuple[int, int]], keys: list[str | None]) -> list[str | None]:
        """Keys of ambiguous Russian words re-chosen towards the names' vocabulary.

        A context-free lemma may pick the wrong reading (``белка`` → «белка», squirrel,
        not «белок»); when the chosen key is no name word but another reading's is, that
        reading wins — the analysis that best matches the lexicon.
        """
        vocab = self.vocabulary
        preferred = self._preferred
        out = list(keys)
        for i, k in enumerate(keys):
            if k is None or k in vocab:
                continue
            word = text[spans[i][0]:spans[i][1]]
            # the choice depends on the word and its context-free key only: decided once per word
            memo = (word, k)
            if memo in preferred:
                choice = preferred[memo]
            else:
                choice = preferred[memo] = self._preferred_key(word, vocab)
            if choice is not None:
                out[i] = choice
        return out

    def _preferred_key(self, word: str, vocab: set[str]) -> str | None:
        """The key of another reading of ``word`` that is a name word (``None``: keep its own)."""
        if not is_cyrillic(word):
            return None
        for alt in self._lemmas.reading_keys(word):
            if alt in vocab:
                return alt
        return _ending_guess(word.lower(), vocab)

    def add(self, entries: Sequence) -> None:
        """Add entries (a user lexicon) in an overlay that wins over the packaged names."""
        self.__dict__.pop("vocabulary", None)
        self._preferred.clear()
        self._generic.update({e.id: e.generic for e in entries})
        self.max_len = max(self.max_len, self._insert(self._overlay, entries))

    def _walk(self, trie: dict[str, str], keys: Sequence[str | None], idx: list[int], pos: int) -> list[tuple[int, str]]:
        """Every name that starts at ``idx[pos]``: (last token index, id), shortest first."""
        hits: list[tuple[int, str]] = []
        prefix = ""
        for j in range(pos, min(len(idx), pos + self.max_len)):
            key = keys[idx[j]] or ""  # idx holds only the tokens that have a key
            prefix = prefix + _SEP + key if prefix else key
            eid = trie.get(prefix)
            if eid is None:
                break
            if eid:
                hits.append((idx[j], eid))
        return hits

    def find(self, text: str, spans: Sequence[tuple[int, int]], keys: Sequence[str | None]) -> list[Candidate]:
        """Longest name match starting at each token (skipped tokens are ignored)."""
        idx = [i for i, k in enumerate(keys) if k is not None]
        out: list[Candidate] = []
        trie, overlay = self.trie, self._overlay
        for pos, i in enumerate(idx):
            if keys[i] not in trie and keys[i] not in overlay:
                continue  # no name starts with this word (most words of a sentence)
            # Every name starting here, not only the longest: a shorter one may be a nested
            # mention ("лимфоцитов" inside "лимфоцитов CD4+"); resolve_overlaps decides.
            hits = {end: eid for end, eid in self._walk(self.trie, keys, idx, pos)}
            if self._overlay:
                hits.update({end: eid for end, eid in self._walk(self._overlay, keys, idx, pos)})
            for end, eid in hits.items():
                adjective = end == i and bool(_ADJECTIVE_WORD.search(text[spans[i][0]:spans[i][1]]))
                out.append(Candidate(spans[i][0], spans[end][1], eid, self._generic.get(eid, False),
                                     adjective=adjective))
        return out


class SymbolMatcher:
    """Case-sensitive symbol/abbreviation lookup over runs of adjacent tokens."""

    def __init__(self, lexicon: Lexicon, table: dict[str, str] | None = None, guarded: frozenset[str] = frozenset(),
                 approved: dict[str, str] | None = None,
                 starts: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
        self._generic = {e.id: e.generic for e in lexicon.entries}
        #: token → whether a run of the packaged (or an article-local) table may start with it
        self._opens: dict[str, bool] = {}
        self._opens_local: dict[str, bool] = {}
        if table is None:
            self.table: dict[str, str] = {}
            self.guarded: set[str] = set()
            #: Upper-case keys of approved HGNC symbols: "Il6", "Tgfb1" (rodent style) match them.
            self.approved: dict[str, str] = {}
            self._insert(lexicon.entries)
        else:
            self.table, self.guarded, self.approved = table, set(guarded), dict(approved or {})
            if starts is not None and (starts[0] or starts[1]):
                self.__dict__["starts"] = starts  # precompiled with the tables

    def add(self, entries: Sequence) -> None:
        """Add entries (a user lexicon); their forms win over the packaged ones."""
        self._generic.update({e.id: e.generic for e in entries})
        self.__dict__.pop("starts", None)
        self._opens.clear()
        self.table = dict(self.table)  # copy: the packaged table is shared by every extractor
        for e in entries:
            for form in (*e.synonyms, e.symbol):
                key = symbol_surface_key(form[a:b] for a, b in tokenize(form))
                if len(key) > 2 or any(ch.isdigit() for ch in key):
                    self.table[key] = e.id
                    self.guarded.discard(key)

    def _insert(self, entries: Iterable) -> None:
        for e in entries:
            forms = list(e.synonyms)
            if e.id.startswith("HGNC:") and e.symbol not in SYMBOL_STOPLIST:
                forms.append(e.symbol)
                if any(ch.isdigit() for ch in e.symbol):
                    self.approved.setdefault(e.symbol.upper(), e.id)
            for form in forms:
                key = symbol_surface_key(form[a:b] for a, b in tokenize(form))
                # One- and two-letter forms (AT, BM, CM, EV …) are too ambiguous globally;
                # they only count when the article defines them, see abbreviations.py.
                if not key or form in SYMBOL_STOPLIST or _ROMAN.match(key) or _IG_ISOTYPE_KEY.match(key):
                    continue
                if len(key) <= 2 and not any(ch.isdigit() for ch in key):
                    continue
                if key not in self.table:
                    self.table[key] = e.id
                    if form in e.guarded:
                        self.guarded.add(key)

    @functools.cached_property
    def starts(self) -> tuple[frozenset[str], frozenset[str]]:
        """What a symbol run can start with: the prefixes of every key's leading ASCII letters
        or digits (``mi`` of ``miR21``, ``CD`` of ``CD34``, ``4`` of ``41BB``), and the same of
        every approved symbol in upper case (the case-blind fallback: ``Il6``). Computed once;
        :meth:`add` resets it."""
        def prefixes(keys: Iterable[str]) -> frozenset[str]:
            runs = {m.group(0) for m in map(_LEADING_RUN.match, keys) if m is not None}
            return frozenset(run[:n] for run in runs for n in range(1, len(run) + 1))

        return prefixes(self.table), prefixes(self.approved)

    def _may_open(self, first: str, packaged: bool) -> bool:
        """Whether a symbol run can start with the token ``first`` (memoised per token by
        :meth:`find`: the answer depends on the token alone)."""
        if not TOKEN_RE.fullmatch(first) or first in HYPHENS or not first[0].isalnum():
            return False
        if first.isalpha() and first.islower() and is_cyrillic(first):
            return False  # no symbol starts with a lower-case Russian word (most tokens of a Russian text)
        if packaged and first.isascii() and (first.isalpha() or first.isdigit()) \
                and _token_key(first) == first and not self._may_start(first):
            return False  # nor with an English word or a number that begins no key (most of an English text)
        return True

    def _may_start(self, word: str) -> bool:
        """False when no key, nor any tolerant spelling of one, can start with the ASCII word or
        number ``word`` (most words of an English text): its runs need no lookup."""
        starts, approved = self.starts
        if word in starts or word.upper() in approved:
            return True
        if word[-1:] in "pP" and word[:-1] in starts:
            return True  # a subunit suffix split off (VEGFp40 → VEGF)
        rest = word[1:] if word.startswith("s") else None  # soluble form: sIL6R
        if rest is not None and (not rest or rest in starts):
            return True
        hormone = _PROHORMONE_START.fullmatch(word)  # NT-proBNP, pro-BNP
        return hormone is not None and (not hormone.group("rest") or hormone.group("rest") in starts)

    def _lookup(self, key: str, table: dict[str, str], allow_fallbacks: bool) -> tuple[str, str] | None:
        """``(entity id, matched key)`` for a run key, trying the tolerant spellings last."""
        if key in table:
            return table[key], key
        # the tolerant spellings all need a digit or a prefix letter: most keys skip them
        digit = _DIGIT.search(key) is not None
        if not allow_fallbacks or not (digit or key[0] in "sNCp" or key.startswith("Pro")):
            return None
        if digit and key.upper() in self.approved:
            return self.approved[key.upper()], key.upper()
        m = _ISOFORM.match(key)
        base = m and (m.group("base") or m.group("sub"))
        if base and base in table and len(base) >= 3:
            return table[base], base
        if key.startswith("s") and len(key) > 3 and key[1:] in table and key[1:2].isupper():
            return table[key[1:]], key[1:]  # soluble form: sIL-6R, sCD40L
        glued = _GLUED_POLARITY.match(key)
        if glued and glued.group("base") in table:
            return table[glued.group("base")], glued.group("base")  # CD14low, CD16bright
        pro = _PROHORMONE.match(key)
        if pro and pro.group("rest") in table:
            return table[pro.group("rest")], pro.group("rest")  # NT-proBNP, pro-BNP → BNP
        return None

    def find(self, text: str, spans: Sequence[tuple[int, int]], only: dict[str, str] | None = None) -> list[Candidate]:
        """Longest symbol match starting at each word token.

        ``only`` replaces the lexicon table (used for the article-local abbreviations).
        """
        table = self.table if only is None else only
        out: list[Candidate] = []
        n = len(spans)
        opens = self._opens if only is None else self._opens_local
        if len(opens) > 200_000:  # bounded by the vocabulary seen; numbers keep coming
            opens.clear()
        for i in range(n):
            a, b = spans[i]
            first = text[a:b]
            ok = opens.get(first)
            if ok is None:
                ok = opens[first] = self._may_open(first, only is None)
            if not ok:
                continue
            if i > 0 and spans[i - 1][1] == a and text[spans[i - 1][0]:spans[i - 1][1]].isalnum():
                continue  # not at a token boundary
            parts: list[str] = []
            raw: list[str] = []
            best: tuple[int, str, str] | None = None
            for j in range(i, min(n, i + MAX_SYMBOL_TOKENS)):
                if j > i and not self._joined(text, spans[j - 1], spans[j], spans[j - 2] if j - 2 >= i else None):
                    break
                s = text[spans[j][0]:spans[j][1]]
                if s in HYPHENS:
                    continue
                raw.append(s)
                parts.append(_token_key(s))
                # a match must end at a word boundary: "IL6" inside "IL6R" does not count
                nxt = spans[j + 1] if j + 1 < n else None
                if nxt is not None and nxt[0] == spans[j][1] and text[nxt[0]].isalnum():
                    continue
                key = "".join(parts)
                if not any(ch.isalpha() for ch in key):
                    continue  # "6.3", "2-4": numbers are no symbols
                hit = self._lookup(key, table, only is None)
                if hit is None and only is None and self._may_fold(raw):
                    hit = self._lookup(to_latin(key), table, True)
                if hit is not None:
                    best = (j, hit[0], hit[1])
            if best is not None:
                eid = best[1]
                out.append(Candidate(a, spans[best[0]][1], eid, self._generic.get(eid, eid.startswith("secretome:")),
                                     only is None and best[2] in self.guarded, symbol=True))
        return out

    @staticmethod
    def _may_fold(raw: list[str]) -> bool:
        """A run of Cyrillic look-alike letters is read as Latin only when it carries a number
        or a Greek letter (``СОХ-2``, ``ТGF-β``) — never a plain Russian abbreviation (``АКТ``)."""
        joined = "".join(raw)
        return (any(all_lookalike_cyrillic(r) for r in raw if not r.isascii())
                and any(ch.isdigit() or ch in "αβγδκ" for ch in joined))

    @staticmethod
    def _joined(text: str, prev: tuple[int, int], cur: tuple[int, int], before: tuple[int, int] | None) -> bool:
        """Tokens of one symbol: adjacent, or a hyphen with single spaces around it
        (``TGF - β1``), or letters then a space then a number (``IL 6``)."""
        gap = text[prev[1]:cur[0]]
        if not gap:
            return True
        if gap != " ":
            return False
        left, right = text[prev[0]:prev[1]], text[cur[0]:cur[1]]
        if right in HYPHENS:
            return text[cur[1]:cur[1] + 1] == " "  # "TGF - β1" (spaces on both sides), not "DC -13"
        if left in HYPHENS:
            return text[prev[0] - 1:prev[0]] == " "
        return left.isupper() and left.isalpha() and len(left) >= 2 and right.isdigit() and before is None


def _nests(outer: Candidate, inner: Candidate, types: dict[str, str]) -> bool:
    """True when ``inner`` lies strictly inside the cell-type or tissue mention ``outer``."""
    return (outer.start <= inner.start and inner.end <= outer.end and (outer.end - outer.start) > (inner.end - inner.start)
            and types.get(outer.entity_id) in NESTING_TYPES)


def resolve_overlaps(cands: Iterable[Candidate], types: dict[str, str] | None = None) -> list[Candidate]:
    """Greedy longest-first selection of non-overlapping candidates (specific beats generic on
    ties); a candidate strictly inside a kept cell-type or tissue mention is kept as a nested
    mention when ``types`` (id → type) is given, at any depth (``стволовых клеток`` inside
    ``мезенхимальных стволовых клеток`` inside ``аллогенных мезенхимальных стволовых клеток``)."""
    # every field in the key: the order of a set must never decide (hash randomisation)
    ordered = sorted(set(cands), key=lambda c: (-(c.end - c.start), c.generic, c.guarded, c.symbol, c.start,
                                                c.entity_id))
    taken: list[Candidate] = []
    outer: list[Candidate] = []
    for c in ordered:
        clash = [t for t in outer if c.start < t.end and t.start < c.end]
        if not clash:
            taken.append(c)
            outer.append(c)
            continue
        if (types is not None and not c.adjective
                and all(_nests(t, c, types) for t in clash)
                and all(_nests(t, c, types) for t in taken if t not in outer and c.start < t.end and t.start < c.end)):
            taken.append(c)
    return sorted(taken, key=lambda c: (c.start, c.end))
