"""Batch throughput, memory and the cost of a cold parse, in one run.

    python benchmarks/batch_throughput.py [--rss-scale 10] [--repeat 3]

1. Throughput: ``secretome-nlp batch corpus/ --workers 1`` and ``--workers 2`` (the real
   command, outputs written, Parquet tables), each in a fresh process; articles/s and
   tokens/s over wall time including worker start-up. Every article is new to the process.
   A control runs the same pool on pure CPU work: on a shared machine it shows the speedup
   that 2 processes can get at that moment. The pair is repeated on the ×N corpus of (2),
   where the serial start-up weighs less (repeated text: caches warm, labelled so).
2. Peak memory: the same command (2 workers) on the corpus ×1 and ×N (renamed copies),
   the whole process tree sampled every 50 ms: the largest sum of PSS over all processes
   (workers share the fork server's pages; RSS would count them once per process) and
   the largest RSS of a single process.
3. Cold parse cost: in fresh processes, each corpus job parsed once (text the process has
   never parsed), against spaCy ``blank("ru")`` tokenisation + pymorphy3's first parse of
   every token, and against the tokenisation alone, on the same texts. CPU time of the
   process (the machine is shared; wall time would measure the neighbours); one-off model
   loading (dictionaries, weights, langdetect profiles) is done before timing, on a short
   text that is not in the corpus. Ratios above
   1 mean the full parse is faster. Median of ``--repeat`` fresh processes.

Writes ``benchmarks/results/batch_throughput.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "batch_throughput.json"

_COLD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
mode, jobs = sys.argv[2], json.loads(sys.argv[3])
texts = [[open(p, encoding="utf-8").read() for p in job] for job in jobs]
# Touches every one-off load: the lemmatiser, the entity lexicon, the repair stage's
# dictionary check (a word hyphenated across lines) and, below, langdetect's profiles.
WARM = ("Введение. Проверка работы анализатора на коротком тексте о клетках, способных диффе-\n"
        "ренцироваться под действием ИЛ-6.\n\nIntroduction. A short English check sentence about cells.")
if mode == "parse":
    from secretome_nlp import parse
    def run(parts):
        parse(*parts)
else:
    import spacy
    nlp = spacy.blank("ru")
    if mode == "spacy+pymorphy3":
        import pymorphy3
        morph = pymorphy3.MorphAnalyzer()
        def run(parts):
            for text in parts:
                for token in nlp.make_doc(text):
                    morph.parse(token.text)[0].normal_form
    else:
        def run(parts):
            for text in parts:
                nlp.make_doc(text)
if mode == "parse":
    parse(WARM, allow_truncated=True)
    # langdetect's profiles load on its first call (a one-off, like the models above); the
    # warm-up text is decided by script alone, so load them here.
    from secretome_nlp.langid import _langdetect
    _langdetect("Texte court en français pour charger les profils de langue.")
else:
    run([WARM])
t = time.process_time()
for parts in texts:
    run(parts)
print(time.process_time() - t)
"""

_SUMMARY = re.compile(r"^(\d+) articles, (\d+) failed, (?:\d+ with warnings, )?(\d+) tokens, (\d+) entities, ([\d.]+) s")


def copies(dest: Path, scale: int) -> Path:
    """``scale`` copies of corpus/ under ``dest``, renamed so that every article has its own doc_id."""
    for k in range(scale):
        for f in (ROOT / "corpus").rglob("*.txt"):
            stem, lang = (f.stem[:-3], f.stem[-3:]) if f.stem.endswith(("_ru", "_en")) else (f.stem, "")
            shutil.copy(f, dest / f"{stem}-x{k}{lang}.txt")
    return dest


def run_batch(src: Path, workers: int) -> dict:
    """One ``secretome-nlp batch`` run; its summary and the peak RSS of its process tree."""
    import psutil

    out = Path(tempfile.mkdtemp(prefix="bt-out-"))
    cmd = [sys.executable, "-m", "secretome_nlp", "batch", str(src), "--out", str(out), "--workers", str(workers),
           "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    root = psutil.Process(proc.pid)
    peak_sum = peak_one = 0
    cpu: dict[int, float] = {}  # last CPU time seen per process of the tree
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            pss, rss = [], []
            for p in tree:
                try:
                    info = p.memory_full_info()
                    pss.append(info.pss)
                    rss.append(info.rss)
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
            peak_sum, peak_one = max(peak_sum, sum(pss)), max(peak_one, max(rss, default=0))
        except psutil.Error:
            pass
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    m = _SUMMARY.match(stdout)
    if proc.returncode != 0 or not m:
        raise SystemExit(f"batch failed ({proc.returncode}): {stdout}{stderr}")
    articles, failed, tokens, entities, seconds = int(m[1]), int(m[2]), int(m[3]), int(m[4]), float(m[5])
    return {"workers": workers, "articles": articles, "failed": failed, "tokens": tokens, "entities": entities,
            "seconds": seconds, "process_wall_seconds": round(wall, 2),
            "articles_per_second": round(articles / seconds, 1), "tokens_per_second": round(tokens / seconds),
            "peak_pss_tree_mib": round(peak_sum / 2**20, 1), "peak_rss_process_mib": round(peak_one / 2**20, 1),
            # CPU of the whole tree (sampled, so the last 50 ms of each process may be missing):
            # independent of the neighbours, it shows what parallelism costs in work.
            "tree_cpu_seconds": round(sum(cpu.values()), 2)}


def burn(_: int) -> int:
    """0.1 s of pure CPU work (the parallelism control)."""
    t, x = time.process_time(), 0
    while time.process_time() - t < 0.1:
        x += 1
    return x


def available_speedup() -> dict:
    """What 2 processes gain over 1 on this machine right now, on pure CPU work.

    The machine is shared: when other jobs hold the cores, no pool can reach 2×. The
    same pool runs 60 × 0.1 s of busy loop with 1 and 2 workers.
    """
    sys.path.insert(0, str(ROOT / "src"))
    from secretome_nlp.batch.pool import WorkerPool

    seconds = {}
    for workers in (1, 2):
        t = time.perf_counter()
        list(WorkerPool(burn, workers).run(range(60)))
        seconds[workers] = time.perf_counter() - t
    return {"seconds_1": round(seconds[1], 2), "seconds_2": round(seconds[2], 2),
            "speedup_2_vs_1": round(seconds[1] / seconds[2], 2)}


def cold_costs(repeat: int) -> dict:
    """CPU seconds of the three cold measurements (median of ``repeat`` fresh processes)."""
    sys.path.insert(0, str(ROOT / "src"))
    from secretome_nlp.batch import discover

    jobs = json.dumps(discover([ROOT / "corpus"]))
    seconds: dict[str, list[float]] = {"parse": [], "spacy+pymorphy3": [], "spacy": []}
    for _ in range(repeat):
        for mode in seconds:
            out = subprocess.run([sys.executable, "-c", _COLD, str(ROOT / "src"), mode, jobs], capture_output=True,
                                 text=True, check=True).stdout
            seconds[mode].append(float(out.strip().splitlines()[-1]))
    med = {mode: statistics.median(v) for mode, v in seconds.items()}
    return {"cpu_seconds_median": {k: round(v, 3) for k, v in med.items()},
            "cpu_seconds_all": {k: [round(x, 3) for x in v] for k, v in seconds.items()},
            "ratio_vs_spacy_pymorphy3": round(med["spacy+pymorphy3"] / med["parse"], 3),
            "ratio_vs_spacy_tokenisation": round(med["spacy"] / med["parse"], 3),
            "goals": {"ratio_vs_spacy_pymorphy3": 1.0, "ratio_vs_spacy_tokenisation": 0.25}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rss-scale", type=int, default=10, help="corpus copies for the memory run")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per cold measurement")
    args = ap.parse_args()
    results: dict = {"machine": {"cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()}}
    with tempfile.TemporaryDirectory(prefix="bt-src-") as tmp:
        (Path(tmp) / "x1").mkdir()
        one = copies(Path(tmp) / "x1", 1)
        w1, w2 = run_batch(one, 1), run_batch(one, 2)
        control = available_speedup()
        results["throughput"] = {"workers=1": w1, "workers=2": w2,
                                 "speedup_2_vs_1": round(w2["articles_per_second"] / w1["articles_per_second"], 2),
                                 "goal_speedup": 1.8, "control_pure_cpu": control,
                                 # Work done with 2 workers relative to 1: near 1.0 means parallelism costs
                                 # no extra CPU, so on 2 idle cores the speedup approaches 2.
                                 "cpu_ratio_2_vs_1": round(w2["tree_cpu_seconds"] / w1["tree_cpu_seconds"], 2)}
        print(f"throughput: 1 worker {w1['articles_per_second']} articles/s, {w1['tokens_per_second']} tokens/s; "
              f"2 workers {w2['articles_per_second']} articles/s, {w2['tokens_per_second']} tokens/s "
              f"(×{results['throughput']['speedup_2_vs_1']}; the same pool on pure CPU work: "
              f"×{control['speedup_2_vs_1']}; CPU of the whole tree {w1['tree_cpu_seconds']} s vs "
              f"{w2['tree_cpu_seconds']} s)")
        (Path(tmp) / "xN").mkdir()
        big = copies(Path(tmp) / "xN", args.rss_scale)
        rss_n = run_batch(big, 2)
        # The same pair of runs on the ×N corpus: start-up (serial: the fork server loads the
        # models once) weighs less, so this is nearer the steady state. The copies repeat the
        # same text, so per-form caches are warm here: label these figures as such.
        big_1 = run_batch(big, 1)
        results["throughput_at_scale_repeated_text"] = {
            "workers=1": big_1, "workers=2": rss_n,
            "speedup_2_vs_1": round(rss_n["articles_per_second"] / big_1["articles_per_second"], 2),
            "cpu_ratio_2_vs_1": round(rss_n["tree_cpu_seconds"] / big_1["tree_cpu_seconds"], 2)}
        print(f"×{args.rss_scale} corpus (repeated text, warm caches): 1 worker {big_1['articles_per_second']} "
              f"articles/s, 2 workers {rss_n['articles_per_second']} articles/s "
              f"(×{results['throughput_at_scale_repeated_text']['speedup_2_vs_1']})")
        results["memory"] = {"scale=1": w2, f"scale={args.rss_scale}": rss_n,
                             "tree_ratio": round(rss_n["peak_pss_tree_mib"] / w2["peak_pss_tree_mib"], 3),
                             "process_ratio": round(rss_n["peak_rss_process_mib"] / w2["peak_rss_process_mib"], 3),
                             "goal_ratio": 1.2}
        print(f"peak memory (2 workers, whole tree, PSS): ×1 {w2['peak_pss_tree_mib']} MiB, ×{args.rss_scale} "
              f"{rss_n['peak_pss_tree_mib']} MiB (ratio {results['memory']['tree_ratio']}); largest process RSS "
              f"{w2['peak_rss_process_mib']} → {rss_n['peak_rss_process_mib']} MiB")
    results["cold_parse"] = cold_costs(args.repeat)
    c = results["cold_parse"]
    print(f"cold parse, CPU s: parse {c['cpu_seconds_median']['parse']}, spaCy+pymorphy3 "
          f"{c['cpu_seconds_median']['spacy+pymorphy3']}, spaCy tokenisation {c['cpu_seconds_median']['spacy']}; "
          f"ratio vs spaCy+pymorphy3 {c['ratio_vs_spacy_pymorphy3']} (goal ≥ 1.0), "
          f"vs tokenisation {c['ratio_vs_spacy_tokenisation']} (goal ≥ 0.25)")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
