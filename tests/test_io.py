"""Reading and decoding: encodings and every kind of bad input."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys

import pytest

import secretome_nlp as sn
from secretome_nlp.io import decode, read_source

RU = "Клеточный секретом представляет собой сложную смесь биоактивных молекул."


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
    ("cp1251", "cp1251"), ("koi8_r", "koi8_r"),
])
def test_decodes_russian_encodings(encoding: str, expected: str) -> None:
    text, found = decode((RU * 3).encode(encoding))
    assert text == RU * 3
    assert found == expected


@pytest.mark.parametrize("make, error", [
    (lambda p: p / "missing.txt", sn.SourceNotFoundError),
    (lambda p: p, sn.NotAFileError),
    (lambda p: _write(p / "empty.txt", b""), sn.EmptyInputError),
    (lambda p: _write(p / "blank.txt", b"  \n\n\t "), sn.EmptyInputError),
    (lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40),
     sn.BinaryInputError),
    (lambda p: _write(p / "digits.txt", b"12345 678 90\n" * 10), sn.NotAnArticleError),
])
def test_bad_input_raises_specific_error(tmp_path, make, error) -> None:
    with pytest.raises(error) as info:
        sn.parse(make(tmp_path))
    assert isinstance(info.value, sn.InputError)
    assert "\n" not in str(info.value)


def test_huge_file_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # a sparse 50 MB file: cheap to make, never read
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\n")
    with pytest.raises(sn.InputTooLargeError, match="50.0 MiB"):
        sn.parse(big)


def test_cp1251_seed_parses_to_the_same_sections(tmp_path, seed_text, seed_structure) -> None:
    copy = tmp_path / "seed-cp1251.txt"
    # cp1251 has no superscript digits: replace them as a real cp1251 export would.
    copy.write_bytes(seed_text.translate(str.maketrans("¹²", "12")).encode("cp1251", errors="replace"))
    article = sn.parse(copy, lemmas=False, entities=False, references=False)
    assert article.sources[0].encoding == "cp1251"
    assert [(s.id, s.kind, s.lang) for s in article.sections] == \
        [(s.id, s.kind, s.lang) for s in seed_structure.sections]


def test_truncated_article_raises_and_can_be_allowed(tmp_path, seed_text) -> None:
    cut = seed_text.index("затруднительно в силу методических")
    path = _write(tmp_path / "cut.txt", seed_text[:cut].encode("utf-8"))
    with pytest.raises(sn.TruncatedArticleError, match="mid-sentence"):
        sn.parse(path)
    article = sn.parse(path, allow_truncated=True, lemmas=False, entities=False, references=False)
    assert article.warnings and "mid-sentence" in article.warnings[0]
    assert article.metadata.doi == "10.38025/2078-1962-2025-24-5-106-112"


def test_text_string_and_bytes_inputs(seed_text) -> None:
    from_text = read_source(seed_text)
    from_bytes = read_source(seed_text.encode("utf-8"))
    assert from_text.text == from_bytes.text == seed_text
    assert from_text.path is None and from_bytes.encoding == "utf-8"


@pytest.mark.parametrize("args, code, message", [
    (["parse", "/no/such/file.txt"], 1, "no such file"),
    (["parse", "."], 1, "not a regular file"),
])
def test_cli_bad_input_one_line_nonzero_exit(args, code, message) -> None:
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == code
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_bom_is_not_part_of_the_text() -> None:
    text, enc = decode(codecs.BOM_UTF8 + RU.encode("utf-8"))
    assert text == RU and enc == "utf-8-sig"


def test_cli_size_limit_is_configurable(tmp_path, seed_text) -> None:
    path = _write(tmp_path / "seed.txt", seed_text.encode("utf-8"))
    base = [sys.executable, "-m", "secretome_nlp", "parse", str(path), "--format", "summary", "--no-lemmas",
            "--no-entities"]
    refused = subprocess.run([*base, "--max-mib", "0.01"], capture_output=True, text=True)
    assert refused.returncode == 1 and "MiB limit" in refused.stderr
    accepted = subprocess.run(base, capture_output=True, text=True)
    assert accepted.returncode == 0 and "doi: 10.38025/" in accepted.stdout


def test_repaired_view_is_available_from_the_article(seed_structure) -> None:
    view = seed_structure.repaired_view()
    i = view.text.index("дифференцировать")
    start, end = view.source_span(i, i + len("дифференцировать"))
    assert seed_structure.sources[0].text[start:end] == "диффе-\n\nренцировать"


@pytest.mark.parametrize("value, is_path", [
    ("corpus/eremin-2025-cellular-secretome-review.txt", True),
    ("/no/such/article.txt", True),
    ("Клеточный секретом (КС) — смесь молекул, см. 2020/2021 гг. " * 8, False),
    ("Одна строка текста без пути.", False),
])
def test_path_or_text(value: str, is_path: bool) -> None:
    from secretome_nlp.io import looks_like_path

    assert looks_like_path(value) is is_path


def test_unreadable_file_is_an_input_error(tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    locked = _write(tmp_path / "locked.txt", RU.encode("utf-8"))
    locked.chmod(0)
    with pytest.raises(sn.InputError, match="cannot read"):
        sn.parse(locked)


@pytest.mark.parametrize("ending, truncated", [
    ("Работа не является систематическим обзором.", False),
    ("45. WHO. Guidelines on stem cells. Available at: https://www.who.int/publications/i/item/guidelines", False),
    ("12. Иванов И.И. Раны и их лечение. Москва: Медицина, 2019, Москва, Россия, издательство Медицина", False),
    ("Кроме того, клетки при подготовке к терапии могут погибать как при культивировании, так и при", True),
])
def test_truncation_rule(ending: str, truncated: bool) -> None:
    from secretome_nlp.pipeline import looks_truncated

    assert looks_truncated("Заголовок\n\n" + ending) is truncated
