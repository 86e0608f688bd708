"""The JSON contract: load the shipped JSON Schema and validate Article output against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The JSON Schema of the Article contract (``export/article.schema.json``)."""
    text = resources.files("secretome_nlp.export").joinpath("article.schema.json").read_text("utf-8")
    return json.loads(text)


def validate_article(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` breaks the Article contract."""
    import jsonschema

    jsonschema.validate(data, article_schema(), format_checker=jsonschema.FormatChecker())
