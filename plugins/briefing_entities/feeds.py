"""Entity feeds: the newest briefings naming an entity, as Atom entries with a summary.

Pelican's ``write_feed`` puts each article's full HTML, links resolved again, and its
HTML summary into every feed the article is in; a briefing is in a dozen entity feeds,
which made entity feeds a third of a cold build's entity-page time. A reader following
a person or a country needs the title, link, date and summary of each new briefing; the
site feed (``FEED_ALL_ATOM``) keeps the full text.
"""

from __future__ import annotations

import html
import os
from io import StringIO
from typing import Any

from feedgenerator import Atom1Feed, get_tag_uri
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator
from markupsafe import Markup
from pelican.utils import sanitised_join, set_date_tzinfo

Entry = tuple[dict[str, Any], str]  # add_item's arguments, and the <entry> they write


class _MadeEntriesFeed(Atom1Feed):
    """An Atom feed whose ``<entry>`` elements were written once per article.

    A briefing is in the feed of every entity it names (about ten). An entry is a
    function of its item alone, so it is made once per build (:func:`_entry`) and
    copied into each feed: the same bytes Atom1Feed writes (tested)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entry_xml: list[str] = []

    def write_items(self, handler: Any) -> None:
        for xml in self.entry_xml:
            handler.ignorableWhitespace(xml)  # SAX's way to write characters as they are


def _entry(writer: Any, site_url: str, timezone: Any, article: Any) -> Entry:
    made: dict[int, Entry] = writer.__dict__.setdefault("_entity_feed_entries", {})
    got = made.get(id(article))  # the writer, and these articles, live for one build
    if got is None:
        link = writer.urljoiner(site_url, article.url)
        modified = getattr(article, "modified", None)
        item = {
            "title": Markup(article.title).striptags(),
            "link": link,
            "unique_id": get_tag_uri(link, article.date),
            "description": html.escape(getattr(article, "plain_summary", None) or ""),
            "pubdate": set_date_tzinfo(article.date, timezone),
            "updateddate": set_date_tzinfo(modified, timezone) if modified else None,
        }
        one = Atom1Feed(title="", link="", description="")
        one.add_item(**item)
        out = StringIO()
        one.write_items(SimplerXMLGenerator(out, "utf-8", short_empty_elements=True))
        got = made[id(article)] = (item, out.getvalue())
    return got


def write_entity_feed(
    writer: Any, context: dict, path: str, title: str, articles: list[Any]
) -> None:
    """Write the Atom feed ``path`` (relative to the output) listing ``articles``."""
    site_url = context.get("SITEURL", "")
    timezone = writer.settings.get("TIMEZONE")
    feed_url = writer.urljoiner(context.get("FEED_DOMAIN") or site_url, path)
    feed = _MadeEntriesFeed(
        title=Markup(title).striptags(),
        link=site_url + "/",
        description="",
        feed_url=feed_url,
        feed_guid=feed_url,  # one id per entity feed, not the site's
    )
    for article in articles:
        item, xml = _entry(writer, site_url, timezone, article)
        feed.add_item(**item)  # its dates make the feed's <updated>
        feed.entry_xml.append(xml)
    complete = sanitised_join(writer.output_path, path)
    os.makedirs(os.path.dirname(complete), exist_ok=True)
    with writer._open_w(complete, "utf-8") as fp:  # the render cache records what it opens
        feed.write(fp, "utf-8")
