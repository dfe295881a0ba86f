"""``invoke search "QUERY" [--person ID] [--country ISO] [--json] [--limit N]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from briefings.search.query import search

DEFAULT_INDEX_DIR = Path(".build/search-index")


def main(argv: Sequence[str] | None = None) -> int:
    """Search the Whoosh index the site build left; 0 on success, 2 when there is no index."""
    p = argparse.ArgumentParser(prog="search", description="Search the briefing archive.")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--person", help="entity id, e.g. vladimir-putin")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. RU")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--index", type=Path, default=DEFAULT_INDEX_DIR, help="index folder")
    args = p.parse_args(argv)
    if not (args.index / "schema-version").exists():
        print(f"no search index in {args.index}: build the site first", file=sys.stderr)
        return 2
    answer = search(args.index, args.query, args.person, args.country, args.limit)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return 0
    print(f"{answer['total']} results")
    for r in answer["results"]:
        print(f"{r['score']:9.4f}  {r['date'][:10]}  {r['title']}\n           {r['url']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
