"""Expansion of common Russian abbreviations to the lemma of the full word.

Universal Dependencies lemmatises ``г.`` as ``год`` and ``тыс.`` as
``тысяча``; pymorphy3 keeps the abbreviation. This is a short, general
(not corpus-derived) list of units and bibliographic/calendar shorthand.
"""

from __future__ import annotations

# Safe with or without a trailing period (they are not ordinary words).
_UNITS = {
    "тыс": ("тысяча", "NOUN"),
    "млн": ("миллион", "NOUN"),
    "млрд": ("миллиард", "NOUN"),
    "трлн": ("триллион", "NOUN"),
    "км": ("километр", "NOUN"),
    "см": ("сантиметр", "NOUN"),
    "мм": ("миллиметр", "NOUN"),
    "мкм": ("микрометр", "NOUN"),
    "нм": ("нанометр", "NOUN"),
    "кг": ("килограмм", "NOUN"),
    "мг": ("миллиграмм", "NOUN"),
    "мкг": ("микрограмм", "NOUN"),
    "нг": ("нанограмм", "NOUN"),
    "пг": ("пикограмм", "NOUN"),
    "мл": ("миллилитр", "NOUN"),
    "мкл": ("микролитр", "NOUN"),
    "руб": ("рубль", "NOUN"),
    "коп": ("копейка", "NOUN"),
    "гг": ("год", "NOUN"),
    "вв": ("век", "NOUN"),
    "сут": ("сутки", "NOUN"),
    "мин": ("минута", "NOUN"),
    "сек": ("секунда", "NOUN"),
    "мес": ("месяц", "NOUN"),
    "нед": ("неделя", "NOUN"),
    "др": ("другой", "ADJ"),
    "проф": ("профессор", "NOUN"),
    "акад": ("академик", "NOUN"),
    "ул": ("улица", "NOUN"),
    "обл": ("область", "NOUN"),
}
# One-letter shorthand that is only an abbreviation when written with a period
# (``г`` alone is also "gram", ``в`` the preposition).
_WITH_PERIOD = {
    "г": ("год", "NOUN"),
    "в": ("век", "NOUN"),
    "ч": ("час", "NOUN"),
    "м": ("метр", "NOUN"),
    "л": ("литр", "NOUN"),
    "р": ("река", "NOUN"),
    "т": ("то", "PRON"),
}
# Longer shorthand that is an abbreviation only with a period.
_LONG_WITH_PERIOD = {
    "чел": ("человек", "NOUN"),
    "ок": ("около", "ADP"),
    "букв": ("буквально", "ADV"),
    "см": ("смотреть", "VERB"),
    "рис": ("рисунок", "NOUN"),
    "табл": ("таблица", "NOUN"),
    "стр": ("страница", "NOUN"),
    "им": ("имя", "NOUN"),
}


def expand_abbreviation(token: str) -> tuple[str, str] | None:
    """``(lemma, upos)`` of an abbreviation token such as ``г.``/``тыс``, else None."""
    low = token.lower()
    has_period = low.endswith(".") and len(low) > 1
    stem = low[:-1] if has_period else low
    if has_period and stem in _WITH_PERIOD:
        return _WITH_PERIOD[stem]
    if has_period and stem in _LONG_WITH_PERIOD:
        return _LONG_WITH_PERIOD[stem]
    if stem in _UNITS:
        return _UNITS[stem]
    return None
