"""Per-article work: extract, link the first mention of each entity, attach the panel data."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from pelican.contents import Article

from briefings import timing
from briefings.entity_index import (
    TYPE_ORDER,
    TYPE_PLURAL,
    build_index,
    collation_key,
    entities_with_pages,
)
from briefings.extraction_runner import Prefetch, prime, run_extraction
from briefings.fingerprint import fingerprint as render_fingerprint
from briefings.linking import (
    HtmlText,
    Link,
    first_mentions,
    html_to_text,
    insert_links,
    is_linkable_at,
)
from briefings.nlp import load_kb
from briefings.nlp.model import Entity, Extraction
from briefings.nlp.overrides import OverrideError
from briefings.presentation import plain_summary
from briefings.structured_data import article_json_ld

from .settings import absolute, cache_file, entity_url, overrides_path, setting

log = logging.getLogger(__name__)

TYPE_SINGULAR = {
    "person": "شخص",
    "country": "دولة",
    "city": "مدينة",
    "region": "منطقة",
    "organization": "منظمة",
}
TYPE_LABELS = {
    "ar": {
        "person": "أشخاص",
        "country": "دول",
        "city": "مدن",
        "region": "مناطق",
        "organization": "منظمات",
    },
    "en": {
        "person": "People",
        "country": "Countries",
        "city": "Cities",
        "region": "Regions",
        "organization": "Organisations",
    },
}
_TYPE_RANK = {t: i for i, t in enumerate(TYPE_ORDER)}
ABOUT_MIN_MENTIONS = 2
ABOUT_MAX = 5


@dataclass(frozen=True)
class PanelItem:
    entity: Entity
    count: int
    url: str


@dataclass(frozen=True)
class PanelGroup:
    type: str
    label: str
    items: list[PanelItem]


class LinkTarget:
    """Stands in ``context['generated_content']`` so ``{filename}/@entity/<id>``
    links resolve through Pelican's own intrasite-link machinery: relative on
    pages, absolute in feeds."""

    def __init__(self, url: str) -> None:
        self.url = url


def load_knowledge_base(settings: dict):
    """The KB with the editors' overrides; a broken overrides file is reported, not fatal."""
    path = overrides_path(settings)
    try:
        return load_kb(path)
    except OverrideError as exc:
        log.error("%s — building without editor overrides", exc)
        return load_kb(None)


class _Early:
    """The knowledge base and the extraction started while articles are read."""

    kb = None
    prefetch: Prefetch | None = None


def start_prefetch(generator) -> None:
    """``article_generator_init``: load the knowledge base and get workers ready, so
    each article is extracted as soon as Pelican has read it (see ``Prefetch``)."""
    s = generator.settings
    _Early.kb, _Early.prefetch = None, None
    if setting(s, "ENTITY_EXECUTOR") == "serial":
        return
    _Early.kb = load_knowledge_base(s)
    prime(_Early.kb, overrides_path(s))
    # While articles are read this process keeps a core busy: leave it that core.
    workers = setting(s, "ENTITY_WORKERS") or max(1, (os.cpu_count() or 1) - 1)
    _Early.prefetch = Prefetch(
        overrides_path(s),
        cache_file(s),
        executor=setting(s, "ENTITY_EXECUTOR"),
        workers=workers,
        dask_address=setting(s, "DASK_SCHEDULER_ADDRESS"),
    )


def prefetch_article(instance) -> None:
    """``content_object_init``: queue a freshly read article for extraction."""
    if _Early.prefetch is not None and isinstance(instance, Article):
        doc = html_to_text(instance._content or "")
        instance._briefing_text = (instance._content, doc)  # reused by annotate_articles
        _Early.prefetch.add(doc.text)


def _text_of(article) -> HtmlText:
    """The article's text, as :func:`prefetch_article` saw it if its HTML is the same."""
    seen = getattr(article, "_briefing_text", None)
    if seen is not None and seen[0] is article._content:
        return seen[1]
    return html_to_text(article._content or "")


def extract_all(settings: dict, kb, texts: list[str]) -> list[Extraction]:
    """Cached, parallel extraction (see ``briefings.extraction_runner``)."""
    overrides = overrides_path(settings)
    early, _Early.prefetch = _Early.prefetch, None
    if early is None:  # start_prefetch primed the knowledge base already
        prime(kb, overrides)
    with timing.phase("extraction", count=len(texts)):
        prefetched, early_cpu = early.results() if early else ({}, 0.0)
        extractions, stats = run_extraction(
            texts,
            overrides,
            cache_file(settings),
            executor=setting(settings, "ENTITY_EXECUTOR"),
            workers=setting(settings, "ENTITY_WORKERS"),
            dask_address=setting(settings, "DASK_SCHEDULER_ADDRESS"),
            canonical=kb.entities,
            prefetched=prefetched,
        )
    timing.add_cpu("extraction", stats["worker_cpu"] + early_cpu)
    if early is not None:  # queued chunks this process took over once reading was done
        timing.add_count("extraction in this process", early.stolen)
    log.info("entities: %(computed)d articles extracted, %(cached)d from cache", stats)
    return extractions


def panel(
    extraction: Extraction, counts: dict[str, int], urls: dict[str, str], lang: str
) -> list[PanelGroup]:
    """The article's entities by type; ``urls`` has the ones with a page."""
    labels = TYPE_LABELS["en" if lang == "en" else "ar"]
    groups = []
    for t in TYPE_ORDER:
        items = [
            PanelItem(e, counts[e.id], urls.get(e.id, ""))
            for e in extraction.entities.values()
            if e.type == t and e.id in counts
        ]
        items.sort(key=lambda i: (-i.count, collation_key(i.entity.name_ar)))
        if items:
            groups.append(PanelGroup(t, labels[t], items))
    return groups


def _absolute(settings: dict, url: str | None) -> str | None:
    return absolute(settings, url) if url else None


def annotate_articles(generator) -> None:
    """``article_generator_finalized``: every article gets links, a panel and JSON-LD;
    the generator's context gets ``entity_records`` for the entity pages."""
    settings = generator.settings
    articles = list(generator.articles) + list(getattr(generator, "translations", []))
    docs = [_text_of(a) for a in articles]
    kb, _Early.kb = _Early.kb or load_knowledge_base(settings), None
    generator.context["entity_kb"] = kb
    extractions = extract_all(settings, kb, [d.text for d in docs])
    paged = entities_with_pages(extractions, setting(settings, "ENTITY_DISCOVERED_MIN_ARTICLES"))
    link_key = setting(settings, "ENTITY_LINK_KEY")
    targets = generator.context.setdefault("generated_content", {})
    items = []
    for article, doc, extraction in zip(articles, docs, extractions, strict=True):
        urls = {e: entity_url(settings, x) for e, x in extraction.entities.items() if e in paged}
        firsts = first_mentions(extraction.mentions, is_linkable_at(doc))
        links = []
        for eid, m in firsts.items():
            if eid not in urls:
                continue
            e = extraction.entities[eid]
            title = e.name_en if article.lang == "ar" else e.name_ar
            links.append(Link(m.start, m.end, "{filename}/" + link_key + e.id, title or ""))
        article._content = insert_links(doc, links)
        article.entity_mentions = extraction.mentions
        article.plain_text = doc.text
        article.plain_summary = plain_summary(doc.text, settings.get("SUMMARY_MAX_LENGTH") or 50)
        # Pelican recomputes `url` from the URL settings on every access (hundreds of
        # thousands of times on a big site); its override_url metadata pins it once.
        article.override_url = article.url
        counts = extraction.mention_counts()
        article.entities = sorted(
            extraction.entities.values(), key=lambda e: (_TYPE_RANK[e.type], -counts[e.id])
        )
        article.entity_panel = panel(extraction, counts, urls, article.lang)
        for eid, url in urls.items():
            targets.setdefault(link_key + eid, LinkTarget(url))
        ranked = [e for e in article.entities if e.type in ("person", "country")]
        about = [e for e in ranked if counts[e.id] >= ABOUT_MIN_MENTIONS][:ABOUT_MAX]
        about_ids = {e.id for e in about}  # ids: Entity equality compares every field
        rest = [e for e in article.entities if e.id not in about_ids]
        article.json_ld = article_json_ld(
            headline=article.title,
            url=absolute(settings, article.url),
            lang=article.lang,
            published=None if getattr(article, "undated", None) else article.date,
            publisher=settings.get("SITENAME", ""),
            about=[(e, _absolute(settings, urls.get(e.id))) for e in about],
            mentions=[(e, _absolute(settings, urls.get(e.id))) for e in rest],
            source_url=getattr(article, "sourceurl", None),
        )
        # reprs, not JSON: made for every article on every build, of values built in a
        # fixed order (the metadata as read, the JSON-LD and panel as built above)
        article.render_fingerprint = render_fingerprint(
            article._content,
            repr(article.metadata),
            article.url,
            article.save_as,
            repr(article.json_ld),
            repr([
                (g.type, g.label,
                 [(i.entity.id, i.entity.name_ar, i.entity.name_en, i.count, i.url)
                  for i in g.items])
                for g in article.entity_panel
            ]),
        )  # fmt: skip
        items.append((article, doc.text, extraction))
    generator.context["entity_records"] = build_index(items, keep=paged)
    # One URL scheme for every page that links entities, search's chips included.
    generator.context["entity_url_patterns"] = {
        t: setting(settings, "ENTITY_URL").format(plural=TYPE_PLURAL[t], id="{id}")
        for t in TYPE_ORDER
    }
