"""Every posting of an index field, read a segment at a time and kept per segment.

The export reads every posting of every term. Through Whoosh's per-term API that
costs tens of microseconds a term before any posting is decoded, most of an export's
time on a big index. A Whoosh segment never changes once written (deletions are kept
beside it), so what was read from a segment can be kept on disk under its id: after
editing one article, an update adds one small segment and the export reads only that
one, the big segments coming back from the cache. Cached postings include deleted
documents, like the segment itself; the export keeps the live ones.
"""

from __future__ import annotations

import marshal
import os
from array import array
from pathlib import Path
from typing import Any

from whoosh.matching.wrappers import FilterMatcher

FORMAT = 1
# term -> (document numbers in the segment, frequencies), each an array("I") as bytes
SegmentTable = dict[bytes, tuple[bytes, bytes]]
# term -> [(docnums, frequencies, the segment's first document number in the index)]
FieldPostings = dict[bytes, list[tuple[bytes, bytes, int]]]


def frequencies(m: Any) -> list[tuple[int, int]]:
    """``(docnum, frequency)`` of every posting of a leaf matcher.

    The fields are indexed without positions, so Whoosh stores each posting's
    frequency as its weight; Whoosh 3's leaf matcher decodes a block's ids and
    weights as arrays, which are read here a block at a time (a posting at a time
    through ``value_as`` made this most of the export's time). Other matchers take
    the public, slower path.
    """
    out: list[tuple[int, int]] = []
    if not all(hasattr(m, a) for a in ("_read_ids", "_read_weights", "_next_block", "_i")):
        while m.is_active():
            out.append((m.id(), int(m.value_as("frequency"))))
            m.next()
        return out
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        out.extend(zip(m._ids[m._i :], (int(w) for w in m._weights[m._i :]), strict=True))
        m._next_block()
    return out


def read_segment(sub: Any, field: str) -> SegmentTable:
    """Every term of ``field`` in one segment's reader, with its postings."""
    table: SegmentTable = {}
    for term in sub.lexicon(field):
        m = sub.postings(field, term)
        if isinstance(m, FilterMatcher):  # the segment's deletions; the caller filters
            m = m.child
        pairs = frequencies(m)
        docs = array("I", [d for d, _ in pairs]).tobytes()
        table[term] = (docs, array("I", [f for _, f in pairs]).tobytes())
    return table


def table_path(cache_dir: Path, segment_id: str, field: str) -> Path:
    """Where one segment's postings of one field are kept."""
    return cache_dir / f"{segment_id}.{field}.v{FORMAT}"


def save_table(path: Path, table: SegmentTable) -> None:
    """Keep a segment's postings of one field (written whole, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(marshal.dumps(table))
    os.replace(tmp, path)


class SegmentPostings:
    """Postings by field for a whole index reader, using and filling ``cache_dir``
    (``None``: read everything, keep nothing)."""

    def __init__(self, reader: Any, cache_dir: Path | None) -> None:
        self.reader = reader
        self.cache_dir = cache_dir
        self.used: set[str] = set()

    def _path(self, sub: Any, field: str) -> Path | None:
        if self.cache_dir is None:
            return None
        path = table_path(self.cache_dir, sub.segment().segment_id(), field)
        self.used.add(path.name)
        return path

    def _table(self, sub: Any, field: str) -> SegmentTable:
        path = self._path(sub, field)
        if path is not None and path.is_file():
            try:
                table = marshal.loads(path.read_bytes())
                if isinstance(table, dict):
                    return table
            except (OSError, ValueError, EOFError, TypeError):
                pass  # unreadable: read the segment again
        table = read_segment(sub, field)
        if path is not None:
            save_table(path, table)
        return table

    def field(self, field: str) -> FieldPostings:
        """Every term of ``field`` with its postings in each segment that has it."""
        where: FieldPostings = {}
        for sub, offset in self.reader.leaf_readers():
            for term, (docs, freqs) in self._table(sub, field).items():
                where.setdefault(term, []).append((docs, freqs, offset))
        return where

    def prune(self) -> None:
        """Forget segments this index no longer has (merged away)."""
        if self.cache_dir is None or not self.cache_dir.is_dir():
            return
        for path in self.cache_dir.iterdir():
            if path.name not in self.used:
                path.unlink(missing_ok=True)


def postings(parts: list[tuple[bytes, bytes, int]]) -> list[tuple[int, int]]:
    """``(docnum in the index, frequency)`` of one term, from :meth:`SegmentPostings.field`."""
    out: list[tuple[int, int]] = []
    for docs, freqs, offset in parts:
        d, f = array("I"), array("I")
        d.frombytes(docs)
        f.frombytes(freqs)
        out.extend(zip([x + offset for x in d] if offset else d, f, strict=True))
    return out


def cache_dir_for(index_dir: Path) -> Path:
    """Where an index's segment postings are kept: beside it, not inside it."""
    return index_dir.with_name(index_dir.name + ".postings")
