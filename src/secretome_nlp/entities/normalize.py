"""Tokens and lemma keys shared by the lexicon compiler and the matchers.

Both sides (lexicon names and article text) go through the same functions, so a
Russian name written in the nominative matches any case and number in the text.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Sequence

from ..langid import CYRILLIC_LETTER, script_ratio

__all__ = ["TOKEN_RE", "tokenize", "is_cyrillic", "guess_lang", "LemmaCache", "english_lemma", "HYPHENS", "ru_key"]

#: Word tokens are runs of letters/digits (Greek letters included); every other
#: non-space character is a token of its own.  ``ИЛ-6`` → ``ИЛ``, ``-``, ``6``.
TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]|_", re.UNICODE)
HYPHENS = frozenset("-‐‑‒–")


def tokenize(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Token spans of ``text`` shifted by ``offset``."""
    return [(m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]


def is_cyrillic(word: str) -> bool:
    """True when the word contains a Cyrillic letter."""
    return bool(CYRILLIC_LETTER.search(word))


def guess_lang(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones, else ``en``."""
    cyr, lat = script_ratio(text)
    return "ru" if cyr >= lat else "en"


def english_lemma(word: str) -> str:
    """A light, consistent English singulariser (``cells`` → ``cell``, ``bodies`` → ``body``)."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _default_ru_lemmatizer() -> Callable[[Sequence[str]], list[str]]:
    """The project's Russian lemmatiser (``secretome_nlp.morphology.lemmatize``; one word at
    a time through its fast path, which gives the same lemma)."""
    from ..morphology import lemmatize, lemmatize_word

    return lambda words: [lemmatize_word(words[0])] if len(words) == 1 else lemmatize(list(words), lang="ru")


_PLURAL_OBLIQUE = ("ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях")


_ADJ_END = re.compile(r"(ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ая|яя|ую|юю|ой|ей|ые|ие|ых|их|ый|ий|ое|ее)$")


def ru_key(lemma: str, word: str = "") -> str:
    """Canonical Russian lemma key: lower case, ``ё`` → ``е``, adjective endings unified.

    Lemmatisers disagree on the masculine form of some adjectives out of context
    (``стволовая`` → ``стволовый`` but ``стволовых`` → ``стволовой``); mapping the endings
    ``-ой``/``-ий`` to ``-ый`` on both sides keeps name and text keys equal.  Participles
    sent to their verb are keyed as adjectives instead.
    """
    k = lemma.lower().replace("ё", "е")
    w = word.lower().replace("ё", "е")
    if k.endswith(("ть", "ться")) and w and not w.endswith(("ть", "ться")) and _ADJ_END.search(w):
        # a participle lemmatised to its verb ("колониестимулирующего" → "…стимулировать"):
        # key it as the adjective, as its nominative in a lexicon name is keyed
        k = _ADJ_END.sub("ый", w)
    if len(k) > 4 and k.endswith(("ой", "ий")):
        k = k[:-2] + "ый"
    return k


class LemmaCache:
    """Context-free lemma keys with a per-instance cache.

    Keys are lower-cased with ``ё`` → ``е``; Cyrillic words go through the Russian
    lemmatiser, everything else through :func:`english_lemma`.  Context-free on purpose:
    a lexicon name and the same word in a sentence must get the same key.
    """

    def __init__(self, ru_lemmatizer: Callable[[Sequence[str]], list[str]] | None = None) -> None:
        self._ru = ru_lemmatizer
        self._cache: dict[str, str] = {}
        self._readings: dict[str, list[str]] = {}
        #: word → its phrase-matching key out of context (see ``matcher.phrase_keys``)
        self.phrase_keys: dict[str, str] = {}

    @staticmethod
    def _guesser() -> Callable[[str], str]:
        from ..morphology.analyzer import parses  # the lemmatiser's cache of pymorphy3 parses

        return lambda w: str(parses(w)[0].normal_form)

    @staticmethod
    def _unknown_noun(word: str) -> str | None:
        """For a word outside the dictionary (``филграстима``, ``каспазы``), the normal form
        of its first noun reading: pymorphy3's guesser otherwise often reads such words
        as verbs (``филграстим`` → ``филграстить``)."""
        from ..morphology.analyzer import is_dictionary_word, parses

        if is_dictionary_word(word.lower()):
            return None
        for p in parses(word):
            if p.tag.POS == "NOUN":
                return str(p.normal_form)
        return None

    def reading_keys(self, word: str) -> list[str]:
        """Keys of every dictionary reading of a Russian word (for :meth:`PhraseMatcher.prefer_vocabulary`)."""
        from .ru_names import skeleton

        cached = self._readings.get(word)
        if cached is None:
            from ..morphology.analyzer import parses  # the lemmatiser's cache: the word was parsed there

            # lower case: the lemmatiser parsed the word in that form (pymorphy3 lower-cases anyway)
            forms = dict.fromkeys(str(p.normal_form) for p in parses(word.lower()))
            cached = [skeleton(ru_key(f, word)) for f in forms]
            self._readings[word] = cached
        return cached

    def keys(self, words: Iterable[str]) -> list[str]:
        """Lemma key of each word."""
        words = list(words)
        todo = [w for w in dict.fromkeys(words) if w not in self._cache]
        ru = [w for w in todo if is_cyrillic(w)]
        if ru:
            if self._ru is None:
                self._ru = _default_ru_lemmatizer()
            # One word at a time: a key must not depend on the words it happens to be
            # looked up with (a lexicon name and the same word in a sentence must agree).
            lemmas = [self._ru([w])[0] for w in ru]
            for i, w in enumerate(ru):
                # an out-of-dictionary word read as a verb ("филграстим" → "филграстить") is
                # a transliterated term: its noun reading is the right one
                if (lemmas[i] or "").endswith(("ть", "ться", "чь")) and not w.lower().endswith(("ть", "ться", "чь")):
                    noun = self._unknown_noun(w)
                    if noun is not None:
                        lemmas[i] = noun
            # A word the lemmatiser leaves unchanged may be out of its vocabulary
            # ("эозинофилов"); pymorphy3's guesser gets those right, on both sides.
            # Only plural oblique forms are re-guessed: a word in its dictionary form must keep
            # its key ("секретом" is a noun here, not the instrumental of "секрет").
            unchanged = [i for i, (w, lem) in enumerate(zip(ru, lemmas))
                         if (lem or w).lower() == w.lower() and w.lower().endswith(_PLURAL_OBLIQUE)]
            if unchanged:
                guess = self._guesser()
                for i in unchanged:
                    lemmas[i] = guess(ru[i])
            for w, lem in zip(ru, lemmas):
                self._cache[w] = ru_key(lem or w, w)
        for w in todo:
            if w not in self._cache:
                self._cache[w] = english_lemma(w).replace("ё", "е")
        return [self._cache[w] for w in words]


# --- surface folding shared by the symbol and phrase matchers --------------------------------
#: Cyrillic letters that look like Latin ones (and back): a symbol typed with the wrong
#: keyboard layout ("ТGF-β", "СХСL12", "р53") or a Russian word with a Latin "с" inside.
_CYR_TO_LAT = str.maketrans("АВЕКМНОРСТХУаеорсухк", "ABEKMHOPCTXYaeopcyxk")
_LAT_TO_CYR = str.maketrans("ABEKMHOPCTXYaeopcyxk", "АВЕКМНОРСТХУаеорсухк")
_LOOKALIKE_CYR = frozenset("АВЕКМНОРСТХУаеорсухк")
_LOOKALIKE_LAT = frozenset("ABEKMHOPCTXYaeopcyxk")
_GREEK_TO_LATIN = str.maketrans({"α": "A", "β": "B", "γ": "G", "δ": "D", "κ": "K", "ε": "E",
                                 "Α": "A", "Β": "B", "Γ": "G"})
_GREEK_WORD_RE = re.compile(r"^(alpha|beta|gamma|delta|kappa|альфа|бета|гамма|дельта|каппа)(\d*[a-zA-Z]?)$",
                            re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")


def fold_script(token: str) -> str:
    """A mixed-script token in one script.

    When the letters of one script are all look-alikes of the other (``СХСL12``: С, Х, С
    look Latin, L has no Cyrillic twin) the token is read in the other script; otherwise
    the majority script wins (Latin on a tie).
    """
    if token.isascii() or not _LATIN.search(token):
        return token
    cyr_letters = [ch for ch in token if CYRILLIC_LETTER.match(ch)]
    if not cyr_letters:
        return token
    lat_letters = [ch for ch in token if _LATIN.match(ch)]
    if all(ch in _LOOKALIKE_CYR for ch in cyr_letters):
        return token.translate(_CYR_TO_LAT)
    if all(ch in _LOOKALIKE_LAT for ch in lat_letters):
        return token.translate(_LAT_TO_CYR)
    return token.translate(_LAT_TO_CYR) if len(cyr_letters) > len(lat_letters) else token.translate(_CYR_TO_LAT)


def all_lookalike_cyrillic(token: str) -> bool:
    """True for a Cyrillic token whose letters all look Latin (``СОХ``, ``р``)."""
    letters = [ch for ch in token if ch.isalpha()]
    return bool(letters) and all(ch in _LOOKALIKE_CYR for ch in letters)


def to_latin(token: str) -> str:
    """Cyrillic look-alike letters replaced by Latin ones."""
    return token.translate(_CYR_TO_LAT)


def greek_fold(token: str) -> str:
    """Greek letters and spelled-out Greek (``alpha``, ``бета1``) as Latin capitals: the HGNC
    spelling (``TGF-β1`` → ``TGFB1``, ``TNF-alpha`` → ``TNFA``)."""
    if token.isascii() and not ("a" in token or "b" in token or "g" in token or "d" in token or "k" in token):
        return token
    m = _GREEK_WORD_RE.match(token)
    if m:
        from .ru_names import GREEK_WORDS

        token = GREEK_WORDS[m.group(1).lower()] + m.group(2)
    return token.translate(_GREEK_TO_LATIN)
