"""The Pelican plugin in a real build: page, export, assets, per-article cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search_corpus import DOCS
from search_site import build_pelican_site, entity_plugins, write_articles

from briefings.search.query import search


def test_build_writes_page_index_and_assets(pelican_site: Path) -> None:
    page = (pelican_site / "search" / "index.html").read_text("utf-8")
    assert 'type="module"' in page and "page.js" in page
    assert "<noscript>" in page and 'aria-live="polite"' in page
    assert "<script>" not in page  # CSP script-src 'self': no inline scripts
    manifest = json.loads((pelican_site / "search" / "manifest.json").read_text())
    assert manifest["docs"] == len(DOCS)
    for name in ("search.js", "page.js", "search.css", "rules.json.gz"):
        assert (pelican_site / "search" / name).exists(), name
    index_dir = pelican_site.parent / ".build" / "search-index"
    assert not (pelican_site / "search" / "MAIN_WRITELOCK").exists()
    assert search(index_dir, "النفط")["total"] >= 5


def test_entities_from_the_entity_plugin_are_indexed(pelican_site: Path) -> None:
    if not entity_plugins():
        pytest.skip("the entity engine's knowledge base does not load yet")
    index_dir = pelican_site.parent / ".build" / "search-index"
    answer = search(index_dir, "", country="RU")
    assert answer["total"] >= 3  # Russia is mentioned in several articles


def test_second_build_reindexes_nothing(tmp_path: Path) -> None:
    import briefing_search

    write_articles(tmp_path / "content")
    build_pelican_site(tmp_path)
    assert briefing_search.last_stats.added == len(DOCS)
    build_pelican_site(tmp_path)
    assert briefing_search.last_stats.unchanged == len(DOCS)
    assert briefing_search.last_stats.added == briefing_search.last_stats.updated == 0
