"""Build and update the Whoosh index, one article per document, skipping unchanged ones.

The index lives outside ``output/`` (Whoosh leaves lock files). Each document stores
the hash of its input; a rebuild re-analyses only new or changed articles and deletes
the ones that disappeared. Replaced documents stay in the index, marked deleted, until
more than ``MERGE_WHEN_DELETED`` of it is deleted and everything is merged (a full merge
rewrites the whole index: a minute at 17k articles). The export reads live documents
only, so it is exactly a fresh index's; Whoosh's own BM25 statistics, which the command
line search uses, count the replaced documents until the merge. The ``schema-version``
marker also holds a digest of the analysis rules (protected words included): when they
change, the index starts again, since every stored term may differ.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Frequency
from whoosh.system import pack_uint

from briefings.search.analysis import (
    ANALYZER,
    index_terms,
    is_search_analyzer,
    rules_fingerprint,
    surface_tokens,
)
from briefings.search.documents import SearchDocument, content_hash, lead_snippet
from briefings.search.term_pool import InMemoryWriter

# 2: chips carry the discovered flag; 3: countries hold ISO codes only; 4: TermFrequency
SCHEMA_VERSION = 4
ALIASES_FILE = "aliases.json"
LOCK_WAIT = 300.0  # seconds to wait for another writer's lock
PARALLEL_MIN = 2000  # fewer new documents than this: one writer (processes cost more)
MERGE_WHEN_DELETED = 0.1  # merge every segment once this share of documents is deleted
# Posting buffer of each Whoosh writer. Past it Whoosh sorts on disk (pickled runs, then
# a merge): on the 17k-article corpus, with two writers, 128 MB cost 62 CPU-s (300 MB
# resident per writer), 160 MB 47 CPU-s (344 MB), 256 MB 45 CPU-s (440 MB). The build's
# processes together must stay under 2 GB.
WRITER_MB = 160
# Up to this many new documents a single writer keeps its postings in memory, a list
# per term (see term_pool: 2.9 M postings of the 17k corpus take about 130 MB and
# need no sort); past it Whoosh's own pool sorts on disk within WRITER_MB.
IN_MEMORY_MAX_DOCS = 40_000
FACET_FIELDS = {
    "person": "people",
    "country": "countries",
    "city": "cities",
    "organization": "orgs",
}


class TermFrequency(Frequency):
    """Whoosh's ``Frequency`` format, counting the search analyzer's terms in one pass.

    Whoosh runs an analyzer as a chain of generators passing a Token object along,
    which was a third of indexing time; :func:`index_terms` gives the same terms as a
    list. Same terms, frequencies, weights and order as ``Frequency`` (tested), so the
    postings and field lengths are identical; any other analyzer or value takes
    Whoosh's own path."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Any:
        if not (isinstance(value, str) and is_search_analyzer(analyzer)):
            return super().word_values(value, analyzer, **kwargs)
        counts: dict[str, int] = {}
        for term in index_terms(value):
            counts[term] = counts.get(term, 0) + 1
        fb = self.field_boost
        return ((w, n, float(n) * fb, pack_uint(n)) for w, n in counts.items())


def _text_field(**kwargs: Any) -> TEXT:
    field = TEXT(analyzer=ANALYZER, phrase=False, **kwargs)
    field.format = TermFrequency(field_boost=field.format.field_boost)
    return field


def make_schema() -> Schema:
    """Scored fields: title, body, entities (ids repeated per mention); the rest filter or show."""
    return Schema(
        url=ID(stored=True, unique=True),
        title=_text_field(stored=True),
        body=_text_field(),
        entities=KEYWORD(scorable=True, lowercase=False),
        people=KEYWORD(lowercase=False),
        countries=KEYWORD(lowercase=False),
        cities=KEYWORD(lowercase=False),
        orgs=KEYWORD(lowercase=False),
        date=ID(stored=True),
        lang=ID(stored=True),
        snippet=STORED(),
        ents=STORED(),
        hash=STORED(),
    )


@dataclass(frozen=True)
class BuildStats:
    """What one build did (the caching benchmark reads this)."""

    added: int
    updated: int
    deleted: int
    unchanged: int


def _fields(doc: SearchDocument, digest: str) -> dict[str, object]:
    ents = doc.get("entities", [])
    facets: dict[str, set[str]] = {f: set() for f in FACET_FIELDS.values()}
    for e in ents:
        field = FACET_FIELDS.get(e["type"])
        if field and field != "countries":  # countries hold ISO codes, added below
            facets[field].add(e["id"])
        if e["type"] in ("country", "city") and e.get("country"):
            facets["countries"].add(str(e["country"]).upper())
    weighted = " ".join(" ".join([e["id"]] * max(1, int(e.get("count", 1)))) for e in ents)
    return {
        "url": doc["url"],
        "title": doc["title"],
        "body": doc["text"],
        "entities": weighted,
        **{k: " ".join(sorted(v)) for k, v in facets.items()},
        "date": doc["date"],
        "lang": doc.get("lang", ""),
        "snippet": lead_snippet(doc["text"]),
        "ents": [
            [
                e["id"],
                e["type"],
                e.get("name") or e["id"],
                e.get("country"),
                e.get("discovered", False),
            ]
            for e in ents
        ],
        "hash": digest,
    }


def merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: fold the segments under a tenth of the largest into the new
    one, so updates add no segments (the export reads each term per segment) while the
    big segments of a parallel first build stay as they are."""
    from whoosh.reading import SegmentReader  # noqa: PLC0415 (Whoosh's own policies do so)

    if len(segments) < 2:
        return segments
    floor = max(seg.doc_count_all() for seg in segments) / 10
    keep = [seg for seg in segments if seg.doc_count_all() >= floor]
    for seg in segments:
        if seg not in keep:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
    return keep


def _open_or_create(index_dir: Path) -> windex.Index:
    marker = index_dir / "schema-version"
    version = f"{SCHEMA_VERSION} {rules_fingerprint()}"
    if windex.exists_in(index_dir) and marker.exists() and marker.read_text() == version:
        return windex.open_dir(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = windex.create_in(index_dir, make_schema())
    marker.write_text(version)
    return ix


def build_index(
    docs: Iterable[SearchDocument],
    index_dir: Path,
    aliases: Mapping[str, Iterable[str]] | None = None,
    procs: int = 1,
    postings_cache: Path | None = None,
) -> BuildStats:
    """Bring the index at ``index_dir`` up to date with ``docs`` (the full set of articles).

    ``aliases`` maps an alias (normalised words joined by spaces, see
    :func:`briefings.search.aliases.alias_key`) to entity ids; only ids
    some document mentions are kept, and the table is stored beside the index so the
    command-line search and the export read the same one. ``postings_cache``: the
    export's per-segment postings cache (see :mod:`briefings.search.segment_postings`),
    handed the new segment's postings when they are written in memory.
    """
    index_dir = Path(index_dir)
    ix = _open_or_create(index_dir)
    wanted = {d["url"]: (d, content_hash(d)) for d in docs}
    with ix.searcher() as s:
        have = {f["url"]: f["hash"] for f in s.all_stored_fields()}
        deleted_already = s.doc_count_all() - s.doc_count()
    stale = [u for u in have if u not in wanted]
    todo = [(d, h) for u, (d, h) in wanted.items() if have.get(u) != h]
    updated = sum(1 for d, _ in todo if d["url"] in have)
    if stale or todo:
        replaced = deleted_already + len(stale) + updated
        many = procs > 1 and len(todo) >= PARALLEL_MIN
        # Several writers leave one segment each (merging them would cost what they saved).
        # Wait for the lock: an interrupted build's indexing process may still be finishing.
        lock = {"timeout": LOCK_WAIT, "delay": 0.25}
        if many:
            w = ix.writer(procs=procs, multisegment=True, limitmb=WRITER_MB, **lock)
        elif len(todo) <= IN_MEMORY_MAX_DOCS:
            w = InMemoryWriter(ix, postings_cache=postings_cache, **lock)
        else:
            w = ix.writer(limitmb=WRITER_MB, **lock)
        for url in stale:
            w.delete_by_term("url", url)
        for doc, digest in todo:
            w.update_document(**_fields(doc, digest))
        # Replaced documents stay in their segment, marked deleted, until a merge; the
        # export skips them, so merging everything (a minute at 17k articles) waits
        # until they are a good share of the index.
        if replaced > MERGE_WHEN_DELETED * max(1, len(wanted)):
            w.commit(optimize=True)
        else:
            w.commit(mergetype=merge_small)
    # What the entities field holds for the live documents (the lexicon would also
    # keep ids of replaced documents until a merge).
    mentioned = {e["id"] for d, _ in wanted.values() for e in d.get("entities", [])}
    table = {
        key: sorted(i for i in set(ids) if i in mentioned) for key, ids in (aliases or {}).items()
    }
    table = {k: v for k, v in sorted(table.items()) if v and any(t for _, t in surface_tokens(k))}
    (index_dir / ALIASES_FILE).write_text(json.dumps(table, ensure_ascii=False), "utf-8")
    return BuildStats(
        added=len(todo) - updated,
        updated=updated,
        deleted=len(stale),
        unchanged=len(wanted) - len(todo),
    )


def open_index(index_dir: Path) -> windex.Index:
    """Open an index built by :func:`build_index`."""
    return windex.open_dir(Path(index_dir))


def load_aliases(index_dir: Path) -> dict[str, list[str]]:
    """The alias table stored with the index."""
    path = Path(index_dir) / ALIASES_FILE
    return json.loads(path.read_text("utf-8")) if path.exists() else {}
