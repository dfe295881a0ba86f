"""Query planning and search on the Whoosh index: the reference the browser must equal.

A query is a list of units, all required. A unit is one analysed term (title or body),
or, where consecutive words spell a known entity alias (compared as normalised words,
not stems), those words' terms together OR the entity's id in the ``entities`` field.
Scores are Whoosh's BM25F sums; ties go to the newer article, then the smaller url.
``search.js`` implements exactly this plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from whoosh import query as wq

from briefings.search.analysis import surface_tokens
from briefings.search.documents import in_result_order
from briefings.search.index import load_aliases, open_index
from briefings.search.scoring import make_weighting

TEXT_FIELDS = ("title", "body")
SCORE_DECIMALS = 6  # both sides round to this before comparing, so float noise never reorders


@dataclass(frozen=True)
class Unit:
    """One required part of a query."""

    terms: tuple[str, ...]
    entity_ids: tuple[str, ...] = ()


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


def whoosh_query(units: Sequence[Unit]) -> wq.Query:
    """The Whoosh query for a plan (scores add up over the matching parts)."""
    parts: list[wq.Query] = []
    for u in units:
        words: list[wq.Query] = [wq.Or([wq.Term(f, t) for f in TEXT_FIELDS]) for t in u.terms]
        text = [] if not words else [words[0] if len(words) == 1 else wq.And(words)]
        if u.entity_ids:
            parts.append(wq.Or([*text, *(wq.Term("entities", e) for e in u.entity_ids)]))
        else:
            parts.append(text[0])
    return parts[0] if len(parts) == 1 else wq.And(parts)


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
    units = plan(surface_tokens(text), load_aliases(index_dir))
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
