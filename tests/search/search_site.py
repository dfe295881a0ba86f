"""Real Pelican builds of the hand-made archive, with the project's settings and theme."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from search_corpus import DOCS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))


def write_articles(content: Path) -> None:
    """The hand-made archive as Markdown articles, as the importer would leave them."""
    folder = content / "briefings"
    folder.mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        slug = d["url"].split("/")[1]
        date = d["date"][:16].replace("T", " ")
        meta = f"Title: {d['title']}\nDate: {date}\nSlug: {slug}\nLang: {d['lang']}\n\n"
        (folder / f"{slug}.md").write_text(meta + d["text"] + "\n", encoding="utf-8")


def build_pelican_site(workdir: Path, plugins: list | None = None) -> Path:
    """A real Pelican build with the project's settings and this plugin; returns output/."""
    import briefing_search  # noqa: PLC0415 (plugins/ is put on sys.path above)
    from pelican import Pelican
    from pelican.settings import read_settings

    root = ROOT
    output = workdir / "output"
    settings = read_settings(
        str(root / "pelicanconf.py"),
        override={
            "PATH": str(workdir / "content"),
            "OUTPUT_PATH": str(output),
            "CACHE_PATH": str(workdir / "cache"),
            "THEME": str(root / "theme"),
            "PLUGIN_PATHS": [str(root / "plugins")],
            "PLUGINS": [*(plugins or []), briefing_search],
            "SEARCH_INDEX_DIR": str(workdir / ".build" / "search-index"),
        },
    )
    Pelican(settings).run()
    return output


def entity_plugins() -> list[ModuleType]:
    """The entity plugin when its knowledge base loads (it is being written alongside)."""
    try:
        import briefing_entities

        from briefings.nlp import load_kb

        load_kb()
    except Exception:  # noqa: BLE001 (any failure: build without entities, tests say so)
        return []
    return [briefing_entities]
