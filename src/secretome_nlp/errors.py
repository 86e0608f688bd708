"""Exceptions raised by secretome-nlp.

All input problems derive from :class:`InputError`, so a batch can catch one class
and go on with the rest of the corpus; each message is one line that names the input.
"""

from __future__ import annotations


class SecretomeError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(SecretomeError, ValueError):
    """The input cannot be read as an article."""


class SourceNotFoundError(InputError, FileNotFoundError):
    """The path does not exist."""


class NotAFileError(InputError):
    """The path exists but is not a regular file (a directory, a device…)."""


class EmptyInputError(InputError):
    """The input is empty or holds only white space."""


class BinaryInputError(InputError):
    """The input is binary data (NUL bytes, control characters), not text."""


class DecodingError(InputError):
    """The bytes cannot be decoded with any supported encoding."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (``max_bytes``)."""


class TruncatedArticleError(InputError):
    """The text ends in the middle of a sentence: the file was cut short."""


class NotAnArticleError(InputError):
    """The text holds no Russian or English prose to parse (noise, digits only…)."""


class NoTextLayerError(InputError):
    """A PDF whose pages carry no text layer (a scan): it needs OCR, which this library does not do."""


class EncryptedPDFError(InputError):
    """A PDF that is encrypted (password-protected): its text cannot be read."""


class MalformedPDFError(InputError):
    """Bytes that announce a PDF but cannot be opened as one (truncated or damaged)."""


class MalformedXMLError(InputError):
    """An XML (JATS) file that is not well-formed."""


class NoArticleTextError(InputError):
    """An HTML page (or XML file) without article text: a landing page, an index, a stub."""


class SchemaVersionError(SecretomeError):
    """A serialised Article has a schema version this release cannot read."""


class UnknownEntityTypeError(SecretomeError, KeyError):
    """An entity type name that no registered entity class has (a typo in a lexicon or JSON)."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0]) if self.args else ""


class LexiconError(SecretomeError, ValueError):
    """A user lexicon that cannot be read (missing column, unknown type, bad row)."""


class ImplausibleArticleError(InputError):
    """Parsed with ``strict=True`` and the result failed a plausibility check (text not analysed)."""
