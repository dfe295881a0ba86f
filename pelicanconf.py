"""Pelican settings for the briefing archive (development: relative URLs, no feeds)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the `briefings` library, also when not pip-installed

from briefings.presentation import FILTERS  # noqa: E402

AUTHOR = "فريق الموجز"
SITENAME = "أرشيف الموجزات"
SITESUBTITLE = "موجزات الأخبار العالمية: من وأين"
# Pages link relatively (open output/ from anywhere); feeds and structured data need an
# absolute base: the local server of `invoke serve`. publishconf.py sets the real one.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True

PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "ar"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# Seeds are imported into content/briefings; editors' static pages live in content/pages.
ARTICLE_PATHS = ["briefings"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
IGNORE_FILES = [".#*", "*.tmp", "entities.toml"]

# Seeds and briefings: Arabic slugs, no unidecode (it maps عمان and أمن both to "mn").
SLUGIFY_SOURCE = "title"
SLUGIFY_USE_UNICODE = True

# URLs: one folder per page. Translations are off: every briefing stands alone,
# whatever its language, and keeps the same URL scheme.
ARTICLE_URL = "briefings/{slug}/"
ARTICLE_SAVE_AS = "briefings/{slug}/index.html"
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
DRAFT_URL = DRAFT_SAVE_AS = ""

DIRECT_TEMPLATES = ["index", "archives"]
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_SAVE_AS = "archives/{date:%Y}/index.html"
YEAR_ARCHIVE_URL = "archives/{date:%Y}/"
MONTH_ARCHIVE_SAVE_AS = "archives/{date:%Y}/{date:%m}/index.html"
MONTH_ARCHIVE_URL = "archives/{date:%Y}/{date:%m}/"
DAY_ARCHIVE_SAVE_AS = ""

# Categories, tags and authors are not part of this archive's navigation.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
DISPLAY_CATEGORIES_ON_MENU = False
DISPLAY_PAGES_ON_MENU = True

DEFAULT_PAGINATION = 20
PAGINATED_TEMPLATES = {"index": None, "period_archives": 50, "entity": 20}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# The site-wide Atom feed (per-entity feeds come from plugins/briefing_entities).
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Titles and names come from outside: escape everything; templates mark trusted HTML `|safe`.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
JINJA_FILTERS = FILTERS

PLUGIN_PATHS = [str(ROOT / "plugins")]
PLUGINS = [
    "briefing_site",
    "briefing_entities",
    "briefing_search",
    "briefing_render_cache",
    "pelican.plugins.sitemap",
]
SITEMAP = {"format": "xml"}

# Entity pages (plugins/briefing_entities): one URL scheme for every type.
ENTITY_URL = "{plural}/{id}/"
ENTITY_SAVE_AS = "{plural}/{id}/index.html"
ENTITY_FEED_ATOM = "{plural}/{id}/feed.atom.xml"
ENTITY_OVERRIDES = "entities.toml"  # editors' additions, aliases, merges, suppressions

NAV_LINKS = [
    ("الأشخاص", "people/"),
    ("الدول", "countries/"),
    ("المدن", "cities/"),
    ("المناطق", "regions/"),
    ("المنظمات", "organizations/"),
    ("البحث", "search/"),
]

# Search (plugins/briefing_search): the Whoosh index stays outside output/, in
# <PATH>/../.build/search-index unless SEARCH_INDEX_DIR says otherwise.
SEARCH_OUTPUT_DIR = "search"

CACHE_PATH = ".build/cache"  # relative to the settings file's folder, like PATH
# Pelican's reader cache: unchanged Markdown (by content hash, not mtime) is not re-parsed.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "md5"
# Uncompressed: gzip-compressing 17k parsed articles cost 8 s a build, for disk we have.
GZIP_CACHE = False

# The importer's seeds folder, read by `invoke import` / `invoke build`.
SEEDS_PATH = "seeds"
