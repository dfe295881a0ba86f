"""The document the search index takes, its snippet and the one result order.

The order (score, then newest first, then url) is shared by the Python searcher and
the browser: the export numbers documents in date-then-url order so the browser breaks
score ties by document number alone.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from typing import NotRequired, TypedDict, TypeVar

SNIPPET_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?؟\n]")

T = TypeVar("T")


class EntityRef(TypedDict):
    """An entity an article mentions, as the index needs it."""

    id: str
    type: str  # person | country | city | organization
    country: str | None
    name: NotRequired[str]  # display name (Arabic first); the id is shown when absent
    count: NotRequired[int]  # mentions in the article (term frequency of the id)
    discovered: NotRequired[bool]  # found from context, not in the knowledge base


class SearchDocument(TypedDict):
    """One article to index."""

    url: str
    title: str
    date: str  # ISO 8601
    lang: str
    text: str  # plain body text
    entities: list[EntityRef]


def content_hash(doc: SearchDocument) -> str:
    """A stable hash of everything indexed, so unchanged articles are skipped."""
    blob = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:24]


def lead_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The lead sentence, cut at a word boundary to at most ``limit`` characters."""
    text = text.strip()
    m = _SENTENCE_END.search(text)
    lead = text[: m.start() + 1] if m else text
    lead = " ".join(lead.split())
    if len(lead) <= limit:
        return lead
    cut = lead[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip("،,;؛:") + "…"


def in_result_order(
    items: Iterable[T], date: Callable[[T], str], url: Callable[[T], str]
) -> list[T]:
    """Newest first, then by url: the tie-break every ranked list uses."""
    by_url = sorted(items, key=url)
    return sorted(by_url, key=date, reverse=True)
