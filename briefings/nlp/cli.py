"""``python -m briefings.nlp extract PATH`` and ``python -m briefings.nlp eval-ner CONLL``."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from briefings.nlp.extract import Extractor, paragraph_chunks
from briefings.nlp.kb import load_kb
from briefings.nlp.model import Entity, entity_dict
from briefings.nlp.overrides import OverrideError

DEFAULT_OVERRIDES = Path("content/entities.toml")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m briefings.nlp", description=__doc__)
    p.add_argument(
        "--overrides",
        type=Path,
        default=None,
        help=f"editors' entities file (default: {DEFAULT_OVERRIDES} when it exists)",
    )
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the entities of a UTF-8 text file as JSON")
    ex.add_argument("path", help="a UTF-8 text file, or - for standard input")
    ex.add_argument("--indent", type=int, default=None)
    ev = sub.add_parser("eval-ner", help="score against CoNLL/IOB gold")
    ev.add_argument("conll", type=Path)
    ev.add_argument("--worst", type=int, default=20, help="how many misses to list per type")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    overrides = args.overrides
    if overrides is None and DEFAULT_OVERRIDES.is_file():
        overrides = DEFAULT_OVERRIDES
    try:
        kb = load_kb(overrides)
    except OverrideError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    extractor = Extractor(kb)
    if args.command == "extract":
        try:
            if args.path == "-":
                _extract_json(extractor, sys.stdin, args.indent, sys.stdout)
            else:
                with open(args.path, encoding="utf-8", newline="") as f:
                    _extract_json(extractor, f, args.indent, sys.stdout)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: {args.path}: {exc}", file=sys.stderr)
            return 2
        return 0
    from briefings.nlp.evaluate import evaluate, format_report

    try:
        report = evaluate(args.conll, extractor)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(args.worst), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.worst))
    return 0


def _extract_json(
    extractor: Extractor, lines: Iterable[str], indent: int | None, out: IO[str]
) -> None:
    """Write the ``invoke extract`` JSON, built chunk by chunk with bounded memory.

    Mentions are serialised to a temporary file as each chunk is done; the document is
    written only once the whole input has been read, so a decoding error late in the file
    gives an error, not half a JSON document.
    """
    if indent is not None:
        out.write(extractor.extract_chunks(paragraph_chunks(lines)).to_json(indent) + "\n")
        return
    counts: Counter[str] = Counter()
    entities: dict[str, Entity] = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        first = True
        for part in extractor.iter_chunks(paragraph_chunks(lines)):
            for m in part.mentions:
                spool.write(("" if first else ", ") + json.dumps(m.to_dict(), ensure_ascii=False))
                first = False
            counts.update(m.entity for m in part.mentions)
            for eid, e in part.entities.items():
                entities.setdefault(eid, e)
        spool.seek(0)
        out.write('{"mentions": [')
        shutil.copyfileobj(spool, out)
    listed = (
        json.dumps(entity_dict(entities[i], n), ensure_ascii=False) for i, n in counts.items()
    )
    out.write('], "entities": [' + ", ".join(listed) + "]}\n")
