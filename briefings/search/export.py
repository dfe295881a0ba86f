"""Export the Whoosh index as static files the browser queries with ``search.js``.

Everything comes from the Whoosh reader (terms, postings, document frequencies, the
stored field-length bytes BM25F uses), so the browser's scores are Whoosh's. Layout of
``output/search/`` (``*.gz`` are gzip; ``search.js`` checks the magic bytes, since
static hosts differ on Content-Encoding):

- ``manifest.json``: counts and constants only (about 2 KB at any size);
- ``rules.json.gz``: ``{"arabic": arabic.json, "search": search_analysis.json plus
  "protected": [words the stemmer leaves whole]}`` (``analysis.browser_rules``);
- ``t/<n>.gz``: term shards. A key (``t:`` + analysed term, ``e:`` + entity id) lives
  in shard ``fnv1a(key) % shards``; the shard count follows the bytes, so a query
  fetches one shard per distinct term. A term entry holds its title and body postings
  and the aliases whose first term it is (alias keys are normalised words). An entity
  entry holds its ``entities`` postings, its spellings (``aliases.entity_spellings``:
  minimal term sets whose terms all have postings), each as a count then its terms,
  and a copy of the title/body postings of its spelling terms that take at most
  ``embed_bytes`` (the same bytes as in their term entries), so rare variants cost
  no fetch of their own;
- ``f/<n>.gz``: facet shards (``p:`` + person id, ``c:`` + ISO code) with document lists;
- ``n/<field>.gz``: Whoosh's length byte per document, for each field scored with B > 0;
- ``m/<n>.gz``: result metadata (url, title, date, snippet, and entity chips as indexes
  into the filter lists), ``bucket_docs`` documents per file;
- ``facets.json.gz``: people and countries with counts, for the filters before typing.

At most ``max_files`` files: buckets grow past ``bucket_docs`` on big sites, and term
shards take what is left.

Documents are renumbered newest first (then by url), so score ties resolve by number
and a browse by person or country reads the first buckets.
"""

from __future__ import annotations

import gzip
import json
import math
import shutil
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from whoosh.util.numeric import byte_to_length, length_to_byte

from briefings.search import binary
from briefings.search.aliases import entity_spellings
from briefings.search.analysis import browser_rules, surface_tokens
from briefings.search.documents import in_result_order
from briefings.search.index import load_aliases, open_index
from briefings.search.scoring import field_b, make_weighting
from briefings.search.segment_postings import SegmentPostings, postings

FORMAT_VERSION = 2  # 2: entity entries carry spellings; rules.json.gz
SCORED_FIELDS = ("title", "body", "entities")
TEXT_FIELDS = ("title", "body")
KIND_TERM, KIND_ENTITY = 0, 1


@dataclass(frozen=True)
class ExportOptions:
    """Sizes that trade file count against bytes per query."""

    shard_bytes: int = 6_500  # bytes per term shard (postings barely compress)
    facet_shard_bytes: int = 2_500
    bucket_docs: int = 20  # at least; more when the site would need too many buckets
    max_files: int = 1000  # term shards get whatever the other files leave
    facet_people: int = 100  # people listed in the filter (all keep their document lists)
    # Spelling terms whose postings take at most this many bytes are copied into the
    # entity entry too, so a rare variant (بوتن) costs no shard fetch of its own.
    embed_bytes: int = 256


@dataclass(frozen=True)
class ExportStats:
    documents: int
    files: int
    bytes: int


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _shard_files(
    entries: Mapping[str, bytes], target: int, keep: int = 0, most: int = 1 << 30
) -> list[bytes]:
    """Group encoded entries by key hash into enough shards to keep each near ``target``.

    Keys are hashed whole but written without their first ``keep`` characters (the
    ``t:``/``e:`` prefix is implied by the entry's kind byte).
    """
    total = sum(len(k) + len(v) for k, v in entries.items())
    count = max(1, min(most, math.ceil(total / target)))
    shards: list[list[tuple[str, bytes]]] = [[] for _ in range(count)]
    for key, blob in entries.items():
        shards[binary.fnv1a(key) % count].append((key, blob))
    files = []
    for shard in shards:
        out = bytearray()
        binary.varint(len(shard), out)
        for key, blob in sorted(shard):
            binary.string(key[keep:], out)
            out += blob
        files.append(bytes(out))
    return files


def _text_fields(fields: Mapping[str, list[tuple[int, int]]]) -> bytes:
    """A term's title and body postings: field mask, then per field df, length, postings."""
    out = bytearray()
    binary.varint(sum(1 << i for i, f in enumerate(TEXT_FIELDS) if f in fields), out)
    for f in TEXT_FIELDS:
        if f in fields:
            blob = bytearray()
            binary.postings(fields[f], blob)
            binary.varint(len(fields[f]), out)
            binary.varint(len(blob), out)
            out += blob
    return bytes(out)


def _country_names(codes: set[str], named: Mapping[str, str]) -> dict[str, str]:
    """Names for ISO codes: the entity's own Arabic name, else CLDR's, else the code."""
    try:
        from babel import Locale  # noqa: PLC0415 (names only; ids still work without)

        cldr = Locale("ar").territories
    except Exception:  # pragma: no cover - Babel is a dependency; be lenient anyway
        cldr = {}
    return {c: named.get(c) or cldr.get(c) or c for c in codes}


def clear_export(out_dir: Path) -> None:
    """Remove an earlier export's shard folders and retired files from ``out_dir``."""
    for sub in ("t", "f", "m", "n"):
        shutil.rmtree(out_dir / sub, ignore_errors=True)
    for old in ("arabic.json", "search_analysis.json"):  # format 1's rule files
        (out_dir / old).unlink(missing_ok=True)


def export(
    index_dir: Path,
    out_dir: Path,
    options: ExportOptions | None = None,
    root: str = "../",
    postings_cache: Path | None = None,
) -> ExportStats:
    """Write the browser index for the Whoosh index at ``index_dir`` into ``out_dir``.

    ``root`` is the site root relative to ``out_dir``; stored urls are relative to it.
    ``postings_cache``: where each segment's postings are kept between exports (see
    :mod:`briefings.search.segment_postings`); ``None`` reads them all every time.
    """
    opt = options or ExportOptions()
    out_dir = Path(out_dir)
    clear_export(out_dir)
    ix = open_index(index_dir)
    weighting = make_weighting()
    with ix.searcher(weighting=weighting) as s:
        r = s.reader()
        # Only live documents count: after an incremental update the index keeps
        # replaced documents (marked deleted) until a merge, and the export must be
        # exactly what a fresh index gives (documents, postings and statistics).
        live = [n for n in range(r.doc_count_all()) if not r.is_deleted(n)]
        stored = {n: r.stored_fields(n) for n in live}
        order = in_result_order(
            stored, date=lambda n: stored[n]["date"], url=lambda n: stored[n]["url"]
        )
        n_all = len(order)
        ids = {docnum: i for i, docnum in enumerate(order)}
        lengths: Counter[str] = Counter()  # field -> total length of the live documents

        segments = SegmentPostings(r, postings_cache)
        where = {f: segments.field(f) for f in (*SCORED_FIELDS, "people", "countries")}
        segments.prune()

        def field_terms(field: str) -> list[bytes]:
            return sorted(where[field])

        def plist(field: str, term: bytes) -> list[tuple[int, int]]:
            got = sorted((ids[d], f) for d, f in postings(where[field][term]) if d in ids)
            lengths[field] += sum(f for _, f in got)
            return got

        # Term entries: title/body postings plus the aliases starting with the term.
        # Each term's postings are encoded as soon as they are read (a term's postings
        # as Python tuples, kept for the whole vocabulary, were most of the export's
        # memory: ~450 MB at 17k articles).
        text_fields: dict[str, bytes] = {}
        for raw in sorted(set().union(*(where[f] for f in TEXT_FIELDS))):
            fields = {f: pl for f in TEXT_FIELDS if raw in where[f] and (pl := plist(f, raw))}
            if fields:  # a term of deleted documents only is not in a fresh index
                text_fields[raw.decode("utf-8")] = _text_fields(fields)
        aliases: dict[str, list[tuple[str, list[str]]]] = {}
        table = load_aliases(index_dir)
        spellings = entity_spellings(table, text_fields.__contains__)
        for key, eids in table.items():
            anchor = next(t for _, t in surface_tokens(key) if t)
            aliases.setdefault(anchor, []).append((key, eids))
        no_fields = _text_fields({})  # an alias's first word that no document has
        entries: dict[str, bytes] = {}
        for term in sorted(set(text_fields) | set(aliases)):
            out = bytearray([KIND_TERM])
            out += text_fields.setdefault(term, no_fields)
            binary.varint(len(aliases.get(term, [])), out)
            for key, eids in aliases.get(term, []):
                binary.string(key, out)
                binary.varint(len(eids), out)
                for e in eids:
                    binary.string(e, out)
            entries["t:" + term] = bytes(out)
        for term in field_terms("entities"):
            pl = plist("entities", term)
            if not pl:
                continue
            out = bytearray([KIND_ENTITY])
            blob = bytearray()
            binary.postings(pl, blob)
            binary.varint(len(pl), out)
            binary.varint(len(blob), out)
            out += blob
            eid = term.decode("utf-8")
            binary.varint(len(spellings.get(eid, [])), out)
            for sp in spellings.get(eid, []):
                binary.varint(len(sp), out)
                for t in sp:
                    binary.string(t, out)
            terms = dict.fromkeys(t for sp in spellings.get(eid, []) for t in sp)
            small = [t for t in terms if len(text_fields[t]) <= opt.embed_bytes]
            binary.varint(len(small), out)
            for t in small:
                binary.string(t, out)
                out += text_fields[t]
            entries["e:" + eid] = bytes(out)
        # Facet document lists.
        facet_entries: dict[str, bytes] = {}
        counts: dict[str, Counter[str]] = {"people": Counter(), "countries": Counter()}
        for field, prefix in (("people", "p:"), ("countries", "c:")):
            for term in field_terms(field):
                docs = sorted(i for i, _ in plist(field, term))
                value = term.decode("utf-8")
                if not docs:
                    continue
                if field == "countries" and not (len(value) == 2 and value.isupper()):
                    continue  # indexes before schema 3 also held country entity ids here
                counts[field][value] = len(docs)
                out = bytearray()
                binary.varint(len(docs), out)
                binary.doc_list(docs, out)
                facet_entries[prefix + value] = bytes(out)
        facet_shards = (
            _shard_files(facet_entries, opt.facet_shard_bytes, most=opt.max_files // 10)
            if facet_entries
            else []
        )
        bucket_docs = max(opt.bucket_docs, math.ceil(n_all / (opt.max_files // 2)))
        fixed = 16  # manifest, rules, norms, facets, the module and page
        term_budget = opt.max_files - math.ceil(n_all / bucket_docs) - len(facet_shards) - fixed
        term_shards = _shard_files(entries, opt.shard_bytes, keep=2, most=max(1, term_budget))

        # Length bytes, exactly what Whoosh's BM25F scorer reads, one file per field.
        # Fields scored with B = 0 ignore length: no file for them.
        norms = {
            field: bytes(length_to_byte(r.doc_field_length(d, field, 0)) for d in order)
            for field in SCORED_FIELDS
            if field_b(weighting, field) > 0
        }
        # Whoosh's avg_field_length (total length / documents), over live documents:
        # a field's length is the sum of its term frequencies.
        avgfl = {f: (lengths[f] / n_all if n_all else 0) or 1 for f in SCORED_FIELDS}

    # Filters first: chips in the buckets point into these two lists.
    names: dict[str, str] = {}
    hidden: set[str] = set()  # discovered people: searchable, not offered as filters
    country_named: dict[str, tuple[str, str]] = {}  # ISO -> (entity id, name)
    for f in stored.values():
        for eid, etype, name, code, discovered in f.get("ents") or []:
            names.setdefault(eid, name)
            if discovered:
                hidden.add(eid)
            if etype == "country" and code:
                country_named.setdefault(code.upper(), (eid, name))
    people = [pc for pc in counts["people"].most_common() if pc[0] not in hidden]
    people = people[: opt.facet_people]
    cldr = _country_names(set(counts["countries"]), {k: v[1] for k, v in country_named.items()})
    facets = {
        "people": [[p, names.get(p, p), c] for p, c in people],
        "countries": [
            [k, cldr[k], c, country_named.get(k, ("", ""))[0]]
            for k, c in counts["countries"].most_common()
        ],
    }
    person_at = {p: i for i, (p, _) in enumerate(people)}
    country_at = {row[0]: i for i, row in enumerate(facets["countries"])}

    # Result metadata buckets: chips are indexes into the filter lists (no names repeated).
    buckets = []
    for start in range(0, len(order), bucket_docs):
        docs = []
        for docnum in order[start : start + bucket_docs]:
            f = stored[docnum]
            ps: list[int] = []
            cs: list[int] = []
            for eid, etype, _name, code, _discovered in f.get("ents") or []:
                if etype == "person" and eid in person_at and person_at[eid] not in ps:
                    ps.append(person_at[eid])
                elif etype == "country" and code and code.upper() in country_at:
                    if country_at[code.upper()] not in cs:
                        cs.append(country_at[code.upper()])
            docs.append([f["url"], f["title"], f["date"], f["snippet"], ps, cs])
        buckets.append(_gz(json.dumps(docs, ensure_ascii=False).encode()))

    files: dict[str, bytes] = {}
    for i, data in enumerate(term_shards):
        files[f"t/{i}.gz"] = _gz(data)
    for i, data in enumerate(facet_shards):
        files[f"f/{i}.gz"] = _gz(data)
    for i, data in enumerate(buckets):
        files[f"m/{i}.gz"] = data
    for field, data in norms.items():
        files[f"n/{field}.gz"] = _gz(data)
    files["facets.json.gz"] = _gz(json.dumps(facets, ensure_ascii=False).encode())
    rules = json.dumps(browser_rules(), ensure_ascii=False, separators=(",", ":"))
    files["rules.json.gz"] = _gz(rules.encode())
    build = 0
    for name, data in sorted(files.items()):
        build = zlib.crc32(data, zlib.crc32(name.encode(), build))
    manifest = {
        "version": FORMAT_VERSION,
        "build": f"{build:08x}",
        "docs": len(order),
        "fields": list(SCORED_FIELDS),
        "avgfl": avgfl,
        "B": {f: field_b(weighting, f) for f in SCORED_FIELDS},
        "K1": weighting.K1,
        "shards": len(term_shards),
        "facet_shards": len(facet_shards),
        "bucket_docs": bucket_docs,
        "buckets": len(buckets),
        "root": root,
        "lengths": [byte_to_length(b) for b in range(256)],
    }
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    for name, data in files.items():
        _write(out_dir / name, data)
    return ExportStats(
        documents=len(order), files=len(files), bytes=sum(len(v) for v in files.values())
    )
