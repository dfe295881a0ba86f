"""Editors' overrides: every kind of entry applied, and every mistake reported clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.nlp import Extractor, load_kb
from briefings.nlp.overrides import OverrideError

SEED_LINE = "وقال المتحدث زياد قبلاوي في بيان إن الغرب يعاقب روسيا"  # a made-up name
SPOKESMAN = "x-zyad-qblawy"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entities.toml"
    path.write_text(text, "utf-8")
    return path


def test_the_example_file_is_valid(tmp_path: Path) -> None:
    example = Path(__file__).parents[2] / "briefings" / "nlp" / "entities.example.toml"
    kb = load_kb(write(tmp_path, example.read_text("utf-8")))
    assert kb.get("sami-khoury-example").country == "LB"
    assert kb.get("x-samy-khwry").id == "sami-khoury-example"
    assert "بوتن" in kb.get("vladimir-putin").aliases_ar
    assert "الغرب" in kb.suppressed_forms and "x-zzyad-qblawy" in kb.suppressed_ids


def test_add_a_person_and_link_it(tmp_path: Path) -> None:
    kb = load_kb(
        write(
            tmp_path,
            """
[[entity]]
id = "test-person-zed"
type = "person"
ar = "زيد عمرو"
en = "Zed Amr"
country = "eg"
aliases_ar = ["أبو عمرو"]
roles = [{ en = "Spokesman", ar = "متحدث", from = "2020-01-01" }]
""",
        )
    )
    entity = kb.get("test-person-zed")
    assert entity is not None and entity.country == "EG" and entity.roles[0].start == "2020-01-01"
    mentions = Extractor(kb).extract("قال أبو عمرو إن زيد عمرو وصل").mentions
    assert [(m.text, m.entity) for m in mentions] == [
        ("أبو عمرو", "test-person-zed"),
        ("زيد عمرو", "test-person-zed"),
    ]
    assert load_kb().get("test-person-zed") is None  # the packaged KB is untouched


def test_alias_merge_and_suppress(tmp_path: Path) -> None:
    kb = load_kb(
        write(
            tmp_path,
            """
[[alias]]
id = "russia"
ar = ["بلاد الروس"]

[[merge]]
from = "x-zyad-qblawy"
into = "united-states"

[[suppress]]
text = "روسيا"

[[suppress]]
id = "kremlin"
""",
        )
    )
    ex = Extractor(kb)
    found = {(m.text, m.entity) for m in ex.extract("زار بلاد الروس والكرملين وروسيا").mentions}
    assert found == {("بلاد الروس", "russia")}
    merged = {m.entity for m in ex.extract(SEED_LINE).mentions}
    assert SPOKESMAN in {m.entity for m in Extractor(load_kb()).extract(SEED_LINE).mentions}
    assert "united-states" in merged and SPOKESMAN not in merged


def test_suppress_a_discovered_person(tmp_path: Path) -> None:
    kb = load_kb(write(tmp_path, f'[[suppress]]\nid = "{SPOKESMAN}"\n'))
    assert all(m.type != "person" for m in Extractor(kb).extract(SEED_LINE).mentions)


def test_missing_file_means_no_overrides(tmp_path: Path) -> None:
    assert load_kb(tmp_path / "absent.toml").entities.keys() == load_kb().entities.keys()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[alias]]\nid = "nobody-at-all"\nar = ["س"]\n', "not a known entity id"),
        ('[[alias]]\nid = "../etc/passwd"\nar = ["س"]\n', "not a valid id"),
        ('[[alias]]\nid = "Russia"\nar = ["س"]\n', "not a valid id"),
        ('[[entity]]\nid = "a/b"\ntype = "person"\nar = "س"\nen = "S"\n', "not a valid id"),
        ('[[entity]]\nid = "x-foo"\ntype = "person"\nar = "س"\nen = "S"\n', "reserved"),
        ('[[entity]]\nid = "russia"\ntype = "person"\nar = "س"\nen = "S"\n', "already exists"),
        ('[[entity]]\nid = "new-one"\ntype = "planet"\nar = "س"\nen = "S"\n', "type"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "<b>س</b>"\nen = "S"\n', "markup"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "س"\nen = "S\\""\n', "quotes"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "س"\nen = "S"\ncountry = "XX"\n',
         "not a known country"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "س"\nen = "S"\nwikidata = "7"\n',
         "QID"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "روسيا"\nen = "S"\n',
         "already names 'russia'"),
        ('[[alias]]\nid = "china"\nar = ["روسيا"]\n', "already names 'russia'"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nen = "S"\n', "missing key"),
        ('[[entity]]\nid = "new-one"\ntype = "person"\nar = "س"\nen = "S"\nnick = "s"\n',
         "unknown key"),
        ('[[merge]]\nfrom = "russia"\ninto = "russia"\n', "cycle"),
        ('[[merge]]\nfrom = "russia"\n', "missing key"),
        ('[[suppress]]\nid = "russia"\ntext = "روسيا"\n', "exactly one"),
        ('[[suppres]]\nid = "russia"\n', "unknown section"),
        ("[[alias]\nid=", "not valid TOML"),
    ],
)  # fmt: skip
def test_invalid_entries_name_the_file_entry_and_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(OverrideError) as err:
        load_kb(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)
    if "[[" in text and "TOML" not in message and "section" not in message:
        assert "#1" in str(err.value)
