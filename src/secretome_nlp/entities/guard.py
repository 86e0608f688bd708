"""Context for ambiguous symbols: with all of HGNC loaded, ``MET``, ``CAT``, ``SET``,
``REST``, ``CAD`` or ``MCI`` are words or clinical abbreviations far more often than genes.

A *guarded* candidate (a symbol the lexicon build flagged: an English word, a disease or
phenotype abbreviation from DOID/HPO/MONDO, or a bare symbol of three letters or fewer)
counts only when its sentence gives biomedical context:

* a type head noun right next to it (``ген MET``, ``MET receptor``, ``белок CAT``), or allele
  notation after it (``DBH*444``);
* another protein, receptor or cell mention that is not guarded in the same sentence;
* a molecular-biology cue word in the sentence (expression, mRNA, ген, экспрессия, генотип …); for a
  cell-type symbol also a cell cue word (клетки, лимфоциты, популяция, cytometry …);
* an article-local definition (``… каталазы (CAT)``), handled by the extractor's second pass.
"""

from __future__ import annotations

import re
from typing import Sequence

from .matcher import Candidate
from .normalize import is_cyrillic, ru_key
from .ru_names import skeleton

__all__ = ["has_context", "CUE_WORDS", "CELL_CUE_WORDS", "cue_key"]

#: Lemma keys that make a sentence about genes and proteins.
CUE_WORDS = frozenset({
    "ген", "gene", "белок", "protein", "экспрессия", "expression", "express", "мрнк", "mrna", "рнк", "rna",
    "рецептор", "receptor", "фермент", "enzyme", "киназа", "kinase", "ингибитор", "inhibitor", "антитело",
    "antibody", "мутация", "mutation", "полиморфизм", "polymorphism", "аллель", "allele", "сигнальный",
    "signaling", "signalling", "pathway", "лиганд", "ligand", "цитокин", "cytokine", "секреция", "secretion",
    "транскрипция", "transcription", "фосфорилирование", "phosphorylation", "нокаут", "knockout", "изоформа",
    "isoform", "протеин", "плазмида", "plasmid", "трансфекция", "transfection", "сиквенс", "sequencing",
    "activity", "активность", "иммуногистохимический", "immunohistochemistry", "вестерн", "western",
    "локус", "locus", "генотип", "genotype", "гаплотип", "haplotype",
})


def cue_key(word: str) -> str:
    """The key a cue lemma has among a sentence's phrase keys: Russian phrase keys are
    spelling-tolerant skeletons (``экспрессия`` → ``експресия``, see
    :func:`~.ru_names.skeleton`), so the cue list must be keyed the same way or no Russian
    cue word would ever match."""
    return skeleton(ru_key(word)) if is_cyrillic(word) else word


#: Lemma keys that make a sentence about cells: they vouch for a guarded cell-type symbol
#: (``Трег``) only; gene symbols need the molecular cues above.
CELL_CUE_WORDS = frozenset({
    "клетка", "cell", "лимфоцит", "lymphocyte", "популяция", "population", "субпопуляция", "subpopulation",
    "subset", "фенотип", "phenotype", "цитометрия", "cytometry", "дифференцировка", "differentiation",
})

#: :data:`CUE_WORDS` keyed as :func:`~.matcher.phrase_keys` keys the sentence's words.
_CUE_KEYS = frozenset(cue_key(w) for w in CUE_WORDS)
_CELL_CUE_KEYS = frozenset(cue_key(w) for w in CELL_CUE_WORDS)
#: Allele notation right after a symbol: ``DBH*444``, ``CYP2D6*4``, ``HLA-B*27`` name gene variants.
_ALLELE_AFTER = re.compile(r"\*[-\w]")
_HEAD_NEAR = re.compile(r"(?:ген[а-яё]*|белк[а-яё]*|белок|рецептор[а-яё]*|gene|protein|receptor|kinase|киназ[а-яё]*)",
                        re.IGNORECASE)


def has_context(text: str, c: Candidate, sentence_keys: Sequence[str | None],
                others: Sequence[Candidate], types: dict[str, str], bounds: tuple[int, int]) -> bool:
    """True when the sentence ``text[bounds[0]:bounds[1]]`` around guarded candidate ``c`` is
    about genes or proteins."""
    window = text[max(bounds[0], c.start - 25):c.start] + " " + text[c.end:min(bounds[1], c.end + 25)]
    if _HEAD_NEAR.search(window):
        return True
    if _ALLELE_AFTER.match(text, c.end):
        return True
    if any(k in _CUE_KEYS for k in sentence_keys if k):
        return True
    if types.get(c.entity_id) == "CellType" and any(k in _CELL_CUE_KEYS for k in sentence_keys if k):
        return True
    # another mention vouches only when it is a name, or a symbol with a number (IL-6, CD34);
    # a bare letter symbol (PAWP) is as doubtful as the one it would vouch for
    return any(not o.guarded and not o.generic and o is not c
               and (not o.symbol or any(ch.isdigit() for ch in text[o.start:o.end]))
               and types.get(o.entity_id, "") not in ("Tissue", "NucleicAcid", "VesicleType", "Secretome")
               for o in others)
