"""Helpers shared by the batch tests: a small corpus, the CLI in a subprocess, output read-back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FAST_FLAGS = ["--no-lemmas", "--no-entities"]


def small_corpus(dest: Path, pairs: int) -> list[str]:
    """Copy the first ``pairs`` RU/EN abstract pairs into ``dest``; returns their doc_ids in job order."""
    stems = sorted({p.name.split("_")[0] for p in (ROOT / "corpus" / "abstracts").glob("*_ru.txt")})[:pairs]
    for stem in stems:
        for lang in ("ru", "en"):
            shutil.copy(ROOT / "corpus" / "abstracts" / f"{stem}_{lang}.txt", dest)
    return stems


def cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """Run ``secretome-nlp`` in a fresh interpreter."""
    return subprocess.run([sys.executable, "-m", "secretome_nlp", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}, **kw)


def start_cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    """Start ``secretome-nlp`` without waiting for it."""
    return subprocess.Popen([sys.executable, "-m", "secretome_nlp", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


def articles(out: Path) -> dict[str, str]:
    """doc_id → Article JSON text of every article written under ``out``; every file must be whole JSON."""
    found = {}
    for p in sorted((out / "articles").glob("*.json")):
        text = p.read_text(encoding="utf-8")
        json.loads(text)
        found[p.stem] = text
    return found


def table(out: Path, name: str) -> pd.DataFrame:
    """A table dataset read back as one DataFrame, rows in a canonical order."""
    frame = pd.read_parquet(out / "tables" / name)
    return frame.sort_values(list(frame.columns[:4])).reset_index(drop=True)


def leftovers(out: Path) -> list[Path]:
    """Temporary files (a torn write would leave one)."""
    return [p for p in out.rglob("*") if p.name.startswith(".")]
