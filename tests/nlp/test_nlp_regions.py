"""Regions as the packaged knowledge base knows them: categories, descriptors, idioms.

Made-up sentences; the categories (provinces, rivers, historic regions ...) are checked by
a few members each, not by any evaluation set.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from briefings.nlp import Extractor, KnowledgeBase
from briefings.nlp.ids import is_valid_id


@pytest.fixture(scope="module")
def ex(kb: KnowledgeBase) -> Extractor:
    return Extractor(kb)


def found(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in ex.extract(text).mentions]


def test_regions_file_is_generated_with_stable_ids() -> None:
    rows = json.loads(resources.files("briefings.data").joinpath("regions.json").read_text())
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(is_valid_id(i) for i in ids)
    # The first published regions keep their ids.
    assert ids[:3] == ["middle-east", "europe", "eastern-europe"]
    assert {"persian-gulf", "levant", "kurdistan-region", "sinai", "suez-canal"} <= set(ids)
    assert len(rows) >= 300


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("زار الوفد تكساس وكاليفورنيا", [("تكساس", "texas"), ("كاليفورنيا", "california")]),
        ("اشتباكات في الأنبار", [("الأنبار", "anbar-governorate")]),
        ("اشتباكات في نينوى", [("نينوى", "nineveh-governorate")]),
        ("وصل إلى إقليم هلمند", [("هلمند", "helmand-province")]),
        ("مظاهرات في كاتالونيا واسكتلندا", [("كاتالونيا", "catalonia"), ("اسكتلندا", "scotland")]),
        ("رحلة في الأندلس وخراسان", [("الأندلس", "andalusia"), ("خراسان", "khorasan")]),
        ("الطريق إلى الحجاز", [("الحجاز", "hejaz")]),
        ("اقتحام مدن الضفة الغربية", [("الضفة الغربية", "west-bank")]),
        ("انهار الاتحاد السوفياتي", [("الاتحاد السوفياتي", "soviet-union")]),
    ],
)  # fmt: skip
def test_region_categories(ex: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(ex, text) == expected


def test_a_descriptor_or_a_feature_head_stays_out_of_the_mention(ex: Extractor) -> None:
    assert found(ex, "الأوضاع في منطقة الخليج") == [("الخليج", "persian-gulf")]
    assert found(ex, "منسوب نهر دجلة ارتفع") == [("دجلة", "tigris")]
    # The bare rest is not the river's own form: the whole phrase is the mention.
    assert found(ex, "على ضفاف نهر العاصي") == [("نهر العاصي", "orontes-river")]
    assert found(ex, "زار نهر الأردن") == [("نهر الأردن", "jordan-river")]


def test_a_political_epithet_after_a_country(ex: Extractor) -> None:
    assert found(ex, "وقعت الصين الشعبية الاتفاق") == [("الصين", "china")]


def test_the_nile_in_an_idiom_is_no_river(ex: Extractor) -> None:
    assert found(ex, "حاولوا النيل من وحدة البلاد") == []
    assert found(ex, "فاض النيل هذا العام") == [("النيل", "nile")]


@pytest.mark.parametrize(
    "text", ["على الصعيد الدولي", "الصحابي الجليل", "في مخاض عسير", "ثم جأوا إلينا"]
)
def test_names_that_are_everyday_words_are_listed_qualified_only(ex: Extractor, text: str) -> None:
    assert found(ex, text) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("وصل الوفد إلى برشلونة", "barcelona"),
        ("ولد في الكوفة", "kufa"),
        ("انتقل إلى مانشستر للدراسة", "manchester"),
        ("زار مدينة قرطبة", "cordoba-spain"),
    ],
)
def test_major_cities_cldr_lacks(ex: Extractor, text: str, city: str) -> None:
    assert [e for _, e in found(ex, text)] == [city]


def test_the_house_is_not_elbit(ex: Extractor) -> None:
    """إلبيت normalises to البيت 'the house': only the qualified company name links."""
    assert found(ex, "عاد إلى البيت مساء") == []
    assert found(ex, "ووقعت إلبيت سيستمز العقد") == [("إلبيت سيستمز", "elbit-systems")]
