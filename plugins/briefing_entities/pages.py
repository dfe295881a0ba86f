"""Write entity pages, directories, per-entity Atom feeds and the static JSON API."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from briefings import entity_moves as moves
from briefings import timing
from briefings.entity_index import (
    KWIC_VERSION,
    TYPE_ORDER,
    TYPE_PLURAL,
    Appearance,
    EntityRecord,
    directory,
    is_leader,
)
from briefings.fingerprint import fingerprint
from briefings.structured_data import entity_json_ld, wikidata_url

from .annotate import TYPE_LABELS, TYPE_SINGULAR, PanelItem
from .feeds import write_entity_feed
from .settings import absolute, entity_feed, entity_save_as, entity_url, setting

MOVES_STATE = "entity-moves.json"
MOVES_PENDING = "entity-moves.pending.json"
DIRECTORY_TITLES = {
    "person": "الأشخاص",
    "country": "الدول",
    "city": "المدن",
    "region": "المناطق",
    "organization": "المنظمات",
}


def directory_url(settings: dict, entity_type: str) -> str:
    return setting(settings, "ENTITY_DIRECTORY_URL").format(plural=TYPE_PLURAL[entity_type])


def nav_links(settings: dict) -> list[tuple[str, str]]:
    """(label, url) of the four directories, for the site navigation."""
    return [(DIRECTORY_TITLES[t], directory_url(settings, t)) for t in TYPE_ORDER]


class EntityPagesGenerator(Generator):
    """Runs after the articles generator, from the records it left in the context."""

    def generate_context(self) -> None:
        self.records: dict[str, EntityRecord] = {}
        self.page_keys: dict[str, str] = {}  # entity id -> what its page is made from

    def generate_output(self, writer) -> None:
        with timing.phase("entity pages", count=len(self.context.get("entity_records", {}))):
            self._generate(writer)

    def _generate(self, writer) -> None:
        self.records = self.context.get("entity_records", {})
        kb = self.context.get("entity_kb")
        self.countries = {
            e.country: e for e in (kb.entities.values() if kb else ()) if e.type == "country"
        }
        for record in sorted(self.records.values(), key=lambda r: r.entity.id):
            self._write_entity(writer, record)
        for entity_type in TYPE_ORDER:
            self._write_directory(writer, entity_type)
        self._write_api(writer)
        self._write_moves()

    def _item(self, record: EntityRecord) -> PanelItem:
        return PanelItem(record.entity, record.articles, entity_url(self.settings, record.entity))

    def _write_entity(self, writer, record: EntityRecord) -> None:
        s = self.settings
        e = record.entity
        url = entity_url(s, e)
        feed = entity_feed(s, e)
        related = [PanelItem(other, n, entity_url(s, other)) for other, n in record.cooccurring]
        country = self.countries.get(e.country) if e.type != "country" else None
        country_record = self.records.get(country.id) if country else None
        page_key = fingerprint(
            repr(e),  # a frozen dataclass of plain values: its repr holds every field
            KWIC_VERSION,  # with the text (in the article's fingerprint) and the first
            # mention's offsets, what the snippet is made of; made only if rendered
            "\n".join(map(_appearance_key, record.appearances)),
            repr([(i.entity.id, i.entity.name_ar, i.count, i.url) for i in related]),
            repr((country.id if country else None, country_record is not None,
                  record.mentions, record.timeline, sorted(record.variants.items()), feed)),
        )  # fmt: skip
        self.page_keys[e.id] = page_key
        writer.write_file(
            entity_save_as(s, e),
            self.get_template("entity"),
            self.context,
            relative_urls=s["RELATIVE_URLS"],
            paginated={"articles": record.appearances},
            template_name="entity",
            url=url,
            entity=e,
            record=record,
            related=related,
            type_label=TYPE_LABELS["ar"][e.type],
            type_singular=TYPE_SINGULAR[e.type],
            country=country,
            country_url=entity_url(s, country) if country_record else None,
            directory_url=directory_url(s, e.type),
            wikidata_url=wikidata_url(e.wikidata),
            variants=[v for v, _ in record.variants.most_common(12)],
            entity_feed_url=feed,
            entity_json_ld=entity_json_ld(e, absolute(s, url)),
            page_name=url,
            render_fingerprint=page_key,
        )
        if feed:
            newest = [a.article for a in record.appearances[: setting(s, "ENTITY_FEED_MAX_ITEMS")]]

            def write_feed() -> None:
                title = f"{s.get('SITENAME', '')}: {e.name_ar}"
                write_entity_feed(writer, self.context, feed, title, newest)

            feed_key = fingerprint(
                "feed",
                feed,
                e.name_ar,
                repr([(a.url, a.title, a.date, getattr(a, "plain_summary", "")) for a in newest]),
            )
            cached = getattr(writer, "cached", None)
            if cached is None:
                write_feed()
            else:
                cached(feed_key, write_feed)

    def _write_directory(self, writer, entity_type: str) -> None:
        s = self.settings
        ordered = directory(self.records, entity_type)
        if entity_type == "person":
            leaders = [self._item(r) for r in ordered if is_leader(r.entity)]
            others = [self._item(r) for r in ordered if not is_leader(r.entity)]
            groups = [("القادة والمسؤولون", leaders), ("أشخاص آخرون", others)]
        else:
            groups = [("", [self._item(r) for r in ordered])]
        writer.write_file(
            setting(s, "ENTITY_DIRECTORY_SAVE_AS").format(plural=TYPE_PLURAL[entity_type]),
            self.get_template("entity_directory"),
            self.context,
            relative_urls=s["RELATIVE_URLS"],
            directory_title=DIRECTORY_TITLES[entity_type],
            directory_type=entity_type,
            groups=[(label, items) for label, items in groups if items],
            total=len(ordered),
            page_name=directory_url(s, entity_type),
        )

    def _write_api(self, writer) -> None:
        s = self.settings
        root = Path(self.output_path) / setting(s, "ENTITY_API_PATH")
        (root / "entities").mkdir(parents=True, exist_ok=True)
        listing = []
        cached = getattr(writer, "cached", None)
        for record in sorted(self.records.values(), key=lambda r: r.entity.id):
            e = record.entity
            summary = {
                "id": e.id,
                "type": e.type,
                "name": {"ar": e.name_ar, "en": e.name_en},
                "wikidata": e.wikidata,
                "country": e.country,
                "url": entity_url(s, e),
                "articles": record.articles,
            }
            listing.append(summary)

            def write_detail(record=record, summary=summary) -> None:
                detail = dict(summary)
                detail["mentions"] = record.mentions
                detail["articles"] = [
                    {
                        "url": a.url,
                        "title": a.article.title,
                        "date": None
                        if getattr(a.article, "undated", None)
                        else a.article.date.isoformat(),
                        "mentions": a.count,
                    }
                    for a in record.appearances
                ]
                path = root / "entities" / f"{record.entity.id}.json"
                with writer._open_w(str(path), "utf-8") as fh:  # recorded by the render cache
                    fh.write(_json(detail))

            key = self.page_keys.get(e.id)
            if cached is None or key is None:
                write_detail()
            else:  # the entity's page key covers everything its detail holds
                cached(fingerprint("api", key, summary), write_detail)
        _write_json(root / "entities.json", listing)

    def _write_moves(self) -> None:
        """Redirect pages for entities that lost their page since the last build, to
        the entity now holding their mentions (see :mod:`briefings.entity_moves`),
        and ``moved.json`` in the API. Written as files, not through Pelican's
        writer: a redirect is no page of the site (not in the sitemap)."""
        s = self.settings
        cache = Path(s.get("CACHE_PATH", "cache"))
        previous: dict = {}
        try:
            previous = json.loads((cache / MOVES_STATE).read_text("utf-8"))
        except (OSError, ValueError):
            pass
        if previous.get("version") != moves.VERSION:
            previous = {}
        pages = {
            r.entity.id: moves.Page(
                entity_url(s, r.entity),
                entity_save_as(s, r.entity),
                r.entity.name_ar,
                moves.sample((a.url, a.first.start, a.first.end) for a in r.appearances),
            )
            for r in self.records.values()
        }
        found: list[moves.Move] = []
        if previous.get("moved") or set(previous.get("pages", {})) - set(pages):
            index = moves.MentionIndex(
                (a.url, m.start, m.end, m.entity)
                for a in self.context.get("articles", [])
                for m in getattr(a, "entity_mentions", ())
            )
            found = moves.find_moves(previous, pages, index)
        template = self.get_template("entity_moved")
        for move in found:
            target = self.records[move.to].entity
            local = {**self.context, "entity": target, "old_name": move.page.name,
                     "target_url": pages[move.to].url}  # fmt: skip
            if s.get("RELATIVE_URLS"):
                local["SITEURL"] = path_to_url(get_relative_path(move.page.save_as))
            path = Path(self.output_path) / move.page.save_as
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template.render(local), encoding="utf-8")
        api = Path(self.output_path) / setting(s, "ENTITY_API_PATH")
        _write_json(api / "moved.json", {m.old: m.to for m in found})
        cache.mkdir(parents=True, exist_ok=True)
        # pending: briefings.build makes it the state once this site is live
        _write_json(cache / MOVES_PENDING, moves.state(pages, found))


def _appearance_key(a: Appearance) -> str:
    """What an entity page shows of one appearance. An article's render fingerprint
    covers its URL, title, date, language and text (the snippet's source); a string,
    since these keys are made for every appearance of every entity on every build."""
    fp = getattr(a.article, "render_fingerprint", None)
    if fp is None:
        article = a.article
        fp = fingerprint(a.url, article.title, str(article.date), article.lang,
                         getattr(article, "undated", None), a.text)  # fmt: skip
    return f"{fp} {a.count} {a.first.start} {a.first.end}"


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _write_json(path: Path, data) -> None:
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(_json(data), encoding="utf-8")
    os.replace(tmp, path)
