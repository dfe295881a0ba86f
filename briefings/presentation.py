"""Jinja filters for the theme: how a value is shown, never what it is.

Registered through ``JINJA_FILTERS`` in ``pelicanconf.py`` so templates stay free
of logic: they ask for a label or a direction and print it.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date

RTL_LANGS = {"ar", "fa", "he", "ur"}


def text_dir(lang: str | None) -> str:
    """``rtl`` or ``ltr`` for an HTML ``dir`` attribute."""
    return "rtl" if (lang or "ar").split("-")[0] in RTL_LANGS else "ltr"


def date_label(value: date | datetime, lang: str | None = "ar") -> str:
    """A human date in the page's language (``5 سبتمبر 2023`` / ``5 September 2023``)."""
    locale = "ar" if text_dir(lang) == "rtl" else "en"
    return format_date(value, format="d MMMM y", locale=locale)


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
