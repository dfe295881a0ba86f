"""Pelican adapter for ``briefings.search``: index the articles, export them, add /search/.

Settings (defaults in brackets):
- ``SEARCH_INDEX_DIR`` [``<PATH>/../.build/search-index``]: the Whoosh index, outside output;
- ``SEARCH_OUTPUT_DIR`` [``search``]: where the browser index and ``search.js`` go;
- ``SEARCH_INDEX_PROCS`` [cores but one, at most 4]: Whoosh writer processes for a big
  batch of new articles (a first build); each leaves its own index segment. Pelican keeps
  a core busy rendering meanwhile, so on two cores one writer is as fast and smaller.

Indexing starts at ``article_generator_finalized`` (after the entity plugin has had
its say on the articles), in a child process that re-analyses only changed articles
and exports the index to a staging folder while Pelican renders; ``finalized`` moves
the export into the site, or reuses the live site's when the index did not change.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from briefings import timing
from briefings.build import link_tree, live_output
from briefings.linking import html_to_text
from briefings.search.aliases import alias_table
from briefings.search.background import IndexJob
from briefings.search.documents import EntityRef, SearchDocument
from briefings.search.export import export
from briefings.search.index import BuildStats
from briefings.search.publish import index_and_export, move_export
from briefings.search.segment_postings import cache_dir_for

log = logging.getLogger(__name__)
ASSETS = ("search.js", "page.js", "search.css")
_articles: list[Any] = []
last_stats: BuildStats | None = None  # what the latest build did (tests, benchmarks)
_job: IndexJob | tuple | None = None  # indexing started at article_generator_finalized


def plain_text(article: Any) -> str:
    """The article's text: what the entity plugin extracted from, else its HTML's text."""
    text = getattr(article, "plain_text", None)
    return (text if text is not None else html_to_text(article.content).text).strip()


def _entity_refs(article: Any) -> list[EntityRef]:
    counts = Counter(m.entity for m in getattr(article, "entity_mentions", None) or [])
    refs: list[EntityRef] = []
    for e in getattr(article, "entities", None) or []:
        if isinstance(e, dict):
            refs.append(e)  # already in index form
            continue
        ref: EntityRef = {"id": e.id, "type": e.type, "country": e.country}
        ref["name"] = e.name_ar or e.name_en or e.id
        ref["count"] = max(1, counts.get(e.id, 1))
        ref["discovered"] = bool(getattr(e, "discovered", False))
        refs.append(ref)
    return refs


def to_document(article: Any) -> SearchDocument:
    """The search document of a Pelican article."""
    return {
        "url": article.url,
        "title": str(article.title),  # plain text here: templates escape it
        "date": "" if getattr(article, "undated", None) else article.date.isoformat(),
        "lang": getattr(article, "lang", "") or "",
        "text": plain_text(article),
        "entities": _entity_refs(article),
    }


def _defaults(pelican: Any) -> None:
    s = pelican.settings
    s.setdefault(
        "SEARCH_INDEX_DIR", str(Path(s["PATH"]).resolve().parent / ".build" / "search-index")
    )
    s.setdefault("SEARCH_OUTPUT_DIR", "search")
    s.setdefault("SEARCH_INDEX_PROCS", max(1, min(4, (os.cpu_count() or 1) - 1)))


def _collect(generator: Any) -> None:
    """Start indexing as soon as the articles are final, in a child process, so it
    overlaps with Pelican rendering the pages (see ``briefings.search.background``)."""
    global _job
    _articles[:] = list(generator.articles)
    for a in generator.articles:
        _articles.extend(getattr(a, "translations", []) or [])
    s = generator.settings
    docs = [to_document(a) for a in _articles]
    entities = {
        e.id: e
        for a in _articles
        for e in getattr(a, "entities", None) or []
        if not isinstance(e, dict)
    }
    aliases = alias_table(entities.values())
    args = (docs, Path(s["SEARCH_INDEX_DIR"]), aliases, s["SEARCH_INDEX_PROCS"],
            _staging(s), "../" * _depth(s), _reusable_key(s))  # fmt: skip
    _job = IndexJob(*args) if s.get("SEARCH_INDEX_BACKGROUND", True) else args


def _depth(s: dict[str, Any]) -> int:
    return len(Path(s["SEARCH_OUTPUT_DIR"].strip("/")).parts)


def _staging(s: dict[str, Any]) -> Path:
    """Where the indexing process writes a fresh export (moved into the site at the end)."""
    return Path(s.get("CACHE_PATH", "cache")) / "search-export.staging"


def _live_export(s: dict[str, Any]) -> Path | None:
    live = live_output(Path(s["OUTPUT_PATH"]))
    found = live / s["SEARCH_OUTPUT_DIR"].strip("/") if live else None
    return found if found is not None and (found / "manifest.json").exists() else None


def _reusable_key(s: dict[str, Any]) -> str | None:
    """The key of the live site's export, when there is one to reuse."""
    promoted = Path(s.get("CACHE_PATH", "cache")) / "search-export.json"
    if _live_export(s) is None or not promoted.exists():
        return None
    return json.loads(promoted.read_text("utf-8")).get("key")


class SearchPageGenerator(Generator):
    """Writes ``<SEARCH_OUTPUT_DIR>/index.html`` from ``search.html``."""

    def generate_output(self, writer: Any) -> None:
        out = self.settings["SEARCH_OUTPUT_DIR"].strip("/")
        try:
            template = self.get_template("search")
        except Exception as err:  # a theme without search.html: no page, say so
            log.warning("briefing_search: no search.html template (%s); /search/ not written", err)
            return
        writer.write_file(
            f"{out}/index.html",
            template,
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            page_name=f"{out}/index",
        )


def _get_generators(_pelican: Any) -> type[Generator]:
    return SearchPageGenerator


def _asset_dir(settings: dict[str, Any]) -> Path:
    themed = Path(settings.get("THEME", "")) / "static" / "search"
    if (themed / "search.js").exists():
        return themed
    return Path(__file__).resolve().parents[2] / "theme" / "static" / "search"


def _finalized(pelican: Any) -> None:
    global last_stats
    global _job
    s = pelican.settings
    out_dir = Path(s["OUTPUT_PATH"]) / s["SEARCH_OUTPUT_DIR"].strip("/")
    started = time.perf_counter()
    job, _job = _job, None
    if job is None:
        return
    with timing.phase("search index (waiting)"):
        if isinstance(job, IndexJob):
            done, problem = job.result()
            if problem:
                log.warning("briefing_search: indexing in the background failed (%s); "
                            "indexed in the build process instead", problem)  # fmt: skip
        else:
            done = index_and_export(*job)
    last_stats = stats = done.stats
    with timing.phase("search export"):
        live = _live_export(s)
        if done.exported:
            move_export(_staging(s), out_dir)
        elif live is not None:  # the index is the one the live export was made from
            link_tree(live, out_dir)
            timing.add_count("search export reused", 1)
        else:
            index_dir = Path(s["SEARCH_INDEX_DIR"])
            export(
                index_dir, out_dir, root="../" * _depth(s), postings_cache=cache_dir_for(index_dir)
            )
    cache = Path(s.get("CACHE_PATH", "cache"))
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "search-export.pending.json").write_text(json.dumps({"key": done.key}), "utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(_asset_dir(s) / name, out_dir / name)
    log.info(
        "briefing_search: %d articles (%d new, %d changed, %d removed) in %.1fs",
        len(_articles),
        stats.added,
        stats.updated,
        stats.deleted,
        time.perf_counter() - started,
    )


def register() -> None:
    """Connect to Pelican's signals."""
    signals.initialized.connect(_defaults)
    signals.article_generator_finalized.connect(_collect)
    signals.get_generators.connect(_get_generators)
    signals.finalized.connect(_finalized)
