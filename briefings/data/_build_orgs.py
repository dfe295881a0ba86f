# ruff: noqa: E501  (one data row per line: the tables stay greppable)
"""Generate ``organizations.json`` from the compact table below.

Run ``python briefings/data/_build_orgs.py`` after editing, then commit the script and the
JSON together.

Line format: ``kind|country|English|Arabic|aliases_ar ; separated|aliases_en ; separated|opts``

* kind: ``int`` international, ``gov`` government, ``mil`` military, ``party``, ``armed``
  armed group, ``media``, ``co`` company, ``sport`` sports club, ``other``.
* Sports clubs named like their city (ليفربول، برشلونة) carry the bare city form in
  ``amb=``: the extractor links it to the club only in a sports report, else to the city.
* country: ISO code of the home country, ``-`` for none (international bodies).
* opts (space separated): ``met=XX`` the organisation is a seat-of-power metonym for country
  XX (الكرملين, البيت الأبيض ...); ``qid=Q..`` Wikidata id, only when certain;
  ``amb=a;b`` forms that also name this organisation but must not be linked on their own
  (common words, or shared with another entity); ``id=..`` explicit id; ``doc=...`` (last)
  a note on a decision.

Precision over recall: a bare form that is a common word (العربية 'Arabic', الجزيرة 'the
island', فتح 'opened', القاعدة 'the base', أمل 'hope' ...) is never an alias; only the
qualified form (قناة العربية, حركة فتح, تنظيم القاعدة ...) is, and the bare one goes to
``ambiguous_ar``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = {
    "int": "international",
    "gov": "government",
    "mil": "military",
    "party": "party",
    "armed": "armed-group",
    "media": "media",
    "co": "company",
    "sport": "sports",
    "other": "other",
}

ORGS = """
int|-|United Nations|الأمم المتحدة|منظمة الأمم المتحدة;هيئة الأمم المتحدة;الأمم المتحدة|UN;U.N.|qid=Q1065 doc=CLDR also lists 'UN' as a pseudo-territory; the loader skips it.
int|-|United Nations Security Council|مجلس الأمن الدولي|مجلس الأمن;مجلس الأمن التابع للأمم المتحدة;مجلس الأمن الدولي|UN Security Council;UNSC;Security Council|doc=Bare مجلس الأمن is the UN body in Arabic news; national councils are always qualified (مجلس الأمن القومي ...).
int|-|United Nations General Assembly|الجمعية العامة للأمم المتحدة||UN General Assembly;UNGA|amb=الجمعية العامة doc=Bare الجمعية العامة is any organisation's general assembly.
int|-|United Nations Human Rights Council|مجلس حقوق الإنسان التابع للأمم المتحدة|مجلس حقوق الإنسان الأممي;مجلس حقوق الإنسان الدولي|UN Human Rights Council;UNHRC|amb=مجلس حقوق الإنسان
int|-|Office of the United Nations High Commissioner for Human Rights|المفوضية السامية لحقوق الإنسان|مفوضية الأمم المتحدة السامية لحقوق الإنسان;مفوضية حقوق الإنسان|OHCHR;UN Human Rights Office|
int|-|UNHCR|مفوضية الأمم المتحدة لشؤون اللاجئين|المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية الأمم المتحدة السامية لشؤون اللاجئين;مفوضية اللاجئين;المفوضية السامية لشؤون اللاجئين|UN Refugee Agency;United Nations High Commissioner for Refugees|
int|-|UNRWA|الأونروا|وكالة الأونروا;وكالة غوث وتشغيل اللاجئين الفلسطينيين;وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين;أونروا|United Nations Relief and Works Agency|
int|-|UNESCO|اليونسكو|منظمة اليونسكو;منظمة الأمم المتحدة للتربية والعلم والثقافة|United Nations Educational, Scientific and Cultural Organization|qid=Q7809
int|-|UNICEF|اليونيسف|منظمة اليونيسف;منظمة الأمم المتحدة للطفولة;صندوق الأمم المتحدة للطفولة|United Nations Children's Fund|
int|-|World Food Programme|برنامج الأغذية العالمي|برنامج الغذاء العالمي|WFP|
int|-|Food and Agriculture Organization|منظمة الأغذية والزراعة|منظمة الفاو;منظمة الأغذية والزراعة للأمم المتحدة|FAO|amb=الفاو doc=Bare الفاو is also the Al-Faw peninsula in Iraq.
int|-|United Nations Development Programme|برنامج الأمم المتحدة الإنمائي||UNDP|
int|-|UN Office for the Coordination of Humanitarian Affairs|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|مكتب تنسيق الشؤون الإنسانية;أوتشا;مكتب أوتشا|OCHA|
int|-|UNIFIL|اليونيفيل|قوات اليونيفيل;قوة الأمم المتحدة المؤقتة في لبنان|United Nations Interim Force in Lebanon|
int|-|UNDOF|قوة الأمم المتحدة لمراقبة فض الاشتباك|الأندوف;قوة الأندوف|United Nations Disengagement Observer Force|
int|-|MONUSCO|مونوسكو|بعثة مونوسكو|United Nations Organization Stabilization Mission in the DR Congo|
int|-|International Labour Organization|منظمة العمل الدولية||ILO|
int|-|United Nations Population Fund|صندوق الأمم المتحدة للسكان||UNFPA|
int|-|UN Women|هيئة الأمم المتحدة للمرأة||UN Women|
int|-|World Health Organization|منظمة الصحة العالمية|||qid=Q7817
int|-|International Atomic Energy Agency|الوكالة الدولية للطاقة الذرية|وكالة الطاقة الذرية الدولية|IAEA|
int|-|International Monetary Fund|صندوق النقد الدولي|صندوق النقد|IMF|qid=Q7804
int|-|World Bank|البنك الدولي|مجموعة البنك الدولي|World Bank Group|qid=Q7164
int|-|World Trade Organization|منظمة التجارة العالمية||WTO|
int|-|World Meteorological Organization|المنظمة العالمية للأرصاد الجوية||WMO|
int|-|International Maritime Organization|المنظمة البحرية الدولية|||
int|-|International Civil Aviation Organization|منظمة الطيران المدني الدولي||ICAO|
int|-|Organisation for the Prohibition of Chemical Weapons|منظمة حظر الأسلحة الكيميائية||OPCW|
int|-|International Criminal Court|المحكمة الجنائية الدولية|الجنائية الدولية|ICC|
int|-|International Court of Justice|محكمة العدل الدولية|العدل الدولية|ICJ;World Court|
int|-|Permanent Court of Arbitration|محكمة التحكيم الدائمة|||
int|-|International Committee of the Red Cross|اللجنة الدولية للصليب الأحمر|الصليب الأحمر الدولي;الصليب الأحمر|ICRC;Red Cross|qid=Q71 doc=Bare الصليب الأحمر is linked to the ICRC; national societies are always qualified (الصليب الأحمر الأمريكي) and none is listed.
int|-|International Federation of Red Cross and Red Crescent Societies|الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر||IFRC|
int|-|Médecins Sans Frontières|أطباء بلا حدود|منظمة أطباء بلا حدود|Doctors Without Borders;MSF|id=medecins-sans-frontieres
int|-|Amnesty International|منظمة العفو الدولية|العفو الدولية||
int|-|Human Rights Watch|هيومن رايتس ووتش|منظمة هيومن رايتس ووتش|HRW|
int|-|Reporters Without Borders|مراسلون بلا حدود|منظمة مراسلون بلا حدود|Reporters sans frontières|
int|-|Committee to Protect Journalists|لجنة حماية الصحفيين|لجنة حماية الصحافيين|CPJ|
int|-|Oxfam|أوكسفام|منظمة أوكسفام||
int|-|Save the Children|منظمة إنقاذ الطفولة|منظمة أنقذوا الأطفال||
int|-|Norwegian Refugee Council|المجلس النرويجي للاجئين|||
int|-|International Crisis Group|مجموعة الأزمات الدولية||Crisis Group|
int|-|North Atlantic Treaty Organization|حلف شمال الأطلسي|الناتو;حلف الناتو;حلف الأطلسي;منظمة حلف شمال الأطلسي|NATO|qid=Q7184
int|-|European Union|الاتحاد الأوروبي|الاتحاد الاوروبي|EU;E.U.|qid=Q458 doc=CLDR also lists 'EU' as a pseudo-territory; the loader skips it.
int|-|European Commission|المفوضية الأوروبية||EU Commission|
int|-|European Parliament|البرلمان الأوروبي||Europarliament|
int|-|European Council|المجلس الأوروبي||EU Council|
int|-|European Central Bank|البنك المركزي الأوروبي|المركزي الأوروبي|ECB|
int|-|European Court of Human Rights|المحكمة الأوروبية لحقوق الإنسان||ECHR|
int|-|Court of Justice of the European Union|محكمة العدل الأوروبية|محكمة العدل التابعة للاتحاد الأوروبي|CJEU;European Court of Justice|
int|-|Council of Europe|مجلس أوروبا||
int|-|Organization for Security and Co-operation in Europe|منظمة الأمن والتعاون في أوروبا||OSCE|
int|-|African Union|الاتحاد الأفريقي|مفوضية الاتحاد الأفريقي|AU|
int|-|Arab League|جامعة الدول العربية|الجامعة العربية|League of Arab States|qid=Q7172
int|-|Arab Parliament|البرلمان العربي|||
int|-|Gulf Cooperation Council|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية;مجلس التعاون الخليجي|GCC|
int|-|Organisation of Islamic Cooperation|منظمة التعاون الإسلامي|منظمة المؤتمر الإسلامي|OIC|
int|-|Islamic Development Bank|البنك الإسلامي للتنمية||IsDB|
int|-|OPEC|أوبك|منظمة أوبك;منظمة الدول المصدرة للنفط;منظمة البلدان المصدرة للبترول|Organization of the Petroleum Exporting Countries|
int|-|OPEC Plus|أوبك بلس|تحالف أوبك بلس;مجموعة أوبك بلس|OPEC+ countries|id=opec-plus doc=Written أوبك+ in text; the '+' is not a token, so أوبك+ reads as أوبك (OPEC). Only أوبك بلس forms are listed.
int|-|Organization of Arab Petroleum Exporting Countries|منظمة الأقطار العربية المصدرة للبترول|أوابك|OAPEC|
int|-|International Energy Agency|وكالة الطاقة الدولية||IEA|
int|-|G20|مجموعة العشرين|مجموعة الـ20;قمة العشرين|Group of Twenty|
int|-|G7|مجموعة السبع|مجموعة الدول السبع;مجموعة الدول السبع الصناعية;مجموعة الـ7;مجموعة الدول الصناعية السبع|Group of Seven|
int|-|BRICS|بريكس|مجموعة بريكس;دول بريكس;تكتل بريكس||
int|-|Association of Southeast Asian Nations|رابطة دول جنوب شرق آسيا|آسيان;رابطة آسيان|ASEAN|
int|-|Shanghai Cooperation Organisation|منظمة شنغهاي للتعاون||SCO|
int|-|Collective Security Treaty Organization|منظمة معاهدة الأمن الجماعي||CSTO|
int|-|Commonwealth of Independent States|رابطة الدول المستقلة||CIS|
int|-|Commonwealth of Nations|الكومنولث|رابطة الكومنولث|The Commonwealth|
int|-|Economic Community of West African States|المجموعة الاقتصادية لدول غرب أفريقيا|إيكواس;مجموعة إيكواس|ECOWAS|
int|-|Intergovernmental Authority on Development|الهيئة الحكومية للتنمية|إيغاد;منظمة إيغاد|IGAD|
int|-|Organisation for Economic Co-operation and Development|منظمة التعاون الاقتصادي والتنمية||OECD|
int|-|Interpol|الإنتربول|منظمة الإنتربول;الشرطة الدولية;المنظمة الدولية للشرطة الجنائية|International Criminal Police Organization|
int|-|World Economic Forum|المنتدى الاقتصادي العالمي|منتدى دافوس|WEF;Davos Forum|
int|-|FIFA|الفيفا|الاتحاد الدولي لكرة القدم|Fédération Internationale de Football Association|
int|-|International Olympic Committee|اللجنة الأولمبية الدولية||IOC|
int|-|AUKUS|أوكوس|تحالف أوكوس||
int|-|Quad|الحوار الأمني الرباعي|تحالف كواد;مجموعة كواد|Quadrilateral Security Dialogue|
int|-|Asian Infrastructure Investment Bank|البنك الآسيوي للاستثمار في البنية التحتية||AIIB|
int|-|New Development Bank|بنك التنمية الجديد|بنك بريكس||
gov|US|White House|البيت الأبيض|||met=US qid=Q35525
gov|US|Oval Office|المكتب البيضاوي|||met=US
gov|US|Pentagon|البنتاغون|البنتاجون;وزارة الدفاع الأمريكية;وزارة الدفاع الأميركية;وزارة الحرب الأمريكية;وزارة الحرب الأميركية|United States Department of Defense;Department of Defense;Department of War;DoD|met=US doc=The building and the department are one entity: Arabic news uses them interchangeably.
gov|US|United States Department of State|وزارة الخارجية الأمريكية|وزارة الخارجية الأميركية;الخارجية الأمريكية;الخارجية الأميركية|State Department;US State Department|
gov|US|United States Department of the Treasury|وزارة الخزانة الأمريكية|وزارة الخزانة الأميركية;الخزانة الأمريكية;الخزانة الأميركية|US Treasury;Treasury Department|
gov|US|United States Department of Justice|وزارة العدل الأمريكية|وزارة العدل الأميركية|Justice Department;DOJ|
gov|US|United States Department of Homeland Security|وزارة الأمن الداخلي الأمريكية|وزارة الأمن الداخلي الأميركية|DHS;Homeland Security|
gov|US|Central Intelligence Agency|وكالة المخابرات المركزية الأمريكية|وكالة المخابرات المركزية;وكالة الاستخبارات المركزية;وكالة الاستخبارات المركزية الأمريكية;وكالة المخابرات المركزية الأميركية;وكالة الاستخبارات المركزية الأميركية;المخابرات المركزية الأمريكية;المخابرات المركزية الأميركية;سي آي إيه;سي آي ايه|CIA|qid=Q37230
gov|US|Federal Bureau of Investigation|مكتب التحقيقات الفيدرالي|مكتب التحقيقات الفدرالي;مكتب التحقيقات الاتحادي;إف بي آي|FBI|
gov|US|National Security Agency|وكالة الأمن القومي الأمريكية|وكالة الأمن القومي;وكالة الأمن القومي الأميركية|NSA|
gov|US|United States National Security Council|مجلس الأمن القومي الأمريكي|مجلس الأمن القومي الأميركي;مجلس الأمن القومي|US National Security Council;NSC|doc=Bare مجلس الأمن القومي is linked to the US council; other countries' councils are qualified (الإسرائيلي ...) and the Iranian one is المجلس الأعلى للأمن القومي.
gov|US|United States Congress|الكونغرس|الكونجرس;الكونغرس الأمريكي;الكونغرس الأميركي;الكونجرس الأمريكي|US Congress|
gov|US|United States Senate|مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي|US Senate|amb=مجلس الشيوخ doc=Bare مجلس الشيوخ is also Egypt's, France's, Italy's ... senate: only the qualified form is linked.
gov|US|United States House of Representatives|مجلس النواب الأمريكي|مجلس النواب الأميركي|US House of Representatives;House of Representatives|amb=مجلس النواب doc=Bare مجلس النواب is the parliament of Egypt, Iraq, Lebanon, Libya, Jordan, Bahrain ...
gov|US|United States Capitol|مبنى الكابيتول|الكابيتول;مبنى الكونغرس;مبنى الكونجرس|Capitol Hill;US Capitol|met=US
gov|US|Supreme Court of the United States|المحكمة العليا الأمريكية|المحكمة العليا الأميركية|US Supreme Court|amb=المحكمة العليا
gov|US|Federal Reserve|الاحتياطي الفيدرالي|مجلس الاحتياطي الفيدرالي;الاحتياطي الفدرالي;البنك المركزي الأمريكي;البنك المركزي الأميركي;الاحتياطي الاتحادي|US Federal Reserve|
gov|US|USAID|الوكالة الأمريكية للتنمية الدولية|الوكالة الأميركية للتنمية الدولية|United States Agency for International Development|
gov|US|United States Central Command|القيادة المركزية الأمريكية|القيادة المركزية الأميركية;سنتكوم|CENTCOM|
party|US|Republican Party|الحزب الجمهوري|الحزب الجمهوري الأمريكي;الحزب الجمهوري الأميركي|GOP|
party|US|Democratic Party|الحزب الديمقراطي الأمريكي|الحزب الديمقراطي الأميركي||amb=الحزب الديمقراطي doc=Bare الحزب الديمقراطي is also the name of parties in many countries.
gov|RU|Kremlin|الكرملين|قصر الكرملين||met=RU
gov|RU|Ministry of Foreign Affairs of Russia|وزارة الخارجية الروسية|الخارجية الروسية|Russian Foreign Ministry|
gov|RU|Ministry of Defence of Russia|وزارة الدفاع الروسية|الدفاع الروسية|Russian Defence Ministry|
gov|RU|Federal Security Service|جهاز الأمن الفيدرالي الروسي|جهاز الأمن الاتحادي الروسي;الأمن الفيدرالي الروسي|FSB|
gov|RU|Foreign Intelligence Service of Russia|جهاز الاستخبارات الخارجية الروسية|الاستخبارات الخارجية الروسية|SVR|
gov|RU|GRU|الاستخبارات العسكرية الروسية|المخابرات العسكرية الروسية|Main Intelligence Directorate|
gov|RU|State Duma|مجلس الدوما|الدوما;الدوما الروسي;مجلس الدوما الروسي|Duma|
gov|RU|Federation Council|مجلس الاتحاد الروسي||Federation Council of Russia|
gov|RU|Central Bank of Russia|البنك المركزي الروسي|المركزي الروسي|Bank of Russia|
party|RU|United Russia|حزب روسيا الموحدة|روسيا الموحدة||
armed|RU|Wagner Group|مجموعة فاغنر|قوات فاغنر;مرتزقة فاغنر;مجموعة فاجنر;شركة فاغنر|Wagner PMC|amb=فاغنر;فاجنر doc=Bare فاغنر is also the composer.
armed|RU|Africa Corps|الفيلق الأفريقي|الفيلق الأفريقي الروسي||
gov|UA|Office of the President of Ukraine|مكتب الرئيس الأوكراني|الرئاسة الأوكرانية|Bankova|met=UA
gov|UA|Ministry of Foreign Affairs of Ukraine|وزارة الخارجية الأوكرانية|الخارجية الأوكرانية|Ukrainian Foreign Ministry|
gov|UA|Ministry of Defence of Ukraine|وزارة الدفاع الأوكرانية|الدفاع الأوكرانية|Ukrainian Defence Ministry|
gov|UA|Verkhovna Rada|البرلمان الأوكراني|الرادا|Rada|
armed|UA|Azov Brigade|كتيبة آزوف|لواء آزوف;فوج آزوف|Azov Regiment|amb=آزوف doc=Bare آزوف is the Sea of Azov.
gov|CN|Zhongnanhai|تشونغنانهاي|||met=CN
party|CN|Chinese Communist Party|الحزب الشيوعي الصيني||CCP;Communist Party of China;CPC|
gov|CN|Ministry of Foreign Affairs of China|وزارة الخارجية الصينية|الخارجية الصينية|Chinese Foreign Ministry|
gov|CN|Ministry of National Defense of China|وزارة الدفاع الصينية|الدفاع الصينية|Chinese Defence Ministry|
mil|CN|People's Liberation Army|جيش التحرير الشعبي الصيني|جيش التحرير الشعبي;الجيش الصيني|PLA|
gov|CN|National People's Congress|المجلس الوطني لنواب الشعب الصيني|مجلس نواب الشعب الصيني|NPC|
gov|CN|People's Bank of China|بنك الشعب الصيني|البنك المركزي الصيني|PBOC|
party|KP|Workers' Party of Korea|حزب العمال الكوري|حزب العمال الكوري الشمالي;حزب العمل الكوري|WPK|
mil|KP|Korean People's Army|الجيش الشعبي الكوري|الجيش الكوري الشمالي|KPA|
gov|KR|Presidential Office of South Korea|المكتب الرئاسي الكوري الجنوبي|الرئاسة الكورية الجنوبية;البيت الأزرق|Blue House;Cheong Wa Dae|met=KR
gov|KR|National Intelligence Service|جهاز الاستخبارات الوطني الكوري الجنوبي|وكالة الاستخبارات الكورية الجنوبية;المخابرات الكورية الجنوبية;وكالة التجسس الكورية الجنوبية;جهاز المخابرات الوطني الكوري الجنوبي|NIS|
mil|KR|Republic of Korea Armed Forces|الجيش الكوري الجنوبي|القوات المسلحة الكورية الجنوبية;هيئة الأركان المشتركة الكورية الجنوبية|ROK military|
gov|GB|10 Downing Street|داونينغ ستريت|داونينج ستريت;مقر رئاسة الوزراء البريطانية|Downing Street;No. 10|met=GB id=downing-street
gov|GB|Whitehall|وايتهول|||met=GB
gov|GB|Foreign, Commonwealth and Development Office|وزارة الخارجية البريطانية|الخارجية البريطانية|Foreign Office;FCDO|
gov|GB|Ministry of Defence (United Kingdom)|وزارة الدفاع البريطانية|الدفاع البريطانية|UK Ministry of Defence|id=ministry-of-defence-united-kingdom
gov|GB|Secret Intelligence Service|جهاز الاستخبارات الخارجية البريطاني|الاستخبارات البريطانية;المخابرات البريطانية;إم آي 6|MI6;SIS|
gov|GB|MI5|جهاز الأمن الداخلي البريطاني|إم آي 5|Security Service|
gov|GB|Parliament of the United Kingdom|البرلمان البريطاني||UK Parliament;Westminster|
gov|GB|House of Commons|مجلس العموم البريطاني|مجلس العموم||
gov|GB|House of Lords|مجلس اللوردات|مجلس اللوردات البريطاني||
gov|GB|Bank of England|بنك إنجلترا|البنك المركزي البريطاني|BoE|
party|GB|Conservative Party (UK)|حزب المحافظين البريطاني|حزب المحافظين|Tories|id=conservative-party-uk
party|GB|Labour Party (UK)|حزب العمال البريطاني|||id=labour-party-uk amb=حزب العمال doc=Bare حزب العمال is also Brazil's Workers' Party and is inside حزب العمال الكردستاني.
party|GB|Reform UK|حزب الإصلاح البريطاني|حزب ريفورم||
gov|FR|Élysée Palace|قصر الإليزيه|الإليزيه|Elysee;Élysée|met=FR
gov|FR|Ministry for Europe and Foreign Affairs|وزارة الخارجية الفرنسية|الخارجية الفرنسية;الكي دورسيه|Quai d'Orsay;French Foreign Ministry|
gov|FR|Ministry of the Armed Forces (France)|وزارة الجيوش الفرنسية|وزارة الدفاع الفرنسية;الدفاع الفرنسية|French Ministry of the Armed Forces|id=ministry-of-the-armed-forces-france
gov|FR|National Assembly (France)|الجمعية الوطنية الفرنسية|البرلمان الفرنسي|Assemblée nationale|id=national-assembly-france
gov|FR|DGSE|المديرية العامة للأمن الخارجي|الاستخبارات الفرنسية;المخابرات الفرنسية|Directorate-General for External Security|
party|FR|National Rally|حزب التجمع الوطني الفرنسي|التجمع الوطني الفرنسي;حزب التجمع الوطني|Rassemblement National|amb=التجمع الوطني
gov|DE|German Chancellery|المستشارية الألمانية|||met=DE
gov|DE|Federal Foreign Office|وزارة الخارجية الألمانية|الخارجية الألمانية|German Foreign Ministry|
gov|DE|Federal Ministry of Defence (Germany)|وزارة الدفاع الألمانية|الدفاع الألمانية|German Defence Ministry|id=federal-ministry-of-defence-germany
gov|DE|Bundestag|البوندستاغ|البرلمان الألماني;البوندستاج||
party|DE|Christian Democratic Union|الحزب الديمقراطي المسيحي الألماني|الاتحاد الديمقراطي المسيحي|CDU|
party|DE|Social Democratic Party of Germany|الحزب الاشتراكي الديمقراطي الألماني||SPD|amb=الحزب الاشتراكي الديمقراطي
party|DE|Alternative for Germany|حزب البديل من أجل ألمانيا|البديل من أجل ألمانيا|AfD|
gov|IT|Palazzo Chigi|قصر كيجي|||met=IT
party|IT|Brothers of Italy|حزب إخوة إيطاليا|إخوة إيطاليا|Fratelli d'Italia|
gov|ES|Moncloa Palace|قصر مونكلوا|مونكلوا|La Moncloa|met=ES
party|HU|Fidesz|حزب فيدس|فيدس||
gov|IL|Knesset|الكنيست|الكنيست الإسرائيلي||
gov|IL|Prime Minister's Office (Israel)|مكتب رئيس الوزراء الإسرائيلي|مكتب رئيس الحكومة الإسرائيلية;مكتب نتنياهو|Israeli PMO|id=prime-ministers-office-israel
gov|IL|Israeli security cabinet|المجلس الوزاري الإسرائيلي المصغر|الكابينت;المجلس الوزاري المصغر;مجلس الوزراء الأمني المصغر;الكابينيت|Security Cabinet|
gov|IL|Mossad|الموساد|جهاز الموساد;جهاز المخابرات الإسرائيلي||
gov|IL|Shin Bet|الشاباك|جهاز الشاباك;جهاز الأمن العام الإسرائيلي;شين بيت|Shabak;Israel Security Agency|
gov|IL|Military Intelligence Directorate (Israel)|شعبة الاستخبارات العسكرية الإسرائيلية|الاستخبارات العسكرية الإسرائيلية;شعبة الاستخبارات العسكرية أمان|Aman|id=israeli-military-intelligence amb=أمان doc=أمان is 'safety'.
gov|IL|Ministry of Foreign Affairs of Israel|وزارة الخارجية الإسرائيلية|الخارجية الإسرائيلية|Israeli Foreign Ministry|
gov|IL|Israel National Security Council|مجلس الأمن القومي الإسرائيلي|||
gov|IL|Israel Prison Service|مصلحة السجون الإسرائيلية|إدارة السجون الإسرائيلية||
gov|IL|COGAT|منسق أعمال الحكومة الإسرائيلية في المناطق|وحدة تنسيق أعمال الحكومة في المناطق;كوغات|Coordinator of Government Activities in the Territories|
mil|IL|Israel Defense Forces|الجيش الإسرائيلي|جيش الدفاع الإسرائيلي;جيش الاحتلال الإسرائيلي|IDF;Israeli army|
party|IL|Likud|الليكود|حزب الليكود||
party|IL|Yesh Atid|يش عتيد|حزب يش عتيد|Yesh Atid|
party|IL|Shas|حزب شاس|شاس||
party|IL|Otzma Yehudit|عوتسما يهوديت|حزب القوة اليهودية;حزب عوتسما يهوديت|Jewish Power|
party|IL|Religious Zionist Party|حزب الصهيونية الدينية|الصهيونية الدينية||
gov|PS|Palestinian Authority|السلطة الفلسطينية|السلطة الوطنية الفلسطينية|Palestinian National Authority|
gov|PS|Palestine Liberation Organization|منظمة التحرير الفلسطينية|منظمة التحرير|PLO|
gov|PS|Palestinian Legislative Council|المجلس التشريعي الفلسطيني||PLC|
party|PS|Fatah|حركة فتح|حركة التحرير الوطني الفلسطيني|Fateh|amb=فتح doc=Bare فتح is 'opened/conquest'.
armed|PS|Hamas|حماس|حركة حماس;حركة المقاومة الإسلامية||
armed|PS|Al-Qassam Brigades|كتائب القسام|كتائب عز الدين القسام;كتائب الشهيد عز الدين القسام|Izz ad-Din al-Qassam Brigades|
armed|PS|Palestinian Islamic Jihad|حركة الجهاد الإسلامي|الجهاد الإسلامي;حركة الجهاد الإسلامي في فلسطين|PIJ;Islamic Jihad|
armed|PS|Al-Quds Brigades|سرايا القدس||Saraya al-Quds|
armed|PS|Al-Aqsa Martyrs' Brigades|كتائب شهداء الأقصى||
armed|PS|Popular Front for the Liberation of Palestine|الجبهة الشعبية لتحرير فلسطين||PFLP|amb=الجبهة الشعبية
armed|PS|Democratic Front for the Liberation of Palestine|الجبهة الديمقراطية لتحرير فلسطين||DFLP|amb=الجبهة الديمقراطية
armed|PS|Lions' Den|عرين الأسود|مجموعة عرين الأسود||
other|PS|Palestine Red Crescent Society|الهلال الأحمر الفلسطيني|جمعية الهلال الأحمر الفلسطيني|PRCS|
gov|LB|Baabda Palace|قصر بعبدا|||met=LB
gov|LB|Parliament of Lebanon|مجلس النواب اللبناني|البرلمان اللبناني|Lebanese Parliament|
mil|LB|Lebanese Armed Forces|الجيش اللبناني||LAF|
armed|LB|Hezbollah|حزب الله|حزب الله اللبناني|Hizbollah;Hizballah|
party|LB|Amal Movement|حركة أمل|||amb=أمل doc=أمل is 'hope' and a given name.
party|LB|Lebanese Forces|حزب القوات اللبنانية||Lebanese Forces party|amb=القوات اللبنانية doc=Bare القوات اللبنانية may be read as 'Lebanese (armed) forces'.
party|LB|Free Patriotic Movement|التيار الوطني الحر||FPM|
party|LB|Kataeb Party|حزب الكتائب اللبنانية|حزب الكتائب|Phalange|amb=الكتائب
gov|SY|Syrian Presidency|الرئاسة السورية|||met=SY amb=قصر الشعب doc=قصر الشعب (the palace in Damascus) is also the name of palaces in Algeria and elsewhere.
gov|SY|Ministry of Foreign Affairs of Syria|وزارة الخارجية السورية|الخارجية السورية|Syrian Foreign Ministry|
armed|SY|Syrian Democratic Forces|قوات سوريا الديمقراطية|قسد;قوات سورية الديمقراطية|SDF|
armed|SY|People's Defense Units|وحدات حماية الشعب|وحدات حماية الشعب الكردية|YPG|
armed|SY|Hay'at Tahrir al-Sham|هيئة تحرير الشام|تحرير الشام|HTS|id=hayat-tahrir-al-sham
armed|SY|Al-Nusra Front|جبهة النصرة|جبهة فتح الشام|Jabhat al-Nusra|
armed|SY|Syrian National Army|الجيش الوطني السوري||SNA|
other|SY|Syrian Observatory for Human Rights|المرصد السوري لحقوق الإنسان||SOHR|
other|SY|White Helmets|الخوذ البيضاء|الدفاع المدني السوري|Syria Civil Defence|
party|SY|Arab Socialist Ba'ath Party|حزب البعث العربي الاشتراكي|حزب البعث|Ba'ath Party;Baath Party|id=baath-party doc=Country SY: the Syrian party (dissolved 2025); Iraq's Baath was banned in 2003.
armed|IQ|Popular Mobilization Forces|الحشد الشعبي|هيئة الحشد الشعبي;قوات الحشد الشعبي|PMF;Hashd al-Shaabi|
armed|IQ|Kata'ib Hezbollah|كتائب حزب الله|كتائب حزب الله العراقية|Kataib Hezbollah|id=kataib-hezbollah
armed|IQ|Asa'ib Ahl al-Haq|عصائب أهل الحق||Asaib Ahl al-Haq|id=asaib-ahl-al-haq
armed|IQ|Harakat Hezbollah al-Nujaba|حركة النجباء|حركة حزب الله النجباء|Nujaba|
gov|IQ|Kurdistan Regional Government|حكومة إقليم كردستان|حكومة إقليم كردستان العراق|KRG|
mil|IQ|Peshmerga|البيشمركة|قوات البيشمركة||
party|IQ|Kurdistan Democratic Party|الحزب الديمقراطي الكردستاني||KDP|
party|IQ|Patriotic Union of Kurdistan|الاتحاد الوطني الكردستاني||PUK|
party|IQ|Sadrist Movement|التيار الصدري|التيار الوطني الشيعي||
party|IQ|Coordination Framework|الإطار التنسيقي|قوى الإطار التنسيقي||
party|IQ|Islamic Dawa Party|حزب الدعوة الإسلامية|حزب الدعوة|Dawa Party|
gov|IQ|Council of Representatives of Iraq|مجلس النواب العراقي|البرلمان العراقي|Iraqi Parliament|
mil|IQ|Iraqi Armed Forces|الجيش العراقي|القوات المسلحة العراقية|Iraqi army|
armed|TR|Kurdistan Workers' Party|حزب العمال الكردستاني|العمال الكردستاني|PKK|
gov|IR|Office of the Supreme Leader of Iran|مكتب المرشد الإيراني|بيت المرشد;مكتب المرشد الأعلى الإيراني||met=IR
mil|IR|Islamic Revolutionary Guard Corps|الحرس الثوري الإيراني|الحرس الثوري;حرس الثورة الإسلامية;الحرس الثوري الإسلامي|IRGC;Revolutionary Guards|
mil|IR|Quds Force|فيلق القدس|فيلق القدس الإيراني|IRGC Quds Force|
mil|IR|Basij|الباسيج|قوات الباسيج;قوات التعبئة الشعبية|Basij|
mil|IR|Islamic Republic of Iran Army|الجيش الإيراني||Artesh|
gov|IR|Supreme National Security Council|المجلس الأعلى للأمن القومي الإيراني|المجلس الأعلى للأمن القومي|SNSC|
gov|IR|Guardian Council|مجلس صيانة الدستور|مجلس صيانة الدستور الإيراني||
gov|IR|Assembly of Experts|مجلس خبراء القيادة|مجلس الخبراء الإيراني||
gov|IR|Expediency Discernment Council|مجمع تشخيص مصلحة النظام||Expediency Council|
gov|IR|Islamic Consultative Assembly|مجلس الشورى الإيراني|البرلمان الإيراني;مجلس الشورى الإسلامي|Majlis;Iranian Parliament|
gov|IR|Ministry of Foreign Affairs of Iran|وزارة الخارجية الإيرانية|الخارجية الإيرانية|Iranian Foreign Ministry|
gov|IR|Atomic Energy Organization of Iran|منظمة الطاقة الذرية الإيرانية||AEOI|
armed|YE|Houthis|الحوثيون|الحوثيين;جماعة الحوثي;جماعة الحوثيين;أنصار الله;جماعة أنصار الله;حركة أنصار الله|Ansar Allah;Houthi movement|amb=الحوثي doc=Bare الحوثي is also the person Abdul-Malik al-Houthi.
gov|YE|Presidential Leadership Council|مجلس القيادة الرئاسي|مجلس القيادة الرئاسي اليمني|Yemeni Presidential Leadership Council|
party|YE|Southern Transitional Council|المجلس الانتقالي الجنوبي|الانتقالي الجنوبي|STC|
party|YE|Al-Islah|حزب التجمع اليمني للإصلاح|التجمع اليمني للإصلاح|Islah|id=al-islah amb=حزب الإصلاح
armed|SD|Rapid Support Forces|قوات الدعم السريع|الدعم السريع|RSF|
mil|SD|Sudanese Armed Forces|الجيش السوداني|القوات المسلحة السودانية|SAF|
gov|SD|Sovereignty Council of Sudan|مجلس السيادة السوداني|مجلس السيادة الانتقالي;مجلس السيادة|Sovereign Council|
armed|SD|Sudan People's Liberation Movement–North|الحركة الشعبية لتحرير السودان شمال|الحركة الشعبية شمال|SPLM-N|id=splm-n
armed|SD|Justice and Equality Movement|حركة العدل والمساواة|حركة العدل والمساواة السودانية|JEM|
party|SS|Sudan People's Liberation Movement|الحركة الشعبية لتحرير السودان||SPLM|
armed|AF|Taliban|طالبان|حركة طالبان|Islamic Emirate|qid=Q42418 doc=De facto government of Afghanistan since 2021; kept as an armed group (the movement), the state is the country AF.
armed|-|Islamic State|تنظيم الدولة الإسلامية|داعش;تنظيم داعش;تنظيم الدولة;الدولة الإسلامية في العراق والشام|ISIS;ISIL;Daesh|amb=الدولة الإسلامية doc=Bare الدولة الإسلامية is also 'the Islamic state' as a concept.
armed|-|Islamic State – Khorasan Province|ولاية خراسان|تنظيم ولاية خراسان;داعش خراسان|ISIS-K;ISKP|id=islamic-state-khorasan-province
armed|-|Al-Qaeda|تنظيم القاعدة||Al Qaeda;al-Qaida|qid=Q34490 amb=القاعدة doc=Bare القاعدة is 'the base/the rule'.
armed|-|Al-Qaeda in the Arabian Peninsula|تنظيم القاعدة في جزيرة العرب|القاعدة في جزيرة العرب|AQAP|
armed|-|Al-Qaeda in the Islamic Maghreb|تنظيم القاعدة في بلاد المغرب الإسلامي|القاعدة في بلاد المغرب الإسلامي|AQIM|
armed|ML|Jama'at Nasr al-Islam wal-Muslimin|جماعة نصرة الإسلام والمسلمين||JNIM|id=jnim
armed|SO|Al-Shabaab|حركة الشباب المجاهدين|حركة الشباب الصومالية|Al Shabaab|amb=الشباب;حركة الشباب doc=Bare الشباب is 'youth'.
armed|NG|Boko Haram|بوكو حرام|جماعة بوكو حرام||
armed|PK|Tehrik-i-Taliban Pakistan|حركة طالبان باكستان|طالبان باكستان;طالبان الباكستانية|TTP;Pakistani Taliban|
armed|PK|Lashkar-e-Taiba|لشكر طيبة|جماعة لشكر طيبة||
armed|CD|M23|حركة 23 مارس|حركة إم 23;متمردو إم 23|March 23 Movement|
armed|EH|Polisario Front|جبهة البوليساريو|البوليساريو||
armed|LY|Libyan National Army|الجيش الوطني الليبي|قوات حفتر|LNA|doc=Haftar's forces in eastern Libya; bare الجيش الليبي is not listed (contested).
other|-|Muslim Brotherhood|جماعة الإخوان المسلمين|الإخوان المسلمون;الإخوان المسلمين;جماعة الإخوان|Ikhwan|amb=الإخوان doc=Bare الإخوان is 'the brothers'.
party|TN|Ennahda|حركة النهضة|حركة النهضة التونسية|Ennahda Movement|amb=النهضة doc=Bare النهضة is 'renaissance' (and سد النهضة, the GERD).
party|DZ|National Liberation Front|جبهة التحرير الوطني الجزائرية|حزب جبهة التحرير الوطني|FLN|amb=جبهة التحرير الوطني
party|MA|National Rally of Independents|التجمع الوطني للأحرار|حزب التجمع الوطني للأحرار|RNI|
party|MA|Justice and Development Party (Morocco)|حزب العدالة والتنمية المغربي||PJD|id=justice-and-development-party-morocco
party|TR|Justice and Development Party (Turkey)|حزب العدالة والتنمية التركي|العدالة والتنمية التركي|AKP;AK Party|id=justice-and-development-party-turkey amb=حزب العدالة والتنمية doc=Bare حزب العدالة والتنمية is both Turkey's AKP and Morocco's PJD.
party|TR|Republican People's Party|حزب الشعب الجمهوري|الشعب الجمهوري|CHP|
party|TR|Nationalist Movement Party|حزب الحركة القومية|الحركة القومية التركية|MHP|
gov|TR|Grand National Assembly of Turkey|البرلمان التركي|الجمعية الوطنية الكبرى التركية|Turkish Parliament|
gov|TR|National Intelligence Organization|جهاز الاستخبارات التركي|المخابرات التركية;الاستخبارات التركية||
party|JO|Islamic Action Front|جبهة العمل الإسلامي|حزب جبهة العمل الإسلامي||
party|EG|Nation's Future Party|حزب مستقبل وطن|مستقبل وطن||
party|EG|Homeland Defenders Party|حزب حماة الوطن||Homeland Protectors Party|doc=Listed so the longer name wins over the city حماة.
party|EG|Al-Nour Party|حزب النور|||
party|EG|Wafd Party|حزب الوفد|حزب الوفد الجديد||
gov|EG|Ittihadiya Palace|قصر الاتحادية|||met=EG
gov|EG|Ministry of Foreign Affairs of Egypt|وزارة الخارجية المصرية|الخارجية المصرية|Egyptian Foreign Ministry|
gov|EG|General Intelligence Directorate (Egypt)|جهاز المخابرات العامة المصرية|المخابرات العامة المصرية;المخابرات المصرية||id=egyptian-general-intelligence
gov|EG|House of Representatives (Egypt)|مجلس النواب المصري|البرلمان المصري||id=house-of-representatives-egypt
gov|EG|Senate of Egypt|مجلس الشيوخ المصري|||
gov|EG|Central Bank of Egypt|البنك المركزي المصري|المركزي المصري||
mil|EG|Egyptian Armed Forces|الجيش المصري|القوات المسلحة المصرية||
gov|EG|Suez Canal Authority|هيئة قناة السويس|||
gov|SA|Royal Court of Saudi Arabia|الديوان الملكي السعودي||Saudi Royal Court|met=SA
gov|SA|Ministry of Foreign Affairs of Saudi Arabia|وزارة الخارجية السعودية|الخارجية السعودية|Saudi Foreign Ministry|
gov|SA|Saudi Central Bank|البنك المركزي السعودي|مؤسسة النقد العربي السعودي|SAMA|amb=ساما doc=Bare ساما is also 'toxic' (ساماً) after harakat are stripped.
gov|SA|Public Investment Fund|صندوق الاستثمارات العامة|صندوق الاستثمارات العامة السعودي|PIF|
gov|AE|Ministry of Foreign Affairs of the UAE|وزارة الخارجية الإماراتية|الخارجية الإماراتية|UAE Foreign Ministry|id=ministry-of-foreign-affairs-of-the-uae
gov|QA|Amiri Diwan|الديوان الأميري القطري|||met=QA amb=الديوان الأميري doc=Kuwait also has an Amiri Diwan.
gov|QA|Ministry of Foreign Affairs of Qatar|وزارة الخارجية القطرية|الخارجية القطرية|Qatari Foreign Ministry|
gov|QA|Qatar Investment Authority|جهاز قطر للاستثمار||QIA|
gov|TN|Carthage Palace|قصر قرطاج|||met=TN
gov|DZ|El Mouradia Palace|قصر المرادية|||met=DZ
gov|MA|Royal Palace of Morocco|القصر الملكي المغربي|الديوان الملكي المغربي||met=MA
gov|JO|Royal Hashemite Court|الديوان الملكي الهاشمي|||met=JO
gov|TR|Presidential Complex|المجمع الرئاسي التركي|القصر الرئاسي التركي;قصر بيش تبه||met=TR
gov|TR|Ministry of Foreign Affairs of Turkey|وزارة الخارجية التركية|الخارجية التركية|Turkish Foreign Ministry|
gov|TR|Ministry of National Defence of Turkey|وزارة الدفاع التركية|الدفاع التركية|Turkish Defence Ministry|
gov|TR|Central Bank of the Republic of Turkey|البنك المركزي التركي|المركزي التركي|CBRT|
gov|JP|Bank of Japan|بنك اليابان|البنك المركزي الياباني|BoJ|
gov|JP|Ministry of Foreign Affairs of Japan|وزارة الخارجية اليابانية|الخارجية اليابانية|Japanese Foreign Ministry|
party|JP|Liberal Democratic Party (Japan)|الحزب الليبرالي الديمقراطي الياباني|الحزب الليبرالي الديمقراطي الحاكم في اليابان|LDP|id=liberal-democratic-party-japan amb=الحزب الليبرالي الديمقراطي
party|IN|Bharatiya Janata Party|حزب بهاراتيا جاناتا|بهاراتيا جاناتا|BJP|
party|IN|Indian National Congress|حزب المؤتمر الوطني الهندي|حزب المؤتمر الهندي|Congress Party|
party|PK|Pakistan Tehreek-e-Insaf|حركة الإنصاف الباكستانية|حزب حركة الإنصاف;حركة إنصاف||
party|PK|Pakistan Muslim League (N)|حزب الرابطة الإسلامية الباكستانية جناح نواز|الرابطة الإسلامية جناح نواز|PML-N|id=pml-n
mil|PK|Pakistan Army|الجيش الباكستاني|القوات المسلحة الباكستانية||
gov|PK|Inter-Services Intelligence|الاستخبارات العسكرية الباكستانية|المخابرات الباكستانية|ISI|
mil|IN|Indian Army|الجيش الهندي|القوات المسلحة الهندية||
party|ZA|African National Congress|حزب المؤتمر الوطني الأفريقي|المؤتمر الوطني الأفريقي|ANC|
party|VE|United Socialist Party of Venezuela|الحزب الاشتراكي الموحد الفنزويلي||PSUV|
mil|RU|Russian Armed Forces|الجيش الروسي|القوات المسلحة الروسية;القوات الروسية|Russian army|
mil|UA|Armed Forces of Ukraine|الجيش الأوكراني|القوات المسلحة الأوكرانية;القوات الأوكرانية|Ukrainian army|
mil|US|United States Armed Forces|الجيش الأمريكي|الجيش الأميركي;القوات الأمريكية;القوات الأميركية;القوات المسلحة الأمريكية|US military;US army|
mil|TR|Turkish Armed Forces|الجيش التركي|القوات المسلحة التركية;القوات التركية||
mil|SY|Syrian Army|الجيش السوري|الجيش العربي السوري|Syrian Arab Army|
mil|JO|Jordanian Armed Forces|الجيش الأردني|القوات المسلحة الأردنية;الجيش العربي الأردني||
mil|FR|French Armed Forces|الجيش الفرنسي|القوات المسلحة الفرنسية||
mil|GB|British Armed Forces|الجيش البريطاني|القوات المسلحة البريطانية||
mil|DE|Bundeswehr|الجيش الألماني|القوات المسلحة الألمانية||
media|GB|Reuters|رويترز|وكالة رويترز|Thomson Reuters|
media|FR|Agence France-Presse|وكالة الصحافة الفرنسية|وكالة فرانس برس;فرانس برس;فرانس بريس;أ ف ب;وكالة الأنباء الفرنسية|AFP|
media|US|Associated Press|أسوشيتد برس|أسوشيتيد برس;وكالة أسوشيتد برس;وكالة أسوشيتيد برس;أسوشييتد برس|AP|amb=أ ب
media|US|Bloomberg|بلومبرغ|بلومبيرغ;وكالة بلومبرغ;بلومبرج|Bloomberg News|
media|US|The New York Times|نيويورك تايمز|صحيفة نيويورك تايمز|New York Times;NYT|
media|US|The Washington Post|واشنطن بوست|صحيفة واشنطن بوست|Washington Post|
media|US|The Wall Street Journal|وول ستريت جورنال|صحيفة وول ستريت جورنال|Wall Street Journal;WSJ|
media|US|CNN|سي إن إن|شبكة سي إن إن;سي ان ان|Cable News Network|
media|US|Fox News|فوكس نيوز|شبكة فوكس نيوز||
media|US|NBC News|إن بي سي نيوز|شبكة إن بي سي;إن بي سي|NBC|
media|US|CBS News|سي بي إس نيوز|شبكة سي بي إس;سي بي إس|CBS|
media|US|ABC News|إيه بي سي نيوز|شبكة إيه بي سي;إيه بي سي|ABC|
media|US|Axios|أكسيوس|موقع أكسيوس||
media|US|Politico|بوليتيكو|موقع بوليتيكو||
media|US|Foreign Policy (magazine)|فورين بوليسي|مجلة فورين بوليسي||
media|US|Foreign Affairs (magazine)|فورين أفيرز|مجلة فورين أفيرز||
media|US|Newsweek|نيوزويك|مجلة نيوزويك||
media|US|Time (magazine)|مجلة تايم||Time magazine|amb=تايم
media|US|CNBC|سي إن بي سي|شبكة سي إن بي سي||
media|US|Al-Monitor|المونيتور|موقع المونيتور||
media|GB|BBC|بي بي سي|هيئة الإذاعة البريطانية;بي بي سي عربي;شبكة بي بي سي|British Broadcasting Corporation|
media|GB|The Guardian|الغارديان|الجارديان;صحيفة الغارديان||
media|GB|The Times|صحيفة التايمز|التايمز|The Times of London|id=the-times
media|GB|Financial Times|فايننشال تايمز|فاينانشال تايمز;صحيفة فايننشال تايمز||
media|GB|The Economist|الإيكونوميست|مجلة الإيكونوميست;ذي إيكونوميست||
media|GB|The Independent|الإندبندنت|صحيفة الإندبندنت;إندبندنت عربية||
media|GB|The Daily Telegraph|ديلي تلغراف|التلغراف;صحيفة التلغراف;ديلي تليغراف|Telegraph|
media|GB|Daily Mail|ديلي ميل|صحيفة ديلي ميل||
media|GB|Sky News|سكاي نيوز||
media|AE|Sky News Arabia|سكاي نيوز عربية|||
media|GB|Middle East Eye|ميدل إيست آي|موقع ميدل إيست آي||
media|GB|Asharq Al-Awsat|صحيفة الشرق الأوسط||Asharq al-Awsat|amb=الشرق الأوسط doc=Bare الشرق الأوسط is 'the Middle East'.
media|GB|Al-Quds Al-Arabi|القدس العربي|صحيفة القدس العربي||
media|GB|The New Arab|العربي الجديد|صحيفة العربي الجديد|Al-Araby Al-Jadeed|
media|QA|Al Jazeera|قناة الجزيرة|شبكة الجزيرة;الجزيرة نت;الجزيرة مباشر;قناة الجزيرة الإخبارية|Al Jazeera English|amb=الجزيرة doc=Bare الجزيرة is 'the island/peninsula' (and the Jazira region).
media|SA|Al Arabiya|قناة العربية|العربية نت;قناة العربية الحدث;العربية الحدث|Al-Arabiya|amb=العربية doc=Bare العربية is 'Arabic'/'Arab'.
media|SA|Asharq News|الشرق للأخبار|قناة الشرق|Asharq Bloomberg|
media|SA|Saudi Press Agency|وكالة الأنباء السعودية|واس||
media|SA|Okaz|صحيفة عكاظ|||
media|AE|Emirates News Agency|وكالة أنباء الإمارات|وكالة وام|WAM|amb=وام doc=Bare وام reads as و+أم ('and a mother').
media|QA|Qatar News Agency|وكالة الأنباء القطرية|وكالة قنا|QNA|amb=قنا doc=Bare قنا is also Qena, an Egyptian city, and 'canal'.
media|KW|Kuwait News Agency|وكالة الأنباء الكويتية|كونا|KUNA|
media|BH|Bahrain News Agency|وكالة أنباء البحرين||BNA|amb=بنا
media|OM|Oman News Agency|وكالة الأنباء العمانية|||
media|EG|Middle East News Agency|وكالة أنباء الشرق الأوسط|||
media|EG|Al-Ahram|صحيفة الأهرام|الأهرام المصرية|Al Ahram|amb=الأهرام doc=Bare الأهرام is 'the pyramids'.
media|JO|Jordan News Agency|وكالة الأنباء الأردنية|وكالة بترا||amb=بترا doc=Bare بترا is also the ancient city Petra.
media|LB|National News Agency (Lebanon)|الوكالة الوطنية للإعلام|الوكالة الوطنية للإعلام اللبنانية|NNA|id=national-news-agency-lebanon
media|LB|Al-Manar|قناة المنار|تلفزيون المنار||amb=المنار
media|LB|Al Mayadeen|قناة الميادين|شبكة الميادين||amb=الميادين doc=Bare الميادين is 'the squares'.
media|LB|An-Nahar|صحيفة النهار|النهار اللبنانية||amb=النهار
media|SY|Syrian Arab News Agency|الوكالة العربية السورية للأنباء|سانا;وكالة سانا;وكالة الأنباء السورية الرسمية|SANA|
media|IQ|Iraqi News Agency|وكالة الأنباء العراقية||INA|
media|PS|WAFA|وكالة الأنباء والمعلومات الفلسطينية|وكالة وفا|WAFA News Agency|amb=وفا
media|YE|Saba News Agency|وكالة سبأ|وكالة الأنباء اليمنية سبأ|Saba|amb=سبأ
media|YE|Al-Masirah|قناة المسيرة|قناة المسيرة الفضائية||amb=المسيرة doc=Bare المسيرة is 'the march'.
media|SD|Sudan News Agency|وكالة السودان للأنباء|وكالة سونا|SUNA|
media|TR|Anadolu Agency|وكالة الأناضول|وكالة أنباء الأناضول|Anadolu|amb=الأناضول doc=Bare الأناضول is also the region Anatolia.
media|TR|TRT|تي آر تي|هيئة الإذاعة والتلفزيون التركية;تي آر تي عربي|Turkish Radio and Television Corporation|
media|IR|IRNA|إرنا|وكالة إرنا;وكالة الجمهورية الإسلامية للأنباء;وكالة أنباء الجمهورية الإسلامية;وكالة الأنباء الإيرانية الرسمية|Islamic Republic News Agency|
media|IR|Tasnim News Agency|وكالة تسنيم|وكالة تسنيم للأنباء||amb=تسنيم
media|IR|Fars News Agency|وكالة فارس|وكالة فارس للأنباء||amb=فارس
media|IR|Mehr News Agency|وكالة مهر|وكالة مهر للأنباء||amb=مهر
media|IR|ISNA|إيسنا|وكالة إيسنا|Iranian Students' News Agency|
media|IR|Press TV|برس تي في|قناة برس تي في||
media|IR|Al-Alam News Network|قناة العالم|قناة العالم الإيرانية||amb=العالم doc=Bare العالم is 'the world'.
media|IL|Haaretz|هآرتس|صحيفة هآرتس||
media|IL|Yedioth Ahronoth|يديعوت أحرونوت|صحيفة يديعوت أحرونوت;يديعوت|Yedioth|
media|IL|Maariv|معاريف|صحيفة معاريف||
media|IL|The Times of Israel|تايمز أوف إسرائيل|موقع تايمز أوف إسرائيل|Times of Israel|
media|IL|The Jerusalem Post|جيروزاليم بوست|صحيفة جيروزاليم بوست|Jerusalem Post|
media|IL|Israel Hayom|إسرائيل هيوم|صحيفة إسرائيل هيوم||
media|IL|Kan (broadcaster)|هيئة البث الإسرائيلية|قناة كان الإسرائيلية|Israeli Public Broadcasting Corporation|id=kan-broadcaster amb=كان doc=Bare كان is 'was'.
media|IL|Channel 12 (Israel)|القناة 12 الإسرائيلية|القناة الثانية عشرة الإسرائيلية;القناة 12 العبرية|Channel 12;N12|id=channel-12-israel
media|IL|i24NEWS|آي 24 نيوز|قناة آي 24|i24 News|
media|RU|TASS|تاس|وكالة تاس;وكالة تاس الروسية||
media|RU|RIA Novosti|ريا نوفوستي|وكالة ريا نوفوستي||
media|RU|Interfax|إنترفاكس|وكالة إنترفاكس||
media|RU|RT|روسيا اليوم|قناة روسيا اليوم;آر تي|Russia Today|
media|RU|Sputnik|وكالة سبوتنيك|سبوتنيك عربي||amb=سبوتنيك doc=Bare سبوتنيك is also the satellite and the vaccine.
media|CN|Xinhua|شينخوا|وكالة شينخوا;وكالة أنباء الصين الجديدة;شينخوا الصينية;وكالة الأنباء الصينية الرسمية|Xinhua News Agency|
media|CN|CGTN|سي جي تي إن|تلفزيون الصين الدولي|China Global Television Network|
media|CN|Global Times|غلوبال تايمز|صحيفة غلوبال تايمز||
media|CN|People's Daily|صحيفة الشعب اليومية|صحيفة الشعب الصينية||amb=الشعب
media|KP|Korean Central News Agency|وكالة الأنباء المركزية الكورية|وكالة الأنباء الرسمية الكورية الشمالية;وكالة الأنباء الكورية المركزية;وكالة الأنباء الكورية الشمالية;وكالة الأنباء الكورية الشمالية الرسمية|KCNA|
media|KP|Rodong Sinmun|رودونغ سينمون|صحيفة رودونغ سينمون|Rodong Sinmun|
media|KR|Yonhap|يونهاب|وكالة يونهاب;وكالة يونهاب للأنباء;وكالة الأنباء الكورية الجنوبية|Yonhap News Agency|
media|JP|Kyodo News|كيودو|وكالة كيودو;وكالة كيودو للأنباء|Kyodo|
media|JP|NHK|إن إتش كيه|هيئة الإذاعة اليابانية;إن إتش كي|Japan Broadcasting Corporation|
media|FR|Le Monde|لوموند|صحيفة لوموند||
media|FR|Le Figaro|لوفيغارو|صحيفة لوفيغارو||
media|FR|France 24|فرانس 24|قناة فرانس 24||
media|DE|Deutsche Presse-Agentur|وكالة الأنباء الألمانية||dpa|
media|DE|Deutsche Welle|دويتشه فيله|دويتشه فيلله|DW|
media|DE|Der Spiegel|دير شبيغل|مجلة دير شبيغل;شبيغل|Spiegel|
media|DE|Bild|صحيفة بيلد|بيلد الألمانية||
media|FR|Euronews|يورونيوز|قناة يورونيوز||
co|SA|Saudi Aramco|أرامكو|أرامكو السعودية;شركة أرامكو|Aramco|
co|SA|SABIC|سابك|الشركة السعودية للصناعات الأساسية;شركة سابك||
co|RU|Gazprom|غازبروم|غاز بروم;شركة غازبروم||
co|RU|Rosneft|روسنفت|روس نفط;شركة روسنفت||
co|RU|Rosatom|روساتوم|مؤسسة روساتوم||
co|RU|Lukoil|لوك أويل|لوكويل||
co|UA|Naftogaz|نفتوغاز|نافتوغاز||
co|-|Nord Stream|نورد ستريم|خط أنابيب نورد ستريم;نورد ستريم 2||
co|US|ExxonMobil|إكسون موبيل|إكسون;إكسون موبيل|Exxon|
co|US|Chevron|شيفرون|شركة شيفرون||
co|GB|BP|بي بي|بريتيش بتروليوم;شركة بي بي|British Petroleum|
co|GB|Shell plc|شركة شل|رويال داتش شل||amb=شل doc=Bare شل is 'paralysis'.
co|FR|TotalEnergies|توتال إنرجيز|توتال;شركة توتال||
co|IT|Eni|إيني|شركة إيني||
co|QA|QatarEnergy|قطر للطاقة|قطر للبترول|Qatar Petroleum|
co|AE|ADNOC|أدنوك|شركة بترول أبوظبي الوطنية|Abu Dhabi National Oil Company|
co|KW|Kuwait Petroleum Corporation|مؤسسة البترول الكويتية||KPC|
co|IR|National Iranian Oil Company|شركة النفط الوطنية الإيرانية||NIOC|
co|US|Boeing|بوينغ|بوينج;شركة بوينغ||
co|-|Airbus|إيرباص|شركة إيرباص||
co|US|Lockheed Martin|لوكهيد مارتن|شركة لوكهيد مارتن||
co|US|RTX Corporation|رايثيون|شركة رايثيون|Raytheon|
co|US|Tesla|تسلا|شركة تسلا||
co|US|SpaceX|سبيس إكس|شركة سبيس إكس||
co|US|Starlink|ستارلينك|شبكة ستارلينك||
co|US|Apple Inc.|شركة آبل|شركة أبل||id=apple amb=آبل doc=Bare آبل/أبل normalises to ابل, 'camels' (إبل).
co|US|Google|غوغل|جوجل;شركة غوغل||
co|US|Meta Platforms|شركة ميتا|ميتا بلاتفورمز||amb=ميتا doc=Bare ميتا is also 'dead' (accusative, harakat stripped).
co|US|Microsoft|مايكروسوفت|شركة مايكروسوفت||
co|US|Amazon (company)|شركة أمازون|أمازون دوت كوم|Amazon.com|amb=أمازون doc=Bare أمازون is also the river and the rainforest.
co|US|Nvidia|إنفيديا|انفيديا;شركة إنفيديا||
co|US|OpenAI|أوبن إيه آي|شركة أوبن إيه آي||
co|US|X (Twitter)|منصة إكس|تويتر;منصة تويتر|X Corp.;Twitter|id=twitter-x doc=Id twitter-x, not x-...: the x- prefix is reserved for discovered entities.
co|US|Facebook|فيسبوك|فيس بوك||
co|US|Palantir|بالانتير|شركة بالانتير||
co|CN|Huawei|هواوي|شركة هواوي||
co|CN|TikTok|تيك توك|تيكتوك||
co|CN|ByteDance|بايت دانس|شركة بايت دانس||
co|CN|Alibaba Group|مجموعة علي بابا|شركة علي بابا|Alibaba|amb=علي بابا
co|TW|TSMC|تي إس إم سي|شركة تايوان لصناعة أشباه الموصلات|Taiwan Semiconductor Manufacturing Company|
co|KR|Samsung|سامسونغ|سامسونج;شركة سامسونغ||
co|JP|Toyota|تويوتا|شركة تويوتا||
co|DE|Volkswagen|فولكس فاغن|فولكسفاغن;فولكس فاجن||
co|DE|Siemens|سيمنس|شركة سيمنس||
co|IL|NSO Group|مجموعة إن إس أو|شركة إن إس أو||
co|GB|Cambridge Analytica|كامبريدج أناليتيكا|كامبردج أناليتيكا;كامبريدج آناليتيكا||
co|IL|Elbit Systems|إلبيت سيستمز|شركة إلبيت||amb=إلبيت doc=Bare إلبيت normalises to البيت "the house".
co|DK|Maersk|ميرسك|شركة ميرسك||
co|AE|DP World|موانئ دبي العالمية|||
co|AE|Emirates (airline)|طيران الإمارات|||id=emirates-airline
co|QA|Qatar Airways|الخطوط الجوية القطرية|القطرية للطيران||
co|SA|Saudia|الخطوط الجوية العربية السعودية|الخطوط السعودية|Saudi Arabian Airlines|
int|-|United Nations Secretariat|الأمانة العامة للأمم المتحدة||UN Secretariat|
int|-|International Organization for Migration|المنظمة الدولية للهجرة|منظمة الهجرة الدولية|IOM|
int|-|United Nations Environment Programme|برنامج الأمم المتحدة للبيئة||UNEP|
int|-|International Renewable Energy Agency|الوكالة الدولية للطاقة المتجددة|إيرينا|IRENA|
int|-|International Telecommunication Union|الاتحاد الدولي للاتصالات||ITU|
int|-|UN Tourism|منظمة الأمم المتحدة للسياحة|منظمة السياحة العالمية|World Tourism Organization;UNWTO|
int|-|UNCTAD|مؤتمر الأمم المتحدة للتجارة والتنمية|الأونكتاد|United Nations Conference on Trade and Development|
int|-|United Nations Support Mission in Libya|بعثة الأمم المتحدة للدعم في ليبيا|البعثة الأممية في ليبيا;بعثة الأمم المتحدة في ليبيا|UNSMIL|
int|-|United Nations Assistance Mission for Iraq|بعثة الأمم المتحدة لمساعدة العراق|يونامي;بعثة يونامي|UNAMI|
int|-|Union for the Mediterranean|الاتحاد من أجل المتوسط||UfM|
int|-|G8|مجموعة الثماني|مجموعة الدول الثماني|Group of Eight|
int|-|Hizb ut-Tahrir|حزب التحرير|حزب التحرير الإسلامي||
other|SA|King Salman Humanitarian Aid and Relief Centre|مركز الملك سلمان للإغاثة والأعمال الإنسانية|مركز الملك سلمان للإغاثة|KSrelief|
other|SY|Syrian Arab Red Crescent|الهلال الأحمر العربي السوري|الهلال الأحمر السوري|SARC|
other|EG|Egyptian Red Crescent|الهلال الأحمر المصري|||
other|QA|Qatar Red Crescent|الهلال الأحمر القطري|||
other|AE|Emirates Red Crescent|هيئة الهلال الأحمر الإماراتي|الهلال الأحمر الإماراتي||
other|TR|Turkish Red Crescent|الهلال الأحمر التركي||Kızılay|
other|IL|B'Tselem|منظمة بتسيلم|بتسيلم|Btselem|id=btselem
other|IL|Peace Now|حركة السلام الآن||Shalom Achshav|amb=السلام الآن
other|IL|Jewish Agency for Israel|الوكالة اليهودية||Jewish Agency|
gov|PS|Gaza Health Ministry|وزارة الصحة في غزة|وزارة الصحة في قطاع غزة|Gaza Ministry of Health|doc=The Hamas-run ministry in Gaza; the Ramallah ministry is 'palestinian-ministry-of-health'.
gov|PS|Palestinian Ministry of Health|وزارة الصحة الفلسطينية||Palestinian Health Ministry|
gov|PS|Gaza Government Media Office|المكتب الإعلامي الحكومي في غزة|المكتب الإعلامي الحكومي بغزة|Government Media Office|
other|PS|Gaza Civil Defence|الدفاع المدني في غزة|جهاز الدفاع المدني في غزة|Palestinian Civil Defence in Gaza|
gov|LY|Government of National Unity|حكومة الوحدة الوطنية الليبية||GNU|amb=حكومة الوحدة الوطنية doc=Bare حكومة الوحدة الوطنية is a generic phrase used for many countries.
gov|LY|Presidential Council (Libya)|المجلس الرئاسي الليبي||Libyan Presidential Council|id=presidential-council-libya
gov|LY|House of Representatives (Libya)|مجلس النواب الليبي|البرلمان الليبي|Libyan House of Representatives|id=house-of-representatives-libya
gov|LY|High Council of State (Libya)|المجلس الأعلى للدولة في ليبيا|المجلس الأعلى للدولة الليبي|High Council of State|id=high-council-of-state-libya amb=المجلس الأعلى للدولة
co|LY|National Oil Corporation (Libya)|المؤسسة الوطنية للنفط|المؤسسة الوطنية للنفط الليبية|NOC|id=national-oil-corporation-libya
gov|LY|Central Bank of Libya|مصرف ليبيا المركزي|المصرف المركزي الليبي|CBL|
gov|YE|Central Bank of Yemen|البنك المركزي اليمني|||
gov|IQ|Central Bank of Iraq|البنك المركزي العراقي|||
gov|LB|Banque du Liban|مصرف لبنان|مصرف لبنان المركزي;البنك المركزي اللبناني|Central Bank of Lebanon|
gov|IR|Central Bank of Iran|البنك المركزي الإيراني|||
gov|EG|Cabinet of Egypt|مجلس الوزراء المصري|الحكومة المصرية|Egyptian Cabinet|
mil|US|United States Navy|البحرية الأمريكية|البحرية الأميركية;سلاح البحرية الأمريكي|US Navy|
mil|US|United States Air Force|سلاح الجو الأمريكي|القوات الجوية الأمريكية;سلاح الجو الأميركي|US Air Force;USAF|
gov|US|United States Africa Command|القيادة الأمريكية في أفريقيا|أفريكوم;القيادة الأميركية في أفريقيا|AFRICOM|
mil|IL|Israeli Air Force|سلاح الجو الإسرائيلي|القوات الجوية الإسرائيلية|IAF|
mil|IL|Israeli Navy|البحرية الإسرائيلية|سلاح البحرية الإسرائيلي||
media|IL|Channel 13 (Israel)|القناة 13 الإسرائيلية|القناة 13 العبرية||id=channel-13-israel
media|IL|Channel 14 (Israel)|القناة 14 الإسرائيلية|القناة 14 العبرية||id=channel-14-israel
party|IL|Israeli Labor Party|حزب العمل الإسرائيلي||Labor Party (Israel)|amb=حزب العمل
party|IL|Yisrael Beiteinu|حزب إسرائيل بيتنا|إسرائيل بيتنا||
party|IL|United Torah Judaism|يهدوت هتوراه|حزب يهدوت هتوراه||
party|IL|United Arab List|القائمة العربية الموحدة|القائمة الموحدة|Ra'am|
party|IL|Joint List|القائمة المشتركة|||
party|AT|Freedom Party of Austria|حزب الحرية النمساوي||FPÖ|
party|PL|Law and Justice|حزب القانون والعدالة|القانون والعدالة البولندي|PiS|
party|EG|Freedom and Justice Party|حزب الحرية والعدالة|||
party|SD|National Umma Party|حزب الأمة القومي|حزب الأمة السوداني|Umma Party|
party|SD|Forces of Freedom and Change|قوى الحرية والتغيير|تحالف الحرية والتغيير|FFC|
party|DZ|Movement of Society for Peace|حركة مجتمع السلم|حمس|MSP|
party|IQ|State of Law Coalition|ائتلاف دولة القانون|||
party|IQ|Fatah Alliance|تحالف الفتح|||amb=الفتح
armed|IQ|Badr Organization|منظمة بدر|||amb=بدر doc=بدر is a given name.
armed|IQ|Peace Brigades|سرايا السلام||Saraya al-Salam|
party|LB|Future Movement|تيار المستقبل|||
party|SY|Syrian National Coalition|الائتلاف الوطني السوري|ائتلاف قوى الثورة والمعارضة السورية|SNC|
other|SY|Syrian Negotiation Commission|هيئة التفاوض السورية|||amb=هيئة التفاوض
armed|SY|Free Syrian Army|الجيش السوري الحر|الجيش الحر|FSA|
armed|SY|Jaysh al-Islam|جيش الإسلام|||
armed|SY|Ahrar al-Sham|أحرار الشام|حركة أحرار الشام||
gov|SY|Autonomous Administration of North and East Syria|الإدارة الذاتية لشمال وشرق سوريا|الإدارة الذاتية الكردية|AANES|amb=الإدارة الذاتية
party|YE|General People's Congress|المؤتمر الشعبي العام|حزب المؤتمر الشعبي العام|GPC|
armed|PS|Jenin Brigade|كتيبة جنين|||
armed|IR|People's Mojahedin Organization of Iran|منظمة مجاهدي خلق|مجاهدي خلق;مجاهدو خلق|MEK;PMOI|
armed|IR|Jaish al-Adl|جيش العدل|||
party|TR|Peoples' Democratic Party|حزب الشعوب الديمقراطي||HDP|
party|TR|Peoples' Equality and Democracy Party|حزب المساواة وديمقراطية الشعوب|حزب ديم|DEM Party|
party|TR|Good Party|الحزب الجيد|حزب الجيد|İYİ Party|id=good-party
armed|CD|Allied Democratic Forces|القوات الديمقراطية المتحالفة||ADF|
armed|PK|Balochistan Liberation Army|جيش تحرير بلوشستان||BLA|
armed|EG|Sinai Province|ولاية سيناء|أنصار بيت المقدس|Ansar Bait al-Maqdis|
armed|SY|Fatemiyoun Brigade|لواء فاطميون|||
armed|SY|Zainabiyoun Brigade|لواء زينبيون|||
media|SA|Al Hadath|قناة الحدث|||amb=الحدث doc=Bare الحدث is 'the event'.
media|AE|Al Ghad|قناة الغد|||amb=الغد
media|AE|Khaleej Times|خليج تايمز|الخليج تايمز||
media|AE|The National|صحيفة ذا ناشيونال|ذا ناشيونال||
media|EG|Youm7|صحيفة اليوم السابع|موقع اليوم السابع||amb=اليوم السابع doc=Bare اليوم السابع is 'the seventh day'.
media|EG|Al-Masry Al-Youm|المصري اليوم|صحيفة المصري اليوم||
media|EG|Al-Shorouk|صحيفة الشروق|الشروق المصرية||amb=الشروق
media|EG|Al Qahera News|القاهرة الإخبارية|قناة القاهرة الإخبارية||
media|SA|MBC|إم بي سي|مجموعة إم بي سي|MBC Group|
media|SY|Syria TV|تلفزيون سوريا|||
media|US|Voice of America|صوت أمريكا|صوت أميركا;إذاعة صوت أمريكا|VOA|
media|US|Alhurra|قناة الحرة|||amb=الحرة doc=Bare الحرة is 'free' (feminine).
media|FR|Monte Carlo Doualiya|إذاعة مونت كارلو الدولية|مونت كارلو الدولية|MCD|
media|LY|Libyan News Agency|وكالة الأنباء الليبية||LANA|
media|DZ|Algeria Press Service|وكالة الأنباء الجزائرية||APS|
media|MA|Maghreb Arabe Presse|وكالة المغرب العربي للأنباء||MAP|
media|TN|Tunis Afrique Presse|وكالة تونس أفريقيا للأنباء|وكالة تونس إفريقيا للأنباء|TAP|
media|MR|Mauritanian News Agency|الوكالة الموريتانية للأنباء|وكالة الأنباء الموريتانية|AMI|
co|DZ|Sonatrach|سوناطراك|شركة سوناطراك||
co|IQ|Basra Oil Company|شركة نفط البصرة|||
co|CN|Sinopec|سينوبك|شركة سينوبك||
co|TR|Turkish Airlines|الخطوط الجوية التركية|||
co|AE|Etihad Airways|الاتحاد للطيران|طيران الاتحاد||
co|US|Moody's|موديز|وكالة موديز|Moody's Investors Service|id=moodys
co|US|S&P Global Ratings|ستاندرد آند بورز|وكالة ستاندرد آند بورز;ستاندرد اند بورز|Standard & Poor's|id=s-p-global-ratings
co|US|Fitch Ratings|فيتش|وكالة فيتش|Fitch|
co|US|Goldman Sachs|غولدمان ساكس|جولدمان ساكس||
co|US|JPMorgan Chase|جي بي مورغان|جي بي مورجان|JPMorgan|
co|US|BlackRock|بلاك روك|شركة بلاك روك||
co|KR|Hyundai|هيونداي|شركة هيونداي||
co|CN|DeepSeek|ديب سيك|شركة ديب سيك||
co|AE|Mubadala|شركة مبادلة|مبادلة للاستثمار|Mubadala Investment Company|amb=مبادلة doc=Bare مبادلة is 'exchange/swap'.
"""

# Football clubs most reported in Arabic sports news: the leading clubs of the major
# European leagues and of the Arab leagues (a general list, not drawn from any text).
CLUBS = """
sport|GB|Manchester United|مانشستر يونايتد|مان يونايتد;مانشستر يونايتيد;نادي مانشستر يونايتد|Man United|amb=مانشستر
sport|GB|Manchester City|مانشستر سيتي|مان سيتي;نادي مانشستر سيتي|Man City|
sport|GB|Liverpool F.C.|نادي ليفربول|ليفربول الإنجليزي|Liverpool FC|id=liverpool-fc amb=ليفربول
sport|GB|Chelsea F.C.|تشيلسي|تشلسي;نادي تشيلسي;تشيلسي الإنجليزي|Chelsea FC|id=chelsea-fc
sport|GB|Arsenal F.C.|آرسنال|أرسنال;الأرسنال;الآرسنال;نادي آرسنال|Arsenal|id=arsenal-fc
sport|GB|Tottenham Hotspur|توتنهام|توتنهام هوتسبير;توتنهام هوتسبر|Tottenham|
sport|GB|Everton F.C.|إيفرتون|نادي إيفرتون|Everton|id=everton-fc
sport|GB|Newcastle United|نيوكاسل يونايتد|||amb=نيوكاسل
sport|GB|Aston Villa|أستون فيلا|استون فيلا||
sport|GB|West Ham United|وست هام|وستهام;وست هام يونايتد|West Ham|
sport|GB|Celtic F.C.|سيلتك|سلتيك;نادي سيلتك|Celtic|id=celtic-fc
sport|GB|Rangers F.C.|غلاسكو رينجرز|رينجرز|Rangers|id=rangers-fc
sport|ES|Real Madrid|ريال مدريد|نادي ريال مدريد|Real Madrid CF|
sport|ES|FC Barcelona|نادي برشلونة|برشلونة الإسباني|Barca|id=fc-barcelona amb=برشلونة
sport|ES|Atlético Madrid|أتلتيكو مدريد|أتليتيكو مدريد;أتلتيكو|Atletico Madrid|id=atletico-madrid
sport|ES|Valencia CF|نادي فالنسيا|فالنسيا الإسباني||amb=فالنسيا
sport|ES|Sevilla FC|نادي إشبيلية|إشبيلية الإسباني||amb=إشبيلية
sport|ES|RCD Espanyol|إسبانيول|اسبانيول;نادي إسبانيول|Espanyol|
sport|ES|Villarreal CF|فياريال|نادي فياريال|Villarreal|
sport|ES|Real Betis|ريال بيتيس|||
sport|ES|Athletic Bilbao|أتلتيك بلباو|أتلتيك بيلباو||amb=بلباو
sport|ES|Deportivo de La Coruña|ديبورتيفو لاكورونيا|ديبورتيفو|Deportivo|id=deportivo-la-coruna
sport|IT|Juventus F.C.|يوفنتوس|جوفنتوس;اليوفي;نادي يوفنتوس|Juventus|id=juventus
sport|IT|A.C. Milan|إيه سي ميلان|نادي ميلان;ميلان الإيطالي|AC Milan|id=ac-milan amb=ميلان
sport|IT|Inter Milan|إنتر ميلان|الإنتر;انتر ميلان;إنترناسيونالي;إنتر|Inter|
sport|IT|AS Roma|نادي روما|روما الإيطالي|Roma|id=as-roma amb=روما
sport|IT|SS Lazio|لاتسيو|لاتسيو الإيطالي|Lazio|id=lazio
sport|IT|SSC Napoli|نادي نابولي|نابولي الإيطالي|Napoli|id=napoli amb=نابولي
sport|IT|ACF Fiorentina|فيورنتينا|فيورانتينا|Fiorentina|id=fiorentina
sport|DE|Bayern Munich|بايرن ميونيخ|بايرن ميونخ;البايرن;بايرن|Bayern|
sport|DE|Borussia Dortmund|بوروسيا دورتموند|بروسيا دورتموند||amb=دورتموند
sport|DE|Schalke 04|شالكه|شالكه 04|Schalke|
sport|DE|Bayer Leverkusen|باير ليفركوزن|ليفركوزن|Leverkusen|
sport|DE|Werder Bremen|فيردر بريمن|فيردر بريمن||amb=بريمن
sport|FR|Paris Saint-Germain|باريس سان جيرمان|باريس سان جرمان;سان جيرمان;باريس سان جيرمين|PSG|
sport|FR|Olympique de Marseille|أولمبيك مرسيليا|مرسيليا الفرنسي||id=olympique-marseille amb=مرسيليا
sport|FR|Olympique Lyonnais|أولمبيك ليون|ليون الفرنسي||id=olympique-lyonnais
sport|NL|AFC Ajax|أياكس أمستردام|أياكس;اياكس|Ajax|id=ajax
sport|NL|PSV Eindhoven|آيندهوفن|بي إس في آيندهوفن;أيندهوفن|PSV|
sport|PT|FC Porto|نادي بورتو|بورتو البرتغالي|Porto|id=fc-porto amb=بورتو
sport|PT|S.L. Benfica|بنفيكا|نادي بنفيكا|Benfica|id=benfica
sport|PT|Sporting CP|سبورتينغ لشبونة|سبورتنغ لشبونة|Sporting Lisbon|id=sporting-cp
sport|TR|Galatasaray|غلطة سراي|غلطه سراي;جالاتا سراي;غالاتاسراي||
sport|TR|Fenerbahçe|فنربخشة|فنرباهتشة;فنربهجة|Fenerbahce|id=fenerbahce
sport|TR|Beşiktaş|بشكتاش|بيشكتاش|Besiktas|id=besiktas
sport|EG|Al Ahly SC|النادي الأهلي|الأهلي المصري|Al Ahly|amb=الأهلي
sport|EG|Zamalek SC|الزمالك|نادي الزمالك|Zamalek|
sport|EG|Ismaily SC|الإسماعيلي|النادي الإسماعيلي|Ismaily|
sport|SA|Al Hilal SFC|الهلال السعودي|نادي الهلال|Al Hilal|amb=الهلال
sport|SA|Al Nassr FC|النصر السعودي|نادي النصر|Al Nassr|amb=النصر
sport|SA|Al-Ittihad Club|الاتحاد السعودي|نادي الاتحاد السعودي|Al Ittihad|id=al-ittihad-club
sport|SA|Al-Ahli Saudi FC|الأهلي السعودي|||
sport|SA|Al Shabab FC|الشباب السعودي|||id=al-shabab-fc
sport|QA|Al Sadd SC|السد القطري|نادي السد|Al Sadd|amb=السد
sport|QA|Al-Rayyan SC|الريان القطري|نادي الريان|Al Rayyan|
sport|QA|Al-Gharafa SC|الغرافة|نادي الغرافة|Al Gharafa|
sport|QA|Al-Arabi SC (Qatar)|العربي القطري|||id=al-arabi-qatar
sport|AE|Al Ain FC|العين الإماراتي|نادي العين|Al Ain|id=al-ain-fc
sport|AE|Al Jazira Club|الجزيرة الإماراتي|نادي الجزيرة الإماراتي||
sport|KW|Kuwait SC|نادي الكويت|الكويت الكويتي||id=kuwait-sc
sport|KW|Qadsia SC|القادسية الكويتي|نادي القادسية الكويتي||
sport|TN|Espérance de Tunis|الترجي|الترجي التونسي;الترجي الرياضي|Esperance|id=esperance-de-tunis
sport|TN|Club Africain|النادي الأفريقي|النادي الإفريقي||
sport|TN|Étoile Sportive du Sahel|النجم الساحلي|||id=etoile-du-sahel
sport|TN|CS Sfaxien|النادي الصفاقسي|الصفاقسي||
sport|MA|Raja Casablanca|الرجاء البيضاوي|نادي الرجاء||amb=الرجاء
sport|MA|Wydad AC|الوداد البيضاوي|الوداد;نادي الوداد|Wydad|
sport|DZ|JS Kabylie|شبيبة القبائل|||
sport|DZ|MC Alger|مولودية الجزائر|||
sport|JO|Al-Faisaly SC|الفيصلي الأردني|نادي الفيصلي||
sport|JO|Al-Wehdat SC|الوحدات الأردني|نادي الوحدات||
sport|IQ|Al-Quwa Al-Jawiya|القوة الجوية العراقي|نادي القوة الجوية||
sport|IQ|Al-Zawraa SC|الزوراء العراقي|نادي الزوراء||
"""


_OPT_RE = re.compile(r"(\w+)=(.*?)(?=\s+\w+=|$)")  # values may contain spaces


def _parse(table: str) -> list[dict]:
    from briefings.data._build_places import _dedupe, _key  # one matching key for all data
    from briefings.nlp.ids import slugify

    rows = []
    for line in table.strip().splitlines():
        kind, iso, en, ar, aliases, aliases_en, *rest = [p.strip() for p in line.split("|")]
        flags = rest[0] if rest else ""
        doc = None
        if " doc=" in " " + flags:
            flags, doc = (" " + flags).split(" doc=", 1)
        opts = {k: v.strip() for k, v in _OPT_RE.findall(flags.strip())}
        entry = {
            "id": opts.get("id") or slugify(en),
            "en": en,
            "ar": ar,
            "aliases_ar": _dedupe([a for a in aliases.split(";") if a], {_key(ar)}),
            "aliases_en": _dedupe([a for a in aliases_en.split(";") if a], {_key(en)}),
            "country": None if iso == "-" else iso,
            "metonym_for": opts.get("met"),
            "wikidata": opts.get("qid"),
            "kind": KINDS[kind],
        }
        amb = [a for a in opts.get("amb", "").split(";") if a]
        if amb:
            entry["ambiguous_ar"] = amb
        if doc:
            entry["_doc"] = doc.strip()
        rows.append(entry)
    return rows


def build_orgs() -> list[dict]:
    return _parse(ORGS) + _parse(CLUBS)


def main() -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    orgs = build_orgs()
    text = json.dumps(orgs, ensure_ascii=False, indent=1) + "\n"
    (HERE / "organizations.json").write_text(text, encoding="utf-8")
    print(f"organizations.json: {len(orgs)} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
