"""Entity feeds copy each briefing's <entry> made once: the bytes Atom1Feed writes."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from feedgenerator import Atom1Feed, get_tag_uri
from pelican.utils import set_date_tzinfo
from pelican.writers import Writer

from plugins.briefing_entities.feeds import write_entity_feed

SITE = "https://example.org"


def _articles() -> list[SimpleNamespace]:
    return [
        SimpleNamespace(
            title=f"زيارة <em>بوتين</em> & {n}",
            url=f"briefings/{n}/",
            date=datetime(2023, 9, n + 1, 8, n),
            modified=datetime(2023, 9, n + 2) if n % 2 else None,
            plain_summary=f"ملخص {n} <b>x</b> & y",
        )
        for n in range(6)
    ]


def _atom1feed(path: str, title: str, articles: list) -> str:
    """The feed as the plugin wrote it before: every entry through Atom1Feed."""
    feed_url = f"{SITE}/{path}"
    feed = Atom1Feed(
        title=title, link=SITE + "/", description="", feed_url=feed_url, feed_guid=feed_url
    )
    for a in articles:
        link = f"{SITE}/{a.url}"
        feed.add_item(
            title=html.unescape(a.title.replace("<em>", "").replace("</em>", "")),
            link=link,
            unique_id=get_tag_uri(link, a.date),
            description=html.escape(a.plain_summary),
            pubdate=set_date_tzinfo(a.date, "Asia/Riyadh"),
            updateddate=set_date_tzinfo(a.modified, "Asia/Riyadh") if a.modified else None,
        )
    return feed.writeString("utf-8")


def test_feeds_sharing_briefings_are_what_atom1feed_writes(tmp_path: Path) -> None:
    writer = Writer(str(tmp_path), settings={"TIMEZONE": "Asia/Riyadh", "SITEURL": SITE})
    context = {"SITEURL": SITE}
    articles = _articles()
    feeds = {
        "people/a/feed.atom.xml": articles[:4],
        "people/b/feed.atom.xml": articles[2:],  # entries made for the first feed, reused
        "places/c/feed.atom.xml": articles[::-1],
    }
    for path, items in feeds.items():
        write_entity_feed(writer, context, path, "الأرشيف: أ", items)
    assert len(writer._entity_feed_entries) == len(articles)  # one entry made per briefing
    for path, items in feeds.items():
        written = (tmp_path / path).read_text("utf-8")
        assert written == _atom1feed(path, "الأرشيف: أ", items)
        assert written.count("<entry>") == len(items)
