"""Where an entity's page went when its id stopped existing, so old links keep working.

An entity page's URL is made from the entity's id, and an id can vanish between
builds: an editor merges a discovered person into a known one or renames an entity,
or the engine improves and extracts a longer name (a discovered id is made from the
name). Readers' bookmarks and other sites' links still point at the old page.

Each build keeps, for every entity with a page, a sample of where it was mentioned
(article URL and character offsets: the first mention in each of up to ``SAMPLE``
articles). When an id has no page any more, its successor is the entity that now
holds most of those mentions, provided it holds at least half of the ones whose
articles still exist (a suppressed name leaves no successor). The old URL then
redirects to the successor's page. Redirects are kept from build to build and follow
chains (a successor that moved again) until the old id has a page of its own again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

SAMPLE = 12
VERSION = 1

Span = tuple[str, int, int]  # article URL, start, end


@dataclass(frozen=True)
class Page:
    """An entity page as published: where it is, and what the entity was."""

    url: str
    save_as: str
    name: str
    sample: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Move:
    """``old`` (an id with no page now) redirects to the page of ``to``."""

    old: str
    page: Page  # the old page
    to: str


class MentionIndex:
    """Current mentions of entities that have pages, by article, for overlap lookups."""

    def __init__(self, mentions: Iterable[tuple[str, int, int, str]]) -> None:
        self._by_article: dict[str, list[tuple[int, int, str]]] = {}
        for article, start, end, entity in mentions:
            self._by_article.setdefault(article, []).append((start, end, entity))

    def has_article(self, article: str) -> bool:
        return article in self._by_article

    def at(self, article: str, start: int, end: int) -> set[str]:
        """Entities mentioned in ``article`` over any part of ``[start, end)``."""
        return {e for s, t, e in self._by_article.get(article, ()) if s < end and start < t}


def sample(spans: Iterable[Span]) -> tuple[Span, ...]:
    """The first mention in each article, for up to ``SAMPLE`` articles (by URL)."""
    first: dict[str, Span] = {}
    for span in sorted(spans):
        first.setdefault(span[0], span)
    return tuple(first[a] for a in sorted(first)[:SAMPLE])


def successor(page: Page, index: MentionIndex, pages: Mapping[str, Page]) -> str | None:
    """The entity with a page now holding most of ``page``'s sampled mentions."""
    alive = [span for span in page.sample if index.has_article(span[0])]
    votes: Counter[str] = Counter()
    for span in alive:
        votes.update(e for e in index.at(*span) if e in pages)
    if not votes:
        return None
    best, count = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return best if count * 2 >= len(alive) else None


def find_moves(
    previous: Mapping[str, Any], pages: Mapping[str, Page], index: MentionIndex
) -> list[Move]:
    """Redirects for this build, from the last build's state (see :func:`state`)."""
    old_pages = {eid: _page(p) for eid, p in previous.get("pages", {}).items()}
    moved: dict[str, Move] = {}
    for eid, raw in previous.get("moved", {}).items():
        moved[eid] = Move(eid, _page(raw["page"]), raw["to"])
    for eid, page in old_pages.items():
        if eid not in pages and (to := successor(page, index, pages)):
            moved[eid] = Move(eid, page, to)
    live_urls = {p.url for p in pages.values()}
    out = []
    for eid, move in sorted(moved.items()):
        if eid in pages or move.page.url in live_urls:
            continue  # the id, or another entity, has that page now
        to, seen = move.to, {eid}
        while to not in pages and to in moved and to not in seen:
            seen.add(to)
            to = moved[to].to
        if to in pages:
            out.append(Move(eid, move.page, to))
    return out


def state(pages: Mapping[str, Page], moves: Iterable[Move]) -> dict[str, Any]:
    """What the next build needs: this build's pages and redirects (JSON-able)."""
    return {
        "version": VERSION,
        "pages": {eid: _raw(p) for eid, p in sorted(pages.items())},
        "moved": {m.old: {"page": _raw(m.page), "to": m.to} for m in moves},
    }


def _raw(page: Page) -> dict[str, Any]:
    return {"url": page.url, "save_as": page.save_as, "name": page.name,
            "sample": [list(s) for s in page.sample]}  # fmt: skip


def _page(raw: Mapping[str, Any]) -> Page:
    spans = tuple((str(a), int(s), int(e)) for a, s, e in raw.get("sample", ()))
    return Page(str(raw["url"]), str(raw["save_as"]), str(raw.get("name", "")), spans)
