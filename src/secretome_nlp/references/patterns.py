"""Regex fragments for personal names shared by the list parser and the citation finder."""

from __future__ import annotations

__all__ = ["UPPER", "SURNAME", "INITIALS"]

#: Upper-case letters that start a name: Latin, Cyrillic, Latin-1 and Latin Extended-A
#: (Š, Ł, Ø…). Extended-A mixes cases; a lower-case start there is harmless.
UPPER = "A-ZА-ЯЁÀ-ÖØ-ÞĀ-ſ"
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|dos|del|la|le|ten|ter|al|el)\s+)"
#: A surname, possibly hyphenated or with particles: "Pinheiro-Machado", "van der Berg", "Ерёмин".
SURNAME = _PARTICLE + rf"*[{UPPER}][\w'’]*(?:-[{UPPER}a-zа-яё][\w'’]*)*"
#: One to three initials: "L.", "S.E.", "Yu.A.", "J.-P.", "И. И.".
INITIALS = rf"(?:[{UPPER}][a-zа-яё]?\.[ \t]?-?){{1,3}}"
