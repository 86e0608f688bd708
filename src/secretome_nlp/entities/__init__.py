"""Entity extraction into typed, normalised objects (RU + EN), issue #4.

Public API::

    extract_entities(texts, sentences) -> ExtractionResult
    extract_from_text(text, lang=None) -> ExtractionResult
    EntityExtractor(lexicon=None, ru_lemmatizer=None).extract(texts, sentences)
    entities_of(entities, cls) -> list

Nothing is loaded at import time: the lexicon and the matchers are built on first use.
"""

from ..records.entities import (
    Abbreviation, Adipokine, CellType, Chemokine, Cytokine, ECMProtein, Entity, Enzyme, GrowthFactor,
    Mention, NucleicAcid, Receptor, Secretome, Tissue, VesicleMarker, VesicleType, entities_of,
    entity_from_dict,
)
from .extract import (
    EntityExtractor, ExtractionResult, extract_entities, extract_from_text, extractor_with, simple_sentences,
)
from .lexicon import LexEntry, Lexicon, load_lexicon, make_entry, read_user_lexicon

__all__ = [
    "Abbreviation", "Adipokine", "CellType", "Chemokine", "Cytokine", "ECMProtein", "Entity", "Enzyme",
    "EntityExtractor", "ExtractionResult", "GrowthFactor", "Mention", "NucleicAcid", "Receptor", "Secretome",
    "Tissue", "VesicleMarker", "VesicleType", "entities_of", "entity_from_dict", "extract_entities",
    "extract_from_text", "extractor_with", "load_lexicon", "simple_sentences", "LexEntry", "Lexicon", "make_entry", "read_user_lexicon",
]
