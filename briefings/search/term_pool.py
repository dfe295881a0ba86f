"""A Whoosh posting pool that keeps each term's postings together instead of sorting.

Whoosh's ``PostingPool`` collects every posting of a segment as a tuple
``(field, term, docnum, weight, value)``, sorts them all, and past its memory limit
writes sorted runs to disk and merges them back. On the 17k-article corpus (2.9 M
postings) that sort and the pickled runs were 28 of the indexing process's 53 CPU-s,
on the critical path of a first build. Documents arrive in docnum order, so a term's
postings are already sorted when appended to that term's list: only the 160k terms
need sorting. The pool stores them in arrays (about 20 bytes a posting instead of
Whoosh's 170), hands ``FieldWriter.add_postings`` exactly the stream Whoosh's sort
would, and frees each term once it is written. The segment it writes is Whoosh's own
(tested against Whoosh's pool: same terms, statistics, postings, stored fields).

Two more savings ride on it. Whoosh looks a document's field length up in the new
segment's columns once per posting (4 CPU-s at 17k articles); :class:`_Lengths` reads
each column once. And the pool already holds every term's postings of the segment it
writes, which is what the export would read back from that segment: the writer
keeps them in the export's per-segment cache (see ``segment_postings``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh.writing import SegmentWriter

from briefings.search.segment_postings import SegmentTable, save_table, table_path

Posting = tuple[str, bytes, int, float, Any]


class TermPostingPool:
    """What ``SegmentWriter`` needs of a pool: ``add``, ``iter_postings``, ``cleanup``."""

    def __init__(self, keep_tables: bool = False) -> None:
        self.fieldnames: set[str] = set()
        # field -> the segment table segment_postings would read back (keep_tables)
        self.tables: dict[str, SegmentTable] | None = {} if keep_tables else None
        # field -> term -> (docnums, weights, values)
        self._fields: dict[str, dict[bytes, tuple[array, array, list[Any]]]] = {}
        self._values: dict[Any, Any] = {}  # one object per distinct value bytes
        # terms whose postings came out of docnum order (a merged segment's), sorted
        # when written
        self._unordered: set[tuple[str, bytes]] = set()

    def add(self, item: Posting) -> None:
        fieldname, tbytes, docnum, weight, value = item
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        postings = terms.get(tbytes)
        if postings is None:
            postings = terms[tbytes] = (array("i"), array("d"), [])
        docnums, weights, values = postings
        if docnums and docnums[-1] >= docnum:
            self._unordered.add((fieldname, tbytes))
        docnums.append(docnum)
        weights.append(weight)
        values.append(self._values.setdefault(value, value))

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting in Whoosh's order: field, term, docnum (then weight, value)."""
        for fieldname in sorted(self._fields):
            terms = self._fields.pop(fieldname)
            table: SegmentTable | None = None
            if self.tables is not None:
                table = self.tables[fieldname] = {}
            for tbytes in sorted(terms):
                docnums, weights, values = terms.pop(tbytes)
                rows: Any = zip(docnums, weights, values, strict=True)
                if (fieldname, tbytes) in self._unordered:
                    rows = sorted(rows)
                    docnums = array("i", (d for d, _, _ in rows))
                    weights = array("d", (w for _, w, _ in rows))
                if table is not None:
                    table = self._keep(fieldname, table, tbytes, docnums, weights)
                for docnum, weight, value in rows:
                    yield fieldname, tbytes, docnum, weight, value

    def _keep(
        self, fieldname: str, table: SegmentTable, term: bytes, docnums: array, weights: array
    ) -> SegmentTable | None:
        """Add a term to the field's table, as ``read_segment`` would give it: document
        numbers and whole frequencies. A field with other postings (spelling words,
        fractional weights) is dropped and read from the segment as usual."""
        try:
            freqs = array("I", [int(w) for w in weights]) if min(docnums) >= 0 else None
        except OverflowError:  # a negative or huge weight
            freqs = None
        if freqs is None or array("d", freqs) != weights:
            assert self.tables is not None
            self.tables.pop(fieldname, None)
            return None
        table[term] = (docnums.tobytes(), freqs.tobytes())  # "i" >= 0: the bytes of "I"
        return table

    def cleanup(self) -> None:
        self._fields.clear()


class _Lengths:
    """A per-document reader whose field lengths are read a column at a time."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._columns: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        if default != 0:  # Whoosh's writer asks with 0 only
            return self._reader.doc_field_length(docnum, fieldname, default)
        column = self._columns.get(fieldname)
        if column is None:
            read = self._reader.doc_field_length
            count = self._reader.doc_count_all()
            column = self._columns[fieldname] = [read(d, fieldname, 0) for d in range(count)]
        return column[docnum]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


class InMemoryWriter(SegmentWriter):
    """A single Whoosh ``SegmentWriter`` whose postings go to a :class:`TermPostingPool`.

    ``FileIndex.writer`` takes no pool class (``SegmentWriter`` ignores its
    ``poolclass`` argument), so the pool is swapped in before anything is added.
    ``postings_cache``: the export's segment cache, given the new segment's postings."""

    def __init__(self, ix: Any, postings_cache: Path | None = None, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool.cleanup()
        self.pool = TermPostingPool(keep_tables=postings_cache is not None)
        self._postings_cache = postings_cache

    def per_document_reader(self) -> Any:
        return _Lengths(super().per_document_reader())

    def _finalize_segment(self) -> Any:
        segment = super()._finalize_segment()
        if self._postings_cache is not None and self.pool.tables is not None:
            for field, table in self.pool.tables.items():
                save_table(table_path(self._postings_cache, segment.segment_id(), field), table)
            self.pool.tables = None
        return segment
