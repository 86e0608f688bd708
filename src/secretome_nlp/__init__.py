"""secretome-nlp: bilingual (Russian/English) biomedical review articles.

>>> import secretome_nlp as sn
>>> article = sn.parse("corpus/eremin-2025-cellular-secretome-review.txt")  # doctest: +SKIP
>>> article.metadata.doi                                                        # doctest: +SKIP
'10.38025/2078-1962-2025-24-5-106-112'

Nothing heavy happens at import: dictionaries, lexicons and models load on first use.
"""

from __future__ import annotations

from typing import Any

from .article import SCHEMA_VERSION, Article
from .errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    ImplausibleArticleError,
    EncryptedPDFError,
    InputError,
    InputTooLargeError,
    MalformedPDFError,
    MalformedXMLError,
    NoArticleTextError,
    NotAFileError,
    NotAnArticleError,
    NoTextLayerError,
    SchemaVersionError,
    SecretomeError,
    SourceNotFoundError,
    TruncatedArticleError,
    UnknownEntityTypeError,
    LexiconError,
)
from .pipeline import ParseOptions, parse
from .records.entities import ENTITY_TYPES

__version__ = "0.2.0"

# Names served lazily so that ``import secretome_nlp`` stays cheap (PEP 562).
_LAZY = {
    "lemmatize": "secretome_nlp.morphology",
    "lemmatize_text": "secretome_nlp.morphology",
    "tokenize": "secretome_nlp.morphology",
    "extract_entities": "secretome_nlp.entities",
    "extract_from_text": "secretome_nlp.entities",
    "citation_table": "secretome_nlp.references",
    "most_cited": "secretome_nlp.references",
    "to_frames": "secretome_nlp.export.frames",
    "parse_many": "secretome_nlp.batch",
    "view": "secretome_nlp.export.html",
    "to_html": "secretome_nlp.export.html",
    "to_spacy": "secretome_nlp.export.spacy_docs",
    "displacy_options": "secretome_nlp.export.spacy_docs",
    "plot_entity_frequency": "secretome_nlp.export.plots",
    "plot_cooccurrence": "secretome_nlp.export.plots",
    "cooccurrence": "secretome_nlp.export.plots",
    "entity_frequency": "secretome_nlp.export.plots",
}
# Entity classes come from the one registry (records/entities.py is plain dataclasses: cheap).
_LAZY.update({name: "secretome_nlp.records.entities"
              for name in (*ENTITY_TYPES, "Mention", "Abbreviation", "ENTITY_TYPES", "entity_class")})
_LAZY.update({name: "secretome_nlp.entities" for name in ("load_lexicon", "Lexicon", "LexEntry",
                                                          "EntityExtractor", "read_user_lexicon", "make_entry")})
_LAZY.update({name: "secretome_nlp.records.references" for name in ("Reference", "Citation")})


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'secretome_nlp' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Article", "ParseOptions", "SCHEMA_VERSION", "parse", "__version__",
    "SecretomeError", "InputError", "SourceNotFoundError", "NotAFileError", "EmptyInputError",
    "BinaryInputError", "DecodingError", "InputTooLargeError", "TruncatedArticleError",
    "NotAnArticleError", "SchemaVersionError", "ImplausibleArticleError", "UnknownEntityTypeError", "LexiconError",
    "NoTextLayerError", "EncryptedPDFError", "MalformedPDFError", "MalformedXMLError", "NoArticleTextError",
    *_LAZY,
]
