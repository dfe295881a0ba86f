"""The issue's first acceptance case: everything the seed names, linked with the right ids."""

from __future__ import annotations

from collections import defaultdict

import pytest
from nlp_helpers import REPO

from briefings.arabic import normalize
from briefings.nlp import Extraction, Extractor, KnowledgeBase
from briefings.nlp.ids import discovered_id
from briefings.nlp.tokens import tokens

SEED = REPO / "seeds" / "000_a48c6b30d7d04d4d.txt"

# People the knowledge base must know: (English surname spellings, Arabic surfaces).
KNOWN_PEOPLE = {
    "kim jong un": ({"Kim Jong Un", "Kim Jong-un"}, ["كيم جونغ أون"]),
    "putin": ({"Vladimir Putin"}, ["فلاديمير بوتين", "لبوتين"]),
    "biden": ({"Joe Biden"}, ["بايدن"]),
    "xi": ({"Xi Jinping"}, ["شي جين بينغ"]),
    "li qiang": ({"Li Qiang"}, ["لي تشيانغ"]),
    "shoigu": ({"Sergei Shoigu", "Sergey Shoygu", "Sergei Shoygu"}, ["سيرغي شويغو"]),
    "kirby": ({"John Kirby"}, ["جون كيربي"]),
}
# People who may be discovered from context when the knowledge base lacks them.
OTHER_PEOPLE = {
    "watson": ["أدريان واتسون", "واتسون"],
    "yoo": ["يو سانغ بوم"],
    "matsegora": ["ألكسندر ماتسيغورا"],
}
COUNTRIES = {
    "north-korea": ["كوريا الشمالية", "بكوريا الشمالية", "وكوريا الشمالية", "الكوري الشمالي",
                    "جمهورية كوريا الشعبية الديمقراطية", "مملكة الناسك"],
    "russia": ["روسيا", "بروسيا", "لروسيا", "الروسي"],
    "ukraine": ["أوكرانيا"],
    "united-states": ["أميركيين"],
    "china": ["الصين", "الصيني"],
    "south-korea": ["الكوري الجنوبي", "الكورية الجنوبية", "الكوريين الجنوبيين"],
    "india": ["بالهند", "الهند"],
}  # fmt: skip
CITIES = {
    "pyongyang": "بيونغ يانغ",
    "vladivostok": "فلاديفوستوك",
    "moscow": "موسكو",
    "new-delhi": "نيودلهي",
}
ORGANIZATIONS = {
    "Kremlin": "الكرملين",
    "White House": "البيت الأبيض",
    "National Security Council": "مجلس الأمن القومي",
    "New York Times": "نيويورك تايمز",
    "Associated Press": "أسوشيتد برس",
    "G20": "مجموعة العشرين",
}


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="module")
def result(extractor: Extractor, seed_text: str) -> Extraction:
    return extractor.extract(seed_text)


def _surfaces(result: Extraction) -> dict[str, set[str]]:
    """Entity id -> the normalised surfaces linked to it."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        out[m.entity].add(normalize(m.text))
    return out


def _containing(seed_text: str, result: Extraction, surface: str) -> set[str]:
    """Ids of mentions that overlap an occurrence of ``surface`` in the seed."""
    ids = set()
    start = seed_text.find(surface)
    assert start >= 0, f"{surface!r} is not in the seed"
    while start >= 0:
        end = start + len(surface)
        ids |= {m.entity for m in result.mentions if m.start < end and start < m.end}
        start = seed_text.find(surface, end)
    return ids


def _person_id(kb: KnowledgeBase, english: set[str]) -> str:
    ids = [e.id for e in kb.entities.values() if e.type == "person" and e.name_en in english]
    assert len(ids) == 1, f"the knowledge base should have exactly one of {english}: {ids}"
    return ids[0]


def test_offsets_point_at_the_original_text(result: Extraction, seed_text: str) -> None:
    assert result.mentions
    for m in result.mentions:
        assert seed_text[m.start : m.end] == m.text
        assert m.text == m.text.strip()


@pytest.mark.parametrize("key", sorted(KNOWN_PEOPLE))
def test_known_people_are_linked(
    key: str, kb: KnowledgeBase, result: Extraction, seed_text: str
) -> None:
    english, surfaces = KNOWN_PEOPLE[key]
    pid = _person_id(kb, english)
    for surface in surfaces:
        assert pid in _containing(seed_text, result, surface), f"{surface} → {pid}"
    assert result.entities[pid].type == "person"


def test_putin_with_a_clitic_excludes_the_clitic(kb: KnowledgeBase, result: Extraction) -> None:
    pid = _person_id(kb, {"Vladimir Putin"})
    texts = {m.text for m in result.mentions if m.entity == pid}
    assert "بوتين" in texts and "لبوتين" not in texts


def test_every_bare_kim_is_kim_jong_un(
    kb: KnowledgeBase, result: Extraction, seed_text: str
) -> None:
    pid = _person_id(kb, KNOWN_PEOPLE["kim jong un"][0])
    kims = [m for m in result.mentions if m.text == "كيم"]
    # يسافر كيم، يغادر كيم، وافق كيم، يسعى كيم: four bare mentions in the seed.
    assert len(kims) == 4
    assert {m.entity for m in kims} == {pid}
    assert {m.kind for m in kims} == {"coreference"}


@pytest.mark.parametrize("key", sorted(OTHER_PEOPLE))
def test_people_from_context(
    key: str, kb: KnowledgeBase, result: Extraction, seed_text: str
) -> None:
    full, *later = OTHER_PEOPLE[key]
    ids = _containing(seed_text, result, full)
    assert len(ids) == 1, f"{full}: {ids}"
    pid = ids.pop()
    entity = result.entities[pid]
    assert entity.type == "person"
    if entity.discovered:
        assert pid == discovered_id(tokens(full).norms)
    else:
        assert pid in kb.entities
    for surface in later:
        mentions = [m for m in result.mentions if m.text == surface]
        assert mentions and {m.entity for m in mentions} == {pid}


def test_watson_said_is_a_coreference(result: Extraction, seed_text: str) -> None:
    start = seed_text.index("وقال واتسون") + len("وقال ")
    [m] = [m for m in result.mentions if m.start == start]
    assert m.text == "واتسون" and m.kind in ("coreference", "alias")


@pytest.mark.parametrize("cid", sorted(COUNTRIES))
def test_countries_with_their_surface_forms(cid: str, result: Extraction, seed_text: str) -> None:
    for surface in COUNTRIES[cid]:
        assert cid in _containing(seed_text, result, surface), f"{surface} → {cid}"
    assert result.entities[cid].type == "country"


def test_demonyms_are_marked(result: Extraction) -> None:
    kinds = {(m.text, m.entity): m.kind for m in result.mentions}
    assert kinds[("الكوري الشمالي", "north-korea")] == "demonym"
    assert kinds[("الروسي", "russia")] == "demonym"
    assert kinds[("أميركيين", "united-states")] == "demonym"
    assert kinds[("كوريا الشمالية", "north-korea")] == "name"


@pytest.mark.parametrize("cid", sorted(CITIES))
def test_cities(cid: str, kb: KnowledgeBase, result: Extraction, seed_text: str) -> None:
    assert cid in _containing(seed_text, result, CITIES[cid])
    assert kb.entities[cid].type == "city"


@pytest.mark.parametrize("english", sorted(ORGANIZATIONS))
def test_organizations(english: str, kb: KnowledgeBase, result: Extraction, seed_text: str) -> None:
    surface = ORGANIZATIONS[english]
    ids = _containing(seed_text, result, surface)
    orgs = [i for i in ids if kb.entities.get(i) and kb.entities[i].type == "organization"]
    assert len(orgs) == 1, f"{surface}: {ids}"
    assert english.lower() in kb.entities[orgs[0]].name_en.lower()


def test_metonyms(kb: KnowledgeBase, result: Extraction) -> None:
    kremlin = [m for m in result.mentions if m.text in ("الكرملين",)]
    assert kremlin and all(m.kind == "metonym" for m in kremlin)
    assert kb.entities[kremlin[0].entity].metonym_for == "RU"


@pytest.mark.parametrize(
    "word",
    ["الغرب", "الغربية", "الرئيس", "الزعيم", "وزير", "المتحدث", "السفير", "النائب",
     "الصحيفة", "المسؤولين", "القطار", "العالم", "الجوع", "الدفاع"],
)  # fmt: skip
def test_common_words_and_titles_are_not_linked(
    word: str, result: Extraction, seed_text: str
) -> None:
    for m in result.mentions:
        assert normalize(m.text) != normalize(word), f"{word} linked to {m.entity}"
        assert normalize(word) not in normalize(m.text).split(), f"{m.text} → {m.entity}"


def test_every_mention_entity_is_listed(result: Extraction) -> None:
    data = result.to_dict()
    listed = {e["id"]: e for e in data["entities"]}
    assert {m["entity"] for m in data["mentions"]} == set(listed)
    assert listed["north-korea"]["country"] == "KP"
    assert listed["north-korea"]["name"] == {"ar": "كوريا الشمالية", "en": "North Korea"}
    assert listed["moscow"]["country"] == "RU"
    assert sum(e["mentions"] for e in data["entities"]) == len(data["mentions"])
