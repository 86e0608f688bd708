"""Optional spaCy pipeline component ``secretome_entities``.

Import this module to register the factory (spaCy needs the decorator to run once;
nothing else happens at import)::

    import spacy
    import secretome_nlp.entities.spacy_component  # registers "secretome_entities"

    nlp = spacy.blank("xx")
    nlp.add_pipe("secretome_entities")
    doc = nlp("Клеточный секретом (КС) содержит ИЛ-6 и экзосомы.")
    [(s.text, s.label_, s._.entity_id) for s in doc.spans["secretome"]]

All mentions go to ``doc.spans["secretome"]`` (label = entity class name, ``kb_id_`` and
``Span._.entity_id`` = canonical id, ``Span._.generic``); with ``set_ents=True`` the
non-overlapping ones also become ``doc.ents``.  Extensions are added on first use of the
factory and never with ``force=True``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .extract import EntityExtractor, simple_sentences

__all__ = ["SecretomeEntities", "SPANS_KEY"]

SPANS_KEY = "secretome"


def _ensure_extensions() -> None:
    # has_extension first: another component (or a second nlp object) may have set them
    if not Span.has_extension("entity_id"):
        Span.set_extension("entity_id", default=None)
    if not Span.has_extension("generic"):
        Span.set_extension("generic", default=False)


class SecretomeEntities:
    """The component: runs an :class:`EntityExtractor` over ``doc.text``."""

    def __init__(self, nlp: Language, name: str, set_ents: bool = True) -> None:
        _ensure_extensions()
        self.name = name
        self.set_ents = set_ents
        self.extractor = EntityExtractor()

    def __call__(self, doc: Doc) -> Doc:
        """Add the mentions of ``doc`` as spans (and entities)."""
        text = doc.text
        result = self.extractor.extract([text], simple_sentences(text))
        spans: list[Span] = []
        for e in result.entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, label=e.label, kb_id=e.id, alignment_mode="expand")
                if span is None:
                    continue
                span._.entity_id = e.id
                span._.generic = e.generic
                spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        doc.spans[SPANS_KEY] = spans
        if self.set_ents:
            doc.ents = filter_spans(spans)
        return doc


@Language.factory("secretome_entities", default_config={"set_ents": True})
def make_secretome_entities(nlp: Language, name: str, set_ents: bool) -> SecretomeEntities:
    """spaCy factory for :class:`SecretomeEntities`."""
    return SecretomeEntities(nlp, name, set_ents)
