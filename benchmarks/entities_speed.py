"""Cost of entity extraction on text the process has not seen: time, lexicon load, memory.

Usage (from the repository root)::

    python benchmarks/entities_speed.py

Three fresh processes, so that no cache helps:

* ``without``: ``parse(..., entities=False)`` over every corpus article, once;
* ``with``: ``parse(...)`` (entities on) over the same articles, once;
* ``load``: import the package and build the default :class:`EntityExtractor` (the
  compiled lexicon), timed from a cold start.

Each of the first two processes first parses two sentences of its own (not from the corpus)
so that one-off start-up — loading pymorphy3's dictionaries, the lemmatiser, langdetect's
profiles, and in ``with`` the lexicon — is not charged to the corpus; the lexicon load is reported on its
own by ``load``.  Parse times are the CPU time of the process (the machine is shared: wall time
would measure the neighbours), the median of ``--repeat`` fresh processes.  Reported: the overhead ``(with − without) / without``, the cold lexicon
load in seconds, and the growth of peak RSS (``with`` − ``without``).  Targets (#8): ≤ 30 %,
< 1 s, ≤ 150 MiB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, {src!r})
mode = sys.argv[1]
if mode == "load":
    t = time.perf_counter()
    import secretome_nlp
    from secretome_nlp.entities import EntityExtractor
    EntityExtractor()
    print(json.dumps({{"seconds": time.perf_counter() - t,
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
    sys.exit()
import secretome_nlp as sn
entities = mode == "with"
sn.parse("Клетки секретировали цитокины и факторы роста в культуральную среду.\n\n"
         "Cells secreted cytokines and growth factors into the medium.", entities=entities)
# langdetect's profiles load on its first call, a one-off like the models (both modes use it)
from secretome_nlp.langid import _langdetect
_langdetect("Texte court en français pour charger les profils de langue.")
jobs = json.loads(sys.argv[2])
t = time.process_time()
sentences = 0
for job in jobs:
    sentences += len(sn.parse(*job, entities=entities, allow_truncated=True).sentences)
print(json.dumps({{"seconds": time.process_time() - t, "sentences": sentences,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def corpus_jobs() -> list[list[str]]:
    """The seed, then each abstract pair (ru, en)."""
    out = [[str(ROOT / "corpus/eremin-2025-cellular-secretome-review.txt")]]
    for ru in sorted((ROOT / "corpus/abstracts").glob("*_ru.txt")):
        en = ru.with_name(ru.name.replace("_ru", "_en"))
        if en.exists():
            out.append([str(ru), str(en)])
    return out


def run(mode: str, jobs: list[list[str]]) -> dict:
    """One fresh worker process."""
    code = _WORKER.format(src=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", code, mode, json.dumps(jobs)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/entities_speed.json")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per mode (the median is reported)")
    args = ap.parse_args()
    jobs = corpus_jobs()
    runs: dict[str, list[dict]] = {"without": [], "with": [], "load": []}
    for _ in range(args.repeat):
        for mode in runs:
            runs[mode].append(run(mode, jobs))
    without, with_, load = (sorted(runs[m], key=lambda r: r["seconds"])[len(runs[m]) // 2] for m in runs)
    out = {
        "articles": len(jobs), "sentences": with_["sentences"],
        "parse_without_entities_s": round(without["seconds"], 3), "parse_with_entities_s": round(with_["seconds"], 3),
        "overhead": round((with_["seconds"] - without["seconds"]) / without["seconds"], 4),
        "lexicon_cold_load_s": round(load["seconds"], 3),
        "peak_rss_without_mib": round(without["rss_mib"], 1), "peak_rss_with_mib": round(with_["rss_mib"], 1),
        "peak_rss_growth_mib": round(with_["rss_mib"] - without["rss_mib"], 1),
        "note": "each figure from a fresh process on text it has not parsed before; parse times are CPU seconds "
                "of the process (the machine is shared), the median of --repeat processes; the load is wall time",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
