"""The README's promises: its Python example runs, its commands match CI, entry points load."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_example_runs(monkeypatch) -> None:
    block = re.search(r"## In Python\n\n```python\n(.*?)```", README, re.S).group(1)
    # The example's parallel loop and Dask line are exercised in test_batch; keep this one serial.
    block = block.replace('sn.parse_many(["corpus/"], workers=2)', 'sn.parse_many(["corpus/abstracts/25591652_ru.txt", "corpus/abstracts/25591652_en.txt"], workers=1)')
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own documentation
    assert namespace["article"].metadata.doi == "10.38025/2078-1962-2025-24-5-106-112"
    assert namespace["il6"].symbol == "IL6"


def test_ci_runs_the_readme_test_command() -> None:
    command = re.search(r"Install and run the tests:\n\n```bash\n(.*?)\n```", README, re.S).group(1)
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _installed() -> bool:
    try:
        importlib.metadata.distribution("secretome-nlp")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _installed(), reason="entry points exist only when the package is installed")
@pytest.mark.parametrize("factory, lang", [("secretome_lemmatizer", "ru"), ("secretome_entities", "ru")])
def test_spacy_finds_our_factories_through_entry_points(factory: str, lang: str) -> None:
    # A fresh interpreter that never imports secretome_nlp itself: spaCy must find the factory.
    code = (f"import spacy, sys; nlp = spacy.blank({lang!r}); nlp.add_pipe({factory!r}); "
            "doc = nlp('Клеточный секретом содержит цитокины и ИЛ-6.'); "
            "print('secretome_nlp' in sys.modules, [t.lemma_ for t in doc][:4])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("True")  # loaded by spaCy through the entry point
