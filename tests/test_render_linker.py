"""The render cache's linker thread puts every reused page in place before the swap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from plugins.briefing_render_cache.linker import Linker


def test_drain_leaves_every_file_linked_in_new_folders(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    pairs = []
    for n in range(300):
        src = old / f"briefings/{n}/index.html"
        src.parent.mkdir(parents=True)
        src.write_text(f"page {n}", "utf-8")
        pairs.append((str(src), str(new / f"briefings/{n}/index.html")))
    new.mkdir()
    linker = Linker()
    for src, dst in pairs:
        linker.link(src, dst)
    linker.drain()
    for src, dst in pairs:
        assert os.path.samefile(src, dst)  # a hard link, not a copy
    assert (new / "briefings/299/index.html").read_text("utf-8") == "page 299"


def test_a_file_already_there_is_replaced_not_written_through(tmp_path: Path) -> None:
    """Writing into an existing hard link would change the live site's file too."""
    src, dst = tmp_path / "old.html", tmp_path / "new" / "page.html"
    src.write_text("old", "utf-8")
    dst.parent.mkdir()
    dst.write_text("stale", "utf-8")
    linker = Linker()
    linker.link(str(src), str(dst))
    linker.drain()
    assert dst.read_text("utf-8") == "old" and src.read_text("utf-8") == "old"
    assert os.path.samefile(src, dst)


def test_a_missing_source_fails_the_build_at_drain(tmp_path: Path) -> None:
    linker = Linker()
    linker.link(str(tmp_path / "gone.html"), str(tmp_path / "new" / "gone.html"))
    linker.link(str(tmp_path / "gone2.html"), str(tmp_path / "new" / "gone2.html"))
    with pytest.raises(RuntimeError, match="could not reuse a page"):
        linker.drain()
    linker.drain()  # reported once; the linker can be used again
