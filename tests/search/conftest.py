"""Shared fixtures: a real Whoosh index of the hand-made archive and its browser export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from search_corpus import DOCS, ENTITIES
from search_site import build_pelican_site, entity_plugins, write_articles

from briefings.search.aliases import alias_table
from briefings.search.export import export
from briefings.search.index import build_index

ASSETS = Path(__file__).resolve().parents[2] / "theme" / "static" / "search"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "index"
    build_index(DOCS, path, alias_table(ENTITIES))
    return path


@pytest.fixture(scope="session")
def site_dir(index_dir: Path) -> Path:
    """A folder shaped like a built site: ``search/`` holds the export and the module."""
    site = index_dir.parent / "site"
    export(index_dir, site / "search")
    for name in ("search.js", "page.js", "search.css"):
        shutil.copyfile(ASSETS / name, site / "search" / name)
    return site


@pytest.fixture(scope="session")
def pelican_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive built by Pelican with the entity plugin (when present) and this one."""
    workdir = tmp_path_factory.mktemp("pelican")
    write_articles(workdir / "content")
    return build_pelican_site(workdir, entity_plugins())
