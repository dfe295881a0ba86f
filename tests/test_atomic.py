"""A build killed halfway leaves the previous site intact; a finished one replaces it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from sitebuild import ROOT, build_command, tree_digest


def build_cmd(work: Path) -> list[str]:
    return build_command(work / "seeds", work / "content", work / "output", work / "cache")


def write_batch(seeds: Path, n: int, tag: str) -> None:
    lines = [
        json.dumps(
            {
                "id": f"{tag}{i}",
                "title": f"خبر {tag} رقم {i}",
                "date": "2018-03-01",
                "text": f"قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل الحوار. {i}",
            },
            ensure_ascii=False,
        )  # fmt: skip
        for i in range(n)
    ]
    (seeds / f"{tag}.jsonl").write_text("\n".join(lines), encoding="utf-8")


def test_killed_build_keeps_previous_site(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "content").mkdir()
    write_batch(seeds, 600, "a")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(build_cmd(tmp_path), check=True, env=env, cwd=ROOT)
    output = tmp_path / "output"
    before = tree_digest(output)
    assert len([k for k in before if k.startswith("briefings/")]) == 600

    write_batch(seeds, 300, "b")
    proc = subprocess.Popen(build_cmd(tmp_path), env=env, cwd=ROOT)
    partial = tmp_path / "output.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if partial.is_dir() and any(partial.glob("briefings/*/index.html")):
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the build finished before it could be killed: make it bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tree_digest(output) == before  # the previous site, whole and untouched

    subprocess.run(build_cmd(tmp_path), check=True, env=env, cwd=ROOT)
    after = tree_digest(output)
    assert len([k for k in after if k.startswith("briefings/")]) == 900
    assert not partial.exists() and not (tmp_path / "output.previous").exists()


def test_interrupted_swap_is_recovered(tmp_path):
    from briefings.build import recover

    output, previous = tmp_path / "output", tmp_path / "output.previous"
    previous.mkdir()
    (previous / "index.html").write_text("old site", encoding="utf-8")
    recover(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "old site"
    assert not previous.exists()


def test_a_replaced_site_is_deleted_in_the_background_or_by_the_next_build(tmp_path):
    import os
    import time

    from briefings.build import recover, swap_in

    output, partial = tmp_path / "output", tmp_path / "output.partial"
    for site, text in ((output, "old"), (partial, "new")):
        (site / "deep" / "er").mkdir(parents=True)
        (site / "deep" / "er" / "index.html").write_text(text, encoding="utf-8")
    swap_in(partial, output)
    assert (output / "deep/er/index.html").read_text(encoding="utf-8") == "new"
    deadline = time.monotonic() + 30
    while list(tmp_path.glob("output.trash-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    leftover = tmp_path / "output.trash-1-2"  # a deletion cut short: untouched for long
    (leftover / "x").mkdir(parents=True)
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    busy = tmp_path / "output.trash-3-4"  # a deletion still running (changed just now)
    (busy / "y").mkdir(parents=True)
    recover(output)
    assert not leftover.exists() and (output / "deep/er/index.html").exists()
    assert busy.exists()


def test_reused_files_never_replace_what_this_build_wrote(tmp_path):
    from briefings.build import link_tree

    live, new = tmp_path / "live", tmp_path / "new"
    (live / "sub").mkdir(parents=True)
    (live / "index.html").write_text("old page", encoding="utf-8")
    (live / "sub/shard.bin").write_bytes(b"shard")
    new.mkdir()
    (new / "index.html").write_text("fresh page", encoding="utf-8")
    assert link_tree(live, new) == 1
    assert (new / "index.html").read_text(encoding="utf-8") == "fresh page"
    assert (new / "sub/shard.bin").read_bytes() == b"shard"
