"""Everyday words (wordfreq) end a name run; frequent foreign family names do not.

Sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest
from nlp_helpers import names, person, place, small_kb

from briefings.nlp import Extractor
from briefings.nlp.frequency import everyday_words, frequent_words


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(small_kb(place("london", "city", "لندن", "London", iso="GB")))


def test_everyday_words_are_verbs_and_nouns_not_foreign_names() -> None:
    words = everyday_words()
    assert {"وافق", "تزايد", "نشر", "ثالثا"} <= words
    # Frequent in the news, but names: they take neither the article nor a verb ending.
    assert "سميث" in frequent_words() or "سميث" not in words
    assert "سميث" not in words and "كلارك" not in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكان الوزير جون هاربر وافق مبدئيا على الاتفاق", "جون هاربر"),
        ("وتوقع جورج بيرنز تزايد الأضرار في المنطقة", "جورج بيرنز"),
        ("وحل العداء الأمريكي بيتر موران ثالثا في السباق", "بيتر موران"),
    ],
)
def test_an_everyday_word_ends_the_name(ex: Extractor, text: str, name: str) -> None:
    assert names(ex, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأكد ديفيد سميث استعداده للحوار", "ديفيد سميث"),
        ("وقال مارك تايلور نشر الكتاب في لندن", "مارك تايلور"),
    ],
)
def test_a_frequent_family_name_stays_in_the_name(ex: Extractor, text: str, name: str) -> None:
    assert names(ex, text) == [name]


def test_a_rare_al_family_name_refers_back_anywhere(ex: Extractor) -> None:
    text = "التقى الوزير فريد الحلواني بالصحفيين . وقد غادر الحلواني القاعة مبكرا"
    people = [(m.text, m.entity) for m in ex.extract(text).mentions if m.type == "person"]
    assert [t for t, _ in people] == ["فريد الحلواني", "الحلواني"]
    assert people[0][1] == people[1][1]


def test_an_everyday_al_family_name_refers_back_only_after_a_reporting_verb(
    ex: Extractor,
) -> None:
    text = "التقى الوزير كمال الحكيم بالصحفيين . ورأى الرجل الحكيم أن الحل قريب"
    assert names(ex, text) == ["كمال الحكيم"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After a reporting verb, two words of no language (not everyday, not a verb's
        # shape) before "that" are a name, even with no known given name.
        ("وقال بوريان كاستلمو إن الأسعار ارتفعت", ["بوريان كاستلمو"]),
        ("وقال مصدر مطلع إن المحادثات مستمرة", []),
        ("وقال دبلوماسيون غربيون إن الاتفاق قريب", []),
        # After a personal title, a second such word stays in the name with no boundary.
        ("واستقبل الرئيس ماتياس غرونفيلد وفدا من الشركة", ["ماتياس غرونفيلد"]),
        ("وظهرت الفنانة لوتسيا برامبير بإطلالة جديدة", ["لوتسيا برامبير"]),
        ("وظهرت الفنانة لوتسيا نشرت صورة", []),
        ("وأكد الرئيس ماتياس نشر القوات في المنطقة", []),
    ],
)
def test_words_of_no_language_after_a_cue(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ويؤكد كيسلوفسكي أن الفيلم لم يكتمل", ["كيسلوفسكي"]),
        ("وعلق كيسلوفسكي على القرار بغضب", ["كيسلوفسكي"]),
        ("وقال دبلوماسي إن الاتفاق قريب", []),
        ("وأبلغ احتجاجه للوفد الدولي", []),
        ("ووصف القائد بأنه حذر ومتردد في قراراته", []),
    ],
)
def test_a_rare_lone_word_after_a_reporting_verb(
    ex: Extractor, text: str, found: list[str]
) -> None:
    assert names(ex, text) == found


def test_an_al_family_name_before_a_nisba_adjective_is_a_noun() -> None:
    kb = small_kb(person("samir-al-fahd", "سمير الفهد", "Samir al-Fahd"))
    text = (
        "التقى الوزير سمير الفهد بالوفد . ويعيش الفهد الإفريقي في السافانا . "
        "وقال الفهد إن الزيارة ناجحة"
    )
    people = [m.text for m in Extractor(kb).extract(text).mentions if m.type == "person"]
    assert people == ["سمير الفهد", "الفهد"]


def test_the_scorer_of_a_goal_is_named_after_the_verb(ex: Extractor) -> None:
    text = "وتقدم الفريق بهدف سجله بوريان كاستلمو من ركلة جزاء"
    assert names(ex, text) == ["بوريان كاستلمو"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وتعرف الشاب إلى فتاة تدعى ميرتيل ، ثم سافر معها", ["ميرتيل"]),
        ("وكان رجل يدعى بوريان كاستلمو ، يعمل في الميناء", ["بوريان كاستلمو"]),
        ("وقد غير اسمه الحقيقي قبل سنوات", []),
        ("وهو مرض يدعى السكري ، ينتشر بسرعة", []),
    ],
)
def test_a_name_after_a_naming_word(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وشارك في الفيلم جورج هاربر وبوريان كاستلمو ، وآخرون", ["جورج هاربر", "بوريان كاستلمو"]),
        ("قابل الوزير جون هاربر واستعرض معه الخطة", ["جون هاربر"]),
        ("كتب القصة جون هاربر وأخرجه مارك ، ثم", ["جون هاربر"]),
    ],
)
def test_a_list_of_people_goes_on_after_and(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأوضح لاندسبيرغ أن الخطة جاهزة", ["لاندسبيرغ"]),
        ("وقال باستمرار إن الخطة جاهزة", []),
        ("وقال لانشاء مصنع إن الخطة جاهزة", []),
    ],
)
def test_a_lone_name_that_starts_like_a_preposition(
    ex: Extractor, text: str, found: list[str]
) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A given name that is also a word starts a name before a rare family name.
        ("وكان سعيد موراكامي ، الكاتب الياباني ، يجلس هناك", ["سعيد موراكامي"]),
        ("وحضرت نور الكيلاوي ، المخرجة ، الحفل", ["نور الكيلاوي"]),
        ("بنوا بيوتهم علي ضفتي الوادي", []),
        ("وكان سعيد جدا بالنتيجة ، ثم غادر", []),
    ],
)
def test_an_ambiguous_given_name_before_a_rare_family_name(
    ex: Extractor, text: str, found: list[str]
) -> None:
    assert names(ex, text) == found


def test_a_person_after_an_era_word(ex: Extractor) -> None:
    # عهد and عصر name a time, not a place or a body: the title and name after them are a
    # person (في عهد الرئيس ...).
    assert names(ex, "وفي عهد الرئيس بوريان كاستلمو ، تحسن الاقتصاد") == ["بوريان كاستلمو"]


def test_only_the_kept_buckets_can_be_asked_for() -> None:
    assert frequent_words(4.0) < frequent_words(3.0)
    with pytest.raises(ValueError):
        frequent_words(2.0)


def test_a_rare_family_name_before_the_full_name_of_a_clear_discovery(ex: Extractor) -> None:
    text = "كاستلمو يصل إلى المدينة . وقال الوزير بوريان كاستلمو إن الزيارة ناجحة"
    people = [(m.text, m.entity) for m in ex.extract(text).mentions if m.type == "person"]
    assert [t for t, _ in people] == ["كاستلمو", "بوريان كاستلمو"]
    assert people[0][1] == people[1][1]


def test_a_word_before_a_discovered_full_name_is_left_alone(ex: Extractor) -> None:
    text = "حافظ الفريق على تقدمه . وقال الوزير جون حافظ إن الزيارة ناجحة"
    assert names(ex, text) == ["جون حافظ"]
