"""Jinja filters for the theme: how a value is shown, never what it is.

Registered through ``JINJA_FILTERS`` in ``pelicanconf.py`` so templates stay free
of logic: they ask for a label or a direction and print it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date

RTL_LANGS = {"ar", "fa", "he", "ur"}


def text_dir(lang: str | None) -> str:
    """``rtl`` or ``ltr`` for an HTML ``dir`` attribute."""
    return "rtl" if (lang or "ar").split("-")[0] in RTL_LANGS else "ltr"


def date_label(value: date | datetime, lang: str | None = "ar") -> str:
    """A human date in the page's language (``5 سبتمبر 2023`` / ``5 September 2023``)."""
    day = value.date() if isinstance(value, datetime) else value
    return _date_label(day, "ar" if text_dir(lang) == "rtl" else "en")


@lru_cache(maxsize=8192)
def _date_label(day: date, locale: str) -> str:
    # Babel is slow (about 0.1 ms a call) and a big site asks for the same days
    # hundreds of thousands of times.
    return format_date(day, format="d MMMM y", locale=locale)


def plain_summary(text: str, words: int = 50) -> str:
    """The first ``words`` words of plain text, with an ellipsis when cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def month_label(value: date | datetime, lang: str | None = "ar") -> str:
    """``سبتمبر 2023`` for archive headings."""
    locale = "ar" if text_dir(lang) == "rtl" else "en"
    return format_date(value, format="LLLL y", locale=locale)


def period_label(period_num: tuple[int, ...], lang: str | None = "ar") -> str:
    """``سبتمبر 2023`` for a month archive, ``2023`` for a year archive."""
    if len(period_num) >= 2:
        return month_label(date(period_num[0], period_num[1], 1), lang)
    return str(period_num[0])


FILTERS = {
    "period_label": period_label,
    "text_dir": text_dir,
    "date_label": date_label,
    "month_label": month_label,
}
