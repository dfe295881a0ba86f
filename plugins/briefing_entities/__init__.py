"""Pelican adapter for the entity engine: link mentions, build entity pages.

All extraction and grouping live in the ``briefings`` library; this plugin only
moves data between Pelican's objects and the library, and writes files.
"""

from __future__ import annotations

from pelican import signals

from .annotate import annotate_articles, prefetch_article, start_prefetch
from .pages import EntityPagesGenerator


def get_generators(pelican):
    return EntityPagesGenerator


def register() -> None:
    signals.article_generator_init.connect(start_prefetch)
    signals.content_object_init.connect(prefetch_article)
    signals.article_generator_finalized.connect(annotate_articles)
    signals.get_generators.connect(get_generators)
