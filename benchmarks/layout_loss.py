"""What survives when the seed article is re-laid (issue #13): sentences, references, resolved
citation markers, entity ids, coverage and warnings per layout.

These are DEVELOPMENT figures: the seed and its layouts were used while building the
fallbacks, so they show that the mechanisms work, not how they do on unseen articles.
The layouts come from ``tests/support/relayout_loss.py``.

    python benchmarks/layout_loss.py      # prints a table, writes results/layout_loss.json
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "support"))

import secretome_nlp as sn  # noqa: E402
from relayout_loss import (crlf, extra_blank_lines, hard_wrap, markdown_headings,  # noqa: E402
                           missing_blank_lines, numbered_headings, odd_headings)

LAYOUTS = {
    "original": lambda t: t,
    "numbered headings": numbered_headings,
    "markdown headings": markdown_headings,
    "odd headings (~~ Part n ~~)": odd_headings,
    "hard-wrapped 72, hyphenated": lambda t: hard_wrap(t, 72, True),
    "hard-wrapped 72": lambda t: hard_wrap(t, 72, False),
    "hard-wrapped 50, hyphenated": lambda t: hard_wrap(t, 50, True),
    "CRLF": crlf,
    "extra blank lines": extra_blank_lines,
    "no blank lines": missing_blank_lines,
    "numbered + wrapped 72 + CRLF": lambda t: crlf(hard_wrap(numbered_headings(t), 72, True)),
}


def main() -> int:
    seed = (ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt").read_text(encoding="utf-8")
    rows = []
    base_ids: set[str] = set()
    for name, relay in LAYOUTS.items():
        started = time.perf_counter()
        article = sn.parse(relay(seed), doc_id="seed")
        ids = {e.id for e in article.entities}
        if name == "original":
            base_ids = ids
        cov = article.coverage[0]
        rows.append({
            "layout": name, "sentences": len(article.sentences), "references": len(article.references),
            "resolved_citations": sum(1 for c in article.citations if c.refs and not c.unresolved),
            "entity_ids": len(ids), "entity_jaccard": round(len(ids & base_ids) / len(ids | base_ids), 4),
            "prose_share": round(cov.share("prose"), 4), "unassigned_share": round(cov.share("unassigned"), 4),
            "warnings": len(article.warnings), "seconds": round(time.perf_counter() - started, 2),
        })
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "layout_loss.json").write_text(
        json.dumps({"note": "development figures (seed used while building)", "rows": rows}, indent=2,
                   ensure_ascii=False) + "\n", encoding="utf-8")
    header = f"{'layout':32} {'sent':>5} {'refs':>5} {'cited':>5} {'ids':>4} {'jacc':>6} {'prose':>6} {'unas':>6} {'warn':>4}"
    print(header)
    for r in rows:
        print(f"{r['layout']:32} {r['sentences']:5} {r['references']:5} {r['resolved_citations']:5} "
              f"{r['entity_ids']:4} {r['entity_jaccard']:6.3f} {r['prose_share']:6.3f} {r['unassigned_share']:6.3f} "
              f"{r['warnings']:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
