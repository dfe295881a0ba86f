"""Football clubs: named like their city, they are the club only in a sports report.

Made-up sentences.
"""

from __future__ import annotations

import pytest

from briefings.nlp import Extractor, KnowledgeBase
from briefings.nlp.sports import is_sports_report
from briefings.nlp.tokens import tokens


@pytest.fixture(scope="module")
def ex(kb: KnowledgeBase) -> Extractor:
    return Extractor(kb)


def found(ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.type) for m in ex.extract(text).mentions]


def test_a_city_named_club_in_a_sports_report(ex: Extractor) -> None:
    text = "فاز ليفربول على ضيفه في المباراة وسجل اللاعب هدفا في الشوط الثاني"
    assert ("ليفربول", "liverpool-fc", "organization") in found(ex, text)


def test_the_same_name_elsewhere_is_the_city(ex: Extractor) -> None:
    text = "افتتح رئيس البلدية معرضا للفنون في ليفربول أمس"
    assert found(ex, text) == [("ليفربول", "liverpool", "city")]


def test_full_club_names_are_organisations_anywhere(ex: Extractor) -> None:
    assert found(ex, "اشترى مستثمر حصة في مانشستر يونايتد") == [
        ("مانشستر يونايتد", "manchester-united", "organization")
    ]
    assert found(ex, "وفاز يوفنتوس") == [("يوفنتوس", "juventus", "organization")]


def test_a_sports_report_needs_several_distinct_football_words() -> None:
    assert not is_sports_report(tokens("بدأت المباراة السياسية بين الحزبين").norms)
    assert is_sports_report(tokens("انتهت المباراة بالتعادل وغاب المدرب عن الملعب").norms)


def test_club_forms_come_from_the_data(kb: KnowledgeBase) -> None:
    assert kb.club_forms["برشلونه"] == "fc-barcelona"
    assert all(kb.entities[c].type == "organization" for c in kb.club_forms.values())
