"""Find broken internal links in a built site: pages, assets, feeds and the JSON API.

Run as ``python -m briefings.linkcheck OUTPUT [--site-url URL]``; it exits 1 and
lists every broken reference (page, target) when there is any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_ATTRS = {"href", "src"}
_XML_HREF = re.compile(r'<link[^>]*\shref="([^"]+)"|<loc>([^<]+)</loc>')
_XML_ID = re.compile(r"<id>([^<]+)</id>")


@dataclass(frozen=True)
class Broken:
    page: str
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.target} ({self.reason})"


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in _ATTRS and value is not None:
                self.refs.append(value)
            elif name == "id" and value:
                self.ids.add(value)


def _page_url(root: Path, path: Path) -> str:
    rel = path.relative_to(root).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def _target_file(root: Path, url_path: str) -> Path:
    rel = unquote(url_path).lstrip("/")
    candidate = root / rel
    if url_path.endswith("/") or candidate.is_dir():
        return candidate / "index.html"
    return candidate


class LinkChecker:
    """Checks references from every file of a built site against the files on disk."""

    def __init__(self, root: Path, site_url: str = "") -> None:
        self.root = root
        self.site_url = site_url.rstrip("/")
        self._ids: dict[Path, set[str]] = {}

    def _internal_path(self, base: str, ref: str) -> tuple[str, str] | None:
        """(path, fragment) of an internal reference, or None for external ones."""
        if self.site_url and ref.startswith(self.site_url + "/"):
            ref = ref[len(self.site_url) :]
        parts = urlsplit(urljoin("http://site.invalid" + base, ref))
        if parts.scheme not in {"http", "https"} or parts.netloc != "site.invalid":
            return None
        return parts.path, parts.fragment

    def _ids_of(self, path: Path) -> set[str]:
        if path not in self._ids:
            parser = _Refs()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            self._ids[path] = parser.ids
        return self._ids[path]

    def _check(self, page: str, base: str, ref: str) -> Broken | None:
        ref = ref.strip()
        if not ref or ref.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return None
        internal = self._internal_path(base, ref)
        if internal is None:
            return None
        path, fragment = internal
        target = _target_file(self.root, path)
        if not target.is_file():
            return Broken(page, ref, "no such file")
        if fragment and target.suffix == ".html" and unquote(fragment) not in self._ids_of(target):
            return Broken(page, ref, f"no element with id {fragment!r}")
        return None

    def _html_refs(self, path: Path) -> Iterator[str]:
        parser = _Refs()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        self._ids[path] = parser.ids
        yield from parser.refs

    def _json_refs(self, path: Path) -> Iterator[str]:
        def walk(node) -> Iterator[str]:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "url" and isinstance(value, str):
                        yield "/" + value.lstrip("/") if "://" not in value else value
                    else:
                        yield from walk(value)
            elif isinstance(node, list):
                for value in node:
                    yield from walk(value)

        yield from walk(json.loads(path.read_text(encoding="utf-8")))

    def check(self) -> list[Broken]:
        broken: list[Broken] = []
        for path in sorted(self.root.rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(self.root).as_posix()
            base = _page_url(self.root, path)
            if path.suffix == ".html":
                refs: Iterator[str] = self._html_refs(path)
            elif path.suffix == ".xml":
                found = _XML_HREF.findall(path.read_text(encoding="utf-8"))
                refs = iter(href or loc for href, loc in found)
            elif path.suffix == ".json" and rel.startswith("api/"):
                refs = self._json_refs(path)
            else:
                continue
            for ref in refs:
                problem = self._check(rel, base, ref)
                if problem:
                    broken.append(problem)
        return broken


def check_site(root: Path, site_url: str = "") -> list[Broken]:
    return LinkChecker(root, site_url).check()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--site-url", default="", help="absolute URLs under this are internal")
    args = parser.parse_args(argv)
    broken = check_site(args.output, args.site_url)
    for b in broken:
        print(b)
    files = sum(1 for p in args.output.rglob("*") if p.is_file())
    print(f"{len(broken)} broken reference(s) in {files} files under {args.output}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
