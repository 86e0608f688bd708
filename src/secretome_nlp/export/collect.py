"""Articles from whatever a notebook holds: an Article, BatchResults, or a batch output folder.

Tables and plots accept any of these (or an iterable mixing them), so a corpus can be summarised
straight from ``parse_many`` or from a folder written by ``secretome-nlp batch`` without
re-parsing. Articles are yielded one at a time: a folder of thousands is never held in memory.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Union

from ..article import Article
from ..errors import NotAFileError, SchemaVersionError, SourceNotFoundError

__all__ = ["ArticleSource", "iter_articles", "read_article_folder"]

#: What :func:`iter_articles` accepts.
ArticleSource = Union[Article, Any, str, "os.PathLike[str]", Iterable[Any]]

# Folders a batch writes next to the article JSON files that never hold articles.
_NOT_ARTICLES = {"tables"}


def read_article_folder(folder: str | os.PathLike[str]) -> Iterator[Article]:
    """The Articles saved as JSON under ``folder`` (any depth), in path order.

    Reads both batch layouts (``out/articles/<doc_id>.json`` and ``out/<doc_id>.json``):
    every ``*.json`` file outside ``tables/`` whose top level carries ``schema_version`` is
    an article. A damaged or foreign-version file is reported with a warning naming it and
    skipped, so one bad file never hides the rest of a corpus.
    """
    root = Path(folder)
    if not root.exists():
        raise SourceNotFoundError(f"{root}: no such file or folder")
    if not root.is_dir():
        raise NotAFileError(f"{root}: not a folder of article JSON files")
    for path in sorted(root.rglob("*.json")):
        if _NOT_ARTICLES & set(path.relative_to(root).parts[:-1]):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            warnings.warn(f"{path}: skipped, not readable as JSON ({exc})", stacklevel=2)
            continue
        if not isinstance(data, dict) or "schema_version" not in data:
            continue  # some other JSON (a manifest, a summary): not an article
        try:
            yield Article.from_dict(data)
        except (SchemaVersionError, KeyError, TypeError, ValueError) as exc:
            warnings.warn(f"{path}: skipped, not a valid Article ({exc!r})", stacklevel=2)


def iter_articles(source: ArticleSource) -> Iterator[Article]:
    """Articles from an Article, a ``BatchResult``, a folder, a JSON file, or an iterable of these.

    Failed ``BatchResult``s (no article) are skipped: their errors are in the batch's own
    report (``result.error``, ``errors.tsv``).
    """
    if isinstance(source, Article):
        yield source
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_file():
            yield Article.from_json(path.read_text(encoding="utf-8"))
        else:
            yield from read_article_folder(path)
    elif hasattr(source, "article") and hasattr(source, "job"):  # a batch.BatchResult (duck-typed:
        if source.article is not None:                          # export does not import batch)
            yield source.article
    elif isinstance(source, Iterable):
        for item in source:
            yield from iter_articles(item)
    else:
        raise TypeError(f"expected an Article, a BatchResult, a folder or an iterable of them, "
                        f"not {type(source).__name__}")
