"""Helpers shared by the entity tests."""

from __future__ import annotations

from secretome_nlp.entities import EntityExtractor
from secretome_nlp.entities.extract import simple_sentences


def found(ex: EntityExtractor, text: str) -> dict[str, str]:
    """surface → id of every mention."""
    res = ex.extract([text], simple_sentences(text))
    return {m.text: e.id for e in res.entities for m in e.mentions}
