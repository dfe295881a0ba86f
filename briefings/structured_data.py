"""schema.org JSON-LD for articles and entities, as plain dicts.

Search engines and data users read these; the theme prints them with Jinja's
``tojson`` (which escapes ``<``, ``>`` and ``&``), so no string here can end the
``<script type="application/ld+json">`` block.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from briefings.nlp.model import Entity

SCHEMA_TYPES = {
    "person": "Person",
    "country": "Country",
    "city": "City",
    "organization": "Organization",
    "region": "Place",
}


def wikidata_url(qid: str | None) -> str | None:
    return f"https://www.wikidata.org/wiki/{qid}" if qid else None


def entity_thing(entity: Entity, url: str | None = None, lang: str = "ar") -> dict[str, Any]:
    """A compact schema.org node for ``entity``."""
    node: dict[str, Any] = {
        "@type": SCHEMA_TYPES[entity.type],
        "name": entity.name_ar if lang == "ar" else (entity.name_en or entity.name_ar),
    }
    other = entity.name_en if lang == "ar" else entity.name_ar
    if other and other != node["name"]:
        node["alternateName"] = other
    if url:
        node["url"] = url
    same = wikidata_url(entity.wikidata)
    if same:
        node["sameAs"] = same
    return node


def article_json_ld(
    *,
    headline: str,
    url: str,
    lang: str,
    published: date | datetime | None,
    publisher: str,
    about: Iterable[tuple[Entity, str | None]],
    mentions: Iterable[tuple[Entity, str | None]],
    source_url: str | None = None,
) -> dict[str, Any]:
    """``NewsArticle`` with ``about`` (main subjects) and ``mentions`` (the rest)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline[:110],
        "inLanguage": lang,
        "url": url,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if published is not None:
        data["datePublished"] = published.isoformat()
    if source_url:
        data["isBasedOn"] = source_url
    about_nodes = [entity_thing(e, u, lang) for e, u in about]
    mention_nodes = [entity_thing(e, u, lang) for e, u in mentions]
    if about_nodes:
        data["about"] = about_nodes
    if mention_nodes:
        data["mentions"] = mention_nodes
    return data


def entity_json_ld(entity: Entity, url: str, lang: str = "ar") -> dict[str, Any]:
    """The entity page's own node, with its names in both languages."""
    node = {"@context": "https://schema.org", **entity_thing(entity, url, lang)}
    names = {entity.name_ar, entity.name_en, *entity.aliases_ar, *entity.aliases_en}
    names.discard(node["name"])
    names.discard("")
    if names:
        node["alternateName"] = sorted(names)
    if entity.type == "person" and entity.roles:
        node["jobTitle"] = [r.title_en for r in entity.roles if r.title_en][:5]
    return node
