"""The plugin's settings and their defaults, and URL helpers built from them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefings.entity_index import TYPE_PLURAL
from briefings.nlp.model import Entity

DEFAULTS: dict[str, Any] = {
    "ENTITY_URL": "{plural}/{id}/",
    "ENTITY_SAVE_AS": "{plural}/{id}/index.html",
    "ENTITY_FEED_ATOM": "{plural}/{id}/feed.atom.xml",
    "ENTITY_FEED_MAX_ITEMS": 20,  # newest articles per entity feed
    # A name found from context only (not in the knowledge base) gets a page, links
    # and a feed once this many articles mention it; 1 gives every one a page.
    "ENTITY_DISCOVERED_MIN_ARTICLES": 2,
    "ENTITY_DIRECTORY_URL": "{plural}/",
    "ENTITY_DIRECTORY_SAVE_AS": "{plural}/index.html",
    "ENTITY_API_PATH": "api",
    "ENTITY_OVERRIDES": "entities.toml",
    "ENTITY_LINK_KEY": "@entity/",
    "ENTITY_CACHE": True,  # cache extractions by content hash under CACHE_PATH
    "ENTITY_EXECUTOR": "process",  # "process" (local processes) or "serial"
    "ENTITY_WORKERS": None,  # default: one per core
    "DASK_SCHEDULER_ADDRESS": None,  # e.g. "tcp://10.0.0.5:8786"; env BRIEFINGS_DASK_SCHEDULER
}


def setting(settings: dict[str, Any], name: str) -> Any:
    return settings.get(name, DEFAULTS[name])


def entity_url(settings: dict[str, Any], entity: Entity) -> str:
    return setting(settings, "ENTITY_URL").format(plural=TYPE_PLURAL[entity.type], id=entity.id)


def entity_save_as(settings: dict[str, Any], entity: Entity) -> str:
    return setting(settings, "ENTITY_SAVE_AS").format(plural=TYPE_PLURAL[entity.type], id=entity.id)


def entity_feed(settings: dict[str, Any], entity: Entity) -> str:
    pattern = setting(settings, "ENTITY_FEED_ATOM")
    return pattern.format(plural=TYPE_PLURAL[entity.type], id=entity.id) if pattern else ""


def overrides_path(settings: dict[str, Any]) -> Path | None:
    name = setting(settings, "ENTITY_OVERRIDES")
    if not name:
        return None
    path = Path(settings["PATH"]) / name
    return path if path.exists() else None


def absolute(settings: dict[str, Any], url: str) -> str:
    """An absolute URL for structured data and feeds."""
    return f"{settings.get('SITEURL', '').rstrip('/')}/{url}"


def cache_file(settings: dict[str, Any]) -> Path | None:
    if not setting(settings, "ENTITY_CACHE"):
        return None
    return Path(settings.get("CACHE_PATH", "cache")) / "entities.sqlite"
