"""The ``secretome_lemmatizer`` spaCy component on blank Russian and English pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import secretome_nlp.morphology.spacy_component  # noqa: F401  (registers the factory)
from secretome_nlp.morphology.spacy_component import SecretomeLemmatizer, make_lemmatizer


@pytest.fixture()
def nlp_ru() -> spacy.language.Language:
    nlp = spacy.blank("ru")
    nlp.add_pipe("secretome_lemmatizer")
    return nlp


def test_sets_lemma_pos_morph_on_blank_ru(nlp_ru) -> None:
    doc = nlp_ru("Клеточный секретом (КС) представляет собой сложную смесь, а экзосомы содержат цитокины.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["секретом"] == "секретом"
    assert lemmas["экзосомы"] == "экзосома"
    assert lemmas["цитокины"] == "цитокин"
    assert lemmas["КС"] == "КС"
    by_text = {t.text: t for t in doc}
    assert by_text["Клеточный"].pos_ == "ADJ"
    assert by_text["представляет"].pos_ == "VERB"
    assert "Case=Nom" in str(by_text["Клеточный"].morph)


def test_context_in_pipeline(nlp_ru) -> None:
    assert [t.lemma_ for t in nlp_ru("Изделия из стали.")][2] == "сталь"
    assert [t.lemma_ for t in nlp_ru("Клетки стали делиться.")][1] == "стать"


def test_blank_en() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("secretome_lemmatizer")
    assert [t.lemma_ for t in nlp("Cytokines and exosomes were secreted by cells.")] == [
        "cytokine", "and", "exosome", "be", "secrete", "by", "cell", ".",
    ]


def test_factory_name_and_function() -> None:
    nlp = spacy.blank("ru")
    component = nlp.add_pipe("secretome_lemmatizer", config={"overwrite": False})
    assert isinstance(component, SecretomeLemmatizer)
    assert component.cfg == {"lang": "ru", "overwrite": False}
    assert make_lemmatizer.__name__ == "make_lemmatizer"
    assert "secretome_lemmatizer" in spacy.registry.factories


def test_overwrite_false_keeps_existing_lemmas() -> None:
    nlp = spacy.blank("ru")
    component = nlp.add_pipe("secretome_lemmatizer", config={"overwrite": False})
    doc = nlp.make_doc("экзосомы")
    doc[0].lemma_ = "preset"
    assert component(doc)[0].lemma_ == "preset"


def test_to_disk_from_disk_round_trip(tmp_path: Path) -> None:
    nlp = spacy.blank("ru")
    nlp.add_pipe("secretome_lemmatizer", config={"overwrite": False})
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "secretome_lemmatizer" / "cfg").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["secretome_lemmatizer"]
    assert loaded.get_pipe("secretome_lemmatizer").cfg == {"lang": "ru", "overwrite": False}
    assert [t.lemma_ for t in loaded("Секретом содержит экзосомы.")][:3] == ["секретом", "содержать", "экзосома"]
    # component-level round trip too
    comp = SecretomeLemmatizer(nlp.vocab, lang="ru", overwrite=True)
    comp.from_disk(tmp_path / "pipeline" / "secretome_lemmatizer")
    assert comp.cfg["overwrite"] is False


def test_to_bytes_from_bytes_round_trip() -> None:
    nlp = spacy.blank("ru")
    nlp.add_pipe("secretome_lemmatizer", config={"overwrite": False})
    data = nlp.get_pipe("secretome_lemmatizer").to_bytes()
    comp = SecretomeLemmatizer(nlp.vocab, lang="ru", overwrite=True).from_bytes(data)
    assert comp.cfg == {"lang": "ru", "overwrite": False}


def test_rejects_unsupported_language() -> None:
    with pytest.raises(ValueError):
        spacy.blank("de").add_pipe("secretome_lemmatizer")
