"""Rules of the fifth round: salient family names, initials, W- family names and more.

Sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest
from nlp_helpers import names, person, place, small_kb

from briefings.nlp import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(small_kb(place("cairo", "city", "القاهرة", "Cairo", iso="EG")))


def test_an_al_family_name_named_twice_in_full_stands_alone(ex: Extractor) -> None:
    text = (
        "وقال الكاتب سمير الحكيم إن الرواية جديدة . وكتب سمير الحكيم مقالة طويلة . "
        "ولكن الحكيم يرى أن النقد مهم ، والحكيم أديب"
    )
    assert names(ex, text) == ["سمير الحكيم", "سمير الحكيم", "الحكيم", "الحكيم"]


@pytest.mark.parametrize(
    "tail",
    [
        "ولكن الرجل الحكيم يرى أن النقد مهم",  # described: an adjective
        "ولكن الحكيم العربي يرى أن النقد مهم",  # a nisba after it
    ],
)
def test_a_salient_al_family_name_not_when_it_is_a_word(ex: Extractor, tail: str) -> None:
    text = f"وقال الكاتب سمير الحكيم إن الرواية جديدة . وكتب سمير الحكيم مقالة . {tail}"
    assert names(ex, text) == ["سمير الحكيم", "سمير الحكيم"]


def test_a_salient_al_family_name_inside_a_compound_given_name(ex: Extractor) -> None:
    text = "وقال الكاتب سمير الحكيم إن الرواية جديدة . وكتب سمير الحكيم مقالة . وكان عبد الحكيم هنا"
    assert names(ex, text) == ["سمير الحكيم", "سمير الحكيم", "عبد الحكيم"]  # not الحكيم alone


def test_one_full_mention_is_not_enough_for_an_everyday_al_word(ex: Extractor) -> None:
    text = "وقال الكاتب سمير الحكيم إن الرواية جديدة . ولكن الحكيم يرى أن النقد مهم"
    assert names(ex, text) == ["سمير الحكيم"]


def test_a_given_name_and_an_initial(ex: Extractor) -> None:
    text = "وأوقفت الشرطة كريم س. ( 30 سنة ) وياسر ع. في القاهرة"
    assert names(ex, text) == ["كريم س", "ياسر ع"]


@pytest.mark.parametrize(
    "text",
    [
        "وصل كريم ب",  # no period: nothing says it is an initial
        "قال الوزير إن الحل ب. وعد",  # no given name before the letter
    ],
)
def test_no_initial_without_a_given_name_and_a_period(ex: Extractor, text: str) -> None:
    assert names(ex, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال ستيفن ويندلر إن الشركة ستتوسع", "ستيفن ويندلر"),
        ("وشارك في الفيلم توماس والدن ، وهو ممثل", "توماس والدن"),
    ],
)
def test_a_w_family_name_after_a_given_name(ex: Extractor, text: str, name: str) -> None:
    assert names(ex, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وصل جورج والكثير من الناس",  # و + a word of the language
        "جاء محمد وابنه إلى القاهرة",  # و + a word with a pronoun
        "زار سامي والصنافير ثم عاد",  # و + ال + a longer word
        "رأى محمد ومتعقل في الطريق",  # وم is no W- name
    ],
)
def test_no_w_family_name_after_a_conjunction(ex: Extractor, text: str) -> None:
    assert names(ex, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وحضر الاجتماع ليو جين تشانغ من جامعة بكين", ["ليو جين تشانغ"]),
        ("ووصل بارك سونغ-هو إلى المدينة أمس", ["بارك سونغ-هو"]),
        ("وشارك تشاو مين ودنغ هوا تشيانغ في الحفل", ["تشاو مين", "دنغ هوا تشيانغ"]),
        ("والتقينا الإمام يوسف ما جونغ لين في المسجد", ["يوسف ما جونغ لين"]),
    ],
)
def test_east_asian_syllables_are_a_name(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "ويقع المطعم في شارع تيان تشانغ وسط المدينة",  # a place word before them
        "ولكن من هو تشين ؟",  # a pronoun and one syllable
    ],
)
def test_east_asian_syllables_that_are_no_person(ex: Extractor, text: str) -> None:
    assert names(ex, text) == []


def test_a_kb_family_name_inside_a_longer_name() -> None:
    ex = Extractor(small_kb(person("p-rudd", "كيفن رود", "Kevin Rudd")))
    assert names(ex, "وقال بيتر رود هانسن ، المبعوث الخاص ، إن") == ["بيتر رود هانسن"]
    assert names(ex, "ووصل الوفد المؤلف من بيتر رود هانسن ومستشار الوزير") == ["بيتر رود هانسن"]
    # an everyday word after the family name is no second family name
    assert names(ex, "وقال بيتر رود كلاما كثيرا") == ["بيتر رود"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وكتب عنه مراد أمين في القاهرة", ["مراد أمين"]),
        ("وتحدث الدكتور وليد نجم رئيس قسم التاريخ", ["وليد نجم"]),
        ("وشارك في الحفل سمير إمام ، والجمهور", ["سمير إمام"]),
    ],
)
def test_a_role_word_as_a_family_name(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "ووقف سمير أمام المحكمة",  # أمام 'in front of'
        "وصلى سمير إمام المسجد",  # the imam of the mosque: a complement follows
        "وكان جمال نجم الفريق في المباراة",  # the team's star
    ],
)
def test_a_role_word_after_a_given_name_that_stays_a_word(ex: Extractor, text: str) -> None:
    assert names(ex, text) == []


def test_a_title_word_that_is_a_given_name_starts_the_name(ex: Extractor) -> None:
    text = "وقال المحلل السياسي أمين شاكر إن الأزمة طويلة . وتوقع شاكر ارتفاع الأسعار"
    assert names(ex, text) == ["أمين شاكر", "شاكر"]


def test_a_title_word_that_is_a_given_name_in_a_title(ex: Extractor) -> None:
    assert names(ex, "وقال المحامي أمين عام النقابة إن الأزمة طويلة") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('وقال إن الكاتب سامر نبيل نشر " الرواية " عام 1990', ["سامر نبيل"]),
        ("ويشعر أبو عبد الرحيم بحزن شديد لأن", ["أبو عبد الرحيم"]),
        ("وقال إن الجار سامي فؤاد موجود في القاهرة", ["سامي فؤاد"]),
        ("والتقى الوزير محمد أحمد حمادة في القاهرة", ["محمد أحمد حمادة"]),  # a family name
    ],
)
def test_a_word_after_a_name_of_three_units(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وكان عبد الرحيم سالم في القاهرة أمس", ["عبد الرحيم سالم"]),
        ("وقاد الثورة عبد الكريم . ونقل الخبر لعبد الجليل في المساء", ["عبد الكريم", "عبد الجليل"]),
        ("وتحدث عبد الأمير الزبيدي عن الكتاب", ["عبد الأمير الزبيدي"]),
        ("وكان عبد العزيز الأصنج قد وصل", ["عبد العزيز الأصنج"]),
        ("وكان عبد الرحمن المعروف بأبي علي هناك", ["عبد الرحمن"]),
    ],
)
def test_abd_and_a_divine_name_is_a_given_name(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


def test_a_kunya_before_the_family_name_of_a_person_named_earlier(ex: Extractor) -> None:
    text = "وزار الوفد ضريح الصحابي سعد بن أبي رافع ، ثم غادر روضة أبي رافع ."
    assert names(ex, text) == ["سعد بن أبي رافع", "أبي رافع"]


def test_no_kunya_alone_inside_a_lineage(ex: Extractor) -> None:
    text = "وكان سعد بن أبي رافع هنا . ثم جاء جيش لمعاوية بن أبي رافع بقيادة خالد"
    assert "أبي رافع" not in names(ex, text)


def test_moroccan_honorifics_are_titles(ex: Extractor) -> None:
    assert names(ex, "واستقبل الأمير مولاي هشام ، الوفد") == ["هشام"]
    assert names(ex, "وحضرت الأميرة لالة سلمى ، الحفل") == ["سلمى"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وفي تلك السنة قتل الإمام علي في المدينة", ["علي"]),  # علي as written, a clear end
        ("وقال الرئيس محمد ، في كلمته", ["محمد"]),  # a given name many people share
        ("ووافق الرئيس علي الاتفاق أمس", []),  # the preposition على written علي
        ("وأعلن الرئيس دونالد #ترمب أمس", []),  # a hashtag: the name goes on
    ],
)
def test_a_title_and_a_shared_given_name(ex: Extractor, text: str, found: list[str]) -> None:
    assert names(ex, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وحلت الروسية كوزنيتسوفا ماريا في المرتبة الأولى", ["كوزنيتسوفا ماريا"]),
        ("وتأهل السويدي يوريك ماتسون إلى الدور الثاني", ["يوريك ماتسون"]),
        ("وتأهل الإيطالي بيترالي روسكيني المصنف ثالثا", ["بيترالي روسكيني"]),
        ("قال مواطن إيطالي بائعا جائلا من القاهرة", []),  # accusative noun and adjective
    ],
)
def test_rare_words_after_a_nationality_are_a_name(text: str, found: list[str]) -> None:
    ex = Extractor(
        small_kb(
            place("russia", "country", "روسيا", "Russia", iso="RU"),
            place("sweden", "country", "السويد", "Sweden", iso="SE"),
            place("italy", "country", "إيطاليا", "Italy", iso="IT"),
            demonyms={
                "russia": ("الروسية",),
                "sweden": ("السويدي",),
                "italy": ("الإيطالي", "إيطالي"),
            },
        )
    )
    assert names(ex, text) == found


def test_an_al_family_name_with_allah(ex: Extractor) -> None:
    assert names(ex, "وغنى في الحفل سامي العبد الله ، ثم غادر") == ["سامي العبد الله"]


@pytest.mark.parametrize("text", ["وقال سامر ليت الأيام تعود", "وكتب فادي لعل الأيام تعود"])
def test_particles_of_wish_end_a_name(ex: Extractor, text: str) -> None:
    assert names(ex, text) == []


def test_a_rare_name_in_ba_is_no_preposition(ex: Extractor) -> None:
    # باكارتر is no ب + ا + كارتر: only سـ and لا take two letters off
    assert names(ex, "وقال باكارتر الذي يزور القاهرة") == ["باكارتر"]
    assert names(ex, "ورأى أن الأمر لايحتج ، ثم غادر") == []  # لا glued to a verb
