"""Typed records of the Article contract (schema version "1").

Every record is a frozen dataclass with ``to_dict()`` and ``from_dict()`` so the
JSON contract round-trips losslessly. Offsets always refer to
``Article.sources[i].text`` — the decoded input, never a repaired copy.
"""
