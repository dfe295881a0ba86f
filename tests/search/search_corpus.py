# ruff: noqa: E501 (article texts read better on one line)
"""A small hand-made archive for the search tests: every recall case has a document."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.search.documents import EntityRef, SearchDocument


@dataclass(frozen=True)
class Ent:
    """Just the ``briefings.nlp`` Entity attributes the search reads."""

    id: str
    type: str
    name_ar: str
    name_en: str
    country: str | None
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()


PUTIN = Ent(
    "vladimir-putin",
    "person",
    "فلاديمير بوتين",
    "Vladimir Putin",
    "RU",
    ("بوتين", "بوتن"),
    ("Putin",),
)
TRUMP = Ent(
    "donald-trump", "person", "دونالد ترامب", "Donald Trump", "US", ("ترامب", "ترمب"), ("Trump",)
)
ABDULLAH = Ent(
    "abdullah-ii", "person", "الملك عبد الله الثاني", "Abdullah II", "JO", ("عبدالله الثاني",), ()
)
RUSSIA = Ent("russia", "country", "روسيا", "Russia", "RU", ("الروسية",), ())
USA = Ent(
    "united-states",
    "country",
    "الولايات المتحدة",
    "United States",
    "US",
    ("أمريكا", "أميركا"),
    ("USA",),
)
JORDAN = Ent("jordan", "country", "الأردن", "Jordan", "JO", (), ())
GAZA = Ent("gaza", "city", "غزة", "Gaza", "PS", (), ())
ERDOGAN = Ent(
    "recep-tayyip-erdogan",
    "person",
    "رجب طيب أردوغان",
    "Recep Tayyip Erdogan",
    "TR",
    ("أردوغان", "إردوغان"),
    ("Erdogan",),
)
ENTITIES = (PUTIN, TRUMP, ABDULLAH, RUSSIA, USA, JORDAN, GAZA, ERDOGAN)


def ref(e: Ent, count: int = 1) -> EntityRef:
    return {"id": e.id, "type": e.type, "country": e.country, "name": e.name_ar, "count": count}


def doc(n: int, title: str, text: str, date: str, *ents: EntityRef) -> SearchDocument:
    return {
        "url": f"briefings/doc-{n:02d}/",
        "title": title,
        "date": date,
        "lang": "ar",
        "text": text,
        "entities": list(ents),
    }


DOCS: list[SearchDocument] = [
    doc(
        1,
        "بوتين يلتقي ترامب في هلسنكي",
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في هلسنكي. وبحث الرئيسان ملفات عدة.",
        "2018-07-16T10:00:00+00:00",
        ref(PUTIN, 2),
        ref(TRUMP),
        ref(RUSSIA),
        ref(USA),
    ),
    doc(
        2,
        "الكرملين: بوتن لا يخطط لزيارة",
        "قال الكرملين إن بوتن لا يخطط لزيارة قريبة، وإن موسكو تتابع التطورات.",
        "2018-07-20T09:00:00+00:00",
        ref(PUTIN),
        ref(RUSSIA),
    ),
    doc(
        3,
        "Putin says talks were useful",
        "Russian President Vladimir Putin said the talks with the Americans were useful.",
        "2018-07-17T08:00:00+00:00",
        ref(PUTIN),
        ref(RUSSIA),
        ref(USA),
    ),
    doc(
        4,
        "أسعار النفط ترتفع",
        "ارتفعت أسعار النفط اليوم والنفط الخام يتجه إلى مكاسب أسبوعية بالنفط المخزن.",
        "2018-05-02T12:00:00+00:00",
    ),
    doc(
        5,
        "تصدير النفط من العراق",
        "قالت وزارة النفط إن صادرات النفط ارتفعت للشهر الثالث.",
        "2018-05-03T12:00:00+00:00",
    ),
    doc(
        6,
        "قصف على غزة",
        "تعرض قطاع غزة لقصف جوي ليلة الأحد، وفق مصادر محلية في غزه.",
        "2018-05-14T06:00:00+00:00",
        ref(GAZA, 2),
    ),
    doc(
        7,
        "الملك عبدالله الثاني يستقبل وفدا",
        "استقبل العاهل الأردني الملك عبدالله الثاني وفدا رسميا في عمان.",
        "2018-03-01T10:00:00+00:00",
        ref(ABDULLAH),
        ref(JORDAN),
    ),
    doc(
        8,
        "عبد الله الثاني في واشنطن",
        "وصل الملك عبد الله الثاني إلى واشنطن في زيارة رسمية للولايات المتحدة.",
        "2018-06-25T10:00:00+00:00",
        ref(ABDULLAH),
        ref(JORDAN),
        ref(USA),
    ),
    doc(
        9,
        "الحكومة الأردنية تعلن خطة",
        "أعلنت الحكومة الأردنية خطة اقتصادية جديدة لدعم الأسر.",
        "2018-06-04T10:00:00+00:00",
        ref(JORDAN),
    ),
    doc(
        10,
        "الأردن يفتح المعبر",
        "أعلن الأردن فتح المعبر الحدودي أمام الشاحنات.",
        "2018-10-15T10:00:00+00:00",
        ref(JORDAN),
    ),
    doc(
        11,
        "أردوغان يزور ألمانيا",
        "يبدأ الرئيس التركي رجب طيب أردوغان زيارة رسمية إلى ألمانيا.",
        "2018-09-27T10:00:00+00:00",
    ),
    doc(
        12,
        "ترمب يهدد بعقوبات",
        "هدد الرئيس ترمب بفرض عقوبات جديدة على الصادرات.",
        "2018-08-06T10:00:00+00:00",
        ref(TRUMP),
        ref(USA),
    ),
    doc(
        13,
        "أميركا تنسحب من الاتفاق",
        "أعلنت أميركا انسحابها من الاتفاق النووي، وقالت الإدارة الأمريكية إن القرار نهائي.",
        "2018-05-08T18:00:00+00:00",
        ref(USA, 2),
    ),
    doc(
        14,
        "مستشفى في غزة",
        "افتتح مستشفى جديد في غزة، بحضور مسؤولين.",
        "2018-04-01T10:00:00+00:00",
        ref(GAZA),
    ),
    doc(
        15,
        "<img src=x onerror=alert(1)> عنوان تجريبي",
        "نص تجريبي عن المعبر والشاحنات «المعبر» ؛ المعبر، والنفط.",
        "2018-02-01T10:00:00+00:00",
    ),
    doc(
        16,
        "مبنى الكرملين",
        "زار سياح مبنى الكرملين في موسكو، والنفط الروسي موضوع الساعة.",
        "2018-02-02T10:00:00+00:00",
        ref(RUSSIA),
    ),
    doc(
        17,
        "ألمانيا وروسيا",
        "بحثت ألمانيا وروسيا ملف الغاز.",
        "2018-02-03T10:00:00+00:00",
        ref(RUSSIA),
    ),
    doc(18, "مكاسب النفط", "النفط يرتفع.", "2018-02-04T10:00:00+00:00"),
    doc(19, "مكاسب النفط", "النفط يرتفع.", "2018-02-04T10:00:00+00:00"),
    doc(
        20,
        "إيران والولايات المتحدة",
        "توتر بين إيران والولايات المتحدة بشأن العقوبات الأمريكية.",
        "2018-05-09T10:00:00+00:00",
        ref(USA),
    ),
    # The entity engine found Erdogan but missed Putin here: only the text says بوتين.
    doc(
        21,
        "إردوغان يتصل بنظيره الروسي",
        "أجرى الرئيس التركي إردوغان اتصالا هاتفيا مع بوتين بحثا فيه الوضع في سوريا.",
        "2018-09-28T10:00:00+00:00",
        ref(ERDOGAN),
    ),
]
