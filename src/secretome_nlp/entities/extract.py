"""Orchestration: sentences in, typed entities and abbreviations out."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..records.article import Sentence
from ..records.entities import ENTITY_TYPES, Abbreviation, Entity, Mention, ancestors
from .abbreviations import find_abbreviations
from .families import FamilyMatcher
from .compiled import load_compiled
from .lexicon import LexEntry, Lexicon, load_lexicon
from .guard import has_context
from .matcher import (
    NESTING_TYPES, Candidate, PhraseMatcher, SymbolMatcher, phrase_keys, resolve_overlaps, symbol_surface_key,
)
from .merge import merge_mentions
from ..morphology.analyzer import is_dictionary_word
from .normalize import LemmaCache, guess_lang, is_cyrillic, ru_key, tokenize
from .polarity import polarity_after
from .receptors import find_receptor, receptor_keys, receptor_span, receptor_type_suffix, type_member_keys
from .ru_names import skeleton
from .unresolved import find_unresolved, unresolved_id

__all__ = ["ExtractionResult", "EntityExtractor", "extract_entities", "extract_from_text", "extractor_with",
           "is_reference_like"]

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
#: Types whose mention inside a receptor name means the receptor (derived from the registry).
_LIGAND_TYPES = frozenset(label for label in ENTITY_TYPES
                          if {"Cytokine", "GrowthFactor"} & set(ancestors(label)))
#: An ambiguous symbol glued to the word before it ("Apo-Cas") is part of that word.
_ATTACHED = re.compile(r"\w[-‐]$")
_GLUED_LEVEL = re.compile(r"(?<=\d)(?:low|high|dim|bright|hi|lo)$")
#: Types whose mentions carry an immunophenotype sign (CD73+).
_MARKER_TYPES = frozenset({"SurfaceMarker", "VesicleMarker", "Receptor", "AdhesionMolecule", "Enzyme", "Protein"})
#: The INN variant suffix of a recombinant Greek-lettered protein: interferon beta-1a, alfa-2b.
_INN_VARIANT = re.compile(r"[-‐]?\d[abаб](?![\w])")
_GREEK_END = re.compile(r"(?:[αβγδκ]|alpha|alfa|beta|gamma|альфа|бета|гамма)$", re.IGNORECASE)
#: A class word naming a laboratory method, not a substance: "enzyme immunoassay",
#: "enzyme-linked immunosorbent assay".
_METHOD_AFTER = re.compile(r"[\s-]*(?:immuno)?(?:assays?\b|linked\b|immunosorbent\b)", re.IGNORECASE)
#: Coordinated adjectives before a shared head: "эпидермального, трансформирующего и
#: инсулиноподобного факторов роста".
_ADJ_END = r"(?:ого|его|ой|ей|ых|их|ым|им|ый|ий|ая|яя|ое|ее|ые|ие|ую|юю|ому|ему)"
_ADJ_WORD = re.compile(rf"[а-яё]{{3,}}{_ADJ_END}(?![а-яё])", re.IGNORECASE)
_COORDINATED_ADJ = re.compile(
    rf"(?<![а-яё])(?P<adjs>(?:[а-яё]{{3,}}{_ADJ_END}\s*,\s*)*[а-яё]{{3,}}{_ADJ_END})\s*,?\s+(?:и|или)\s+"
    rf"(?P<last>[а-яё]{{3,}}{_ADJ_END})(?=\s)", re.IGNORECASE)
#: «и» or «или» and the spaces before a word (where the last coordinated adjective starts).
_AFTER_CONJUNCTION = re.compile(r"\s(?:и|или)\s+$", re.IGNORECASE)
#: Graft-origin adjectives before a cell-type name are part of the name («аллогенных
#: мезенхимальных стволовых клеток», «аутологичных (собственных) T-клеток»), optionally
#: with a parenthetical gloss; the name without them stays a nested mention.
_ORIGIN_BEFORE = re.compile(r"(?<![\w-])(?:ауто(?:логичн|генн)|аллоген|аллогенн|сингенн|ксеногенн)[а-яё]*"
                            r"(?:\s+\([а-яё ]{3,30}\))?\s+$", re.IGNORECASE)
#: Suspended hyphen ("T- и B-лимфоцитов", "CD4- and CD8-positive"): the first prefix shares
#: the second word's tail.
_SUSPENDED_HYPHEN = re.compile(
    r"(?<![\w-])(?P<head>[A-Za-zА-Яа-яЁё0-9αβγ]{1,12})-\s*(?:,\s*|\s+(?:и|или|and|or)\s+)"
    r"(?P<second>[A-Za-zА-Яа-яЁё0-9αβγ]{1,12})-(?P<tail>[A-Za-zА-Яа-яЁё]{3,})")


def _local_key(surface: str) -> str:
    """The symbol matcher's key of a short form (hyphens dropped, Greek letters as HGNC
    writes them: ``α2-МГ`` → ``A2МГ``), so that an article-local table of short forms is
    keyed like the text the matcher reads."""
    return symbol_surface_key(surface[a:b] for a, b in tokenize(surface))


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
    ``secretome_nlp.morphology.lemmatize``.  ``extra`` adds entries of your own (see
    :func:`~secretome_nlp.entities.read_user_lexicon` and
    :func:`~secretome_nlp.entities.make_entry`); they win every name and symbol they share
    with the packaged lexicon.  With the packaged lexicon and lemmatiser the matcher tables
    load precompiled (:mod:`.compiled`); a custom ``lexicon`` is compiled in memory.
    """

    def __init__(self, lexicon: Lexicon | None = None,
                 ru_lemmatizer: Callable[[Sequence[str]], list[str]] | None = None,
                 extra: Sequence[LexEntry] = ()) -> None:
        self._lemmas = LemmaCache(ru_lemmatizer)
        tables = load_compiled() if lexicon is None and ru_lemmatizer is None else None
        base = lexicon if lexicon is not None else load_lexicon()
        if tables is not None:
            self._phrases = PhraseMatcher(base, self._lemmas, tables.phrase_trie, tables.phrase_max_len)
            self._symbols = SymbolMatcher(base, tables.symbol_table, tables.symbol_guarded, tables.symbol_approved,
                                          tables.symbol_starts)
        else:
            self._phrases = PhraseMatcher(base, self._lemmas)
            self._symbols = SymbolMatcher(base)
        self.lexicon = base.with_entries(tuple(extra)) if extra else base
        if extra:
            self._phrases.add(extra)
            self._symbols.add(extra)
        self._families = FamilyMatcher()
        self._types = {e.id: e.type for e in self.lexicon.entries}
        #: ids of typed unresolved mentions seen so far → (type, symbol)
        self._unresolved_symbols: dict[str, tuple[str, str]] = {}

    def _lookup_key(self, key: str) -> str | None:
        return self._symbols.table.get(key) or self.lexicon.resolve_symbol(key)

    # -- one sentence -------------------------------------------------------------------
    def _candidates(self, text: str, s: Sentence, spans: list[tuple[int, int]]) -> tuple[list[Candidate], list]:
        """Resolved candidates of one sentence (nested ones included) and its phrase keys."""
        chunk = text[s.start:s.end]
        keys = self._phrases.prefer_vocabulary(text, spans, phrase_keys(text, spans, self._lemmas))
        cands = self._phrases.find(text, spans, keys)
        cands += self._symbols.find(text, spans)
        for h in self._families.find(chunk, s.start):
            eid = self.lexicon.resolve_symbol(h.key)
            if eid is not None:
                entry = self.lexicon.get(eid)
                cands.append(Candidate(h.start, h.end, eid, bool(entry and entry.generic)))
        cands += self._suspended(chunk, s, cands)
        cands += self._coordinated_adjectives(chunk, s, cands)
        receptors = [self._as_receptor(text, c) for c in cands]
        cands = [c for c in receptors if c is not None and not (c.generic and _METHOD_AFTER.match(text, c.end))]
        cands = [self._receptor_type(text, c) for c in cands]
        # what every alternative of the mask needs: the regex runs only on the few sentences that have it
        maskable = "@" in chunk or "://" in chunk or "www." in chunk or "10." in chunk or "doi" in chunk.lower()
        masks = [(m.start() + s.start, m.end() + s.start) for m in _MASK_RE.finditer(chunk)] if maskable else []
        if masks:
            cands = [c for c in cands if not any(c.start < e and a < c.end for a, e in masks)]
        cands += self._unresolved(text, s, cands)
        cands += self._origin_extended(text, s, cands)
        cands = self._homonyms(text, s, spans, keys, cands)
        kept = resolve_overlaps(cands, self._types)
        return self._not_entities(text, kept + self._families_in_members(cands, kept)), keys

    def _families_in_members(self, cands: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """A family word inside the name of one of its members («каспазы» in «каспазы-8»,
        "caspase" in "caspase-8") is kept as a nested mention of the family, as a cell word
        is inside a cell-type name."""
        out: list[Candidate] = []
        members = [t for t in kept if t.entity_id.startswith("HGNC:")]
        if not members:
            return out
        for c in cands:
            if c in kept or c.generic or c.symbol or not c.entity_id.startswith("FPLX:"):
                continue
            outer = [t for t in kept if t.start < c.end and c.start < t.end]
            if (len(outer) == 1 and outer[0] in members and outer[0].start <= c.start and c.end <= outer[0].end
                    and (outer[0].end - outer[0].start) > (c.end - c.start)
                    and self._is_member(outer[0].entity_id, c.entity_id) and c not in out):
                out.append(c)
        return out

    def _is_member(self, gene_id: str, family_id: str) -> bool:
        gene, family = self.lexicon.get(gene_id), self.lexicon.get(family_id)
        if gene is None or family is None:
            return False
        members = dict(family.xrefs).get("hgnc_members", "")
        return gene.symbol in members.split(",")

    def _not_entities(self, text: str, kept: list[Candidate]) -> list[Candidate]:
        """Kept mentions that the words right after them show to be something else: a relational
        adjective of a cell type or tissue before a protein names where the protein comes from
        («тромбоцитарной глутаматдегидрогеназы», "leukocyte elastase"), not a cell mention; a
        Greek-lettered protein with an INN variant suffix («интерферон бета-1b», "interferon alfa-2a") is a drug."""
        drop: list[tuple[int, int]] = []
        for i, c in enumerate(kept):
            after = text[c.end:c.end + 12]
            if c.adjective and self._types.get(c.entity_id) in NESTING_TYPES:
                nxt = next((n for n in kept[i + 1:] if n.start >= c.end), None)
                if (nxt is not None and not nxt.generic and not text[c.end:nxt.start].strip()
                        and self._types.get(nxt.entity_id) not in NESTING_TYPES):
                    drop.append((c.start, c.end))
            elif not c.generic and _GREEK_END.search(text[c.start:c.end]) and _INN_VARIANT.match(after):
                drop.append((c.start, c.end))
        if not drop:
            return kept
        return [c for c in kept if not any(a <= c.start and c.end <= b for a, b in drop)]

    def _homonyms(self, text: str, s: Sentence, spans: list[tuple[int, int]], keys: list,
                  cands: list[Candidate]) -> list[Candidate]:
        """A one-word Russian name that the sentence's context reads as another word («с
        секретом»: секрет, not секретом) is treated like an ambiguous symbol: it needs
        biomedical context (see :mod:`.guard`)."""
        single = {spans[i][0]: keys[i] for i in range(len(spans)) if keys[i] is not None}
        # only a word the dictionary knows can be read as another word («секретом»; not «миометрия»)
        suspects = [c for c in cands if not c.symbol and c.start in single and is_cyrillic(text[c.start:c.end])
                    and " " not in text[c.start:c.end] and "-" not in text[c.start:c.end]
                    and is_dictionary_word(text[c.start:c.end].lower())]
        if not suspects:
            return cands
        context = self._context_keys(text, s, spans)
        out = []
        for c in cands:
            if c in suspects and context.get(c.start) not in (None, single[c.start]) \
                    and context.get(c.start) not in self._phrases.vocabulary:
                c = dataclasses.replace(c, guarded=True)
            out.append(c)
        return out

    def _context_keys(self, text: str, s: Sentence, spans: list[tuple[int, int]]) -> dict[int, str]:
        """Token start → key of its lemma chosen in the context of the whole sentence (the
        pipeline's lemmas when it computed them, else the lemmatiser on the sentence)."""
        if s.lemmas and s.tokens:
            pairs = zip((a for a, _ in s.tokens), s.lemmas)
            words = {a: text[a:b] for a, b in s.tokens}
        else:
            from ..morphology import lemmatize

            toks = [text[a:b] for a, b in spans]
            pairs = zip((a for a, _ in spans), lemmatize(toks, lang="ru"))
            words = {a: text[a:b] for a, b in spans}
        return {a: skeleton(ru_key(lem, words[a])) for a, lem in pairs if lem and is_cyrillic(words[a])}

    def _unresolved(self, text: str, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Typed protein-shaped names no source resolves (see :mod:`.unresolved`)."""
        out = []
        for h in find_unresolved(text, s.start, s.end):
            if any(c.start < h.end and h.start < c.end and not c.generic for c in found):
                continue
            eid = unresolved_id(h.type, h.symbol)
            self._types.setdefault(eid, h.type)
            self._unresolved_symbols.setdefault(eid, (h.type, h.symbol))
            out.append(Candidate(h.start, h.end, eid))
        return out

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
            hits, _ = self._candidates(word, probe, tokenize(word, 0))
            for h in hits:
                if h.start == 0 and h.end == len(word):
                    out.append(Candidate(s.start + m.start("head"), s.start + m.end("head"),
                                         h.entity_id, h.generic))
        return out

    def _coordinated_adjectives(self, chunk: str, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Adjectives that share the head of the next name: «эпидермального и трансформирующего
        факторов роста» names EGF with «эпидермального» alone.

        Each earlier adjective is tried with the last one's head (``эпидермального факторов
        роста``); when that phrase is a whole name, the adjective becomes its mention.
        """
        out: list[Candidate] = []
        if " и " not in chunk and " или " not in chunk:
            return out
        # a coordination counts only before a name (its head): without one, no scan
        if not any(not c.generic and _AFTER_CONJUNCTION.search(chunk, 0, c.start - s.start) for c in found):
            return out
        for m in _COORDINATED_ADJ.finditer(chunk):
            last_start = s.start + m.start("last")
            head = next((c for c in found if c.start == last_start and not c.generic), None)
            if head is None:
                continue
            tail = chunk[m.end("last"):head.end - s.start]
            for adj in _ADJ_WORD.finditer(m.group("adjs")):
                word = adj.group(0) + tail
                probe = Sentence(s.id, s.source, s.section, s.lang, 0, len(word))
                hits, _ = self._candidates(word, probe, tokenize(word, 0))
                whole = [h for h in hits if h.start == 0 and h.end == len(word) and not h.generic]
                if whole:
                    a = s.start + m.start("adjs") + adj.start()
                    out.append(Candidate(a, a + len(adj.group(0)), whole[0].entity_id))
        return out

    def _as_receptor(self, text: str, c: Candidate) -> Candidate | None:
        """A ligand named as part of its receptor becomes that receptor ("IL-6 receptor",
        "рецептора интерлейкина-6" → IL6R); ``None`` when the receptor is unknown (the
        unresolved pass then reports it as a receptor)."""
        entry = self.lexicon.get(c.entity_id)
        if entry is None or entry.type not in _LIGAND_TYPES:
            return c
        span = receptor_span(text, c)
        if span is None:
            return c
        surface = symbol_surface_key(text[a:b] for a, b in tokenize(text[c.start:c.end]))
        rid = find_receptor(receptor_keys(surface, entry.symbol), self._lookup_key)
        if rid is None:
            return None
        return Candidate(span[0], span[1], rid)

    def _origin_extended(self, text: str, s: Sentence, cands: list[Candidate]) -> list[Candidate]:
        """A cell-type mention preceded by a graft-origin adjective, extended over it."""
        out = []
        for c in cands:
            if c.generic or self._types.get(c.entity_id) != "CellType":
                continue
            m = _ORIGIN_BEFORE.search(text, max(s.start, c.start - 60), c.start)
            if m:
                out.append(Candidate(m.start(), c.end, c.entity_id))
        return out

    def _receptor_type(self, text: str, c: Candidate) -> Candidate:
        """A Russian receptor name takes the numeral of its ligand («рецепторов ангиотензина
        II») and its type («… 1-го типа», «типа А»): the type resolves a family or a sibling
        to the member of that number (AGTR → AGTR1, IL1R1 → IL1R2)."""
        if c.symbol or c.generic or self._types.get(c.entity_id) != "Receptor" or not is_cyrillic(text[c.start:c.end]):
            return c
        lig_end, end, code = receptor_type_suffix(text, c.end)
        if code is None:
            return dataclasses.replace(c, end=end) if end != c.end else c
        entry = self.lexicon.get(c.entity_id)
        rid = find_receptor(type_member_keys(entry.symbol, code), self._lookup_key) if entry else None
        if rid is None or self._types.get(rid) != "Receptor":
            return dataclasses.replace(c, end=lig_end) if lig_end != c.end else c
        return Candidate(c.start, end, rid, c.generic)

    # -- documents ----------------------------------------------------------------------
    def extract(self, texts: Sequence[str], sentences: Sequence[Sentence]) -> ExtractionResult:
        """Entities and abbreviations of one article: ``texts[s]`` is source ``s``'s text.

        Two passes: the first matches the lexicon and collects abbreviation definitions;
        the second looks the article-local short forms (КС, ЖТ, ВВ …) up everywhere and
        admits the ambiguous symbols (MET, CAT …) that have context or a local definition.
        """
        per_sentence: list[tuple[Sentence, list[tuple[int, int]], list[Candidate], list]] = []
        abbrevs: list[Abbreviation] = []
        for s in sentences:
            text = texts[s.source]
            if any(k in s.section for k in _SKIP_SECTIONS) or is_reference_like(text[s.start:s.end]):
                continue
            spans = tokenize(text[s.start:s.end], s.start)
            found, keys = self._candidates(text, s, spans)
            per_sentence.append((s, spans, found, keys))
            abbrevs += find_abbreviations(text, s.start, s.end, s.source, s.lang, found, self._symbols.table)

        local: dict[str, str] = {}
        for ab in abbrevs:
            if ab.entity_id is None:
                continue
            local.setdefault(ab.short, ab.entity_id)
            if ab.short[-1:].isupper() and re.fullmatch(r"[A-Za-z0-9-]+", ab.short):
                local.setdefault(ab.short + "s", ab.entity_id)  # EV → EVs, MSC → MSCs
        local = {_local_key(k): v for k, v in local.items()}
        # A short form the article defines as something that is no entity ("pulmonary artery
        # wedge pressure (PAWP)") is that thing everywhere in the article, not a gene symbol.
        taken = {_local_key(ab.short) for ab in abbrevs if ab.entity_id is None} - set(local)

        kept: list[tuple[Sentence, list[Candidate]]] = []
        #: (symbol, id) of guarded symbols the article admits somewhere; (sentence index, candidate)
        #: of those a sentence alone did not admit
        admitted: set[tuple[str, str]] = set()
        doubtful: list[tuple[int, Candidate]] = []
        for s, spans, found, keys in per_sentence:
            text = texts[s.source]
            if local:
                extra = self._symbols.find(text, spans, only=local)
                if extra:
                    found = resolve_overlaps(found + extra, self._types)
            if taken:
                found = [c for c in found if not (c.symbol and _local_key(text[c.start:c.end]) in taken)]
            defined = {_local_key(text[c.start:c.end]) for c in found} & set(local)
            sure = []
            for c in found:
                if not c.guarded:
                    sure.append(c)
                    continue
                key = _local_key(text[c.start:c.end])
                free = not _ATTACHED.search(text, max(s.start, c.start - 2), c.start)
                if key in defined or (free and has_context(text, c, keys, found, self._types, (s.start, s.end))):
                    sure.append(c)
                    admitted.add((key, c.entity_id))
                elif free:
                    doubtful.append((len(kept), c))
            kept.append((s, sure))
        # One sense per article: a guarded symbol admitted by the context of one sentence is the
        # same entity where the article uses it again without that context.
        for k, c in doubtful:
            s = kept[k][0]
            if (_local_key(texts[s.source][c.start:c.end]), c.entity_id) in admitted:
                kept[k][1].append(c)

        pairs: list[tuple[str, Mention]] = []
        for s, found in kept:
            text = texts[s.source]
            for c in sorted(found, key=lambda c: (c.start, c.end)):
                polarity, end = None, c.end
                surface = text[c.start:c.end]
                if self._types.get(c.entity_id) in _MARKER_TYPES and " " not in surface:
                    glued = _GLUED_LEVEL.search(surface)
                    if glued:  # CD14low: the level is the polarity, not part of the name
                        polarity, end = glued.group(0).lower().replace("hi", "high").replace("highgh", "high"), \
                            c.start + glued.start()
                        polarity = {"lo": "low"}.get(polarity, polarity)
                    else:
                        polarity, _ = polarity_after(text, c.end)
                pairs.append((c.entity_id, Mention(s.source, c.start, end, text[c.start:end], s.lang,
                                                   s.section, s.id, polarity=polarity)))
        return ExtractionResult(merge_mentions(self.lexicon, pairs, self._unresolved_symbols), tuple(abbrevs))


@functools.lru_cache(maxsize=1)
def _default_extractor() -> EntityExtractor:
    """The shared extractor, built on first use (compiling the matchers takes ~0.2 s)."""
    return EntityExtractor()


@functools.lru_cache(maxsize=8)
def extractor_with(lexicons: tuple[str, ...] = ()) -> EntityExtractor:
    """The shared extractor plus the entries of user lexicon files (built once per set of
    paths and process; ``()`` is the default extractor)."""
    if not lexicons:
        return _default_extractor()
    from .lexicon import read_user_lexicon

    extra = [e for path in lexicons for e in read_user_lexicon(path)]
    return EntityExtractor(extra=extra)


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
