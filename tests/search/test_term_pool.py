"""The in-memory posting pool must hand Whoosh exactly what Whoosh's own pool does."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest

from briefings.search.term_pool import TermPostingPool


def test_the_pool_yields_postings_in_the_order_whooshs_sort_gives() -> None:
    """Whoosh's pool returns ``sorted(postings)``; ours must too, out-of-order
    document numbers and repeated ones (spelling postings use docnum 0) included."""
    rng = random.Random(7)
    items = []
    for docnum in range(300):
        for _ in range(rng.randint(0, 12)):
            field = rng.choice(["title", "body", "entities"])
            term = rng.choice(["ab", "b", "ba", "روس", "c"]).encode()
            items.append((field, term, docnum, float(rng.randint(1, 4)), b"\x00\x01"))
    # a merged segment's postings come term by term: document numbers go back down
    items += [("body", b"ab", 5, 2.0, b"\x02"), ("body", b"ab", 5, 1.0, b"\x01")]
    items += [("spell", b"w", 0, 1.0, None)] * 3
    items = list(dict.fromkeys(items))  # one posting per (field, term, doc, weight, value)
    tail = items[-40:]
    rng.shuffle(tail)
    items[-40:] = tail
    pool = TermPostingPool()
    for item in items:
        pool.add(item)
    assert list(pool.iter_postings()) == sorted(items, key=_order)
    assert pool.fieldnames == {"title", "body", "entities", "spell"}


def _order(item: tuple) -> tuple:
    field, term, docnum, weight, value = item
    return field, term, docnum, weight, value or b""


def _postings(index: Path) -> dict[tuple[str, bytes], Any]:
    """Every term's statistics and postings, and every document's stored fields and lengths."""
    from briefings.search.index import open_index

    out: dict[Any, Any] = {}
    with open_index(index).reader() as r:
        for field, term in r.all_terms():
            info = r.term_info(field, term)
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            m = r.postings(field, term)
            out[field, term] = (stats, [(d, w, v) for d, w, v in _all(m)])
        for docnum, stored in r.iter_docs():
            lengths = {f: r.doc_field_length(docnum, f) for f in ("title", "body", "entities")}
            out["doc", docnum] = (stored, lengths)
    return out


def _all(m: Any) -> list[tuple[int, float, bytes]]:
    rows = []
    while m.is_active():
        rows.append((m.id(), m.weight(), m.value()))
        m.next()
    return rows


@pytest.mark.parametrize("update", [False, True])
def test_an_index_written_through_the_pool_is_the_one_whooshs_pool_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update: bool
) -> None:
    """Same terms, statistics, postings, stored fields and lengths, for a first build
    and for an update that adds a segment and merges the small ones into it."""
    from search_corpus import DOCS, ENTITIES

    from briefings.search import index
    from briefings.search.aliases import alias_table
    from briefings.search.index import build_index

    aliases = alias_table(ENTITIES)
    monkeypatch.setattr(index, "MERGE_WHEN_DELETED", 1.0)
    final = copy.deepcopy(DOCS[2:])
    final[0]["text"] += " والنفط والنفط"
    results = []
    for limit in (index.IN_MEMORY_MAX_DOCS, 0):  # ours, then Whoosh's own pool
        monkeypatch.setattr(index, "IN_MEMORY_MAX_DOCS", limit)
        path = tmp_path / f"limit-{limit}"
        build_index(DOCS, path, aliases)
        if update:
            build_index(final, path, aliases)
            build_index([*final, *copy.deepcopy(DOCS[:1])], path, aliases)
        results.append(_postings(path))
    ours, whooshs = results
    assert len([k for k in ours if k[0] == "body"]) > 100
    assert ours == whooshs


@pytest.mark.parametrize("update", [False, True])
def test_the_writer_leaves_the_export_the_postings_it_would_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update: bool
) -> None:
    """The cached tables are what ``read_segment`` gives for the segment just written,
    and an export through them is byte for byte a fresh index's with no cache."""
    import marshal

    from search_corpus import DOCS, ENTITIES
    from test_export import _tree

    from briefings.search import index
    from briefings.search.aliases import alias_table
    from briefings.search.export import export
    from briefings.search.index import build_index, open_index
    from briefings.search.segment_postings import read_segment, table_path

    aliases, cache = alias_table(ENTITIES), tmp_path / "postings"
    monkeypatch.setattr(index, "MERGE_WHEN_DELETED", 1.0)
    final = copy.deepcopy(DOCS[1:])
    final[0]["text"] += " والنفط والنفط"
    checked = 0
    for docs in [DOCS, final] if update else [DOCS]:
        build_index(docs, tmp_path / "ours", aliases, postings_cache=cache)
        with open_index(tmp_path / "ours").reader() as r:
            for sub, _ in r.leaf_readers():
                if sub.has_deletions():  # Whoosh hides terms of deleted documents only
                    continue
                for field in ("title", "body", "entities", "people", "countries"):
                    path = table_path(cache, sub.segment().segment_id(), field)
                    assert marshal.loads(path.read_bytes()) == read_segment(sub, field)
                    checked += len(read_segment(sub, field))
    assert checked > (200 if update else 100)
    export(tmp_path / "ours", tmp_path / "export-ours", postings_cache=cache)
    monkeypatch.setattr(index, "IN_MEMORY_MAX_DOCS", 0)
    build_index(final if update else DOCS, tmp_path / "whooshs", aliases)
    export(tmp_path / "whooshs", tmp_path / "export-whooshs")
    ours, whooshs = _tree(tmp_path / "export-ours"), _tree(tmp_path / "export-whooshs")
    assert sorted(ours) == sorted(whooshs) and len(ours) > 5
    assert [name for name in ours if ours[name] != whooshs[name]] == []
