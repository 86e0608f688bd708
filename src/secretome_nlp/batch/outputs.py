"""The output folder of a batch, written so that a kill at any moment tears nothing.

Layout (docs/batch-output.md)::

    OUT/articles/<doc_id>.json       one Article per job
    OUT/tables/<name>/part-*.parquet one dataset per table (or part-*.csv with --tables csv)
    OUT/errors.tsv                   the jobs that failed: job, error_type, error
    OUT/warnings.tsv                 parsed jobs with warnings: job, doc_id, n_warnings, warnings

Every file is written under a temporary name starting with ``.`` (which dataset readers
skip) and renamed into place, so a reader never sees half a file. Within one flush the
``articles`` table part is renamed last: an article's ``doc_id`` in the ``articles``
table means all its rows of every table are on disk.
"""

from __future__ import annotations

import csv
import json
import os
import re
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..export.frames import COLUMNS, TABLES
from .jobs import Job, job_name

ARTICLES_DIR = "articles"
TABLES_DIR = "tables"
ERRORS_FILE = "errors.tsv"
WARNINGS_FILE = "warnings.tsv"
_TMP_PREFIX = ".tmp-"
_SHA = re.compile(rb'"sha256":\s*"([0-9a-f]{64})"')
#: Table order within one flush: ``articles`` last, as the commit mark of the others.
_FLUSH_ORDER = tuple(t for t in TABLES if t != "articles") + ("articles",)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    tmp = path.with_name(f"{_TMP_PREFIX}{uuid.uuid4().hex[:12]}-{path.name}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_temporaries(out: Path) -> None:
    """Delete temporary files left by a killed run (they are never complete)."""
    for p in out.rglob(f"{_TMP_PREFIX}*"):
        p.unlink(missing_ok=True)


def article_path(out: Path, doc_id: str) -> Path:
    """Where the Article JSON of ``doc_id`` goes."""
    return out / ARTICLES_DIR / f"{doc_id}.json"


def article_hashes(path: Path) -> frozenset[str] | None:
    """The ``sources[i].sha256`` of a written Article JSON, without decoding the whole JSON.

    A ``"sha256": "…"`` key can only be a key: inside a JSON string every quote is escaped.
    Files are written atomically, so a file that exists is complete.
    """
    try:
        return frozenset(m.decode() for m in _SHA.findall(path.read_bytes()))
    except OSError:
        return None


# -- errors.tsv -------------------------------------------------------------------------

def read_errors(out: Path) -> dict[str, tuple[str, str]]:
    """``errors.tsv`` of a previous run: job name → (error_type, error)."""
    path = out / ERRORS_FILE
    if not path.exists():
        return {}
    rows: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t", 2)
        if len(parts) == 3:
            rows[parts[0]] = (parts[1], parts[2])
    return rows


def write_errors(out: Path, errors: dict[str, tuple[str, str]]) -> None:
    """Write ``errors.tsv`` (header, then one line per failed job, sorted)."""
    lines = ["job\terror_type\terror"]
    for job, (etype, message) in sorted(errors.items()):
        lines.append(f"{job}\t{etype}\t{' '.join(message.split())}")
    atomic_write(out / ERRORS_FILE, ("\n".join(lines) + "\n").encode("utf-8"))


def read_warnings(out: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``warnings.tsv`` of a previous run: job name → (doc_id, warnings)."""
    path = out / WARNINGS_FILE
    if not path.exists():
        return {}
    rows: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t", 3)
        if len(parts) == 4:
            rows[parts[0]] = (parts[1], tuple(parts[3].split(" | ")))
    return rows


def write_warnings(out: Path, warned: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    """Write ``warnings.tsv``: the parsed jobs whose Article has warnings (text not analysed …)."""
    lines = ["job\tdoc_id\tn_warnings\twarnings"]
    for job, (doc_id, warnings) in sorted(warned.items()):
        flat = " | ".join(" ".join(w.split()) for w in warnings)
        lines.append(f"{job}\t{doc_id}\t{len(warnings)}\t{flat}")
    atomic_write(out / WARNINGS_FILE, ("\n".join(lines) + "\n").encode("utf-8"))


def errors_key(job: Job) -> str:
    """The ``job`` column of ``errors.tsv``."""
    return job_name(job)


# -- tables -----------------------------------------------------------------------------

def _arrow_schema(name: str) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "list<int64>": pa.list_(pa.int64())}
    return pa.schema([pa.field(col, types[t], nullable=(col != "doc_id")) for col, t in COLUMNS[name]])


class TableSink:
    """Rows of many articles, written out as one part per table every ``flush_rows`` rows.

    ``fmt`` is ``"parquet"`` or ``"csv"``; parts are named ``part-<prefix>-<n>`` and every
    part of one flush has the same name in every table.
    """

    def __init__(self, out: Path, fmt: str, prefix: str | None = None, flush_rows: int = 5_000) -> None:
        if fmt not in ("parquet", "csv"):
            raise ValueError(f"unknown table format {fmt!r}")
        if fmt == "parquet":
            import pyarrow  # noqa: F401  (fail now, not after the first thousand articles)
        self.root = out / TABLES_DIR
        self.fmt = fmt
        self.prefix = prefix or uuid.uuid4().hex[:12]
        self.flush_rows = flush_rows
        self._rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._count = 0
        self._parts = 0

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Buffer one article's rows (from :func:`~secretome_nlp.export.frames.article_rows`)."""
        for name, table_rows in rows.items():
            self._rows[name].extend(table_rows)
            self._count += len(table_rows)
        if self._count >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one part per table (nothing when empty)."""
        if not self._rows["articles"]:
            return
        part = f"part-{self.prefix}-{self._parts:05d}.{self.fmt}"
        for name in _FLUSH_ORDER:
            folder = self.root / name
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(folder / part, self._encode(name, self._rows[name]))
        self._parts += 1
        self._rows = {t: [] for t in TABLES}
        self._count = 0
        if self.fmt == "parquet":
            import pyarrow as pa

            pa.default_memory_pool().release_unused()  # keep the parent's memory flat

    def _encode(self, name: str, rows: list[dict[str, Any]]) -> bytes:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(rows, schema=_arrow_schema(name))
            sink = pa.BufferOutputStream()
            pq.write_table(table, sink)
            return sink.getvalue().to_pybytes()
        cols = COLUMNS[name]
        # Lists are written as JSON arrays; nulls as empty fields.
        return _csv_bytes([[c for c, _ in cols]] + [
            [json.dumps(r[c]) if t.startswith("list") and r[c] is not None else "" if r[c] is None else r[c]
             for c, t in cols] for r in rows])


def _csv_bytes(rows: list[list[Any]]) -> bytes:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def committed_doc_ids(out: Path) -> set[str]:
    """``doc_id`` of every article whose rows are in the table dataset (see the module doc).

    Parts of an unfinished flush (present in some tables but not in ``articles``) are
    deleted here, so that the rows they hold are written once, by the run that resumes.
    """
    root = out / TABLES_DIR
    committed_parts = {p.name for p in (root / "articles").glob("part-*")} if root.exists() else set()
    for name in TABLES:
        for p in (root / name).glob("part-*") if root.exists() else ():
            if p.name not in committed_parts:
                p.unlink()
    ids: set[str] = set()
    for name in committed_parts:
        ids.update(_doc_ids_of(root / "articles" / name))
    return ids


def _doc_ids_of(part: Path) -> list[str]:
    if part.suffix == ".parquet":
        import pyarrow.parquet as pq

        return [str(x) for x in pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist()]
    with open(part, encoding="utf-8", newline="") as fh:
        return [row["doc_id"] for row in csv.DictReader(fh)]


def drop_rows(out: Path, doc_ids: Iterable[str]) -> None:
    """Remove every row of ``doc_ids`` from the table dataset (parts rewritten atomically)."""
    drop = set(doc_ids)
    root = out / TABLES_DIR
    if not drop or not root.exists():
        return
    for name in TABLES:
        for part in sorted((root / name).glob("part-*")):
            if part.suffix == ".parquet":
                import pyarrow.compute as pc
                import pyarrow.parquet as pq

                table = pq.read_table(part)
                keep = pc.invert(pc.is_in(table.column("doc_id"), value_set=_pa_array(drop)))
                if pc.all(keep).as_py():
                    continue
                import pyarrow as pa

                sink = pa.BufferOutputStream()
                pq.write_table(table.filter(keep), sink)
                atomic_write(part, sink.getvalue().to_pybytes())
            else:
                with open(part, encoding="utf-8", newline="") as fh:
                    rows = list(csv.reader(fh))
                kept = [rows[0]] + [r for r in rows[1:] if r[0] not in drop]
                if len(kept) != len(rows):
                    atomic_write(part, _csv_bytes(kept))

def _pa_array(values: set[str]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())
