"""Shared fixtures: the corpus files and parsed articles, parsed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"
ABSTRACTS = ROOT / "corpus" / "abstracts"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_structure():
    """The seed parsed without lemmas, entities and references (fast, structure only)."""
    import secretome_nlp as sn

    return sn.parse(SEED, lemmas=False, entities=False, references=False)


@pytest.fixture(scope="session")
def seed_article():
    """The seed parsed by the full pipeline."""
    import secretome_nlp as sn

    return sn.parse(SEED)


@pytest.fixture(scope="session")
def ex():
    """The entity extractor with the packaged lexicon, built once per test session."""
    from secretome_nlp.entities import EntityExtractor

    return EntityExtractor()

