"""spaCy pipeline component ``secretome_lemmatizer``.

Adds lemmas (and, for Russian, UD POS and morphological features) to the
tokens of a ``spacy.blank("ru")`` or ``spacy.blank("en")`` pipeline::

    import spacy
    import secretome_nlp.morphology.spacy_component  # registers the factory
    nlp = spacy.blank("ru")
    nlp.add_pipe("secretome_lemmatizer")

When the package is installed the factory is also found through the
``spacy_factories`` entry point, without the import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path, from_bytes, from_disk, to_bytes, to_disk
from spacy.vocab import Vocab

from .english import lemmatize_english_word
from .lemmatizer import analyse_russian

_SUPPORTED = ("ru", "en")
_CONFIG_FILE = "cfg"


class SecretomeLemmatizer:
    """Context-aware lemmatiser for Russian and English ``Doc`` objects."""

    def __init__(self, vocab: Vocab, name: str = "secretome_lemmatizer", *, lang: str = "ru",
                 overwrite: bool = True) -> None:
        if lang not in _SUPPORTED:
            raise ValueError(f"secretome_lemmatizer supports {_SUPPORTED}, not {lang!r}")
        self.vocab = vocab
        self.name = name
        self.cfg: dict[str, Any] = {"lang": lang, "overwrite": overwrite}

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token.lemma_`` (and ``pos_``/``morph`` for Russian) on ``doc``."""
        overwrite = self.cfg["overwrite"]
        if self.cfg["lang"] == "en":
            for token in doc:
                if overwrite or token.lemma == 0:
                    token.lemma_ = lemmatize_english_word(token.text)
            return doc
        spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for span in spans:
            words = [t.text for t in span if not t.is_space]
            tokens = [t for t in span if not t.is_space]
            if not words:
                continue
            for token, reading in zip(tokens, analyse_russian(words)):
                if overwrite or token.lemma == 0:
                    token.lemma_ = reading.lemma
                if overwrite or token.pos == 0:
                    token.pos_ = reading.upos
                if reading.feats and (overwrite or not token.has_morph()):
                    token.set_morph(reading.feats)  # type: ignore[attr-defined]  # missing from spaCy stubs
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of docs."""
        for doc in stream:
            yield self(doc)

    # Serialisation: the component's state is its small config; the model and
    # lexicon ship with the package and are not copied into the pipeline.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        """Save the component config to the directory ``path``."""
        serializers = {_CONFIG_FILE: lambda p: p.write_text(json.dumps(self.cfg), encoding="utf-8")}
        to_disk(ensure_path(path), serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "SecretomeLemmatizer":
        """Load the component config saved by :meth:`to_disk`."""
        def load_cfg(p: Path) -> None:
            if p.exists():
                self.cfg.update(json.loads(p.read_text(encoding="utf-8")))

        from_disk(ensure_path(path), {_CONFIG_FILE: load_cfg}, exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        """Serialise the component config."""
        return to_bytes({_CONFIG_FILE: lambda: json.dumps(self.cfg).encode("utf-8")}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "SecretomeLemmatizer":
        """Load the config serialised by :meth:`to_bytes`."""
        from_bytes(bytes_data, {_CONFIG_FILE: lambda b: self.cfg.update(json.loads(b))}, exclude)
        return self


@Language.factory(
    "secretome_lemmatizer",
    default_config={"overwrite": True},
    assigns=["token.lemma", "token.pos", "token.morph"],
)
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> SecretomeLemmatizer:
    """Factory of the ``secretome_lemmatizer`` component (language taken from ``nlp``)."""
    return SecretomeLemmatizer(nlp.vocab, name, lang=nlp.lang or "ru", overwrite=overwrite)
