"""Discovery of unknown people from context, and within-document coreference."""

from __future__ import annotations

import pytest
from nlp_helpers import person, place, small_kb

from briefings.nlp import Extractor
from briefings.nlp.ids import discovered_id
from briefings.nlp.tokens import tokens


@pytest.fixture(scope="module")
def ex() -> Extractor:
    kb = small_kb(
        place("russia", "country", "روسيا", "Russia", iso="RU"),
        place("north-korea", "country", "كوريا الشمالية", "North Korea", iso="KP"),
        place("france", "country", "فرنسا", "France", iso="FR"),
        person("kim-jong-un", "كيم جونغ أون", "Kim Jong Un", country="KP"),
        person("joe-biden", "جو بايدن", "Joe Biden", "بايدن"),
        person("karoline-leavitt", "كارولين ليفيت", "Karoline Leavitt", "ليفيت"),
        person("george-w-bush", "جورج دبليو بوش", "George W. Bush"),
        demonyms={"russia": ("الروسي",), "france": ("الفرنسي", "الفرنسية")},
    )
    return Extractor(kb)


def people(ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.kind) for m in ex.extract(text).mentions if m.type == "person"]


def xid(name: str) -> str:
    return discovered_id(tokens(name).norms)


def test_discovered_ids_are_stable_ascii() -> None:
    assert xid("أدريان واتسون") == "x-adryan-watswn"
    assert xid("أدريانْ  واتسون") == xid("ادريان واتسون")  # harakat and hamza fold


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ذهب وزير الدفاع الروسي سيرغي شويغو إلى كوريا الشمالية", "سيرغي شويغو"),
        ("قال المتحدث باسم الخارجية أدريان واتسون في بيان", "أدريان واتسون"),
        ("ورأى سفير روسيا لدى كوريا، ألكسندر ماتسيغورا، أن التدريبات", "ألكسندر ماتسيغورا"),
        ("أطلعت النائب يو سانغ بوم على الأمر", "يو سانغ بوم"),
        ("وقال جون كيربي، المتحدث باسم الأمن القومي", "جون كيربي"),
        ("واستقبل الملك عبد الله الثاني الوفد", "عبد الله الثاني"),
        ("خسرت أمام الفرنسية فيرجيني رازانو في الدور الثاني", "فيرجيني رازانو"),
        ("وشارك محمد بن عبد الكريم الخطابي في المؤتمر", "محمد بن عبد الكريم الخطابي"),
        ("حضر الملك الراحل الحسن الثاني الاحتفال", "الحسن الثاني"),
        ("واستقبل الشيخ حمد بن خليفة آل ثاني الوفد", "حمد بن خليفة آل ثاني"),
        ("وشاركت الفنانة فيفي عبده في الحفل", "فيفي عبده"),
        ("وأكد حسن عوض الله في بيان", "حسن عوض الله"),  # an everyday-word name, then more
        ("وكتب محامي الأسرة علي رضا تنكسيري في بيان", "علي رضا تنكسيري"),  # علي, not على
        ("شارك عمر أحمد حقي ويبلغ من العمر 25 عاما", "عمر أحمد حقي"),
    ],
)  # fmt: skip
def test_people_from_titles_verbs_and_given_names(ex: Extractor, text: str, name: str) -> None:
    assert people(ex, text) == [(name, xid(name), "name")]


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس إن الوضع خطير",  # a title alone
        "وصل وزير الخارجية إلى موسكو",  # a title phrase with no name
        "قال المتحدث باسم الوزارة في بيان",
        "وقال مسؤولون أميركيون إن الاجتماع سيعقد",
        "وأكدت الحكومة أن المفاوضات مستمرة",
        "يفرض الغرب عقوبات على روسيا",
        "وانتقد السفير الحكومة مؤكدا أنها ترفض التعاون",  # an adverb, not a name
        "أصدرت المحكمة حكم قضائي يلزم الشركة",
        "وكان مراد يهدف إلى الفوز",  # a given name then a verb: one word is not enough
        "يشعر أن له كامل الحق في ذلك",  # كامل is a name and a word: nothing known follows
        "وسلم على محمد الذي وصل",  # على (with alif maqsura) is the preposition
        "عرضت الشرطة صورا لمحتالين اثنين",
        "وقالت الرئيسة إنها لديها فيما طلبت",
    ],
)
def test_no_person_without_a_name(ex: Extractor, text: str) -> None:
    assert people(ex, text) == []


def test_honorific_and_one_word_name(ex: Extractor) -> None:
    assert people(ex, "في منهج الإمام الخميني ، ويمكن") == [("الخميني", xid("الخميني"), "name")]


def test_title_with_a_known_surname_links_the_kb_person(ex: Extractor) -> None:
    assert people(ex, "سيحضر الرئيس بايدن القمة") == [("بايدن", "joe-biden", "alias")]


def test_a_shorter_spelling_of_a_kb_person_and_a_known_surname_ending_it(
    ex: Extractor,
) -> None:
    assert people(ex, "قال جورج بوش تجاوز صلاحياته") == [("جورج بوش", "george-w-bush", "alias")]


def test_an_unknown_given_name_keeps_its_own_surname(ex: Extractor) -> None:
    # ليفيت alone is Karoline Leavitt, but جان دافيد ليفيت is someone else.
    assert people(ex, "قدم السفير جان دافيد ليفيت مشروع قرار") == [
        ("جان دافيد ليفيت", xid("جان دافيد ليفيت"), "name")
    ]


def test_conjunction_ends_a_name(ex: Extractor) -> None:
    found = people(ex, "شارك محمد رفعت وأحمد مظهر في العمل")
    assert [f[0] for f in found] == ["محمد رفعت", "أحمد مظهر"]


def test_later_surname_links_to_the_full_mention(ex: Extractor) -> None:
    text = "قال المتحدث باسم المجلس أدريان واتسون إن الموعد لم يحدد. وقال واتسون في بيان إن"
    watson = xid("أدريان واتسون")
    assert people(ex, text) == [
        ("أدريان واتسون", watson, "name"),
        ("واتسون", watson, "coreference"),
    ]


def test_two_kims_link_to_the_most_recent_compatible_mention(ex: Extractor) -> None:
    text = (
        "التقى الزعيم كيم جونغ أون بالمسؤولين. وغادر كيم القاعة. "
        "ثم وصل الجنرال كيم يونغ تشول إلى موسكو. وقال كيم إن المحادثات ناجحة. "
        "وعاد كيم جونغ أون إلى بيونغ يانغ، ولم يعلق كيم."
    )
    general = xid("كيم يونغ تشول")
    assert people(ex, text) == [
        ("كيم جونغ أون", "kim-jong-un", "name"),
        ("كيم", "kim-jong-un", "coreference"),
        ("كيم يونغ تشول", general, "name"),
        ("كيم", general, "coreference"),
        ("كيم جونغ أون", "kim-jong-un", "name"),
        ("كيم", "kim-jong-un", "coreference"),
    ]


def test_no_coreference_without_an_antecedent(ex: Extractor) -> None:
    assert people(ex, "وقال كيم إن المحادثات ناجحة") == []
    assert people(ex, "غادر كيم القاعة. التقى الزعيم كيم جونغ أون بالوفد") == [
        ("كيم جونغ أون", "kim-jong-un", "name")
    ]


def test_coreference_never_crosses_documents(ex: Extractor) -> None:
    ex.extract("قال المتحدث أدريان واتسون إن الموعد لم يحدد")
    assert people(ex, "وقال واتسون في بيان إن") == []


def test_coreference_with_a_proclitic(ex: Extractor) -> None:
    text = "قال السفير ألكسندر ماتسيغورا إن الوضع جيد. ووفقا لماتسيغورا فإن"
    found = people(ex, text)
    assert found[-1] == ("ماتسيغورا", xid("ألكسندر ماتسيغورا"), "coreference")


def test_first_name_and_nisba_surname_refer_back(ex: Extractor) -> None:
    text = "وقال المدير محمد البرادعي إن التفتيش مستمر. وأضاف محمد أن البرادعي سيزور طهران."
    who = xid("محمد البرادعي")
    assert people(ex, text) == [
        ("محمد البرادعي", who, "name"),
        ("محمد", who, "coreference"),
        ("البرادعي", who, "coreference"),
    ]


def test_an_everyday_word_is_not_a_coreference(ex: Extractor) -> None:
    text = "وقال المدرب يوسف حسن إن الفريق جاهز. وشكر اللاعبون المنظمين على حسن الاستقبال."
    assert people(ex, text) == [("يوسف حسن", xid("يوسف حسن"), "name")]


def test_another_kim_is_not_kim_jong_un(ex: Extractor) -> None:
    text = "التقى الزعيم كيم جونغ أون بالوفد. وقال نائب الوزير كيم كي جوان إن الانتقادات ظالمة."
    found = people(ex, text)
    assert ("كيم", "kim-jong-un", "coreference") not in found
    assert found[0] == ("كيم جونغ أون", "kim-jong-un", "name")
