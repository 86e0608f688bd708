"""Cost of the notebook layer on the corpus: views, spaCy Docs, tables from a batch folder.

For the seed review and every parallel abstract pair in ``corpus/`` (parsed once, untimed):

* ``view_ms``: ``sn.view(article).html`` (the article view, all sections, highlights);
* ``to_spacy_ms``: ``sn.to_spacy(article)`` with one shared blank pipeline (built once, untimed);
* ``folder_frames_s``: ``sn.to_frames(folder)`` over the corpus written as one JSON per article,
  i.e. reading a batch output folder back.

Also checks, for every article, that the view highlights exactly the mentions not nested in
another and that ``to_spacy`` returns one span per mention. Writes
``benchmarks/results/notebook_views.json``.

Usage::

    .venv/bin/python benchmarks/notebook_views.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402

import secretome_nlp as sn  # noqa: E402
from secretome_nlp.batch import discover  # noqa: E402


def outer_count(article: sn.Article) -> int:
    spans = {(m.source, m.start, m.end) for e in article.entities for m in e.mentions}
    return sum(not any(o != s and o[0] == s[0] and o[1] <= s[1] and s[2] <= o[2] for o in spans) for s in spans)


def main() -> None:
    jobs = discover([ROOT / "corpus"])
    articles = [r.article for r in sn.parse_many(jobs, workers=1) if r.ok]
    nlp = spacy.blank("xx")
    view_ms, spacy_ms, bad_views, bad_docs = [], [], [], []
    for a in articles:
        t = time.perf_counter()
        html = sn.view(a).html
        view_ms.append(1000 * (time.perf_counter() - t))
        if html.count('class="sn-ent"') != outer_count(a):
            bad_views.append(a.doc_id)
        t = time.perf_counter()
        docs = sn.to_spacy(a, nlp)
        spacy_ms.append(1000 * (time.perf_counter() - t))
        if sum(len(d.spans["secretome"]) for d in docs) != sum(len(e.mentions) for e in a.entities):
            bad_docs.append(a.doc_id)
    with tempfile.TemporaryDirectory() as tmp:
        for a in articles:
            (Path(tmp) / f"{a.doc_id}.json").write_text(a.to_json(), encoding="utf-8")
        t = time.perf_counter()
        tables = sn.to_frames(tmp)
        folder_s = time.perf_counter() - t
    seed = next(a for a in articles if a.doc_id.startswith("eremin"))
    result = {
        "articles": len(articles),
        "view_ms": {"median": round(statistics.median(view_ms), 2), "max": round(max(view_ms), 2),
                    "seed": round(view_ms[articles.index(seed)], 2)},
        "to_spacy_ms": {"median": round(statistics.median(spacy_ms), 2), "max": round(max(spacy_ms), 2),
                        "seed": round(spacy_ms[articles.index(seed)], 2)},
        "folder_frames_s": round(folder_s, 3),
        "folder_frames_rows": {k: len(v) for k, v in tables.items()},
        "views_with_wrong_highlight_count": bad_views,
        "docs_with_missing_spans": bad_docs,
        "seed_highlighted_mentions": outer_count(seed),
    }
    out = ROOT / "benchmarks" / "results" / "notebook_views.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
