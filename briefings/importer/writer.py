"""Turn briefings into Pelican Markdown files, idempotently.

Each content file records the hash of the seed it came from (``Seedhash``) and
the hash of the text the importer wrote (``Importhash``). An unchanged seed is
skipped; a changed seed rewrites its file only if no editor has touched it; a
slug, once given, is kept for good so published URLs never move.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefings.arabic import rules

from . import state
from .seeds import Briefing, Problem, read_seeds

IMPORTER_VERSION = "2"
UNDATED = "1970-01-01"
SLUG_MAX = 60
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
_MD_LEADING = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class ImportReport:
    """What an import did, for the build log and for ``--strict``."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_edited: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"import: {len(self.created)} new, {len(self.updated)} updated, "
            f"{self.unchanged} unchanged, {len(self.kept_edited)} kept (edited by hand), "
            f"{len(self.problems)} rejected"
        )

    def carried(self) -> dict:
        """What a skipped import reports next time: everything unchanged, the same
        hand-edited files kept and the same seeds rejected."""
        return {
            "unchanged": self.unchanged + len(self.created) + len(self.updated),
            "kept_edited": self.kept_edited,
            "problems": state.problems_to(self.problems),
        }

    @classmethod
    def from_carried(cls, saved: dict) -> ImportReport:
        return cls(
            unchanged=int(saved.get("unchanged", 0)),
            kept_edited=list(saved.get("kept_edited", [])),
            problems=state.problems_from(saved.get("problems", [])),
        )


def slugify(title: str) -> str:
    """A readable slug that keeps Arabic letters (no unidecode collisions)."""
    table = {cp: "" for cp, repl in rules().table.items() if repl == ""}
    text = unicodedata.normalize("NFKC", title).translate(table).lower()
    slug = re.sub(r"[^\w]+|_", "-", text).strip("-")
    if len(slug) > SLUG_MAX:
        slug = slug[: SLUG_MAX + 1]
        slug = slug[: slug.rindex("-")] if "-" in slug else slug[:SLUG_MAX]
    return slug.strip("-")


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def _one_line(value: str) -> str:
    """Metadata values are single lines: no header injection through newlines."""
    return " ".join(_CONTROL.sub(" ", value).split())


def escape_markdown(text: str) -> str:
    """Render plain report text as Markdown paragraphs that show exactly that text."""
    paragraphs = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        line = _MD_SPECIAL.sub(r"\\\1", line)
        line = _MD_LEADING.sub(lambda m: m[1] + "\\" + m[2], line)
        paragraphs.append(line.strip())
    return "\n\n".join(paragraphs) + "\n"


def _import_hash(text: str) -> str:
    body = "\n".join(line for line in text.split("\n") if not line.startswith("Importhash:"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def render(b: Briefing, slug: str) -> str:
    """The content file for ``b``."""
    meta = [
        ("Title", b.title),
        ("Date", b.date or UNDATED),
        ("Slug", slug),
        ("Lang", b.lang),
    ]
    if not b.date:
        meta.append(("Undated", "true"))
    if b.source:
        meta.append(("Source", b.source))
    if b.url:
        meta.append(("Sourceurl", b.url))
    meta += [("Seed", b.key), ("Seedhash", b.digest()), ("Importer", IMPORTER_VERSION)]
    header = "".join(f"{k}: {_one_line(v)}\n" for k, v in meta)
    is_markdown = b.extra.get("format") == "markdown"
    body = b.text.strip() + "\n" if is_markdown else escape_markdown(b.text)
    text = header + "\n" + body
    return f"{header}Importhash: {_import_hash(text)}\n\n{body}"


def read_header(path: Path) -> dict[str, str]:
    """The metadata block of a content file (keys lower-cased)."""
    meta: dict[str, str] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                break
            key, sep, value = line.partition(":")
            if not sep:
                break
            meta[key.strip().lower()] = value.strip()
    return meta


def _existing_headers(content_dir: Path) -> dict[Path, dict[str, str]]:
    """Every content file's header, read once per import (17k files on a big archive)."""
    return {path: read_header(path) for path in sorted(content_dir.rglob("*.md"))}


def import_seeds(
    seeds_dir: Path, content_dir: Path, state_file: Path | None = None
) -> ImportReport:
    """Import every seed under ``seeds_dir`` into ``content_dir/briefings``.

    With ``state_file``, an import whose inputs are unchanged since the last one is
    skipped and its report carried over (see :mod:`briefings.importer.state`)."""
    if state_file is None:
        return _import(seeds_dir, content_dir)
    seeds = state.seeds_signature(seeds_dir)
    saved = state.load(state_file, state.signature(seeds, content_dir))
    if saved is not None:
        return ImportReport.from_carried(saved)
    report = _import(seeds_dir, content_dir)
    state.save(state_file, state.signature(seeds, content_dir), report.carried())
    return report


def _import(seeds_dir: Path, content_dir: Path) -> ImportReport:
    report = ImportReport()
    target_root = content_dir / "briefings"
    headers = _existing_headers(content_dir) if content_dir.exists() else {}
    slugs: dict[str, Path] = {}
    for path, header in headers.items():
        if header.get("slug"):
            slugs.setdefault(header["slug"], path)
    for b in read_seeds(seeds_dir, report.problems):
        target = target_root / f"{b.key}.md"
        old = headers.get(target) or (read_header(target) if target.exists() else {})
        if old.get("seedhash") == b.digest() and old.get("importer") == IMPORTER_VERSION:
            report.unchanged += 1
            continue
        if old:
            current = target.read_text(encoding="utf-8", errors="replace")
            if old.get("importhash") != _import_hash(current):
                report.kept_edited.append(str(target.relative_to(content_dir)))
                continue
        slug = old.get("slug") or slugify(b.title) or f"briefing-{_short_hash(b.key)}"
        owner = slugs.get(slug)
        if owner is not None and owner != target:
            slug = f"{slug}-{_short_hash(b.key)}"
        slugs[slug] = target
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".md.tmp")
        tmp.write_text(render(b, slug), encoding="utf-8")
        tmp.replace(target)
        (report.updated if old else report.created).append(str(target.relative_to(content_dir)))
    return report
