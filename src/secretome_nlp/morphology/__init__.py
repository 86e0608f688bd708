"""Russian and English lemmatisation with context disambiguation and a domain lexicon.

Public API::

    lemmatize(words, lang="ru") -> list[str]
    lemmatize_text(text, lang=None) -> list[LemmaToken]
    tokenize(text) -> list[tuple[int, int]]

Nothing is loaded at import time; the pymorphy3 dictionaries, the domain
lexicon and the disambiguation weights are loaded once per process on first use.
"""

from .lemmatizer import LemmaToken, lemmatize, lemmatize_text, lemmatize_word
from .tokenizer import tokenize

__all__ = ["LemmaToken", "lemmatize", "lemmatize_text", "lemmatize_word", "tokenize"]
