"""Throughput and peak memory of the full pipeline over ``corpus/`` with 1 and 2 workers.

    python benchmarks/batch_throughput.py [--repeat N]

Each setting runs in a fresh interpreter so that caches and peak RSS are not shared;
peak RSS is the largest resident set of the parent or any worker (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from secretome_nlp.batch import discover, parse_many
jobs = discover([sys.argv[2]]) * int(sys.argv[4])
t = time.perf_counter()
results = list(parse_many(jobs, workers=int(sys.argv[3])))
elapsed = time.perf_counter() - t
chars = sum(len(s.text) for r in results if r.ok for s in r.article.sources)
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"articles": len(results), "failed": sum(not r.ok for r in results), "seconds": round(elapsed, 2),
                  "articles_per_second": round(len(results) / elapsed, 1),
                  "chars_per_second": round(chars / elapsed), "peak_rss_mib": round(rss / 1024, 1)}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="parse the corpus this many times per run")
    args = ap.parse_args()
    results = {}
    for workers in (1, 2):
        out = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT / "src"), str(ROOT / "corpus"), str(workers),
                              str(args.repeat)], capture_output=True, text=True, check=True).stdout
        results[f"workers={workers}"] = json.loads(out)
        print(f"workers={workers}: {results[f'workers={workers}']}")
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "batch_throughput.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
