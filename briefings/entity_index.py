"""Gather every article's extraction into per-entity records for the entity pages.

Pure data: it knows articles only as opaque objects with a date, so the Pelican
plugin can hand it Pelican articles and the tests plain stand-ins.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import Any

from briefings.arabic import normalize
from briefings.nlp.model import Entity, Extraction, Mention
from briefings.presentation import month_label

TYPE_ORDER = ("person", "country", "city", "region", "organization")
TYPE_PLURAL = {
    "person": "people",
    "country": "countries",
    "city": "cities",
    "organization": "organizations",
    "region": "regions",
}
_SENTENCE_END_CHARS = ".!?؟\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_END_CHARS)}]")
KWIC_WIDTH = 110
KWIC_VERSION = 1  # part of entity page keys: bump when kwic() changes what it returns
TOP_COOCCURRING = 12
LEADER_WORDS = (
    "president", "prime minister", "king", "emir", "sultan", "supreme leader", "chancellor",
    "crown prince", "premier", "head of state", "chairman", "general secretary", "leader",
)  # fmt: skip


@dataclass(frozen=True)
class Kwic:
    """Keyword in context: the sentence around a mention, split for highlighting."""

    before: str
    match: str
    after: str


@dataclass
class Appearance:
    """One article in an entity's list: how often and where it names the entity."""

    article: Any
    count: int
    text: str = field(repr=False)  # the article's plain text (shared, not copied)
    first: Mention  # the first mention: the snippet is its sentence
    url: str = ""  # the article's URL, computed once (Pelican computes it on every access)

    @cached_property
    def kwic(self) -> Kwic:
        """Made when a page shows it: on a rebuild most entity pages are reused unseen."""
        return kwic(self.text, self.first)


@dataclass(frozen=True)
class Bar:
    """One month of the timeline, with its geometry precomputed for the SVG."""

    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class Timeline:
    bars: list[Bar]
    width: int
    height: int
    peak: int
    first_label: str  # "ديسمبر 2013"
    last_label: str


@dataclass
class EntityRecord:
    """Everything an entity page shows."""

    entity: Entity
    appearances: list[Appearance] = field(default_factory=list)
    variants: Counter = field(default_factory=Counter)
    mentions: int = 0
    cooccurring: list[tuple[Entity, int]] = field(default_factory=list)
    timeline: Timeline | None = None

    @property
    def articles(self) -> int:
        return len(self.appearances)


def kwic(text: str, mention: Mention, width: int = KWIC_WIDTH) -> Kwic:
    """The sentence holding ``mention``, trimmed to about ``width`` characters a side."""
    start = max(text.rfind(c, 0, mention.start) for c in _SENTENCE_END_CHARS) + 1
    end_match = _SENTENCE_END.search(text, mention.end)
    end = end_match.end() if end_match else len(text)
    before = text[start : mention.start].lstrip()
    after = text[mention.end : end].rstrip()
    if len(before) > width:
        before = "…" + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + "…"
    return Kwic(before, text[mention.start : mention.end], after)


def is_leader(entity: Entity) -> bool:
    """Heads of state or government (and the like), for the people directory."""
    return any(w in r.title_en.lower() for r in entity.roles for w in LEADER_WORDS)


@lru_cache(maxsize=1 << 16)
def collation_key(name: str) -> tuple[str, str]:
    """Arabic dictionary order: normalised letters (Unicode order matches the
    alphabet for the basic letters), ignoring a leading article ال."""
    norm = normalize(name)
    bare = norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm
    return bare, norm


def _month(d: date | datetime) -> tuple[int, int]:
    return d.year, d.month


def build_timeline(dates_counts: Counter, width: int = 640, height: int = 120) -> Timeline | None:
    """Mentions per month from the first to the last month, as bar geometry."""
    months = sorted(m for m in dates_counts if m[0] > 1970)
    if not months:
        return None
    (y0, m0), (y1, m1) = months[0], months[-1]
    span = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        span.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    peak = max(dates_counts[k] for k in span)
    slot = width / len(span)
    bars = []
    for i, key in enumerate(span):
        count = dates_counts.get(key, 0)
        h = (height - 4) * count / peak if peak else 0
        bars.append(
            Bar(f"{key[0]}-{key[1]:02d}", count, round(i * slot + slot * 0.1, 2),
                round(height - h, 2), round(slot * 0.8, 2), round(h, 2))
        )  # fmt: skip
    first_label = month_label(date(*span[0], 1))
    last_label = month_label(date(*span[-1], 1))
    return Timeline(bars, width, height, peak, first_label, last_label)


def entities_with_pages(
    extractions: Iterable[Extraction], discovered_min_articles: int
) -> set[str]:
    """Ids that get a page: every knowledge-base entity, and a discovered one (a name
    found from context only) once it appears in ``discovered_min_articles`` articles.

    A discovered name seen in one briefing is the least certain thing the extractor
    says, and a page listing that one briefing adds nothing to it; on the 17k-article
    corpus three in four discovered names are such singletons.
    """
    articles: Counter = Counter()
    discovered: set[str] = set()
    for extraction in extractions:
        for eid, entity in extraction.entities.items():
            articles[eid] += 1
            if entity.discovered:
                discovered.add(eid)
    return {e for e, n in articles.items() if e not in discovered or n >= discovered_min_articles}


def build_index(
    items: Iterable[tuple[Any, str, Extraction]],
    date_of=lambda a: a.date,
    url_of=lambda a: a.url,
    keep: set[str] | None = None,
) -> dict[str, EntityRecord]:
    """``items`` are ``(article, plain_text, extraction)``; returns records by entity id,
    for the ids in ``keep`` only when it is given (see :func:`entities_with_pages`)."""
    records: dict[str, EntityRecord] = {}
    per_month: dict[str, Counter] = defaultdict(Counter)
    pairs: dict[str, Counter] = defaultdict(Counter)
    for article, text, extraction in items:
        url = url_of(article)
        by_entity: dict[str, list[Mention]] = defaultdict(list)
        for m in extraction.mentions:
            if keep is None or m.entity in keep:
                by_entity[m.entity].append(m)
        ids = sorted(by_entity)
        for eid in ids:
            mentions = sorted(by_entity[eid], key=lambda m: m.start)
            rec = records.get(eid)
            if rec is None:
                rec = records[eid] = EntityRecord(extraction.entities[eid])
            rec.appearances.append(Appearance(article, len(mentions), text, mentions[0], url))
            rec.variants.update(m.text for m in mentions if m.kind != "coreference")
            rec.mentions += len(mentions)
            per_month[eid][_month(date_of(article))] += len(mentions)
            pairs[eid].update(ids)  # itself included (one C call); dropped below
    for eid, rec in records.items():
        pairs[eid].pop(eid, None)
        rec.appearances.sort(key=lambda a: (date_of(a.article), a.url), reverse=True)
        rec.cooccurring = [
            (records[o].entity, n)
            for o, n in sorted(pairs[eid].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_COOCCURRING]
        ]
        rec.timeline = build_timeline(per_month[eid])
    return records


def directory(records: dict[str, EntityRecord], entity_type: str) -> list[EntityRecord]:
    """Records of one type in Arabic collation order; people: leaders first."""
    chosen = [r for r in records.values() if r.entity.type == entity_type]
    if entity_type == "person":
        return sorted(
            chosen, key=lambda r: (not is_leader(r.entity), collation_key(r.entity.name_ar))
        )
    return sorted(chosen, key=lambda r: collation_key(r.entity.name_ar))
