"""Checks on the curated people gazetteer, ``briefings/data/people.json``."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from babel import Locale

from briefings.arabic import normalize
from briefings.nlp.ids import slugify

PEOPLE_PATH = Path(__file__).resolve().parent.parent / "briefings" / "data" / "people.json"

ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
ALLOWED_AR = re.compile(
    r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u067E\u0686\u06A9\u06AF\u06CC\u0698 \-'.()]+$"
)
ID_RE = re.compile(r"^[a-z0-9-]+$")
QID_RE = re.compile(r"^Q[0-9]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
# A name must not start with a title: titles are context, not names.
AR_TITLES = {
    "الرئيس",
    "الرئيسة",
    "الملك",
    "الملكة",
    "الأمير",
    "الأميرة",
    "السلطان",
    "الشيخ",
    "الجنرال",
    "المشير",
    "العقيد",
    "الإمبراطور",
    "آية",
    "ولي",
    "السيد",
    "الحاج",
    "الدكتور",
}
EN_TITLES = {
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Sultan",
    "President",
    "Emperor",
    "General",
    "Lord",
    "Sir",
    "Dr",
    "Dr.",
}


def fold(text: str) -> str:
    """The matcher's view of a name: normalised, hyphens as spaces, single spaces."""
    return " ".join(normalize(text.replace("-", " ")).split())


@pytest.fixture(scope="module")
def people() -> list[dict]:
    return json.loads(PEOPLE_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_id(people) -> dict[str, dict]:
    return {p["id"]: p for p in people}


def test_is_a_list_of_enough_people(people):
    assert isinstance(people, list)
    assert len(people) >= 550


def test_schema_keys_and_types(people):
    keys = {"id", "en", "ar", "aliases_ar", "aliases_en", "country", "roles", "wikidata"}
    for p in people:
        assert set(p) == keys, p.get("id")
        assert isinstance(p["en"], str) and p["en"].strip() == p["en"] and p["en"]
        assert isinstance(p["aliases_ar"], list) and isinstance(p["aliases_en"], list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in p["aliases_ar"])
        assert all(isinstance(a, str) and a.strip() == a and a for a in p["aliases_en"])
        assert isinstance(p["roles"], list) and p["roles"], f"{p['id']} has no role"


def test_ids_unique_and_slugs_of_english_name(people):
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids))
    for p in people:
        assert ID_RE.match(p["id"]), p["id"]
        assert p["id"] == slugify(p["en"]), (p["id"], p["en"])


def test_arabic_names_are_in_arabic_script(people):
    for p in people:
        for name in [p["ar"], *p["aliases_ar"]]:
            assert ARABIC_LETTERS.search(name), (p["id"], name)
            assert ALLOWED_AR.match(name), (p["id"], name)
            assert "  " not in name, (p["id"], name)
        for name in p["aliases_en"]:
            assert not ARABIC_LETTERS.search(name), (p["id"], name)


def test_no_titles_in_names(people):
    for p in people:
        for name in [p["ar"], *p["aliases_ar"]]:
            assert name.split()[0] not in AR_TITLES, (p["id"], name)
        for name in p["aliases_en"]:
            assert name.split()[0] not in EN_TITLES, (p["id"], name)


def test_countries_are_iso_codes(people):
    territories = Locale("en").territories
    for p in people:
        c = p["country"]
        assert re.fullmatch(r"[A-Z]{2}", c) and c in territories, (p["id"], c)


def test_wikidata_ids(people):
    for p in people:
        assert p["wikidata"] is None or QID_RE.match(p["wikidata"]), p["id"]
    qids = [p["wikidata"] for p in people if p["wikidata"]]
    assert len(qids) == len(set(qids))


def _as_date(text: str, end: bool) -> date:
    if len(text) == 4:
        return date(int(text), 12, 31) if end else date(int(text), 1, 1)
    return date.fromisoformat(text)


def test_roles_have_titles_and_valid_dates(people):
    for p in people:
        for r in p["roles"]:
            assert set(r) == {"en", "ar", "from", "to"}, p["id"]
            assert r["en"] and r["ar"] and ARABIC_LETTERS.search(r["ar"]), p["id"]
            for key in ("from", "to"):
                if r[key] is not None:
                    assert DATE_RE.match(r[key]), (p["id"], r)
                    _as_date(r[key], key == "to")  # parses
            if r["from"] and r["to"]:
                assert _as_date(r["from"], False) <= _as_date(r["to"], True), (p["id"], r)
            if r["from"]:
                assert _as_date(r["from"], False) <= date(2026, 12, 31), (p["id"], r)


def test_no_alias_shared_by_two_people(people):
    owners: dict[str, set[str]] = defaultdict(set)
    owners_en: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for name in [p["ar"], *p["aliases_ar"]]:
            owners[fold(name)].add(p["id"])
        for name in [p["en"], *p["aliases_en"]]:
            owners_en[name.casefold()].add(p["id"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    shared_en = {k: v for k, v in owners_en.items() if len(v) > 1}
    assert not shared, shared
    assert not shared_en, shared_en


def test_no_duplicate_aliases_within_a_person(people):
    for p in people:
        folded = [fold(n) for n in [p["ar"], *p["aliases_ar"]]]
        assert len(folded) == len(set(folded)), p["id"]


# Bare one-word aliases that are common Arabic words or first names must never be names.
FORBIDDEN_BARE = [
    "عباس",
    "عون",
    "بري",
    "سلام",
    "أمل",
    "نصر",
    "حمد",
    "عادل",
    "كيم",
    "لي",
    "شي",
    "علي",
    "محمد",
    "الأسد",
    "عبد الله",
    "سلمان",
    "مبارك",
    "صدام",
    "البشير",
    "البرهان",
    "سعيد",
    "غني",
    "رئيسي",
    "مرسي",
    "الضيف",
    "الحية",
    "شريف",
    "مشرف",
    "متقي",
    "ظريف",
    "روحاني",
    "لولا",
    "عنان",
    "قاسم",
    "تميم",
    "هادي",
    "صالح",
    "المالكي",
    "الصدر",
    "الحريري",
    "الشرع",
    "السوداني",
    "الطيب",
    "ماسك",
]


def test_no_ambiguous_bare_aliases(people):
    forbidden = {fold(w) for w in FORBIDDEN_BARE}
    for p in people:
        for name in [p["ar"], *p["aliases_ar"]]:
            assert fold(name) not in forbidden, (p["id"], name)


# English one-word aliases that are first names or common words.
FORBIDDEN_BARE_EN = [
    "Boris",
    "Francis",
    "Saddam",
    "Hadi",
    "Saleh",
    "Waltz",
    "Kerry",
    "Kim",
    "Lee",
    "Ali",
]


def test_no_ambiguous_bare_english_aliases(people):
    forbidden = {w.casefold() for w in FORBIDDEN_BARE_EN}
    for p in people:
        for name in p["aliases_en"]:
            assert name.casefold() not in forbidden, (p["id"], name)


@pytest.mark.parametrize(
    ("pid", "ar", "alias", "country", "qid"),
    [
        ("vladimir-putin", "فلاديمير بوتين", "بوتين", "RU", "Q7747"),
        ("donald-trump", "دونالد ترامب", "ترمب", "US", "Q22686"),
        ("joe-biden", "جو بايدن", "بايدن", "US", "Q6279"),
        ("xi-jinping", "شي جين بينغ", None, "CN", "Q15031"),
        ("kim-jong-un", "كيم جونغ أون", "كيم يونغ أون", "KP", "Q56226"),
        ("recep-tayyip-erdogan", "رجب طيب أردوغان", "إردوغان", "TR", "Q39259"),
        ("emmanuel-macron", "إيمانويل ماكرون", "ماكرون", "FR", "Q3052772"),
        ("benjamin-netanyahu", "بنيامين نتنياهو", "نتانياهو", "IL", "Q43723"),
        ("volodymyr-zelenskyy", "فولوديمير زيلينسكي", "زيلينسكي", "UA", "Q3874799"),
        ("ahmed-al-sharaa", "أحمد الشرع", "أبو محمد الجولاني", "SY", None),
        ("mohamed-hamdan-dagalo", "محمد حمدان دقلو", "حميدتي", "SD", None),
        ("sergei-shoigu", "سيرغي شويغو", "سيرجي شويجو", "RU", None),
        ("sergei-lavrov", "سيرغي لافروف", "لافروف", "RU", None),
        ("john-kirby", "جون كيربي", None, "US", None),
        ("adrienne-watson", "أدريان واتسون", None, "US", None),
        ("li-qiang", "لي تشيانغ", None, "CN", None),
        ("li-keqiang", "لي كه تشيانغ", None, "CN", None),
        ("kim-yong-chol", "كيم يونغ تشول", None, "KP", None),
        ("moon-jae-in", "مون جاي إن", None, "KR", None),
        ("yoon-suk-yeol", "يون سوك يول", None, "KR", None),
    ],
)
def test_spot_checks(by_id, pid, ar, alias, country, qid):
    p = by_id[pid]
    assert p["ar"] == ar
    assert p["country"] == country
    assert p["wikidata"] == qid
    if alias:
        assert fold(alias) in {fold(a) for a in p["aliases_ar"]}


def test_current_offices(by_id):
    def current(pid: str, fragment: str) -> bool:
        return any(fragment in r["en"] and r["to"] is None for r in by_id[pid]["roles"])

    assert current("vladimir-putin", "President of Russia")
    assert current("donald-trump", "President of the United States")
    assert not current("joe-biden", "President of the United States")
    assert current("antonio-guterres", "Secretary-General of the United Nations")
    assert current("mohammed-bin-salman", "Crown Prince of Saudi Arabia")
    assert not current("bashar-al-assad", "President of Syria")
    assert current("ahmed-al-sharaa", "President of Syria")
    assert current("abdul-malik-al-houthi", "Houthi")


def test_coverage_of_key_countries(people):
    countries = {p["country"] for p in people}
    must = (
        "US RU CN GB FR DE IN JP KR KP BR AR MX CA AU ID IT ZA SA TR IR IL EG IQ SY LB JO PS YE LY"
    )
    must += " TN DZ MA MR SD SS SO DJ KM QA AE KW BH OM AF PK UA BY VE CU ET NG MM"
    assert set(must.split()) <= countries, set(must.split()) - countries
