"""The reusing Markdown reader reads every file exactly as Pelican's own reader does."""

from __future__ import annotations

from pelican.readers import MarkdownReader, Readers
from pelican.settings import DEFAULT_CONFIG

from plugins.briefing_site.markdown_reader import ReusingMarkdownReader, use_reusing_reader

FILES = {
    "a.md": "Title: أ\nTags: x, y\n\nنص مع حاشية[^1] و HTML.\n\n"
    "[^1]: الحاشية.\n\n*[HTML]: Hyper Text\n",
    "b.md": "Title: ب\n\nلا حاشية هنا[^1] ولا اختصار: HTML.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "c.md": "Title: ج\nSummary: ملخص *مهم*\nDate: 2018-08-14\n\n# عنوان\n\n```\ncode\n```\n",
    "d.md": "No metadata at all, just text.\n\nSummary: not metadata\n",
}


def _settings() -> dict:
    settings = dict(DEFAULT_CONFIG)
    settings["MARKDOWN"] = {k: (dict(v) if isinstance(v, dict) else v)
                            for k, v in DEFAULT_CONFIG["MARKDOWN"].items()}  # fmt: skip
    return settings


def test_same_content_and_metadata_as_pelicans_reader_file_after_file(tmp_path):
    paths = []
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    pelicans = MarkdownReader(_settings())
    ours = ReusingMarkdownReader(_settings())
    for _ in range(2):  # twice round: nothing a file leaves behind reaches the next
        for path in paths:
            assert ours.read(path) == pelicans.read(path), path
    assert ours._reused is not None  # one instance served every file


def test_readers_use_it_for_markdown_unless_settings_name_another(tmp_path):
    from pelican import signals

    signals.readers_init.connect(use_reusing_reader)
    try:
        readers = Readers(_settings())
        # By name: a build earlier in this process loaded the plugin as `briefing_site`,
        # a second copy of the module whose handler is connected too.
        assert type(readers.readers["md"]).__name__ == "ReusingMarkdownReader"

        class Custom(MarkdownReader):
            pass

        readers = Readers({**_settings(), "READERS": {"md": Custom}})
        assert type(readers.readers["md"]) is Custom
    finally:
        signals.readers_init.disconnect(use_reusing_reader)
