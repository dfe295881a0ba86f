"""The search analyzer: shared vectors, the issue's recall cases, rules-file sanity."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings import arabic
from briefings.search.analysis import ANALYZER, analyze, analyze_with_offsets, load_rules_json

VECTORS = json.loads((Path(__file__).parent / "analysis_vectors.json").read_text("utf-8"))[
    "vectors"
]


@pytest.mark.parametrize("case", VECTORS, ids=[v["input"][:20] for v in VECTORS])
def test_vectors(case: dict) -> None:
    assert analyze(case["input"]) == case["tokens"]


SAME = [
    ("النفط", "والنفط"),
    ("النفط", "بالنفط"),
    ("النفط", "للنفط"),
    ("غزة", "غزه"),
    ("مستشفى", "مستشفي"),
    ("أحمد", "احمد"),
    ("إيران", "ايران"),
    ("مؤتمر", "موتمر"),
    ("الأردن", "الأردنية"),
    ("الأردن", "الأردنيين"),
    ("أميركا", "أمريكا"),
    ("Presidents", "president"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_forms_meet(a: str, b: str) -> None:
    assert analyze(a) == analyze(b)


def test_joined_and_spaced_names_meet() -> None:
    assert analyze("عبدالله") == analyze("عبد الله")
    assert analyze("أبوالغيط") == analyze("أبو الغيط")


@pytest.mark.parametrize("name", ["بوتين", "ترامب", "ايران", "لبنان", "موسكو", "واشنطن"])
def test_names_are_not_over_stemmed(name: str) -> None:
    assert analyze(name) == [arabic.normalize(name)]


@pytest.mark.parametrize(
    ("name", "other"),
    [("مصراتة", "مصر"), ("حماة", "حما"), ("ماكرون", "ماكري"), ("جنين", "الجنينة")],
)
def test_place_and_person_names_are_protected(name: str, other: str) -> None:
    assert analyze(name) == [arabic.normalize(name)]
    assert analyze(name) != analyze(other)


def test_protected_names_still_meet_their_inflections() -> None:
    assert analyze("فلسطين") == analyze("الفلسطينيين") == analyze("الفلسطينية")
    assert analyze("الإمارات") == analyze("الإماراتية")


def test_protected_words_come_from_the_knowledge_base() -> None:
    from briefings.search.aliases import protected_names
    from briefings.search.analysis import protected_words

    words = protected_words()
    assert {"مصراته", "حماه", "اردوغان"} <= set(words)
    assert "مصر" not in words  # the rules leave it whole already: not listed
    assert "مالي" not in words  # also an everyday word (the entity engine's blocklist)
    assert "سعوديه" not in words  # nisba-shaped: السعودية keeps meeting السعودي
    assert list(words) == sorted(words)

    class E:
        def __init__(self, type_: str, name: str, aliases: tuple[str, ...] = ()) -> None:
            self.id, self.type, self.name_ar, self.aliases_ar = name, type_, name, aliases

    got = protected_names(
        [E("city", "مصراتة"), E("organization", "طالبان"), E("person", "إيمانويل ماكرون")],
    )
    assert got == ["مصراته"]  # one-word person/place names only


def test_prefix_lookalikes_stay_apart() -> None:
    assert analyze("أردوغان") != analyze("الأردن")
    assert analyze("بوتين") != analyze("بوت")


def test_punctuation_never_glued() -> None:
    assert analyze("«القدس»، ؛الرياض؟") == ["قدس", "رياض"]


def test_stop_words_dropped() -> None:
    assert analyze("في على إلى الذي والتي the of") == []


def test_offsets_point_into_original_text() -> None:
    text = "قال «بوتين»، والنفط"
    spans = {term: text[s:e] for term, s, e in analyze_with_offsets(text)}
    assert spans["بوتين"] == "بوتين"
    assert spans["نفط"] == "والنفط"


def test_rules_take_proclitics_from_arabic_json() -> None:
    strip = load_rules_json()["proclitics"]["strip"]
    assert set(strip) <= set(arabic.rules().proclitics)


def test_analyzer_pickles_for_multiprocess_indexing() -> None:
    clone = pickle.loads(pickle.dumps(ANALYZER))
    assert [t.text for t in clone("والنفط")] == ["نفط"]


TEXTS = [
    "قال الرئيس الروسي فلاديمير بوتين في موسكو، وقال بوتين إن روسيا والصين ستتعاونان.",
    "Presidents Putin and Xi met; the president's visits were announced.",
    "ﷲ أكبر ﻻ ﴿إنا أنزلناه﴾ كيم يونغ-أون عبدالله وبالنفط للنفط",
    "",
    "في من إلى على",  # stop words only
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_index_format_counts_what_whoosh_would(text: str) -> None:
    """``TermFrequency`` skips Whoosh's token chain; postings must not change."""
    from whoosh.formats import Frequency

    from briefings.search.index import TermFrequency

    unpickled = pickle.loads(pickle.dumps(ANALYZER))  # what a writer process holds
    for boost in (1.0, 2.5):
        ours = list(TermFrequency(field_boost=boost).word_values(text, unpickled, mode="index"))
        whoosh = list(Frequency(field_boost=boost).word_values(text, ANALYZER, mode="index"))
        assert ours == whoosh


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئةى ،.-AbZ")), max_size=80
    )
)
def test_the_index_format_counts_what_whoosh_would_on_any_text(text: str) -> None:
    from whoosh.formats import Frequency

    from briefings.search.index import TermFrequency

    ours = list(TermFrequency().word_values(text, ANALYZER, mode="index"))
    assert ours == list(Frequency().word_values(text, ANALYZER, mode="index"))
