"""Language of a block of text: a script-ratio decision, langdetect only when script is mixed.

Russian articles quote Latin terms (VEGF, *in vitro*) and English ones quote nothing
Cyrillic, so the share of Cyrillic letters decides almost every block at no cost.
langdetect is consulted only for blocks in between, seeded so that runs are repeatable.
"""

from __future__ import annotations

import functools
import re

#: One Cyrillic or Latin letter; the library's single definition of the two scripts.
CYRILLIC_LETTER = re.compile(r"[А-Яа-яЁё]")
LATIN_LETTER = re.compile(r"[A-Za-z]")

#: Above this share of Cyrillic letters a block is Russian; below 1 - it, English.
SCRIPT_THRESHOLD = 0.7


_CYRILLIC_RUN = re.compile(r"[А-Яа-яЁё]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def script_ratio(text: str) -> tuple[int, int]:
    """Counts of Cyrillic and Latin letters in ``text``."""
    # Counted by runs (about one per word) rather than by letter: a tenth of the objects.
    return sum(map(len, _CYRILLIC_RUN.findall(text))), sum(map(len, _LATIN_RUN.findall(text)))


def detect_language(text: str, fallback: str | None = None) -> str:
    """Return ``"ru"``, ``"en"`` or ``"und"`` (no letters, or neither language).

    With ``fallback`` set (a sentence inside a section whose language is known), the
    script decides alone and undecidable text takes the fallback: langdetect is kept
    for whole blocks, where it has enough text to be right and is called rarely.
    """
    cyr, lat = script_ratio(text)
    letters = cyr + lat
    if letters == 0:
        return "und"
    share = cyr / letters
    if fallback is not None:
        return "ru" if share >= SCRIPT_THRESHOLD else "en" if share <= 1 - SCRIPT_THRESHOLD else fallback
    if share >= SCRIPT_THRESHOLD:
        return "ru"
    if share <= 1 - SCRIPT_THRESHOLD:
        return "en" if _looks_english(text) else "und"
    return _langdetect(text)


#: Function words that are English and not also common words of other Latin-script
#: languages (no "a", "in", "an", "on", "was", "die"): their share of the words of a
#: block tells English prose from German, French or Spanish without langdetect.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is are were with that which this these those for from by be been has have "
    "as its their or not can may at it than such between into also".split())
_WORD = re.compile(r"[A-Za-z]+")
#: English prose has about a quarter of its words in the set above; a German, French or
#: Spanish block has almost none. Below this share, langdetect decides.
ENGLISH_FUNCTION_SHARE = 0.12


def _looks_english(text: str) -> bool:
    # Short Latin blocks (a name, a DOI) are English by convention; long ones must
    # not be another language. Plain English prose is recognised by its function words
    # (langdetect, a third of the parse time when it ran on every block, agrees there);
    # blocks without them (reference lists, another language) go to langdetect.
    if len(text) < 200:
        return True
    words = _WORD.findall(text[:1000])
    if words and sum(w.lower() in _ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_FUNCTION_SHARE * len(words):
        return True
    return _langdetect(text) == "en"


@functools.cache
def _compact_profiles() -> None:
    """Load langdetect's profiles once and store each n-gram's probabilities as a tuple.

    langdetect keeps them as 90,000 lists, which the cyclic garbage collector walks on every
    full collection (a tenth of a second each, several per hundred articles); tuples of
    floats are untracked. langdetect only reads them. Skipped if its internals differ.
    """
    from langdetect import detector_factory

    detector_factory.init_factory()
    factory = getattr(detector_factory, "_factory", None)
    table = getattr(factory, "word_lang_prob_map", None)
    if isinstance(table, dict):
        factory.word_lang_prob_map = {w: tuple(p) for w, p in table.items()}  # type: ignore[union-attr]


def _langdetect(text: str) -> str:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _compact_profiles()

    DetectorFactory.seed = 0  # langdetect is random without a seed
    try:
        for guess in detect_langs(text[:1000]):
            if guess.lang in ("ru", "en"):
                return guess.lang
    except LangDetectException:
        return "und"
    # Mixed script and neither language on top: side with the majority script.
    cyr, lat = script_ratio(text)
    return "ru" if cyr > lat else "en" if lat else "und"
