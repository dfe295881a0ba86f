"""The knowledge base as loaded: ids, CLDR coverage, data files, caching."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from briefings import arabic
from briefings.nlp import Extractor, KnowledgeBase, load_kb
from briefings.nlp.ids import is_valid_id
from briefings.nlp.model import TYPES


def test_loaded_without_problems(kb: KnowledgeBase) -> None:
    assert kb.problems == []


def test_ids_are_valid_and_typed(kb: KnowledgeBase) -> None:
    assert all(is_valid_id(i) and e.id == i for i, e in kb.entities.items())
    assert {e.type for e in kb.entities.values()} == set(TYPES)
    assert all(not i.startswith("x-") for i in kb.entities)


def test_regions_are_places_of_no_single_country(kb: KnowledgeBase) -> None:
    """أمريكا اللاتينية is Latin America, not the United States through the أمريكا alias."""
    ex = Extractor(kb)
    found = [(m.text, m.entity, m.type) for m in ex.extract(
        "تتصاعد التوترات في الشرق الأوسط وأمريكا اللاتينية والمحيط الهندي").mentions]  # fmt: skip
    assert found == [
        ("الشرق الأوسط", "middle-east", "region"),
        ("أمريكا اللاتينية", "latin-america", "region"),
        ("المحيط الهندي", "indian-ocean", "region"),
    ]
    assert all(e.country is None for e in kb.entities.values() if e.type == "region")


def test_countries_from_cldr(kb: KnowledgeBase) -> None:
    kp = kb.get("north-korea")
    assert kp.type == "country" and kp.country == "KP" and kp.name_ar == "كوريا الشمالية"
    assert kb.get("united-states").country == "US"
    codes = {e.country for e in kb.entities.values() if e.type == "country"}
    assert len(codes) > 240 and "ZZ" not in codes and "EU" not in codes
    assert kb.get("myanmar-burma").name_ar == "ميانمار"  # CLDR's bracket note dropped


def test_cities_include_cldr_exemplar_cities(kb: KnowledgeBase) -> None:
    cities = [e for e in kb.entities.values() if e.type == "city"]
    assert len(cities) > 400
    curated = {
        row["id"]
        for row in json.loads(resources.files("briefings.data").joinpath("cities.json").read_text())
    }
    # Every CLDR city has its zone's country (curated ones may leave it open: Jerusalem).
    assert all(c.country for c in cities if c.id not in curated)
    names = {arabic.normalize(c.name_ar) for c in cities}
    assert arabic.normalize("تيرانا") in names  # Europe/Tirane, from CLDR
    assert not any(c.id.startswith(("antarctica", "etc")) for c in cities)


def test_by_country(kb: KnowledgeBase) -> None:
    russian = kb.by_country("ru")
    assert {"russia", "moscow", "kremlin", "vladimir-putin"} <= {e.id for e in russian}


def test_packaged_part_is_cached() -> None:
    assert load_kb() is load_kb()


@pytest.mark.parametrize("word", ["الغرب", "نوم", "ماهي", "سنتر", "ترك"])
def test_blocklisted_forms_are_never_keys(kb: KnowledgeBase, word: str) -> None:
    key = " " + " ".join(arabic.tokenize(word)[i].norm for i in range(1)) + " "
    assert not kb.gazetteer.automaton.exists(key)
