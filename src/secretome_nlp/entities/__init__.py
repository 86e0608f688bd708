"""Entity extraction into typed, normalised objects (RU + EN), issues #4 and #8.

Public API::

    extract_entities(texts, sentences) -> ExtractionResult
    extract_from_text(text, lang=None) -> ExtractionResult
    EntityExtractor(lexicon=None, ru_lemmatizer=None, extra=()).extract(texts, sentences)
    read_user_lexicon(path) / make_entry(...)  -> entries for ``extra``
    entities_of(entities, cls) -> list

The entity classes live in one registry (:data:`secretome_nlp.records.entities.ENTITY_TYPES`);
they are re-exported here by name.  Nothing is loaded at import time: the lexicon and the
matchers are loaded on first use.
"""

from ..records.entities import ENTITY_TYPES, Abbreviation, Mention, entities_of, entity_from_dict
from .extract import (
    EntityExtractor, ExtractionResult, extract_entities, extract_from_text, extractor_with, simple_sentences,
)
from .lexicon import LexEntry, Lexicon, load_lexicon, make_entry, read_user_lexicon

# every registered class by name (Entity, Protein, Cytokine, …): one place, the registry
globals().update({label: t.cls for label, t in ENTITY_TYPES.items()})

__all__ = [
    *ENTITY_TYPES, "ENTITY_TYPES", "Abbreviation", "Mention", "EntityExtractor", "ExtractionResult", "LexEntry",
    "Lexicon", "entities_of", "entity_from_dict", "extract_entities", "extract_from_text", "extractor_with",
    "load_lexicon", "make_entry", "read_user_lexicon", "simple_sentences",
]
