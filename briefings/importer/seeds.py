"""Read seed files of every accepted format into :class:`Briefing` records.

Accepted: plain ``.txt`` (optional ``Key: value`` header block), ``.md`` with
Pelican metadata, and ``.jsonl`` / ``.jsonl.gz`` batches with fields
``id, title, date, text, url, source``. A bad file raises :class:`SeedError`; a
bad line in a batch is reported and the rest of the batch still imports.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from briefings.arabic import is_arabic

from .decode import SeedError, decode_bytes
from .headline import headline

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".jsonl.gz")
HEADER_KEYS = {"title", "date", "source", "url", "sourceurl", "lang", "slug", "summary"}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]*):[ \t]*(.*)$")
_FILENAME_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:\D|$)")
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Briefing:
    """One briefing, as read from a seed, before it becomes a content file."""

    key: str  # stable identity: seed file stem, or "<batch stem>/<record id>"
    origin: str  # file (and line) it came from, for messages
    title: str
    text: str
    lang: str
    date: str | None  # ISO 8601, or None when the seed has none
    source: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def digest(self) -> str:
        """Hash of everything the content file is made from."""
        payload = json.dumps(
            [self.title, self.text, self.lang, self.date, self.source, self.url, self.extra],
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Problem:
    """A seed (or batch line) that was skipped, and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def seed_suffix(path: Path) -> str | None:
    """The accepted suffix of ``path``, or None."""
    name = path.name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def seed_stem(path: Path) -> str:
    suffix = seed_suffix(path) or path.suffix
    return path.name[: len(path.name) - len(suffix)]


def detect_lang(text: str) -> str:
    """'ar' when the text is mostly Arabic script, else 'en'."""
    return "ar" if is_arabic(text[:1000]) else "en"  # 1,000 characters decide it


def parse_date(value: str) -> str | None:
    """Parse the date forms seen in feeds to ISO 8601; None if unparseable."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        for fmt in ("%Y-%m-%d %H:%M", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y"):
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
        else:
            return None
    # Keep the wall-clock time the outlet published; mixing aware and naive dates breaks sorting.
    parsed = parsed.replace(tzinfo=None)
    if parsed.time() == datetime.min.time():
        return parsed.date().isoformat()
    return parsed.strftime("%Y-%m-%d %H:%M")


def filename_date(path: Path) -> str | None:
    """A date at the start of the file name (``2023-09-05-…``), if any."""
    m = _FILENAME_DATE.match(path.name)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``Key: value`` block (known keys only) from the body."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            return (header, "\n".join(lines[i + 1 :])) if header else ({}, text)
        m = _HEADER_LINE.match(line)
        if not m or m[1].lower() not in HEADER_KEYS:
            return {}, text
        header[m[1].lower()] = m[2].strip()
    return {}, text


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SeedError(f"is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one seed")
    text, _encoding = decode_bytes(path.read_bytes())
    return text


def _briefing(
    key: str, origin: str, header: dict[str, str], body: str, fallback_date: str | None
) -> Briefing:
    body = _clean_text(body)
    if not body.strip():
        raise SeedError("has no text")
    if not any(c.isalpha() for c in body):
        raise SeedError("has no words (only digits, punctuation or symbols)")
    title = " ".join(header.pop("title", "").split()) or headline(body)
    raw_date = header.pop("date", "")
    iso_date = parse_date(raw_date) if raw_date else fallback_date
    if raw_date and iso_date is None:
        raise SeedError(f"has a date that cannot be read: {raw_date!r}")
    lang = header.pop("lang", "").lower() or detect_lang(title + "\n" + body)
    if lang not in {"ar", "en"}:
        raise SeedError(f"has an unsupported Lang {lang!r} (expected ar or en)")
    source = header.pop("source", "")
    url = header.pop("url", "") or header.pop("sourceurl", "")
    return Briefing(key, origin, title, body, lang, iso_date, source, url, header)


def read_text_seed(path: Path) -> Briefing:
    """A ``.txt`` seed: optional header block, then the report."""
    header, body = _split_header(_clean_text(_read_text(path)))
    return _briefing(seed_stem(path), path.name, header, body, filename_date(path))


def read_markdown_seed(path: Path) -> Briefing:
    """A ``.md`` seed with Pelican metadata; the body is kept as Markdown."""
    header, body = _split_header(_clean_text(_read_text(path)))
    b = _briefing(seed_stem(path), path.name, header, body, filename_date(path))
    b.extra["format"] = "markdown"
    return b


def _open_batch(path: Path) -> Iterator[tuple[int, bytes]]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from enumerate(fh, start=1)
    except (OSError, EOFError) as exc:
        kind = "gzip" if opener is gzip.open else "a file"
        raise SeedError(f"cannot be read as {kind}: {exc}") from exc


def read_batch(path: Path, problems: list[Problem]) -> Iterator[Briefing]:
    """A ``.jsonl`` / ``.jsonl.gz`` batch; bad lines go to ``problems``."""
    stem = seed_stem(path)
    seen: set[str] = set()
    for lineno, raw in _open_batch(path):
        origin = f"{path.name}:{lineno}"
        if not raw.strip():
            continue
        try:
            text, _ = decode_bytes(raw)
            record = json.loads(text)
            if not isinstance(record, dict):
                raise SeedError("is not a JSON object")
            rid = str(record.get("id") or "").strip()
            if not rid:
                raise SeedError("has no id")
            if not re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", rid) or rid in {".", ".."}:
                raise SeedError(f"has an id that is not a safe file name: {rid!r}")
            if rid in seen:
                raise SeedError(f"repeats id {rid!r} already seen in this batch")
            seen.add(rid)
            header = {
                k: str(record[k])
                for k in ("title", "date", "source", "url", "lang")
                if record.get(k)
            }
            yield _briefing(f"{stem}/{rid}", origin, header, str(record.get("text") or ""), None)
        except json.JSONDecodeError as exc:
            problems.append(Problem(origin, f"is not valid JSON ({exc.msg})"))
        except SeedError as exc:
            problems.append(Problem(origin, str(exc)))


def read_seeds(seeds_dir: Path, problems: list[Problem]) -> Iterator[Briefing]:
    """Every briefing under ``seeds_dir`` in a stable order; problems are collected."""
    for path in sorted(p for p in seeds_dir.rglob("*") if p.is_file()):
        if path.name.startswith(".") or path.name.lower() in {"readme", "readme.md", "readme.txt"}:
            continue
        suffix = seed_suffix(path)
        rel = path.relative_to(seeds_dir).as_posix()
        if suffix is None:
            problems.append(
                Problem(rel, "has an unknown extension (accepted: " + ", ".join(SUFFIXES) + ")")
            )
            continue
        try:
            if suffix == ".txt":
                yield read_text_seed(path)
            elif suffix in {".md", ".markdown"}:
                yield read_markdown_seed(path)
            else:
                yield from read_batch(path, problems)
        except SeedError as exc:
            problems.append(Problem(rel, str(exc)))
