"""Site-wide presentation data for the theme: month archive index, period labels.

A thin adapter: it groups what Pelican already read so the templates only print.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from pelican import signals

from briefings.presentation import month_label

from . import linear_archives, markdown_reader


@dataclass(frozen=True)
class ArchiveMonth:
    """One month of the archive index: its label, URL and article count."""

    year: int
    month: int
    label: str
    url: str
    count: int


def archive_months(generator) -> None:
    """Add ``archive_months``: newest first, with counts, for ``archives.html``."""
    counts = Counter((a.date.year, a.date.month) for a in generator.articles)
    url_format = generator.settings.get("MONTH_ARCHIVE_URL", "")
    months = [
        ArchiveMonth(y, m, month_label(date(y, m, 1)), url_format.format(date=date(y, m, 1)), n)
        for (y, m), n in sorted(counts.items(), reverse=True)
    ]
    generator.context["archive_months"] = months


def sitemap_clock(generator) -> None:
    """pelican-sitemap stamps pages without a date with the time it was imported; use the
    newest briefing's date instead, so the same inputs give the same sitemap."""
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        return
    dates = [a.date for a in generator.articles]
    sitemap.generator.now = max(dates) if dates else datetime(1970, 1, 1)


def total_order(generator) -> None:
    """Newest first, and briefings of the same date by source file: Pelican keeps the
    order it read files in for ties, and directory order changes as files are rewritten,
    so the home and archive pages would shuffle same-day briefings between builds."""
    if generator.settings.get("ARTICLE_ORDER_BY", "reversed-date") == "reversed-date":
        generator.articles.sort(key=lambda a: (a.date, a.source_path), reverse=True)


def register() -> None:
    linear_archives.install()
    markdown_reader.register()
    signals.article_generator_pretaxonomy.connect(total_order)
    signals.article_generator_finalized.connect(sitemap_clock)
    signals.article_generator_finalized.connect(archive_months)
