"""Training path of the lemma disambiguator, lazy loading, and property tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from secretome_nlp.morphology import lemmatize, tokenize
from secretome_nlp.morphology.candidates import normalise
from secretome_nlp.morphology.conllu import read_conllu
from secretome_nlp.morphology.disambiguator import Disambiguator, default_disambiguator
from secretome_nlp.morphology.lemmatizer import analyse_russian
from secretome_nlp.morphology.lexicon import parse_lexicon
from secretome_nlp.morphology.training import train

SAMPLE = Path(__file__).parent / "data" / "morphology" / "taiga_sample.conllu"
SRC = Path(__file__).resolve().parents[1] / "src"


def test_read_conllu_sample() -> None:
    sentences = list(read_conllu(SAMPLE))
    assert len(sentences) == 30
    assert all(len(s) >= 6 for s in sentences)
    assert sentences[0][0].form == "Мы" and sentences[0][0].lemma == "мы"


def test_train_save_load_round_trip(tmp_path: Path) -> None:
    sentences = list(read_conllu(SAMPLE))
    model = train(sentences, epochs=2, seeds=(1,))
    assert model.weights
    path = tmp_path / "weights.json.gz"
    model.save(path)
    loaded = Disambiguator.load(path)
    assert loaded.weights == model.weights
    words = [w.form for w in sentences[0]]
    assert [c.lemma for c in analyse_russian(words, loaded)] == [c.lemma for c in analyse_russian(words, model)]


def test_packaged_model_fits_the_sample() -> None:
    """The shipped weights were trained on Taiga, so they lemmatise a Taiga sample well."""
    sentences = list(read_conllu(SAMPLE))
    total = correct = 0
    for sent in sentences:
        for word, lemma in zip(sent, lemmatize([w.form for w in sent])):
            if word.upos != "PUNCT":
                total += 1
                correct += normalise(lemma) == normalise(word.lemma)
    assert correct / total > 0.95
    assert default_disambiguator() is default_disambiguator()  # loaded once


def test_nothing_heavy_loads_at_import() -> None:
    code = (
        "import sys; import secretome_nlp.morphology; "
        "heavy = [m for m in ('pymorphy3', 'spacy') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(SRC)})


def test_lexicon_paradigm_generation() -> None:
    lex = parse_lexicon("# comment\nтеноцит\tтеноцит\tNOUN\tm_hard\nэктосома\tэктосома\tNOUN\tf_a\n")
    assert {c.lemma for c in lex["теноцитами"]} == {"теноцит"}
    assert {c.lemma for c in lex["эктосом"]} == {"эктосома"}  # zero-ending genitive plural
    assert ("gent", "plur", "femn") in lex["эктосом"][0].grams


_WORD = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯabcXYZ0123456789-.,αβ", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORD, min_size=0, max_size=12))
def test_lemmatize_one_lemma_per_word(words: list[str]) -> None:
    lemmas = lemmatize(words)
    assert len(lemmas) == len(words)
    assert all(isinstance(lemma, str) and lemma for lemma in lemmas)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="аб вг-ИЛ6α,.()1 2\n«»", max_size=60))
def test_tokenize_spans_are_ordered_non_empty_and_stripped(text: str) -> None:
    spans = tokenize(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
