"""Checks on the packaged place and organisation data (countries_extra, cities, organizations)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
from babel import Locale

from briefings.arabic import tokenize

DATA = Path(__file__).resolve().parent.parent / "briefings" / "data"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = set(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD
    CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA
    GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI
    KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
    MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
    SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
    UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
    """.split()
)
EXTRA_TERRITORIES = {"PS", "TW", "XK", "EH", "HK"}
# CLDR pseudo-territories and non-territories that the knowledge base does not load.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
KINDS = {
    "international", "government", "military", "party", "armed-group", "media", "company",
    "sports", "other",
}  # fmt: skip


def _load(name: str):
    return json.loads((DATA / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def countries_extra() -> dict:
    return {k: v for k, v in _load("countries_extra.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def cities() -> list[dict]:
    return _load("cities.json")


@lru_cache(maxsize=1)
def orgs() -> list[dict]:
    return _load("organizations.json")


def slug(text: str) -> str:
    from briefings.nlp.ids import slugify

    return slugify(text)


@lru_cache(maxsize=1)
def territories() -> dict[str, tuple[str, str]]:
    """ISO -> (Arabic, English) for every CLDR territory the knowledge base loads."""
    ar, en = Locale("ar").territories, Locale("en").territories
    return {
        code: (name, en.get(code, code))
        for code, name in ar.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def key(surface: str) -> str:
    """The matching key of a surface form: its normalised tokens."""
    return " ".join(t.norm for t in tokenize(surface))


def test_files_parse_with_the_right_shapes():
    assert isinstance(_load("countries_extra.json"), dict)
    for iso, info in countries_extra().items():
        for field in ("demonyms", "long_names", "aliases", "aliases_en"):
            assert isinstance(info[field], list), (iso, field)
            assert all(isinstance(s, str) and s.strip() == s and s for s in info[field]), iso
    for row in cities():
        assert set(row) >= {"id", "en", "ar", "aliases_ar", "country", "capital", "wikidata"}
        assert isinstance(row["capital"], bool)
        assert row["ar"] and row["en"]
    for row in orgs():
        assert set(row) >= {
            "id", "en", "ar", "aliases_ar", "aliases_en", "country", "metonym_for", "wikidata",
            "kind",
        }  # fmt: skip
        assert row["kind"] in KINDS, row["id"]
        assert row["ar"] and row["en"]
    for row in (*cities(), *orgs()):
        qid = row["wikidata"]
        assert qid is None or re.fullmatch(r"Q[1-9][0-9]*", qid), row["id"]


def test_sizes():
    assert len(cities()) >= 300
    assert len(orgs()) >= 250


def test_ids_are_slugs_and_unique_across_types():
    country_ids = [slug(en) for _, en in territories().values()]
    assert len(set(country_ids)) == len(country_ids)
    seen: dict[str, str] = {cid: "country" for cid in country_ids}
    for kind, rows in (("city", cities()), ("organization", orgs())):
        for row in rows:
            rid = row["id"]
            assert ID_RE.match(rid), rid
            assert not rid.startswith("x-"), f"{rid}: x- is reserved for discovered entities"
            assert rid not in seen, f"{kind} id {rid!r} already used by a {seen[rid]}"
            seen[rid] = kind


def test_iso_codes_are_cldr_territories():
    valid = set(territories())
    for iso in countries_extra():
        assert iso in valid, iso
    for row in (*cities(), *orgs()):
        assert row["country"] is None or row["country"] in valid, row["id"]
    for row in orgs():
        assert row["metonym_for"] is None or row["metonym_for"] in valid, row["id"]


def test_every_un_member_and_listed_territory_has_an_entry():
    assert len(UN_MEMBERS) == 193
    missing = (UN_MEMBERS | EXTRA_TERRITORIES) - set(countries_extra())
    assert not missing


def test_capitals_have_a_valid_country():
    valid = set(territories())
    capitals = [c for c in cities() if c["capital"]]
    for city in capitals:
        assert city["country"] in valid, city["id"]
    # Every UN member has a capital, except the documented gaps.
    undocumented = UN_MEMBERS - {c["country"] for c in capitals} - {"IL", "MC", "SG", "MV", "SC"}
    assert not undocumented


def _surfaces():
    """Yield (entity id, surface) for every linkable name, CLDR names included."""
    extra = countries_extra()
    for iso, (name_ar, name_en) in territories().items():
        cid = slug(name_en)
        yield cid, name_ar
        yield cid, re.sub(r"\s*\(.*?\)\s*", " ", name_ar).strip()
        yield cid, name_en
        info = extra.get(iso, {})
        for field in ("demonyms", "long_names", "aliases", "aliases_en"):
            for s in info.get(field, []):
                yield cid, s
    for row in (*cities(), *orgs()):
        ambiguous = {key(a) for a in row.get("ambiguous_ar", [])}
        for s in (row["ar"], row["en"], *row["aliases_ar"], *row.get("aliases_en", [])):
            if key(s) not in ambiguous:
                yield row["id"], s


def test_no_surface_names_two_entities():
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, surface in _surfaces():
        k = key(surface)
        assert k, (eid, surface)
        owners[k].add(eid)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes


def test_ambiguous_forms_are_not_also_aliases():
    for row in (*cities(), *orgs()):
        ambiguous = {key(a) for a in row.get("ambiguous_ar", [])}
        assert not ambiguous & {key(a) for a in row["aliases_ar"]}, row["id"]


@pytest.mark.parametrize(
    "field", ["demonyms", "long_names", "aliases"], ids=["demonyms", "long", "aliases"]
)
def test_country_forms_are_arabic(field):
    arabic = re.compile(r"[\u0600-\u06FF]")
    for iso, info in countries_extra().items():
        for s in info[field]:
            assert arabic.search(s), (iso, s)


def _org(oid: str) -> dict:
    return next(o for o in orgs() if o["id"] == oid)


def _city(cid: str) -> dict:
    return next(c for c in cities() if c["id"] == cid)


def _names(row: dict) -> set[str]:
    return {key(s) for s in (row["ar"], *row["aliases_ar"])}


def test_spot_checks():
    kremlin = _org("kremlin")
    assert kremlin["metonym_for"] == "RU" and key("الكرملين") in _names(kremlin)
    assert _org("white-house")["metonym_for"] == "US"
    assert key("البنتاجون") in _names(_org("pentagon"))
    pyongyang = _city("pyongyang")
    assert pyongyang["country"] == "KP" and pyongyang["capital"]
    assert key("بيونغ يانغ") in _names(pyongyang)
    assert key("بيونغيانغ") in _names(pyongyang)
    assert key("فلاديفوستوك") in _names(_city("vladivostok"))
    kp, ru, us = countries_extra()["KP"], countries_extra()["RU"], countries_extra()["US"]
    assert "مملكة الناسك" in kp["aliases"]
    assert {"الكوري الشمالي", "الكورية الشمالية", "الكوريين الشماليين"} <= set(kp["demonyms"])
    assert {"الروسي", "الروسية", "الروس", "الروسيين"} <= set(ru["demonyms"])
    assert {"الأميركي", "الأمريكي", "الأمريكيون", "الأميركيين"} <= set(us["demonyms"])
    assert "DPRK" in kp["aliases_en"]


def test_precision_guards():
    """Common words and shared names never appear as linkable forms."""
    linkable = {key(s) for _, s in _surfaces()}
    for word in [
        "العربي", "العربية", "الغربي", "الشرقي", "الكردي", "الجزيرة", "فتح", "القاعدة",
        "المدينة", "الكوري", "الكورية", "المالي", "الروماني", "الصحراوي",
        "مجلس الشيوخ", "مجلس النواب", "الدولة الإسلامية", "الإخوان", "أمل", "الشباب",
    ]:  # fmt: skip
        assert key(word) not in linkable, word
    amman = _city("amman")
    assert key("عمان") not in {key(a) for a in amman["aliases_ar"]}
    assert "عمان" in amman["ambiguous_ar"]
    assert "واشنطن" not in countries_extra()["US"]["aliases"]
    assert _city("jerusalem")["country"] is None


def test_json_files_match_their_generators():
    """The JSON is generated: edit the tables in _build_places.py / _build_orgs.py /
    _build_regions.py, then rerun."""
    from briefings.data import _build_orgs, _build_places, _build_regions

    assert _load("countries_extra.json") == _build_places.build_countries()
    assert cities() == _build_places.build_cities()
    assert orgs() == _build_orgs.build_orgs()
    assert _load("regions.json") == _build_regions.build_regions()
