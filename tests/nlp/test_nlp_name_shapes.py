"""Name-shape rules of discovery: kunyas, nisba family names, where a name run stops.

Sentences are made up for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest
from nlp_helpers import names, place, small_kb

from briefings.nlp import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    kb = small_kb(
        place("canada", "country", "كندا", "Canada", iso="CA"),
        place("sweden", "country", "السويد", "Sweden", iso="SE"),
        place("egypt", "country", "مصر", "Egypt", iso="EG"),
        demonyms={
            "canada": ("كندي", "الكندي", "الكندية"),
            "sweden": ("السويدي", "السويدية"),
            "egypt": ("المصري", "المصرية", "المصريين"),
        },
    )
    return Extractor(kb)


def kinds(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in ex.extract(text).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقد زار أبو سليم مصر أمس", "أبو سليم"),
        ("وقال أبو عبد الرحمن إن الأمر انتهى", "أبو عبد الرحمن"),
        ("وبعد خروج أبي زكريا الحفصي من المدينة", "أبي زكريا الحفصي"),
        ("ذكر ذلك المؤرخ لأبي خليل في كتابه", "أبي خليل"),
        ("تولى عمار بن أبي طالب الأمر", "عمار بن أبي طالب"),  # طالب is also a verb
    ],
)  # fmt: skip
def test_a_kunya_starts_a_name(ex: Extractor, text: str, name: str) -> None:
    assert names(ex, text) == [name]


def test_a_kunya_before_an_unknown_word_is_no_name(ex: Extractor) -> None:
    assert names(ex, "قال أبي إن الطقس حار") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("لكن الرئيس جون كندي رفض التدخل", "جون كندي"),
        ("نائبا عن السيد فيصل السويدي نائب المدير", "فيصل السويدي"),
        ("خطب أبو حمزة المصري في الحضور", "أبو حمزة المصري"),
    ],
)  # fmt: skip
def test_a_nationality_after_a_given_name_is_a_family_name(
    ex: Extractor, text: str, name: str
) -> None:
    assert names(ex, text) == [name]
    assert all(kind != "demonym" for _, kind in kinds(ex, text))


def test_a_feminine_or_plural_nationality_is_not_a_family_name(ex: Extractor) -> None:
    assert ("المصريين", "demonym") in kinds(ex, "التقى محمد المصريين في القاهرة")
    assert ("السويدية", "demonym") in kinds(ex, "زارت مريم السويدية أمس")


def test_the_article_surname_after_a_given_name_with_a_conjunction(ex: Extractor) -> None:
    assert names(ex, "حضر سامر الحلبي ووائل القباني الاجتماع") == [
        "سامر الحلبي",
        "وائل القباني",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ووجه جون غيلرمان هجوما عنيفا على الخطة", "جون غيلرمان"),  # noun + adjective
        ("ووجه جون غيلرمان هجوماً على الخطة", "جون غيلرمان"),  # tanween: not a name word
        ("وتأهل دميتري تورسونوف بفوزه على منافسه", "دميتري تورسونوف"),  # ب + noun + ه
        ("وأوضح حمدان الإجراءات التي اتخذت", None),  # an ال plural is not a surname
    ],
)  # fmt: skip
def test_a_name_stops_before_common_words(ex: Extractor, text: str, name: str | None) -> None:
    assert names(ex, text) == ([name] if name else [])


@pytest.fixture(scope="module")
def full(kb) -> Extractor:  # noqa: ANN001 - the session fixture from conftest
    return Extractor(kb)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وفازت البلجيكية جوستين هوبرز المصنفة ثانية", "جوستين هوبرز"),
        ("وسجل المهاجم الكيني كيبلاغو تومبيري ، قبل نهاية الشوط", "كيبلاغو تومبيري"),
        ("وتغلب التشيكي توماس نوفاري الثاني عشر على منافسه", "توماس نوفاري"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_to_a_nationality(full: Extractor, text: str, name: str) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "تواصل الاحتلال الإسرائيلي يواصل اعتداءاته على المناطق",
        "الأضرار اللاحقة بالاقتصاد الإسرائيلي جراء إغلاق المصانع",
        "وقال إن الشعب الإثيوبي شعب طيب ولكن",
        "مع الملف الإيراني أسبوعين آخرين على الأقل",
    ],
)
def test_a_nationality_adjective_before_common_words(full: Extractor, text: str) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == []


@pytest.mark.parametrize("name", ["إميلي", "سفتلانا", "كارميلو", "نوفاك", "مارتينا"])
def test_common_foreign_given_names_start_names(full: Extractor, name: str) -> None:
    text = f"وقالت مصادر إن {name} بلومفيلدر وصل أمس"
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == [
        f"{name} بلومفيلدر"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("تولى عمار بن أبي طالب بن عبد المطلب الهاشمي", "عمار بن أبي طالب بن عبد المطلب الهاشمي"),
        ("وحضر محمد لمين ولد سلامة ولد النفاع الاجتماع", "محمد لمين ولد سلامة ولد النفاع"),
        ("وروى أبو هريرة الحديث", "أبو هريرة"),
        ("قال المسؤول محمد علي السعدي إن", "محمد علي السعدي"),
        ("وقال محمد بن عبد الكريم الخطابي تزعم", "محمد بن عبد الكريم الخطابي"),
    ],
)  # fmt: skip
def test_lineages_kunyas_and_nisbas(full: Extractor, text: str, name: str) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == [name]


def test_ali_written_for_ala_does_not_extend_a_name(full: Extractor) -> None:
    text = "ويعلق جون سيباستيان علي ذلك بالقول"
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == ["جون سيباستيان"]


def test_a_verb_after_a_kunya_name_ends_it(full: Extractor) -> None:
    text = "وقال أبو عبد الله تشعر بالحزن"
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == ["أبو عبد الله"]


def test_a_bare_family_name_before_the_full_name_of_a_kb_person(full: Extractor) -> None:
    text = "بوتين يزور الصين.\nوصل الرئيس الروسي فلاديمير بوتين إلى بكين."
    people = [(m.text, m.entity) for m in full.extract(text).mentions if m.type == "person"]
    assert people[0] == ("بوتين", "vladimir-putin")


def test_the_tail_of_abdullah_is_nobody(full: Extractor) -> None:
    text = "وصل عبد الله الثاني. وقال إن الله قد وعد"
    people = [m.text for m in full.extract(text).mentions if m.type == "person"]
    assert "الله" not in people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("شارك محمد سالم ومنى زايد وتوفيق عبدالحميد", ["محمد سالم", "منى زايد", "توفيق عبدالحميد"]),
        ("وشارك محمد سالم وجمال حمزة ومصطفى جعفر", ["محمد سالم", "جمال حمزة", "مصطفى جعفر"]),
        ("على رونالدو وبول سكولز في الوسط", ["بول سكولز"]),
        ("وأعلن رئيس الوزراء البلغاري سيرغي ستانيشيف أن بلاده", ["سيرغي ستانيشيف"]),
        ("شارك في الفيلم أحمد الخطيب ، وكتب القصة", ["أحمد الخطيب"]),
    ],
)  # fmt: skip
def test_lists_of_people_and_name_shapes(full: Extractor, text: str, names: list[str]) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == names


def test_an_everyday_word_after_a_conjunction_is_no_name(full: Extractor) -> None:
    # جمال "beauty" after a place, not after a person: no list of people.
    text = "زرنا القاهرة وجمال الطبيعة يبهر الزوار"
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وخسر العداء المغربي ربيع دكانو السباق", "ربيع دكانو"),
        ("وتلقى زميله سام هيبيو الكرة", "سام هيبيو"),
    ],
)  # fmt: skip
def test_occupation_titles(full: Extractor, text: str, name: str) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وأثنى عليه سعيد عويطو ، الذي", ["سعيد عويطو"]),  # a name that is also a word
        ("لم تغيره جائزة ولا وسام رفيعي ، ظلت", []),  # ... but not before an adjective
        ("ولخص محمود رؤيته للإبداع", []),  # a noun with a pronoun is no family name
        ("قبل عام من رحيل أحمد مظهر لذا لم أتمكن", ["أحمد مظهر"]),
    ],
)  # fmt: skip
def test_ambiguous_given_names_and_pronoun_nouns(
    full: Extractor, text: str, names: list[str]
) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == names


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الطرفان بتحقيق سلام دائم ، وقال",  # سلام "peace" before an adjective
        "وقال نشطاء إن القصف استمر",  # a broken plural is no lone name
    ],
)
def test_everyday_words_are_no_people(full: Extractor, text: str) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == []


def test_abu_ghraib_is_a_place(full: Extractor) -> None:
    assert [(m.text, m.type) for m in full.extract("في سجن أبو غريب").mentions] == [
        ("أبو غريب", "city")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وحذر إبنيزر نجوبي مدير البرنامج من المجاعة", ["إبنيزر نجوبي"]),  # verb, name, role
        ("وقال آية الله طبسي في كلمته", ["طبسي"]),  # an honorific before a family name
        ("وقال محاموه إن الحكم جائر", []),
        ("وتابع قائلا إن الحكم جائر", []),
    ],
)  # fmt: skip
def test_verbs_roles_and_honorifics(full: Extractor, text: str, names: list[str]) -> None:
    assert [m.text for m in full.extract(text).mentions if m.type == "person"] == names


def test_a_title_inside_a_place_name_names_no_one(full: Extractor) -> None:
    text = "اقتحم المستوطنون حي الشيخ جراح في القدس"
    assert [m.type for m in full.extract(text).mentions] == ["city"]
