"""Orchestration: sentences in, typed entities and abbreviations out."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..records.article import Sentence
from ..records.entities import Abbreviation, Entity, Mention
from .abbreviations import find_abbreviations
from .families import FamilyMatcher
from .lexicon import Lexicon, load_lexicon
from .matcher import Candidate, PhraseMatcher, SymbolMatcher, resolve_overlaps
from .merge import merge_mentions
from .normalize import LemmaCache, guess_lang, tokenize

__all__ = ["ExtractionResult", "EntityExtractor", "extract_entities", "extract_from_text", "is_reference_like"]

#: Spans never searched: URLs, DOIs, e-mails (gene-like strings inside them are noise).
_MASK_RE = re.compile(
    r"https?://\S+|www\.\S+|\bdoi:?\s*10\.\S+|\b10\.\d{4,9}/\S+|[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
#: Author name with initials: "Ерёмин П.С.", "Eremin P.S.", "P.S. Eremin".
_AUTHOR_RE = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё'-]+,?\s+[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?")


#: Sections never searched (section ids containing these): bibliographies, the
#: "how to cite" block and author information hold names and titles, not findings.
_SKIP_SECTIONS = ("reference", "citation", "correspondence", "author_info")
_LIGAND_TYPES = frozenset({"Cytokine", "Chemokine", "Adipokine", "GrowthFactor"})
_RECEPTOR_AFTER = re.compile(r"[\s\-‐]*(?:receptors?\b|R\b)")
_RECEPTOR_BEFORE = re.compile(r"рецептор[а-яё]*\s+$", re.IGNORECASE)
#: A class word naming a laboratory method, not a substance: "enzyme immunoassay",
#: "enzyme-linked immunosorbent assay".
_METHOD_AFTER = re.compile(r"[\s-]*(?:immuno)?(?:assays?\b|linked\b|immunosorbent\b)", re.IGNORECASE)
#: Suspended hyphen ("T- и B-лимфоцитов", "CD4- and CD8-positive"): the first prefix shares
#: the second word's tail.
_SUSPENDED_HYPHEN = re.compile(
    r"(?<![\w-])(?P<head>[A-Za-zА-Яа-яЁё0-9αβγ]{1,12})-\s*(?:,\s*|\s+(?:и|или|and|or)\s+)"
    r"(?P<second>[A-Za-zА-Яа-яЁё0-9αβγ]{1,12})-(?P<tail>[A-Za-zА-Яа-яЁё]{3,})")


def is_reference_like(sentence_text: str) -> bool:
    """True for bibliography-like sentences (a DOI/URL, or two or more "Surname I.I." names)."""
    if re.search(r"doi\.org|\bdoi:|\bDOI\b|https?://|\bPMID\b", sentence_text):
        return True
    return len(_AUTHOR_RE.findall(sentence_text)) >= 2


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`extract_entities` returns."""

    entities: tuple[Entity, ...]
    abbreviations: tuple[Abbreviation, ...]


class EntityExtractor:
    """Compiled matchers, built once and reused across documents.

    ``ru_lemmatizer`` maps a list of Russian words to lemmas; by default
    ``secretome_nlp.morphology.lemmatize``.
    """

    def __init__(self, lexicon: Lexicon | None = None,
                 ru_lemmatizer: Callable[[Sequence[str]], list[str]] | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self._lemmas = LemmaCache(ru_lemmatizer)
        self._phrases = PhraseMatcher(self.lexicon, self._lemmas)
        self._symbols = SymbolMatcher(self.lexicon)
        self._families = FamilyMatcher()

    # -- one sentence -------------------------------------------------------------------
    def _candidates(self, text: str, s: Sentence, spans: list[tuple[int, int]]) -> list[Candidate]:
        chunk = text[s.start:s.end]
        keys = self._lemmas.keys(text[a:b] for a, b in spans)
        cands = self._phrases.find(text, spans, keys)
        cands += self._symbols.find(text, spans)
        for h in self._families.find(chunk, s.start):
            eid = self.lexicon.resolve_symbol(h.key)
            if eid is not None:
                entry = self.lexicon.get(eid)
                cands.append(Candidate(h.start, h.end, eid, bool(entry and entry.generic)))
        cands += self._suspended(chunk, s, cands)
        cands = [c for c in cands if not self._names_receptor(text, c)
                 and not (c.generic and _METHOD_AFTER.match(text, c.end))]
        masks = [(m.start() + s.start, m.end() + s.start) for m in _MASK_RE.finditer(chunk)]
        if masks:
            cands = [c for c in cands if not any(c.start < e and a < c.end for a, e in masks)]
        return resolve_overlaps(cands)

    def _suspended(self, chunk: str, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Mentions whose tail is shared with the next word: ``T-`` in ``T- и B-лимфоцитов``.

        The head is completed with the second word's tail (``T-лимфоцитов``) and matched
        on its own; a hit covering the whole completed word becomes a mention of the
        head as written (``T-``), only when the second word itself is a mention.
        """
        out = []
        for m in _SUSPENDED_HYPHEN.finditer(chunk):
            second_start = s.start + m.start("second")
            if not any(c.start == second_start and c.end == s.start + m.end("tail") for c in found):
                continue
            word = f"{m.group('head')}-{m.group('tail')}"
            probe = Sentence(s.id, s.source, s.section, s.lang, 0, len(word))
            hits = self._candidates(word, probe, tokenize(word, 0))
            for h in hits:
                if h.start == 0 and h.end == len(word):
                    out.append(Candidate(s.start + m.start("head"), s.start + m.end("head"),
                                         h.entity_id, h.generic))
        return out

    def _names_receptor(self, text: str, c: Candidate) -> bool:
        """True when a ligand is only named as part of its receptor ("IL-6 receptor",
        "рецептора интерлейкина-2", "рецептор фактора роста эндотелия сосудов")."""
        entry = self.lexicon.get(c.entity_id)
        if entry is None or entry.type not in _LIGAND_TYPES:
            return False
        return bool(_RECEPTOR_AFTER.match(text, c.end) or _RECEPTOR_BEFORE.search(text[max(0, c.start - 40):c.start]))

    # -- documents ----------------------------------------------------------------------
    def extract(self, texts: Sequence[str], sentences: Sequence[Sentence]) -> ExtractionResult:
        """Entities and abbreviations of one article: ``texts[s]`` is source ``s``'s text.

        Two passes: the first matches the lexicon and collects abbreviation definitions;
        the second looks the article-local short forms (КС, ЖТ, ВВ …) up everywhere.
        """
        per_sentence: list[tuple[Sentence, list[tuple[int, int]], list[Candidate]]] = []
        abbrevs: list[Abbreviation] = []
        for s in sentences:
            text = texts[s.source]
            if any(k in s.section for k in _SKIP_SECTIONS) or is_reference_like(text[s.start:s.end]):
                continue
            spans = tokenize(text[s.start:s.end], s.start)
            found = self._candidates(text, s, spans)
            per_sentence.append((s, spans, found))
            abbrevs += find_abbreviations(text, s.start, s.end, s.source, s.lang, found, self._symbols.table)

        local: dict[str, str] = {}
        for ab in abbrevs:
            if ab.entity_id is None:
                continue
            local.setdefault(ab.short, ab.entity_id)
            if ab.short[-1:].isupper() and re.fullmatch(r"[A-Za-z0-9-]+", ab.short):
                local.setdefault(ab.short + "s", ab.entity_id)  # EV → EVs, MSC → MSCs
        local = {k.replace("-", ""): v for k, v in local.items()}

        pairs: list[tuple[str, Mention]] = []
        for s, spans, found in per_sentence:
            text = texts[s.source]
            if local:
                extra = self._symbols.find(text, spans, only=local)
                if extra:
                    found = resolve_overlaps(found + extra)
            for c in found:
                pairs.append((c.entity_id, Mention(s.source, c.start, c.end, text[c.start:c.end], s.lang,
                                                   s.section, s.id)))
        return ExtractionResult(merge_mentions(self.lexicon, pairs), tuple(abbrevs))


@functools.lru_cache(maxsize=1)
def _default_extractor() -> EntityExtractor:
    """The shared extractor, built on first use (compiling the matchers takes ~0.2 s)."""
    return EntityExtractor()


def extract_entities(texts: Sequence[str], sentences: Sequence[Sentence]) -> ExtractionResult:
    """Extract entities with the shared default :class:`EntityExtractor`."""
    return _default_extractor().extract(texts, sentences)


_REF_HEADING = re.compile(
    r"^\s*(СПИСОК ЛИТЕРАТУРЫ|ЛИТЕРАТУРА|Список литературы|REFERENCES?|References?|Литература)\b"
)


def simple_sentences(text: str, lang: str | None = None, source: int = 0) -> list[Sentence]:
    """Split ``text`` into :class:`Sentence` records with razdel (for notebooks and tests).

    Paragraphs are lines; a short line without final punctuation starts a new section
    (``sec<n>``); everything after a references heading is dropped.
    """
    from razdel import sentenize

    out: list[Sentence] = []
    sec = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\r\n")
        pos += len(line)
        if not body.strip():
            continue
        if _REF_HEADING.match(body):
            break
        if len(body) < 120 and not body.rstrip().endswith((".", ":", ";", ",")):
            sec += 1
        for sent in sentenize(body):
            st = start + sent.start
            out.append(Sentence(f"s{len(out)}", source, f"sec{sec}", lang or guess_lang(sent.text), st, st + len(sent.text)))
    return out


def extract_from_text(text: str, lang: str | None = None) -> ExtractionResult:
    """Convenience: split ``text`` simply and extract its entities (offsets index ``text``)."""
    return extract_entities([text], simple_sentences(text, lang))
