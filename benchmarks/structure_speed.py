"""Share of parse time spent on sections and sentence alignment (target: under 10 %).

Parses the seed and the 104 parallel abstracts with the full pipeline (lemmas, entities,
references) ``--rounds`` times after one warm-up round, timing the two stages inside the
pipeline (``split_sections`` and ``align_article``, wrapped where the pipeline calls them)
and sentence splitting for reference.

    python benchmarks/structure_speed.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402
from secretome_nlp import pipeline  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - started
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    pipeline.split_sections = timed("sections", pipeline.split_sections)  # type: ignore[assignment]
    pipeline.align_article = timed("alignment", pipeline.align_article)  # type: ignore[assignment]
    pipeline.split_sentences = timed("sentence splitting", pipeline.split_sentences)  # type: ignore[assignment]
    folder = ROOT / "corpus" / "abstracts"
    jobs: list[tuple[Path, ...]] = [(ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt",)]
    jobs += [(ru, folder / ru.name.replace("_ru.txt", "_en.txt")) for ru in sorted(folder.glob("*_ru.txt"))]
    for job in jobs:  # warm-up: lexicons, models and caches
        sn.parse(*job)
    SPENT.clear()
    started = time.perf_counter()
    for _ in range(args.rounds):
        for job in jobs:
            sn.parse(*job)
    total = time.perf_counter() - started
    share = {k: round(v / total, 4) for k, v in SPENT.items()}
    result = {"articles": len(jobs), "rounds": args.rounds, "parse_seconds": round(total, 2),
              "seconds": {k: round(v, 3) for k, v in SPENT.items()}, "share_of_parse_time": share,
              "sections_plus_alignment_share": round((SPENT["sections"] + SPENT["alignment"]) / total, 4)}
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "structure_speed.json").write_text(json.dumps(result, indent=2))
    print(f"{len(jobs)} articles × {args.rounds}: {total:.1f} s of parsing")
    for k, v in SPENT.items():
        print(f"  {k:20s} {v:6.2f} s  {100 * v / total:5.1f} %")
    print(f"sections + alignment: {100 * result['sections_plus_alignment_share']:.1f} % of parse time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
