"""The fast tokeniser must give exactly the shared ``briefings.arabic.tokenize`` output."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings import arabic
from briefings.nlp.tokens import tokenize, tokens

CASES = [
    "مُحَمَّد بن سلمان",  # harakat inside a word
    "كيم يونغ-أون",  # hyphen splits
    "الرئيســـــــــ بوتين",  # tatweel
    "ترامب\u200fو\u200bبوتين",  # bidi and zero-width controls join or sit between words
    "\u200fبوتين\u200e",  # controls at the edges: the span starts and ends on a letter
    "«روسيا»، الصين؛ الهند؟",  # Arabic punctuation separates
    "ﷲ أكبر ﻻ",  # presentation forms (NFKC)
    "Vladimir PUTIN met_Xi",  # Latin, case folding, underscore separates
    "٢٠٢٣ و۲۰۲۴",  # Arabic-Indic digits
    "İstanbul",  # a case fold that changes length
    "",
    "   \n\t ",
]


@pytest.mark.parametrize("text", CASES)
def test_same_tokens_as_the_shared_rules(text: str) -> None:
    assert tokenize(text) == arabic.tokenize(text)


def test_offsets_point_into_the_original() -> None:
    text = "قال الرئيسُ فلاديمير بوتين"
    t = tokens(text)
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)] == [
        "قال",
        "الرئيس",  # a trailing mark is outside the span: spans end on a letter
        "فلاديمير",
        "بوتين",
    ]
    assert t.norms[1] == "الرييس"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ") + ["\u064b", "\u0650", "\u0640",
            "\u200f", "\u200b", " ", "-", "،", "a", "B", "_", "1", "١", "\ufefb", "\n"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_random_text_matches_the_shared_rules(text: str) -> None:
    assert tokenize(text) == arabic.tokenize(text)


def test_every_presentation_form_code_point_normalises_without_recursing():
    """Some code points in the compatibility ranges have no NFKC form (the ornate
    parentheses ﴾ ﴿ around Quranic quotes, Arabic symbols, unassigned ones): they stay
    as they are instead of recursing forever."""
    import unicodedata

    from briefings.arabic import normalize, normalize_with_offsets, rules

    for lo, hi in rules().nfkc:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = normalize(ch)
            assert normalize_with_offsets(ch)[0] == out
            if unicodedata.normalize("NFKC", ch) == ch:
                assert out == ch.lower()
    text = "قال تعالى ﴿إنا أنزلناه﴾"
    assert normalize(text) == "قال تعالي ﴿انا انزلناه﴾"
