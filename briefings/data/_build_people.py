# ruff: noqa: E501
"""Generate ``people.json`` (the curated people gazetteer) from compact tables.

Run ``python briefings/data/_build_people.py``; it rewrites ``people.json`` next to it.

Table format, one person per block::

    English name | Arabic name | ISO | QID or blank | Arabic aliases, comma separated | English aliases
      kind from to; kind@ISO from to; English title / Arabic title / from / to

``kind`` is a role template (``pres``, ``pm``, ``fm`` ...) filled with the country names;
``-`` as a date means open (current) or unknown start.  QIDs are given only when certain.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

EN_COUNTRY = {
    "US": "the United States",
    "GB": "the United Kingdom",
    "AE": "the United Arab Emirates",
    "PS": "Palestine",
    "MM": "Myanmar",
    "CD": "the Democratic Republic of the Congo",
    "CG": "the Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "TR": "Turkey",
    "NL": "the Netherlands",
    "PH": "the Philippines",
    "CZ": "the Czech Republic",
    "VA": "the Holy See",
    "CF": "the Central African Republic",
    "GM": "the Gambia",
    "BS": "the Bahamas",
    "KM": "the Comoros",
    "DO": "the Dominican Republic",
    "MK": "North Macedonia",
    "BA": "Bosnia and Herzegovina",
}
AR_COUNTRY = {
    "PS": "فلسطين",
    "MM": "ميانمار",
    "CD": "الكونغو الديمقراطية",
    "CG": "الكونغو برازافيل",
    "AE": "الإمارات",
    "SA": "السعودية",
    "OM": "عمان",
    "VA": "الفاتيكان",
    "HK": "هونغ كونغ",
}

# kind -> (English template, Arabic template)
ROLE_KINDS = {
    "pres": ("President of {en}", "رئيس {ar}"),
    "presf": ("President of {en}", "رئيسة {ar}"),
    "apres": ("Acting President of {en}", "الرئيس المؤقت لـ{ar}"),
    "pm": ("Prime Minister of {en}", "رئيس وزراء {ar}"),
    "pmf": ("Prime Minister of {en}", "رئيسة وزراء {ar}"),
    "vp": ("Vice President of {en}", "نائب رئيس {ar}"),
    "dpm": ("Deputy Prime Minister of {en}", "نائب رئيس وزراء {ar}"),
    "king": ("King of {en}", "ملك {ar}"),
    "queen": ("Queen of {en}", "ملكة {ar}"),
    "emir": ("Emir of {en}", "أمير {ar}"),
    "cp": ("Crown Prince of {en}", "ولي عهد {ar}"),
    "sultan": ("Sultan of {en}", "سلطان {ar}"),
    "chan": ("Chancellor of {en}", "مستشار {ar}"),
    "chanf": ("Chancellor of {en}", "مستشارة {ar}"),
    "fm": ("Foreign Minister of {en}", "وزير خارجية {ar}"),
    "fmf": ("Foreign Minister of {en}", "وزيرة خارجية {ar}"),
    "dm": ("Defence Minister of {en}", "وزير دفاع {ar}"),
    "dmf": ("Defence Minister of {en}", "وزيرة دفاع {ar}"),
    "im": ("Interior Minister of {en}", "وزير داخلية {ar}"),
    "finm": ("Finance Minister of {en}", "وزير مالية {ar}"),
    "spk": ("Speaker of the Parliament of {en}", "رئيس برلمان {ar}"),
    "army": ("Chief of the Army of {en}", "قائد جيش {ar}"),
    "cgs": ("Chief of the General Staff of {en}", "رئيس الأركان العامة في {ar}"),
    "un": ("Ambassador of {en} to the United Nations", "مندوب {ar} لدى الأمم المتحدة"),
    "fmspk": ("Foreign Ministry spokesperson of {en}", "المتحدث باسم وزارة خارجية {ar}"),
}


def slugify(name: str) -> str:
    """The project's id slug (``briefings.nlp.ids.slugify``): ``Gideon Sa'ar`` -> ``gideon-saar``."""
    sys.path.insert(0, str(HERE.parent.parent))
    from briefings.nlp.ids import slugify as project_slugify

    return project_slugify(name)


def _country_names(iso: str) -> tuple[str, str]:
    from babel import Locale

    en = EN_COUNTRY.get(iso) or Locale("en").territories[iso]
    ar = AR_COUNTRY.get(iso) or Locale("ar").territories[iso]
    return en, ar


def _date(text: str) -> str | None:
    text = text.strip()
    if text in ("-", "", "?"):
        return None
    if re.fullmatch(r"\d{4}-\d{2}", text):  # a month alone: keep the year
        return text[:4]
    if not re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", text):
        raise ValueError(f"bad date {text!r}")
    return text


def _role(token: str, iso: str) -> dict:
    token = token.strip()
    if "/" in token:
        parts = [p.strip() for p in token.split(" / ")]
        if len(parts) != 4:
            raise ValueError(f"bad custom role: {token!r}")
        en, ar, start, end = parts
        return {"en": en, "ar": ar, "from": _date(start), "to": _date(end)}
    kind, start, end = token.split()
    if "@" in kind:
        kind, iso = kind.split("@")
    cen, car = _country_names(iso)
    ten, tar = ROLE_KINDS[kind]
    return {
        "en": ten.format(en=cen),
        "ar": tar.format(ar=car),
        "from": _date(start),
        "to": _date(end),
    }


def _split(field: str) -> list[str]:
    return [a.strip() for a in field.split(",") if a.strip()]


def parse(table: str) -> list[dict]:
    people: list[dict] = []
    for raw in table.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith(" "):
            person = people[-1]
            person["roles"].extend(_role(t, person["country"]) for t in raw.split(";") if t.strip())
            continue
        fields = [f.strip() for f in raw.split("|")]
        fields += [""] * (6 - len(fields))
        en, ar, iso, qid, aliases_ar, aliases_en = fields[:6]
        people.append(
            {
                "id": slugify(en),
                "en": en,
                "ar": ar,
                "aliases_ar": _split(aliases_ar),
                "aliases_en": _split(aliases_en),
                "country": iso,
                "roles": [],
                "wikidata": qid or None,
            }
        )
    return people


def _fold(text: str) -> str:
    """Matching form (the project's normaliser, hyphens as spaces) to drop duplicate aliases."""
    sys.path.insert(0, str(HERE.parent.parent))
    from briefings.arabic import normalize

    return " ".join(normalize(text.replace("-", " ")).split())


def clean(people: list[dict]) -> list[dict]:
    for p in people:
        seen = {_fold(p["ar"])}
        kept = []
        for a in p["aliases_ar"]:
            if _fold(a) not in seen:
                seen.add(_fold(a))
                kept.append(a)
        p["aliases_ar"] = kept
        seen_en = {p["en"].lower()}
        kept_en = []
        for a in p["aliases_en"]:
            if a.lower() not in seen_en:
                seen_en.add(a.lower())
                kept_en.append(a)
        p["aliases_en"] = kept_en
    return people


TABLES: list[str] = []

TABLES.append(
    """
# ---------------------------------------------------------------- United States
Bill Clinton | بيل كلينتون | US | Q1124 | ويليام جيفرسون كلينتون | William Jefferson Clinton
  pres 1993-01-20 2001-01-20
George W. Bush | جورج دبليو بوش | US | Q207 | جورج بوش الابن, بوش الابن, جورج ووكر بوش | George Bush, George Walker Bush
  pres 2001-01-20 2009-01-20
Barack Obama | باراك أوباما | US | Q76 | أوباما, باراك حسين أوباما | Obama, Barack Hussein Obama
  pres 2009-01-20 2017-01-20
Donald Trump | دونالد ترامب | US | Q22686 | ترامب, ترمب, دونالد ترمب, دونالد جون ترامب, دونالد ج. ترامب | Trump, Donald J. Trump, Donald John Trump
  pres 2017-01-20 2021-01-20; pres 2025-01-20 -
Joe Biden | جو بايدن | US | Q6279 | بايدن, جوزيف بايدن, جوزيف روبينيت بايدن | Biden, Joseph Biden, Joseph R. Biden
  vp 2009-01-20 2017-01-20; pres 2021-01-20 2025-01-20
Dick Cheney | ديك تشيني | US |  | تشيني, ريتشارد تشيني | Cheney
  vp 2001-01-20 2009-01-20
Mike Pence | مايك بنس | US | Q24313 | مايك بينس | Pence
  vp 2017-01-20 2021-01-20
Kamala Harris | كامالا هاريس | US | Q10853588 |  |
  vp 2021-01-20 2025-01-20
JD Vance | جيه دي فانس | US |  | جي دي فانس, فانس, جاي دي فانس | Vance, J. D. Vance, James David Vance
  vp 2025-01-20 -
Hillary Clinton | هيلاري كلينتون | US | Q6294 | هيلاري رودهام كلينتون, هيلاري كلنتون | Hillary Rodham Clinton
  Secretary of State of the United States / وزيرة الخارجية الأمريكية / 2009-01-21 / 2013-02-01
Colin Powell | كولن باول | US |  | كولين باول | Colin Powell
  Secretary of State of the United States / وزير الخارجية الأمريكي / 2001-01-20 / 2005-01-26
Condoleezza Rice | كوندوليزا رايس | US |  | كونداليزا رايس | Condi Rice
  National Security Advisor of the United States / مستشارة الأمن القومي الأمريكي / 2001-01-20 / 2005-01-26; Secretary of State of the United States / وزيرة الخارجية الأمريكية / 2005-01-26 / 2009-01-20
John Kerry | جون كيري | US |  | كيري |
  Secretary of State of the United States / وزير الخارجية الأمريكي / 2013-02-01 / 2017-01-20; Special Presidential Envoy for Climate / المبعوث الرئاسي الأمريكي الخاص للمناخ / 2021-01-20 / 2024-03-06
Rex Tillerson | ريكس تيلرسون | US |  | تيلرسون | Tillerson
  Secretary of State of the United States / وزير الخارجية الأمريكي / 2017-02-01 / 2018-03-31
Mike Pompeo | مايك بومبيو | US |  | بومبيو | Pompeo
  Director of the CIA / مدير وكالة المخابرات المركزية الأمريكية / 2017-01-23 / 2018-04-26; Secretary of State of the United States / وزير الخارجية الأمريكي / 2018-04-26 / 2021-01-20
Antony Blinken | أنتوني بلينكن | US |  | بلينكن, بلينكين, أنتوني بلينكين | Blinken, Tony Blinken
  Secretary of State of the United States / وزير الخارجية الأمريكي / 2021-01-26 / 2025-01-20
Marco Rubio | ماركو روبيو | US |  | روبيو | Rubio
  Secretary of State of the United States / وزير الخارجية الأمريكي / 2025-01-21 / -; National Security Advisor of the United States (acting) / مستشار الأمن القومي الأمريكي بالإنابة / 2025-05-01 / -
Donald Rumsfeld | دونالد رامسفيلد | US |  | رامسفيلد | Rumsfeld
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2001-01-20 / 2006-12-18
Robert Gates | روبرت غيتس | US |  | روبرت جيتس | Bob Gates
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2006-12-18 / 2011-07-01
Leon Panetta | ليون بانيتا | US |  | بانيتا | Panetta
  Director of the CIA / مدير وكالة المخابرات المركزية الأمريكية / 2009-02-13 / 2011-06-30; Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2011-07-01 / 2013-02-26
Chuck Hagel | تشاك هيغل | US |  | تشاك هاغل | Hagel
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2013-02-27 / 2015-02-17
Ashton Carter | آشتون كارتر | US |  | آش كارتر | Ash Carter
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2015-02-17 / 2017-01-20
Jim Mattis | جيم ماتيس | US |  | ماتيس, جيمس ماتيس | Mattis, James Mattis
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2017-01-20 / 2019-01-01
Mark Esper | مارك إسبر | US |  | إسبر | Esper
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2019-07-23 / 2020-11-09
Lloyd Austin | لويد أوستن | US |  | لويد أوستين | Lloyd J. Austin
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2021-01-22 / 2025-01-20
Pete Hegseth | بيت هيغسيث | US |  | هيغسيث, بيت هيجسيث, هيجسيث | Hegseth
  Secretary of Defense of the United States / وزير الدفاع الأمريكي / 2025-01-25 / -
Michael Flynn | مايكل فلين | US |  |  | Mike Flynn
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2017-01-20 / 2017-02-13
H. R. McMaster | هربرت ماكماستر | US |  | إتش آر ماكماستر, ماكماستر | McMaster, H.R. McMaster
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2017-02-20 / 2018-04-09
John Bolton | جون بولتون | US |  | بولتون | Bolton
  Ambassador of the United States to the United Nations / مندوب الولايات المتحدة لدى الأمم المتحدة / 2005-08-01 / 2006-12-09; National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2018-04-09 / 2019-09-10
Robert O'Brien | روبرت أوبراين | US |  |  | Robert C. O'Brien
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2019-09-18 / 2021-01-20
Susan Rice | سوزان رايس | US |  |  |
  Ambassador of the United States to the United Nations / مندوبة الولايات المتحدة لدى الأمم المتحدة / 2009-01-22 / 2013-06-30; National Security Advisor of the United States / مستشارة الأمن القومي الأمريكي / 2013-07-01 / 2017-01-20
Jake Sullivan | جيك سوليفان | US |  |  |
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2021-01-20 / 2025-01-20
Mike Waltz | مايك والتز | US |  | والتز | Michael Waltz
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2025-01-20 / 2025-05-01; Ambassador of the United States to the United Nations / مندوب الولايات المتحدة لدى الأمم المتحدة / 2025-09-19 / -
Nikki Haley | نيكي هيلي | US |  | نيكي هايلي | Nikki Haley
  Ambassador of the United States to the United Nations / مندوبة الولايات المتحدة لدى الأمم المتحدة / 2017-01-27 / 2018-12-31
Linda Thomas-Greenfield | ليندا توماس غرينفيلد | US |  | ليندا توماس-جرينفيلد | Thomas-Greenfield
  Ambassador of the United States to the United Nations / مندوبة الولايات المتحدة لدى الأمم المتحدة / 2021-02-25 / 2025-01-20
Sean Spicer | شون سبايسر | US |  | سبايسر | Spicer
  White House Press Secretary / المتحدث باسم البيت الأبيض / 2017-01-20 / 2017-07-21
Sarah Huckabee Sanders | سارة هاكابي ساندرز | US |  | سارة ساندرز | Sarah Sanders
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2017-07-26 / 2019-07-01; Governor of Arkansas / حاكمة ولاية أركنساس / 2023-01-10 / -
Stephanie Grisham | ستيفاني غريشام | US |  | ستيفاني جريشام |
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2019-07-01 / 2020-04-07
Kayleigh McEnany | كايلي ماكناني | US |  | ماكناني | McEnany
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2020-04-07 / 2021-01-20
Jen Psaki | جين ساكي | US |  | ساكي | Psaki
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2021-01-20 / 2022-05-13
Karine Jean-Pierre | كارين جان بيير | US |  |  | Jean-Pierre
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2022-05-13 / 2025-01-20
Karoline Leavitt | كارولين ليفيت | US |  | ليفيت, كارولاين ليفيت | Leavitt
  White House Press Secretary / المتحدثة باسم البيت الأبيض / 2025-01-20 / -
John Kirby | جون كيربي | US |  | كيربي | Kirby
  Pentagon Press Secretary / المتحدث باسم وزارة الدفاع الأمريكية / 2021-01-20 / 2022-05-31; National Security Council Coordinator for Strategic Communications / منسق الاتصالات الاستراتيجية في مجلس الأمن القومي الأمريكي / 2022-05-31 / 2025-01-20
Adrienne Watson | أدريان واتسون | US |  | أدريين واتسون |
  National Security Council spokesperson / المتحدثة باسم مجلس الأمن القومي الأمريكي / 2021 / 2025-01-20
Emily Horne | إميلي هورن | US |  |  |
  National Security Council spokesperson / المتحدثة باسم مجلس الأمن القومي الأمريكي / 2021-01-20 / 2022
Ned Price | نيد برايس | US |  |  |
  State Department spokesperson / المتحدث باسم وزارة الخارجية الأمريكية / 2021-01-20 / 2023-03
Matthew Miller | ماثيو ميلر | US |  | ماثيو ميللر |
  State Department spokesperson / المتحدث باسم وزارة الخارجية الأمريكية / 2023-05 / 2025-01-20
Heather Nauert | هيذر نويرت | US |  | هيذر ناورت | Nauert
  State Department spokesperson / المتحدثة باسم وزارة الخارجية الأمريكية / 2017-04 / 2019-03
Morgan Ortagus | مورغان أورتاغوس | US |  | أورتاغوس, مورغان أورتيغاس | Ortagus
  State Department spokesperson / المتحدثة باسم وزارة الخارجية الأمريكية / 2019-05 / 2021-01-20; Deputy Special Envoy for the Middle East / نائبة المبعوث الأمريكي الخاص إلى الشرق الأوسط / 2025 / -
Tammy Bruce | تامي بروس | US |  |  |
  State Department spokesperson / المتحدثة باسم وزارة الخارجية الأمريكية / 2025-01 / 2025-08
Steve Witkoff | ستيف ويتكوف | US |  | ويتكوف, ستيفن ويتكوف | Witkoff, Steven Witkoff
  Special Envoy to the Middle East / المبعوث الأمريكي الخاص إلى الشرق الأوسط / 2025-01-20 / -
Jared Kushner | جاريد كوشنر | US |  | كوشنر, جاريد كوشنير | Kushner
  Senior Advisor to the President / كبير مستشاري الرئيس الأمريكي / 2017-01-20 / 2021-01-20
Jason Greenblatt | جيسون غرينبلات | US |  | غرينبلات, جيسون جرينبلات | Greenblatt
  Special Representative for International Negotiations / الممثل الأمريكي الخاص للمفاوضات الدولية / 2017-01-20 / 2019-10-31
Amos Hochstein | آموس هوكشتاين | US |  | هوكشتاين, عاموس هوكشتاين | Hochstein
  Senior Advisor for Energy Security and envoy / كبير مستشاري أمن الطاقة والمبعوث الأمريكي / 2021 / 2025-01-20
Tom Barrack | توم باراك | US |  | توماس باراك | Thomas Barrack
  Ambassador of the United States to Turkey / السفير الأمريكي لدى تركيا / 2025-05 / -; Special Envoy for Syria / المبعوث الأمريكي الخاص إلى سوريا / 2025-05-23 / -
Massad Boulos | مسعد بولس | US |  |  | Boulos
  Senior Advisor on Arab and African affairs / كبير مستشاري الرئيس الأمريكي للشؤون العربية والأفريقية / 2025 / -
William Burns | ويليام بيرنز | US |  | وليام بيرنز | Bill Burns
  Director of the CIA / مدير وكالة المخابرات المركزية الأمريكية / 2021-03-19 / 2025-01-20
John Ratcliffe | جون راتكليف | US |  | راتكليف | Ratcliffe
  Director of National Intelligence / مدير الاستخبارات الوطنية الأمريكية / 2020-05-26 / 2021-01-20; Director of the CIA / مدير وكالة المخابرات المركزية الأمريكية / 2025-01-23 / -
Tulsi Gabbard | تولسي غابارد | US |  | غابارد, تولسي جابارد | Gabbard
  Director of National Intelligence / مديرة الاستخبارات الوطنية الأمريكية / 2025-02-12 / -
Nancy Pelosi | نانسي بيلوسي | US |  | بيلوسي | Pelosi
  Speaker of the House of Representatives / رئيسة مجلس النواب الأمريكي / 2007-01-04 / 2011-01-03; Speaker of the House of Representatives / رئيسة مجلس النواب الأمريكي / 2019-01-03 / 2023-01-03
Mike Johnson | مايك جونسون | US |  |  |
  Speaker of the House of Representatives / رئيس مجلس النواب الأمريكي / 2023-10-25 / -
Janet Yellen | جانيت يلين | US |  | جانيت يللين | Yellen
  Chair of the Federal Reserve / رئيسة الاحتياطي الفيدرالي الأمريكي / 2014-02-03 / 2018-02-03; Secretary of the Treasury / وزيرة الخزانة الأمريكية / 2021-01-26 / 2025-01-20
Scott Bessent | سكوت بيسنت | US |  | بيسنت | Bessent
  Secretary of the Treasury / وزير الخزانة الأمريكي / 2025-01-28 / -
Jerome Powell | جيروم باول | US |  |  | Jay Powell
  Chair of the Federal Reserve / رئيس الاحتياطي الفيدرالي الأمريكي / 2018-02-05 / -
Lindsey Graham | ليندسي غراهام | US |  | ليندسي جراهام |
  United States Senator from South Carolina / عضو مجلس الشيوخ الأمريكي عن ولاية كارولاينا الجنوبية / 2003-01-03 / -
Elon Musk | إيلون ماسك | US |  | إيلون موسك | Musk
  Senior Advisor to the President (Department of Government Efficiency) / مستشار الرئيس الأمريكي ورئيس إدارة الكفاءة الحكومية / 2025-01-20 / 2025-05-30
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Russia
Vladimir Putin | فلاديمير بوتين | RU | Q7747 | بوتين, بوتن, فلاديمير بوتن, فلاديمير فلاديميروفيتش بوتين | Putin, Vladimir Vladimirovich Putin
  pm 1999-08-16 2000-05-07; pres 1999-12-31 2008-05-07; pm 2008-05-08 2012-05-07; pres 2012-05-07 -
Dmitry Medvedev | دميتري ميدفيديف | RU | Q23530 | ميدفيديف, ديمتري ميدفيديف, دميتري مدفيديف, مدفيديف, دميتري ميدفيدف, ديميتري ميدفيديف | Medvedev, Dmitri Medvedev
  pres 2008-05-07 2012-05-07; pm 2012-05-08 2020-01-16; Deputy Chairman of the Security Council of Russia / نائب رئيس مجلس الأمن الروسي / 2020-01-16 / -
Mikhail Kasyanov | ميخائيل كاسيانوف | RU |  | كاسيانوف | Kasyanov
  pm 2000-05-17 2004-02-24
Mikhail Fradkov | ميخائيل فرادكوف | RU |  | فرادكوف | Fradkov
  pm 2004-03-05 2007-09-14; Director of the Foreign Intelligence Service / مدير جهاز الاستخبارات الخارجية الروسي / 2007-10-06 / 2016-10-05
Viktor Zubkov | فيكتور زوبكوف | RU |  | زوبكوف | Zubkov
  pm 2007-09-14 2008-05-07
Mikhail Mishustin | ميخائيل ميشوستين | RU |  | ميشوستين | Mishustin
  pm 2020-01-16 -
Sergei Lavrov | سيرغي لافروف | RU |  | لافروف, سيرجي لافروف, سيرجاي لافروف | Lavrov, Sergey Lavrov
  un 1994 2004-03-09; fm 2004-03-09 -
Igor Ivanov | إيغور إيفانوف | RU |  | إيجور إيفانوف | Igor Ivanov
  fm 1998-09-11 2004-03-09; Secretary of the Security Council of Russia / أمين مجلس الأمن الروسي / 2004-03-09 / 2007-07-09
Sergei Shoigu | سيرغي شويغو | RU |  | شويغو, سيرجي شويجو, شويجو | Shoigu, Sergey Shoigu
  dm 2012-11-06 2024-05-12; Secretary of the Security Council of Russia / أمين مجلس الأمن الروسي / 2024-05-12 / -
Sergei Ivanov | سيرغي إيفانوف | RU |  | سيرجي إيفانوف | Sergey Ivanov
  dm 2001-03-28 2007-02-15; Chief of Staff of the Presidential Administration / رئيس ديوان الرئاسة الروسية / 2011-12-22 / 2016-08-12
Anatoly Serdyukov | أناتولي سيرديوكوف | RU |  | سيرديوكوف | Serdyukov
  dm 2007-02-15 2012-11-06
Andrei Belousov | أندريه بيلوسوف | RU |  | بيلوسوف, أندريه بيلاوسوف | Belousov, Andrey Belousov
  dm 2024-05-14 -
Dmitry Peskov | ديمتري بيسكوف | RU |  | دميتري بيسكوف, بيسكوف, ديميتري بيسكوف | Peskov, Dmitri Peskov
  Kremlin spokesman / المتحدث باسم الكرملين / 2012-05-07 / -
Maria Zakharova | ماريا زاخاروفا | RU |  | زاخاروفا | Zakharova
  fmspk 2015-08-10 -
Valentina Matviyenko | فالنتينا ماتفيينكو | RU |  | ماتفيينكو | Matviyenko
  Chair of the Federation Council / رئيسة مجلس الاتحاد الروسي / 2011-09-21 / -
Vyacheslav Volodin | فياتشيسلاف فولودين | RU |  | فولودين | Volodin
  Chairman of the State Duma / رئيس مجلس الدوما الروسي / 2016-10-05 / -
Nikolai Patrushev | نيكولاي باتروشيف | RU |  | باتروشيف | Patrushev
  Director of the FSB / مدير جهاز الأمن الفيدرالي الروسي / 1999-08-09 / 2008-05-12; Secretary of the Security Council of Russia / أمين مجلس الأمن الروسي / 2008-05-12 / 2024-05-12
Alexander Bortnikov | ألكسندر بورتنيكوف | RU |  | بورتنيكوف | Bortnikov
  Director of the FSB / مدير جهاز الأمن الفيدرالي الروسي / 2008-05-12 / -
Sergei Naryshkin | سيرغي ناريشكين | RU |  | ناريشكين, سيرجي ناريشكين | Naryshkin
  Director of the Foreign Intelligence Service / مدير جهاز الاستخبارات الخارجية الروسي / 2016-10-05 / -
Valery Gerasimov | فاليري غيراسيموف | RU |  | غيراسيموف, فاليري جيراسيموف | Gerasimov
  cgs 2012-11-09 -
Sergei Ryabkov | سيرغي ريابكوف | RU |  | ريابكوف, سيرجي ريابكوف | Ryabkov
  Deputy Foreign Minister of Russia / نائب وزير الخارجية الروسي / 2008 / -
Mikhail Bogdanov | ميخائيل بوغدانوف | RU |  | بوغدانوف, ميخائيل بوجدانوف | Bogdanov
  Deputy Foreign Minister and Special Envoy for the Middle East / نائب وزير الخارجية الروسي والمبعوث الخاص للرئيس الروسي إلى الشرق الأوسط / 2011 / 2025
Vasily Nebenzya | فاسيلي نيبينزيا | RU |  | نيبينزيا, فاسيلي نيبنزيا | Nebenzya
  un 2017-07-27 -
Vitaly Churkin | فيتالي تشوركين | RU |  | تشوركين | Churkin
  un 2006-04-08 2017-02-20
Yuri Ushakov | يوري أوشاكوف | RU |  | أوشاكوف | Ushakov
  Foreign policy aide to the President of Russia / مساعد الرئيس الروسي للشؤون الخارجية / 2012-05-21 / -
Kirill Dmitriev | كيريل دميترييف | RU |  | كيريل ديميترييف | Kirill Dmitriev
  Chief Executive of the Russian Direct Investment Fund / الرئيس التنفيذي لصندوق الاستثمار المباشر الروسي / 2011 / -; Special Presidential Envoy for foreign investment and economic cooperation / المبعوث الخاص للرئيس الروسي للاستثمار والتعاون الاقتصادي / 2025 / -
Ramzan Kadyrov | رمضان قديروف | RU |  | قديروف | Kadyrov
  Head of the Chechen Republic / رئيس جمهورية الشيشان / 2007-03-02 / -
Yevgeny Prigozhin | يفغيني بريغوجين | RU |  | بريغوجين, يفغيني بريغوزين, بريغوزين, يفجيني بريجوجين | Prigozhin
  Head of the Wagner Group / زعيم مجموعة فاغنر / 2014 / 2023-08-23
Alexei Navalny | أليكسي نافالني | RU |  | نافالني, ألكسي نافالني | Navalny
  Russian opposition leader / زعيم المعارضة الروسية / 2011 / 2024-02-16
# ---------------------------------------------------------------- China
Jiang Zemin | جيانغ تسه مين | CN |  | جيانغ زيمين, جيانغ زي مين | Jiang Zemin
  General Secretary of the Chinese Communist Party / الأمين العام للحزب الشيوعي الصيني / 1989-06-24 / 2002-11-15; pres 1993-03-27 2003-03-15
Hu Jintao | هو جين تاو | CN |  | هو جينتاو, هو جين تاوو | Hu Jintao
  General Secretary of the Chinese Communist Party / الأمين العام للحزب الشيوعي الصيني / 2002-11-15 / 2012-11-15; pres 2003-03-15 2013-03-14
Xi Jinping | شي جين بينغ | CN | Q15031 | شي جينبينغ, شي جين بينج, شي جين بينغ, شي جينبينج | Xi Jinping, Xi
  vp 2008-03-15 2013-03-14; General Secretary of the Chinese Communist Party / الأمين العام للحزب الشيوعي الصيني / 2012-11-15 / -; pres 2013-03-14 -
Zhu Rongji | تشو رونغ جي | CN |  | جو رونغ جي, تشو رونغجي | Zhu Rongji
  Premier of China / رئيس مجلس الدولة الصيني / 1998-03-17 / 2003-03-16
Wen Jiabao | ون جيا باو | CN |  | وين جيا باو, وين جياباو | Wen Jiabao
  Premier of China / رئيس مجلس الدولة الصيني / 2003-03-16 / 2013-03-15
Li Keqiang | لي كه تشيانغ | CN |  | لي كيكيانغ, لي كه تشيانج, لي كه تشانغ, لي كي تشيانغ | Li Keqiang
  Premier of China / رئيس مجلس الدولة الصيني / 2013-03-15 / 2023-03-11
Li Qiang | لي تشيانغ | CN |  | لي تشيانج, لي كيانغ | Li Qiang
  Premier of China / رئيس مجلس الدولة الصيني / 2023-03-11 / -
Tang Jiaxuan | تانغ جيا شيوان | CN |  | تانغ جياشوان | Tang Jiaxuan
  fm 1998-03-18 2003-03-17
Li Zhaoxing | لي تشاو شينغ | CN |  | لي جاو شينغ | Li Zhaoxing
  fm 2003-03-17 2007-04-27
Yang Jiechi | يانغ جيه تشي | CN |  | يانغ جيتشي, يانغ جي تشي | Yang Jiechi
  fm 2007-04-27 2013-03-16; Director of the Office of the Central Foreign Affairs Commission / مدير مكتب لجنة الشؤون الخارجية المركزية للحزب الشيوعي الصيني / 2013 / 2022
Wang Yi | وانغ يي | CN |  | وانج يي | Wang Yi
  fm 2013-03-16 2022-12-30; Director of the Office of the Central Foreign Affairs Commission / مدير مكتب لجنة الشؤون الخارجية المركزية للحزب الشيوعي الصيني / 2023-01-01 / -; fm 2023-07-25 -
Qin Gang | تشين قانغ | CN |  | تشين غانغ, تشين جانج, تشين قانج | Qin Gang
  fm 2022-12-30 2023-07-25
Liang Guanglie | ليانغ قوانغ ليه | CN |  | ليانغ غوانغ لي | Liang Guanglie
  dm 2008-03-17 2013-03-16
Chang Wanquan | تشانغ وان تشيوان | CN |  | تشانغ وان تشوان | Chang Wanquan
  dm 2013-03-16 2018-03-19
Wei Fenghe | وي فنغ خه | CN |  | وي فنغ هي, وي فنغهي | Wei Fenghe
  dm 2018-03-19 2023-03-12
Li Shangfu | لي شانغ فو | CN |  | لي شانغفو | Li Shangfu
  dm 2023-03-12 2023-10-24
Dong Jun | دونغ جون | CN |  | دونج جون | Dong Jun
  dm 2023-12-29 -
Wang Qishan | وانغ تشي شان | CN |  | وانغ تشيشان | Wang Qishan
  vp 2018-03-17 2023-03-10
Han Zheng | هان تشنغ | CN |  | هان تشينغ, هان جينغ | Han Zheng
  vp 2023-03-10 -
Zhao Leji | تشاو له جي | CN |  | تشاو لي جي, جاو لي جي | Zhao Leji
  Chairman of the Standing Committee of the National People's Congress / رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني / 2023-03-10 / -
Hua Chunying | هوا تشون ينغ | CN |  | هوا تشونينغ, هوا تشون يينغ | Hua Chunying
  fmspk 2012 2024
Zhao Lijian | تشاو لي جيان | CN |  | جاو لي جيان, تشاو ليجيان | Zhao Lijian
  fmspk 2019-08 2023-01
Wang Wenbin | وانغ ون بين | CN |  | وانغ وين بين, وانغ وينبين | Wang Wenbin
  fmspk 2020-07 2024
Mao Ning | ماو نينغ | CN |  | ماو نينج | Mao Ning
  fmspk 2022-09 -
Lin Jian | لين جيان | CN |  |  | Lin Jian
  fmspk 2024 -
Zhang Jun | تشانغ جون | CN |  | جانغ جون | Zhang Jun
  un 2019-07 2024
Fu Cong | فو تسونغ | CN |  | فو كونغ | Fu Cong
  un 2024-02 -
# ---------------------------------------------------------------- United Kingdom
Elizabeth II | إليزابيث الثانية | GB |  | اليزابيث الثانية | Elizabeth II of the United Kingdom
  queen 1952-02-06 2022-09-08
Charles III | تشارلز الثالث | GB |  | شارل الثالث | Charles III of the United Kingdom
  Prince of Wales / أمير ويلز / 1958-07-26 / 2022-09-08; king 2022-09-08 -
Tony Blair | توني بلير | GB | Q9545 | بلير | Blair
  pm 1997-05-02 2007-06-27; Quartet Representative for the Middle East / ممثل اللجنة الرباعية الدولية للشرق الأوسط / 2007-06-27 / 2015-05-27
Gordon Brown | غوردون براون | GB |  | جوردون براون | Gordon Brown
  pm 2007-06-27 2010-05-11
David Cameron | ديفيد كاميرون | GB | Q192 | كاميرون |
  pm 2010-05-11 2016-07-13; Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2023-11-13 / 2024-07-05
Theresa May | تيريزا ماي | GB | Q264766 | تيريزا مي | Theresa May
  Home Secretary of the United Kingdom / وزيرة الداخلية البريطانية / 2010-05-12 / 2016-07-13; pmf 2016-07-13 2019-07-24
Boris Johnson | بوريس جونسون | GB | Q180589 |  |
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2016-07-13 / 2018-07-09; pm 2019-07-24 2022-09-06
Liz Truss | ليز تراس | GB |  | ليز تروس | Truss
  Foreign Secretary of the United Kingdom / وزيرة الخارجية البريطانية / 2021-09-15 / 2022-09-06; pmf 2022-09-06 2022-10-25
Rishi Sunak | ريشي سوناك | GB |  | سوناك | Sunak
  pm 2022-10-25 2024-07-05
Keir Starmer | كير ستارمر | GB |  | ستارمر, كير ستارمير | Starmer
  pm 2024-07-05 -
Jack Straw | جاك سترو | GB |  |  | Jack Straw
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2001-06-08 / 2006-05-05
Margaret Beckett | مارغريت بيكيت | GB |  |  | Margaret Beckett
  Foreign Secretary of the United Kingdom / وزيرة الخارجية البريطانية / 2006-05-05 / 2007-06-27
David Miliband | ديفيد ميليباند | GB |  |  | David Miliband
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2007-06-28 / 2010-05-11
William Hague | ويليام هيغ | GB |  | وليام هيغ | Hague
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2010-05-12 / 2014-07-14
Philip Hammond | فيليب هاموند | GB |  | هاموند | Hammond
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2011-10-14 / 2014-07-15; Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2014-07-15 / 2016-07-13; Chancellor of the Exchequer / وزير الخزانة البريطاني / 2016-07-13 / 2019-07-24
Jeremy Hunt | جيريمي هانت | GB |  |  | Jeremy Hunt
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2018-07-09 / 2019-07-24; Chancellor of the Exchequer / وزير الخزانة البريطاني / 2022-10-14 / 2024-07-05
Dominic Raab | دومينيك راب | GB |  |  | Raab
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2019-07-24 / 2021-09-15
James Cleverly | جيمس كليفرلي | GB |  | كليفرلي | Cleverly
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2022-09-06 / 2023-11-13
David Lammy | ديفيد لامي | GB |  |  | Lammy
  Foreign Secretary of the United Kingdom / وزير الخارجية البريطاني / 2024-07-05 / 2025-09-05; Deputy Prime Minister of the United Kingdom / نائب رئيس الوزراء البريطاني / 2025-09-05 / -
Yvette Cooper | إيفيت كوبر | GB |  |  | Yvette Cooper
  Home Secretary of the United Kingdom / وزيرة الداخلية البريطانية / 2024-07-05 / 2025-09-05; Foreign Secretary of the United Kingdom / وزيرة الخارجية البريطانية / 2025-09-05 / -
Liam Fox | ليام فوكس | GB |  |  | Liam Fox
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2010-05-12 / 2011-10-14
Michael Fallon | مايكل فالون | GB |  |  | Michael Fallon
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2014-07-15 / 2017-11-01
Gavin Williamson | غافين ويليامسون | GB |  | جافين ويليامسون | Gavin Williamson
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2017-11-02 / 2019-05-01
Ben Wallace | بن والاس | GB |  |  | Ben Wallace
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2019-07-24 / 2023-08-31
Grant Shapps | غرانت شابس | GB |  | جرانت شابس | Grant Shapps
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2023-08-31 / 2024-07-05
John Healey | جون هيلي | GB |  |  | John Healey
  Defence Secretary of the United Kingdom / وزير الدفاع البريطاني / 2024-07-05 / -
# ---------------------------------------------------------------- France
Jacques Chirac | جاك شيراك | FR | Q2105 | شيراك | Chirac
  pres 1995-05-17 2007-05-16
Nicolas Sarkozy | نيكولا ساركوزي | FR | Q329 | ساركوزي, نيكولا ساركوزى | Sarkozy
  Interior Minister of France / وزير الداخلية الفرنسي / 2005-06-02 / 2007-03-26; pres 2007-05-16 2012-05-15
François Hollande | فرانسوا هولاند | FR | Q157 | هولاند | Hollande, Francois Hollande
  pres 2012-05-15 2017-05-14
Emmanuel Macron | إيمانويل ماكرون | FR | Q3052772 | ماكرون, إمانويل ماكرون, ايمانويل ماكرون | Macron
  pres 2017-05-14 -
Lionel Jospin | ليونيل جوسبان | FR |  | جوسبان | Jospin
  pm 1997-06-02 2002-05-06
Jean-Pierre Raffarin | جان بيار رافاران | FR |  | رافاران, جان بيير رافاران | Raffarin
  pm 2002-05-06 2005-05-31
Dominique de Villepin | دومينيك دو فيلبان | FR |  | دو فيلبان, دومينيك دوفيلبان | de Villepin, Villepin
  fm 2002-05-07 2004-03-31; pm 2005-05-31 2007-05-17
François Fillon | فرانسوا فيون | FR |  | فيون | Fillon, Francois Fillon
  pm 2007-05-17 2012-05-15
Jean-Marc Ayrault | جان مارك إيرولت | FR |  | إيرولت, جان مارك أيرولت | Ayrault
  pm 2012-05-15 2014-03-31; fm 2016-02-11 2017-05-17
Manuel Valls | مانويل فالس | FR |  |  | Manuel Valls
  pm 2014-03-31 2016-12-06
Bernard Cazeneuve | برنار كازنوف | FR |  | كازنوف | Cazeneuve
  pm 2016-12-06 2017-05-15
Édouard Philippe | إدوار فيليب | FR |  | إدوارد فيليب | Edouard Philippe
  pm 2017-05-15 2020-07-03
Jean Castex | جان كاستكس | FR |  | كاستكس | Castex
  pm 2020-07-03 2022-05-16
Élisabeth Borne | إليزابيث بورن | FR |  |  | Elisabeth Borne
  pmf 2022-05-16 2024-01-09
Gabriel Attal | غابرييل أتال | FR |  | أتال, جابرييل أتال | Attal
  pm 2024-01-09 2024-09-05
Michel Barnier | ميشال بارنييه | FR |  | بارنييه, ميشيل بارنييه | Barnier
  EU chief Brexit negotiator / كبير مفاوضي الاتحاد الأوروبي بشأن بريكست / 2016-10-01 / 2021-03-31; pm 2024-09-05 2024-12-13
François Bayrou | فرانسوا بايرو | FR |  | بايرو | Bayrou, Francois Bayrou
  pm 2024-12-13 2025-09-09
Sébastien Lecornu | سيباستيان لوكورنو | FR |  | لوكورنو | Lecornu, Sebastien Lecornu
  Minister of the Armed Forces of France / وزير القوات المسلحة الفرنسي / 2022-05-20 / 2025-09-09; pm 2025-09-09 -
Bernard Kouchner | برنار كوشنير | FR |  | كوشنير | Kouchner
  fm 2007-05-18 2010-11-13
Alain Juppé | آلان جوبيه | FR |  | جوبيه | Juppe, Alain Juppe
  Minister of Defence of France / وزير الدفاع الفرنسي / 2010-11-14 / 2011-02-27; fm 2011-02-27 2012-05-15
Michèle Alliot-Marie | ميشال أليو ماري | FR |  | ميشيل أليو ماري | Alliot-Marie
  Minister of Defence of France / وزيرة الدفاع الفرنسية / 2002-05-07 / 2007-05-18; fmf 2010-11-14 2011-02-27
Laurent Fabius | لوران فابيوس | FR |  | فابيوس | Fabius
  fm 2012-05-16 2016-02-11
Jean-Yves Le Drian | جان إيف لودريان | FR |  | لودريان, جان إيف لو دريان | Le Drian
  Minister of Defence of France / وزير الدفاع الفرنسي / 2012-05-16 / 2017-05-17; fm 2017-05-17 2022-05-20; French President's personal envoy to Lebanon / المبعوث الشخصي للرئيس الفرنسي إلى لبنان / 2023-06 / -
Catherine Colonna | كاترين كولونا | FR |  | كاثرين كولونا | Colonna
  fmf 2022-05-20 2024-01-11
Stéphane Séjourné | ستيفان سيجورنيه | FR |  | سيجورنيه | Sejourne, Stephane Sejourne
  fm 2024-01-11 2024-09-21
Jean-Noël Barrot | جان نويل بارو | FR |  |  | Jean-Noel Barrot
  fm 2024-09-21 -
Florence Parly | فلورنس بارلي | FR |  |  | Florence Parly
  Minister of the Armed Forces of France / وزيرة القوات المسلحة الفرنسية / 2017-06-21 / 2022-05-20
Marine Le Pen | مارين لوبان | FR |  | مارين لو بان | Le Pen
  President of the National Rally / رئيسة حزب التجمع الوطني / 2011-01-16 / 2022-11-05
# ---------------------------------------------------------------- Germany
Gerhard Schröder | غيرهارد شرودر | DE | Q2530 | شرودر, جيرهارد شرودر | Schroeder, Gerhard Schroeder
  chan 1998-10-27 2005-11-22
Angela Merkel | أنغيلا ميركل | DE | Q567 | أنجيلا ميركل, ميركل, انجيلا ميركل | Merkel
  chanf 2005-11-22 2021-12-08
Olaf Scholz | أولاف شولتس | DE |  | شولتس, أولاف شولتز, شولتز | Scholz
  Finance Minister of Germany / وزير المالية الألماني / 2018-03-14 / 2021-12-08; chan 2021-12-08 2025-05-06
Friedrich Merz | فريدريش ميرتس | DE |  | ميرتس, فريدريش ميرز, ميرز | Merz
  chan 2025-05-06 -
Horst Köhler | هورست كولر | DE |  | هورست كوهلر | Horst Koehler
  Managing Director of the IMF / المدير العام لصندوق النقد الدولي / 2000-05-01 / 2004-03-04; pres 2004-07-01 2010-05-31
Christian Wulff | كريستيان فولف | DE |  |  | Christian Wulff
  pres 2010-06-30 2012-02-17
Joachim Gauck | يواخيم غاوك | DE |  | يواخيم جاوك | Gauck
  pres 2012-03-18 2017-03-18
Frank-Walter Steinmeier | فرانك فالتر شتاينماير | DE |  | شتاينماير | Steinmeier
  fm 2005-11-22 2009-10-28; fm 2013-12-17 2017-01-27; pres 2017-03-19 -
Joschka Fischer | يوشكا فيشر | DE |  |  | Joschka Fischer
  fm 1998-10-27 2005-11-22
Guido Westerwelle | غيدو فسترفيله | DE |  | فسترفيله, جيدو فيسترفيله | Westerwelle
  fm 2009-10-28 2013-12-17
Sigmar Gabriel | زيغمار غابرييل | DE |  | زيجمار جابرييل | Sigmar Gabriel
  fm 2017-01-27 2018-03-14
Heiko Maas | هايكو ماس | DE |  |  | Heiko Maas
  fm 2018-03-14 2021-12-08
Annalena Baerbock | أنالينا بيربوك | DE |  | بيربوك, أنالينا بيرباوك | Baerbock
  fmf 2021-12-08 2025-05-06; President of the United Nations General Assembly / رئيسة الجمعية العامة للأمم المتحدة / 2025-09-09 / -
Johann Wadephul | يوهان فاديفول | DE |  | فاديفول | Wadephul
  fm 2025-05-06 -
Annegret Kramp-Karrenbauer | أنغريت كرامب كارنباور | DE |  | كرامب كارنباور | Kramp-Karrenbauer
  dmf 2019-07-17 2021-12-08
Christine Lambrecht | كريستينه لامبرشت | DE |  | كريستين لامبرشت | Lambrecht
  dmf 2021-12-08 2023-01-19
Boris Pistorius | بوريس بيستوريوس | DE |  | بيستوريوس | Pistorius
  dm 2023-01-19 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Saudi Arabia
Fahd of Saudi Arabia | فهد بن عبد العزيز | SA |  | فهد بن عبدالعزيز, فهد بن عبد العزيز آل سعود |
  king 1982-06-13 2005-08-01
Abdullah of Saudi Arabia | عبد الله بن عبد العزيز | SA |  | عبدالله بن عبدالعزيز, عبد الله بن عبد العزيز آل سعود, عبدالله بن عبد العزيز | Abdullah of Saudi Arabia
  cp 1982-06-13 2005-08-01; king 2005-08-01 2015-01-23
Salman of Saudi Arabia | سلمان بن عبد العزيز | SA |  | سلمان بن عبدالعزيز, سلمان بن عبد العزيز آل سعود, سلمان بن عبدالعزيز آل سعود | Salman bin Abdulaziz
  Governor of Riyadh Province / أمير منطقة الرياض / 1963 / 2011-11-05; dm 2011-11-05 2015-01-23; cp 2012-06-18 2015-01-23; king 2015-01-23 -
Sultan bin Abdulaziz | سلطان بن عبد العزيز | SA |  | سلطان بن عبدالعزيز, سلطان بن عبد العزيز آل سعود | Sultan bin Abdulaziz
  dm 1962 2011-10-22; cp 2005-08-01 2011-10-22
Nayef bin Abdulaziz | نايف بن عبد العزيز | SA |  | نايف بن عبدالعزيز, نايف بن عبد العزيز آل سعود | Nayef bin Abdulaziz
  im 1975 2012-06-16; cp 2011-10-27 2012-06-16
Muqrin bin Abdulaziz | مقرن بن عبد العزيز | SA |  | مقرن بن عبدالعزيز, مقرن بن عبد العزيز آل سعود |
  Director General of the General Intelligence Presidency / رئيس الاستخبارات العامة السعودية / 2005 / 2012; cp 2015-01-23 2015-04-29
Muhammad bin Nayef | محمد بن نايف | SA |  | محمد بن نايف بن عبد العزيز, محمد بن نايف آل سعود | Mohammed bin Nayef, MBN
  im 2012-11-05 2017-06-21; cp 2015-04-29 2017-06-21
Mohammed bin Salman | محمد بن سلمان | SA |  | محمد بن سلمان آل سعود, محمد بن سلمان بن عبد العزيز, محمد بن سلمان بن عبدالعزيز, بن سلمان | MBS, Mohammad bin Salman, Muhammad bin Salman
  dm 2015-01-23 2022-09-27; Deputy Crown Prince of Saudi Arabia / ولي ولي العهد السعودي / 2015-04-29 / 2017-06-21; cp 2017-06-21 -; pm 2022-09-27 -
Khalid bin Salman | خالد بن سلمان | SA |  | خالد بن سلمان آل سعود, خالد بن سلمان بن عبد العزيز, خالد بن سلمان بن عبدالعزيز | Khalid bin Salman Al Saud
  Ambassador of Saudi Arabia to the United States / سفير السعودية لدى الولايات المتحدة / 2017 / 2019-02-23; Deputy Defence Minister of Saudi Arabia / نائب وزير الدفاع السعودي / 2019-02-23 / 2022-09-27; dm 2022-09-27 -
Abdulaziz bin Salman | عبد العزيز بن سلمان | SA |  | عبدالعزيز بن سلمان, عبد العزيز بن سلمان آل سعود | Abdulaziz bin Salman
  Energy Minister of Saudi Arabia / وزير الطاقة السعودي / 2019-09-08 / -
Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف | SA |  | عبدالعزيز بن سعود بن نايف, عبد العزيز بن سعود بن نايف بن عبد العزيز | Abdulaziz bin Saud
  im 2017-06-21 -
Saud al-Faisal | سعود الفيصل | SA |  | سعود الفيصل بن عبد العزيز | Saud al-Faisal
  fm 1975-10-13 2015-04-29
Turki al-Faisal | تركي الفيصل | SA |  | تركي الفيصل بن عبد العزيز | Turki al-Faisal
  Director General of the General Intelligence Presidency / رئيس الاستخبارات العامة السعودية / 1977 / 2001-08-31; Ambassador of Saudi Arabia to the United States / سفير السعودية لدى الولايات المتحدة / 2005 / 2007
Bandar bin Sultan | بندر بن سلطان | SA |  | بندر بن سلطان بن عبد العزيز, بندر بن سلطان آل سعود |
  Ambassador of Saudi Arabia to the United States / سفير السعودية لدى الولايات المتحدة / 1983 / 2005; Director General of the General Intelligence Presidency / رئيس الاستخبارات العامة السعودية / 2012-07-19 / 2014-04-15
Adel al-Jubeir | عادل الجبير | SA |  | عادل بن أحمد الجبير | Jubeir, Adel Al-Jubeir
  fm 2015-04-29 2018-12-27; Minister of State for Foreign Affairs of Saudi Arabia / وزير الدولة للشؤون الخارجية السعودي / 2018-12-27 / -
Ibrahim Abdulaziz Al-Assaf | إبراهيم العساف | SA |  | إبراهيم بن عبد العزيز العساف | Ibrahim Al-Assaf
  fm 2018-12-27 2019-10-23
Faisal bin Farhan | فيصل بن فرحان | SA |  | فيصل بن فرحان آل سعود, فيصل بن فرحان بن عبد الله | Faisal bin Farhan Al Saud
  fm 2019-10-23 -
Rima bint Bandar | ريما بنت بندر | SA |  | ريما بنت بندر بن سلطان, ريما بنت بندر آل سعود | Reema bint Bandar, Reema bint Bandar
  Ambassador of Saudi Arabia to the United States / سفيرة السعودية لدى الولايات المتحدة / 2019-02-23 / -
Turki al-Maliki | تركي المالكي | SA |  |  | Turki Al-Maliki
  Spokesman of the Saudi-led coalition in Yemen / المتحدث باسم تحالف دعم الشرعية في اليمن / 2017 / -
# ---------------------------------------------------------------- United Arab Emirates
Zayed bin Sultan Al Nahyan | زايد بن سلطان آل نهيان | AE |  | زايد بن سلطان |
  pres 1971-12-02 2004-11-02
Khalifa bin Zayed Al Nahyan | خليفة بن زايد آل نهيان | AE |  | خليفة بن زايد |
  pres 2004-11-03 2022-05-13
Mohamed bin Zayed Al Nahyan | محمد بن زايد آل نهيان | AE |  | محمد بن زايد, محمد بن زايد بن سلطان آل نهيان | MBZ, Mohammed bin Zayed
  Crown Prince of Abu Dhabi / ولي عهد أبوظبي / 2004-11-03 / 2022-05-14; pres 2022-05-14 -
Maktoum bin Rashid Al Maktoum | مكتوم بن راشد آل مكتوم | AE |  | مكتوم بن راشد |
  vp 1990-10-08 2006-01-04; pm 1990-11-20 2006-01-04
Mohammed bin Rashid Al Maktoum | محمد بن راشد آل مكتوم | AE |  | محمد بن راشد | Mohammed bin Rashid
  dm 1971-12-09 2024-07-14; vp 2006-01-05 -; pm 2006-02-11 -; Ruler of Dubai / حاكم دبي / 2006-01-04 / -
Hamdan bin Mohammed Al Maktoum | حمدان بن محمد بن راشد آل مكتوم | AE |  | حمدان بن محمد, حمدان بن محمد آل مكتوم |
  Crown Prince of Dubai / ولي عهد دبي / 2008-02-01 / -; dm 2024-07-14 -
Abdullah bin Zayed Al Nahyan | عبد الله بن زايد آل نهيان | AE |  | عبدالله بن زايد, عبد الله بن زايد, عبدالله بن زايد آل نهيان | Abdullah bin Zayed
  fm 2006-02-09 -
Mansour bin Zayed Al Nahyan | منصور بن زايد آل نهيان | AE |  | منصور بن زايد |
  vp 2023-03-29 -
Tahnoun bin Zayed Al Nahyan | طحنون بن زايد آل نهيان | AE |  | طحنون بن زايد |
  National Security Advisor of the UAE / مستشار الأمن الوطني الإماراتي / 2016-02 / -
Khaled bin Mohamed bin Zayed Al Nahyan | خالد بن محمد بن زايد آل نهيان | AE |  | خالد بن محمد بن زايد | Khaled bin Mohamed
  Crown Prince of Abu Dhabi / ولي عهد أبوظبي / 2023-03-29 / -
Anwar Gargash | أنور قرقاش | AE |  | قرقاش | Gargash
  Minister of State for Foreign Affairs of the UAE / وزير الدولة للشؤون الخارجية الإماراتي / 2008-02 / 2021-02; Diplomatic Adviser to the President of the UAE / المستشار الدبلوماسي لرئيس الإمارات / 2021-02 / -
# ---------------------------------------------------------------- Qatar
Hamad bin Khalifa Al Thani | حمد بن خليفة آل ثاني | QA |  | حمد بن خليفة | Hamad bin Khalifa
  emir 1995-06-27 2013-06-25
Tamim bin Hamad Al Thani | تميم بن حمد آل ثاني | QA |  | تميم بن حمد |
  emir 2013-06-25 -
Hamad bin Jassim Al Thani | حمد بن جاسم بن جبر آل ثاني | QA |  | حمد بن جاسم, حمد بن جاسم آل ثاني, حمد بن جاسم بن جبر | Hamad bin Jassim, HBJ
  fm 1992-09-01 2013-06-26; pm 2007-04-03 2013-06-26
Abdullah bin Nasser bin Khalifa Al Thani | عبد الله بن ناصر بن خليفة آل ثاني | QA |  | عبدالله بن ناصر بن خليفة آل ثاني, عبد الله بن ناصر آل ثاني | Abdullah bin Nasser Al Thani
  pm 2013-06-26 2020-01-28
Khalid bin Khalifa bin Abdul Aziz Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني | QA |  | خالد بن خليفة آل ثاني, خالد بن خليفة بن عبدالعزيز آل ثاني | Khalid bin Khalifa Al Thani
  pm 2020-01-28 2023-03-07
Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني | QA |  | محمد بن عبدالرحمن آل ثاني, محمد بن عبد الرحمن بن جاسم آل ثاني, محمد بن عبدالرحمن | Mohammed bin Abdulrahman
  fm 2016-01-27 -; pm 2023-03-07 -
Khalid bin Mohammad Al Attiyah | خالد بن محمد العطية | QA |  | خالد العطية | Khalid Al Attiyah
  fm 2013-06-26 2016-01-27; Minister of State for Defence Affairs of Qatar / وزير الدولة لشؤون الدفاع القطري / 2016-01-27 / 2024-11
Majed al-Ansari | ماجد الأنصاري | QA |  | ماجد بن محمد الأنصاري | Majed Al Ansari
  fmspk 2022 -
Abdullah bin Hamad Al Thani | عبد الله بن حمد بن خليفة آل ثاني | QA |  | عبدالله بن حمد آل ثاني, عبد الله بن حمد آل ثاني | Abdullah bin Hamad
  Deputy Emir of Qatar / نائب أمير قطر / 2014-11-11 / -
# ---------------------------------------------------------------- Kuwait
Jaber Al-Ahmad Al-Jaber Al-Sabah | جابر الأحمد الجابر الصباح | KW |  | جابر الأحمد الصباح, جابر الأحمد | Jaber Al-Ahmad
  emir 1977-12-31 2006-01-15
Saad Al-Abdullah Al-Salim Al-Sabah | سعد العبد الله السالم الصباح | KW |  | سعد العبدالله السالم الصباح, سعد العبدالله, سعد العبد الله الصباح | Saad Al-Abdullah
  cp 1978-01-31 2006-01-15; pm 1978-02-08 2003-07-13; emir 2006-01-15 2006-01-24
Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد الجابر الصباح | KW |  | صباح الأحمد, صباح الأحمد الصباح | Sabah Al-Ahmad
  fm 1963 2003-07-13; pm 2003-07-13 2006-01-29; emir 2006-01-29 2020-09-29
Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد الجابر الصباح | KW |  | نواف الأحمد, نواف الأحمد الصباح | Nawaf Al-Ahmad
  cp 2006-02-07 2020-09-30; emir 2020-09-30 2023-12-16
Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد الجابر الصباح | KW |  | مشعل الأحمد, مشعل الأحمد الصباح | Mishal Al-Ahmad, Meshal Al-Ahmad
  cp 2020-10-08 2023-12-16; emir 2023-12-16 -
Sabah Al-Khalid Al-Hamad Al-Sabah | صباح الخالد الحمد الصباح | KW |  | صباح الخالد, صباح خالد الحمد الصباح, صباح الخالد الصباح | Sabah Al-Khalid
  fm 2011-10-22 2019-11-19; pm 2019-11-19 2022-07-24; cp 2024-06-01 -
Nasser Al-Mohammed Al-Ahmed Al-Sabah | ناصر المحمد الأحمد الصباح | KW |  | ناصر المحمد, ناصر المحمد الصباح | Nasser Al-Mohammed
  pm 2006-02-07 2011-11-28
Jaber Al-Mubarak Al-Hamad Al-Sabah | جابر المبارك الحمد الصباح | KW |  | جابر المبارك, جابر المبارك الصباح | Jaber Al-Mubarak
  pm 2011-11-30 2019-11-19
Ahmad Nawaf Al-Ahmad Al-Sabah | أحمد نواف الأحمد الصباح | KW |  | أحمد نواف الأحمد, أحمد النواف | Ahmad Nawaf
  pm 2022-07-24 2024-01-04
Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم الصباح | KW |  | محمد صباح السالم | Mohammad Sabah Al-Salem
  fm 2003-07-14 2011-10-18; pm 2024-01-04 2024-04-15
Ahmad Abdullah Al-Ahmad Al-Sabah | أحمد عبد الله الأحمد الصباح | KW |  | أحمد العبدالله الأحمد الصباح, أحمد العبدالله, أحمد عبدالله الأحمد الصباح | Ahmad Al-Abdullah
  pm 2024-05-15 -
Abdullah Al-Yahya | عبد الله اليحيا | KW |  | عبدالله اليحيا, عبد الله علي اليحيا | Abdullah Ali Al-Yahya
  fm 2024 -
# ---------------------------------------------------------------- Bahrain
Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة | BH |  | حمد بن عيسى |
  emir 1999-03-06 2002-02-14; king 2002-02-14 -
Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة | BH |  | خليفة بن سلمان | Khalifa bin Salman
  pm 1970-01-10 2020-11-11
Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة | BH |  | سلمان بن حمد | Crown Prince Salman
  cp 1999-03-09 -; pm 2020-11-11 -
Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة | BH |  | خالد بن أحمد بن محمد آل خليفة | Khalid bin Ahmed
  fm 2005-09-26 2020-02-11
Abdullatif bin Rashid Al Zayani | عبد اللطيف الزياني | BH |  | عبداللطيف الزياني, عبد اللطيف بن راشد الزياني | Abdullatif Al Zayani
  Secretary-General of the Gulf Cooperation Council / الأمين العام لمجلس التعاون الخليجي / 2011-04-01 / 2020-01-31; fm 2020-02-11 -
# ---------------------------------------------------------------- Oman
Qaboos bin Said | قابوس بن سعيد | OM |  | قابوس, قابوس بن سعيد آل سعيد | Qaboos
  sultan 1970-07-23 2020-01-10
Haitham bin Tariq | هيثم بن طارق | OM |  | هيثم بن طارق آل سعيد |
  sultan 2020-01-11 -
Theyazin bin Haitham | ذي يزن بن هيثم | OM |  | ذي يزن بن هيثم آل سعيد |
  cp 2021-01-12 -
Yusuf bin Alawi bin Abdullah | يوسف بن علوي بن عبد الله | OM |  | يوسف بن علوي, يوسف بن علوي بن عبدالله | Yusuf bin Alawi
  Minister Responsible for Foreign Affairs of Oman / الوزير المسؤول عن الشؤون الخارجية العماني / 1997 / 2020-08-18
Badr Albusaidi | بدر البوسعيدي | OM |  | بدر بن حمد البوسعيدي | Badr Al Busaidi, Badr bin Hamad Albusaidi
  fm 2020-08-18 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Yemen
Ali Abdullah Saleh | علي عبدالله صالح | YE |  | علي عبد الله صالح |
  President of North Yemen / رئيس الجمهورية العربية اليمنية / 1978-07-18 / 1990-05-22; pres 1990-05-22 2012-02-27
Abdrabbuh Mansur Hadi | عبد ربه منصور هادي | YE |  | عبدربه منصور هادي, عبد ربه منصور | Abd Rabbuh Mansur Hadi
  vp 1994-10-03 2012-02-27; pres 2012-02-27 2022-04-07
Rashad al-Alimi | رشاد العليمي | YE |  | رشاد محمد العليمي, العليمي | Alimi, Rashad Al-Alimi
  Chairman of the Presidential Leadership Council of Yemen / رئيس مجلس القيادة الرئاسي اليمني / 2022-04-07 / -
Aidarus al-Zoubaidi | عيدروس الزبيدي | YE |  | عيدروس قاسم الزبيدي | Aidarous al-Zubaidi, Zubaidi
  President of the Southern Transitional Council / رئيس المجلس الانتقالي الجنوبي / 2017-05-11 / -; Member of the Presidential Leadership Council of Yemen / عضو مجلس القيادة الرئاسي اليمني / 2022-04-07 / -
Tareq Saleh | طارق صالح | YE |  | طارق محمد عبد الله صالح, طارق محمد صالح | Tareq Mohammed Saleh
  Member of the Presidential Leadership Council of Yemen / عضو مجلس القيادة الرئاسي اليمني / 2022-04-07 / -
Ali Mohsen al-Ahmar | علي محسن الأحمر | YE |  | علي محسن صالح الأحمر | Ali Mohsen
  vp 2016-04-03 2022-04-07
Khaled Bahah | خالد بحاح | YE |  | خالد محفوظ بحاح | Bahah
  pm 2014-10-13 2016-04-03; vp 2015-04-12 2016-04-03
Maeen Abdulmalik | معين عبد الملك | YE |  | معين عبدالملك, معين عبد الملك سعيد | Maeen Abdulmalik Saeed
  pm 2018-10-15 2024-02-05
Ahmed Awad bin Mubarak | أحمد عوض بن مبارك | YE |  | أحمد بن مبارك | bin Mubarak
  fm 2021-02-05 2024-02-05; pm 2024-02-05 2025-05-03
Salem bin Breik | سالم بن بريك | YE |  | سالم صالح بن بريك | Salem Saleh bin Braik
  pm 2025-05-03 -
Abdul-Malik al-Houthi | عبد الملك الحوثي | YE |  | عبدالملك الحوثي, عبد الملك بدر الدين الحوثي, عبدالملك بدرالدين الحوثي | Abdulmalik al-Houthi
  Leader of the Houthi movement (Ansar Allah) / زعيم جماعة أنصار الله (الحوثيين) / 2004-09 / -
Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي | YE |  | حسين بدرالدين الحوثي | Hussein al-Houthi
  Founder of the Houthi movement / مؤسس جماعة الحوثيين / 1994 / 2004-09-10
Mohammed Ali al-Houthi | محمد علي الحوثي | YE |  |  | Mohammed Ali al-Houthi
  Head of the Houthi Supreme Revolutionary Committee / رئيس اللجنة الثورية العليا (الحوثيين) / 2015-02-06 / 2016-08-15
Saleh al-Sammad | صالح الصماد | YE |  | صالح علي الصماد, الصماد | Sammad
  President of the Supreme Political Council (Houthi) / رئيس المجلس السياسي الأعلى (الحوثيين) / 2016-08-15 / 2018-04-19
Mahdi al-Mashat | مهدي المشاط | YE |  | مهدي محمد المشاط, المشاط | Mashat
  President of the Supreme Political Council (Houthi) / رئيس المجلس السياسي الأعلى (الحوثيين) / 2018-04-25 / -
Mohammed Abdulsalam | محمد عبد السلام | YE |  | محمد عبدالسلام, محمد عبد السلام فليتة | Mohammed Abdul Salam
  Houthi spokesman and chief negotiator / المتحدث الرسمي باسم جماعة أنصار الله ورئيس وفدها المفاوض / 2015 / -
Yahya Saree | يحيى سريع | YE |  | يحيي سريع | Yahya Sarea, Yahya Saree
  Houthi military spokesman / المتحدث العسكري باسم قوات الحوثيين / 2018 / -
Abdulaziz bin Habtour | عبد العزيز بن حبتور | YE |  | عبدالعزيز بن حبتور | bin Habtour
  Prime Minister of the Houthi government in Sanaa / رئيس حكومة الحوثيين في صنعاء / 2016-10-04 / 2024-08-10
Ahmed Ghaleb al-Rahawi | أحمد غالب الرهوي | YE |  | أحمد الرهوي | al-Rahawi
  Prime Minister of the Houthi government in Sanaa / رئيس حكومة الحوثيين في صنعاء / 2024-08-10 / 2025-08-28
# ---------------------------------------------------------------- Iraq
Saddam Hussein | صدام حسين | IQ | Q1316 | صدام حسين المجيد, صدام حسين التكريتي |
  pres 1979-07-16 2003-04-09
Ghazi al-Yawer | غازي الياور | IQ |  | غازي عجيل الياور | Ghazi al-Yawar
  pres 2004-06-28 2005-04-07
Jalal Talabani | جلال طالباني | IQ |  | جلال الطالباني | Talabani
  pres 2005-04-07 2014-07-24
Fuad Masum | فؤاد معصوم | IQ |  |  | Fouad Massoum
  pres 2014-07-24 2018-10-02
Barham Salih | برهم صالح | IQ |  |  | Barham Saleh
  pres 2018-10-02 2022-10-17
Abdul Latif Rashid | عبد اللطيف رشيد | IQ |  | عبداللطيف رشيد, عبد اللطيف جمال رشيد | Abdul Latif Jamal Rashid
  pres 2022-10-17 -
Ayad Allawi | إياد علاوي | IQ |  |  | Iyad Allawi
  pm 2004-06-28 2005-05-03
Ibrahim al-Jaafari | إبراهيم الجعفري | IQ |  |  | Jaafari
  pm 2005-05-03 2006-05-20; fm 2014-09-08 2018-10-25
Nouri al-Maliki | نوري المالكي | IQ |  | نوري كامل المالكي, جواد المالكي | Nouri Maliki, Nuri al-Maliki
  pm 2006-05-20 2014-09-08; vp 2014-09-09 2018
Haider al-Abadi | حيدر العبادي | IQ |  |  | Haider Abadi
  pm 2014-09-08 2018-10-25
Adil Abdul-Mahdi | عادل عبد المهدي | IQ |  | عادل عبدالمهدي | Adel Abdul Mahdi
  vp 2005 2011; pm 2018-10-25 2020-05-07
Mustafa al-Kadhimi | مصطفى الكاظمي | IQ |  |  | Kadhimi, Mustafa Kadhimi
  pm 2020-05-07 2022-10-27
Mohammed Shia al-Sudani | محمد شياع السوداني | IQ |  | محمد شياع صبار السوداني | Sudani, Mohammed Shia Sudani
  pm 2022-10-27 -
Hoshyar Zebari | هوشيار زيباري | IQ |  | زيباري | Zebari
  fm 2003-09-03 2014-09-08
Fuad Hussein | فؤاد حسين | IQ |  |  | Fuad Hussein
  fm 2020-06-06 -
Mohamed al-Halbousi | محمد الحلبوسي | IQ |  | الحلبوسي | Halbousi
  Speaker of the Council of Representatives of Iraq / رئيس مجلس النواب العراقي / 2018-09-15 / 2023-11-14
Masoud Barzani | مسعود بارزاني | IQ |  | مسعود البارزاني | Masoud Barzani
  President of the Kurdistan Region / رئيس إقليم كردستان العراق / 2005-06-13 / 2017-11-01
Nechirvan Barzani | نيجيرفان بارزاني | IQ |  | نيجيرفان البارزاني | Nechirvan Barzani
  Prime Minister of the Kurdistan Region / رئيس حكومة إقليم كردستان العراق / 2012-03-05 / 2019-07-10; President of the Kurdistan Region / رئيس إقليم كردستان العراق / 2019-06-10 / -
Masrour Barzani | مسرور بارزاني | IQ |  | مسرور البارزاني | Masrour Barzani
  Prime Minister of the Kurdistan Region / رئيس حكومة إقليم كردستان العراق / 2019-07-10 / -
Ali al-Sistani | علي السيستاني | IQ |  | السيستاني, علي الحسيني السيستاني | Sistani, Ali Sistani
  Grand Ayatollah, senior Shia marja in Najaf / المرجع الديني الأعلى في النجف / 1992 / -
Moqtada al-Sadr | مقتدى الصدر | IQ |  |  | Muqtada al-Sadr, Moqtada Sadr
  Leader of the Sadrist Movement / زعيم التيار الصدري / 2003 / -
Ammar al-Hakim | عمار الحكيم | IQ |  |  | Ammar Hakim
  Leader of the National Wisdom Movement / رئيس تيار الحكمة الوطني / 2017-07-24 / -
Qais al-Khazali | قيس الخزعلي | IQ |  | الخزعلي | Khazali
  Secretary-General of Asa'ib Ahl al-Haq / الأمين العام لعصائب أهل الحق / 2007 / -
Hadi al-Amiri | هادي العامري | IQ |  |  | Hadi Amiri
  Leader of the Badr Organization / الأمين العام لمنظمة بدر / 2003 / -
Abu Mahdi al-Muhandis | أبو مهدي المهندس | IQ |  | جمال جعفر آل إبراهيم | Abu Mahdi al-Mohandes
  Deputy Chairman of the Popular Mobilization Forces / نائب رئيس هيئة الحشد الشعبي / 2014 / 2020-01-03
Faleh al-Fayyadh | فالح الفياض | IQ |  |  | Falih al-Fayyadh
  National Security Adviser of Iraq / مستشار الأمن الوطني العراقي / 2011 / 2020-07-04; Chairman of the Popular Mobilization Forces / رئيس هيئة الحشد الشعبي / 2014 / -
Abu Bakr al-Baghdadi | أبو بكر البغدادي | IQ |  | إبراهيم عواد البدري, أبو بكر البغدادي الحسيني القرشي | Abu Bakr Baghdadi
  Leader of the Islamic State (ISIS) / زعيم تنظيم الدولة الإسلامية (داعش) / 2010-05-16 / 2019-10-27
Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي | IQ |  | أمير محمد سعيد عبد الرحمن المولى | Abu Ibrahim al-Hashemi al-Qurashi
  Leader of the Islamic State (ISIS) / زعيم تنظيم الدولة الإسلامية (داعش) / 2019-10-31 / 2022-02-03
Abu Musab al-Zarqawi | أبو مصعب الزرقاوي | JO |  | أحمد فاضل نزال الخلايلة | Zarqawi
  Leader of al-Qaeda in Iraq / زعيم تنظيم القاعدة في بلاد الرافدين / 2004 / 2006-06-07
# ---------------------------------------------------------------- Syria
Hafez al-Assad | حافظ الأسد | SY |  |  | Hafez Assad
  pres 1971-03-14 2000-06-10
Bashar al-Assad | بشار الأسد | SY | Q44329 | بشار حافظ الأسد | Bashar Assad
  pres 2000-07-17 2024-12-08
Maher al-Assad | ماهر الأسد | SY |  |  | Maher Assad
  Commander of the Fourth Armoured Division of the Syrian Army / قائد الفرقة الرابعة في الجيش السوري / 2018 / 2024-12-08
Ahmed al-Sharaa | أحمد الشرع | SY |  | أبو محمد الجولاني, الجولاني, أحمد حسين الشرع, أبو محمد الجولانى | Abu Mohammad al-Julani, Abu Mohammad al-Jolani, al-Jolani, Jolani, Julani
  Leader of Hay'at Tahrir al-Sham / قائد هيئة تحرير الشام / 2017-01-28 / 2025-01-29; De facto leader of Syria / قائد الإدارة السورية الجديدة / 2024-12-08 / 2025-01-29; pres 2025-01-29 -
Farouk al-Sharaa | فاروق الشرع | SY |  |  | Farouk Sharaa, Farouk al-Shara
  fm 1984-03-11 2006-02-11; vp 2006-02-11 2014
Walid Muallem | وليد المعلم | SY |  |  | Walid al-Muallem
  fm 2006-02-11 2020-11-16
Faisal Mekdad | فيصل المقداد | SY |  |  | Faisal al-Miqdad
  fm 2020-11-22 2024-12-08
Bouthaina Shaaban | بثينة شعبان | SY |  |  | Bouthaina Shaaban
  Political and Media Adviser to the President of Syria / المستشارة السياسية والإعلامية للرئيس السوري / 2008 / 2024-12-08
Asaad al-Shaibani | أسعد الشيباني | SY |  | أسعد حسن الشيباني | Asaad Hassan al-Shaibani, Shaibani
  fm 2024-12-21 -
Murhaf Abu Qasra | مرهف أبو قصرة | SY |  | أبو قصرة | Abu Qasra
  dm 2024-12-21 -
Anas Khattab | أنس خطاب | SY |  |  | Anas Khattab
  Head of General Intelligence of Syria / رئيس جهاز الاستخبارات العامة السوري / 2024-12-26 / 2025-03-29; im 2025-03-29 -
Mohammed al-Bashir | محمد البشير | SY |  |  | Mohammed al-Bashir
  Prime Minister of the Syrian caretaker government / رئيس حكومة تصريف الأعمال السورية / 2024-12-10 / 2025-03-29
Muhammad Mustafa Mero | محمد مصطفى ميرو | SY |  |  | Mohammad Mustafa Mero
  pm 2000-03-07 2003-09-10
Muhammad Naji al-Otari | محمد ناجي عطري | SY |  | ناجي العطري, محمد ناجي العطري | Naji al-Otari
  pm 2003-09-10 2011-04-14
Adel Safar | عادل سفر | SY |  |  | Adel Safar
  pm 2011-04-14 2012-06-23
Riyad Farid Hijab | رياض حجاب | SY |  | رياض فريد حجاب | Riyad Hijab
  pm 2012-06-23 2012-08-06
Wael al-Halqi | وائل الحلقي | SY |  |  | Wael Nader al-Halqi
  pm 2012-08-09 2016-06-22
Imad Khamis | عماد خميس | SY |  |  | Imad Khamis
  pm 2016-06-22 2020-06-11
Hussein Arnous | حسين عرنوس | SY |  |  | Hussein Arnous
  pm 2020-06-11 2024-09-14
Mohammad Ghazi al-Jalali | محمد غازي الجلالي | SY |  |  | Mohammad al-Jalali
  pm 2024-09-14 2024-12-10
Mazloum Abdi | مظلوم عبدي | SY |  | مظلوم كوباني, مظلوم عبدي كوباني | Mazloum Kobani
  Commander-in-Chief of the Syrian Democratic Forces / القائد العام لقوات سوريا الديمقراطية (قسد) / 2015 / -
# ---------------------------------------------------------------- Lebanon
Émile Lahoud | إميل لحود | LB |  | إيميل لحود | Emile Lahoud
  pres 1998-11-24 2007-11-23
Michel Suleiman | ميشال سليمان | LB |  | ميشيل سليمان | Michel Sleiman
  army 1998-12-21 2008-05-25; pres 2008-05-25 2014-05-25
Michel Aoun | ميشال عون | LB |  | ميشيل عون | Michel Aoun
  pres 2016-10-31 2022-10-30
Joseph Aoun | جوزاف عون | LB |  | جوزيف عون | Joseph Aoun
  army 2017-03-08 2025-01-09; pres 2025-01-09 -
Rafic Hariri | رفيق الحريري | LB |  |  | Rafik Hariri, Rafiq al-Hariri
  pm 1992-10-31 1998-12-02; pm 2000-10-23 2004-10-21
Omar Karami | عمر كرامي | LB |  |  | Omar Karami
  pm 2004-10-21 2005-04-19
Fouad Siniora | فؤاد السنيورة | LB |  | السنيورة | Siniora
  pm 2005-07-19 2009-11-09
Saad Hariri | سعد الحريري | LB |  | سعد الدين الحريري | Saad al-Hariri
  pm 2009-11-09 2011-06-13; pm 2016-12-18 2020-01-21
Najib Mikati | نجيب ميقاتي | LB |  | ميقاتي | Mikati
  pm 2005-04-19 2005-07-19; pm 2011-06-13 2014-02-15; pm 2021-09-10 2025-02-08
Tammam Salam | تمام سلام | LB |  |  | Tammam Salam
  pm 2014-02-15 2016-12-18
Hassan Diab | حسان دياب | LB |  |  | Hassan Diab
  pm 2020-01-21 2021-09-10
Nawaf Salam | نواف سلام | LB |  |  | Nawaf Salam
  President of the International Court of Justice / رئيس محكمة العدل الدولية / 2024-02-06 / 2025-01-14; pm 2025-02-08 -
Nabih Berri | نبيه بري | LB |  |  | Nabih Berri, Berri
  Speaker of the Parliament of Lebanon / رئيس مجلس النواب اللبناني / 1992-10-20 / -
Hassan Nasrallah | حسن نصر الله | LB |  | حسن نصرالله, نصر الله, نصرالله | Nasrallah, Hassan Nasrallah
  Secretary-General of Hezbollah / الأمين العام لحزب الله / 1992-02-16 / 2024-09-27
Naim Qassem | نعيم قاسم | LB |  |  | Naim Qassem, Naim Kassem
  Deputy Secretary-General of Hezbollah / نائب الأمين العام لحزب الله / 1991 / 2024-10-29; Secretary-General of Hezbollah / الأمين العام لحزب الله / 2024-10-29 / -
Hashem Safieddine | هاشم صفي الدين | LB |  |  | Hashem Safieddine
  Head of Hezbollah's Executive Council / رئيس المجلس التنفيذي لحزب الله / 2001 / 2024-10-03
Imad Mughniyeh | عماد مغنية | LB |  | عماد فايز مغنية | Imad Mughniyah
  Military commander of Hezbollah / القائد العسكري لحزب الله / 1982 / 2008-02-12
Walid Jumblatt | وليد جنبلاط | LB |  |  | Walid Joumblatt
  Leader of the Progressive Socialist Party / رئيس الحزب التقدمي الاشتراكي / 1977 / 2023-06-25
Samir Geagea | سمير جعجع | LB |  | جعجع | Geagea
  Leader of the Lebanese Forces / رئيس حزب القوات اللبنانية / 2005 / -
Gebran Bassil | جبران باسيل | LB |  | باسيل | Bassil
  fm 2014-02-15 2020-01-21; Leader of the Free Patriotic Movement / رئيس التيار الوطني الحر / 2015-08-27 / -
Abdallah Bou Habib | عبد الله بو حبيب | LB |  | عبدالله بوحبيب, عبد الله بوحبيب | Abdallah Bouhabib
  fm 2021-09-10 2025-02-08
Youssef Rajji | يوسف رجي | LB |  |  | Youssef Raggi
  fm 2025-02-08 -
Rodolphe Haykal | رودولف هيكل | LB |  |  | Rodolphe Haykal
  army 2025-03-13 -
# ---------------------------------------------------------------- Jordan
Abdullah II of Jordan | عبد الله الثاني | JO |  | عبدالله الثاني, عبد الله الثاني بن الحسين, عبدالله الثاني بن الحسين | Abdullah II, Abdullah II
  king 1999-02-07 -
Hussein, Crown Prince of Jordan | الحسين بن عبد الله الثاني | JO |  | الحسين بن عبدالله الثاني | Crown Prince Hussein bin Abdullah
  cp 2009-07-02 -
Queen Rania of Jordan | رانيا العبد الله | JO |  | رانيا العبدالله, رانيا الياسين |
  Queen consort of Jordan / ملكة الأردن / 1999-02-07 / -
Ali Abu al-Ragheb | علي أبو الراغب | JO |  |  | Ali Abu Ragheb
  pm 2000-06-19 2003-10-25
Faisal al-Fayez | فيصل الفايز | JO |  |  | Faisal Al-Fayez
  pm 2003-10-25 2005-04-07
Marouf al-Bakhit | معروف البخيت | JO |  |  | Marouf Bakhit
  pm 2005-11-27 2007-11-25; pm 2011-02-09 2011-10-24
Nader al-Dahabi | نادر الذهبي | JO |  |  | Nader Dahabi
  pm 2007-11-25 2009-12-14
Samir Rifai | سمير الرفاعي | JO |  | سمير زيد الرفاعي | Samir al-Rifai
  pm 2009-12-14 2011-02-09
Awn Shawkat Al-Khasawneh | عون الخصاونة | JO |  | عون شوكت الخصاونة | Awn Khasawneh
  pm 2011-10-24 2012-05-02
Abdullah Ensour | عبد الله النسور | JO |  | عبدالله النسور | Abdullah Ensour
  pm 2012-10-11 2016-05-29
Hani Mulki | هاني الملقي | JO |  |  | Hani al-Mulki
  pm 2016-06-01 2018-06-05
Omar Razzaz | عمر الرزاز | JO |  |  | Omar al-Razzaz
  pm 2018-06-14 2020-10-07
Bisher Al-Khasawneh | بشر الخصاونة | JO |  |  | Bisher Khasawneh
  pm 2020-10-12 2024-09-15
Jafar Hassan | جعفر حسان | JO |  |  | Jafar Hassan
  pm 2024-09-15 -
Nasser Judeh | ناصر جودة | JO |  |  | Nasser Judeh
  fm 2009-02-23 2017-01-15
Ayman Safadi | أيمن الصفدي | JO |  |  | Ayman Safadi
  fm 2017-01-15 -
# ---------------------------------------------------------------- Palestine
Yasser Arafat | ياسر عرفات | PS | Q34211 | أبو عمار | Arafat, Yasir Arafat
  Chairman of the Palestine Liberation Organization / رئيس منظمة التحرير الفلسطينية / 1969-02-04 / 2004-11-11; President of the Palestinian National Authority / رئيس السلطة الوطنية الفلسطينية / 1994-07-05 / 2004-11-11
Mahmoud Abbas | محمود عباس | PS |  | أبو مازن | Abu Mazen
  Prime Minister of the Palestinian National Authority / رئيس وزراء السلطة الفلسطينية / 2003-03-19 / 2003-09-06; Chairman of the Palestine Liberation Organization / رئيس منظمة التحرير الفلسطينية / 2004-11-11 / -; President of the State of Palestine / رئيس دولة فلسطين / 2005-01-15 / -
Ahmed Qurei | أحمد قريع | PS |  |  | Ahmed Qureia, Abu Alaa
  pm 2003-10-07 2006-03-29
Salam Fayyad | سلام فياض | PS |  |  | Salam Fayyad
  pm 2007-06-15 2013-06-06
Rami Hamdallah | رامي الحمد الله | PS |  | رامي الحمدالله | Rami Hamdallah
  pm 2013-06-06 2019-04-14
Mohammad Shtayyeh | محمد اشتية | PS |  | محمد اشتيه, محمد شتية | Shtayyeh, Mohammad Shtayeh
  pm 2019-04-14 2024-03-31
Mohammad Mustafa | محمد مصطفى | PS |  |  | Mohammad Mustafa
  pm 2024-03-31 -
Hussein al-Sheikh | حسين الشيخ | PS |  |  | Hussein al-Sheikh
  Secretary of the PLO Executive Committee / أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية / 2022-05-26 / -; Vice President of the State of Palestine / نائب رئيس دولة فلسطين / 2025-04-26 / -
Riyad al-Maliki | رياض المالكي | PS |  |  | Riyad Malki
  fm 2007-05-17 2024-03-31
Varsen Aghabekian | فارسين أغابكيان | PS |  | فارسين أغابكيان شاهين | Varsen Aghabekian Shahin
  fmf 2024-03-31 -
Majed Faraj | ماجد فرج | PS |  |  | Majed Faraj
  Head of Palestinian General Intelligence / رئيس جهاز المخابرات العامة الفلسطينية / 2009 / -
Jibril Rajoub | جبريل الرجوب | PS |  |  | Jibril Rajoub
  Secretary of the Fatah Central Committee / أمين سر اللجنة المركزية لحركة فتح / 2017 / -
Marwan Barghouti | مروان البرغوثي | PS |  |  | Marwan Barghouti
  Fatah leader imprisoned in Israel / قيادي في حركة فتح معتقل في السجون الإسرائيلية / 2002 / -
Riyad Mansour | رياض منصور | PS |  |  | Riyad Mansour
  Permanent Observer of Palestine to the United Nations / المراقب الدائم لفلسطين لدى الأمم المتحدة / 2005 / -
Ahmed Yassin | أحمد ياسين | PS |  | أحمد إسماعيل ياسين | Ahmed Yassin
  Founder and leader of Hamas / مؤسس حركة حماس وزعيمها / 1987 / 2004-03-22
Abdel Aziz al-Rantisi | عبد العزيز الرنتيسي | PS |  | عبدالعزيز الرنتيسي, الرنتيسي | Rantisi
  Leader of Hamas in Gaza / زعيم حركة حماس في غزة / 2004-03-22 / 2004-04-17
Ismail Haniyeh | إسماعيل هنية | PS |  | هنية, اسماعيل هنيه | Haniyeh, Ismail Haniya
  Prime Minister of the Palestinian National Authority / رئيس وزراء السلطة الفلسطينية / 2006-03-29 / 2007-06-14; Head of Hamas Political Bureau / رئيس المكتب السياسي لحركة حماس / 2017-05-06 / 2024-07-31
Khaled Mashal | خالد مشعل | PS |  | خالد مشعل | Khaled Meshaal, Khaled Mashaal
  Head of Hamas Political Bureau / رئيس المكتب السياسي لحركة حماس / 1996 / 2017-05-06; Head of Hamas abroad / رئيس حركة حماس في الخارج / 2021 / -
Yahya Sinwar | يحيى السنوار | PS |  | يحيي السنوار, يحيى إبراهيم السنوار | Yahya Sinwar
  Leader of Hamas in the Gaza Strip / رئيس حركة حماس في قطاع غزة / 2017-02-13 / 2024-10-16; Head of Hamas Political Bureau / رئيس المكتب السياسي لحركة حماس / 2024-08-06 / 2024-10-16
Mohammed Sinwar | محمد السنوار | PS |  | محمد إبراهيم السنوار | Mohammed Sinwar
  Commander of the Qassam Brigades / قائد كتائب عز الدين القسام / 2024 / 2025-05-13
Mohammed Deif | محمد الضيف | PS |  | محمد دياب المصري, أبو خالد الضيف | Mohammed Deif, Mohammed Dief
  Commander of the Qassam Brigades / القائد العام لكتائب عز الدين القسام / 2002 / 2024-07-13
Saleh al-Arouri | صالح العاروري | PS |  | العاروري | Arouri, Saleh Arouri
  Deputy Head of Hamas Political Bureau / نائب رئيس المكتب السياسي لحركة حماس / 2017-10-05 / 2024-01-02
Khalil al-Hayya | خليل الحية | PS |  |  | Khalil al-Hayya
  Deputy Head of Hamas in Gaza and chief negotiator / نائب رئيس حركة حماس في غزة ورئيس وفدها المفاوض / 2017 / -
Mousa Abu Marzouk | موسى أبو مرزوق | PS |  | أبو مرزوق | Abu Marzouk, Mousa Abu Marzook
  Deputy Head of Hamas Political Bureau / نائب رئيس المكتب السياسي لحركة حماس / 1997 / 2017
Ramadan Shalah | رمضان شلح | PS |  | رمضان عبد الله شلح | Ramadan Abdullah Shallah
  Secretary-General of Palestinian Islamic Jihad / الأمين العام لحركة الجهاد الإسلامي / 1995 / 2018-09-28
Ziyad al-Nakhalah | زياد النخالة | PS |  | النخالة | Nakhalah, Ziad Nakhaleh
  Secretary-General of Palestinian Islamic Jihad / الأمين العام لحركة الجهاد الإسلامي / 2018-09-28 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Egypt
Hosni Mubarak | حسني مبارك | EG |  | محمد حسني مبارك, محمد حسني السيد مبارك | Hosni Mubarak
  pres 1981-10-14 2011-02-11
Omar Suleiman | عمر سليمان | EG |  |  | Omar Suleiman
  Director of the General Intelligence Directorate of Egypt / مدير المخابرات العامة المصرية / 1993 / 2011-01-29; vp 2011-01-29 2011-02-11
Mohamed Hussein Tantawi | محمد حسين طنطاوي | EG |  |  | Tantawi, Hussein Tantawi
  dm 1991-05-20 2012-08-12; Chairman of the Supreme Council of the Armed Forces / رئيس المجلس الأعلى للقوات المسلحة المصرية / 2011-02-11 / 2012-06-30
Mohamed Morsi | محمد مرسي | EG |  | محمد مرسي العياط, محمد محمد مرسي عيسى العياط | Morsi, Mohamed Mursi
  pres 2012-06-30 2013-07-03
Adly Mansour | عدلي منصور | EG |  |  | Adly Mansour
  apres 2013-07-04 2014-06-08
Abdel Fattah el-Sisi | عبد الفتاح السيسي | EG |  | عبدالفتاح السيسي, السيسي, عبد الفتاح سعيد حسين خليل السيسي | Sisi, el-Sisi, al-Sisi, Abdel Fattah al-Sisi
  dm 2012-08-12 2014-03-26; pres 2014-06-08 -
Atef Ebeid | عاطف عبيد | EG |  |  | Atef Ebeid
  pm 1999-10-05 2004-07-09
Ahmed Nazif | أحمد نظيف | EG |  |  | Ahmed Nazif
  pm 2004-07-09 2011-01-29
Ahmed Shafik | أحمد شفيق | EG |  |  | Ahmed Shafiq
  pm 2011-01-29 2011-03-03
Essam Sharaf | عصام شرف | EG |  |  | Essam Sharaf
  pm 2011-03-03 2011-12-07
Kamal Ganzouri | كمال الجنزوري | EG |  | الجنزوري | Kamal el-Ganzouri
  pm 1996-01-04 1999-10-05; pm 2011-12-07 2012-08-02
Hesham Qandil | هشام قنديل | EG |  |  | Hisham Qandil
  pm 2012-08-02 2013-07-16
Hazem el-Beblawi | حازم الببلاوي | EG |  | الببلاوي | Hazem Beblawi
  pm 2013-07-16 2014-03-01
Ibrahim Mahlab | إبراهيم محلب | EG |  |  | Ibrahim Mahlab
  pm 2014-03-01 2015-09-19
Sherif Ismail | شريف إسماعيل | EG |  |  | Sherif Ismail
  pm 2015-09-19 2018-06-07
Mostafa Madbouly | مصطفى مدبولي | EG |  | مدبولي | Madbouly, Moustafa Madbouly
  pm 2018-06-07 -
Mohamed Kamel Amr | محمد كامل عمرو | EG |  |  | Mohamed Kamel Amr
  fm 2011-07-31 2013-07-16
Nabil Fahmy | نبيل فهمي | EG |  |  | Nabil Fahmy
  fm 2013-07-16 2014-06-17
Sameh Shoukry | سامح شكري | EG |  |  | Sameh Shoukry
  fm 2014-06-17 2024-07-03
Badr Abdelatty | بدر عبد العاطي | EG |  | بدر عبدالعاطي | Badr Abdel Aty
  fm 2024-07-03 -
Sedki Sobhi | صدقي صبحي | EG |  |  | Sedki Sobhy
  dm 2014-03-26 2018-06-14
Mohamed Zaki | محمد زكي | EG |  |  | Mohamed Ahmed Zaki
  dm 2018-06-14 2024-07-03
Abdel Mageed Saqr | عبد المجيد صقر | EG |  | عبدالمجيد صقر | Abdel Majeed Saqr
  dm 2024-07-03 -
Abbas Kamel | عباس كامل | EG |  |  | Abbas Kamel
  Director of the General Intelligence Directorate of Egypt / مدير المخابرات العامة المصرية / 2018-06-28 / 2024-10-16
Hassan Rashad | حسن رشاد | EG |  | حسن محمود رشاد | Hassan Rashad
  Director of the General Intelligence Directorate of Egypt / مدير المخابرات العامة المصرية / 2024-10-16 / -
Mohamed ElBaradei | محمد البرادعي | EG |  | البرادعي | ElBaradei, Mohamed El Baradei
  Director General of the International Atomic Energy Agency / المدير العام للوكالة الدولية للطاقة الذرية / 1997-12-01 / 2009-11-30; vp 2013-07-14 2013-08-14
Mohamed Badie | محمد بديع | EG |  |  | Mohammed Badie
  General Guide of the Muslim Brotherhood / المرشد العام لجماعة الإخوان المسلمين / 2010-01-16 / -
Ahmed el-Tayeb | أحمد الطيب | EG |  |  | Ahmed al-Tayeb
  Grand Imam of al-Azhar / شيخ الأزهر / 2010-03-19 / -
Ayman al-Zawahiri | أيمن الظواهري | EG |  | الظواهري | Zawahiri
  Leader of al-Qaeda / زعيم تنظيم القاعدة / 2011-06-16 / 2022-07-31
# ---------------------------------------------------------------- Libya
Muammar Gaddafi | معمر القذافي | LY | Q19878 | معمر أبو منيار القذافي | Muammar Qaddafi, Moammar Gadhafi, Muammar al-Gaddafi
  Leader of the Libyan Revolution / قائد الثورة الليبية / 1969-09-01 / 2011-10-20
Saif al-Islam Gaddafi | سيف الإسلام القذافي | LY |  | سيف الاسلام معمر القذافي | Saif al-Islam Qaddafi
  Son of Muammar Gaddafi and political figure / نجل معمر القذافي وشخصية سياسية / 2000 / -
Mustafa Abdul Jalil | مصطفى عبد الجليل | LY |  | مصطفى عبدالجليل | Mustafa Abdul-Jalil
  Chairman of the National Transitional Council / رئيس المجلس الوطني الانتقالي الليبي / 2011-03-05 / 2012-08-08
Mahmoud Jibril | محمود جبريل | LY |  |  | Mahmoud Jibril
  Chairman of the Executive Board of the National Transitional Council / رئيس المكتب التنفيذي للمجلس الوطني الانتقالي الليبي / 2011-03-23 / 2011-10-23
Ali Zeidan | علي زيدان | LY |  |  | Ali Zeidan
  pm 2012-11-14 2014-03-11
Abdullah al-Thani | عبد الله الثني | LY |  | عبدالله الثني | Abdullah al-Thinni
  Prime Minister of the eastern-based Libyan government / رئيس الحكومة الليبية المؤقتة في الشرق / 2014-03-11 / 2021-03-15
Fayez al-Sarraj | فائز السراج | LY |  | فايز السراج | Fayez Serraj
  Chairman of the Presidential Council and Prime Minister of the Government of National Accord / رئيس المجلس الرئاسي ورئيس حكومة الوفاق الوطني الليبية / 2016-03-30 / 2021-03-15
Khalifa Haftar | خليفة حفتر | LY |  | حفتر, خليفة بلقاسم حفتر | Haftar, Khalifa Hifter, Hifter
  Commander of the Libyan National Army / القائد العام للجيش الوطني الليبي / 2015-03-02 / -
Saddam Haftar | صدام حفتر | LY |  | صدام خليفة حفتر | Saddam Haftar
  Deputy Commander-in-Chief of the Libyan National Army / نائب القائد العام للجيش الوطني الليبي / 2025-08 / -
Aguila Saleh | عقيلة صالح | LY |  | عقيلة صالح عيسى | Aguila Saleh Issa, Aguila Saleh
  Speaker of the House of Representatives of Libya / رئيس مجلس النواب الليبي / 2014-08-05 / -
Abdul Hamid Dbeibeh | عبد الحميد الدبيبة | LY |  | عبدالحميد الدبيبة, الدبيبة, عبد الحميد دبيبة | Dbeibah, Abdulhamid Dbeibah
  Prime Minister of the Government of National Unity of Libya / رئيس حكومة الوحدة الوطنية الليبية / 2021-03-15 / -
Mohamed al-Menfi | محمد المنفي | LY |  | محمد يونس المنفي | Mohamed Menfi
  Chairman of the Presidential Council of Libya / رئيس المجلس الرئاسي الليبي / 2021-03-15 / -
Fathi Bashagha | فتحي باشاغا | LY |  | باشاغا | Bashagha
  Interior Minister of the Government of National Accord / وزير داخلية حكومة الوفاق الوطني الليبية / 2018-10-07 / 2021-03-15; Prime Minister designated by the House of Representatives / رئيس الحكومة المكلف من مجلس النواب الليبي / 2022-03-01 / 2023-05-16
Osama Hammad | أسامة حماد | LY |  |  | Osama Hamad
  Prime Minister of the eastern-based Libyan government / رئيس الحكومة الليبية المكلفة من مجلس النواب / 2023-05-16 / -
Najla Mangoush | نجلاء المنقوش | LY |  |  | Najla el-Mangoush
  fmf 2021-03-15 2023-08-27
# ---------------------------------------------------------------- Tunisia
Zine El Abidine Ben Ali | زين العابدين بن علي | TN |  | زين العابدين بن على | Ben Ali
  pres 1987-11-07 2011-01-14
Mohamed Ghannouchi | محمد الغنوشي | TN |  |  | Mohamed Ghannouchi
  pm 1999-11-17 2011-02-27
Fouad Mebazaa | فؤاد المبزع | TN |  |  | Fouad Mebazaa
  apres 2011-01-15 2011-12-13
Beji Caid Essebsi | الباجي قائد السبسي | TN |  | الباجي قايد السبسي, قائد السبسي, قايد السبسي, الباجي السبسي | Essebsi, Caid Essebsi
  pm 2011-02-27 2011-12-24; pres 2014-12-31 2019-07-25
Moncef Marzouki | منصف المرزوقي | TN |  | المنصف المرزوقي, محمد المنصف المرزوقي | Marzouki
  pres 2011-12-13 2014-12-31
Mohamed Ennaceur | محمد الناصر | TN |  |  | Mohamed Ennaceur
  apres 2019-07-25 2019-10-23
Kais Saied | قيس سعيد | TN |  | قيس سعيّد | Kais Saied, Kais Saïed
  pres 2019-10-23 -
Rached Ghannouchi | راشد الغنوشي | TN |  |  | Rached Ghannouchi
  Leader of the Ennahda Movement / رئيس حركة النهضة / 1991 / -; Speaker of the Assembly of the Representatives of the People / رئيس مجلس نواب الشعب التونسي / 2019-11-13 / 2021-07-25
Hamadi Jebali | حمادي الجبالي | TN |  |  | Hamadi Jebali
  pm 2011-12-24 2013-03-14
Ali Laarayedh | علي العريض | TN |  |  | Ali Larayedh
  pm 2013-03-14 2014-01-29
Mehdi Jomaa | مهدي جمعة | TN |  |  | Mehdi Jomaa
  pm 2014-01-29 2015-02-06
Habib Essid | الحبيب الصيد | TN |  | حبيب الصيد | Habib Essid
  pm 2015-02-06 2016-08-27
Youssef Chahed | يوسف الشاهد | TN |  |  | Youssef Chahed
  pm 2016-08-27 2020-02-27
Elyes Fakhfakh | إلياس الفخفاخ | TN |  |  | Elyes Fakhfakh
  pm 2020-02-27 2020-09-02
Hichem Mechichi | هشام المشيشي | TN |  | المشيشي | Mechichi
  pm 2020-09-02 2021-07-25
Najla Bouden | نجلاء بودن | TN |  | نجلاء بودن رمضان | Najla Bouden Romdhane
  pmf 2021-10-11 2023-08-01
Ahmed Hachani | أحمد الحشاني | TN |  |  | Ahmed Hachani
  pm 2023-08-01 2024-08-07
Kamel Madouri | كمال المدوري | TN |  |  | Kamel Maddouri
  pm 2024-08-07 2025-03-20
Sara Zaafrani Zenzri | سارة الزعفراني الزنزري | TN |  | سارة الزعفراني | Sarra Zaafrani Zenzri
  pmf 2025-03-20 -
# ---------------------------------------------------------------- Algeria
Abdelaziz Bouteflika | عبد العزيز بوتفليقة | DZ |  | عبدالعزيز بوتفليقة, بوتفليقة | Bouteflika
  pres 1999-04-27 2019-04-02
Abdelkader Bensalah | عبد القادر بن صالح | DZ |  | عبدالقادر بن صالح | Abdelkader Bensalah
  apres 2019-04-09 2019-12-19
Abdelmadjid Tebboune | عبد المجيد تبون | DZ |  | عبدالمجيد تبون, تبون | Tebboune
  pm 2017-05-25 2017-08-15; pres 2019-12-19 -
Ahmed Ouyahia | أحمد أويحيى | DZ |  | أويحيى | Ouyahia
  pm 2003-05-05 2006-05-24; pm 2008-06-23 2012-09-03; pm 2017-08-15 2019-03-11
Abdelaziz Belkhadem | عبد العزيز بلخادم | DZ |  | عبدالعزيز بلخادم, بلخادم | Belkhadem
  pm 2006-05-24 2008-06-23
Abdelmalek Sellal | عبد المالك سلال | DZ |  | عبدالمالك سلال | Sellal
  pm 2012-09-03 2017-05-24
Abdelaziz Djerad | عبد العزيز جراد | DZ |  | عبدالعزيز جراد | Djerad
  pm 2019-12-28 2021-06-30
Aymen Benabderrahmane | أيمن بن عبد الرحمن | DZ |  | أيمن بن عبدالرحمن | Benabderrahmane
  pm 2021-06-30 2023-11-11
Nadir Larbaoui | نذير العرباوي | DZ |  |  | Larbaoui
  pm 2023-11-11 2025-08-28
Sifi Ghrieb | سيفي غريب | DZ |  |  | Sifi Ghrieb
  pm 2025-08-28 -
Ahmed Gaid Salah | أحمد قايد صالح | DZ |  | أحمد قائد صالح, قايد صالح | Gaid Salah
  army 2004-08-03 2019-12-23
Said Chengriha | السعيد شنقريحة | DZ |  | سعيد شنقريحة, شنقريحة | Chengriha
  army 2019-12-23 -
Ramtane Lamamra | رمطان لعمامرة | DZ |  | لعمامرة | Lamamra
  fm 2013-09-11 2017-05-25; fm 2021-07-07 2023-03-16
Ahmed Attaf | أحمد عطاف | DZ |  |  | Ahmed Attaf
  fm 2023-03-16 -
Lakhdar Brahimi | الأخضر الإبراهيمي | DZ |  | الأخضر الابراهيمي | Lakhdar Brahimi
  UN and Arab League Special Envoy for Syria / المبعوث الأممي والعربي الخاص إلى سوريا / 2012-08-17 / 2014-05-31
# ---------------------------------------------------------------- Morocco
Mohammed VI of Morocco | محمد السادس | MA |  | محمد السادس بن الحسن | Mohammed VI, Mohammed VI of Morocco
  king 1999-07-23 -
Moulay Hassan, Crown Prince of Morocco | مولاي الحسن | MA |  | مولاي الحسن بن محمد | Moulay Hassan
  cp 2003-05-08 -
Abderrahmane Youssoufi | عبد الرحمن اليوسفي | MA |  | عبدالرحمن اليوسفي | Youssoufi
  pm 1998-03-14 2002-10-09
Driss Jettou | إدريس جطو | MA |  |  | Driss Jettou
  pm 2002-10-09 2007-09-19
Abbas El Fassi | عباس الفاسي | MA |  |  | Abbas El Fassi
  pm 2007-09-19 2011-11-29
Abdelilah Benkirane | عبد الإله بنكيران | MA |  | عبد الإله بن كيران, بنكيران | Benkirane
  pm 2011-11-29 2017-04-05
Saadeddine Othmani | سعد الدين العثماني | MA |  |  | Saadeddine El Othmani
  fm 2012-01-03 2013-10-10; pm 2017-04-05 2021-10-07
Aziz Akhannouch | عزيز أخنوش | MA |  | أخنوش | Akhannouch
  pm 2021-10-07 -
Nasser Bourita | ناصر بوريطة | MA |  | بوريطة | Bourita
  fm 2017-04-05 -
Salaheddine Mezouar | صلاح الدين مزوار | MA |  |  | Salaheddine Mezouar
  fm 2013-10-10 2017-04-05
Brahim Ghali | إبراهيم غالي | EH |  |  | Brahim Ghali
  Secretary-General of the Polisario Front / الأمين العام لجبهة البوليساريو / 2016-07-09 / -
# ---------------------------------------------------------------- Mauritania
Maaouya Ould Sid'Ahmed Taya | معاوية ولد سيدي أحمد الطايع | MR |  | معاوية ولد الطايع | Ould Taya
  pres 1984-12-12 2005-08-03
Ely Ould Mohamed Vall | اعلي ولد محمد فال | MR |  | اعل ولد محمد فال | Ely Ould Mohamed Vall
  Chairman of the Military Council for Justice and Democracy / رئيس المجلس العسكري للعدالة والديمقراطية في موريتانيا / 2005-08-03 / 2007-04-19
Sidi Ould Cheikh Abdallahi | سيدي ولد الشيخ عبد الله | MR |  | سيدي محمد ولد الشيخ عبد الله | Sidi Ould Cheikh Abdallahi
  pres 2007-04-19 2008-08-06
Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز | MR |  | محمد ولد عبدالعزيز | Ould Abdel Aziz
  pres 2009-08-05 2019-08-01
Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني | MR |  | محمد ولد الغزواني, ولد الغزواني, الغزواني | Ghazouani, Mohamed Ould Cheikh El Ghazouani
  pres 2019-08-01 -
Mokhtar Ould Djay | المختار ولد أجاي | MR |  | المختار ولد اجاي | Moctar Ould Djay
  pm 2024-08-02 -
# ---------------------------------------------------------------- Sudan and South Sudan
Omar al-Bashir | عمر البشير | SD |  | عمر حسن أحمد البشير, عمر حسن البشير | Omar Bashir, Omar Hassan al-Bashir
  pres 1989-06-30 2019-04-11
Ahmed Awad Ibn Auf | عوض بن عوف | SD |  | أحمد عوض بن عوف, عوض ابن عوف | Awad Ibn Auf
  Chairman of the Transitional Military Council of Sudan / رئيس المجلس العسكري الانتقالي السوداني / 2019-04-11 / 2019-04-12
Abdel Fattah al-Burhan | عبد الفتاح البرهان | SD |  | عبدالفتاح البرهان, عبد الفتاح عبد الرحمن البرهان | Burhan, Abdel-Fattah Burhan
  Chairman of the Transitional Military Council of Sudan / رئيس المجلس العسكري الانتقالي السوداني / 2019-04-12 / 2019-08-20; Chairman of the Transitional Sovereignty Council of Sudan / رئيس مجلس السيادة الانتقالي السوداني / 2019-08-21 / -; Commander-in-Chief of the Sudanese Armed Forces / القائد العام للقوات المسلحة السودانية / 2019 / -
Mohamed Hamdan Dagalo | محمد حمدان دقلو | SD |  | حميدتي, محمد حمدان دقلو حميدتي, محمد حمدان حميدتي | Hemedti, Hemeti, Dagalo
  Commander of the Rapid Support Forces / قائد قوات الدعم السريع / 2013 / -; Deputy Chairman of the Transitional Sovereignty Council of Sudan / نائب رئيس مجلس السيادة الانتقالي السوداني / 2019-08-21 / 2023-05-19; Chairman of the Presidential Council of the RSF-led government / رئيس المجلس الرئاسي لحكومة تأسيس / 2025-08-30 / -
Abdel Rahim Dagalo | عبد الرحيم دقلو | SD |  | عبدالرحيم دقلو, عبد الرحيم حمدان دقلو | Abdelrahim Dagalo
  Deputy Commander of the Rapid Support Forces / نائب قائد قوات الدعم السريع / 2019 / -
Abdalla Hamdok | عبد الله حمدوك | SD |  | عبدالله حمدوك, حمدوك | Hamdok
  pm 2019-08-21 2021-10-25; pm 2021-11-21 2022-01-02
Kamil Idris | كامل إدريس | SD |  | كامل الطيب إدريس | Kamil Idris
  Director General of WIPO / المدير العام للمنظمة العالمية للملكية الفكرية / 1997-11-01 / 2008-09-30; pm 2025-05-19 -
Malik Agar | مالك عقار | SD |  | مالك عقار إير | Malik Agar
  Deputy Chairman of the Transitional Sovereignty Council of Sudan / نائب رئيس مجلس السيادة الانتقالي السوداني / 2023-05-19 / -
Shams al-Din Kabbashi | شمس الدين كباشي | SD |  | شمس الدين الكباشي, كباشي | Shamsul Din Kabbashi
  Deputy Commander-in-Chief of the Sudanese Armed Forces / نائب القائد العام للقوات المسلحة السودانية / 2023 / -
Hassan al-Turabi | حسن الترابي | SD |  | حسن عبد الله الترابي | Turabi, Hassan Turabi
  Leader of the Popular Congress Party / الأمين العام لحزب المؤتمر الشعبي السوداني / 1999 / 2016-03-05
Sadiq al-Mahdi | الصادق المهدي | SD |  | الصادق الصديق المهدي | Sadiq al-Mahdi
  Leader of the National Umma Party / رئيس حزب الأمة القومي السوداني / 1964 / 2020-11-26
John Garang | جون قرنق | SS |  | جون قرنق دي مابيور | John Garang de Mabior
  First Vice President of Sudan / النائب الأول لرئيس السودان / 2005-07-09 / 2005-07-30
Salva Kiir Mayardit | سلفا كير ميارديت | SS |  | سلفا كير, سلفاكير, سلفاكير ميارديت | Salva Kiir
  President of Southern Sudan / رئيس حكومة جنوب السودان / 2005-08-11 / 2011-07-09; pres 2011-07-09 -
Riek Machar | رياك مشار | SS |  | ريك مشار | Machar
  First Vice President of South Sudan / النائب الأول لرئيس جنوب السودان / 2020-02-22 / 2025
# ---------------------------------------------------------------- Somalia, Djibouti, Comoros
Abdiqasim Salad Hassan | عبد القاسم صلاد حسن | SO |  | عبدي قاسم صلاد حسن | Abdiqasim Salad Hassan
  pres 2000-08-27 2004-10-14
Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد | SO |  | عبدالله يوسف أحمد | Abdullahi Yusuf
  pres 2004-10-14 2008-12-29
Sharif Sheikh Ahmed | شريف شيخ أحمد | SO |  | شيخ شريف شيخ أحمد | Sharif Ahmed
  pres 2009-01-31 2012-08-20
Hassan Sheikh Mohamud | حسن شيخ محمود | SO |  |  | Hassan Sheikh
  pres 2012-09-16 2017-02-16; pres 2022-05-23 -
Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو | SO |  | فرماجو, محمد عبدالله فرماجو, محمد عبد الله محمد فرماجو | Farmaajo, Farmajo, Mohamed Abdullahi Mohamed
  pm 2010-11-01 2011-06-19; pres 2017-02-16 2022-05-23
Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي | SO |  | عمر عبد الرشيد شرماركي | Omar Sharmarke
  pm 2009-02-14 2010-09-21; pm 2014-12-24 2017-03-01
Hassan Ali Khaire | حسن علي خيري | SO |  |  | Hassan Khaire
  pm 2017-03-01 2020-07-25
Mohamed Hussein Roble | محمد حسين روبلي | SO |  |  | Mohamed Roble
  pm 2020-09-18 2022-06-26
Hamza Abdi Barre | حمزة عبدي بري | SO |  |  | Hamza Barre
  pm 2022-06-26 -
Muse Bihi Abdi | موسى بيحي عبدي | SO |  |  | Muse Bihi
  President of Somaliland / رئيس أرض الصومال (صوماليلاند) / 2017-12-13 / 2024-12-12
Abdirahman Mohamed Abdullahi | عبد الرحمن محمد عبد الله عرو | SO |  | عبد الرحمن عرو, عبدالرحمن عرو | Abdirahman Irro
  President of Somaliland / رئيس أرض الصومال (صوماليلاند) / 2024-12-12 / -
Ismail Omar Guelleh | إسماعيل عمر جيله | DJ |  | إسماعيل عمر قيله | Guelleh
  pres 1999-05-08 -
Azali Assoumani | غزالي عثماني | KM |  | عزالي عثماني | Azali
  pres 1999-04-30 2006-05-26; pres 2016-05-26 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Iran
Ali Khamenei | علي خامنئي | IR |  | خامنئي, علي الخامنئي, خامنه إي, علي خامنه إي | Khamenei, Ali Hosseini Khamenei
  pres 1981-10-13 1989-08-03; Supreme Leader of Iran / المرشد الأعلى للثورة الإسلامية في إيران / 1989-06-04 / -
Akbar Hashemi Rafsanjani | أكبر هاشمي رفسنجاني | IR |  | رفسنجاني, علي أكبر هاشمي رفسنجاني, هاشمي رفسنجاني | Rafsanjani
  pres 1989-08-03 1997-08-03; Chairman of the Expediency Discernment Council / رئيس مجمع تشخيص مصلحة النظام / 1989 / 2017-01-08
Mohammad Khatami | محمد خاتمي | IR |  |  |
  pres 1997-08-03 2005-08-03
Mahmoud Ahmadinejad | محمود أحمدي نجاد | IR |  | أحمدي نجاد, محمود احمدي نژاد | Ahmadinejad
  pres 2005-08-03 2013-08-03
Hassan Rouhani | حسن روحاني | IR |  | حسن فريدون روحاني | Rouhani, Hassan Rohani
  Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 1989-10-13 / 2005-08-15; pres 2013-08-03 2021-08-03
Ebrahim Raisi | إبراهيم رئيسي | IR |  | إبراهيم رئيس الساداتي | Raisi, Ebrahim Raeisi
  Chief Justice of Iran / رئيس السلطة القضائية الإيرانية / 2019-03-07 / 2021-07-01; pres 2021-08-03 2024-05-19
Mohammad Mokhber | محمد مخبر | IR |  | محمد مخبر دزفولي | Mokhber
  First Vice President of Iran / النائب الأول للرئيس الإيراني / 2021-08-08 / 2024-07-28; apres 2024-05-20 2024-07-28
Masoud Pezeshkian | مسعود بزشكيان | IR |  | بزشكيان, بيزشكيان, مسعود بيزشكيان, مسعود پزشکیان | Pezeshkian
  pres 2024-07-28 -
Mohammad Reza Aref | محمد رضا عارف | IR |  | محمدرضا عارف | Mohammad Reza Aref
  First Vice President of Iran / النائب الأول للرئيس الإيراني / 2001-08-26 / 2005-08-03; First Vice President of Iran / النائب الأول للرئيس الإيراني / 2024-07-28 / -
Kamal Kharazi | كمال خرازي | IR |  |  | Kamal Kharrazi
  fm 1997-08-20 2005-08-24
Manouchehr Mottaki | منوشهر متكي | IR |  |  | Manouchehr Mottaki
  fm 2005-08-24 2010-12-13
Ali Akbar Salehi | علي أكبر صالحي | IR |  |  | Ali Akbar Salehi
  fm 2011-01-30 2013-08-15; Head of the Atomic Energy Organization of Iran / رئيس منظمة الطاقة الذرية الإيرانية / 2013-08-16 / 2021-08-29
Mohammad Javad Zarif | محمد جواد ظريف | IR |  | جواد ظريف | Javad Zarif, Zarif
  fm 2013-08-15 2021-08-25; Vice President for Strategic Affairs of Iran / نائب الرئيس الإيراني للشؤون الاستراتيجية / 2024-08-01 / 2025-03-02
Hossein Amir-Abdollahian | حسين أمير عبد اللهيان | IR |  | أمير عبد اللهيان, عبد اللهيان, حسين أمير عبداللهيان, عبداللهيان | Amir-Abdollahian, Hossein Amirabdollahian
  fm 2021-08-25 2024-05-19
Ali Bagheri Kani | علي باقري كني | IR |  | علي باقري | Ali Bagheri
  Acting Foreign Minister of Iran / وزير الخارجية الإيراني بالإنابة / 2024-05-20 / 2024-08-21
Abbas Araghchi | عباس عراقجي | IR |  | عراقجي | Araghchi, Abbas Araqchi
  fm 2024-08-21 -
Ali Akbar Velayati | علي أكبر ولايتي | IR |  | ولايتي | Velayati
  fm 1981-12-15 1997-08-20; International Affairs Adviser to the Supreme Leader / مستشار المرشد الإيراني للشؤون الدولية / 1997 / -
Ali Shamkhani | علي شمخاني | IR |  | شمخاني | Shamkhani
  dm 1997-08-20 2005-08-24; Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 2013-09-10 / 2023-05-22
Ahmad Vahidi | أحمد وحيدي | IR |  |  | Ahmad Vahidi
  dm 2009-09-03 2013-08-15; im 2021-08-25 2024-08-21
Hossein Dehghan | حسين دهقان | IR |  |  | Hossein Dehghan
  dm 2013-08-15 2017-08-20
Amir Hatami | أمير حاتمي | IR |  |  | Amir Hatami
  dm 2017-08-20 2021-08-25; Commander-in-Chief of the Army of Iran / القائد العام للجيش الإيراني / 2025-06-13 / -
Mohammad-Reza Ashtiani | محمد رضا آشتياني | IR |  | محمدرضا آشتياني | Mohammad Reza Gharaei Ashtiani
  dm 2021-08-25 2024-08-21
Aziz Nasirzadeh | عزيز نصير زاده | IR |  | عزيز نصيرزاده | Nasirzadeh
  dm 2024-08-21 -
Saeed Jalili | سعيد جليلي | IR |  |  | Saeed Jalili
  Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 2007-10-20 / 2013-09-10
Ali Akbar Ahmadian | علي أكبر أحمديان | IR |  |  | Ali Akbar Ahmadian
  Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 2023-05-22 / 2025-08-05
Ali Larijani | علي لاريجاني | IR |  |  | Ali Larijani
  Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 2005-08-15 / 2007-10-20; Speaker of the Islamic Consultative Assembly / رئيس مجلس الشورى الإسلامي الإيراني / 2008-05-28 / 2020-05-28; Secretary of the Supreme National Security Council of Iran / أمين المجلس الأعلى للأمن القومي الإيراني / 2025-08-05 / -
Mohammad Bagher Ghalibaf | محمد باقر قاليباف | IR |  | قاليباف, محمد باقر قالیباف | Ghalibaf, Qalibaf, Mohammad Bagher Qalibaf
  Mayor of Tehran / عمدة طهران / 2005-09-10 / 2017-08-23; Speaker of the Islamic Consultative Assembly / رئيس مجلس الشورى الإسلامي الإيراني / 2020-05-28 / -
Gholam-Hossein Mohseni-Ejei | غلام حسين محسني إجئي | IR |  | محسني إجئي, غلام حسين محسني اجه اي | Mohseni-Ejei, Mohseni Ejei
  Chief Justice of Iran / رئيس السلطة القضائية الإيرانية / 2021-07-01 / -
Mohammad Eslami | محمد إسلامي | IR |  |  | Mohammad Eslami
  Head of the Atomic Energy Organization of Iran / رئيس منظمة الطاقة الذرية الإيرانية / 2021-08-29 / -
Qasem Soleimani | قاسم سليماني | IR |  | سليماني, قاسم سليمانى | Soleimani, Qassem Soleimani
  Commander of the Quds Force / قائد فيلق القدس في الحرس الثوري الإيراني / 1998 / 2020-01-03
Esmail Qaani | إسماعيل قاآني | IR |  | إسماعيل قاءاني, قاآني | Qaani, Esmail Ghaani
  Commander of the Quds Force / قائد فيلق القدس في الحرس الثوري الإيراني / 2020-01-03 / -
Mohammad Ali Jafari | محمد علي جعفري | IR |  |  | Mohammad Ali Jafari
  Commander-in-Chief of the IRGC / القائد العام للحرس الثوري الإيراني / 2007-09-01 / 2019-04-21
Hossein Salami | حسين سلامي | IR |  |  | Hossein Salami
  Commander-in-Chief of the IRGC / القائد العام للحرس الثوري الإيراني / 2019-04-21 / 2025-06-13
Mohammad Pakpour | محمد باكبور | IR |  | محمد پاکپور, محمد باكبور | Pakpour
  Commander-in-Chief of the IRGC / القائد العام للحرس الثوري الإيراني / 2025-06-13 / -
Mohammad Bagheri | محمد باقري | IR |  |  | Mohammad Hossein Bagheri
  Chief of Staff of the Armed Forces of Iran / رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية / 2016-06-28 / 2025-06-13
Abdolrahim Mousavi | عبد الرحيم موسوي | IR |  | عبدالرحيم موسوي | Abdolrahim Mousavi
  Commander-in-Chief of the Army of Iran / القائد العام للجيش الإيراني / 2017-08-21 / 2025-06-13; Chief of Staff of the Armed Forces of Iran / رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية / 2025-06-13 / -
Nasser Kanaani | ناصر كنعاني | IR |  |  | Nasser Kanani
  fmspk 2022-01 2024-08
Esmaeil Baghaei | إسماعيل بقائي | IR |  | إسماعيل بقائي هامانه | Esmaeil Baqaei, Baghaei
  fmspk 2024-08 -
Mir-Hossein Mousavi | مير حسين موسوي | IR |  |  | Mir Hossein Mousavi
  Iranian opposition (Green Movement) leader / زعيم المعارضة الإيرانية (الحركة الخضراء) / 2009 / -
# ---------------------------------------------------------------- Israel
Ehud Barak | إيهود باراك | IL |  |  | Ehud Barak
  pm 1999-07-06 2001-03-07; dm 2007-06-18 2013-03-18
Ariel Sharon | أرييل شارون | IL |  | أريئيل شارون, آرييل شارون |
  pm 2001-03-07 2006-04-14
Ehud Olmert | إيهود أولمرت | IL |  | أولمرت | Olmert
  pm 2006-04-14 2009-03-31
Benjamin Netanyahu | بنيامين نتنياهو | IL | Q43723 | نتنياهو, نتانياهو, بنيامين نتانياهو, بنيامين نتانيهو, نتانيهو | Netanyahu, Bibi Netanyahu
  pm 1996-06-18 1999-07-06; pm 2009-03-31 2021-06-13; pm 2022-12-29 -
Naftali Bennett | نفتالي بينيت | IL |  | بينيت, نفتالي بينت | Bennett, Naftali Bennet
  dm 2019-11-12 2020-05-17; pm 2021-06-13 2022-06-30
Yair Lapid | يائير لابيد | IL |  | لابيد, يائير لبيد | Lapid
  fm 2021-06-13 2022-12-29; pm 2022-07-01 2022-12-29
Moshe Katsav | موشيه كتساف | IL |  | موشي كتساف | Moshe Katzav
  pres 2000-08-01 2007-07-01
Shimon Peres | شمعون بيريز | IL |  | شيمون بيريز | Peres
  pres 2007-07-15 2014-07-24
Reuven Rivlin | رؤوفين ريفلين | IL |  | ريفلين, رؤوبين ريفلين | Rivlin, Ruvi Rivlin
  pres 2014-07-24 2021-07-07
Isaac Herzog | يتسحاق هرتسوغ | IL |  | إسحاق هرتسوغ, هرتسوغ, إسحق هرتسوغ, يتسحاق هرتسوج | Herzog, Yitzhak Herzog
  pres 2021-07-07 -
Tzipi Livni | تسيبي ليفني | IL |  | ليفني | Livni
  fmf 2006-05-04 2009-03-31
Avigdor Lieberman | أفيغدور ليبرمان | IL |  | ليبرمان, أفيغدور ليبرمان | Lieberman, Avigdor Liberman
  fm 2009-03-31 2012-12-18; fm 2013-11-11 2015-05-14; dm 2016-05-30 2018-11-14
Amir Peretz | عمير بيرتس | IL |  | عمير بيريتس | Amir Peretz
  dm 2006-05-04 2007-06-18
Moshe Ya'alon | موشيه يعالون | IL |  | يعالون, موشي يعلون | Yaalon, Moshe Yaalon
  dm 2013-03-18 2016-05-20
Benny Gantz | بيني غانتس | IL |  | غانتس, بيني جانتس | Gantz
  cgs 2011-02-14 2015-02-16; dm 2020-05-17 2022-12-29
Yoav Gallant | يوآف غالانت | IL |  | غالانت, يوآف جالانت, جالانت | Gallant
  dm 2022-12-29 2024-11-05
Israel Katz | إسرائيل كاتس | IL |  | يسرائيل كاتس, يسرائيل كاتز | Israel Katz
  fm 2019-02-17 2020-05-17; fm 2024-01-01 2024-11-05; dm 2024-11-07 -
Eli Cohen | إيلي كوهين | IL |  |  | Eli Cohen
  fm 2023-01-01 2024-01-01
Gideon Sa'ar | جدعون ساعر | IL |  | ساعر | Gideon Saar, Sa'ar
  fm 2024-11-05 -
Itamar Ben-Gvir | إيتمار بن غفير | IL |  | بن غفير, إيتمار بن جفير, بن جفير | Ben-Gvir, Ben Gvir
  National Security Minister of Israel / وزير الأمن القومي الإسرائيلي / 2022-12-29 / -
Bezalel Smotrich | بتسلئيل سموتريتش | IL |  | سموتريتش, بتسلئيل سموتريش | Smotrich
  Finance Minister of Israel / وزير المالية الإسرائيلي / 2022-12-29 / -
Ron Dermer | رون ديرمر | IL |  | ديرمر | Dermer
  Ambassador of Israel to the United States / سفير إسرائيل لدى الولايات المتحدة / 2013 / 2021; Minister of Strategic Affairs of Israel / وزير الشؤون الاستراتيجية الإسرائيلي / 2022-12-29 / 2025
Gadi Eisenkot | غادي آيزنكوت | IL |  | آيزنكوت, غادي أيزنكوت | Eisenkot
  cgs 2015-02-16 2019-01-15
Aviv Kochavi | أفيف كوخافي | IL |  | كوخافي | Kochavi
  cgs 2019-01-15 2023-01-16
Herzi Halevi | هرتسي هاليفي | IL |  | هاليفي, هرتسي هليفي | Halevi
  cgs 2023-01-16 2025-03-05
Eyal Zamir | إيال زامير | IL |  |  |
  cgs 2025-03-05 -
Yossi Cohen | يوسي كوهين | IL |  |  | Yossi Cohen
  Director of the Mossad / رئيس جهاز الموساد / 2016-01-06 / 2021-06-01
David Barnea | ديفيد برنياع | IL |  | برنياع, دافيد برنياع | Barnea
  Director of the Mossad / رئيس جهاز الموساد / 2021-06-01 / -
Ronen Bar | رونين بار | IL |  |  | Ronen Bar
  Director of the Shin Bet / رئيس جهاز الأمن العام (الشاباك) / 2021-10-13 / 2025-06-15
Avichay Adraee | أفيخاي أدرعي | IL |  | أدرعي, افيخاي ادرعي | Adraee, Avichay Adraee
  Arabic-language spokesman of the Israeli army / المتحدث باسم الجيش الإسرائيلي للإعلام العربي / 2005 / -
Daniel Hagari | دانيال هاغاري | IL |  | هاغاري, دانيال هجاري | Hagari
  Israeli army spokesman / المتحدث باسم الجيش الإسرائيلي / 2023-03 / 2025-03
Amir Ohana | أمير أوحانا | IL |  | أوحانا | Ohana
  Speaker of the Knesset / رئيس الكنيست / 2022-12-29 / -
# ---------------------------------------------------------------- Turkey
Ahmet Necdet Sezer | أحمد نجدت سيزر | TR |  | نجدت سيزر | Sezer
  pres 2000-05-16 2007-08-28
Bülent Ecevit | بولنت أجاويد | TR |  | أجاويد | Ecevit, Bulent Ecevit
  pm 1999-01-11 2002-11-18
Abdullah Gül | عبد الله غول | TR |  | عبد الله غل, عبدالله غل, عبدالله غول, عبد الله جول | Abdullah Gul, Gül
  pm 2002-11-18 2003-03-14; fm 2003-03-14 2007-08-28; pres 2007-08-28 2014-08-28
Recep Tayyip Erdoğan | رجب طيب أردوغان | TR | Q39259 | أردوغان, رجب طيب إردوغان, رجب أردوغان, طيب أردوغان | Erdogan, Erdoğan, Recep Tayyip Erdogan, Tayyip Erdogan
  Mayor of Istanbul / رئيس بلدية إسطنبول / 1994-03-27 / 1998-11-06; pm 2003-03-14 2014-08-28; pres 2014-08-28 -
Ahmet Davutoğlu | أحمد داود أوغلو | TR |  | داود أوغلو, أحمد داوود أوغلو, داوود أوغلو | Davutoglu, Ahmet Davutoglu
  fm 2009-05-01 2014-08-29; pm 2014-08-28 2016-05-24
Binali Yıldırım | بن علي يلدريم | TR |  | بن علي يلدرم, يلدريم | Yildirim, Binali Yildirim
  pm 2016-05-24 2018-07-09; Speaker of the Grand National Assembly of Turkey / رئيس البرلمان التركي / 2018-07-12 / 2019-02-18
Ali Babacan | علي باباجان | TR |  | باباجان | Babacan
  fm 2007-08-29 2009-05-01
Mevlüt Çavuşoğlu | مولود جاويش أوغلو | TR |  | جاويش أوغلو, مولود تشاووش أوغلو, تشاووش أوغلو, جاووش أوغلو, مولود تشاوش أوغلو, تشاوش أوغلو | Cavusoglu, Mevlut Cavusoglu
  fm 2014-08-29 2023-06-04
Hakan Fidan | هاكان فيدان | TR |  | فيدان | Fidan
  Director of the National Intelligence Organization of Turkey / رئيس جهاز الاستخبارات التركي / 2010-05-27 / 2023-06-04; fm 2023-06-04 -
İbrahim Kalın | إبراهيم كالن | TR |  | كالن, إبراهيم قالن | Kalin, Ibrahim Kalin
  Spokesperson for the Presidency of Turkey / المتحدث باسم الرئاسة التركية / 2014-12-12 / 2023-06-05; Director of the National Intelligence Organization of Turkey / رئيس جهاز الاستخبارات التركي / 2023-06-05 / -
Hulusi Akar | خلوصي أكار | TR |  | أكار, هولوسي أكار | Akar
  cgs 2015-08-18 2018-07-10; dm 2018-07-10 2023-06-04
Yaşar Güler | يشار غولر | TR |  | يشار جولر, ياشار غولر | Yasar Guler
  cgs 2018-07-10 2023-06-04; dm 2023-06-04 -
Süleyman Soylu | سليمان صويلو | TR |  | صويلو, سليمان سويلو | Soylu, Suleyman Soylu
  im 2016-08-31 2023-06-04
Fuat Oktay | فؤاد أوقطاي | TR |  | أوقطاي | Fuat Oktay
  vp 2018-07-10 2023-06-04
Cevdet Yılmaz | جودت يلماز | TR |  |  | Cevdet Yilmaz
  vp 2023-06-04 -
Numan Kurtulmuş | نعمان كورتولموش | TR |  | كورتولموش | Kurtulmus, Numan Kurtulmus
  Speaker of the Grand National Assembly of Turkey / رئيس البرلمان التركي / 2023-06-07 / -
Devlet Bahçeli | دولت بهجلي | TR |  | بهجلي, دولت باهجلي | Bahceli, Devlet Bahceli
  Leader of the Nationalist Movement Party / زعيم حزب الحركة القومية التركي / 1997-07-06 / -
Kemal Kılıçdaroğlu | كمال كليتشدار أوغلو | TR |  | كليتشدار أوغلو, كيليتشدار أوغلو, كمال كيليتشدار أوغلو, كمال قليجدار أوغلو | Kilicdaroglu, Kemal Kilicdaroglu
  Leader of the Republican People's Party / زعيم حزب الشعب الجمهوري التركي / 2010-05-22 / 2023-11-05
Özgür Özel | أوزغور أوزيل | TR |  | أوزغور أوزال | Ozgur Ozel
  Leader of the Republican People's Party / زعيم حزب الشعب الجمهوري التركي / 2023-11-05 / -
Ekrem İmamoğlu | أكرم إمام أوغلو | TR |  | إمام أوغلو | Imamoglu, Ekrem Imamoglu
  Mayor of Istanbul / رئيس بلدية إسطنبول / 2019-06-27 / 2025-03-23
Abdullah Öcalan | عبد الله أوجلان | TR |  | عبدالله أوجلان, أوجلان | Ocalan, Abdullah Ocalan
  Founder and leader of the PKK / مؤسس حزب العمال الكردستاني وزعيمه / 1978 / -
Fethullah Gülen | فتح الله غولن | TR |  | غولن, فتح الله كولن | Gulen, Fethullah Gulen
  Leader of the Gülen movement / زعيم حركة الخدمة (غولن) / 1970 / 2024-10-20
# ---------------------------------------------------------------- Afghanistan
Mullah Omar | الملا محمد عمر | AF |  | الملا عمر, ملا عمر, الملا محمد عمر مجاهد | Mullah Mohammed Omar
  Supreme Leader of the Taliban (Islamic Emirate of Afghanistan) / زعيم حركة طالبان (أمير الإمارة الإسلامية في أفغانستان) / 1996-04-04 / 2013-04-23
Akhtar Mansour | أختر منصور | AF |  | أختر محمد منصور | Akhtar Mohammad Mansour
  Supreme Leader of the Taliban / زعيم حركة طالبان / 2015-07-29 / 2016-05-21
Hibatullah Akhundzada | هبة الله آخوند زاده | AF |  | هبة الله أخوندزاده, هيبة الله أخوندزاده, هبة الله آخندزاده, آخوند زاده, هبة الله أخوند زاده | Akhundzada, Haibatullah Akhundzada
  Supreme Leader of the Taliban (Islamic Emirate of Afghanistan) / زعيم حركة طالبان (أمير الإمارة الإسلامية في أفغانستان) / 2016-05-25 / -
Hamid Karzai | حامد كرزاي | AF |  | كرزاي | Karzai
  pres 2001-12-22 2014-09-29
Ashraf Ghani | أشرف غني | AF |  | أشرف غني أحمد زي | Ashraf Ghani Ahmadzai
  pres 2014-09-29 2021-08-15
Abdullah Abdullah | عبد الله عبد الله | AF |  | عبدالله عبدالله | Abdullah Abdullah
  fm 2001-12-22 2006-03-20; Chief Executive of Afghanistan / الرئيس التنفيذي لأفغانستان / 2014-09-29 / 2020-03-09; Chairman of the High Council for National Reconciliation / رئيس المجلس الأعلى للمصالحة الوطنية الأفغانية / 2020-05-17 / 2021-08-15
Mohammad Hassan Akhund | محمد حسن آخوند | AF |  | محمد حسن أخوند | Mohammad Hasan Akhund
  Prime Minister of the Taliban government / رئيس وزراء حكومة طالبان / 2021-09-07 / -
Abdul Ghani Baradar | عبد الغني برادر | AF |  | عبدالغني برادر, برادر | Baradar
  Deputy Prime Minister of the Taliban government / نائب رئيس وزراء حكومة طالبان / 2021-09-07 / -
Amir Khan Muttaqi | أمير خان متقي | AF |  |  | Muttaqi, Amir Khan Motaqi
  Foreign Minister of the Taliban government / وزير خارجية حكومة طالبان / 2021-09-07 / -
Sirajuddin Haqqani | سراج الدين حقاني | AF |  |  | Sirajuddin Haqqani
  Interior Minister of the Taliban government / وزير داخلية حكومة طالبان / 2021-09-07 / -
Mohammad Yaqoob | محمد يعقوب مجاهد | AF |  | محمد يعقوب عمر | Mohammad Yaqoob Mujahid
  Defence Minister of the Taliban government / وزير دفاع حكومة طالبان / 2021-09-07 / -
Zabihullah Mujahid | ذبيح الله مجاهد | AF |  |  | Zabiullah Mujahid
  Spokesman of the Taliban / المتحدث باسم حركة طالبان / 2007 / -
Suhail Shaheen | سهيل شاهين | AF |  |  | Suhail Shaheen
  Head of the Taliban political office in Doha / رئيس المكتب السياسي لحركة طالبان في الدوحة / 2021 / -
# ---------------------------------------------------------------- Pakistan
Pervez Musharraf | برويز مشرف | PK |  | بيرفيز مشرف | Musharraf, Parvez Musharraf
  Chief Executive of Pakistan / الرئيس التنفيذي لباكستان / 1999-10-12 / 2002-11-21; pres 2001-06-20 2008-08-18
Asif Ali Zardari | آصف علي زرداري | PK |  | آصف زرداري | Asif Zardari
  pres 2008-09-09 2013-09-09; pres 2024-03-10 -
Mamnoon Hussain | ممنون حسين | PK |  |  | Mamnoon Hussain
  pres 2013-09-09 2018-09-09
Arif Alvi | عارف علوي | PK |  |  | Arif Alvi
  pres 2018-09-09 2024-03-10
Benazir Bhutto | بينظير بوتو | PK |  | بي نظير بوتو, بنازير بوتو | Benazir Bhutto
  pmf 1988-12-02 1990-08-06; pmf 1993-10-19 1996-11-05
Bilawal Bhutto Zardari | بلاول بوتو زرداري | PK |  | بيلاول بوتو زرداري, بلاول بوتو | Bilawal Bhutto
  fm 2022-04-27 2023-08-10
Zafarullah Khan Jamali | ظفر الله خان جمالي | PK |  | مير ظفر الله خان جمالي | Zafarullah Jamali
  pm 2002-11-23 2004-06-26
Shaukat Aziz | شوكت عزيز | PK |  |  | Shaukat Aziz
  pm 2004-08-28 2007-11-16
Yousaf Raza Gillani | يوسف رضا جيلاني | PK |  | يوسف رضا كيلاني | Yousuf Raza Gilani
  pm 2008-03-25 2012-06-19
Raja Pervaiz Ashraf | راجا برويز أشرف | PK |  |  | Raja Pervez Ashraf
  pm 2012-06-22 2013-03-25
Nawaz Sharif | نواز شريف | PK |  | محمد نواز شريف | Nawaz Sharif, Mian Nawaz Sharif
  pm 1997-02-17 1999-10-12; pm 2013-06-05 2017-07-28
Shahid Khaqan Abbasi | شاهد خاقان عباسي | PK |  |  | Shahid Khaqan Abbasi
  pm 2017-08-01 2018-05-31
Imran Khan | عمران خان | PK |  |  | Imran Khan
  pm 2018-08-18 2022-04-10
Shehbaz Sharif | شهباز شريف | PK |  | محمد شهباز شريف, شاهباز شريف | Shehbaz Sharif, Shahbaz Sharif
  pm 2022-04-11 2023-08-14; pm 2024-03-04 -
Anwaar-ul-Haq Kakar | أنوار الحق كاكار | PK |  | أنوار الحق كاكر | Anwaar ul Haq Kakar
  pm 2023-08-14 2024-03-04
Shah Mehmood Qureshi | شاه محمود قريشي | PK |  | شاه محمود قرشي | Shah Mahmood Qureshi
  fm 2008-03-31 2011-02-11; fm 2018-08-20 2022-04-10
Ishaq Dar | إسحاق دار | PK |  |  | Ishaq Dar
  Deputy Prime Minister of Pakistan / نائب رئيس الوزراء الباكستاني / 2024-04-28 / -; fm 2024-03-11 -
Khawaja Asif | خواجة آصف | PK |  | خواجه محمد آصف | Khawaja Muhammad Asif
  dm 2024-03-11 -
Ashfaq Parvez Kayani | أشفاق برويز كياني | PK |  | أشفاق كياني | Ashfaq Kayani
  Chief of Army Staff of Pakistan / قائد الجيش الباكستاني / 2007-11-29 / 2013-11-29
Raheel Sharif | راحيل شريف | PK |  |  | Raheel Sharif
  Chief of Army Staff of Pakistan / قائد الجيش الباكستاني / 2013-11-29 / 2016-11-29
Qamar Javed Bajwa | قمر جاويد باجوا | PK |  | باجوا | Bajwa, Qamar Bajwa
  Chief of Army Staff of Pakistan / قائد الجيش الباكستاني / 2016-11-29 / 2022-11-29
Asim Munir | عاصم منير | PK |  |  | Asim Munir, Syed Asim Munir
  Chief of Army Staff of Pakistan / قائد الجيش الباكستاني / 2022-11-29 / -; Chief of Defence Forces of Pakistan / قائد قوات الدفاع الباكستانية / 2025-12 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- India
K. R. Narayanan | كوتشيريل رامان نارايانان | IN |  | ك. ر. نارايانان | Narayanan
  pres 1997-07-25 2002-07-25
A. P. J. Abdul Kalam | عبد الكلام | IN |  | أبو بكر زين العابدين عبد الكلام | Abdul Kalam, APJ Abdul Kalam
  pres 2002-07-25 2007-07-25
Pratibha Patil | براتيبها باتيل | IN |  | براتيبا باتيل | Pratibha Patil
  presf 2007-07-25 2012-07-25
Pranab Mukherjee | براناب موخيرجي | IN |  | براناب موكرجي | Pranab Mukherjee
  pres 2012-07-25 2017-07-25
Ram Nath Kovind | رام ناث كوفيند | IN |  | رام نات كوفيند | Kovind
  pres 2017-07-25 2022-07-25
Droupadi Murmu | دروبادي مورمو | IN |  | دروبادي مرمو | Murmu
  presf 2022-07-25 -
Atal Bihari Vajpayee | أتال بيهاري فاجبايي | IN |  | فاجبايي | Vajpayee
  pm 1998-03-19 2004-05-22
Manmohan Singh | مانموهان سينغ | IN |  | مانموهان سينج | Manmohan Singh
  pm 2004-05-22 2014-05-26
Narendra Modi | ناريندرا مودي | IN | Q1058 | مودي, نارندرا مودي, ناريندرا مودى | Modi
  Chief Minister of Gujarat / رئيس وزراء ولاية غوجارات / 2001-10-07 / 2014-05-22; pm 2014-05-26 -
Sushma Swaraj | سوشما سواراج | IN |  |  | Sushma Swaraj
  fmf 2014-05-26 2019-05-30
Subrahmanyam Jaishankar | سوبرامانيام جايشانكار | IN |  | جايشانكار, سوبراهمانيام جايشانكار, إس جايشانكار | Jaishankar, S. Jaishankar
  fm 2019-05-30 -
Rajnath Singh | راجناث سينغ | IN |  | راجنات سينغ, راجناث سينج | Rajnath Singh
  im 2014-05-26 2019-05-30; dm 2019-05-30 -
Ajit Doval | أجيت دوفال | IN |  |  | Ajit Doval
  National Security Advisor of India / مستشار الأمن القومي الهندي / 2014-05-30 / -
Sonia Gandhi | سونيا غاندي | IN |  |  | Sonia Gandhi
  President of the Indian National Congress / رئيسة حزب المؤتمر الوطني الهندي / 1998-03-14 / 2017-12-16
Rahul Gandhi | راهول غاندي | IN |  | راؤول غاندي, راوول غاندي | Rahul Gandhi
  President of the Indian National Congress / رئيس حزب المؤتمر الوطني الهندي / 2017-12-16 / 2019-08-10; Leader of the Opposition in the Lok Sabha / زعيم المعارضة في مجلس النواب الهندي / 2024-06-09 / -
# ---------------------------------------------------------------- Japan
Akihito | أكيهيتو | JP |  |  |
  Emperor of Japan / إمبراطور اليابان / 1989-01-07 / 2019-04-30
Naruhito | ناروهيتو | JP |  |  |
  Emperor of Japan / إمبراطور اليابان / 2019-05-01 / -
Yoshirō Mori | يوشيرو موري | JP |  |  | Yoshiro Mori
  pm 2000-04-05 2001-04-26
Junichiro Koizumi | جونيتشيرو كويزومي | JP |  | كويزومي | Koizumi
  pm 2001-04-26 2006-09-26
Shinzo Abe | شينزو آبي | JP |  | شينزو أبي | Shinzo Abe
  pm 2006-09-26 2007-09-26; pm 2012-12-26 2020-09-16
Yasuo Fukuda | ياسو فوكودا | JP |  | ياسوو فوكودا | Yasuo Fukuda
  pm 2007-09-26 2008-09-24
Tarō Asō | تارو آسو | JP |  | تارو أسو | Taro Aso
  pm 2008-09-24 2009-09-16
Yukio Hatoyama | يوكيو هاتوياما | JP |  | هاتوياما | Hatoyama
  pm 2009-09-16 2010-06-08
Naoto Kan | ناوتو كان | JP |  |  | Naoto Kan
  pm 2010-06-08 2011-09-02
Yoshihiko Noda | يوشيهيكو نودا | JP |  |  | Yoshihiko Noda
  pm 2011-09-02 2012-12-26
Yoshihide Suga | يوشيهيدي سوغا | JP |  | يوشيهيدي سوجا | Yoshihide Suga
  pm 2020-09-16 2021-10-04
Fumio Kishida | فوميو كيشيدا | JP |  | كيشيدا | Kishida
  fm 2012-12-26 2017-08-03; pm 2021-10-04 2024-10-01
Shigeru Ishiba | شيغيرو إيشيبا | JP |  | إيشيبا, شيجيرو إيشيبا | Ishiba
  pm 2024-10-01 2025-10-21
Sanae Takaichi | ساناي تاكايتشي | JP |  | تاكايتشي, ساناي تاكاييتشي | Takaichi
  pmf 2025-10-21 -
Taro Kono | تارو كونو | JP |  |  | Taro Kono
  fm 2017-08-03 2019-09-11
Toshimitsu Motegi | توشيميتسو موتيغي | JP |  | موتيغي, توشيميتسو موتيجي | Motegi
  fm 2019-09-11 2021-11-04; fm 2025-10-21 -
Yoshimasa Hayashi | يوشيماسا هاياشي | JP |  | هاياشي | Hayashi
  fm 2021-11-10 2023-09-13; Chief Cabinet Secretary of Japan / كبير أمناء مجلس الوزراء الياباني / 2023-12-14 / 2025-10-21
Yoko Kamikawa | يوكو كاميكاوا | JP |  | كاميكاوا | Kamikawa
  fmf 2023-09-13 2024-10-01
Takeshi Iwaya | تاكيشي إيوايا | JP |  | إيوايا | Iwaya
  fm 2024-10-01 2025-10-21
# ---------------------------------------------------------------- South Korea
Kim Dae-jung | كيم داي جونغ | KR |  | كيم دي جونغ | Kim Dae-jung
  pres 1998-02-25 2003-02-24
Roh Moo-hyun | روه مو هيون | KR |  | رو مو هيون, روه مو-هيون | Roh Moo-hyun
  pres 2003-02-25 2008-02-24
Lee Myung-bak | لي ميونغ باك | KR |  | لي ميونغ-باك, لي ميونج باك | Lee Myung-bak
  pres 2008-02-25 2013-02-24
Park Geun-hye | بارك غيون هيه | KR |  | بارك كون هيه, بارك غيون هاي, بارك جيون هاي, بارك كون هي, بارك جون هاي | Park Geun-hye
  presf 2013-02-25 2017-03-10
Moon Jae-in | مون جاي إن | KR |  | مون جاي-إن, مون جيه إن, مون جاي ان | Moon Jae-in
  pres 2017-05-10 2022-05-09
Yoon Suk Yeol | يون سوك يول | KR |  | يون سوك-يول, يون سيوك يول, يون سوك يئول | Yoon Suk-yeol, Yoon Seok-youl
  pres 2022-05-10 2025-04-04
Han Duck-soo | هان دوك سو | KR |  | هان دوك-سو | Han Duck-soo
  pm 2007-04-02 2008-02-28; pm 2022-05-21 2025-05-01; apres 2024-12-14 2024-12-27; apres 2025-03-24 2025-05-01
Choi Sang-mok | تشوي سانغ موك | KR |  | تشوي سانغ-موك | Choi Sang-mok
  apres 2024-12-27 2025-03-24
Lee Jae-myung | لي جاي ميونغ | KR |  | لي جاي-ميونغ, لي جيه ميونغ, لي جاي ميونج, لي جيه-ميونغ | Lee Jae-myung
  pres 2025-06-04 -
Kim Min-seok | كيم مين سوك | KR |  | كيم مين-سوك | Kim Min-seok
  pm 2025-07-03 -
Kang Kyung-wha | كانغ كيونغ وا | KR |  | كانغ كيونغ-وا, كانغ كيونغ هوا | Kang Kyung-wha
  fmf 2017-06-18 2021-02-08
Chung Eui-yong | تشونغ أوي يونغ | KR |  | تشونغ إيوي يونغ, تشونغ إيوي-يونغ | Chung Eui-yong
  fm 2021-02-09 2022-05-11
Park Jin | بارك جين | KR |  |  | Park Jin
  fm 2022-05-12 2024-01-10
Cho Tae-yul | تشو تاي يول | KR |  | تشو تاي-يول | Cho Tae-yul
  fm 2024-01-10 2025-06
Cho Hyun | تشو هيون | KR |  |  | Cho Hyun
  fm 2025-07 -
# ---------------------------------------------------------------- North Korea
Kim Jong Il | كيم جونغ إيل | KP |  | كيم جونغ-إيل, كيم يونغ إيل, كيم جونج إيل, كيم يونغ-إيل, كيم جونغ ايل | Kim Jong-il
  Supreme Leader of North Korea / الزعيم الأعلى لكوريا الشمالية / 1994-07-08 / 2011-12-17
Kim Jong Un | كيم جونغ أون | KP | Q56226 | كيم جونغ-أون, كيم يونغ أون, كيم يونغ-أون, كيم جونج أون, كيم يونج أون, كيم جونغ اون | Kim Jong-un, Kim Jong-Un
  Supreme Leader of North Korea / الزعيم الأعلى لكوريا الشمالية / 2011-12-17 / -; President of the State Affairs Commission of North Korea / رئيس لجنة شؤون الدولة في كوريا الشمالية / 2016-06-29 / -; General Secretary of the Workers' Party of Korea / الأمين العام لحزب العمال الكوري / 2021-01-10 / -
Kim Yo Jong | كيم يو جونغ | KP |  | كيم يو-جونغ, كيم يو جونج, كيم يو يونغ, كيم يو-يونغ | Kim Yo-jong
  Vice Department Director of the Central Committee of the Workers' Party of Korea / نائبة مدير إدارة في اللجنة المركزية لحزب العمال الكوري / 2014 / -
Kim Yong Chol | كيم يونغ تشول | KP |  | كيم يونغ-تشول, كيم يونغ شول, كيم يونج تشول | Kim Yong-chol
  Director of the Reconnaissance General Bureau / مدير المكتب العام للاستطلاع في كوريا الشمالية / 2009 / 2016; Director of the United Front Department / رئيس إدارة الجبهة المتحدة في حزب العمال الكوري / 2016 / 2019
Kim Yong Nam | كيم يونغ نام | KP |  | كيم يونغ-نام, كيم يونج نام | Kim Yong-nam
  President of the Presidium of the Supreme People's Assembly / رئيس هيئة رئاسة مجلس الشعب الأعلى في كوريا الشمالية / 1998-09-05 / 2019-04-11
Choe Ryong-hae | تشوي ريونغ هاي | KP |  | تشوي ريونغ-هاي, تشوي ريونج هاي | Choe Ryong-hae, Choe Ryong Hae
  President of the Standing Committee of the Supreme People's Assembly / رئيس اللجنة الدائمة لمجلس الشعب الأعلى في كوريا الشمالية / 2019-04-11 / -
Pak Pong-ju | باك بونغ جو | KP |  | باك بونغ-جو | Pak Pong-ju
  Premier of North Korea / رئيس وزراء كوريا الشمالية / 2003-09-03 / 2007-04-11; Premier of North Korea / رئيس وزراء كوريا الشمالية / 2013-04-01 / 2019-04-11
Ri Yong-ho | ري يونغ هو | KP |  | ري يونغ-هو | Ri Yong-ho
  fm 2016-05-09 2020-01
Ri Son-gwon | ري سون غوون | KP |  | ري سون-غوون, ري سون كوون | Ri Son-gwon
  fm 2020-01 2022-06-11
Choe Son-hui | تشوي سون هوي | KP |  | تشوي سون-هوي, تشوي سون هي | Choe Son-hui
  fmf 2022-06-11 -
# ---------------------------------------------------------------- Myanmar
Than Shwe | ثان شوي | MM |  | تان شوي | Than Shwe
  Chairman of the State Peace and Development Council / رئيس مجلس الدولة للسلام والتنمية في ميانمار / 1992-04-23 / 2011-03-30
Thein Sein | ثين سين | MM |  | تين سين | Thein Sein
  pres 2011-03-30 2016-03-30
Htin Kyaw | هتين كياو | MM |  | تين كياو | Htin Kyaw
  pres 2016-03-30 2018-03-21
Win Myint | وين مينت | MM |  |  | Win Myint
  pres 2018-03-30 2021-02-01
Aung San Suu Kyi | أونغ سان سو تشي | MM |  | أون سان سو تشي, سو تشي, أونغ سان سوتشي, اونغ سان سو كي | Suu Kyi
  State Counsellor of Myanmar / مستشارة الدولة في ميانمار / 2016-04-06 / 2021-02-01
Min Aung Hlaing | مين أونغ هلاينغ | MM |  | مين أونج هلاينج, مين أونغ لاينغ | Min Aung Hlaing
  Commander-in-Chief of Defence Services of Myanmar / القائد العام للقوات المسلحة في ميانمار / 2011-03-30 / -; Chairman of the State Administration Council / رئيس مجلس إدارة الدولة في ميانمار / 2021-02-02 / 2025-07-31; apres 2024-07-22 -
Myint Swe | مينت سوي | MM |  |  | Myint Swe
  apres 2021-02-01 2024-07-22
# ---------------------------------------------------------------- Southeast and East Asia
Susilo Bambang Yudhoyono | سوسيلو بامبانغ يودويونو | ID |  | يودويونو | Yudhoyono, SBY
  pres 2004-10-20 2014-10-20
Megawati Sukarnoputri | ميغاواتي سوكارنوبوتري | ID |  | ميجاواتي سوكارنوبوتري | Megawati
  presf 2001-07-23 2004-10-20
Abdurrahman Wahid | عبد الرحمن واحد | ID |  | عبدالرحمن واحد | Gus Dur
  pres 1999-10-20 2001-07-23
Joko Widodo | جوكو ويدودو | ID |  | ويدودو, جوكوي | Jokowi, Widodo
  pres 2014-10-20 2024-10-20
Prabowo Subianto | برابوو سوبيانتو | ID |  | برابوو, سوبيانتو, برابو سوبيانتو | Prabowo
  dm 2019-10-23 2024-10-20; pres 2024-10-20 -
Retno Marsudi | ريتنو مارسودي | ID |  |  | Retno Marsudi
  fmf 2014-10-27 2024-10-20
Mahathir Mohamad | مهاتير محمد | MY |  | مهاتير | Mahathir
  pm 1981-07-16 2003-10-31; pm 2018-05-10 2020-02-24
Abdullah Ahmad Badawi | عبد الله أحمد بدوي | MY |  | عبدالله بدوي | Abdullah Badawi
  pm 2003-10-31 2009-04-03
Najib Razak | نجيب عبد الرزاق | MY |  | نجيب رزاق | Najib Razak
  pm 2009-04-03 2018-05-10
Muhyiddin Yassin | محيي الدين ياسين | MY |  |  | Muhyiddin Yassin
  pm 2020-03-01 2021-08-16
Ismail Sabri Yaakob | إسماعيل صبري يعقوب | MY |  |  | Ismail Sabri
  pm 2021-08-21 2022-11-24
Anwar Ibrahim | أنور إبراهيم | MY |  |  | Anwar Ibrahim
  pm 2022-11-24 -
Rodrigo Duterte | رودريغو دوتيرتي | PH |  | دوتيرتي, رودريجو دوتيرتي | Duterte
  pres 2016-06-30 2022-06-30
Ferdinand Marcos Jr. | فرديناند ماركوس جونيور | PH |  | فرديناند ماركوس الابن, بونغبونغ ماركوس | Bongbong Marcos
  pres 2022-06-30 -
Lee Hsien Loong | لي هسين لونغ | SG |  | لي سين لونغ | Lee Hsien Loong
  pm 2004-08-12 2024-05-15
Lawrence Wong | لورانس وونغ | SG |  |  | Lawrence Wong
  pm 2024-05-15 -
Tsai Ing-wen | تساي إنغ ون | TW |  | تساي إنج ون, تساي إينغ وين | Tsai Ing-wen
  President of Taiwan / رئيسة تايوان / 2016-05-20 / 2024-05-20
Lai Ching-te | لاي تشينغ تي | TW |  | لاي تشينغ-تي, وليام لاي | William Lai, Lai Ching-te
  President of Taiwan / رئيس تايوان / 2024-05-20 / -
Nguyen Phu Trong | نغوين فو ترونغ | VN |  | نجوين فو ترونج | Nguyen Phu Trong
  General Secretary of the Communist Party of Vietnam / الأمين العام للحزب الشيوعي الفيتنامي / 2011-01-19 / 2024-07-19
To Lam | تو لام | VN |  |  | To Lam
  pres 2024-05-22 2024-10-21; General Secretary of the Communist Party of Vietnam / الأمين العام للحزب الشيوعي الفيتنامي / 2024-08-03 / -
Hun Sen | هون سين | KH |  |  | Hun Sen
  pm 1985-01-14 2023-08-22
Hun Manet | هون مانيه | KH |  |  | Hun Manet
  pm 2023-08-22 -
Prayut Chan-o-cha | برايوت تشان أو تشا | TH |  | برايوت | Prayut, Prayuth Chan-ocha
  pm 2014-08-24 2023-08-22
Thaksin Shinawatra | تاكسين شيناواترا | TH |  |  | Thaksin
  pm 2001-02-09 2006-09-19
Paetongtarn Shinawatra | بايتونغتارن شيناواترا | TH |  |  | Paetongtarn
  pmf 2024-08-16 2025-08-29
Anutin Charnvirakul | أنوتين تشارنفيراكول | TH |  |  | Anutin
  pm 2025-09-07 -
# ---------------------------------------------------------------- South Asia and Central Asia
Sheikh Hasina | الشيخة حسينة | BD |  | حسينة واجد, الشيخة حسينة واجد | Hasina Wajed
  pmf 1996-06-23 2001-07-15; pmf 2009-01-06 2024-08-05
Muhammad Yunus | محمد يونس | BD |  |  | Muhammad Yunus
  Chief Adviser of the interim government of Bangladesh / كبير مستشاري الحكومة المؤقتة في بنغلاديش / 2024-08-08 / -
Khaleda Zia | خالدة ضياء | BD |  |  | Khaleda Zia
  pmf 1991-03-20 1996-03-30; pmf 2001-10-10 2006-10-29
Mahinda Rajapaksa | ماهيندا راجاباكسا | LK |  |  | Mahinda Rajapaksa
  pres 2005-11-19 2015-01-09
Gotabaya Rajapaksa | غوتابايا راجاباكسا | LK |  |  | Gotabaya Rajapaksa
  pres 2019-11-18 2022-07-14
Anura Kumara Dissanayake | أنورا كومارا ديساناياكا | LK |  |  | Anura Kumara Dissanayake
  pres 2024-09-23 -
Nursultan Nazarbayev | نور سلطان نزارباييف | KZ |  | نزارباييف, نور سلطان نزاربايف | Nazarbayev
  pres 1990-04-24 2019-03-20
Kassym-Jomart Tokayev | قاسم جومارت توكاييف | KZ |  | توكاييف, قاسم جومرت توكاييف | Tokayev
  pres 2019-03-20 -
Islam Karimov | إسلام كريموف | UZ |  | كريموف | Karimov
  pres 1990-03-24 2016-09-02
Shavkat Mirziyoyev | شوكت ميرضيائيف | UZ |  | شوكت ميرزيوييف, ميرضيائيف | Mirziyoyev
  pres 2016-09-08 -
Emomali Rahmon | إمام علي رحمن | TJ |  | إمام علي رحمانوف | Rahmon
  pres 1994-11-16 -
Ilham Aliyev | إلهام علييف | AZ |  | علييف, إلهام عالييف | Aliyev
  pres 2003-10-31 -
Nikol Pashinyan | نيكول باشينيان | AM |  | باشينيان | Pashinyan
  pm 2018-05-08 -
Serdar Berdimuhamedow | سردار بردي محمدوف | TM |  |  | Serdar Berdimuhamedov
  pres 2022-03-19 -
Sadyr Japarov | صدر جباروف | KG |  | صادر جاباروف | Japarov
  pres 2021-01-28 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Ukraine
Leonid Kuchma | ليونيد كوتشما | UA |  | كوتشما | Kuchma
  pres 1994-07-19 2005-01-23
Viktor Yushchenko | فيكتور يوشتشينكو | UA |  | يوشتشينكو, فيكتور يوشينكو | Yushchenko
  pm 1999-12-22 2001-05-29; pres 2005-01-23 2010-02-25
Viktor Yanukovych | فيكتور يانوكوفيتش | UA |  | يانوكوفيتش | Yanukovych
  pm 2002-11-21 2005-01-05; pm 2006-08-04 2007-12-18; pres 2010-02-25 2014-02-22
Yulia Tymoshenko | يوليا تيموشينكو | UA |  | تيموشينكو | Tymoshenko
  pmf 2005-01-24 2005-09-08; pmf 2007-12-18 2010-03-04
Oleksandr Turchynov | أولكسندر تورتشينوف | UA |  | ألكسندر تورتشينوف, تورتشينوف | Turchynov
  apres 2014-02-23 2014-06-07
Arseniy Yatsenyuk | أرسيني ياتسينيوك | UA |  | ياتسينيوك | Yatsenyuk
  pm 2014-02-27 2016-04-14
Petro Poroshenko | بيترو بوروشينكو | UA |  | بوروشينكو, بترو بوروشينكو | Poroshenko
  pres 2014-06-07 2019-05-20
Volodymyr Groysman | فولوديمير غرويسمان | UA |  | غرويسمان | Groysman
  pm 2016-04-14 2019-08-29
Volodymyr Zelenskyy | فولوديمير زيلينسكي | UA | Q3874799 | زيلينسكي, زيلنسكي, فولوديمير زيلنسكي, فلاديمير زيلينسكي, فولوديمير زيلينسكى, فلوديمير زيلينسكي | Zelensky, Zelenskyy, Volodymyr Zelensky, Zelenskiy
  pres 2019-05-20 -
Denys Shmyhal | دينيس شميهال | UA |  | شميهال, دنيس شميغال | Shmyhal
  pm 2020-03-04 2025-07-17; dm 2025-07-17 -
Yulia Svyrydenko | يوليا سفيريدينكو | UA |  | سفيريدينكو | Svyrydenko
  pmf 2025-07-17 -
Pavlo Klimkin | بافلو كليمكين | UA |  | كليمكين | Klimkin
  fm 2014-06-19 2019-08-29
Dmytro Kuleba | دميترو كوليبا | UA |  | كوليبا, ديميترو كوليبا | Kuleba
  fm 2020-03-04 2024-09-05
Andrii Sybiha | أندريه سيبيها | UA |  | سيبيها, أندري سيبيها | Sybiha, Andriy Sybiha
  fm 2024-09-05 -
Oleksii Reznikov | أوليكسي ريزنيكوف | UA |  | ريزنيكوف, أليكسي ريزنيكوف | Reznikov
  dm 2021-11-04 2023-09-05
Rustem Umerov | رستم عمروف | UA |  | عمروف, رستم أوميروف | Umerov
  dm 2023-09-06 2025-07-17; Secretary of the National Security and Defense Council of Ukraine / أمين مجلس الأمن القومي والدفاع الأوكراني / 2025-07-17 / -
Valerii Zaluzhnyi | فاليري زالوجني | UA |  | زالوجني, فاليري زالوجنى | Zaluzhnyi, Valery Zaluzhny
  Commander-in-Chief of the Armed Forces of Ukraine / القائد العام للقوات المسلحة الأوكرانية / 2021-07-27 / 2024-02-08; Ambassador of Ukraine to the United Kingdom / سفير أوكرانيا لدى المملكة المتحدة / 2024-07 / -
Oleksandr Syrskyi | أولكسندر سيرسكي | UA |  | سيرسكي, ألكسندر سيرسكي | Syrskyi, Oleksandr Syrsky
  Commander-in-Chief of the Armed Forces of Ukraine / القائد العام للقوات المسلحة الأوكرانية / 2024-02-08 / -
Andriy Yermak | أندريه يرماك | UA |  | يرماك, أندري يرماك | Yermak
  Head of the Office of the President of Ukraine / رئيس مكتب الرئاسة الأوكرانية / 2020-02-11 / 2025-11-28
Kyrylo Budanov | كيريلو بودانوف | UA |  | بودانوف | Budanov
  Chief of the Defence Intelligence of Ukraine / رئيس الاستخبارات العسكرية الأوكرانية / 2020-08-05 / -
Vitali Klitschko | فيتالي كليتشكو | UA |  | كليتشكو | Klitschko
  Mayor of Kyiv / عمدة كييف / 2014-06-05 / -
# ---------------------------------------------------------------- Belarus
Alexander Lukashenko | ألكسندر لوكاشينكو | BY |  | لوكاشينكو, ألكسندر لوكاشنكو, لوكاشنكو, أليكساندر لوكاشينكو | Lukashenko, Aleksandr Lukashenko
  pres 1994-07-20 -
Sviatlana Tsikhanouskaya | سفيتلانا تيخانوفسكايا | BY |  | تيخانوفسكايا | Tsikhanouskaya, Svetlana Tikhanovskaya
  Belarusian opposition leader / زعيمة المعارضة البيلاروسية / 2020 / -
Vladimir Makei | فلاديمير ماكي | BY |  |  | Vladimir Makei
  fm 2012-08-20 2022-11-26
# ---------------------------------------------------------------- Venezuela, Cuba
Hugo Chávez | هوغو تشافيز | VE |  | تشافيز, هوجو شافيز, شافيز, هوغو شافيز | Chavez, Hugo Chavez
  pres 1999-02-02 2013-03-05
Nicolás Maduro | نيكولاس مادورو | VE |  | مادورو | Maduro, Nicolas Maduro
  fm 2006-08-09 2013-01-15; vp 2012-10-13 2013-03-05; pres 2013-03-05 2026-01-03
Delcy Rodríguez | ديلسي رودريغيز | VE |  | ديلسي رودريجيز | Delcy Rodriguez
  fmf 2014-12-26 2017-06-21; vp 2018-06-14 2026-01-03; apres 2026-01-03 -
Juan Guaidó | خوان غوايدو | VE |  | غوايدو, خوان جوايدو | Guaido, Juan Guaido
  President of the National Assembly of Venezuela / رئيس الجمعية الوطنية الفنزويلية / 2019-01-05 / 2023-01-05
María Corina Machado | ماريا كورينا ماتشادو | VE |  |  | Maria Corina Machado
  Venezuelan opposition leader / زعيمة المعارضة الفنزويلية / 2023 / -
Edmundo González Urrutia | إدموندو غونزاليس أوروتيا | VE |  | إدموندو غونزاليس | Edmundo Gonzalez
  Venezuelan opposition presidential candidate / مرشح المعارضة الفنزويلية للرئاسة / 2024 / -
Vladimir Padrino López | فلاديمير بادرينو لوبيز | VE |  | بادرينو لوبيز | Padrino Lopez, Vladimir Padrino Lopez
  dm 2014-10-24 -
Diosdado Cabello | ديوسدادو كابيو | VE |  | كابيو | Cabello
  im 2024-08-27 -
Fidel Castro | فيدل كاسترو | CU |  |  | Fidel Castro
  pres 1976-12-02 2008-02-24
Raúl Castro | راؤول كاسترو | CU |  | راوول كاسترو, راول كاسترو | Raul Castro
  pres 2008-02-24 2018-04-19; First Secretary of the Communist Party of Cuba / الأمين الأول للحزب الشيوعي الكوبي / 2011-04-19 / 2021-04-19
Miguel Díaz-Canel | ميغيل دياز كانيل | CU |  | دياز كانيل, ميغيل دياز-كانيل, ميجيل دياز كانيل | Diaz-Canel, Miguel Diaz-Canel
  pres 2018-04-19 -; First Secretary of the Communist Party of Cuba / الأمين الأول للحزب الشيوعي الكوبي / 2021-04-19 / -
Manuel Marrero Cruz | مانويل ماريرو كروز | CU |  | مانويل ماريرو | Manuel Marrero
  pm 2019-12-21 -
Bruno Rodríguez Parrilla | برونو رودريغيز باريا | CU |  | برونو رودريغيز | Bruno Rodriguez
  fm 2009-03-02 -
# ---------------------------------------------------------------- Brazil, Argentina, Mexico, Canada, Latin America
Fernando Henrique Cardoso | فرناندو إنريكي كاردوسو | BR |  |  | Cardoso
  pres 1995-01-01 2002-12-31
Luiz Inácio Lula da Silva | لويس إيناسيو لولا دا سيلفا | BR | Q37181 | لولا دا سيلفا, لويس إيناسيو لولا | Lula, Lula da Silva, Luiz Inacio Lula da Silva
  pres 2003-01-01 2010-12-31; pres 2023-01-01 -
Dilma Rousseff | ديلما روسيف | BR |  | روسيف | Rousseff
  presf 2011-01-01 2016-08-31; President of the New Development Bank / رئيسة بنك التنمية الجديد / 2023-03-24 / -
Michel Temer | ميشال تامر | BR |  | ميشيل تامر | Temer
  pres 2016-08-31 2018-12-31
Jair Bolsonaro | جايير بولسونارو | BR |  | بولسونارو, جاير بولسونارو | Bolsonaro
  pres 2019-01-01 2022-12-31
Celso Amorim | سيلسو أموريم | BR |  |  | Celso Amorim
  fm 2003-01-01 2010-12-31
Mauro Vieira | ماورو فييرا | BR |  |  | Mauro Vieira
  fm 2015-01-01 2016-05-12; fm 2023-01-01 -
Fernando de la Rúa | فرناندو دي لا روا | AR |  |  | Fernando de la Rua
  pres 1999-12-10 2001-12-21
Eduardo Duhalde | إدواردو دوهالدي | AR |  |  | Duhalde
  pres 2002-01-02 2003-05-25
Néstor Kirchner | نيستور كيرشنر | AR |  |  | Nestor Kirchner
  pres 2003-05-25 2007-12-10
Cristina Fernández de Kirchner | كريستينا فرنانديز دي كيرشنر | AR |  | كريستينا كيرشنر | Cristina Kirchner, Cristina Fernandez de Kirchner
  presf 2007-12-10 2015-12-10; Vice President of Argentina / نائبة رئيس الأرجنتين / 2019-12-10 / 2023-12-10
Mauricio Macri | ماوريسيو ماكري | AR |  | ماكري | Macri
  pres 2015-12-10 2019-12-10
Alberto Fernández | ألبرتو فرنانديز | AR |  |  | Alberto Fernandez
  pres 2019-12-10 2023-12-10
Javier Milei | خافيير ميلي | AR |  | خافيير مايلي | Milei
  pres 2023-12-10 -
Ernesto Zedillo | إرنستو زيديلو | MX |  |  | Zedillo
  pres 1994-12-01 2000-11-30
Vicente Fox | فيسنتي فوكس | MX |  | فيسينتي فوكس | Vicente Fox
  pres 2000-12-01 2006-11-30
Felipe Calderón | فيليبي كالديرون | MX |  | كالديرون | Calderon, Felipe Calderon
  pres 2006-12-01 2012-11-30
Enrique Peña Nieto | إنريكي بينيا نييتو | MX |  | بينيا نييتو | Pena Nieto, Enrique Pena Nieto
  pres 2012-12-01 2018-11-30
Andrés Manuel López Obrador | أندريس مانويل لوبيز أوبرادور | MX |  | لوبيز أوبرادور | Lopez Obrador, AMLO, Andres Manuel Lopez Obrador
  pres 2018-12-01 2024-09-30
Claudia Sheinbaum | كلوديا شينباوم | MX |  | شينباوم | Sheinbaum
  presf 2024-10-01 -
Jean Chrétien | جان كريتيان | CA |  | كريتيان | Chretien, Jean Chretien
  pm 1993-11-04 2003-12-12
Paul Martin | بول مارتن | CA |  |  | Paul Martin
  pm 2003-12-12 2006-02-06
Stephen Harper | ستيفن هاربر | CA |  |  |
  pm 2006-02-06 2015-11-04
Justin Trudeau | جاستن ترودو | CA | Q3099714 | ترودو, جاستن ترودوه | Trudeau
  pm 2015-11-04 2025-03-14
Mark Carney | مارك كارني | CA |  |  |
  Governor of the Bank of England / محافظ بنك إنجلترا / 2013-07-01 / 2020-03-15; pm 2025-03-14 -
Chrystia Freeland | كريستيا فريلاند | CA |  | فريلاند | Freeland
  fmf 2017-01-10 2019-11-20; Deputy Prime Minister of Canada / نائبة رئيس الوزراء الكندي / 2019-11-20 / 2024-12-16
Mélanie Joly | ميلاني جولي | CA |  |  | Melanie Joly
  fmf 2021-10-26 2025-05-13
Anita Anand | أنيتا أناند | CA |  |  | Anita Anand
  dmf 2021-10-26 2023-07-26; fmf 2025-05-13 -
Gustavo Petro | غوستافو بيترو | CO |  | جوستافو بيترو |
  pres 2022-08-07 2026-08-07
Álvaro Uribe | ألفارو أوريبي | CO |  | أوريبي | Uribe, Alvaro Uribe
  pres 2002-08-07 2010-08-07
Juan Manuel Santos | خوان مانويل سانتوس | CO |  |  | Juan Manuel Santos
  pres 2010-08-07 2018-08-07
Evo Morales | إيفو موراليس | BO |  |  | Evo Morales
  pres 2006-01-22 2019-11-10
Daniel Ortega | دانيال أورتيغا | NI |  | أورتيغا, دانييل أورتيجا | Ortega
  pres 1985-01-10 1990-04-25; pres 2007-01-10 -
Gabriel Boric | غابرييل بوريك | CL |  | بوريك | Boric
  pres 2022-03-11 2026-03-11
Michelle Bachelet | ميشيل باشليه | CL |  | باشليه | Bachelet
  presf 2006-03-11 2010-03-11; presf 2014-03-11 2018-03-11; United Nations High Commissioner for Human Rights / مفوضة الأمم المتحدة السامية لحقوق الإنسان / 2018-09-01 / 2022-08-31
Nayib Bukele | نجيب بوكيلة | SV |  | بوكيلة, نايب بوكيلي | Bukele
  pres 2019-06-01 -
# ---------------------------------------------------------------- Italy
Carlo Azeglio Ciampi | كارلو أزيليو تشامبي | IT |  |  | Ciampi
  pres 1999-05-18 2006-05-15
Giorgio Napolitano | جورجيو نابوليتانو | IT |  | نابوليتانو | Napolitano
  pres 2006-05-15 2015-01-14
Sergio Mattarella | سيرجيو ماتاريلا | IT |  | ماتاريلا | Mattarella
  pres 2015-02-03 -
Giuliano Amato | جوليانو أماتو | IT |  |  | Giuliano Amato
  pm 2000-04-26 2001-06-11
Silvio Berlusconi | سيلفيو برلسكوني | IT | Q11860 | برلسكوني, سيلفيو بيرلسكوني, بيرلسكوني | Berlusconi
  pm 1994-05-10 1995-01-17; pm 2001-06-11 2006-05-17; pm 2008-05-08 2011-11-16
Romano Prodi | رومانو برودي | IT |  | برودي | Prodi
  President of the European Commission / رئيس المفوضية الأوروبية / 1999-09-16 / 2004-11-22; pm 2006-05-17 2008-05-08
Mario Monti | ماريو مونتي | IT |  |  | Mario Monti
  pm 2011-11-16 2013-04-28
Enrico Letta | إنريكو ليتا | IT |  |  | Enrico Letta
  pm 2013-04-28 2014-02-22
Matteo Renzi | ماتيو رينزي | IT |  | رينزي | Renzi
  pm 2014-02-22 2016-12-12
Paolo Gentiloni | باولو جنتيلوني | IT |  | جنتيلوني | Gentiloni
  fm 2014-10-31 2016-12-12; pm 2016-12-12 2018-06-01
Giuseppe Conte | جوزيبي كونتي | IT |  |  | Giuseppe Conte
  pm 2018-06-01 2021-02-13
Mario Draghi | ماريو دراغي | IT |  | دراغي, ماريو دراجي | Draghi
  President of the European Central Bank / رئيس البنك المركزي الأوروبي / 2011-11-01 / 2019-10-31; pm 2021-02-13 2022-10-22
Giorgia Meloni | جورجيا ميلوني | IT |  | ميلوني | Meloni
  pmf 2022-10-22 -
Luigi Di Maio | لويجي دي مايو | IT |  |  | Luigi Di Maio
  fm 2019-09-05 2022-10-22; EU Special Representative for the Gulf / الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج / 2023-06-01 / -
Antonio Tajani | أنطونيو تاياني | IT |  | تاياني | Tajani
  President of the European Parliament / رئيس البرلمان الأوروبي / 2017-01-17 / 2019-07-03; fm 2022-10-22 -
Pope John Paul II | يوحنا بولس الثاني | VA |  | كارول فويتيلا | John Paul II
  Pope of the Catholic Church / بابا الكنيسة الكاثوليكية / 1978-10-16 / 2005-04-02
Pope Benedict XVI | بنديكتوس السادس عشر | VA | Q2494 | بنديكت السادس عشر, بندكتس السادس عشر | Benedict XVI, Joseph Ratzinger
  Pope of the Catholic Church / بابا الكنيسة الكاثوليكية / 2005-04-19 / 2013-02-28
Pope Francis | البابا فرنسيس | VA | Q450675 | خورخي ماريو بيرغوليو, البابا فرانسيس | Jorge Mario Bergoglio
  Pope of the Catholic Church / بابا الكنيسة الكاثوليكية / 2013-03-13 / 2025-04-21
Pope Leo XIV | البابا ليو الرابع عشر | VA |  | لاوون الرابع عشر, البابا لاوون الرابع عشر, روبرت فرنسيس بريفوست, ليو الرابع عشر | Leo XIV, Robert Francis Prevost
  Pope of the Catholic Church / بابا الكنيسة الكاثوليكية / 2025-05-08 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- United Nations
Kofi Annan | كوفي عنان | GH | Q1254 | كوفي أنان | Annan
  Secretary-General of the United Nations / الأمين العام للأمم المتحدة / 1997-01-01 / 2006-12-31; UN and Arab League Joint Special Envoy for Syria / المبعوث الأممي والعربي المشترك إلى سوريا / 2012-02-23 / 2012-08-31
Ban Ki-moon | بان كي مون | KR | Q1253 | بان كي-مون, بان كي مون | Ban Ki-moon
  fm 2004-01-17 2006-11-09; Secretary-General of the United Nations / الأمين العام للأمم المتحدة / 2007-01-01 / 2016-12-31
António Guterres | أنطونيو غوتيريش | PT | Q311440 | غوتيريش, غوتيريس, أنطونيو غوتيريس, أنطونيو جوتيريش, جوتيريش, أنطونيو غوتيرش | Guterres, Antonio Guterres
  pm 1995-10-28 2002-04-06; United Nations High Commissioner for Refugees / المفوض السامي للأمم المتحدة لشؤون اللاجئين / 2005-06-15 / 2015-12-31; Secretary-General of the United Nations / الأمين العام للأمم المتحدة / 2017-01-01 / -
Stéphane Dujarric | ستيفان دوجاريك | FR |  | دوجاريك, ستيفان دوجاريك | Dujarric, Stephane Dujarric
  Spokesperson for the UN Secretary-General / المتحدث الرسمي باسم الأمين العام للأمم المتحدة / 2014-04 / -
Staffan de Mistura | ستافان دي ميستورا | IT |  | دي ميستورا | de Mistura
  UN Special Envoy for Syria / المبعوث الأممي الخاص إلى سوريا / 2014-07-10 / 2018-12-31; Personal Envoy of the UN Secretary-General for Western Sahara / المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية / 2021-10 / -
Geir Pedersen | غير بيدرسن | NO |  | غير أوتو بيدرسن, بيدرسن | Pedersen
  UN Special Envoy for Syria / المبعوث الأممي الخاص إلى سوريا / 2019-01-07 / 2025-09
Jamal Benomar | جمال بنعمر | MA |  |  | Jamal Benomar
  UN Special Envoy for Yemen / المبعوث الأممي الخاص إلى اليمن / 2011-04 / 2015-04
Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد | MR |  | ولد الشيخ أحمد, إسماعيل ولد شيخ أحمد | Ould Cheikh Ahmed
  UN Special Envoy for Yemen / المبعوث الأممي الخاص إلى اليمن / 2015-04-25 / 2018-02; fm@MR 2018-10 2020-08
Martin Griffiths | مارتن غريفيث | GB |  | مارتن غريفيثس | Martin Griffiths
  UN Special Envoy for Yemen / المبعوث الأممي الخاص إلى اليمن / 2018-03-11 / 2021-06-30; UN Under-Secretary-General for Humanitarian Affairs / وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية / 2021-07-19 / 2024-06-30
Hans Grundberg | هانس غروندبرغ | SE |  | غروندبرغ, هانس جروندبرج | Grundberg
  UN Special Envoy for Yemen / المبعوث الأممي الخاص إلى اليمن / 2021-09-01 / -
Ghassan Salamé | غسان سلامة | LB |  |  | Ghassan Salame
  UN Special Envoy for Libya / المبعوث الأممي الخاص إلى ليبيا / 2017-06-22 / 2020-03-02
Stephanie Williams | ستيفاني ويليامز | US |  | ستيفاني وليامز | Stephanie Williams
  Acting UN Special Representative for Libya / الممثلة الخاصة بالإنابة للأمين العام للأمم المتحدة في ليبيا / 2020-03 / 2021-01
Abdoulaye Bathily | عبد الله باتيلي | SN |  | عبدالله باتيلي, باتيلي | Bathily
  UN Special Representative for Libya / الممثل الخاص للأمين العام للأمم المتحدة في ليبيا / 2022-09 / 2024-05
Hanna Tetteh | هانا تيتيه | GH |  | هانا سيروا تيتيه, تيتيه | Tetteh
  UN Special Representative for Libya / الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا / 2025-01 / -
Tor Wennesland | تور وينسلاند | NO |  | وينسلاند | Wennesland
  UN Special Coordinator for the Middle East Peace Process / منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط / 2021-01 / 2024-12
Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت | NL |  | بلاسخارت, جينين هينيس-بلاسخارت | Hennis-Plasschaert
  UN Special Representative for Iraq / الممثلة الخاصة للأمين العام للأمم المتحدة في العراق / 2018-12 / 2023-05; UN Special Coordinator for Lebanon / المنسقة الخاصة للأمم المتحدة في لبنان / 2024-05 / -
Philippe Lazzarini | فيليب لازاريني | CH |  | لازاريني | Lazzarini
  Commissioner-General of UNRWA / المفوض العام لوكالة الأونروا / 2020-03 / -
Tom Fletcher | توم فليتشر | GB |  |  | Tom Fletcher
  UN Under-Secretary-General for Humanitarian Affairs / وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية / 2024-11 / -
Volker Türk | فولكر تورك | AT |  |  | Volker Turk
  United Nations High Commissioner for Human Rights / مفوض الأمم المتحدة السامي لحقوق الإنسان / 2022-10-17 / -
Filippo Grandi | فيليبو غراندي | IT |  |  | Filippo Grandi
  United Nations High Commissioner for Refugees / المفوض السامي للأمم المتحدة لشؤون اللاجئين / 2016-01-01 / 2025-12-31
Francesca Albanese | فرانشيسكا ألبانيزي | IT |  | فرانشيسكا ألبانيز | Francesca Albanese
  UN Special Rapporteur on the occupied Palestinian territories / المقررة الخاصة للأمم المتحدة المعنية بالأراضي الفلسطينية المحتلة / 2022-05-01 / -
David Beasley | ديفيد بيزلي | US |  |  | David Beasley
  Executive Director of the World Food Programme / المدير التنفيذي لبرنامج الأغذية العالمي / 2017-04-04 / 2023-04-04
Cindy McCain | سيندي ماكين | US |  |  | Cindy McCain
  Executive Director of the World Food Programme / المديرة التنفيذية لبرنامج الأغذية العالمي / 2023-04-05 / -
# ---------------------------------------------------------------- NATO
George Robertson | جورج روبرتسون | GB |  |  | George Robertson
  Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 1999-10-14 / 2003-12-17
Jaap de Hoop Scheffer | ياب دي هوب شيفر | NL |  |  | de Hoop Scheffer
  fm@NL 2002-07-22 2003-12-03; Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 2004-01-01 / 2009-07-31
Anders Fogh Rasmussen | أندرس فو راسموسن | DK |  | أندرس فوغ راسموسن, راسموسن | Rasmussen, Anders Fogh Rasmussen
  pm 2001-11-27 2009-04-05; Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 2009-08-01 / 2014-09-30
Jens Stoltenberg | ينس ستولتنبرغ | NO |  | ستولتنبرغ, يينس ستولتنبرغ, ستولتنبرج | Stoltenberg
  pm 2000-03-17 2001-10-19; pm 2005-10-17 2013-10-16; Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 2014-10-01 / 2024-10-01; Finance Minister of Norway / وزير المالية النرويجي / 2025-02-04 / -
Mark Rutte | مارك روته | NL |  | روته, مارك روتي | Rutte
  pm@NL 2010-10-14 2024-07-02; Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 2024-10-01 / -
# ---------------------------------------------------------------- European Union
José Manuel Barroso | جوزيه مانويل باروسو | PT |  | باروسو, خوسيه مانويل باروسو | Barroso, Jose Manuel Barroso
  pm 2002-04-06 2004-07-17; President of the European Commission / رئيس المفوضية الأوروبية / 2004-11-22 / 2014-10-31
Jean-Claude Juncker | جان كلود يونكر | LU |  | يونكر | Juncker
  pm 1995-01-20 2013-12-04; President of the European Commission / رئيس المفوضية الأوروبية / 2014-11-01 / 2019-11-30
Ursula von der Leyen | أورسولا فون دير لاين | DE |  | فون دير لاين, أورزولا فون دير لاين, فون در لاين | von der Leyen
  dmf@DE 2013-12-17 2019-07-17; President of the European Commission / رئيسة المفوضية الأوروبية / 2019-12-01 / -
Herman Van Rompuy | هيرمان فان رومبوي | BE |  | فان رومبوي | Van Rompuy
  pm 2008-12-30 2009-11-25; President of the European Council / رئيس المجلس الأوروبي / 2009-12-01 / 2014-11-30
Donald Tusk | دونالد توسك | PL |  | توسك | Tusk
  pm 2007-11-16 2014-09-22; President of the European Council / رئيس المجلس الأوروبي / 2014-12-01 / 2019-11-30; pm 2023-12-13 -
Charles Michel | شارل ميشيل | BE |  | شارل ميشال | Charles Michel
  pm 2014-10-11 2019-10-27; President of the European Council / رئيس المجلس الأوروبي / 2019-12-01 / 2024-11-30
António Costa | أنطونيو كوستا | PT |  |  | Antonio Costa
  pm 2015-11-26 2024-04-02; President of the European Council / رئيس المجلس الأوروبي / 2024-12-01 / -
Javier Solana | خافيير سولانا | ES |  | سولانا | Solana
  Secretary General of NATO / الأمين العام لحلف شمال الأطلسي (الناتو) / 1995-12-05 / 1999-10-06; High Representative of the EU for Foreign Affairs / الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي / 1999-10-18 / 2009-12-01
Catherine Ashton | كاثرين أشتون | GB |  |  | Catherine Ashton
  High Representative of the EU for Foreign Affairs / الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي / 2009-12-01 / 2014-10-31
Federica Mogherini | فيديريكا موغيريني | IT |  | موغيريني, فيديريكا موجيريني | Mogherini
  fmf@IT 2014-02-22 2014-10-31; High Representative of the EU for Foreign Affairs / الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي / 2014-11-01 / 2019-11-30
Josep Borrell | جوزيب بوريل | ES |  | بوريل, جوزيف بوريل | Borrell
  fm 2018-06-07 2019-11-29; High Representative of the EU for Foreign Affairs / الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي / 2019-12-01 / 2024-11-30
Kaja Kallas | كايا كالاس | EE |  | كالاس | Kallas
  pmf 2021-01-26 2024-07-23; High Representative of the EU for Foreign Affairs / الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي / 2024-12-01 / -
Roberta Metsola | روبرتا ميتسولا | MT |  | ميتسولا | Metsola
  President of the European Parliament / رئيسة البرلمان الأوروبي / 2022-01-18 / -
Christine Lagarde | كريستين لاغارد | FR |  | لاغارد, كريستين لاجارد | Lagarde
  Finance Minister of France / وزيرة الاقتصاد الفرنسية / 2007-06-19 / 2011-06-29; Managing Director of the IMF / المديرة العامة لصندوق النقد الدولي / 2011-07-05 / 2019-09-12; President of the European Central Bank / رئيسة البنك المركزي الأوروبي / 2019-11-01 / -
# ---------------------------------------------------------------- IAEA, WHO, IMF, World Bank, WTO, ICC
Yukiya Amano | يوكيا أمانو | JP |  | أمانو | Amano
  Director General of the International Atomic Energy Agency / المدير العام للوكالة الدولية للطاقة الذرية / 2009-12-01 / 2019-07-18
Rafael Grossi | رافائيل غروسي | AR |  | غروسي, رافاييل غروسي, رافائيل جروسي | Grossi, Rafael Mariano Grossi
  Director General of the International Atomic Energy Agency / المدير العام للوكالة الدولية للطاقة الذرية / 2019-12-03 / -
Gro Harlem Brundtland | غرو هارلم برونتلاند | NO |  |  | Brundtland
  pmf 1990-11-03 1996-10-25; Director-General of the World Health Organization / المديرة العامة لمنظمة الصحة العالمية / 1998-07-21 / 2003-07-21
Lee Jong-wook | لي جونغ ووك | KR |  | لي جونغ-ووك | Lee Jong-wook
  Director-General of the World Health Organization / المدير العام لمنظمة الصحة العالمية / 2003-07-21 / 2006-05-22
Margaret Chan | مارغريت تشان | CN |  |  | Margaret Chan
  Director-General of the World Health Organization / المديرة العامة لمنظمة الصحة العالمية / 2007-01-04 / 2017-06-30
Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس | ET |  | تيدروس أدهانوم, تيدروس, تيدروس أدحانوم غيبرييسوس, تيدروس أدحانوم | Tedros, Tedros Adhanom
  fm@ET 2012-11-29 2016-11-01; Director-General of the World Health Organization / المدير العام لمنظمة الصحة العالمية / 2017-07-01 / -
Rodrigo Rato | رودريغو راتو | ES |  |  | Rodrigo Rato
  Managing Director of the IMF / المدير العام لصندوق النقد الدولي / 2004-06-07 / 2007-10-31
Dominique Strauss-Kahn | دومينيك ستروس كان | FR |  | ستروس كان | Strauss-Kahn, DSK
  Managing Director of the IMF / المدير العام لصندوق النقد الدولي / 2007-11-01 / 2011-05-18
Kristalina Georgieva | كريستالينا غورغييفا | BG |  | غورغييفا, كريستالينا جورجيفا, جورجيفا | Georgieva
  Managing Director of the IMF / المديرة العامة لصندوق النقد الدولي / 2019-10-01 / -
James Wolfensohn | جيمس ولفنسون | US |  |  | Wolfensohn
  President of the World Bank Group / رئيس البنك الدولي / 1995-06-01 / 2005-05-31
Paul Wolfowitz | بول وولفويتز | US |  | وولفويتز | Wolfowitz
  Deputy Secretary of Defense of the United States / نائب وزير الدفاع الأمريكي / 2001-03-02 / 2005-06-01; President of the World Bank Group / رئيس البنك الدولي / 2005-06-01 / 2007-06-30
Robert Zoellick | روبرت زوليك | US |  | زوليك | Zoellick
  President of the World Bank Group / رئيس البنك الدولي / 2007-07-01 / 2012-06-30
Jim Yong Kim | جيم يونغ كيم | US |  |  | Jim Yong Kim
  President of the World Bank Group / رئيس البنك الدولي / 2012-07-01 / 2019-02-01
David Malpass | ديفيد مالباس | US |  | مالباس | Malpass
  President of the World Bank Group / رئيس البنك الدولي / 2019-04-09 / 2023-06-01
Ajay Banga | أجاي بانغا | US |  | أجاي بانجا | Banga
  President of the World Bank Group / رئيس البنك الدولي / 2023-06-02 / -
Ngozi Okonjo-Iweala | نغوزي أوكونجو إيويالا | NG |  | أوكونجو إيويالا, نجوزي أوكونجو إيويالا | Okonjo-Iweala
  Director-General of the World Trade Organization / المديرة العامة لمنظمة التجارة العالمية / 2021-03-01 / -
Karim Khan | كريم خان | GB |  | كريم أحمد خان | Karim A. A. Khan
  Prosecutor of the International Criminal Court / المدعي العام للمحكمة الجنائية الدولية / 2021-06-16 / -
Fatou Bensouda | فاتو بنسودا | GM |  | بنسودا | Bensouda
  Prosecutor of the International Criminal Court / المدعية العامة للمحكمة الجنائية الدولية / 2012-06-15 / 2021-06-15
Luis Moreno Ocampo | لويس مورينو أوكامبو | AR |  | أوكامبو | Moreno Ocampo
  Prosecutor of the International Criminal Court / المدعي العام للمحكمة الجنائية الدولية / 2003-06-16 / 2012-06-15
# ---------------------------------------------------------------- Arab League, GCC, OPEC, OIC, African Union
Amr Moussa | عمرو موسى | EG |  |  | Amr Moussa
  fm@EG 1991-05-20 2001-05-15; Secretary-General of the Arab League / الأمين العام لجامعة الدول العربية / 2001-05-15 / 2011-07-01
Nabil Elaraby | نبيل العربي | EG |  |  | Nabil Elaraby, Nabil al-Arabi
  fm@EG 2011-03-06 2011-07-01; Secretary-General of the Arab League / الأمين العام لجامعة الدول العربية / 2011-07-01 / 2016-07-01
Ahmed Aboul Gheit | أحمد أبو الغيط | EG |  | أبو الغيط, أحمد أبوالغيط | Aboul Gheit
  fm@EG 2004-07-14 2011-03-06; Secretary-General of the Arab League / الأمين العام لجامعة الدول العربية / 2016-07-01 / -
Hossam Zaki | حسام زكي | EG |  |  | Hossam Zaki
  Assistant Secretary-General of the Arab League / الأمين العام المساعد لجامعة الدول العربية / 2016 / -
Nayef Falah Al-Hajraf | نايف فلاح الحجرف | KW |  | نايف الحجرف | Nayef Al-Hajraf
  Secretary-General of the Gulf Cooperation Council / الأمين العام لمجلس التعاون الخليجي / 2020-02-01 / 2023-01-31
Jasem Mohamed Albudaiwi | جاسم محمد البديوي | KW |  | جاسم البديوي | Jassem Albudaiwi
  Secretary-General of the Gulf Cooperation Council / الأمين العام لمجلس التعاون الخليجي / 2023-02-01 / -
Abdalla Salem El-Badri | عبد الله سالم البدري | LY |  | عبدالله البدري | Abdalla El-Badri
  Secretary General of OPEC / الأمين العام لمنظمة أوبك / 2007-01-01 / 2016-07-31
Mohammed Barkindo | محمد باركيندو | NG |  | باركيندو | Barkindo
  Secretary General of OPEC / الأمين العام لمنظمة أوبك / 2016-08-01 / 2022-07-05
Haitham al-Ghais | هيثم الغيص | KW |  |  | Haitham Al Ghais
  Secretary General of OPEC / الأمين العام لمنظمة أوبك / 2022-08-01 / -
Ekmeleddin İhsanoğlu | أكمل الدين إحسان أوغلو | TR |  | إحسان أوغلو | Ihsanoglu, Ekmeleddin Ihsanoglu
  Secretary-General of the Organisation of Islamic Cooperation / الأمين العام لمنظمة التعاون الإسلامي / 2005-01-01 / 2013-12-31
Iyad Madani | إياد مدني | SA |  | إياد أمين مدني | Iyad Ameen Madani
  Secretary-General of the Organisation of Islamic Cooperation / الأمين العام لمنظمة التعاون الإسلامي / 2014-01-01 / 2016-10-31
Yousef Al-Othaimeen | يوسف العثيمين | SA |  | يوسف بن أحمد العثيمين | Yousef Al-Othaimeen
  Secretary-General of the Organisation of Islamic Cooperation / الأمين العام لمنظمة التعاون الإسلامي / 2016-11-01 / 2021-11-30
Hissein Brahim Taha | حسين إبراهيم طه | TD |  |  | Hissein Brahim Taha
  Secretary-General of the Organisation of Islamic Cooperation / الأمين العام لمنظمة التعاون الإسلامي / 2021-11-30 / -
Alpha Oumar Konaré | ألفا عمر كوناري | ML |  |  | Konare, Alpha Oumar Konare
  pres 1992-06-08 2002-06-08; Chairperson of the African Union Commission / رئيس مفوضية الاتحاد الأفريقي / 2003-09-16 / 2008-04-28
Jean Ping | جان بينغ | GA |  |  | Jean Ping
  Chairperson of the African Union Commission / رئيس مفوضية الاتحاد الأفريقي / 2008-04-28 / 2012-10-15
Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما | ZA |  | دلاميني زوما | Dlamini-Zuma
  Chairperson of the African Union Commission / رئيسة مفوضية الاتحاد الأفريقي / 2012-10-15 / 2017-03-14
Moussa Faki Mahamat | موسى فكي محمد | TD |  | موسى فقي محمد, موسى فكي | Moussa Faki
  pm@TD 2003-06-24 2005-02-04; fm@TD 2008-04-23 2017-01-30; Chairperson of the African Union Commission / رئيس مفوضية الاتحاد الأفريقي / 2017-03-14 / 2025-02-15
Mahmoud Ali Youssouf | محمود علي يوسف | DJ |  |  | Mahmoud Ali Youssouf
  fm 2005-05-22 2025-02-15; Chairperson of the African Union Commission / رئيس مفوضية الاتحاد الأفريقي / 2025-02-15 / -
# ---------------------------------------------------------------- al-Qaeda and other non-state
Osama bin Laden | أسامة بن لادن | SA | Q1317 | بن لادن, أسامة بن محمد بن لادن, اسامة بن لادن | bin Laden, Usama bin Laden, Osama bin Ladin
  Founder and leader of al-Qaeda / مؤسس تنظيم القاعدة وزعيمه / 1988 / 2011-05-02
Abubakar Shekau | أبو بكر شيكاو | NG |  | شيكاو | Shekau
  Leader of Boko Haram / زعيم جماعة بوكو حرام / 2009 / 2021-05
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Australia, New Zealand
John Howard | جون هوارد | AU |  |  | John Howard
  pm 1996-03-11 2007-12-03
Kevin Rudd | كيفن راد | AU |  | كيفين رود | Kevin Rudd
  pm 2007-12-03 2010-06-24; fm 2010-09-14 2012-02-22; pm 2013-06-27 2013-09-18
Julia Gillard | جوليا غيلارد | AU |  | جوليا جيلارد | Gillard
  pmf 2010-06-24 2013-06-27
Tony Abbott | توني أبوت | AU |  |  | Tony Abbott
  pm 2013-09-18 2015-09-15
Malcolm Turnbull | مالكولم تيرنبول | AU |  | تيرنبول, مالكولم ترنبول | Turnbull
  pm 2015-09-15 2018-08-24
Scott Morrison | سكوت موريسون | AU |  |  | Scott Morrison
  pm 2018-08-24 2022-05-23
Anthony Albanese | أنتوني ألبانيزي | AU |  | ألبانيزي | Albanese
  pm 2022-05-23 -
Penny Wong | بيني وونغ | AU |  |  | Penny Wong
  fmf 2022-05-23 -
Jacinda Ardern | جاسيندا أرديرن | NZ |  | أرديرن | Ardern
  pmf 2017-10-26 2023-01-25
Christopher Luxon | كريستوفر لوكسون | NZ |  |  | Christopher Luxon
  pm 2023-11-27 -
# ---------------------------------------------------------------- South Africa
Nelson Mandela | نيلسون مانديلا | ZA |  | مانديلا | Mandela
  pres 1994-05-10 1999-06-14
Thabo Mbeki | ثابو مبيكي | ZA |  | مبيكي, تابو مبيكي | Mbeki
  pres 1999-06-14 2008-09-24
Kgalema Motlanthe | كغاليما موتلانثي | ZA |  | موتلانثي | Motlanthe
  pres 2008-09-25 2009-05-09
Jacob Zuma | جاكوب زوما | ZA |  |  | Jacob Zuma
  pres 2009-05-09 2018-02-14
Cyril Ramaphosa | سيريل رامافوزا | ZA |  | رامافوزا, سيريل رامابوزا | Ramaphosa
  pres 2018-02-15 -
Naledi Pandor | ناليدي باندور | ZA |  | باندور | Pandor
  fmf 2019-05-30 2024-07-03
Ronald Lamola | رونالد لامولا | ZA |  | لامولا | Lamola
  fm 2024-07-03 -
# ---------------------------------------------------------------- Ethiopia, Eritrea
Girma Wolde-Giorgis | جيرما ولد جيورجيس | ET |  | غيرما ولد جورجيس | Girma Wolde-Giorgis
  pres 2001-10-08 2013-10-07
Mulatu Teshome | مولاتو تيشومي | ET |  |  | Mulatu Teshome
  pres 2013-10-07 2018-10-25
Sahle-Work Zewde | سهلي ورق زودي | ET |  | ساهلي ورك زودي | Sahle-Work Zewde
  presf 2018-10-25 2024-10-07
Taye Atske Selassie | تاي أتسقي سلاسي | ET |  | تايي أتسكي سيلاسي | Taye Atske Selassie
  fm 2024-02-08 2024-10-07; pres 2024-10-07 -
Meles Zenawi | ملس زيناوي | ET |  | ميليس زيناوي, زيناوي | Meles Zenawi
  pm 1995-08-23 2012-08-20
Hailemariam Desalegn | هايلي مريام ديسالين | ET |  | هايلي ماريام ديسالين, ديسالين | Hailemariam
  pm 2012-08-21 2018-04-02
Abiy Ahmed | آبي أحمد | ET |  | آبي أحمد علي | Abiy Ahmed Ali, Abiy
  pm 2018-04-02 -
Debretsion Gebremichael | دبرصيون جبرمكائيل | ET |  | دبريتسيون جبريمايكل | Debretsion
  Chairman of the Tigray People's Liberation Front / رئيس الجبهة الشعبية لتحرير تيغراي / 2019 / -
Getachew Reda | جيتاشو ردا | ET |  | غيتاتشو رضا | Getachew Reda
  President of the Tigray Interim Regional Administration / رئيس الإدارة المؤقتة لإقليم تيغراي / 2023-03-23 / 2025-04-08
Isaias Afwerki | أسياس أفورقي | ER |  | أفورقي, أسياسي أفورقي | Isaias Afwerki, Afwerki
  pres 1993-05-24 -
# ---------------------------------------------------------------- Nigeria and West Africa
Olusegun Obasanjo | أولوسيغون أوباسانجو | NG |  | أوباسانجو | Obasanjo
  pres 1999-05-29 2007-05-29
Umaru Musa Yar'Adua | عمر موسى يارأدوا | NG |  | عمر يار أدوا | Yar'Adua
  pres 2007-05-29 2010-05-05
Goodluck Jonathan | غودلاك جوناثان | NG |  | جودلاك جوناثان | Goodluck Jonathan
  pres 2010-05-06 2015-05-29
Muhammadu Buhari | محمد بخاري | NG |  | محمدو بوهاري | Buhari
  pres 2015-05-29 2023-05-29
Bola Tinubu | بولا تينوبو | NG |  | تينوبو, بولا أحمد تينوبو | Tinubu, Bola Ahmed Tinubu
  pres 2023-05-29 -
Macky Sall | ماكي سال | SN |  |  | Macky Sall
  pres 2012-04-02 2024-04-02
Bassirou Diomaye Faye | باسيرو ديوماي فاي | SN |  | بشير جوماي فاي | Diomaye Faye
  pres 2024-04-02 -
Ousmane Sonko | عثمان سونكو | SN |  |  | Ousmane Sonko
  pm 2024-04-02 -
Assimi Goïta | عاصمي غويتا | ML |  | غويتا, أسيمي غويتا | Goita, Assimi Goita
  Transitional President of Mali / الرئيس الانتقالي لمالي / 2021-05-24 / -
Ibrahim Boubacar Keïta | إبراهيم بوبكر كيتا | ML |  |  | Ibrahim Boubacar Keita
  pres 2013-09-04 2020-08-18
Ibrahim Traoré | إبراهيم تراوري | BF |  |  | Ibrahim Traore
  President of the Transition of Burkina Faso / رئيس المرحلة الانتقالية في بوركينا فاسو / 2022-09-30 / -
Abdourahamane Tchiani | عبد الرحمن تياني | NE |  | عبد الرحمن تشياني | Tchiani
  Head of State of Niger (National Council for the Safeguard of the Homeland) / رئيس المجلس الوطني لحماية الوطن في النيجر / 2023-07-26 / -
Mohamed Bazoum | محمد بازوم | NE |  | بازوم | Bazoum
  pres 2021-04-02 2023-07-26
Mahamadou Issoufou | محمدو إيسوفو | NE |  | محمدو يوسفو | Issoufou
  pres 2011-04-07 2021-04-02
Idriss Déby | إدريس ديبي | TD |  | إدريس ديبي إتنو | Idriss Deby Itno
  pres 1990-12-02 2021-04-20
Mahamat Idriss Déby | محمد إدريس ديبي | TD |  | محمد إدريس ديبي إتنو, محمد كاكا | Mahamat Deby, Mahamat Idriss Deby Itno
  Chairman of the Transitional Military Council of Chad / رئيس المجلس العسكري الانتقالي في تشاد / 2021-04-20 / 2024-05-23; pres 2024-05-23 -
Alassane Ouattara | الحسن واتارا | CI |  | الحسن وتارا, واتارا | Ouattara
  pres 2010-12-04 -
Laurent Gbagbo | لوران غباغبو | CI |  | غباغبو | Gbagbo
  pres 2000-10-26 2011-04-11
Nana Akufo-Addo | نانا أكوفو أدو | GH |  |  | Akufo-Addo
  pres 2017-01-07 2025-01-07
John Mahama | جون ماهاما | GH |  | جون دراماني ماهاما | John Dramani Mahama
  pres 2012-07-24 2017-01-07; pres 2025-01-07 -
George Weah | جورج ويا | LR |  |  | George Weah
  pres 2018-01-22 2024-01-22
Joseph Boakai | جوزيف بواكاي | LR |  |  | Joseph Boakai
  pres 2024-01-22 -
Ellen Johnson Sirleaf | إلين جونسون سيرليف | LR |  |  | Ellen Johnson Sirleaf
  presf 2006-01-16 2018-01-22
Adama Barrow | أداما بارو | GM |  |  | Adama Barrow
  pres 2017-01-19 -
Yahya Jammeh | يحيى جامع | GM |  |  | Yahya Jammeh
  pres 1994-07-22 2017-01-19
Mamady Doumbouya | مامادي دومبويا | GN |  |  | Mamady Doumbouya
  President of Guinea / رئيس غينيا / 2021-10-01 / -
Alpha Condé | ألفا كوندي | GN |  |  | Alpha Conde
  pres 2010-12-21 2021-09-05
Julius Maada Bio | جوليوس مادا بيو | SL |  |  | Julius Maada Bio
  pres 2018-04-04 -
Patrice Talon | باتريس تالون | BJ |  |  | Patrice Talon
  pres 2016-04-06 -
Faure Gnassingbé | فور غناسينغبي | TG |  | فور جناسينجبي | Faure Gnassingbe
  pres 2005-05-04 2025-05-03; President of the Council of Ministers of Togo / رئيس مجلس الوزراء في توغو / 2025-05-03 / -
# ---------------------------------------------------------------- Central, East and Southern Africa
Paul Biya | بول بيا | CM |  |  | Paul Biya
  pres 1982-11-06 -
Joseph Kabila | جوزيف كابيلا | CD |  |  | Kabila
  pres 2001-01-26 2019-01-24
Félix Tshisekedi | فيليكس تشيسيكيدي | CD |  | تشيسيكيدي, فيليكس تشيسكيدي | Tshisekedi, Felix Tshisekedi
  pres 2019-01-24 -
Denis Sassou Nguesso | دينيس ساسو نغيسو | CG |  | ساسو نغيسو | Sassou Nguesso
  pres 1997-10-25 -
Faustin-Archange Touadéra | فوستين أرشانج تواديرا | CF |  | تواديرا | Touadera
  pres 2016-03-30 -
Brice Oligui Nguema | بريس أوليغي نغيما | GA |  |  | Oligui Nguema
  President of Gabon / رئيس الغابون / 2023-08-30 / -
Ali Bongo Ondimba | علي بونغو أونديمبا | GA |  | علي بونغو | Ali Bongo
  pres 2009-10-16 2023-08-30
Teodoro Obiang Nguema Mbasogo | تيودورو أوبيانغ نغيما مباسوغو | GQ |  | تيودورو أوبيانغ | Teodoro Obiang
  pres 1979-08-03 -
Paul Kagame | بول كاغامي | RW |  | كاغامي, بول كاجامي | Kagame
  pres 2000-03-24 -
Évariste Ndayishimiye | إيفاريست ندايشيمي | BI |  |  | Evariste Ndayishimiye
  pres 2020-06-18 -
Yoweri Museveni | يويري موسيفيني | UG |  | موسيفيني | Museveni
  pres 1986-01-29 -
Mwai Kibaki | مواي كيباكي | KE |  | كيباكي | Kibaki
  pres 2002-12-30 2013-04-09
Uhuru Kenyatta | أوهورو كينياتا | KE |  |  | Uhuru Kenyatta
  pres 2013-04-09 2022-09-13
William Ruto | ويليام روتو | KE |  | روتو, وليام روتو | Ruto
  pres 2022-09-13 -
John Magufuli | جون ماغوفولي | TZ |  | ماغوفولي | Magufuli
  pres 2015-11-05 2021-03-17
Samia Suluhu Hassan | سامية صولوحو حسن | TZ |  | سامية سولوهو حسن | Samia Suluhu
  presf 2021-03-19 -
Robert Mugabe | روبرت موغابي | ZW |  | موغابي | Mugabe
  pres 1987-12-31 2017-11-21
Emmerson Mnangagwa | إيمرسون منانغاغوا | ZW |  | منانغاغوا | Mnangagwa
  pres 2017-11-24 -
Hakainde Hichilema | هاكايندي هيشيليما | ZM |  |  | Hakainde Hichilema
  pres 2021-08-24 -
Filipe Nyusi | فيليب نيوسي | MZ |  |  | Filipe Nyusi
  pres 2015-01-15 2025-01-15
Daniel Chapo | دانيال تشابو | MZ |  |  | Daniel Chapo
  pres 2025-01-15 -
João Lourenço | جواو لورنسو | AO |  |  | Joao Lourenco
  pres 2017-09-26 -
José Eduardo dos Santos | جوزيه إدواردو دوس سانتوس | AO |  |  | Jose Eduardo dos Santos
  pres 1979-09-21 2017-09-26
Duma Boko | دوما بوكو | BW |  |  | Duma Boko
  pres 2024-11-01 -
Netumbo Nandi-Ndaitwah | نيتومبو ناندي ندايتواه | NA |  |  | Nandi-Ndaitwah
  presf 2025-03-21 -
Andry Rajoelina | أندري راجولينا | MG |  |  | Rajoelina
  pres 2019-01-19 2025-10-14
Lazarus Chakwera | لازاروس تشاكويرا | MW |  |  | Chakwera
  pres 2020-06-28 2025-10-04
Peter Mutharika | بيتر موثاريكا | MW |  |  | Peter Mutharika
  pres 2014-05-31 2020-06-28; pres 2025-10-04 -
Mswati III | مسواتي الثالث | SZ |  |  | Mswati III
  king 1986-04-25 -
# ---------------------------------------------------------------- Europe
José María Aznar | خوسيه ماريا أثنار | ES |  | أثنار, خوسيه ماريا أزنار | Aznar, Jose Maria Aznar
  pm 1996-05-05 2004-04-17
José Luis Rodríguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو | ES |  | ثاباتيرو, خوسيه لويس ثاباتيرو, زاباتيرو | Zapatero, Jose Luis Rodriguez Zapatero
  pm 2004-04-17 2011-12-21
Mariano Rajoy | ماريانو راخوي | ES |  | راخوي | Rajoy
  pm 2011-12-21 2018-06-02
Pedro Sánchez | بيدرو سانشيز | ES |  | بيدرو سانشيث | Pedro Sanchez
  pm 2018-06-02 -
José Manuel Albares | خوسيه مانويل ألباريس | ES |  | ألباريس | Albares, Jose Manuel Albares
  fm 2021-07-12 -
Felipe VI | فيليبي السادس | ES |  |  | Felipe VI of Spain
  king 2014-06-19 -
Juan Carlos I | خوان كارلوس الأول | ES |  |  | Juan Carlos I of Spain
  king 1975-11-22 2014-06-19
Dick Schoof | ديك سخوف | NL |  |  | Dick Schoof
  pm 2024-07-02 -
Willem-Alexander of the Netherlands | فيليم ألكسندر | NL |  | فيلم ألكسندر | Willem-Alexander
  king 2013-04-30 -
Bart De Wever | بارت دي ويفر | BE |  |  | Bart De Wever
  pm 2025-02-03 -
Alexander De Croo | ألكسندر دي كرو | BE |  |  | Alexander De Croo
  pm 2020-10-01 2025-02-03
Luc Frieden | لوك فريدن | LU |  |  | Luc Frieden
  pm 2023-11-17 -
Karl Nehammer | كارل نيهامر | AT |  |  | Karl Nehammer
  chan@AT 2021-12-06 2025-03-03
Christian Stocker | كريستيان شتوكر | AT |  |  | Christian Stocker
  chan@AT 2025-03-03 -
Sebastian Kurz | سيباستيان كورتس | AT |  | كورتس | Kurz
  chan@AT 2017-12-18 2019-05-28; chan@AT 2020-01-07 2021-10-11
Alexander Van der Bellen | ألكسندر فان دير بيلين | AT |  | فان دير بيلين | Van der Bellen
  pres 2017-01-26 -
Viktor Orbán | فيكتور أوربان | HU |  | أوربان | Orban, Viktor Orban
  pm 1998-07-06 2002-05-27; pm 2010-05-29 -
Péter Szijjártó | بيتر سيارتو | HU |  | سيارتو | Szijjarto
  fm 2014-09-23 -
Andrzej Duda | أندريه دودا | PL |  | أندجي دودا | Andrzej Duda
  pres 2015-08-06 2025-08-06
Karol Nawrocki | كارول نافروتسكي | PL |  | نافروتسكي | Nawrocki
  pres 2025-08-06 -
Mateusz Morawiecki | ماتيوش مورافيتسكي | PL |  | مورافيتسكي | Morawiecki
  pm 2017-12-11 2023-12-13
Radosław Sikorski | رادوسلاف سيكورسكي | PL |  | سيكورسكي | Sikorski, Radoslaw Sikorski
  fm 2007-11-16 2014-09-22; fm 2023-12-13 -
Petr Fiala | بيتر فيالا | CZ |  |  | Petr Fiala
  pm 2021-11-28 2025-12
Andrej Babiš | أندريه بابيش | CZ |  | بابيش | Babis, Andrej Babis
  pm 2017-12-06 2021-12-17; pm 2025-12 -
Robert Fico | روبرت فيتسو | SK |  | فيتسو | Fico
  pm 2006-07-04 2010-07-08; pm 2012-04-04 2018-03-22; pm 2023-10-25 -
Aleksandar Vučić | ألكسندر فوتشيتش | RS |  | فوتشيتش, ألكسندر فوسيتش, فوسيتش | Vucic, Aleksandar Vucic
  pm 2014-04-27 2017-05-31; pres 2017-05-31 -
Slobodan Milošević | سلوبودان ميلوسيفيتش | RS |  | ميلوسيفيتش | Milosevic, Slobodan Milosevic
  President of Yugoslavia / رئيس يوغوسلافيا / 1997-07-23 / 2000-10-07
Albin Kurti | ألبين كورتي | XK |  |  | Albin Kurti
  pm 2020-02-03 2020-06-03; pm 2021-03-22 -
Edi Rama | إيدي راما | AL |  |  | Edi Rama
  pm 2013-09-15 -
Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس | GR |  | ميتسوتاكيس | Mitsotakis
  pm 2019-07-08 -
Alexis Tsipras | أليكسيس تسيبراس | GR |  | تسيبراس | Tsipras
  pm 2015-01-26 2019-07-08
Nikos Christodoulides | نيكوس خريستودوليدس | CY |  | خريستودوليدس | Christodoulides
  pres 2023-02-28 -
Nicos Anastasiades | نيكوس أناستاسيادس | CY |  | أناستاسيادس | Anastasiades
  pres 2013-02-28 2023-02-28
Ersin Tatar | أرسين تتار | CY |  |  | Ersin Tatar
  President of the Turkish Republic of Northern Cyprus / رئيس جمهورية شمال قبرص التركية / 2020-10-23 / 2025-10-24
Klaus Iohannis | كلاوس يوهانيس | RO |  |  | Klaus Iohannis
  pres 2014-12-21 2025-02-12
Nicușor Dan | نيكوشور دان | RO |  |  | Nicusor Dan
  pres 2025-05-26 -
Maia Sandu | مايا ساندو | MD |  |  | Maia Sandu
  presf 2020-12-24 -
Alexander Stubb | ألكسندر ستوب | FI |  |  | Stubb
  pres 2024-03-01 -
Sauli Niinistö | ساولي نينيستو | FI |  | نينيستو | Niinisto, Sauli Niinisto
  pres 2012-03-01 2024-03-01
Sanna Marin | سانا مارين | FI |  |  | Sanna Marin
  pmf 2019-12-10 2023-06-20
Ulf Kristersson | أولف كريسترسون | SE |  | كريسترسون | Kristersson
  pm 2022-10-18 -
Magdalena Andersson | ماغدالينا أندرسون | SE |  |  | Magdalena Andersson
  pmf 2021-11-30 2022-10-18
Jonas Gahr Støre | يوناس غار ستوره | NO |  | يوناس غار ستور | Jonas Gahr Store
  fm 2005-10-17 2012-09-21; pm 2021-10-14 -
Mette Frederiksen | ميته فريدريكسن | DK |  | فريدريكسن | Frederiksen
  pmf 2019-06-27 -
Lars Løkke Rasmussen | لارس لوكه راسموسن | DK |  |  | Lars Lokke Rasmussen
  pm 2009-04-05 2011-10-03; pm 2015-06-28 2019-06-27; fm 2022-12-15 -
Kristrún Frostadóttir | كريسترون فروستادوتير | IS |  |  | Kristrun Frostadottir
  pmf 2024-12-21 -
Micheál Martin | ميهول مارتن | IE |  | مايكل مارتن | Micheal Martin
  Taoiseach (Prime Minister) of Ireland / رئيس وزراء أيرلندا / 2020-06-27 / 2022-12-17; Taoiseach (Prime Minister) of Ireland / رئيس وزراء أيرلندا / 2025-01-23 / -
Leo Varadkar | ليو فارادكار | IE |  | فارادكار | Varadkar
  Taoiseach (Prime Minister) of Ireland / رئيس وزراء أيرلندا / 2017-06-14 / 2020-06-27; Taoiseach (Prime Minister) of Ireland / رئيس وزراء أيرلندا / 2022-12-17 / 2024-04-09
Simon Harris | سايمون هاريس | IE |  |  | Simon Harris
  Taoiseach (Prime Minister) of Ireland / رئيس وزراء أيرلندا / 2024-04-09 / 2025-01-23
Luís Montenegro | لويس مونتينيغرو | PT |  |  | Luis Montenegro
  pm 2024-04-02 -
Marcelo Rebelo de Sousa | مارسيلو ريبيلو دي سوزا | PT |  |  | Rebelo de Sousa
  pres 2016-03-09 2026-03-09
Karin Keller-Sutter | كارين كيلر سوتر | CH |  |  | Karin Keller-Sutter
  President of the Swiss Confederation / رئيسة الاتحاد السويسري / 2025-01-01 / 2025-12-31
Ignazio Cassis | إينياتسيو كاسيس | CH |  |  | Ignazio Cassis
  Foreign Minister of Switzerland / وزير الخارجية السويسري / 2017-11-01 / -
Andrej Plenković | أندريه بلينكوفيتش | HR |  |  | Andrej Plenkovic
  pm 2016-10-19 -
Robert Golob | روبرت غولوب | SI |  |  | Robert Golob
  pm 2022-06-01 -
Irakli Kobakhidze | إيراكلي كوباخيدزه | GE |  |  | Irakli Kobakhidze
  pm 2024-02-08 -
Mikheil Saakashvili | ميخائيل ساكاشفيلي | GE |  | ساكاشفيلي | Saakashvili
  pres 2004-01-25 2007-11-25; pres 2008-01-20 2013-11-17
Gitanas Nausėda | غيتاناس ناوسيدا | LT |  |  | Gitanas Nauseda
  pres 2019-07-12 -
Edgars Rinkēvičs | إدغارس رينكيفيتش | LV |  |  | Edgars Rinkevics
  pres 2023-07-08 -
Alar Karis | آلار كاريس | EE |  |  | Alar Karis
  pres 2021-10-11 -
Rumen Radev | رومين راديف | BG |  |  | Rumen Radev
  pres 2017-01-22 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Americas (others)
Luis Arce | لويس آرسي | BO |  |  | Luis Arce
  pres 2020-11-08 2025-11-08
Rodrigo Paz | رودريغو باز | BO |  |  | Rodrigo Paz Pereira
  pres 2025-11-08 -
Dina Boluarte | دينا بولوارتي | PE |  |  | Dina Boluarte
  presf 2022-12-07 2025-10-10
Daniel Noboa | دانيال نوبوا | EC |  |  | Daniel Noboa
  pres 2023-11-23 -
Rafael Correa | رافائيل كوريا | EC |  |  | Rafael Correa
  pres 2007-01-15 2017-05-24
Yamandú Orsi | ياماندو أورسي | UY |  |  | Yamandu Orsi
  pres 2025-03-01 -
Luis Lacalle Pou | لويس لاكايي بو | UY |  |  | Lacalle Pou
  pres 2020-03-01 2025-03-01
Santiago Peña | سانتياغو بينيا | PY |  |  | Santiago Pena
  pres 2023-08-15 -
Bernardo Arévalo | برناردو أريفالو | GT |  |  | Bernardo Arevalo
  pres 2024-01-14 -
Xiomara Castro | شيومارا كاسترو | HN |  |  | Xiomara Castro
  presf 2022-01-27 2026-01-27
José Raúl Mulino | خوسيه راؤول مولينو | PA |  |  | Jose Raul Mulino
  pres 2024-07-01 -
Luis Abinader | لويس أبينادر | DO |  |  | Luis Abinader
  pres 2020-08-16 -
Jovenel Moïse | جوفينيل مويز | HT |  |  | Jovenel Moise
  pres 2017-02-07 2021-07-07
Andrés Pastrana | أندريس باسترانا | CO |  |  | Andres Pastrana
  pres 1998-08-07 2002-08-07
Ricardo Lagos | ريكاردو لاغوس | CL |  |  | Ricardo Lagos
  pres 2000-03-11 2006-03-11
Sebastián Piñera | سيباستيان بينيرا | CL |  | بينيرا | Pinera, Sebastian Pinera
  pres 2010-03-11 2014-03-11; pres 2018-03-11 2022-03-11
# ---------------------------------------------------------------- Asia (others)
Mohamed Muizzu | محمد معز | MV |  |  | Mohamed Muizzu
  pres 2023-11-17 -
Hassanal Bolkiah | حسن البلقية | BN |  | حسن البلقيه | Hassanal Bolkiah
  sultan 1967-10-05 -
Pushpa Kamal Dahal | بوشبا كمال داهال | NP |  | براشاندا | Prachanda
  pm 2008-08-18 2009-05-25; pm 2016-08-04 2017-06-07; pm 2022-12-26 2024-07-15
K. P. Sharma Oli | خادغا براساد شارما أولي | NP |  | كي بي شارما أولي | KP Sharma Oli
  pm 2015-10-12 2016-08-04; pm 2018-02-15 2021-07-13; pm 2024-07-15 2025-09-09
Ukhnaagiin Khürelsükh | أوخناجين خورلسوخ | MN |  |  | Khurelsukh
  pres 2021-06-25 -
# ---------------------------------------------------------------- More MENA officials
Mohammed bin Ahmed Al Bowardi | محمد بن أحمد البواردي | AE |  | محمد أحمد البواردي | Mohammed Al Bowardi
  Minister of State for Defence Affairs of the UAE / وزير دولة لشؤون الدفاع الإماراتي / 2016-02 / -
Mohammed bin Abdulaziz Al-Khulaifi | محمد بن عبد العزيز الخليفي | QA |  | محمد الخليفي | Mohammed Al-Khulaifi
  Minister of State at the Ministry of Foreign Affairs of Qatar / وزير الدولة بوزارة الخارجية القطرية / 2023 / -
Lolwah Al-Khater | لولوة الخاطر | QA |  | لولوة راشد الخاطر | Lolwah Al Khater
  Minister of State for International Cooperation of Qatar / وزيرة الدولة للتعاون الدولي القطرية / 2021-10 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Late additions
José Antonio Kast | خوسيه أنطونيو كاست | CL |  |  | Jose Antonio Kast, Kast
  pres 2026-03-11 -
Nasry Asfura | نصري عصفورة | HN |  | نصري عصفوره | Nasry Asfura, Tito Asfura
  pres 2026-01-27 -
José Jerí | خوسيه خيري | PE |  |  | Jose Jeri
  pres 2025-10-10 2026-07-28
Sushila Karki | سوشيلا كاركي | NP |  |  | Sushila Karki
  Interim Prime Minister of Nepal / رئيسة الحكومة المؤقتة في نيبال / 2025-09-12 / -
Michael Randrianirina | مايكل راندريانيرينا | MG |  |  | Randrianirina
  President of Madagascar / رئيس مدغشقر / 2025-10-17 / -
Tufan Erhürman | طوفان أرهورمان | CY |  |  | Tufan Erhurman
  President of the Turkish Republic of Northern Cyprus / رئيس جمهورية شمال قبرص التركية / 2025-10-24 / -
Tommy Pigott | تومي بيغوت | US |  |  | Tommy Pigott
  State Department spokesperson / المتحدث باسم وزارة الخارجية الأمريكية / 2025-08 / -
Fuad Shukr | فؤاد شكر | LB |  |  | Fuad Shukr
  Senior military commander of Hezbollah / القائد العسكري البارز في حزب الله / 1982 / 2024-07-30
Izz al-Din al-Haddad | عز الدين الحداد | PS |  |  | Izz al-Din Haddad
  Commander of the Qassam Brigades in Gaza / قائد كتائب القسام في غزة / 2025-05 / -
Amir Ali Hajizadeh | أمير علي حاجي زاده | IR |  | أمير علي حاجي زادة | Hajizadeh
  Commander of the IRGC Aerospace Force / قائد القوة الجوفضائية في الحرس الثوري الإيراني / 2009-10 / 2025-06-13
David Zini | ديفيد زيني | IL |  | دافيد زيني | David Zini
  Director of the Shin Bet / رئيس جهاز الأمن العام (الشاباك) / 2025-10-05 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- More heads of state and government
Luong Cuong | لونغ كوونغ | VN |  |  | Luong Cuong
  pres 2024-10-21 -
Pham Minh Chinh | فام مينه تشينه | VN |  | فام مين تشين | Pham Minh Chinh
  pm 2021-04-05 -
Guy Parmelin | غي بارملان | CH |  |  | Guy Parmelin
  President of the Swiss Confederation / رئيس الاتحاد السويسري / 2021-01-01 / 2021-12-31; President of the Swiss Confederation / رئيس الاتحاد السويسري / 2026-01-01 / -
José Ramos-Horta | خوسيه راموس هورتا | TL |  | راموس هورتا | Ramos-Horta, Jose Ramos-Horta
  pres 2007-05-20 2012-05-20; pres 2022-05-20 -
Andrew Holness | أندرو هولنس | JM |  |  | Andrew Holness
  pm 2016-03-03 -
Hristijan Mickoski | خريستيان ميتسكوسكي | MK |  |  | Hristijan Mickoski
  pm 2024-06-23 -
Navin Ramgoolam | نافين رامغولام | MU |  |  | Navin Ramgoolam
  pm 2024-11-13 -
Kamla Persad-Bissessar | كاملا بيرساد بيسيسار | TT |  |  | Kamla Persad-Bissessar
  pmf 2025-05-01 -
Irfaan Ali | عرفان علي | GY |  | محمد عرفان علي | Mohamed Irfaan Ali
  pres 2020-08-02 -
# ---------------------------------------------------------------- More MENA, Israeli and US officials
Maher al-Sharaa | ماهر الشرع | SY |  |  | Maher al-Sharaa
  Secretary-General of the Syrian Presidency / الأمين العام لرئاسة الجمهورية السورية / 2025-04 / -
Khaled Haftar | خالد حفتر | LY |  | خالد خليفة حفتر | Khaled Haftar
  Chief of Staff of the Libyan National Army / رئيس أركان الجيش الوطني الليبي / 2025-08 / -
Mahmoud Tawfik | محمود توفيق | EG |  |  | Mahmoud Tawfik
  im 2018-06-14 -
Hanafy Gebaly | حنفي جبالي | EG |  | حنفي الجبالي | Hanafy El Gebaly
  Speaker of the House of Representatives of Egypt / رئيس مجلس النواب المصري / 2021-01-12 / -
Aryeh Deri | أرييه درعي | IL |  | أريه درعي, درعي | Deri, Aryeh Deri
  Leader of the Shas party / زعيم حزب شاس / 2013 / -
Yariv Levin | ياريف ليفين | IL |  |  | Yariv Levin
  Justice Minister of Israel / وزير العدل الإسرائيلي / 2022-12-29 / -
Tzachi Hanegbi | تساحي هنغبي | IL |  | تساحي هانغبي | Tzachi Hanegbi
  National Security Adviser of Israel / مستشار الأمن القومي الإسرائيلي / 2023-01 / 2025-10
Meir Dagan | مئير داغان | IL |  | مائير داغان | Meir Dagan
  Director of the Mossad / رئيس جهاز الموساد / 2002-09 / 2011-01
Tamir Pardo | تامير باردو | IL |  |  | Tamir Pardo
  Director of the Mossad / رئيس جهاز الموساد / 2011-01 / 2016-01-05
Mohsen Rezaei | محسن رضائي | IR |  |  | Mohsen Rezaee
  Commander-in-Chief of the IRGC / القائد العام للحرس الثوري الإيراني / 1981 / 1997; Secretary of the Expediency Discernment Council / أمين مجمع تشخيص مصلحة النظام / 1997 / 2021
Stephen Hadley | ستيفن هادلي | US |  |  | Stephen Hadley
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2005-01-26 / 2009-01-20
James L. Jones | جيمس جونز | US |  |  |
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2009-01-20 / 2010-10-08
Tom Donilon | توم دونيلون | US |  |  | Tom Donilon
  National Security Advisor of the United States / مستشار الأمن القومي الأمريكي / 2010-10-08 / 2013-07-01
Robert Gibbs | روبرت غيبس | US |  |  | Robert Gibbs
  White House Press Secretary / المتحدث باسم البيت الأبيض / 2009-01-20 / 2011-02-11
Jay Carney | جاي كارني | US |  |  | Jay Carney
  White House Press Secretary / المتحدث باسم البيت الأبيض / 2011-02-11 / 2014-06-20
Josh Earnest | جوش إرنست | US |  |  | Josh Earnest
  White House Press Secretary / المتحدث باسم البيت الأبيض / 2014-06-20 / 2017-01-20
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- More foreign and defence ministers since ~2010
Gérard Longuet | جيرار لونغيه | FR |  |  | Gerard Longuet
  Minister of Defence of France / وزير الدفاع الفرنسي / 2011-02-27 / 2012-05-10
Catherine Vautrin | كاترين فوتران | FR |  |  | Catherine Vautrin
  Minister of the Armed Forces of France / وزيرة القوات المسلحة الفرنسية / 2025-10-12 / -
Karl-Theodor zu Guttenberg | كارل تيودور تسو غوتنبرغ | DE |  | غوتنبرغ | zu Guttenberg
  dm 2009-10-28 2011-03-03
Thomas de Maizière | توماس دي ميزيير | DE |  | دي ميزيير | Thomas de Maiziere
  dm 2011-03-03 2013-12-17; im 2013-12-17 2018-03-14
Vecdi Gönül | وجدي غونول | TR |  |  | Vecdi Gonul
  dm 2002-11-18 2011-07-06
İsmet Yılmaz | عصمت يلماز | TR |  |  | Ismet Yilmaz
  dm 2011-07-06 2013-12-25; dm 2015-11-24 2016-05-24
Fikri Işık | فكري إيشيك | TR |  | فكري إشيق | Fikri Isik
  dm 2016-05-24 2017-07-19
Nurettin Canikli | نور الدين جانيكلي | TR |  |  | Nurettin Canikli
  dm 2017-07-19 2018-07-10
Gabi Ashkenazi | غابي أشكنازي | IL |  | جابي أشكنازي | Gabi Ashkenazi
  cgs 2007-02-14 2011-02-14; fm 2020-05-17 2021-06-13
Mostafa Mohammad-Najjar | مصطفى محمد نجار | IR |  |  | Mostafa Mohammad Najjar
  dm 2005-08-24 2009-09-03; im 2009-09-03 2013-08-15
Abdolreza Rahmani Fazli | عبد الرضا رحماني فضلي | IR |  |  | Abdolreza Rahmani Fazli
  im 2013-08-15 2021-08-25
Eskandar Momeni | إسكندر مومني | IR |  |  | Eskandar Momeni
  im 2024-08-21 -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Spouses and children often named in the news
# (listed so that "ميلانيا ترامب" is not read as Donald Trump through his bare surname)
Melania Trump | ميلانيا ترامب | US | | ميلانيا ترمب, ميلانيا | Melania
  First Lady of the United States / السيدة الأولى في الولايات المتحدة / 2017-01-20 / 2021-01-20; First Lady of the United States / السيدة الأولى في الولايات المتحدة / 2025-01-20 / -
Ivanka Trump | إيفانكا ترامب | US | | إيفانكا ترمب, إيفانكا | Ivanka
  Senior Advisor to the President / كبيرة مستشاري الرئيس الأمريكي / 2017-03-29 / 2021-01-20
Donald Trump Jr. | دونالد ترامب جونيور | US | | دونالد ترامب الابن, دونالد ترمب جونيور | Don Jr., Donald Trump Jr
  Executive Vice President of the Trump Organization / نائب الرئيس التنفيذي لمؤسسة ترامب / 2017 / -
Michelle Obama | ميشيل أوباما | US | | ميشال أوباما | Michelle Obama
  First Lady of the United States / السيدة الأولى في الولايات المتحدة / 2009-01-20 / 2017-01-20
Jill Biden | جيل بايدن | US | | | Jill Biden
  First Lady of the United States / السيدة الأولى في الولايات المتحدة / 2021-01-20 / 2025-01-20
Brigitte Macron | بريجيت ماكرون | FR | | | Brigitte Macron
  Spouse of the President of France / زوجة الرئيس الفرنسي / 2017-05-14 / -
Asma al-Assad | أسماء الأسد | SY | | أسماء الأخرس | Asma Assad
  First Lady of Syria / زوجة الرئيس السوري / 2000-12 / 2024-12-08
Emine Erdoğan | أمينة أردوغان | TR | | أمينة إردوغان | Emine Erdogan
  First Lady of Turkey / عقيلة الرئيس التركي / 2014-08-28 / -
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Interior ministers, speakers and spokesmen often quoted
Gérard Collomb | جيرار كولومب | FR | | جيرار كولوم | Gerard Collomb
  Interior Minister of France / وزير الداخلية الفرنسي / 2017-05-17 / 2018-10-03
Matteo Salvini | ماتيو سالفيني | IT | | سالفيني | Salvini
  Interior Minister of Italy / وزير الداخلية الإيطالي / 2018-06-01 / 2019-09-05; Deputy Prime Minister of Italy / نائب رئيس الوزراء الإيطالي / 2022-10-22 / -
Horst Seehofer | هورست زيهوفر | DE | | هورست سيهوفر, زيهوفر | Seehofer
  im 2018-03-14 2021-12-08
Sajid Javid | ساجد جاويد | GB | | | Sajid Javid
  Home Secretary of the United Kingdom / وزير الداخلية البريطاني / 2018-04-30 / 2019-07-24; Chancellor of the Exchequer / وزير الخزانة البريطاني / 2019-07-24 / 2020-02-13
Bahram Qasemi | بهرام قاسمي | IR | | | Bahram Ghasemi
  fmspk 2016 2019
Khaled al-Yamani | خالد اليماني | YE | | خالد حسين اليماني | Khaled Alyemany
  fm 2018-05 2019-06
Nohad Machnouk | نهاد المشنوق | LB | | | Nohad Machnouk
  im 2014-02-15 2019-01-31
Atef Tarawneh | عاطف الطراونة | JO | | | Atef Tarawneh
  Speaker of the House of Representatives of Jordan / رئيس مجلس النواب الأردني / 2013 / 2020
Ibrahim Ghandour | إبراهيم غندور | SD | | | Ibrahim Ghandour
  fm 2015-06 2018-04-19
Bekir Bozdağ | بكير بوزداغ | TR | | | Bekir Bozdag
  Justice Minister of Turkey / وزير العدل التركي / 2013 / 2017; Deputy Prime Minister of Turkey / نائب رئيس الوزراء التركي / 2017 / 2018
Salim al-Jabouri | سليم الجبوري | IQ | | | Salim al-Jubouri
  Speaker of the Council of Representatives of Iraq / رئيس مجلس النواب العراقي / 2014-07-15 / 2018-09-03
John J. Sullivan | جون سوليفان | US | | | John Sullivan
  Deputy Secretary of State of the United States / نائب وزير الخارجية الأمريكي / 2017-05-31 / 2019-12-23; Ambassador of the United States to Russia / السفير الأمريكي لدى روسيا / 2020-02-05 / 2022-09
"""
)

TABLES.append(
    """
# ---------------------------------------------------------------- Heads of state and government in office in 2000 and other gaps
Johannes Rau | يوهانس راو | DE | | | Johannes Rau
  pres 1999-07-01 2004-06-30
Massimo D'Alema | ماسيمو داليما | IT | | | Massimo D'Alema
  pm 1998-10-21 2000-04-26
Keizō Obuchi | كيزو أوبوتشي | JP | | | Keizo Obuchi
  pm 1998-07-30 2000-04-05
Süleyman Demirel | سليمان ديميريل | TR | | سليمان دميريل | Suleyman Demirel
  pres 1993-05-16 2000-05-16
Ezer Weizman | عيزر وايزمان | IL | | | Ezer Weizman
  pres 1993-05-13 2000-07-13
Abdullah bin Khalifa Al Thani | عبد الله بن خليفة آل ثاني | QA | | عبدالله بن خليفة آل ثاني | Abdullah bin Khalifa Al Thani
  pm 1996-10-29 2007-04-03
Abdul Karim al-Iryani | عبد الكريم الإرياني | YE | | عبدالكريم الإرياني | Abdul Karim al-Eryani
  pm 1998-04-29 2001-03-31
Abdul Qadir Bajamal | عبد القادر باجمال | YE | | عبدالقادر باجمال | Abdul Qader Bajammal
  pm 2001-03-31 2007-04-07
Ali Mohammed Mujawar | علي محمد مجور | YE | | | Ali Mujawar
  pm 2007-04-07 2011-12-07
Mohammed Basindawa | محمد سالم باسندوة | YE | | محمد باسندوة | Mohammed Salem Basindawa
  pm 2011-12-07 2014-11-09
Paul Bremer | بول بريمر | US | | | L. Paul Bremer
  Administrator of the Coalition Provisional Authority in Iraq / الحاكم المدني الأمريكي للعراق (رئيس سلطة الائتلاف المؤقتة) / 2003-05-11 / 2004-06-28
Salim al-Hoss | سليم الحص | LB | | | Selim Hoss
  pm 1998-12-04 2000-10-23
Abdul Raouf al-Rawabdeh | عبد الرؤوف الروابدة | JO | | عبدالرؤوف الروابدة | Abdul Raouf Rawabdeh
  pm 1999-03-04 2000-06-19
Adnan Badran | عدنان بدران | JO | | | Adnan Badran
  pm 2005-04-07 2005-11-27
Fayez Tarawneh | فايز الطراونة | JO | | | Fayez al-Tarawneh
  pm 1998-08-20 1999-03-04; pm 2012-05-02 2012-10-11
Shukri Ghanem | شكري غانم | LY | | | Shukri Ghanem
  Secretary of the General People's Committee of Libya (Prime Minister) / أمين اللجنة الشعبية العامة في ليبيا (رئيس الوزراء) / 2003-06-14 / 2006-03-05
Baghdadi Mahmudi | البغدادي المحمودي | LY | | البغدادي علي المحمودي | al-Baghdadi Ali al-Mahmudi
  Secretary of the General People's Committee of Libya (Prime Minister) / أمين اللجنة الشعبية العامة في ليبيا (رئيس الوزراء) / 2006-03-05 / 2011-08-23
Abdurrahim El-Keib | عبد الرحيم الكيب | LY | | عبدالرحيم الكيب | Abdurrahim al-Keib
  pm 2011-11-24 2012-11-14
Mohammed Magariaf | محمد المقريف | LY | | محمد يوسف المقريف | Mohammed el-Megarif
  President of the General National Congress of Libya / رئيس المؤتمر الوطني العام الليبي / 2012-08-09 / 2013-05-28
Nouri Abusahmain | نوري أبو سهمين | LY | | نوري بوسهمين | Nouri Abusahmain
  President of the General National Congress of Libya / رئيس المؤتمر الوطني العام الليبي / 2013-06-25 / 2016-04-05
Ali Benflis | علي بن فليس | DZ | | | Ali Benflis
  pm 2000-08-26 2003-05-05
Noureddine Bedoui | نور الدين بدوي | DZ | | | Noureddine Bedoui
  pm 2019-03-11 2019-12-19
Bakri Hassan Saleh | بكري حسن صالح | SD | | | Bakri Hassan Saleh
  First Vice President of Sudan / النائب الأول لرئيس السودان / 2013-12-08 / 2019-02-22; pm 2017-03-02 2018-09-10
Ahmed Abdallah Sambi | أحمد عبد الله سامبي | KM | | أحمد عبدالله سامبي | Sambi
  pres 2006-05-26 2011-05-26
Ikililou Dhoinine | إكليل ظنين | KM | | | Ikililou Dhoinine
  pres 2011-05-26 2016-05-26
"""
)


def main() -> None:
    people = clean([p for table in TABLES for p in parse(table)])
    ids = [p["id"] for p in people]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    out = HERE / "people.json"
    out.write_text(json.dumps(people, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(people)} people to {out}")


if __name__ == "__main__":
    main()
