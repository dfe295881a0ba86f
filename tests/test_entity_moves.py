"""Entity pages that lose their id redirect to the entity now holding their mentions."""

from __future__ import annotations

import json
from pathlib import Path

from sitebuild import build_site

from briefings import entity_moves as moves
from briefings.entity_moves import MentionIndex, Move, Page, find_moves, state


def _page(eid: str, *spans: tuple[str, int, int]) -> Page:
    return Page(f"people/{eid}/", f"people/{eid}/index.html", eid, moves.sample(spans))


def test_a_vanished_id_moves_to_the_entity_holding_its_mentions() -> None:
    before = {"x-adel": _page("x-adel", ("a/", 10, 14), ("b/", 5, 9), ("c/", 0, 4))}
    # the engine now reads a longer name over the same words
    index = MentionIndex([("a/", 10, 20, "x-adel-imam"), ("b/", 5, 15, "x-adel-imam"),
                          ("c/", 0, 4, "cairo"), ("a/", 30, 34, "egypt")])  # fmt: skip
    pages = {e: _page(e) for e in ("x-adel-imam", "cairo", "egypt")}
    (move,) = find_moves(state(before, []), pages, index)
    assert (move.old, move.to, move.page.url) == ("x-adel", "x-adel-imam", "people/x-adel/")


def test_no_successor_without_most_of_the_mentions() -> None:
    """A suppressed name leaves its words to nobody; one overlap out of four is chance."""
    before = {"x-zz": _page("x-zz", ("a/", 0, 4), ("b/", 0, 4), ("c/", 0, 4), ("d/", 0, 4))}
    index = MentionIndex([("a/", 2, 9, "russia"), ("b/", 40, 44, "russia"),
                          ("c/", 9, 12, "russia"), ("d/", 9, 12, "russia")])  # fmt: skip
    assert find_moves(state(before, []), {"russia": _page("russia")}, index) == []


def test_redirects_persist_follow_chains_and_end_when_the_id_returns() -> None:
    a, b, c = _page("a", ("x/", 0, 3)), _page("b", ("x/", 0, 3)), _page("c", ("x/", 0, 3))
    first = find_moves(state({"a": a}, []), {"b": b}, MentionIndex([("x/", 0, 3, "b")]))
    assert [(m.old, m.to) for m in first] == [("a", "b")]
    # b moves on to c: a's old page now redirects to c, b's too
    second = find_moves(state({"b": b}, first), {"c": c}, MentionIndex([("x/", 0, 3, "c")]))
    assert sorted((m.old, m.to) for m in second) == [("a", "c"), ("b", "c")]
    # unchanged next build: the redirects are kept from the state alone
    third = find_moves(state({"c": c}, second), {"c": c}, MentionIndex([("x/", 0, 3, "c")]))
    assert third == second
    # a has a page again: its redirect ends
    fourth = find_moves(state({"c": c}, third), {"a": a, "c": c}, MentionIndex([]))
    assert [(m.old, m.to) for m in fourth] == [("b", "c")]


def test_a_cycle_of_moves_ends_without_a_redirect() -> None:
    a, b = _page("a"), _page("b")
    cyclic = state({}, [Move("a", a, "b"), Move("b", b, "a")])
    assert find_moves(cyclic, {}, MentionIndex([])) == []


ARTICLES = {
    "2023-10-01-a.txt": "قال المتحدث سامي خوري في بيروت إن البلدية ستعيد فتح الطريق.",
    "2023-10-02-b.txt": "وأكد سامي خوري أن الأعمال انتهت في بيروت.",
}
ENTITY = """[[entity]]
id = "{id}"
type = "person"
ar = "سامي خوري"
en = "Sami Khoury"
country = "LB"
"""


def test_renaming_an_entity_leaves_a_redirect_at_its_old_page(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    overrides = tmp_path / "content" / "entities.toml"
    overrides.parent.mkdir(parents=True)
    overrides.write_text(ENTITY.format(id="sami-khoury"), encoding="utf-8")
    out = build_site(tmp_path, seeds)
    assert (out / "people/sami-khoury/index.html").is_file()
    assert json.loads((out / "api/moved.json").read_text("utf-8")) == {}

    overrides.write_text(ENTITY.format(id="sami-el-khoury"), encoding="utf-8")  # editor renames
    for _ in range(2):  # the redirect is made once, then kept from the build state
        out = build_site(tmp_path, seeds)
        page = (out / "people/sami-khoury/index.html").read_text("utf-8")
        assert 'http-equiv="refresh" content="0; url=../../people/sami-el-khoury/"' in page
        assert 'href="../../people/sami-el-khoury/"' in page
        assert (out / "people/sami-el-khoury/index.html").is_file()
        assert json.loads((out / "api/moved.json").read_text("utf-8")) == {
            "sami-khoury": "sami-el-khoury"
        }
        assert "people/sami-khoury/" not in (out / "sitemap.xml").read_text("utf-8")

    overrides.write_text(ENTITY.format(id="sami-khoury"), encoding="utf-8")  # and back
    out = build_site(tmp_path, seeds)
    assert "refresh" not in (out / "people/sami-khoury/index.html").read_text("utf-8")
    assert json.loads((out / "api/moved.json").read_text("utf-8")) == {
        "sami-el-khoury": "sami-khoury"
    }


def test_merging_a_discovered_person_redirects_its_page_to_the_merge_target(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    out = build_site(tmp_path, seeds)
    listing = json.loads((out / "api/entities.json").read_text("utf-8"))
    (found,) = [e for e in listing if e["name"]["ar"] == "سامي خوري"]
    assert found["id"].startswith("x-") and (out / found["url"] / "index.html").is_file()

    overrides = tmp_path / "content" / "entities.toml"
    overrides.write_text(
        ENTITY.format(id="sami-khoury")
        + f'\n[[merge]]\nfrom = "{found["id"]}"\ninto = "sami-khoury"\n',
        encoding="utf-8",
    )
    out = build_site(tmp_path, seeds)
    page = (out / found["url"] / "index.html").read_text("utf-8")
    assert 'url=../../people/sami-khoury/"' in page
    assert json.loads((out / "api/moved.json").read_text("utf-8")) == {found["id"]: "sami-khoury"}
