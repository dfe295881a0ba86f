"""The static export: small manifest, shards that hold what the Whoosh reader holds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefings.search import binary
from briefings.search.index import open_index


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def varint(self) -> int:
        n = shift = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            n |= (b & 0x7F) << shift
            if b < 0x80:
                return n
            shift += 7

    def string(self) -> str:
        n = self.varint()
        self.pos += n
        return self.data[self.pos - n : self.pos].decode("utf-8")

    def take(self, n: int) -> bytes:
        self.pos += n
        return self.data[self.pos - n : self.pos]


def _postings(blob: bytes) -> list[tuple[int, int]]:
    r, doc, out = _Reader(blob), -1, []
    while r.pos < len(blob):
        v = r.varint()
        doc += v >> 1
        out.append((doc, r.varint() + 2 if v & 1 else 1))
    return out


def _fields(r: _Reader) -> dict[str, list[tuple[int, int]]]:
    mask, fields = r.varint(), {}
    for i, f in enumerate(("title", "body")):
        if mask & (1 << i):
            df = r.varint()
            fields[f] = _postings(r.take(r.varint()))
            assert len(fields[f]) == df
    return fields


def _entry(search_dir: Path, want: str) -> dict:
    """The entry for ``t:term`` or ``e:id``, decoded: fields, aliases, spellings, embedded."""
    m = json.loads((search_dir / "manifest.json").read_text())
    shard = binary.fnv1a(want) % m["shards"]
    r = _Reader(gzip.decompress((search_dir / "t" / f"{shard}.gz").read_bytes()))
    for _ in range(r.varint()):
        key, kind = r.string(), r.take(1)[0]
        if kind == 1:
            key = "e:" + key
            r.varint()
            entry: dict = {"postings": _postings(r.take(r.varint()))}
            entry["spellings"] = [
                [r.string() for _ in range(r.varint())] for _ in range(r.varint())
            ]
            entry["embedded"] = {r.string(): _fields(r) for _ in range(r.varint())}
        else:
            key = "t:" + key
            entry = {"fields": _fields(r), "aliases": []}
            for _ in range(r.varint()):
                alias = r.string()
                entry["aliases"].append((alias, [r.string() for _ in range(r.varint())]))
        if key == want:
            return entry
    return {}


def _term_entry(search_dir: Path, term: str) -> dict[str, list[tuple[int, int]]]:
    return _entry(search_dir, "t:" + term).get("fields", {})


def test_manifest_is_small_and_files_are_gzip(site_dir: Path) -> None:
    search = site_dir / "search"
    assert (search / "manifest.json").stat().st_size < 10_000
    for path in search.rglob("*.gz"):
        assert path.read_bytes()[:2] == b"\x1f\x8b", path


def test_postings_are_the_whoosh_readers(site_dir: Path, index_dir: Path) -> None:
    search = site_dir / "search"
    ix = open_index(index_dir)
    with ix.searcher() as s:
        r = s.reader()
        order = sorted(range(r.doc_count_all()), key=lambda n: r.stored_fields(n)["url"])
        order.sort(key=lambda n: r.stored_fields(n)["date"], reverse=True)
        ids = {n: i for i, n in enumerate(order)}
        for term in ("نفط", "غزه", "بوتين"):
            m = r.postings("body", term)
            expected = []
            while m.is_active():
                expected.append((ids[m.id()], int(m.value_as("frequency"))))
                m.next()
            assert _term_entry(search, term)["body"] == sorted(expected)


def test_metadata_buckets_follow_result_order(site_dir: Path) -> None:
    search = site_dir / "search"
    m = json.loads((search / "manifest.json").read_text())
    dates = []
    for b in range(m["buckets"]):
        bucket = json.loads(gzip.decompress((search / "m" / f"{b}.gz").read_bytes()))
        dates += [d[2] for d in bucket]
    assert len(dates) == m["docs"] and dates == sorted(dates, reverse=True)


def test_entity_entries_carry_their_minimal_present_spellings(site_dir: Path) -> None:
    search = site_dir / "search"
    # فلاديمير بوتين is left out: بوتين alone matches all it matches.
    assert _entry(search, "e:vladimir-putin")["spellings"] == [["putin"], ["بوتن"], ["بوتين"]]
    trump = _entry(search, "e:donald-trump")["spellings"]
    assert trump == [["ترامب"], ["ترمب"]]  # no "trump" in any text


def test_entity_entries_copy_the_postings_of_rare_spellings(site_dir: Path) -> None:
    search = site_dir / "search"
    embedded = _entry(search, "e:vladimir-putin")["embedded"]
    assert set(embedded) == {"putin", "بوتن", "بوتين"}  # all tiny in this archive
    for term, fields in embedded.items():
        assert fields == _term_entry(search, term), term
    assert _entry(search, "e:vladimir-putin")["postings"]


def test_rules_ship_with_the_protected_words(site_dir: Path) -> None:
    from briefings.search.analysis import protected_words

    rules = json.loads(gzip.decompress((site_dir / "search" / "rules.json.gz").read_bytes()))
    assert rules["search"]["protected"] == list(protected_words())
    assert "مصراته" in rules["search"]["protected"]
    assert rules["arabic"]["proclitics"]


def _tree(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}


def _assert_same_export(index_a: Path, index_b: Path) -> None:
    """The two indexes export to the same files, byte for byte."""
    from briefings.search.export import export

    export(index_a, index_a.parent / f"{index_a.name}-export")
    export(index_b, index_b.parent / f"{index_b.name}-export")
    a = _tree(index_a.parent / f"{index_a.name}-export")
    b = _tree(index_b.parent / f"{index_b.name}-export")
    assert sorted(a) == sorted(b) and len(a) > 5
    assert [name for name in a if a[name] != b[name]] == []


@pytest.mark.parametrize("merge_when", [1.0, 0.1])
def test_an_updated_index_exports_exactly_what_a_fresh_one_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merge_when: float
) -> None:
    """Updates leave replaced documents in the index, marked deleted, until a merge:
    the export must not show them in postings, counts, lengths or statistics."""
    import copy

    from search_corpus import DOCS, ENTITIES

    from briefings.search import index
    from briefings.search.aliases import alias_table
    from briefings.search.index import build_index

    monkeypatch.setattr(index, "MERGE_WHEN_DELETED", merge_when)
    aliases = alias_table(ENTITIES)
    build_index(DOCS, tmp_path / "updated", aliases)
    final = copy.deepcopy(DOCS[1:])  # the first article removed ...
    final[0]["text"] += " والنفط والنفط"  # ... one edited ...
    final[1]["entities"] = []  # ... one without its entities now
    build_index(final, tmp_path / "updated", aliases)
    with open_index(tmp_path / "updated").reader() as r:
        # 3 of 20 documents replaced: kept as deleted, or merged away past 10%
        assert r.doc_count_all() - r.doc_count() == (3 if merge_when == 1.0 else 0)
    build_index(final, tmp_path / "fresh", aliases)
    _assert_same_export(tmp_path / "updated", tmp_path / "fresh")


def test_an_index_written_by_parallel_writers_exports_what_one_writer_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big first build indexes with several processes and keeps their segments."""
    from search_corpus import DOCS, ENTITIES

    from briefings.search import index
    from briefings.search.aliases import alias_table
    from briefings.search.index import build_index

    monkeypatch.setattr(index, "PARALLEL_MIN", 1)
    aliases = alias_table(ENTITIES)
    # Whoosh hands documents to its writers 100 at a time: enough for both to work.
    docs = [{**d, "url": f"{d['url']}{n}/"} for n in range(12) for d in DOCS]
    build_index(docs, tmp_path / "parallel", aliases, procs=2)
    with open_index(tmp_path / "parallel").reader() as r:
        assert len(list(r.leaf_readers())) == 2  # one segment per writer
    build_index(docs, tmp_path / "single", aliases)
    _assert_same_export(tmp_path / "parallel", tmp_path / "single")


def test_an_export_from_cached_segment_postings_is_what_a_fresh_index_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an update, the unchanged segment's postings come from the cache (only the
    new segment is read), and the export is still byte for byte a fresh index's."""
    import copy

    from search_corpus import DOCS, ENTITIES

    from briefings.search import index, segment_postings
    from briefings.search.aliases import alias_table
    from briefings.search.export import export
    from briefings.search.index import build_index

    monkeypatch.setattr(index, "MERGE_WHEN_DELETED", 1.0)  # keep the first segment
    read: list[str] = []
    real_read = segment_postings.read_segment

    def counting(sub, field):
        read.append(sub.segment().segment_id())
        return real_read(sub, field)

    monkeypatch.setattr(segment_postings, "read_segment", counting)
    aliases, cache = alias_table(ENTITIES), tmp_path / "postings"
    build_index(DOCS, tmp_path / "updated", aliases)
    export(tmp_path / "updated", tmp_path / "first", postings_cache=cache)
    (first_segment,) = set(read)
    kept = {p.name for p in cache.iterdir()}
    final = copy.deepcopy(DOCS[1:])
    final[0]["text"] += " والنفط والنفط"
    build_index(final, tmp_path / "updated", aliases)
    read.clear()
    export(tmp_path / "updated", tmp_path / "second", postings_cache=cache)
    assert read and first_segment not in read  # only the new segment was read
    assert kept <= {p.name for p in cache.iterdir()}
    build_index(final, tmp_path / "fresh", aliases)
    export(tmp_path / "fresh", tmp_path / "fresh-export")
    a, b = _tree(tmp_path / "second"), _tree(tmp_path / "fresh-export")
    assert sorted(a) == sorted(b) and [n for n in a if a[n] != b[n]] == []

    # A merge retires the first segment: its cached postings are dropped.
    monkeypatch.setattr(index, "MERGE_WHEN_DELETED", 0.0)
    build_index(DOCS, tmp_path / "updated", aliases)
    export(tmp_path / "updated", tmp_path / "third", postings_cache=cache)
    assert not any(p.name.startswith(first_segment) for p in cache.iterdir())
