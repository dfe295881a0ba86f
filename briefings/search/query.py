"""Query planning and search on the Whoosh index: the reference the browser must equal.

A query is a list of units, all required. A unit is one analysed term (title or body),
or, where consecutive words spell a known entity alias (compared as normalised words,
not stems), an *entity unit*: the entity's id in the ``entities`` field OR any of the
entity's spellings in title or body (``briefings.search.aliases``: every alias of every
entity the words name, as term sets, minimal ones only, all terms required). The unit
depends on the entity ids alone, not on the spelling typed, so ``Putin``, ``بوتين`` and
``بوتن`` give the same results with the same scores.

Scores are Whoosh's BM25F sums: a unit scores the sum of its matching parts (each
matching id's ``entities`` score plus, for each matching spelling, its terms' title and
body scores), the query the sum of its units. Ties go to the newer article, then the
smaller url. ``search.js`` implements exactly this plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from whoosh import query as wq

from briefings.search.aliases import Spelling, entity_spellings, minimal
from briefings.search.analysis import surface_tokens
from briefings.search.documents import in_result_order
from briefings.search.index import load_aliases, open_index
from briefings.search.scoring import make_weighting

TEXT_FIELDS = ("title", "body")
SCORE_DECIMALS = 6  # both sides round to this before comparing, so float noise never reorders


@dataclass(frozen=True)
class Unit:
    """One required part of a query: a term, or (entity units) ids and spellings."""

    terms: tuple[str, ...]
    entity_ids: tuple[str, ...] = ()
    spellings: tuple[Spelling, ...] = ()


class Result(TypedDict):
    """One ranked hit, as the CLI prints it and ``search.js`` returns it."""

    url: str
    title: str
    date: str
    score: float
    snippet: str


class Answer(TypedDict):
    total: int
    results: list[Result]


def plan(
    tokens: Sequence[tuple[str, str | None]], aliases: Mapping[str, Sequence[str]]
) -> list[Unit]:
    """Group ``(word, term)`` tokens into units, longest alias first, left to right.

    Words spelling an alias make one unit (their terms, or the entity); other words
    are one unit per term; stop words (no term) drop out; repeated units are dropped.
    """
    longest = max((k.count(" ") + 1 for k in aliases), default=1)
    words = [w for w, _ in tokens]
    units: list[Unit] = []
    i = 0
    while i < len(tokens):
        unit, step = None, 1
        for k in range(min(longest, len(tokens) - i), 0, -1):
            ids = aliases.get(" ".join(words[i : i + k]))
            if ids:
                terms = tuple(t for _, t in tokens[i : i + k] if t)
                unit, step = Unit(terms, tuple(ids)), k
                break
        if unit is None and tokens[i][1]:
            unit = Unit((tokens[i][1],))
        if unit is not None and unit not in units:
            units.append(unit)
        i += step
    return units


def expand(units: Sequence[Unit], spellings: Mapping[str, Sequence[Spelling]]) -> list[Unit]:
    """Entity units get their ids' spellings (minimal over the union) and lose the typed
    terms, so every spelling of the same entities makes the same unit; repeats drop."""
    out: list[Unit] = []
    for u in units:
        if u.entity_ids:
            sps = minimal(sp for i in u.entity_ids for sp in spellings.get(i, ()))
            u = Unit((), u.entity_ids, tuple(sps))
        if u not in out:
            out.append(u)
    return out


def highlight_terms(tokens: Sequence[tuple[str, str | None]], units: Sequence[Unit]) -> list[str]:
    """Terms to mark in a snippet: the query's own, then every spelling's, once each."""
    terms = [t for _, t in tokens if t]
    terms += [t for u in units for sp in u.spellings for t in sp]
    return list(dict.fromkeys(terms))


def _words(terms: Sequence[str]) -> wq.Query:
    words = [wq.Or([wq.Term(f, t) for f in TEXT_FIELDS]) for t in terms]
    return words[0] if len(words) == 1 else wq.And(words)


def whoosh_query(units: Sequence[Unit]) -> wq.Query:
    """The Whoosh query for a plan (scores add up over the matching parts)."""
    parts: list[wq.Query] = []
    for u in units:
        if u.entity_ids:
            ors = [*(wq.Term("entities", e) for e in u.entity_ids)]
            ors += [_words(sp) for sp in u.spellings]
            parts.append(ors[0] if len(ors) == 1 else wq.Or(ors))
        else:
            parts.append(_words(u.terms))
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _present(reader: object) -> Callable[[str], bool]:
    def present(term: str) -> bool:
        return any((f, term) in reader for f in TEXT_FIELDS)

    return present


def query_plan(index_dir: Path, text: str) -> tuple[list[tuple[str, str | None]], list[Unit]]:
    """The tokens and expanded units of ``text`` against the index at ``index_dir``."""
    tokens = surface_tokens(text)
    aliases = load_aliases(index_dir)
    units = plan(tokens, aliases)
    ids = {i for u in units for i in u.entity_ids}
    if not ids:
        return tokens, units
    table = {k: v for k, v in aliases.items() if ids & set(v)}
    with open_index(index_dir).reader() as r:
        spellings = entity_spellings(table, _present(r))
    return tokens, expand(units, spellings)


def query_terms(index_dir: Path, text: str) -> list[str]:
    """What ``search.js`` returns as ``terms`` for ``text`` (the snippet highlights)."""
    tokens, units = query_plan(index_dir, text)
    return highlight_terms(tokens, units)


def _filter(person: str | None, country: str | None) -> wq.Query | None:
    terms = []
    if person:
        terms.append(wq.Term("people", person))
    if country:
        terms.append(wq.Term("countries", country.upper()))
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.And(terms)


def search(
    index_dir: Path,
    text: str,
    person: str | None = None,
    country: str | None = None,
    limit: int = 10,
) -> Answer:
    """Answer a query from the Whoosh index: the command line's and the tests' reference."""
    ix = open_index(index_dir)
    _tokens, units = query_plan(index_dir, text)
    filt = _filter(person, country)
    with ix.searcher(weighting=make_weighting()) as s:
        if units:
            hits = s.search(whoosh_query(units), filter=filt, limit=None)
            scored = [(h.fields(), h.score) for h in hits]
        elif filt is not None:
            scored = [(s.stored_fields(n), 0.0) for n in filt.docs(s)]
        else:
            scored = []
    ordered = in_result_order(scored, date=lambda x: x[0]["date"], url=lambda x: x[0]["url"])
    ordered.sort(key=lambda x: -round(x[1], SCORE_DECIMALS))
    results: list[Result] = [
        {
            "url": f["url"],
            "title": f["title"],
            "date": f["date"],
            "score": round(score, SCORE_DECIMALS),
            "snippet": f["snippet"],
        }
        for f, score in ordered[:limit]
    ]
    return {"total": len(ordered), "results": results}
