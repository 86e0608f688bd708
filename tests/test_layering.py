"""The core never imports the CLI, batch or export layers, and import does no heavy work."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "secretome_nlp"
EDGE = {"cli", "batch", "export", "__main__"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            names.add((node.module or "").split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("secretome_nlp."):
            names.add(node.module.split(".")[1])
    return names


def test_core_does_not_import_edges() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0].removesuffix(".py") in EDGE:
            continue
        bad = _imports(path) & EDGE
        if bad:
            offenders.append(f"{rel}: {sorted(bad)}")
    assert not offenders


def test_import_is_cheap() -> None:
    code = ("import sys, secretome_nlp; "
            "print(any(m in sys.modules for m in ('pymorphy3', 'spacy', 'pandas', 'langdetect')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
