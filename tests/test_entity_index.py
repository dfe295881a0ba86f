"""Per-entity records: co-occurrence counts articles shared, never the entity itself."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from briefings.entity_index import build_index
from briefings.nlp.model import Entity, Extraction, Mention


def _entity(eid: str) -> Entity:
    return Entity(eid, "country", eid, eid, None, None)


def _article(n: int, *ids: str):
    text = " ".join(ids) + "."
    mentions, at = [], 0
    for eid in ids:
        mentions.append(Mention(at, at + len(eid), eid, eid, "country", "name"))
        at += len(eid) + 1
    extraction = Extraction(mentions, {eid: _entity(eid) for eid in ids})
    return SimpleNamespace(date=datetime(2018, 1, n), url=f"a{n}/"), text, extraction


def test_cooccurring_counts_shared_articles_and_leaves_out_the_entity_itself():
    items = [
        _article(1, "ru", "kp", "cn"),
        _article(2, "ru", "kp", "ru"),
        _article(3, "ru", "us"),
    ]
    records = build_index(items)
    assert [(e.id, n) for e, n in records["ru"].cooccurring] == [("kp", 2), ("cn", 1), ("us", 1)]
    assert [(e.id, n) for e, n in records["us"].cooccurring] == [("ru", 1)]
    assert records["ru"].mentions == 4 and records["ru"].articles == 3
    assert [a.url for a in records["ru"].appearances] == ["a3/", "a2/", "a1/"]


def test_snippets_are_the_first_mentions_sentence_made_when_read():
    items = [_article(1, "ru", "kp", "ru")]
    (appearance,) = build_index(items)["ru"].appearances
    assert "kwic" not in vars(appearance)  # not made until a page shows it
    assert (appearance.kwic.before, appearance.kwic.match, appearance.kwic.after) == (
        "",
        "ru",
        " kp ru.",
    )
