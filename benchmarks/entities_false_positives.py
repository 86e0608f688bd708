"""False entities on text that is not biomedical: UD Russian GSD (news and wiki) and the
non-biomedical parts of articles (author information, affiliations, references, citation).

Usage::

    python benchmarks/entities_false_positives.py [--ud ../shared/data/ud-russian-gsd/ru_gsd-ud-dev.conllu]

Every *specific* mention the extractor reports on UD GSD is counted as false: the treebank
is news and encyclopaedia text, and the few sentences there that do name a cell, tissue or
protein are listed in the output so that a reader can see them.  The rate is per 10,000
tokens (UD tokens, punctuation included).  For articles, the count is of mentions whose
sentence lies in an author, affiliation, reference, citation or correspondence section of
the corpus articles (the extractor skips those sections by design: this checks it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402
from secretome_nlp.entities import EntityExtractor  # noqa: E402
from secretome_nlp.entities.extract import simple_sentences  # noqa: E402

UD = ROOT.parent / "shared/data/ud-russian-gsd/ru_gsd-ud-dev.conllu"
NON_BIO = ("authors", "affiliations", "references", "citation", "correspondence", "author_info", "dates")


def ud_sentences(path: Path) -> tuple[list[str], int]:
    """Sentence texts and the token count of a CoNLL-U file."""
    texts, tokens = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            texts.append(line[len("# text = "):])
        elif line and line[0].isdigit() and "\t" in line and "-" not in line.split("\t")[0] and "." not in line.split("\t")[0]:
            tokens += 1
    return texts, tokens


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", type=Path, default=UD)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/entities_false_positives.json")
    args = ap.parse_args()
    ex = EntityExtractor()
    result: dict = {}
    if args.ud.exists():
        texts, tokens = ud_sentences(args.ud)
        found = []
        for t in texts:
            res = ex.extract([t], simple_sentences(t, "ru"))
            for e in res.entities:
                if e.generic:
                    continue
                for m in e.mentions:
                    found.append({"text": m.text, "id": e.id, "class": e.label, "sentence": t})
        result["ud_gsd_dev"] = {"sentences": len(texts), "tokens": tokens, "specific_mentions": len(found),
                                "per_10k_tokens": round(10000 * len(found) / tokens, 2), "mentions": found}
        print(f"UD GSD dev: {len(found)} specific mentions in {tokens} tokens = "
              f"{10000 * len(found) / tokens:.2f} per 10k")
        for f in found:
            print(f"   {f['text']!r} {f['id']} {f['class']}: {f['sentence'][:100]}")
    corpus = [str(ROOT / "corpus/eremin-2025-cellular-secretome-review.txt")]
    bad = []
    for path in corpus + sorted(str(p) for p in (ROOT / "corpus/abstracts").glob("*_ru.txt")):
        paths = [path] if path.endswith("review.txt") else [path, path.replace("_ru.txt", "_en.txt")]
        article = sn.parse(*paths, allow_truncated=True)
        kinds = {s.id: s.kind for s in article.sections}
        for e in article.entities:
            for m in e.mentions:
                if kinds.get(m.section) in NON_BIO:
                    bad.append({"doc": article.doc_id, "text": m.text, "id": e.id, "section": m.section})
    result["article_non_biomedical_sections"] = {"articles": len(corpus) + 104, "mentions": len(bad), "items": bad}
    print(f"Mentions in author/affiliation/reference/citation sections of the corpus: {len(bad)}")
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
