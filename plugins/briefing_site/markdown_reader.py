"""Pelican's Markdown reader with one ``Markdown`` instance per reader, reset per file.

Pelican builds a new ``markdown.Markdown`` for every file it reads, loading every
extension again: 0.28 ms a file, more than converting a short briefing takes (4.7 s
of a 17,000-article build). Python-Markdown instances are made for reuse: ``reset()``
clears what a document left behind (footnotes, abbreviations, the table of contents,
``Meta``). Pelican's ``_parse_metadata`` unregisters the instance's ``meta``
preprocessor (so a summary is not read as metadata); it is registered again before
the next file.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

META = "meta"


class ReusingMarkdownReader(MarkdownReader):
    """Reads exactly as :class:`pelican.readers.MarkdownReader`, without the per-file
    ``Markdown`` construction."""

    _reused: Markdown | None = None
    _meta: tuple[Any, float] | None = None

    def _markdown(self) -> Markdown:
        md = self._reused
        if md is None:
            md = self._reused = Markdown(**self.settings["MARKDOWN"])
            priority = next(p.priority for p in md.preprocessors._priority if p.name == META)
            self._meta = (md.preprocessors[META], priority)
        elif META not in md.preprocessors and self._meta is not None:
            md.preprocessors.register(self._meta[0], META, self._meta[1])
        md.reset()
        return md

    def read(self, source_path: str) -> tuple[str, dict]:
        self._source_path = source_path
        self._md = self._markdown()
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        if hasattr(self._md, "Meta"):
            metadata = self._parse_metadata(self._md.Meta)
        else:
            metadata = {}
        return content, metadata


def use_reusing_reader(readers: Any) -> None:
    """``readers_init``: for the extensions Pelican maps to its own Markdown reader (a
    ``READERS`` setting that names another reader is left alone)."""
    for ext in ReusingMarkdownReader.file_extensions:
        if readers.reader_classes.get(ext) is MarkdownReader:
            readers.reader_classes[ext] = ReusingMarkdownReader


def register() -> None:
    signals.readers_init.connect(use_reusing_reader)
