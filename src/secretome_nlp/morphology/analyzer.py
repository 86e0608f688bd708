"""Process-wide pymorphy3 analyser with a per-form parse cache.

The analyser is created on first use (never at import) and shared by every
lemmatiser in the process; parse lists are cached per lower-cased word form
because real text repeats forms a lot and ``MorphAnalyzer.parse`` dominates
the cost of lemmatisation.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pymorphy3
    from pymorphy3.analyzer import Parse


@cache
def morph_analyzer() -> "pymorphy3.MorphAnalyzer":
    """Return the shared ``pymorphy3.MorphAnalyzer`` (loaded once per process)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def parses(form: str) -> tuple["Parse", ...]:
    """All pymorphy3 parses of the lower-cased ``form`` (cached)."""
    return tuple(morph_analyzer().parse(form))


@lru_cache(maxsize=200_000)
def is_dictionary_word(form: str) -> bool:
    """True if pymorphy3's dictionary (not its guesser) knows ``form``."""
    return morph_analyzer().word_is_known(form)
