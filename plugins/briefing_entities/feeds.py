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
from typing import Any

from feedgenerator import Atom1Feed, get_tag_uri
from markupsafe import Markup
from pelican.utils import sanitised_join, set_date_tzinfo


def write_entity_feed(
    writer: Any, context: dict, path: str, title: str, articles: list[Any]
) -> None:
    """Write the Atom feed ``path`` (relative to the output) listing ``articles``."""
    site_url = context.get("SITEURL", "")
    timezone = writer.settings.get("TIMEZONE")
    feed_url = writer.urljoiner(context.get("FEED_DOMAIN") or site_url, path)
    feed = Atom1Feed(
        title=Markup(title).striptags(),
        link=site_url + "/",
        description="",
        feed_url=feed_url,
        feed_guid=feed_url,  # one id per entity feed, not the site's
    )
    for article in articles:
        link = writer.urljoiner(site_url, article.url)
        modified = getattr(article, "modified", None)
        feed.add_item(
            title=Markup(article.title).striptags(),
            link=link,
            unique_id=get_tag_uri(link, article.date),
            description=html.escape(getattr(article, "plain_summary", None) or ""),
            pubdate=set_date_tzinfo(article.date, timezone),
            updateddate=set_date_tzinfo(modified, timezone) if modified else None,
        )
    complete = sanitised_join(writer.output_path, path)
    os.makedirs(os.path.dirname(complete), exist_ok=True)
    with writer._open_w(complete, "utf-8") as fp:  # the render cache records what it opens
        feed.write(fp, "utf-8")
