"""Mentions become links in HTML text nodes only; the HTML stays well-formed."""

from __future__ import annotations

from html.parser import HTMLParser

from briefings.linking import Link, first_mentions, html_to_text, insert_links, is_linkable_at
from briefings.nlp.model import Mention

HTML = (
    "<h2>بوتين في موسكو</h2>\n"
    '<p>التقى <a href="/x">بوتين</a> كيم &amp; شويغو في <em>موسكو</em>.</p>\n'
    '<p title="بوتين">قال بوتين إن 3 &lt; 4.</p>'
)


class Balance(HTMLParser):
    """Fails on a closing tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def spans(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


def test_plain_text_unescapes_and_separates_blocks():
    doc = html_to_text(HTML)
    assert doc.text.startswith("بوتين في موسكو\n")
    assert "كيم & شويغو في موسكو." in doc.text
    assert "3 < 4." in doc.text
    assert "title" not in doc.text


def test_links_only_in_linkable_text_and_html_stays_valid():
    doc = html_to_text(HTML)
    linkable = is_linkable_at(doc)
    putin = spans(doc.text, "بوتين")
    assert [linkable(s) for s, _ in putin] == [False, False, True]
    mentions = [Mention(s, e, doc.text[s:e], "vladimir-putin", "person", "name") for s, e in putin]
    moscow = spans(doc.text, "موسكو")
    mentions += [Mention(s, e, "موسكو", "moscow", "city", "name") for s, e in moscow]
    firsts = first_mentions(mentions, linkable)
    assert firsts["vladimir-putin"].start == putin[2][0]
    assert firsts["moscow"].start == moscow[1][0]  # the one in <em>, not the heading
    links = [Link(m.start, m.end, f"/e/{m.entity}/", "<Putin>") for m in firsts.values()]
    out = insert_links(doc, links)
    checker = Balance()
    checker.feed(out)
    checker.close()
    assert checker.stack == []
    assert '<em><a class="entity" href="/e/moscow/" title="&lt;Putin&gt;">موسكو</a></em>' in out
    assert '<p title="بوتين">قال <a class="entity" href="/e/vladimir-putin/"' in out
    assert "<h2>بوتين في موسكو</h2>" in out
    assert '<a href="/x">بوتين</a>' in out
    assert "3 &lt; 4." in out and "كيم &amp; شويغو" in out


def test_link_crossing_a_tag_or_overlapping_is_skipped():
    doc = html_to_text("<p>كيم <b>جونغ</b> أون</p>")
    whole = Link(0, len("كيم جونغ أون"), "/k/")
    assert insert_links(doc, [whole]) == doc.source
    a, b = Link(0, 3, "/a/"), Link(1, 3, "/b/")
    assert insert_links(doc, [a, b]).count("<a ") == 1
