"""Read bytes from disk or memory and decode them into text.

Russian files in the wild come as UTF-8 (with or without BOM), UTF-16, cp1251 or KOI8-R.
The decision is made here, once, and reported as ``Source.encoding``; everything later
works on the decoded ``str``.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import os
from pathlib import Path
from typing import Union

from .errors import (
    BinaryInputError,
    InputError,
    DecodingError,
    EmptyInputError,
    InputTooLargeError,
    NotAFileError,
    SourceNotFoundError,
)
from .readers.base import Document
from .records.article import Source

#: Default upper bound of one input. A review article is well under 1 MB; a larger
#: "article" is almost always a concatenated dump or a wrong file.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

InputLike = Union[str, bytes, os.PathLike]

_CYRILLIC_LOWER = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# The ten most frequent Russian letters: a correct decoding is full of them.
_FREQUENT_RU = set("оеаинтсрвл")


def looks_like_path(value: str) -> bool:
    """Guess whether a ``str`` argument is a path rather than the article's text.

    A path has no line break, no component longer than a file system allows, and either
    exists, ends like a text file, or is a slash-separated string without spaces.
    """
    if "\n" in value or len(value) > 4096:
        return False
    stripped = value.strip()
    if not stripped or any(len(part.encode("utf-8", "replace")) > 255 for part in stripped.split(os.sep)):
        return False
    try:
        if os.path.exists(stripped):
            return True
    except (OSError, ValueError):
        return False
    return (stripped.lower().endswith((".txt", ".md", ".text", ".pdf", ".xml", ".html", ".htm"))
            or (os.sep in stripped and " " not in stripped))


def read_bytes(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing missing paths, directories and files over ``max_bytes``."""
    p = Path(path)
    try:
        if not p.exists():
            raise SourceNotFoundError(f"{p}: no such file")
        if not p.is_file():
            raise NotAFileError(f"{p}: not a regular file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{p}: {size / 2**20:.1f} MiB is over the {max_bytes / 2**20:.1f} MiB limit for one article")
        return p.read_bytes()
    except InputError:
        raise  # SourceNotFoundError is an OSError too: keep it as it is
    except OSError as exc:  # permission denied, name too long, I/O error…
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NUL in every other byte for ASCII and Cyrillic (0x04xx)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zero_side, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if sum(1 for b in zero_side if b in (0, 4)) > len(zero_side) * 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _russian_score(text: str) -> float:
    """Share of frequent lower-case Russian letters: high for the right 8-bit codec."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c in _FREQUENT_RU) / len(letters)


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Raises :class:`EmptyInputError`, :class:`BinaryInputError` or :class:`DecodingError`.
    """
    if not data.strip():
        raise EmptyInputError(f"{name}: empty input")
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _decoded(data.decode("utf-16"), "utf-16", name)
        except UnicodeDecodeError as exc:
            raise DecodingError(f"{name}: broken UTF-16 ({exc.reason})") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _decoded(utf16, "utf-16", name)
    if _is_binary(data):
        raise BinaryInputError(f"{name}: binary data, not text")
    try:
        return _decoded(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    # 8-bit Cyrillic: both codecs decode any byte string, so choose by letter statistics.
    candidates = []
    for enc in ("cp1251", "koi8_r"):
        try:
            candidates.append((_russian_score(t := data.decode(enc)), enc, t))
        except UnicodeDecodeError:
            continue
    if candidates:
        score, enc, text = max(candidates)
        if score > 0.25:
            return _decoded(text, enc, name)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - charset-normalizer internals
        best = None
    if best is not None:
        return _decoded(str(best), best.encoding, name)
    raise DecodingError(f"{name}: cannot decode as UTF-8, UTF-16, cp1251 or KOI8-R")


#: Line and page breaks and tabs: control characters that plain text is made of.
_LAYOUT_CONTROLS = str.maketrans("", "", "\n\r\t\f")


def _decoded(text: str, encoding: str, name: str) -> tuple[str, str]:
    if not text.strip():
        raise EmptyInputError(f"{name}: empty input")
    sample = text[:65536]
    # str.isprintable runs in C: the per-character count is needed only for text with odd characters
    if sample.translate(_LAYOUT_CONTROLS).isprintable():
        return text, encoding
    printable = sum(1 for c in sample if c.isprintable() or c in "\n\r\t\f")
    if printable < min(len(text), 65536) * 0.95:
        raise BinaryInputError(f"{name}: mostly unprintable characters, not text")
    return text, encoding


def _sniffable(value: str) -> bytes | None:
    """The UTF-8 bytes of a text argument that is really markup (an XML or HTML string)."""
    head = value.lstrip("\ufeff \t\r\n")[:64].lower()
    if head.startswith(("<?xml", "<!doctype", "<html", "<article")):
        return value.encode("utf-8", "surrogatepass")
    return None


def read_document(value: InputLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a path, raw bytes or a text string with the reader its content calls for.

    The reader is chosen by content sniffing (``%PDF-``, a JATS ``<article>``, an HTML
    page; anything else is plain text), the file suffix breaking ties. Returns the
    :class:`~secretome_nlp.readers.Document` (its ``to_source()`` is the
    :class:`Source` record of the Article).
    """
    from .readers import registry

    if isinstance(value, bytes):
        if len(value) > max_bytes:
            raise InputTooLargeError(f"<bytes>: {len(value) / 2**20:.1f} MiB is over the limit for one article")
        doc = registry.choose(value).read(value, "<bytes>")
        return _with_origin(doc, None, hashlib.sha256(value).hexdigest())
    if isinstance(value, os.PathLike) or (isinstance(value, str) and looks_like_path(value)):
        path = os.fspath(value)
        data = read_bytes(path, max_bytes)
        doc = registry.choose(data, os.path.splitext(path)[1]).read(data, path)
        return _with_origin(doc, path, hashlib.sha256(data).hexdigest())
    if isinstance(value, str):
        if len(value.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputTooLargeError("<text>: input is over the size limit for one article")
        if not value.strip():
            raise EmptyInputError("<text>: empty input")
        sha = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
        markup = _sniffable(value)
        if markup is not None:
            reader = registry.choose(markup)
            if reader.name != "text":
                return _with_origin(reader.read(markup, "<text>"), None, sha)
        _decoded(value, "utf-8", "<text>")
        return _with_origin(Document(value, "str", "text"), None, sha)
    raise TypeError(f"cannot read an article from {type(value).__name__}")


def _with_origin(doc: Document, path: str | None, sha256: str) -> Document:
    return dataclasses.replace(doc, path=path, sha256=sha256)


def read_source(value: InputLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Turn a path, raw bytes or a text string into a :class:`Source`.

    A ``str`` that looks like a path (no newline, has a separator or a known suffix)
    is read from disk; otherwise it is the article's text itself (or, when it starts
    like XML/HTML, that markup). PDF, JATS XML and HTML are read by their readers
    (:mod:`secretome_nlp.readers`); everything else is decoded as plain text.
    """
    return read_document(value, max_bytes).to_source()
