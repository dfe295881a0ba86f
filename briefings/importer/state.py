"""Skip an import whose inputs are the same as last time.

Reading and hashing every seed costs seconds on a large archive (17,000 briefings in
one batch file), and on most builds nothing changed. What an import does depends on
the seed files, on which content files exist (a missing one is written again; an
existing one is rewritten only when its seed changed) and on the importer's code, so
their signature (seed paths, sizes and modification times; content file paths; the
importer's source) decides: when it matches the one saved after the last import, the
saved report stands in for a new one. Editing a content file by hand changes nothing
an import would do, so it does not force one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from .seeds import Problem

STATE_VERSION = 1


def seeds_signature(seeds_dir: Path) -> str:
    """The seed files and the importer's code, hashed (taken before an import reads them)."""
    h = hashlib.sha256(f"import-state {STATE_VERSION}\n".encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        h.update(source.name.encode() + b"\0" + source.read_bytes())
    for path in sorted(p for p in seeds_dir.rglob("*") if p.is_file()):
        st = path.stat()
        h.update(f"seed\0{path.relative_to(seeds_dir)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def signature(seeds: str, content_dir: Path) -> str:
    """``seeds`` (a :func:`seeds_signature`) and the content files that exist, hashed."""
    h = hashlib.sha256(seeds.encode())
    if content_dir.exists():
        for path in sorted(content_dir.rglob("*.md")):
            h.update(f"content\0{path.relative_to(content_dir)}\n".encode())
    return h.hexdigest()


def load(state_file: Path, expected: str) -> dict | None:
    """The report saved with signature ``expected``, or None (absent, stale or unreadable)."""
    try:
        saved = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("signature") != expected:
        return None
    report = saved.get("report")
    return report if isinstance(report, dict) else None


def save(state_file: Path, sig: str, report: dict) -> None:
    state_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = state_file.with_name(state_file.name + ".tmp")
    tmp.write_text(json.dumps({"signature": sig, "report": report}), encoding="utf-8")
    os.replace(tmp, state_file)


def problems_from(items: list) -> list[Problem]:
    return [Problem(**p) for p in items]


def problems_to(items: list[Problem]) -> list[dict]:
    return [dataclasses.asdict(p) for p in items]
