"""Reuse pages whose inputs did not change since the last build (incremental rebuilds).

Pelican renders every page on every build. This plugin gives Pelican a writer that,
for pages whose inputs carry a fingerprint (articles, entity pages, entity feeds),
hard-links the file from the previous site instead of rendering it again when the
fingerprint, the theme and the site-wide settings are all unchanged. Pages of
Pelican's own paginated listings (home, month archives) are reused one page at a
time when the articles on that page are (see :class:`_ListingPages`). Other pages
(directories, search) are always rendered.

A fingerprint must cover everything the template shows: annotate.py and pages.py
compute them from the same data they hand the templates.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from pelican import signals
from pelican.writers import Writer

from briefings import timing
from briefings.build import live_output
from briefings.fingerprint import fingerprint

from .linker import Linker

log = logging.getLogger(__name__)
MANIFEST = "render-cache.json"
PENDING = "render-cache.pending.json"  # promoted by briefings.build once the site is swapped in
_SALT_SETTINGS = (
    "SITEURL", "SITENAME", "SITESUBTITLE", "RELATIVE_URLS", "DEFAULT_LANG", "NAV_LINKS",
    "THEME_STATIC_DIR", "FEED_DOMAIN", "FEED_ALL_ATOM", "DISPLAY_PAGES_ON_MENU",
    "ARCHIVES_SAVE_AS", "DEFAULT_PAGINATION", "PAGINATION_PATTERNS", "PAGINATED_TEMPLATES",
    "ARTICLE_URL", "PAGE_URL", "ENTITY_URL", "ENTITY_FEED_ATOM", "ENTITY_DIRECTORY_URL",
    "SEARCH_OUTPUT_DIR", "JINJA_ENVIRONMENT", "FEED_MAX_ITEMS", "ENTITY_FEED_MAX_ITEMS",
)  # fmt: skip


def _templates_hash(theme: Path) -> str:
    """Only templates shape the pages (static assets are copied as they are)."""
    h = hashlib.sha256()
    templates = theme / "templates"
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(templates).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


class CachingWriter(Writer):
    """A Pelican writer that reuses unchanged fingerprinted pages from the live site."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        settings = settings or {}
        self.cache_dir = Path(settings.get("CACHE_PATH", "cache"))
        self.cache_file = self.cache_dir / MANIFEST
        # The live site: briefings.build writes into "<output>.partial" and swaps it in.
        self.previous = live_output(Path(output_path))
        self.old: dict[str, list[str]] = {}
        if self.previous and self.cache_file.is_file():
            try:
                self.old = json.loads(self.cache_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.old = {}
        self.new: dict[str, list[str]] = {}
        self._recording: list[str] | None = None
        self._salt: str | None = None
        self._settings_salt: str | None = None
        self.hits = self.misses = 0
        self.linker = Linker()

    def settings_salt(self) -> str:
        """What every reused file depends on: the settings that shape output, this code."""
        if self._settings_salt is None:
            code = Path(__file__).read_bytes().decode("utf-8")
            self._settings_salt = fingerprint(
                {k: self.settings.get(k) for k in _SALT_SETTINGS}, code
            )
        return self._settings_salt

    def salt(self, context: dict) -> str:
        """What every reused page also depends on: the templates and the site navigation."""
        if self._salt is None:
            pages = [(p.title, p.url) for p in context.get("pages", [])]
            self._salt = fingerprint(_templates_hash(Path(self.settings["THEME"])), pages)
        return self._salt

    def _open_w(self, filename, encoding, override=False):
        if self._recording is not None:
            self._recording.append(os.path.relpath(filename, self.output_path))
        return super()._open_w(filename, encoding, override)

    def _reuse(self, key: str, context: dict | None) -> bool:
        files = self.old.get(key)
        if not files or self.previous is None:
            return False
        # Plain strings and os calls: this runs for tens of thousands of files per build.
        previous, output = str(self.previous), str(self.output_path)
        sources = [os.path.join(previous, f) for f in files]
        if not all(os.path.isfile(p) for p in sources):
            return False
        for rel, src in zip(files, sources, strict=True):
            dst = os.path.join(output, rel)
            self.linker.link(src, dst)  # on a thread; save() waits for it
            self._written_files.add(dst)
            if context is not None and dst.endswith(".html"):
                # What Pelican says for every page it writes (the sitemap listens).
                signals.content_written.send(dst, context=context)
        self.new[key] = files
        return True

    def cached(self, key: str | None, produce, context: dict | None = None) -> None:
        """Reuse the files made under ``key`` last time, or run ``produce`` and record them.

        ``context`` is what ``content_written`` carries for a reused page."""
        if key is None:
            produce()
            return
        key = fingerprint(self.settings_salt(), key)
        if self._reuse(key, context):
            self.hits += 1
            return
        self.misses += 1
        self._recording = []
        try:
            produce()
            self.new[key] = self._recording
        finally:
            self._recording = None

    def write_file(self, name, template, context, *args, **kwargs):
        item = kwargs.get("article") or kwargs.get("page")
        own = kwargs.pop("render_fingerprint", None)
        base = own or getattr(item, "render_fingerprint", None)
        if base is None:
            if kwargs.get("template_name") in self.settings.get("PAGINATED_TEMPLATES", {}):
                template = _ListingPages(template, self, fingerprint(self.salt(context), name))
            return super().write_file(name, template, context, *args, **kwargs)
        key = fingerprint(self.salt(context), getattr(template, "name", ""), name, base)
        self.cached(
            key,
            lambda: super(CachingWriter, self).write_file(name, template, context, *args, **kwargs),
            {**context, **kwargs},
        )

    def save(self) -> None:
        """Write the manifest as pending: it describes the new site, which is not live yet."""
        self.linker.drain()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_dir / (PENDING + ".tmp")
        tmp.write_text(json.dumps(self.new, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.cache_dir / PENDING)
        timing.add_count("pages reused", self.hits)
        timing.add_count("pages rendered", self.misses)
        log.info("render cache: %d pages reused, %d rendered", self.hits, self.misses)


class _ListingPages:
    """Stands in for a listing's template (home, month archives) while Pelican paginates
    it: a page whose articles, number and page count are unchanged gets last build's
    file back instead of a render. Pelican still writes the file."""

    def __init__(self, template, writer: CachingWriter, base: str) -> None:
        self.template = template
        self.name = template.name
        self.writer = writer
        self.base = base

    def render(self, localcontext: dict) -> str:
        page = localcontext.get("articles_page") or localcontext.get("dates_page")
        items = page.object_list if page is not None else []
        prints = [getattr(a, "render_fingerprint", None) for a in items]
        w = self.writer
        if page is None or None in prints:
            return self.template.render(localcontext)
        output = localcontext["output_file"]
        key = fingerprint(
            w.settings_salt(), self.base, output, page.number, page.paginator.num_pages,
            localcontext.get("period_num"), prints,
        )  # fmt: skip
        files = w.old.get(key)
        if files == [output] and w.previous is not None and (w.previous / output).is_file():
            w.new[key] = files
            w.hits += 1
            return (w.previous / output).read_text(encoding="utf-8")
        w.new[key] = [output]
        w.misses += 1
        return self.template.render(localcontext)


_writers: list[CachingWriter] = []


def get_writer(pelican):
    return _TrackedWriter


class _TrackedWriter(CachingWriter):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        _writers.append(self)


def finalized(pelican) -> None:
    while _writers:
        _writers.pop().save()


def register() -> None:
    signals.get_writer.connect(get_writer)
    signals.finalized.connect(finalized)
