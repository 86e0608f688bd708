"""The sign of an immunophenotype written after a surface marker: ``CD73+``, ``CD34−``,
``CD45-negative``, ``CD14low``, ``CD16 bright``, ``CD34-позитивные``.

The ISCT definition of an MSC (``CD73+ CD90+ CD105+ CD34− CD45−``) only means something
with the signs, so a mention keeps the sign as ``polarity`` instead of dropping it.
"""

from __future__ import annotations

import re

__all__ = ["polarity_after"]

_POLARITY = re.compile(
    r"(?P<plus>\+(?!\w))|(?P<minus>[−–-](?![\w\d]))|"
    r"[-‐ ]?(?P<pos>positive|позитивн[а-яё]*|pos\b)|[-‐ ]?(?P<neg>negative|негативн[а-яё]*|neg\b)|"
    r"[-‐ ]?(?P<level>high|hi|low|lo|dim|bright)\b",
    re.IGNORECASE)
_LEVEL = {"high": "high", "hi": "high", "low": "low", "lo": "low", "dim": "dim", "bright": "bright"}


def polarity_after(text: str, end: int) -> tuple[str | None, int]:
    """``(polarity, end of the sign)`` for a marker mention ending at ``end``; ``(None, end)``
    when no sign follows."""
    m = _POLARITY.match(text, end)
    if not m:
        return None, end
    if m.group("plus") or m.group("pos"):
        return "+", m.end()
    if m.group("minus") or m.group("neg"):
        return "-", m.end()
    return _LEVEL[m.group("level").lower()], m.end()
