"""Link entity mentions inside an article's HTML without breaking it.

The extractor works on plain text with character offsets (like spaCy's spans);
the site needs those spans as links in HTML. This module turns HTML into the
plain text the extractor sees, remembers which text node every character came
from, and wraps chosen mentions in ``<a>`` — only in text nodes, never inside
existing links, headings, code or attributes — so the HTML stays valid.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
# Mentions inside these elements are not linked (text is still extracted).
NO_LINK = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "button"}
# Elements whose text the extractor never sees.
NO_TEXT = {"script", "style"}
BLOCKS = {"p", "div", "li", "ul", "ol", "blockquote", "br", "tr", "td", "th", "h1", "h2",
          "h3", "h4", "h5", "h6", "pre", "table", "section", "article", "figure", "hr"}  # fmt: skip
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "embed"}


@dataclass(frozen=True)
class TextNode:
    """A run of text in the HTML: where it is in the HTML and in the plain text."""

    html_start: int
    html_end: int
    text_start: int
    text: str  # unescaped
    linkable: bool


@dataclass
class HtmlText:
    """The plain text of an HTML fragment and the map back to its text nodes."""

    source: str
    text: str
    nodes: list[TextNode]


def html_to_text(source: str) -> HtmlText:
    """Plain text of ``source`` (blocks separated by newlines) with node positions."""
    parts: list[str] = []
    nodes: list[TextNode] = []
    stack: list[str] = []
    length = 0
    pos = 0

    def add_text(start: int, end: int) -> None:
        nonlocal length
        if start >= end or any(t in NO_TEXT for t in stack):
            return
        text = html.unescape(source[start:end])
        linkable = not any(t in NO_LINK for t in stack)
        nodes.append(TextNode(start, end, length, text, linkable))
        parts.append(text)
        length += len(text)

    for m in _TAG.finditer(source):
        add_text(pos, m.start())
        pos = m.end()
        tag = m.group()
        name_match = _TAG_NAME.match(tag)
        if not name_match:
            continue
        name = name_match.group(1).lower()
        if tag.startswith("</"):
            if name in stack:
                while stack and stack.pop() != name:
                    pass
        elif name not in VOID and not tag.endswith("/>"):
            stack.append(name)
        if name in BLOCKS and parts and not parts[-1].endswith("\n"):
            parts.append("\n")
            length += 1
    add_text(pos, len(source))
    return HtmlText(source, "".join(parts), nodes)


@dataclass(frozen=True)
class Link:
    """A span of the plain text to wrap in a link."""

    start: int
    end: int
    href: str
    title: str = ""
    css_class: str = "entity"


def insert_links(doc: HtmlText, links: Iterable[Link]) -> str:
    """Return the HTML with each link applied; links that cross nodes or sit in
    a non-linkable node are skipped, so the result stays well-formed."""
    by_node: dict[int, list[Link]] = {}
    starts = [n.text_start for n in doc.nodes]
    for link in sorted(links, key=lambda lk: lk.start):
        i = _node_index(starts, link.start)
        if i is None:
            continue
        node = doc.nodes[i]
        if not node.linkable or link.end > node.text_start + len(node.text):
            continue
        taken = by_node.setdefault(i, [])
        if taken and taken[-1].end > link.start:
            continue
        taken.append(link)
    if not by_node:
        return doc.source
    out: list[str] = []
    pos = 0
    for i, node_links in sorted(by_node.items()):
        node = doc.nodes[i]
        out.append(doc.source[pos : node.html_start])
        cursor = 0
        for link in node_links:
            s, e = link.start - node.text_start, link.end - node.text_start
            out.append(html.escape(node.text[cursor:s], quote=False))
            title = f' title="{html.escape(link.title)}"' if link.title else ""
            out.append(
                f'<a class="{html.escape(link.css_class)}" href="{html.escape(link.href)}"{title}>'
                f"{html.escape(node.text[s:e], quote=False)}</a>"
            )
            cursor = e
        out.append(html.escape(node.text[cursor:], quote=False))
        pos = node.html_end
    out.append(doc.source[pos:])
    return "".join(out)


def _node_index(starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def first_mentions(
    mentions: Iterable, linkable: Callable[[int], bool] | None = None
) -> dict[str, object]:
    """The first (optionally: first linkable) mention of each entity, in text order."""
    first: dict[str, object] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.entity not in first and (linkable is None or linkable(m.start)):
            first[m.entity] = m
    return first


def is_linkable_at(doc: HtmlText) -> Callable[[int], bool]:
    """A predicate: does the plain-text offset fall in a linkable node?"""
    starts = [n.text_start for n in doc.nodes]

    def check(offset: int) -> bool:
        i = _node_index(starts, offset)
        return i is not None and doc.nodes[i].linkable

    return check
