# ruff: noqa: E501  (one data row per line: the tables stay greppable)
"""Generate ``countries_extra.json`` and ``cities.json`` from the compact tables below.

Run ``python -m briefings.data._build_places`` (or ``python briefings/data/_build_places.py``)
after editing a table, then commit the script and both JSON files together.

Conventions (see docs/contracts.md for the file schemas):

* Countries: CLDR (Babel) already supplies the Arabic and English short names, so the
  tables only add demonyms, official long names, aliases and English aliases. Spelling
  variants that differ only by hamza/alef form, ة/ه or ى/ي are folded by the normaliser
  and are not listed.
* Demonym specs: ``"روسي"`` expands to the definite and indefinite masculine, feminine and
  sound plurals (الروسي، الروسية، الروسيين، الروسيون، روسي، روسية، روسيين، روسيون);
  ``"قطري!"`` expands to the definite forms only (the indefinite is a common word);
  ``"=الروس"`` is added literally (broken plurals); a two-word spec such as
  ``"كوري شمالي"`` inflects both words (الكوري الشمالي، الكورية الشمالية ...).
* Cities: ``id`` is the slug of the English name (the loader merges CLDR's time-zone
  exemplar city with the same English slug into the entry); ``-city`` only on a clash
  with a country slug. ``ambiguous_ar`` lists forms that also name this city but must not
  be linked on their own (they collide with a country or a common word); they are never
  repeated in ``aliases_ar``; ``ar`` itself may normalise to one of them (عمّان → عمان),
  in which case it is a display name only. ``_doc`` explains a decision.
* Country of a city: the ISO code of the state the UN recognises as sovereign; ``null``
  where there is no such consensus (Jerusalem).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------
# Countries: ISO -> (demonym specs, long names, aliases, English aliases[, doc])
# ---------------------------------------------------------------------------------------
C: dict[str, tuple] = {
    "AD": (["أندوري!"], ["إمارة أندورا"], [], ["Principality of Andorra"]),
    "AE": (
        ["إماراتي"],
        ["دولة الإمارات العربية المتحدة"],
        ["الإمارات", "دولة الإمارات"],
        ["UAE", "U.A.E."],
    ),
    "AF": (
        ["أفغاني", "=الأفغان"],
        ["إمارة أفغانستان الإسلامية", "جمهورية أفغانستان الإسلامية"],
        [],
        ["Islamic Emirate of Afghanistan"],
    ),
    "AG": ([], [], ["أنتيغوا"], ["Antigua and Barbuda"]),
    "AL": (["ألباني"], ["جمهورية ألبانيا"], [], []),
    "AM": (["أرميني", "=الأرمن"], ["جمهورية أرمينيا"], [], []),
    "AO": (["أنغولي"], ["جمهورية أنغولا"], [], []),
    "AR": (["أرجنتيني"], ["جمهورية الأرجنتين"], [], []),
    "AT": (["نمساوي"], ["جمهورية النمسا"], [], []),
    "AU": (["أسترالي"], ["كومنولث أستراليا"], ["استراليا"], ["Commonwealth of Australia"]),
    "AZ": (["أذربيجاني", "أذري"], ["جمهورية أذربيجان"], [], []),
    "BA": (["بوسني"], [], ["البوسنة"], ["Bosnia and Herzegovina", "Bosnia"]),
    "BB": ([], [], [], []),
    "BD": (["بنغلاديشي"], ["جمهورية بنغلاديش الشعبية"], ["بنغلادش"], []),
    "BE": (["بلجيكي"], ["مملكة بلجيكا"], [], []),
    "BF": (["بوركيني!"], [], [], []),
    "BG": (["بلغاري", "=البلغار"], ["جمهورية بلغاريا"], [], []),
    "BH": (["بحريني"], ["مملكة البحرين"], [], []),
    "BI": (["بوروندي!"], ["جمهورية بوروندي"], [], []),
    "BJ": (["بنيني!"], ["جمهورية بنين"], [], []),
    "BN": (["بروناوي!"], ["بروناي دار السلام"], ["سلطنة بروناي"], ["Brunei Darussalam"]),
    "BO": (["بوليفي"], ["دولة بوليفيا المتعددة القوميات"], [], []),
    "BR": (["برازيلي"], ["جمهورية البرازيل الاتحادية"], [], []),
    "BS": ([], ["كومنولث جزر البهاما"], ["البهاما"], ["The Bahamas"]),
    "BT": (["بوتاني!"], ["مملكة بوتان"], [], []),
    "BW": (["بوتسواني"], ["جمهورية بوتسوانا"], [], []),
    "BY": (
        ["بيلاروسي"],
        ["جمهورية بيلاروس"],
        ["بيلاروسيا", "روسيا البيضاء"],
        ["Byelorussia"],
    ),
    "BZ": ([], [], [], []),
    "CA": (["كندي"], [], [], []),
    "CD": (
        [],
        ["جمهورية الكونغو الديمقراطية"],
        ["الكونغو الديمقراطية"],
        ["DRC", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
        "Demonym الكونغولي is shared with the Republic of the Congo: left out of both.",
    ),
    "CF": ([], ["جمهورية أفريقيا الوسطى"], ["أفريقيا الوسطى"], []),
    "CG": (
        [],
        ["جمهورية الكونغو"],
        ["الكونغو برازافيل"],
        ["Republic of the Congo", "Congo-Brazzaville"],
        "Bare الكونغو is ambiguous between CG and CD: not listed.",
    ),
    "CH": (["سويسري"], ["الاتحاد السويسري"], [], ["Swiss Confederation"]),
    "CI": (["إيفواري"], ["جمهورية كوت ديفوار"], ["كوت ديفوار"], ["Ivory Coast", "Cote d'Ivoire"]),
    "CL": (["تشيلي!"], ["جمهورية تشيلي"], ["شيلي"], []),
    "CM": (["كاميروني"], ["جمهورية الكاميرون"], [], []),
    "CN": (
        ["صيني!", "=صيني", "=صينيون", "=صينيين"],
        ["جمهورية الصين الشعبية"],
        ["الصين الشعبية", "البر الصيني", "الصين القارية"],
        ["PRC", "People's Republic of China", "Mainland China"],
        "Indefinite feminine صينية is also 'tray': only the definite feminine is listed.",
    ),
    "CO": (["كولومبي"], ["جمهورية كولومبيا"], [], []),
    "CR": (["كوستاريكي"], ["جمهورية كوستاريكا"], ["كوستا ريكا"], []),
    "CU": (["كوبي"], ["جمهورية كوبا"], [], []),
    "CV": ([], ["جمهورية الرأس الأخضر"], ["كابو فيردي", "كاب فيردي"], ["Cabo Verde"]),
    "CY": (["قبرصي"], ["جمهورية قبرص"], [], []),
    "CZ": (
        ["تشيكي"],
        ["الجمهورية التشيكية"],
        ["جمهورية التشيك", "تشيكيا"],
        ["Czech Republic"],
    ),
    "DE": (
        ["ألماني", "=الألمان"],
        ["جمهورية ألمانيا الاتحادية"],
        [],
        ["Federal Republic of Germany"],
    ),
    "DJ": (["جيبوتي!"], ["جمهورية جيبوتي"], [], []),
    "DK": (["دنماركي", "دانماركي"], ["مملكة الدنمارك"], ["الدنمارك"], []),
    "DM": ([], ["كومنولث دومينيكا"], [], []),
    "DO": (["دومينيكاني"], [], ["الدومينيكان"], []),
    "DZ": (
        ["جزائري"],
        ["الجمهورية الجزائرية الديمقراطية الشعبية"],
        [],
        [],
        "The capital is the city 'algiers' (الجزائر العاصمة); bare الجزائر is the country.",
    ),
    "EC": (["إكوادوري"], ["جمهورية الإكوادور"], [], []),
    "EE": (["إستوني"], ["جمهورية إستونيا"], [], []),
    "EG": (["مصري"], ["جمهورية مصر العربية"], ["أرض الكنانة"], []),
    "ER": (["إريتري"], ["دولة إريتريا"], [], []),
    "ES": (["إسباني", "=الإسبان"], ["مملكة إسبانيا"], [], []),
    "ET": (["إثيوبي"], ["جمهورية إثيوبيا الديمقراطية الاتحادية"], ["الحبشة"], []),
    "FI": (["فنلندي"], ["جمهورية فنلندا"], [], []),
    "FJ": (["فيجي!"], ["جمهورية فيجي"], [], []),
    "FM": ([], ["ولايات ميكرونيزيا المتحدة"], [], ["Federated States of Micronesia"]),
    "FR": (["فرنسي"], ["الجمهورية الفرنسية"], [], ["French Republic"]),
    "GA": (["غابوني"], ["الجمهورية الغابونية"], ["غابون"], []),
    "GB": (
        ["بريطاني"],
        ["المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
        ["بريطانيا", "بريطانيا العظمى"],
        ["UK", "U.K.", "Britain", "Great Britain"],
    ),
    "GD": ([], [], [], []),
    "GE": (["جورجي"], [], [], []),
    "GH": (["غاني"], ["جمهورية غانا"], [], []),
    "GM": (["غامبي"], ["جمهورية غامبيا"], [], ["The Gambia"]),
    "GN": (["غيني"], ["جمهورية غينيا"], ["غينيا كوناكري"], ["Guinea-Conakry"]),
    "GQ": ([], ["جمهورية غينيا الاستوائية"], [], []),
    "GR": (["يوناني"], ["الجمهورية اليونانية"], [], ["Hellenic Republic"]),
    "GT": (["غواتيمالي"], ["جمهورية غواتيمالا"], [], []),
    "GW": ([], ["جمهورية غينيا بيساو"], [], []),
    "GY": ([], ["جمهورية غيانا التعاونية"], [], []),
    "HN": (["هندوراسي"], ["جمهورية هندوراس"], [], []),
    "HR": (["كرواتي", "=الكروات"], ["جمهورية كرواتيا"], [], []),
    "HT": (["هايتي!"], ["جمهورية هايتي"], [], []),
    "HU": (["مجري", "هنغاري"], [], ["المجر"], []),
    "ID": (["إندونيسي"], ["جمهورية إندونيسيا"], [], []),
    "IE": (["أيرلندي"], ["جمهورية أيرلندا"], ["إيرلندا"], ["Republic of Ireland"]),
    "IL": (["إسرائيلي"], ["دولة إسرائيل"], [], ["State of Israel"]),
    "IN": (["هندي", "=الهنود"], ["جمهورية الهند"], [], ["Republic of India"]),
    "IQ": (["عراقي"], ["جمهورية العراق"], [], []),
    "IR": (
        ["إيراني"],
        ["الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية"],
        [],
        ["Islamic Republic of Iran"],
    ),
    "IS": (["آيسلندي"], [], [], []),
    "IT": (["إيطالي"], ["الجمهورية الإيطالية"], [], []),
    "JM": (["جامايكي"], [], [], []),
    "JO": (
        ["أردني"],
        ["المملكة الأردنية الهاشمية"],
        ["المملكة الهاشمية"],
        ["Hashemite Kingdom of Jordan"],
    ),
    "JP": (["ياباني"], [], [], []),
    "KE": (["كيني"], ["جمهورية كينيا"], [], []),
    "KG": (
        ["قرغيزي", "قيرغيزي"],
        ["الجمهورية القيرغيزية"],
        ["قرغيزستان", "قيرغيزيا"],
        ["Kyrgyz Republic"],
    ),
    "KH": (["كمبودي"], ["مملكة كمبوديا"], [], []),
    "KI": ([], ["جمهورية كيريباتي"], [], []),
    "KM": (
        [],
        ["الاتحاد القمري"],
        [],
        ["Union of the Comoros"],
        "Demonym القمري is also 'lunar' and bare القمر is 'the moon': neither listed.",
    ),
    "KN": ([], ["اتحاد سانت كيتس ونيفيس"], [], ["Saint Kitts and Nevis"]),
    "KP": (
        ["كوري شمالي"],
        ["جمهورية كوريا الشعبية الديمقراطية", "جمهورية كوريا الديمقراطية الشعبية"],
        ["مملكة الناسك", "كوريا الديمقراطية"],
        ["DPRK", "Democratic People's Republic of Korea", "Hermit Kingdom"],
        "Bare الكوري/الكورية is shared by both Koreas: only the two-word demonyms are listed.",
    ),
    "KR": (["كوري جنوبي"], ["جمهورية كوريا"], [], ["ROK", "Republic of Korea"]),
    "KW": (["كويتي"], ["دولة الكويت"], [], ["State of Kuwait"]),
    "KZ": (["كازاخستاني", "كازاخي"], ["جمهورية كازاخستان"], ["قازاخستان"], []),
    "LA": (["لاوسي"], ["جمهورية لاو الديمقراطية الشعبية"], [], ["Lao PDR"]),
    "LB": (["لبناني"], ["الجمهورية اللبنانية"], [], []),
    "LC": ([], [], [], ["Saint Lucia"]),
    "LI": ([], ["إمارة ليختنشتاين"], [], []),
    "LK": (
        ["سريلانكي"],
        ["جمهورية سريلانكا الديمقراطية الاشتراكية"],
        ["سري لانكا"],
        [],
    ),
    "LR": (["ليبيري"], ["جمهورية ليبيريا"], [], []),
    "LS": ([], ["مملكة ليسوتو"], [], []),
    "LT": (["ليتواني"], ["جمهورية ليتوانيا"], [], []),
    "LU": (["لوكسمبورغي"], ["دوقية لوكسمبورغ الكبرى"], [], []),
    "LV": (["لاتفي"], ["جمهورية لاتفيا"], [], []),
    "LY": (["ليبي"], ["دولة ليبيا"], [], []),
    "MA": (["مغربي", "=المغاربة"], ["المملكة المغربية"], [], ["Kingdom of Morocco"]),
    "MC": ([], ["إمارة موناكو"], [], []),
    "MD": (["مولدوفي", "مولدافي"], ["جمهورية مولدوفا"], ["مولدافيا"], []),
    "ME": ([], [], ["مونتينيغرو"], []),
    "MG": (["مدغشقري", "ملغاشي"], ["جمهورية مدغشقر"], [], []),
    "MH": ([], ["جمهورية جزر مارشال"], [], []),
    "MK": (["مقدوني"], ["جمهورية مقدونيا الشمالية"], ["مقدونيا"], ["Macedonia"]),
    "ML": (
        [],
        ["جمهورية مالي"],
        [],
        [],
        "Demonyms المالي/المالية also mean 'financial'/'finance': none listed.",
    ),
    "MM": (["ميانماري", "بورمي"], ["جمهورية اتحاد ميانمار"], ["بورما"], ["Burma"]),
    "MN": (["منغولي"], [], [], []),
    "MR": (
        ["موريتاني"],
        ["الجمهورية الإسلامية الموريتانية"],
        ["موريطانيا"],
        [],
    ),
    "MT": (["مالطي"], ["جمهورية مالطا"], ["مالطة"], []),
    "MU": (["موريشي!"], ["جمهورية موريشيوس"], [], []),
    "MV": (["مالديفي"], ["جمهورية المالديف"], ["المالديف"], []),
    "MW": (["ملاوي!"], ["جمهورية ملاوي"], ["مالاوي"], []),
    "MX": (["مكسيكي"], ["الولايات المتحدة المكسيكية"], [], ["United Mexican States"]),
    "MY": (["ماليزي"], [], [], []),
    "MZ": (["موزمبيقي"], ["جمهورية موزمبيق"], [], []),
    "NA": (["ناميبي"], ["جمهورية ناميبيا"], [], []),
    "NE": (["نيجري"], ["جمهورية النيجر"], [], []),
    "NG": (["نيجيري"], ["جمهورية نيجيريا الاتحادية"], [], []),
    "NI": (["نيكاراغوي"], ["جمهورية نيكاراغوا"], [], []),
    "NL": (["هولندي"], ["مملكة هولندا"], [], ["The Netherlands", "Holland"]),
    "NO": (["نرويجي"], ["مملكة النرويج"], [], []),
    "NP": (["نيبالي"], ["جمهورية نيبال الديمقراطية الاتحادية"], [], []),
    "NR": ([], ["جمهورية ناورو"], [], []),
    "NZ": (["نيوزيلندي"], [], ["نيوزيلاندا"], []),
    "OM": (
        ["عماني"],
        ["سلطنة عمان"],
        [],
        ["Sultanate of Oman"],
        "CLDR's عُمان normalises to عمان, the same as Amman (عمّان): the city lists it as ambiguous.",
    ),
    "PA": (["بنمي"], ["جمهورية بنما"], [], []),
    "PE": (["بيروفي"], ["جمهورية بيرو"], [], []),
    "PG": ([], [], ["بابوا نيو غينيا"], []),
    "PH": (["فلبيني"], ["جمهورية الفلبين"], ["الفيليبين"], []),
    "PK": (["باكستاني"], ["جمهورية باكستان الإسلامية"], [], ["Islamic Republic of Pakistan"]),
    "PL": (["بولندي"], ["جمهورية بولندا"], [], []),
    "PT": (["برتغالي"], ["الجمهورية البرتغالية"], [], []),
    "PW": ([], ["جمهورية بالاو"], [], []),
    "PY": (["باراغواياني!"], ["جمهورية باراغواي"], ["باراجواي"], []),
    "QA": (
        ["قطري!"],
        ["دولة قطر"],
        [],
        ["State of Qatar"],
        "Indefinite قطري is also 'diagonal'/'national (qutri)': definite forms only.",
    ),
    "RO": (
        [],
        [],
        [],
        [],
        "الروماني/الرومان also mean Roman/Romans: no demonyms listed.",
    ),
    "RS": (["صربي", "=الصرب"], ["جمهورية صربيا"], [], []),
    "RU": (
        ["روسي", "=الروس"],
        ["الاتحاد الروسي"],
        ["روسيا الاتحادية"],
        ["Russian Federation"],
    ),
    "RW": (["رواندي"], ["جمهورية رواندا"], [], []),
    "SA": (
        ["سعودي"],
        [],
        ["السعودية", "المملكة السعودية"],
        ["KSA", "Kingdom of Saudi Arabia"],
        "CLDR's short name is already the official المملكة العربية السعودية.",
    ),
    "SB": ([], [], [], []),
    "SC": ([], ["جمهورية سيشل"], ["سيشيل"], []),
    "SD": (["سوداني"], ["جمهورية السودان"], [], []),
    "SE": (["سويدي"], ["مملكة السويد"], [], []),
    "SG": (["سنغافوري"], ["جمهورية سنغافورة"], [], []),
    "SI": (["سلوفيني"], ["جمهورية سلوفينيا"], [], []),
    "SK": (["سلوفاكي", "=السلوفاك"], ["الجمهورية السلوفاكية"], [], []),
    "SL": (["سيراليوني"], ["جمهورية سيراليون"], ["سيرا ليون"], []),
    "SM": ([], ["جمهورية سان مارينو"], [], []),
    "SN": (["سنغالي"], ["جمهورية السنغال"], [], []),
    "SO": (["صومالي"], ["جمهورية الصومال الفيدرالية"], [], []),
    "SR": ([], ["جمهورية سورينام"], [], []),
    "SS": (
        ["=الجنوب سوداني", "=الجنوب سودانية", "=الجنوب سودانيين", "=الجنوب سودانيون"],
        ["جمهورية جنوب السودان"],
        [],
        [],
    ),
    "ST": ([], ["جمهورية ساو تومي وبرينسيبي الديمقراطية"], [], ["Sao Tome and Principe"]),
    "SV": (["سلفادوري"], ["جمهورية السلفادور"], [], []),
    "SY": (
        ["سوري"],
        ["الجمهورية العربية السورية"],
        ["سورية"],
        [],
    ),
    "SZ": ([], ["مملكة إسواتيني"], ["سوازيلاند"], ["Swaziland"]),
    "TD": (["تشادي"], ["جمهورية تشاد"], [], []),
    "TG": (["توغولي"], ["الجمهورية التوغولية"], [], []),
    "TH": (["تايلاندي"], ["مملكة تايلاند"], [], []),
    "TJ": (["طاجيكستاني"], ["جمهورية طاجيكستان"], ["طاجكستان"], []),
    "TL": ([], ["جمهورية تيمور الشرقية الديمقراطية"], ["تيمور الشرقية"], ["East Timor"]),
    "TM": (["تركمانستاني"], [], [], []),
    "TN": (
        ["تونسي"],
        ["الجمهورية التونسية"],
        [],
        [],
        "The capital is the city 'tunis' (تونس العاصمة); bare تونس is the country.",
    ),
    "TO": ([], ["مملكة تونغا"], [], []),
    "TR": (
        ["تركي!", "=الأتراك", "=تركية"],
        ["الجمهورية التركية", "جمهورية تركيا"],
        [],
        ["Turkey", "Republic of Turkey"],
        "Indefinite تركي is a common given name (Turki): definite forms only.",
    ),
    "TT": ([], ["جمهورية ترينيداد وتوباغو"], [], ["Trinidad and Tobago"]),
    "TV": ([], [], [], []),
    "TZ": (["تنزاني"], ["جمهورية تنزانيا المتحدة"], [], []),
    "UA": (["أوكراني"], [], [], []),
    "UG": (["أوغندي"], ["جمهورية أوغندا"], [], []),
    "US": (
        ["أمريكي", "أميركي", "=الأمريكان", "=الأميركان"],
        [],
        [
            "الولايات المتحدة الأمريكية",
            "الولايات المتحدة الأميركية",
            "أمريكا",
            "أميركا",
        ],
        ["USA", "U.S.A.", "U.S.", "America", "United States of America"],
        "واشنطن is the city 'washington', not a country alias. 'US' is not listed "
        "(lower-cased it is the pronoun 'us').",
    ),
    "UY": (["أوروغواياني!"], ["جمهورية الأوروغواي الشرقية"], ["الأوروغواي", "أوروجواي"], []),
    "UZ": (["أوزبكستاني"], ["جمهورية أوزبكستان"], [], []),
    "VC": ([], [], [], ["Saint Vincent and the Grenadines"]),
    "VE": (["فنزويلي"], ["جمهورية فنزويلا البوليفارية"], [], []),
    "VN": (["فيتنامي"], ["جمهورية فيتنام الاشتراكية"], [], []),
    "VU": ([], ["جمهورية فانواتو"], [], []),
    "WS": ([], ["دولة ساموا المستقلة"], [], []),
    "YE": (["يمني"], ["الجمهورية اليمنية"], [], []),
    "ZA": (
        ["=الجنوب أفريقي", "=الجنوب أفريقية", "=الجنوب أفريقيين", "=الجنوب أفريقيون"],
        ["جمهورية جنوب أفريقيا"],
        [],
        [],
    ),
    "ZM": (["زامبي"], ["جمهورية زامبيا"], [], []),
    "ZW": (["زيمبابوي!"], ["جمهورية زيمبابوي"], [], []),
    # Not UN members, but in the news.
    "PS": (
        ["فلسطيني"],
        ["دولة فلسطين"],
        ["فلسطين"],
        ["Palestine", "State of Palestine", "Palestinian territories"],
        "CLDR's short name is الأراضي الفلسطينية (kept); فلسطين and دولة فلسطين added. The West "
        "Bank is its own region (regions.json, west-bank): in the news الضفة الغربية is the West "
        "Bank far more often than the west bank of a river (about 2% of the corpus's uses).",
    ),
    "TW": (["تايواني"], ["جمهورية الصين"], [], ["Republic of China", "ROC"]),
    "XK": (["كوسوفي"], ["جمهورية كوسوفو"], [], ["Republic of Kosovo"]),
    "EH": (
        [],
        ["الجمهورية العربية الصحراوية الديمقراطية"],
        [],
        ["Sahrawi Arab Democratic Republic", "SADR"],
        "Demonym الصحراوي is also 'desert' (adjective): not listed.",
    ),
    "HK": (
        [],
        ["منطقة هونغ كونغ الإدارية الخاصة"],
        ["هونغ كونغ", "هونج كونج"],
        ["Hong Kong"],
        "Hong Kong is modelled as this territory only, not as a city.",
    ),
    "VA": (
        [],
        ["دولة مدينة الفاتيكان"],
        ["الكرسي الرسولي", "حاضرة الفاتيكان"],
        ["Holy See", "the Vatican"],
    ),
}


def _inflect(word: str) -> list[str]:
    """Masculine, feminine, oblique and nominative sound plural of a nisba ending in ي."""
    if not word.endswith("ي"):
        raise ValueError(f"nisba must end in ي: {word}")
    return [word, word + "ة", word + "ين", word + "ون"]


def demonym_forms(specs: list[str]) -> list[str]:
    out: list[str] = []
    for spec in specs:
        if spec.startswith("="):
            out.append(spec[1:])
            continue
        definite_only = spec.endswith("!")
        words = spec.rstrip("!").split()
        forms = list(zip(*[_inflect(w) for w in words], strict=True))  # 4 tuples of inflected words
        for tup in forms:
            out.append(" ".join("ال" + w for w in tup))
        if not definite_only:
            for tup in forms:
                out.append(" ".join(tup))
    return list(dict.fromkeys(out))


def _key(surface: str) -> str:
    """Matching key: the normalised tokens (folded hamza/alef, ة/ه, ى/ي; no punctuation)."""
    from briefings.arabic import tokenize

    return " ".join(t.norm for t in tokenize(surface))


def _dedupe(forms: list[str], seen: set[str]) -> list[str]:
    """Drop forms the normaliser already folds onto a name listed earlier (``seen``)."""
    out = []
    for form in forms:
        k = _key(form)
        if k not in seen:
            seen.add(k)
            out.append(form)
    return out


def build_countries() -> dict:
    data: dict = {
        "_doc": (
            "Generated by _build_places.py. Added to CLDR's Arabic/English territory names "
            "by ISO code. Keys starting with '_' are notes. demonyms: nisba adjectives as "
            "they appear in text (clitics other than the article are stripped by the matcher)."
        )
    }
    from babel import Locale

    cldr_ar, cldr_en = Locale("ar").territories, Locale("en").territories
    for iso in sorted(C):
        row = C[iso]
        dem, long_names, aliases, aliases_en = row[:4]
        seen = {_key(cldr_ar[iso]), _key(cldr_en[iso])}
        # Names first: a form that is both a name and a nisba (السعودية، سورية) is far
        # more often the country's name, so it is kept as an alias, not as a demonym.
        long_forms = _dedupe(long_names, seen)
        alias_forms = _dedupe(aliases, seen)
        entry = {
            "demonyms": _dedupe(demonym_forms(dem), seen),
            "long_names": long_forms,
            "aliases": alias_forms,
            "aliases_en": _dedupe(aliases_en, seen),
        }
        if len(row) > 4:
            entry["_doc"] = row[4]
        data[iso] = entry
    return data


# ---------------------------------------------------------------------------------------
# Cities: "ISO | English | Arabic | aliases ; separated | flags"
# flags: "cap" capital; "amb=x;y" ambiguous forms; "en=x;y" English aliases;
#        "id=..." explicit id; "doc=..." a note. ISO "-" means no country (null).
# ---------------------------------------------------------------------------------------
CAPITALS = """
AF|Kabul|كابول|كابل|cap
AL|Tirana|تيرانا||cap
DZ|Algiers|الجزائر العاصمة|مدينة الجزائر|cap amb=الجزائر doc=Bare الجزائر is the country (Algeria); only qualified forms name the city.
AD|Andorra la Vella|أندورا لا فيلا||cap
AO|Luanda|لواندا||cap
AG|Saint John's|سانت جونز||cap id=saint-johns-antigua doc=Not St. John's, Newfoundland (CLDR zone America/St_Johns).
AR|Buenos Aires|بوينس آيرس|بوينوس آيرس;بوينس أيريس|cap
AM|Yerevan|يريفان||cap
AU|Canberra|كانبيرا|كانبرا|cap
AT|Vienna|فيينا||cap
AZ|Baku|باكو||cap
BS|Nassau|ناساو|ناسو|cap
BH|Manama|المنامة||cap
BD|Dhaka|دكا|داكا|cap
BB|Bridgetown|بريدجتاون||cap
BY|Minsk|مينسك||cap
BE|Brussels|بروكسل||cap
BZ|Belmopan|بلموبان||cap
BJ|Porto-Novo|بورتو نوفو|بورتونوفو|cap
BT|Thimphu|تيمفو||cap
BO|Sucre|سوكري||cap doc=Constitutional capital; La Paz is the seat of government (separate entry).
BA|Sarajevo|سراييفو||cap
BW|Gaborone|غابورون|غابورني|cap
BR|Brasília|برازيليا||cap
BN|Bandar Seri Begawan|بندر سري بكاوان|بندر سيري بيغاوان;بندر سري بيجاوان|cap
BG|Sofia|صوفيا||cap doc=صوفيا is also a given name; CLDR lists the city anyway.
BF|Ouagadougou|واغادوغو|واجادوجو|cap
BI|Gitega|جيتيغا|غيتيغا|cap doc=Capital since 2019; Bujumbura is the economic capital.
CV|Praia|برايا||cap
KH|Phnom Penh|بنوم بنه|بنوم بن|cap
CM|Yaoundé|ياوندي||cap
CA|Ottawa|أوتاوا||cap
CF|Bangui|بانغي|بانغوي|cap
TD|N'Djamena|نجامينا|إنجامينا;انجامينا|cap
CL|Santiago|سانتياغو|سانتياغو دي تشيلي;سانتياجو|cap
CN|Beijing|بكين|بيجين;بيجينغ|cap en=Peking
CO|Bogotá|بوغوتا|بوجوتا|cap
KM|Moroni|موروني||cap
CG|Brazzaville|برازافيل||cap
CD|Kinshasa|كينشاسا||cap
CR|San José|سان خوسيه||cap id=san-jose-costa-rica
CI|Yamoussoukro|ياموسوكرو||cap doc=Official capital; Abidjan (CLDR city) is the economic capital.
HR|Zagreb|زغرب|زاغرب|cap
CU|Havana|هافانا||cap
CY|Nicosia|نيقوسيا||cap
CZ|Prague|براغ||cap
DK|Copenhagen|كوبنهاغن|كوبنهاجن|cap
DJ|Djibouti City|مدينة جيبوتي||cap id=djibouti-city amb=جيبوتي doc=Bare جيبوتي is the country.
DM|Roseau|روزو||cap
DO|Santo Domingo|سانتو دومينغو||cap
EC|Quito|كيتو||cap
EG|Cairo|القاهرة||cap
SV|San Salvador|سان سلفادور||cap
GQ|Malabo|مالابو||cap
ER|Asmara|أسمرة|أسمرا|cap
EE|Tallinn|تالين||cap
SZ|Mbabane|مباباني||cap
ET|Addis Ababa|أديس أبابا||cap
FJ|Suva|سوفا||cap
FI|Helsinki|هلسنكي||cap
FR|Paris|باريس||cap
GA|Libreville|ليبرفيل||cap
GM|Banjul|بانجول||cap
GE|Tbilisi|تبليسي||cap
DE|Berlin|برلين||cap
GH|Accra|أكرا||cap
GR|Athens|أثينا||cap
GD|St. George's|سانت جورجز||cap id=saint-georges
GT|Guatemala City|مدينة غواتيمالا||cap id=guatemala-city amb=غواتيمالا doc=Bare غواتيمالا is the country.
GN|Conakry|كوناكري||cap
GW|Bissau|بيساو||cap
GY|Georgetown|جورج تاون|جورجتاون|cap
HT|Port-au-Prince|بورت أو برنس|بور أو برنس|cap
HN|Tegucigalpa|تيغوسيغالبا||cap
HU|Budapest|بودابست||cap
IS|Reykjavík|ريكيافيك||cap
IN|New Delhi|نيودلهي|نيو دلهي|cap
ID|Jakarta|جاكرتا||cap
IR|Tehran|طهران||cap
IQ|Baghdad|بغداد||cap
IE|Dublin|دبلن||cap
IT|Rome|روما||cap
JM|Kingston|كينغستون|كينجستون|cap
JP|Tokyo|طوكيو||cap
JO|Amman|عمّان||cap amb=عمان doc=عمّان normalises to عمان, the CLDR name of Oman (عُمان); the form must not be linked on its own.
KZ|Astana|أستانا|أستانة;نور سلطان|cap en=Nur-Sultan
KE|Nairobi|نيروبي||cap
KI|Tarawa|تاراوا|جنوب تاراوا|cap en=South Tarawa
KP|Pyongyang|بيونغ يانغ|بيونغيانغ;بيونج يانج;بيونجيانج|cap
KR|Seoul|سول||cap amb=سيول doc=سيول (common spelling) is also 'floods/torrents', a common word: listed as ambiguous, not matched.
KW|Kuwait City|مدينة الكويت||cap id=kuwait-city amb=الكويت doc=Bare الكويت is the country.
KG|Bishkek|بشكيك||cap
LA|Vientiane|فيينتيان|فيانتيان|cap
LV|Riga|ريغا|ريجا|cap
LB|Beirut|بيروت||cap
LS|Maseru|ماسيرو||cap
LR|Monrovia|مونروفيا||cap
LY|Tripoli|طرابلس|طرابلس الغرب;طرابلس الليبية|cap doc=Bare طرابلس is linked to the Libyan capital (far more frequent in the news); the Lebanese city is 'tripoli-lebanon', matched only as طرابلس اللبنانية / طرابلس الشام.
LI|Vaduz|فادوز||cap
LT|Vilnius|فيلنيوس||cap
LU|Luxembourg City|مدينة لوكسمبورغ||cap id=luxembourg-city amb=لوكسمبورغ doc=Bare لوكسمبورغ is the country.
MG|Antananarivo|أنتاناناريفو||cap
MW|Lilongwe|ليلونغوي||cap
MY|Kuala Lumpur|كوالالمبور|كوالا لامبور;كوالا لمبور|cap
ML|Bamako|باماكو||cap
MT|Valletta|فاليتا||cap
MH|Majuro|ماجورو||cap
MR|Nouakchott|نواكشوط||cap
MU|Port Louis|بورت لويس||cap
MX|Mexico City|مكسيكو سيتي|مدينة مكسيكو|cap
FM|Palikir|باليكير||cap
MD|Chișinău|كيشيناو|تشيسيناو|cap en=Chisinau;Kishinev
MN|Ulaanbaatar|أولان باتور|أولانباتار;أولان باتار;آلانباتار|cap en=Ulan Bator
ME|Podgorica|بودغوريتسا|بودغوريكا|cap
MA|Rabat|الرباط||cap
MZ|Maputo|مابوتو||cap
MM|Naypyidaw|نايبيداو|ناي بي تاو;نايبيتاو|cap en=Nay Pyi Taw
NA|Windhoek|ويندهوك||cap
NR|Yaren|يارين||cap
NP|Kathmandu|كاتماندو||cap
NL|Amsterdam|أمستردام||cap doc=Constitutional capital; The Hague (lahay) is the seat of government.
NZ|Wellington|ويلينغتون|ولنغتون|cap
NI|Managua|ماناغوا||cap
NE|Niamey|نيامي||cap
NG|Abuja|أبوجا||cap
MK|Skopje|سكوبيه|سكوبي|cap
NO|Oslo|أوسلو||cap
OM|Muscat|مسقط||cap doc=مسقط رأس ('birthplace') contains the same word; the phrase should be blocklisted by the matcher.
PK|Islamabad|إسلام آباد|إسلاماباد|cap
PW|Ngerulmud|نغيرولمود||cap
PA|Panama City|مدينة بنما||cap id=panama-city amb=بنما doc=Bare بنما is the country.
PG|Port Moresby|بورت مورسبي|بور مورسبي|cap
PY|Asunción|أسونسيون||cap
PE|Lima|ليما||cap
PH|Manila|مانيلا||cap
PL|Warsaw|وارسو|فرصوفيا|cap
PT|Lisbon|لشبونة||cap
QA|Doha|الدوحة||cap
RO|Bucharest|بوخارست||cap
RU|Moscow|موسكو||cap
RW|Kigali|كيغالي|كيجالي|cap
KN|Basseterre|باستير||cap
LC|Castries|كاستريس||cap
VC|Kingstown|كينغستاون||cap
WS|Apia|أبيا||cap
SM|City of San Marino|مدينة سان مارينو||cap id=san-marino-city amb=سان مارينو doc=Bare سان مارينو is the country.
ST|São Tomé|ساو تومي||cap
SA|Riyadh|الرياض||cap
SN|Dakar|داكار||cap
RS|Belgrade|بلغراد||cap
SL|Freetown|فريتاون|فري تاون|cap
SK|Bratislava|براتيسلافا||cap
SI|Ljubljana|ليوبليانا|لوبليانا|cap
SB|Honiara|هونيارا||cap
SO|Mogadishu|مقديشو|مقديشيو|cap
ZA|Pretoria|بريتوريا||cap doc=Executive capital; Cape Town (legislative) and Bloemfontein (judicial) are not flagged.
SS|Juba|جوبا||cap
ES|Madrid|مدريد||cap
LK|Sri Jayawardenepura Kotte|سري جاياواردنابورا كوتي||cap doc=Official capital; Colombo (CLDR city) is the commercial capital.
SD|Khartoum|الخرطوم||cap
SR|Paramaribo|باراماريبو||cap
SE|Stockholm|ستوكهولم||cap
CH|Bern|برن|بيرن|cap en=Berne
SY|Damascus|دمشق||cap
TJ|Dushanbe|دوشنبه|دوشانبي|cap
TZ|Dodoma|دودوما||cap doc=Official capital; Dar es Salaam (CLDR city) is the largest city.
TH|Bangkok|بانكوك||cap
TL|Dili|ديلي||cap amb=ديلي doc=ديلي is also 'Daily' (ديلي ميل، ديلي تلغراف): not matched on its own; CLDR adds the same name, the matcher should blocklist it.
TG|Lomé|لومي||cap
TO|Nukuʻalofa|نوكوالوفا||cap id=nukualofa
TT|Port of Spain|بورت أوف سبين||cap
TN|Tunis|تونس العاصمة|مدينة تونس|cap amb=تونس doc=Bare تونس is the country (Tunisia).
TR|Ankara|أنقرة||cap
TM|Ashgabat|عشق آباد|عشقاباد;عشق أباد|cap
TV|Funafuti|فونافوتي||cap
UG|Kampala|كمبالا|كامبالا|cap
UA|Kyiv|كييف||cap en=Kiev amb=كيف doc=كيف ('how') is never listed.
AE|Abu Dhabi|أبوظبي|أبو ظبي|cap
GB|London|لندن||cap
US|Washington|واشنطن|واشنطن العاصمة;واشنطن دي سي|cap en=Washington, D.C.;Washington DC doc=Metonym for the US government in the news; the person George Washington is the people file's concern.
UY|Montevideo|مونتيفيديو|مونتفيديو|cap
UZ|Tashkent|طشقند||cap
VU|Port Vila|بورت فيلا||cap
VE|Caracas|كاراكاس||cap
VN|Hanoi|هانوي||cap
YE|Sanaa|صنعاء||cap en=Sana'a
ZM|Lusaka|لوساكا||cap
ZW|Harare|هراري||cap
TW|Taipei|تايبيه|تايبي|cap
XK|Pristina|بريشتينا|برشتينا|cap en=Prishtina
"""

OTHER_CITIES = """
-|Jerusalem|القدس|بيت المقدس;أورشليم;القدس الشرقية;القدس الغربية;القدس المحتلة|doc=Country left null: sovereignty is disputed (Israel claims it as its capital, Palestine claims East Jerusalem). East/West Jerusalem are folded into this one entity.
PS|Gaza|غزة|مدينة غزة;قطاع غزة|doc=One entity for Gaza City and the Gaza Strip: bare غزة means either in the news and the knowledge base has no region type.
PS|Ramallah|رام الله||doc=Seat of the Palestinian Authority; not flagged as a capital.
PS|Hebron|الخليل|مدينة الخليل;هيبرون|
PS|Nablus|نابلس||
PS|Jenin|جنين|مخيم جنين|
PS|Bethlehem|بيت لحم||
PS|Jericho|أريحا||
PS|Tulkarm|طولكرم||
PS|Qalqilya|قلقيلية||
PS|Khan Younis|خان يونس|خانيونس|en=Khan Yunis
PS|Rafah|رفح||doc=The Gaza side of the border city; the Egyptian side is rarely named separately.
PS|Deir al-Balah|دير البلح||
PS|Jabalia|جباليا|مخيم جباليا|
PS|Beit Lahia|بيت لاهيا||
PS|Beit Hanoun|بيت حانون||
IL|Tel Aviv|تل أبيب|تل أبيب يافا|en=Tel Aviv-Yafo
IL|Haifa|حيفا||
IL|Jaffa|يافا||
IL|Eilat|إيلات|أم الرشراش|
IL|Ashkelon|عسقلان||
IL|Ashdod|أسدود||
IL|Beersheba|بئر السبع||
IL|Sderot|سديروت||
IL|Nazareth|الناصرة||
IL|Acre|عكا||
IL|Dimona|ديمونا||
IL|Netanya|نتانيا||
LB|Tripoli (Lebanon)|طرابلس اللبنانية|طرابلس الشام;طرابلس لبنان|id=tripoli-lebanon amb=طرابلس doc=Bare طرابلس goes to Tripoli, Libya.
LB|Sidon|صيدا||
LB|Baalbek|بعلبك||
LB|Nabatieh|النبطية||
JO|Irbid|إربد||
SY|Aleppo|حلب||
SY|Idlib|إدلب||
SY|Raqqa|الرقة||
SY|Homs|حمص||
SY|Hama|حماة||doc=حماة is also 'protectors' (حماة الوطن): the organisations file carries the longer party names.
SY|Latakia|اللاذقية||
SY|Tartus|طرطوس||
SY|Deir ez-Zor|دير الزور||
SY|Daraa|درعا||
SY|Qamishli|القامشلي||
SY|Kobani|كوباني|عين العرب|
SY|Afrin|عفرين||
SY|Manbij|منبج||
SY|Suwayda|السويداء||
SY|Quneitra|القنيطرة||
SY|Hasakah|الحسكة||
SY|Abu Kamal|البوكمال|البو كمال|
SY|Jableh|جبلة||
IQ|Mosul|الموصل||
IQ|Basra|البصرة||
IQ|Erbil|أربيل|هولير|
IQ|Kirkuk|كركوك||
IQ|Najaf|النجف||
IQ|Karbala|كربلاء||
IQ|Fallujah|الفلوجة||
IQ|Sulaymaniyah|السليمانية||
IQ|Tikrit|تكريت||
IQ|Samarra|سامراء||
IQ|Duhok|دهوك||
IQ|Sinjar|سنجار||
IQ|Baqubah|بعقوبة||
LY|Benghazi|بنغازي||
LY|Misrata|مصراتة|مصراته|
LY|Derna|درنة||
LY|Tobruk|طبرق||
LY|Sabha|سبها||
YE|Aden|عدن||
YE|Hodeidah|الحديدة||
YE|Taiz|تعز||
YE|Marib|مأرب||
YE|Mukalla|المكلا||
YE|Saada|صعدة||
SA|Jeddah|جدة||
SA|Mecca|مكة|مكة المكرمة|en=Makkah
SA|Medina|المدينة المنورة||en=Madinah doc=Bare المدينة ('the city') is never listed.
SA|Dammam|الدمام||
SA|Dhahran|الظهران||
SA|Taif|الطائف||
SA|Tabuk|تبوك||
SA|Neom|نيوم||
AE|Dubai|دبي||
AE|Sharjah|الشارقة||
AE|Ajman|عجمان||
AE|Ras Al Khaimah|رأس الخيمة||
AE|Fujairah|الفجيرة||
QA|Lusail|لوسيل||
OM|Salalah|صلالة||
TR|Istanbul|إسطنبول|استانبول|
TR|Izmir|إزمير|أزمير|
TR|Antalya|أنطاليا||
TR|Gaziantep|غازي عنتاب|عنتاب|
TR|Adana|أضنة||
TR|Diyarbakır|ديار بكر|دياربكر|en=Diyarbakir
EG|Alexandria|الإسكندرية||
EG|Sharm el-Sheikh|شرم الشيخ||
EG|Port Said|بورسعيد|بور سعيد|
EG|Suez|السويس||
EG|Aswan|أسوان||
EG|El Arish|العريش||
EG|Giza|الجيزة||
EG|Hurghada|الغردقة||
EG|El Alamein|العلمين|العلمين الجديدة|
EG|Tanta|طنطا||
EG|Asyut|أسيوط||
EG|New Administrative Capital|العاصمة الإدارية الجديدة|العاصمة الإدارية|doc=Egypt's new seat of government east of Cairo; not flagged as the capital (Cairo is).
MA|Casablanca|الدار البيضاء|كازابلانكا|
MA|Marrakesh|مراكش||en=Marrakech
MA|Tangier|طنجة||
MA|Fez|فاس||
MA|Agadir|أكادير|أغادير|
MA|Oujda|وجدة||
EH|El Aaiún|مدينة العيون||en=Laayoune;El Aaiun amb=العيون doc=العيون is also 'the eyes/springs'. Country EH (the ISO territory), not MA.
DZ|Oran|وهران||
DZ|Constantine|قسنطينة||
DZ|Annaba|عنابة||
DZ|Tamanrasset|تمنراست||
TN|Sfax|صفاقس||
TN|Sousse|سوسة||
TN|Kairouan|القيروان||
TN|Bizerte|بنزرت||
TN|Djerba|جربة||
SD|Omdurman|أم درمان||
SD|Port Sudan|بورتسودان|بور سودان|doc=De facto seat of government since 2023; not flagged as the capital.
SD|El Fasher|الفاشر||
SD|Nyala|نيالا||
SD|Geneina|الجنينة||
SD|Wad Madani|ود مدني||
SO|Hargeisa|هرجيسا|هرغيسا|
SO|Kismayo|كيسمايو||
BI|Bujumbura|بوجمبورا|بوجومبورا|
KE|Mombasa|مومباسا||
NG|Maiduguri|مايدوغوري||
ML|Timbuktu|تمبكتو|تومبوكتو|
ML|Gao|غاو||
ML|Kidal|كيدال||
NE|Agadez|أغاديس||
ZA|Cape Town|كيب تاون|كيبتاون|
ZA|Durban|ديربان||
BO|La Paz|لاباز|لا باز|doc=Seat of government; Sucre is the constitutional capital.
NL|The Hague|لاهاي||en=Den Haag
NL|Rotterdam|روتردام||
BE|Antwerp|أنتويرب||
CH|Geneva|جنيف||
CH|Davos|دافوس||
CH|Lausanne|لوزان||
CH|Montreux|مونترو||
AT|Salzburg|سالزبورغ||
DE|Munich|ميونيخ|ميونخ|
DE|Hamburg|هامبورغ||
DE|Frankfurt|فرانكفورت||
DE|Cologne|كولونيا||
DE|Ramstein|رامشتاين||
DE|Dresden|دريسدن|درسدن|
FR|Marseille|مرسيليا||
FR|Strasbourg|ستراسبورغ||
FR|Calais|كاليه||
IT|Milan|ميلانو||
IT|Naples|نابولي||
IT|Florence|فلورنسا|فلورانس|
IT|Palermo|باليرمو||
IT|Lampedusa|لامبيدوزا||
ES|Ceuta|سبتة||doc=Spanish city claimed by Morocco: country ES (UN-recognised sovereignty).
ES|Melilla|مليلية||doc=Spanish city claimed by Morocco: country ES.
GB|Edinburgh|إدنبرة|أدنبره|
GB|Glasgow|غلاسكو||
GB|Belfast|بلفاست||
GB|Birmingham|برمنغهام|برمنجهام|
PL|Kraków|كراكوف||en=Krakow
PL|Rzeszów|جيشوف|ريجيسوف|en=Rzeszow
GR|Thessaloniki|سالونيك|ثيسالونيكي|
BA|Srebrenica|سريبرينيتسا|سربرنيتسا|
RU|Vladivostok|فلاديفوستوك|فلاديفوستك|
RU|Saint Petersburg|سان بطرسبرغ|سانت بطرسبرغ;سان بطرسبورغ;سانت بطرسبورغ;بطرسبرغ|en=St Petersburg;St. Petersburg
RU|Sochi|سوتشي||
RU|Kazan|قازان||
RU|Yekaterinburg|يكاترينبورغ|إيكاترينبرغ|
RU|Kaliningrad|كالينينغراد|كالينينجراد|
RU|Murmansk|مورمانسك||
RU|Belgorod|بيلغورود|بيلجورود|
RU|Kursk|كورسك||
RU|Rostov-on-Don|روستوف|روستوف على الدون;روستوف أون دون|
RU|Volgograd|فولغوغراد|ستالينغراد|
RU|Khabarovsk|خاباروفسك||
RU|Novosibirsk|نوفوسيبيرسك||
UA|Kharkiv|خاركيف|خاركوف|en=Kharkov
UA|Odesa|أوديسا||en=Odessa
UA|Mariupol|ماريوبول||doc=Occupied by Russia since 2022; country UA (internationally recognised).
UA|Bakhmut|باخموت|أرتيموفسك|en=Artemovsk
UA|Donetsk|دونيتسك||doc=Occupied; country UA (internationally recognised). The oblast shares the name.
UA|Luhansk|لوغانسك|لوهانسك|en=Lugansk doc=Occupied; country UA.
UA|Kherson|خيرسون||
UA|Zaporizhzhia|زابوريجيا|زاباروجيا|en=Zaporozhye
UA|Dnipro|دنيبرو|دنيبروبتروفسك|
UA|Lviv|مدينة لفيف|لفوف|amb=لفيف doc=لفيف is 'a crowd' (لفيف من المسؤولين).
UA|Sumy|سومي||
UA|Chernihiv|تشيرنيهيف||
UA|Mykolaiv|ميكولايف||
UA|Kramatorsk|كراماتورسك||
UA|Avdiivka|أفدييفكا||
UA|Pokrovsk|بوكروفسك||
UA|Bucha|بوتشا||
UA|Sevastopol|سيفاستوبول||doc=Crimea, annexed by Russia in 2014; country UA (internationally recognised). Crimea itself is a region and is not modelled.
UA|Simferopol|سيمفروبول|سيمفيروبول|doc=Crimea; country UA.
IR|Isfahan|أصفهان||
IR|Tabriz|تبريز||
IR|Shiraz|شيراز||
IR|Bandar Abbas|بندر عباس||
IR|Natanz|نطنز||
IR|Fordow|فوردو||
IR|Bushehr|بوشهر||
IR|Ahvaz|الأهواز||
IR|Karaj|كرج||
IR|Chabahar|جابهار|تشابهار|
AF|Kandahar|قندهار||
AF|Herat|هرات||
AF|Mazar-i-Sharif|مزار شريف||
AF|Jalalabad|جلال آباد||
AF|Bagram|باغرام||
PK|Lahore|لاهور||
PK|Peshawar|بيشاور||
PK|Quetta|كويتا||
PK|Rawalpindi|راولبندي||
IN|Mumbai|مومباي|بومباي|en=Bombay
IN|Bangalore|بنغالور|بنغالورو|en=Bengaluru
IN|Chennai|تشيناي|مدراس|en=Madras
IN|Hyderabad|حيدر آباد||
IN|Srinagar|سريناغار||
CN|Wuhan|ووهان||
CN|Guangzhou|قوانغتشو|غوانغجو|
CN|Shenzhen|شنتشن|شينزين|
CN|Lhasa|لاسا||
CN|Shanghai|شنغهاي|شانغهاي|
JP|Osaka|أوساكا||
JP|Hiroshima|هيروشيما||
JP|Nagasaki|ناغازاكي|نجازاكي|
JP|Fukushima|فوكوشيما||
KR|Busan|بوسان||
KP|Yongbyon|يونغبيون|يونغ بيون|
KP|Kaesong|كايسونغ||
TW|Kaohsiung|كاوهسيونغ||
US|New York|نيويورك||en=New York City;NYC
US|Los Angeles|لوس أنجلوس|لوس أنجلس;لوس انجليس|
US|San Francisco|سان فرانسيسكو||
US|Miami|ميامي||
US|Houston|هيوستن||
US|Boston|بوسطن||
US|Seattle|سياتل||
US|Dallas|دالاس||
US|Atlanta|أتلانتا||
US|Philadelphia|فيلادلفيا||
US|Las Vegas|لاس فيغاس|لاس فيجاس|
US|Palm Beach|بالم بيتش||
CA|Montreal|مونتريال||
BR|Rio de Janeiro|ريو دي جانيرو||
VE|Maracaibo|ماراكايبو||
GE|Batumi|باتومي||
LY|Sirte|مدينة سرت||amb=سرت doc=سرت is also a common verb ('spread/came into force'): only مدينة سرت is linked.
LY|Zawiya|مدينة الزاوية||amb=الزاوية doc=الزاوية is 'the corner/angle'.
SY|Palmyra|مدينة تدمر|تدمر الأثرية|amb=تدمر doc=تدمر is also a verb ('destroys').
SY|Douma|مدينة دوما||amb=دوما doc=دوما is also 'always' (دوماً) and the Russian Duma.
SY|Al-Bab|مدينة الباب||amb=الباب doc=الباب is 'the door'.
SY|Azaz|مدينة أعزاز||amb=أعزاز doc=أعزاز normalises like إعزاز ('honouring').
IQ|Ramadi|مدينة الرمادي||amb=الرمادي doc=الرمادي is 'grey'.
IQ|Nasiriyah|مدينة الناصرية||amb=الناصرية doc=الناصرية is also Nasserism.
JO|Aqaba|مدينة العقبة||amb=العقبة doc=العقبة is 'the obstacle'.
JO|Zarqa|مدينة الزرقاء||amb=الزرقاء doc=الزرقاء is 'the blue' (feminine).
IR|Mashhad|مدينة مشهد||amb=مشهد doc=مشهد is 'scene'.
IR|Qom|مدينة قم||amb=قم doc=قم is 'stand up' and a frequent clitic reading (لقم ...).
LB|Tyre|مدينة صور||amb=صور doc=صور is 'pictures'.
EG|Luxor|مدينة الأقصر||amb=الأقصر doc=الأقصر is 'the shortest'.
EG|Ismailia|مدينة الإسماعيلية||amb=الإسماعيلية doc=الإسماعيلية is also the Ismaili sect.
EG|Mansoura|مدينة المنصورة||amb=المنصورة doc=المنصورة is 'the victorious' (feminine).
SD|Kassala|مدينة كسلا||amb=كسلا doc=كسلا is also 'laziness' (كسلاً).
SD|El Obeid|مدينة الأبيض||amb=الأبيض doc=الأبيض is 'the white'.
IT|Venice|فينيسيا|مدينة البندقية|amb=البندقية doc=البندقية is 'the rifle'.
DE|Bonn|مدينة بون||amb=بون doc=بون is 'gap' (البون شاسع).
FR|Cannes|مدينة كان||amb=كان doc=كان is 'was'.
FR|Lyon|مدينة ليون||amb=ليون doc=ليون is also the given name Leon/León.
EH|Dakhla|مدينة الداخلة||amb=الداخلة doc=الداخلة is 'the interior/entering'. Country EH: Dakhla is in Western Sahara.
MM|Yangon|يانغون|رانغون|en=Rangoon
IN|Kolkata|كولكاتا|كلكتا|en=Calcutta
CN|Ürümqi|أورومتشي|أورومكي|en=Urumqi
AU|Perth|بيرث||
AU|Brisbane|بريزبن|بريسبان|
AU|Adelaide|أديلايد||
CA|Toronto|تورنتو||
CA|Edmonton|إدمونتون||
CA|Winnipeg|وينيبيغ||
RU|Irkutsk|إيركوتسك||
RU|Yakutsk|ياكوتسك||
RU|Magadan|ماغادان||
ZA|Johannesburg|جوهانسبرغ|جوهانسبورغ|
NG|Lagos|لاغوس||
PK|Karachi|كراتشي||
# Major cities of the countries most in the news that CLDR lacks (general lists by country,
# not drawn from any evaluation set). A name that is also an everyday word is linked only
# qualified (amb=): مدينة مشهد, not مشهد "scene"; مدينة صور, not صور "pictures".
IR|Kerman|كرمان||
IR|Yazd|يزد|مدينة يزد|amb=يزد
IR|Abadan|عبادان||
IR|Zahedan|زاهدان||
IR|Kermanshah|كرمانشاه||
ES|Barcelona|برشلونة|برشلونه|
ES|Valencia|فالنسيا|بلنسية;فالينسيا|
ES|Seville|إشبيلية|سيفيا;إشبيليه|
ES|Málaga|ملقة|مالقة;مالاغا|en=Malaga
ES|Bilbao|بلباو|بيلباو|
ES|Zaragoza|سرقسطة|ساراغوسا|
ES|Córdoba|قرطبة||id=cordoba-spain en=Cordoba
ES|Granada|غرناطة||
ES|Toledo|طليطلة|توليدو|
ES|Murcia|مرسية|مورسيا|
ES|Almería|المرية|ألميريا|en=Almeria
ES|Cádiz|قادس|كاديز|en=Cadiz
ES|Salamanca|سالامانكا|سلمنقة|
ES|San Sebastián|سان سيباستيان||en=San Sebastian
IT|Turin|تورينو||
IT|Genoa|جنوة|جنوا|
IT|Verona|فيرونا||
IT|Bologna|بولونيا الإيطالية|مدينة بولونيا|
DE|Stuttgart|شتوتغارت|شتوتجارت|
DE|Düsseldorf|دوسلدورف||en=Dusseldorf
DE|Leipzig|لايبزيغ|لايبزيج|
DE|Hanover|هانوفر||
DE|Dortmund|دورتموند||
DE|Bremen|بريمن||
FR|Toulouse|تولوز||
FR|Bordeaux|بوردو||
FR|Lille|مدينة ليل||
FR|Nantes|نانت||
FR|Montpellier|مونبلييه||
GB|Manchester|مانشستر||
GB|Liverpool|ليفربول||
GB|Leeds|ليدز||
GB|Sheffield|شيفيلد|شفيلد|
GB|Bristol|بريستول||
GB|Newcastle upon Tyne|نيوكاسل||en=Newcastle
GB|Oxford|أكسفورد|اكسفورد|
GB|Cambridge|كامبريدج||
AU|Melbourne|ملبورن||
CN|Tianjin|تيانجين|تيانجين الصينية|
CN|Chongqing|تشونغتشينغ|تشونغ تشينغ|
CN|Nanjing|نانجينغ|نانكين;نانجين|
CN|Hangzhou|هانغتشو|هانغجو;هانجو|
CN|Harbin|هاربين||
CN|Shenyang|شنيانغ||
JP|Kyoto|كيوتو||
JP|Yokohama|يوكوهاما||
JP|Nagoya|ناغويا|ناجويا|
KR|Incheon|إنتشون|انتشون|
PK|Faisalabad|فيصل آباد||
PK|Multan|ملتان||
AF|Kunduz|قندوز||
AF|Ghazni|غزني|غزنة|
RU|Grozny|غروزني||
EG|Zagazig|الزقازيق||
EG|Damanhur|دمنهور||
IQ|Amarah|مدينة العمارة||
IQ|Kut|الكوت||
IQ|Hillah|الحلة|مدينة الحلة|
IQ|Diwaniyah|الديوانية||
IQ|Samawah|السماوة||
IQ|Kufa|الكوفة||
IQ|Abu Ghraib|أبو غريب|أبوغريب|
IQ|Tal Afar|تلعفر|تل عفر|
IQ|Zakho|زاخو||
IQ|Halabja|حلبجة||
SY|Baniyas|بانياس||
SY|Tell Abyad|تل أبيض||
SY|Jisr al-Shughur|جسر الشغور||
SY|Maarat al-Numan|معرة النعمان||
SY|Eastern Ghouta|الغوطة الشرقية|الغوطة|
LB|Zahle|زحلة||
LB|Jounieh|جونية||
LB|Byblos|جبيل||
SA|Hail|مدينة حائل||
SA|Buraydah|بريدة||
SA|Abha|أبها||
SA|Najran|نجران||
SA|Khobar|مدينة الخبر||
SA|Yanbu|مدينة ينبع||
SA|Jubail|الجبيل||
SA|Qatif|القطيف||
SA|Al-Ahsa|الأحساء|الاحساء|
SA|Khamis Mushait|خميس مشيط||
SA|Hafar Al-Batin|حفر الباطن||
JO|Karak|الكرك||
LY|Ajdabiya|أجدابيا|اجدابيا|
LY|Ghadames|غدامس||
LY|Zintan|الزنتان||
LY|Bani Walid|بني وليد||
LY|Kufra|الكفرة||
TN|Gabès|قابس||en=Gabes
TN|Monastir|المنستير||
TN|Gafsa|قفصة||
TN|Tataouine|تطاوين||
TN|Nabeul|نابل||
DZ|Tlemcen|تلمسان||
DZ|Sétif|سطيف||en=Setif
DZ|Batna|باتنة||
DZ|Blida|البليدة||
DZ|Béjaïa|بجاية||en=Bejaia
DZ|Tizi Ouzou|تيزي وزو||
DZ|Ouargla|ورقلة||
DZ|Ghardaïa|غرداية||en=Ghardaia
DZ|Biskra|بسكرة||
MA|Meknes|مكناس||
MA|Tétouan|تطوان||en=Tetouan
MA|Nador|الناظور||
MA|Safi|آسفي||
MA|Essaouira|الصويرة||
MA|Ouarzazate|ورزازات||
SD|Khartoum North|الخرطوم بحري||
SD|Gedaref|القضارف||
SD|Sennar|سنار||
SD|Atbara|عطبرة||
SD|Kadugli|كادقلي||
SO|Baidoa|بيداوة|بيدوا|
SO|Beledweyne|بلدوين||
SO|Garowe|غاروي||
SO|Bosaso|بوصاصو||
TR|Konya|قونية||
TR|Trabzon|طرابزون||
TR|Mersin|مرسين||
TR|Hatay|هاتاي|لواء الإسكندرون|
TR|Şanlıurfa|أورفة|شانلي أورفة|en=Sanliurfa
TR|Mardin|ماردين||
TR|Kilis|كلس||
TR|Samsun|سامسون||
TR|Kahramanmaraş|كهرمان مرعش|مرعش|en=Kahramanmaras
IL|Herzliya|هرتسليا||
IL|Umm al-Fahm|أم الفحم||
IN|Ahmedabad|أحمد آباد||
IN|Jaipur|جايبور||
IN|Lucknow|لكناو||
IN|Amritsar|أمريتسار||
US|Phoenix|فينيكس||
US|San Diego|سان دييغو|سان دييجو|
US|Baltimore|بالتيمور||
US|Pittsburgh|بيتسبرغ|بيتسبورغ|
US|Cleveland|كليفلاند||
US|New Orleans|نيو أورليانز|نيو أورلينز;نيوأورليانز|
US|Minneapolis|مينيابوليس||
US|Memphis|ممفيس||
US|Portland|بورتلاند||
US|St. Louis|سانت لويس||
"""


_OPT_RE = re.compile(r"(\w+)=(.*?)(?=\s+\w+=|$)")


def _options(flags: str) -> dict[str, str]:
    """``id=x amb=a b;c en=New York`` -> options; values may contain spaces."""
    return {k: v.strip() for k, v in _OPT_RE.findall(flags.strip())}


def _parse(table: str) -> list[dict]:
    from briefings.nlp.ids import slugify

    rows = []
    for line in table.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue  # a comment about the rows below
        iso, en, ar, aliases, *rest = [p.strip() for p in line.split("|")]
        flags = rest[0] if rest else ""
        if flags == "skip":
            continue
        capital = False
        doc = None
        if " doc=" in " " + flags:
            flags, doc = (" " + flags).split(" doc=", 1)
        flags = flags.strip()
        if flags == "cap" or flags.startswith("cap "):
            capital = True
            flags = flags[3:]
        opts = _options(flags)
        entry = {
            "id": opts.get("id") or slugify(en),
            "en": en,
            "ar": ar,
            "aliases_ar": _dedupe([a for a in aliases.split(";") if a], {_key(ar)}),
            "aliases_en": _dedupe([a for a in opts.get("en", "").split(";") if a], {_key(en)}),
            "country": None if iso == "-" else iso,
            "capital": capital,
            "wikidata": None,
        }
        if "amb" in opts:
            entry["ambiguous_ar"] = opts["amb"].split(";")
        if doc:
            entry["_doc"] = doc.strip()
        rows.append(entry)
    return rows


def build_cities() -> list[dict]:
    return _parse(CAPITALS) + _parse(OTHER_CITIES)


def main() -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    countries = build_countries()
    cities = build_cities()
    for name, data in (("countries_extra.json", countries), ("cities.json", cities)):
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        (HERE / name).write_text(text, encoding="utf-8")
    print(f"countries_extra.json: {len(countries) - 1} entries; cities.json: {len(cities)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
