"""The same inputs give byte-identical output, whatever the hash seed."""

from __future__ import annotations

import shutil

from sitebuild import ROOT, run_build, tree_digest

ARTICLES = {
    "2023-09-05-a.txt": "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون "
    "في فلاديفوستوك، وقال بوتين إن روسيا مستعدة للتعاون مع كوريا الشمالية والصين.",
    "2023-09-20-b.txt": "أعلنت الصين أن الرئيس شي جين بينغ سيزور روسيا وتركيا وإيران.",
    "2023-10-15-d.txt": "Russian President Vladimir Putin met Xi Jinping in Beijing.",
}


def build_with_hash_seed(work, hash_seed: str):
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(ROOT / "seeds/000_a48c6b30d7d04d4d.txt", seeds)
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (work / "content").mkdir()
    shutil.copytree(ROOT / "content/pages", work / "content/pages")
    run_build(seeds, work / "content", work / "output", {"PYTHONHASHSEED": hash_seed})
    return tree_digest(work / "output")


def test_output_is_identical_across_hash_seeds(tmp_path):
    first = build_with_hash_seed(tmp_path / "one", "1")
    second = build_with_hash_seed(tmp_path / "two", "4242")
    assert len(first) > 20
    differing = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
    assert differing == []


def test_same_day_briefings_are_listed_in_one_order_whatever_order_they_were_read_in():
    """Pelican keeps read order for ties; directory order is not stable across builds."""
    import random
    from datetime import datetime
    from types import SimpleNamespace

    from plugins.briefing_site import total_order

    day = datetime(2018, 8, 14)
    articles = [SimpleNamespace(date=day, source_path=f"b/{n}.md") for n in "qwertyuiop"]
    articles.append(SimpleNamespace(date=datetime(2018, 8, 15), source_path="b/z.md"))
    orders = set()
    for seed in range(5):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        generator = SimpleNamespace(articles=shuffled, settings={})
        total_order(generator)
        orders.add(tuple(a.source_path for a in generator.articles))
    assert len(orders) == 1
    (order,) = orders
    assert order[0] == "b/z.md" and list(order[1:]) == sorted(order[1:], reverse=True)
