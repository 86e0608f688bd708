"""Tests of secretome_nlp.morphology: lemmas in context, domain lexicon,
unknown field words, abbreviations/codes, English, the spaCy component.

Sentences are taken from the seed article (corpus/eremin-2025-cellular-secretome-review.txt)
or written for the case; nothing here reads /work/shared.
"""

from __future__ import annotations

import pytest

from secretome_nlp.morphology import LemmaToken, lemmatize, lemmatize_text, tokenize


def lemma_of(sentence: str, word: str, lang: str | None = None) -> str:
    """Lemma of the first token equal to ``word`` in the lemmatised ``sentence``."""
    for tok in lemmatize_text(sentence, lang):
        if tok.text == word:
            return tok.lemma
    raise AssertionError(f"{word!r} not a token of {sentence!r}")


# -- domain vocabulary of the seed article, in context -------------------------
SEED_CASES = [
    ("Клеточный секретом (КС) представляет собой сложную смесь биоактивных молекул", "секретом", "секретом"),
    ("Клеточный секретом (КС) представляет собой сложную смесь биоактивных молекул", "Клеточный", "клеточный"),
    ("Клеточный секретом (КС) представляет собой сложную смесь биоактивных молекул", "сложную", "сложный"),
    ("Клеточный секретом (КС) представляет собой сложную смесь биоактивных молекул", "КС", "КС"),
    ("В состав КС входят цитокины, факторы роста, хемокины, ферменты, экзосомы", "цитокины", "цитокин"),
    ("В состав КС входят цитокины, факторы роста, хемокины, ферменты, экзосомы", "хемокины", "хемокин"),
    ("В состав КС входят цитокины, факторы роста, хемокины, ферменты, экзосомы", "факторы", "фактор"),
    ("В состав КС входят цитокины, факторы роста, хемокины, ферменты, экзосомы", "экзосомы", "экзосома"),
    ("экзосомы и микровезикулы переносят белки", "микровезикулы", "микровезикула"),
    ("внеклеточные везикулы и т. д.", "везикулы", "везикула"),
    ("секретом мезенхимальных стволовых клеток", "мезенхимальных", "мезенхимальный"),
    ("секретом мезенхимальных стволовых клеток", "клеток", "клетка"),
    ("стимулирует пролиферацию кератиноцитов и фибробластов", "кератиноцитов", "кератиноцит"),
    ("стимулирует пролиферацию кератиноцитов и фибробластов", "фибробластов", "фибробласт"),
    ("использования клеточного секретома для стимуляции регенерации", "секретома", "секретом"),
    ("секретомы МСК различаются по составу", "секретомы", "секретом"),
    ("анализ секретомов разных клеток", "секретомов", "секретом"),
    ("Секретом содержит факторы роста", "Секретом", "секретом"),
    ("в создании тканеинженерных конструкций", "тканеинженерных", "тканеинженерный"),
    ("эффект прекондиционирования клеток", "прекондиционирования", "прекондиционирование"),
    ("уровень интерферона и ангиопоэтина", "интерферона", "интерферон"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma"), SEED_CASES)
def test_domain_vocabulary_in_context(sentence: str, word: str, lemma: str) -> None:
    assert lemma_of(sentence, word) == lemma


# -- field words that appear nowhere in the corpus (suffix model / paradigms) --
UNSEEN_CASES = [
    ("Теноциты", "теноцит"),
    ("теноцитами", "теноцит"),
    ("эктосомах", "эктосома"),
    ("адипокинам", "адипокин"),
    ("металлопротеиназами", "металлопротеиназа"),
    ("ангиопоэтинов", "ангиопоэтин"),
    ("остеокластами", "остеокласт"),
    ("тенобластов", "тенобласт"),
    ("мелатосомах", "мелатосома"),
    ("миокинами", "миокин"),
    ("тенасцинами", "тенасцин"),
    ("липидомов", "липидом"),
    ("хондрогенными", "хондрогенный"),
]


@pytest.mark.parametrize(("word", "lemma"), UNSEEN_CASES)
def test_unseen_field_words(word: str, lemma: str) -> None:
    assert lemmatize(["Мы", "изучали", word, "."]) [2] == lemma


# -- homonyms resolved by context ---------------------------------------------
HOMONYM_CASES = [
    ("изделия из стали", "стали", "сталь"),
    ("клетки стали делиться быстрее", "стали", "стать"),
    ("при культивировании in vitro", "при", "при"),
    ("мой брат работает в лаборатории", "мой", "мой"),
    ("я мою пробирки", "мою", "мыть"),
    ("хранить под секретом", "секретом", "секрет"),
    ("пирог с секретом", "секретом", "секрет"),
    ("поделился маленьким секретом", "секретом", "секрет"),
    ("мы сравнили секретом фибробластов и секретом МСК", "секретом", "секретом"),
    ("Клеточный секретом содержит цитокины", "секретом", "секретом"),
    ("это его работа", "его", "его"),
    ("мы видели его вчера", "его", "он"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma"), HOMONYM_CASES)
def test_homonyms_in_context(sentence: str, word: str, lemma: str) -> None:
    assert lemma_of(sentence, word) == lemma


# -- names, codes, numbers, mixed script ---------------------------------------
FORM_CASES = [
    ("Иван Петров приехал в Москву", "Москву", "Москва"),
    ("Иван Петров приехал в Москву", "Петров", "Петров"),
    ("уровень ИЛ-6 вырос", "ИЛ-6", "ИЛ-6"),
    ("концентрация интерлейкина-6 выросла", "интерлейкина-6", "интерлейкин-6"),
    ("экспрессия ИЛ-1β и TNF-α", "ИЛ-1β", "ИЛ-1β"),
    ("экспрессия ИЛ-1β и TNF-α", "TNF-α", "TNF-α"),
    ("МСК секретируют VEGF in vitro", "МСК", "МСК"),
    ("МСК секретируют VEGF in vitro", "VEGF", "VEGF"),
    ("МСК секретируют VEGF in vitro", "vitro", "vitro"),
    ("уровень miR-29a снижен", "miR-29a", "miR-29a"),
    ("маркер CD63 экзосом", "CD63", "CD63"),
    ("в 2,5 раза", "2,5", "2,5"),
    ("в 2024 году", "2024", "2024"),
    ("в 2024 г. опубликовано", "г", "год"),
    ("в 1990-х годах", "1990-х", "1990-й"),
    ("ВВЕДЕНИЕ", "ВВЕДЕНИЕ", "введение"),
    ("экспрессия мРНК выросла", "мРНК", "мРНК"),
    ("Рожкова Е.А. изучала секретом", "Рожкова", "Рожкова"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma"), FORM_CASES)
def test_names_codes_numbers(sentence: str, word: str, lemma: str) -> None:
    assert lemma_of(sentence, word) == lemma


# -- English ------------------------------------------------------------------
ENGLISH_CASES = [
    ("cytokines", "cytokine"),
    ("exosomes", "exosome"),
    ("vesicles", "vesicle"),
    ("cells", "cell"),
    ("fibroblasts", "fibroblast"),
    ("were", "be"),
    ("mice", "mouse"),
    ("VEGF", "VEGF"),
    ("IL-6", "IL-6"),
]


@pytest.mark.parametrize(("word", "lemma"), ENGLISH_CASES)
def test_english_lemmas(word: str, lemma: str) -> None:
    assert lemmatize(["the", word], "en")[1] == lemma


def test_lang_ru_keeps_latin_tokens_and_lang_en_lemmatises_all() -> None:
    assert lemma_of("клетки secrete cytokines", "cytokines", "ru") == "cytokines"
    assert lemma_of("Exosomes were isolated", "were", "en") == "be"


def test_mixed_text_decides_language_per_token() -> None:
    toks = lemmatize_text("Экзосомы (exosomes) переносят cytokines.")
    lemmas = {t.text: t.lemma for t in toks}
    assert lemmas["Экзосомы"] == "экзосома"
    assert lemmas["exosomes"] == "exosome"
    assert lemmas["cytokines"] == "cytokine"


# -- API contract ---------------------------------------------------------------
def test_lemmatize_text_offsets_and_type() -> None:
    text = "Секретом МСК содержит экзосомы."
    toks = lemmatize_text(text)
    assert all(isinstance(t, LemmaToken) for t in toks)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks] == ["Секретом", "МСК", "содержит", "экзосомы", "."]
    assert toks[-1].pos == "PUNCT"
    with pytest.raises(AttributeError):
        toks[0].lemma = "x"  # frozen


def test_lemmatize_keeps_length_and_handles_empty() -> None:
    words = ["Клетки", "стали", "делиться", "."]
    assert len(lemmatize(words)) == len(words)
    assert lemmatize([]) == []
    with pytest.raises(ValueError):
        lemmatize(["x"], "de")


TOKENIZE_CASES = [
    ("Уровень ИЛ-6 вырос", "ИЛ-6"),
    ("концентрация интерлейкина-6", "интерлейкина-6"),
    ("экспрессия TNF-α", "TNF-α"),
    ("и IL-1β в", "IL-1β"),
    ("уровень miR-29a", "miR-29a"),
    ("маркер CD63+ экзосом", "CD63"),
    ("в 2,5 раза", "2,5"),
    ("северо-западный регион", "северо-западный"),
]


@pytest.mark.parametrize(("text", "token"), TOKENIZE_CASES)
def test_tokenize_keeps_field_tokens_whole(text: str, token: str) -> None:
    assert token in [text[a:b] for a, b in tokenize(text)]


def test_tokenize_spans_cover_text_without_whitespace() -> None:
    text = "КС (клеточный секретом) содержит ИЛ-6, TNF-α и т. д.; p<0,05."
    spans = tokenize(text)
    assert all(text[a:b].strip() == text[a:b] and a < b for a, b in spans)
    assert spans == sorted(spans)


def test_tokenize_is_linear_on_long_hyphen_chains() -> None:
    # a pathological input for backtracking regexes
    text = "-".join(["a1"] * 2000) + "!"
    assert tokenize(text)[0] == (0, len(text) - 1)


def test_seed_article_sentence_end_to_end() -> None:
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "corpus" / "eremin-2025-cellular-secretome-review.txt"
    if not seed.is_file():
        pytest.skip("seed article not present")
    text = seed.read_text(encoding="utf-8")
    start = text.index("ВВЕДЕНИЕ. Клеточный секретом")
    toks = lemmatize_text(text[start : start + 600])
    lemmas = [t.lemma for t in toks]
    for expected in ("секретом", "цитокин", "хемокин", "экзосома", "везикула", "тканеинженерный"):
        assert expected in lemmas
