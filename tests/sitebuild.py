"""Helpers for the tests: real Pelican builds of the real theme, a static server."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is only on the team's machines)")
    return path


def build_site(
    workdir: Path,
    seeds: Path | None = None,
    extra_settings: dict | None = None,
    pages: bool = True,
) -> Path:
    """Import ``seeds`` and build the site with the project's settings, the way
    ``invoke build`` does (``briefings.build``); return the output folder."""
    from briefings.build import build

    content = workdir / "content"
    content.mkdir(parents=True, exist_ok=True)
    if pages:
        shutil.copytree(ROOT / "content" / "pages", content / "pages", dirs_exist_ok=True)
    output = workdir / "output"
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(workdir / "cache"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
    }
    override.update(extra_settings or {})
    report = build(ROOT / "pelicanconf.py", override, seeds=seeds or workdir / "no-seeds")
    if report.imported:
        workdir.joinpath("import-report.txt").write_text(
            report.imported.summary() + "\n" + "\n".join(map(str, report.imported.problems)),
            encoding="utf-8",
        )
    return output


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def static_server(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


# Three short Arabic briefings naming people, countries, cities and an organisation.
SAMPLE_ARTICLES = {
    "2023-09-05-a.txt": "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون "
    "في فلاديفوستوك. وقال بوتين إن روسيا مستعدة للتعاون مع كوريا الشمالية.",
    "2023-09-20-b.txt": "أعلنت الصين أن الرئيس شي جين بينغ سيزور روسيا. "
    "وقال الكرملين إن بوتين سيستقبل شي في موسكو.",
    "2023-10-02-c.txt": "زار وزير الخارجية الأمريكي أنتوني بلينكن أوكرانيا، "
    "وانتقد تعاون روسيا مع كوريا الشمالية.",
}


def tree_digest(root: Path) -> dict[str, str]:
    """Path -> sha256 of every file under ``root``."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def build_command(seeds: Path, content: Path, output: Path, cache: Path | None = None) -> list[str]:
    """``python -m briefings.build`` as `invoke build` runs it, on folders of a test's own."""
    return [
        sys.executable, "-m", "briefings.build", "-q",
        "-s", str(ROOT / "pelicanconf.py"), "--seeds", str(seeds),
        "-e", f"PATH='{content}'",
        "-e", f"OUTPUT_PATH='{output}'",
        "-e", f"CACHE_PATH='{cache or output.with_name(output.name + '.cache')}'",
    ]  # fmt: skip


def run_build(
    seeds: Path, content: Path, output: Path, env: dict[str, str] | None = None
) -> dict | None:
    """Run the build in a fresh process; return its phase report (``BRIEFINGS_BUILD_REPORT``)."""
    report = output.with_name(output.name + ".report.json")
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFINGS_BUILD_REPORT": str(report)}
    full_env.update(env or {})
    subprocess.run(build_command(seeds, content, output), check=True, env=full_env, cwd=ROOT)
    return json.loads(report.read_text("utf-8"))["phases"]
