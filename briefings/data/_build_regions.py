# ruff: noqa: E501  (one data row per line: the tables stay greppable)
"""Generate ``regions.json`` from the compact tables below.

Run ``python briefings/data/_build_regions.py`` after editing a table, then commit the
script and the JSON together.

Regions are places that are neither a country nor a city: continents and world regions,
historic regions of the Arab and Muslim world, provinces, states and autonomous regions of
the countries most in the news, seas, gulfs, straits, rivers, mountain ranges, deserts,
islands, and states that no longer exist. Whole categories are listed, not names picked
from any text.

Line format: ``id|country|English|Arabic|aliases_ar ; separated|aliases_en ; separated``

* ``id``: stable ASCII slug (never change a published one); ``-`` = slug of the English.
* ``country``: ISO code of the one country the region lies in, ``-`` when it spans several
  or none. Written as the note ``_country``: the entity model gives regions no country.
* Precision over recall: a name that is also an everyday word, a person's or an
  organisation's name is listed only in a qualified form (محافظة صلاح الدين, نهر العاصي,
  منطقة الريف, هضبة نجد; bare الأناضول is mostly the Anadolu news agency);
  the gazetteer drops a generic descriptor (محافظة, إقليم, منطقة, ولاية ...) from the
  mention when the rest is one of the region's forms or a bare name.
* Spelling variants that differ only by hamza/alef form, ة/ه or ى/ي are folded by the
  normaliser and are not listed. A form that already names a city or a country in the
  knowledge base is not repeated here (the city or country wins).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The first 40 entries: world regions, seas and disputed areas (ids published).
WORLD = """
middle-east|-|Middle East|الشرق الأوسط|منطقة الشرق الأوسط;الشرق الاوسط|
europe|-|Europe|أوروبا|أوروبا الغربية;القارة الأوروبية;القارة العجوز|
eastern-europe|-|Eastern Europe|أوروبا الشرقية|شرق أوروبا|
asia|-|Asia|آسيا|القارة الآسيوية|
central-asia|-|Central Asia|آسيا الوسطى||
southeast-asia|-|Southeast Asia|جنوب شرق آسيا|جنوب شرقي آسيا|
east-asia|-|East Asia|شرق آسيا|الشرق الأقصى|Far East
africa|-|Africa|أفريقيا|إفريقيا;القارة الأفريقية;القارة السمراء|
north-africa|-|North Africa|شمال أفريقيا|شمال إفريقيا|
maghreb|-|Maghreb|المغرب العربي|دول المغرب العربي;بلاد المغرب|
horn-of-africa|-|Horn of Africa|القرن الأفريقي|القرن الإفريقي|
sahel|-|Sahel|منطقة الساحل|الساحل الأفريقي;منطقة الساحل الأفريقي|
persian-gulf|-|Persian Gulf|الخليج العربي|الخليج الفارسي;منطقة الخليج;دول الخليج;منطقة الخليج العربي;الخليج|Arabian Gulf
levant|-|Levant|بلاد الشام|الشام|
latin-america|-|Latin America|أمريكا اللاتينية|أميركا اللاتينية|
south-america|-|South America|أمريكا الجنوبية|أميركا الجنوبية|
north-america|-|North America|أمريكا الشمالية|أميركا الشمالية|
central-america|-|Central America|أمريكا الوسطى|أميركا الوسطى|
balkans|-|Balkans|البلقان|منطقة البلقان|
caucasus|-|Caucasus|القوقاز|منطقة القوقاز;جبال القوقاز|
scandinavia|-|Scandinavia|الدول الاسكندنافية|الدول الإسكندينافية;إسكندنافيا;اسكندينافيا|
korean-peninsula|-|Korean Peninsula|شبه الجزيرة الكورية||
arabian-peninsula|-|Arabian Peninsula|شبه الجزيرة العربية|الجزيرة العربية;جزيرة العرب|
crimea|-|Crimea|شبه جزيرة القرم|القرم|
sinai|-|Sinai Peninsula|شبه جزيرة سيناء|سيناء;شمال سيناء;جنوب سيناء|Sinai
darfur|-|Darfur|دارفور|إقليم دارفور|
kurdistan-region|-|Kurdistan Region|إقليم كردستان|إقليم كردستان العراق;كردستان العراق;كردستان|Iraqi Kurdistan
golan-heights|-|Golan Heights|الجولان|هضبة الجولان;مرتفعات الجولان;الجولان المحتل|
kashmir|-|Kashmir|كشمير|إقليم كشمير;جامو وكشمير|
donbas|-|Donbas|دونباس|منطقة دونباس;حوض دونباس|Donbass
mediterranean-sea|-|Mediterranean Sea|البحر المتوسط|البحر الأبيض المتوسط|Mediterranean
red-sea|-|Red Sea|البحر الأحمر||
black-sea|-|Black Sea|البحر الأسود||
south-china-sea|-|South China Sea|بحر الصين الجنوبي||
indian-ocean|-|Indian Ocean|المحيط الهندي||
pacific-ocean|-|Pacific Ocean|المحيط الهادئ|المحيط الهادي|Pacific
atlantic-ocean|-|Atlantic Ocean|المحيط الأطلسي||Atlantic
strait-of-hormuz|-|Strait of Hormuz|مضيق هرمز||
bab-el-mandeb|-|Bab-el-Mandeb|مضيق باب المندب|باب المندب|
suez-canal|-|Suez Canal|قناة السويس||
"""

# Continents and world regions not above. A compass point before a continent (غرب
# أفريقيا) is not made a region of its own: the continent is linked.
CONTINENTS = """
-|-|Oceania|أوقيانوسيا|أوقيانيا|
-|-|Americas|الأمريكتان|الأمريكتين;الأميركتان;الأميركتين;القارة الأمريكية;القارة الأميركية|
-|-|Sub-Saharan Africa|أفريقيا جنوب الصحراء|إفريقيا جنوب الصحراء|
-|-|Near East|الشرق الأدنى||
-|-|Mashriq|المشرق العربي||
-|-|Fertile Crescent|الهلال الخصيب||
-|-|Great Lakes region|منطقة البحيرات العظمى||
-|-|Arctic|القطب الشمالي|المنطقة القطبية الشمالية|
-|-|Indochina|الهند الصينية||
"""

# Historic and geographic regions of the Arab and Muslim world (and their neighbours).
HISTORIC = """
andalusia|ES|Andalusia|الأندلس|بلاد الأندلس;إقليم الأندلس|Al-Andalus
hejaz|SA|Hejaz|الحجاز|بلاد الحجاز;إقليم الحجاز|
najd|SA|Najd|هضبة نجد|بلاد نجد;منطقة نجد;إقليم نجد|
tihamah|-|Tihamah|تهامة|سهل تهامة|
khorasan|-|Khorasan|خراسان|بلاد خراسان;إقليم خراسان|
transoxiana|-|Transoxiana|بلاد ما وراء النهر|ما وراء النهر|
mesopotamia|-|Mesopotamia|بلاد الرافدين|بلاد ما بين النهرين;وادي الرافدين|
nubia|-|Nubia|النوبة|بلاد النوبة|
anatolia|TR|Anatolia|هضبة الأناضول|آسيا الصغرى;منطقة الأناضول;بلاد الأناضول|
upper-egypt|EG|Upper Egypt|صعيد مصر||
cyrenaica|LY|Cyrenaica|برقة|إقليم برقة|
fezzan|LY|Fezzan|فزان|إقليم فزان|
rif|MA|Rif|منطقة الريف|جبال الريف;الريف المغربي|
kabylie|DZ|Kabylie|منطقة القبائل|القبائل الكبرى|
balochistan|-|Balochistan|بلوشستان|إقليم بلوشستان|
punjab|-|Punjab|البنجاب|إقليم البنجاب;ولاية البنجاب|
sindh|PK|Sindh|إقليم السند|ولاية السند|
galilee|IL|Galilee|منطقة الجليل|الجليل الأعلى;الجليل الغربي;إصبع الجليل|
negev|IL|Negev|النقب|صحراء النقب|
jordan-valley|-|Jordan Valley|غور الأردن|منطقة الأغوار|
west-bank|PS|West Bank|الضفة الغربية|الضفة الغربية المحتلة|
siberia|RU|Siberia|سيبيريا|سيبريا|
tibet|CN|Tibet|التبت|هضبة التبت|
xinjiang|CN|Xinjiang|شينجيانغ|شينجيانج;سنجان;تركستان الشرقية;إقليم شينجيانغ|
sahara|-|Sahara|الصحراء الكبرى|الصحراء الأفريقية الكبرى|
syrian-desert|-|Syrian Desert|بادية الشام|البادية السورية|
rub-al-khali|-|Rub' al Khali|الربع الخالي|صحراء الربع الخالي|
gobi|-|Gobi Desert|صحراء غوبي|صحراء جوبي|
kalahari|-|Kalahari Desert|صحراء كالاهاري||
patagonia|-|Patagonia|باتاغونيا||
"""

# Provinces, states and autonomous regions of the countries most in the news. Names that
# are also a city in the knowledge base are left to the city.
PROVINCES = """
-|IQ|Anbar Governorate|الأنبار|محافظة الأنبار|
-|IQ|Nineveh Governorate|نينوى|محافظة نينوى;سهل نينوى|
-|IQ|Diyala Governorate|ديالى|محافظة ديالى|
-|IQ|Saladin Governorate|محافظة صلاح الدين||
-|IQ|Dhi Qar Governorate|ذي قار|محافظة ذي قار|
-|IQ|Maysan Governorate|ميسان|محافظة ميسان|
-|IQ|Muthanna Governorate|محافظة المثنى||
-|IQ|Al-Qadisiyyah Governorate|محافظة القادسية|محافظة الديوانية|
-|IQ|Wasit Governorate|واسط|محافظة واسط|
-|IQ|Babil Governorate|محافظة بابل||
-|SY|Rif Dimashq Governorate|ريف دمشق|محافظة ريف دمشق|
-|EG|Dakahlia Governorate|الدقهلية|محافظة الدقهلية|
-|EG|Monufia Governorate|المنوفية|محافظة المنوفية|
-|EG|Qalyubia Governorate|القليوبية|محافظة القليوبية|
-|EG|Sharqia Governorate|محافظة الشرقية||
-|EG|Gharbia Governorate|محافظة الغربية||
-|EG|Beheira Governorate|محافظة البحيرة||
-|EG|Kafr El Sheikh Governorate|كفر الشيخ|محافظة كفر الشيخ|
-|EG|New Valley Governorate|الوادي الجديد|محافظة الوادي الجديد|
-|EG|Matrouh Governorate|محافظة مطروح|مطروح|
-|EG|Sohag Governorate|سوهاج|محافظة سوهاج|
-|EG|Qena Governorate|قنا|محافظة قنا|
-|EG|Beni Suef Governorate|بني سويف|محافظة بني سويف|
-|EG|Faiyum Governorate|الفيوم|محافظة الفيوم|
-|EG|Minya Governorate|المنيا|محافظة المنيا|
-|EG|Damietta Governorate|دمياط|محافظة دمياط|
-|SA|Al-Qassim Province|القصيم|منطقة القصيم|
-|SA|Asir Province|منطقة عسير||
-|SA|Jazan Province|جازان|جيزان;منطقة جازان|
-|SA|Al Bahah Province|الباحة|منطقة الباحة|
-|SA|Eastern Province|المنطقة الشرقية السعودية||
-|YE|Hadhramaut Governorate|حضرموت|محافظة حضرموت;وادي حضرموت|
-|YE|Shabwah Governorate|شبوة|محافظة شبوة|
-|YE|Abyan Governorate|أبين|محافظة أبين|
-|YE|Lahij Governorate|لحج|محافظة لحج|
-|YE|Dhale Governorate|محافظة الضالع||
-|YE|Al Mahrah Governorate|محافظة المهرة||
-|YE|Socotra|سقطرى|أرخبيل سقطرى;جزيرة سقطرى|
-|YE|Al Bayda Governorate|محافظة البيضاء||
-|YE|Hajjah Governorate|محافظة حجة||
-|YE|Al Mahwit Governorate|المحويت|محافظة المحويت|
-|YE|Raymah Governorate|محافظة ريمة||
-|JO|Balqa Governorate|البلقاء|محافظة البلقاء|
-|LB|Mount Lebanon Governorate|جبل لبنان|محافظة جبل لبنان|
-|LB|Beqaa Governorate|سهل البقاع|محافظة البقاع;البقاع الغربي;البقاع الشمالي;وادي البقاع|
-|LB|Akkar Governorate|عكار|محافظة عكار|
-|OM|Dhofar Governorate|ظفار|محافظة ظفار|
-|OM|Musandam Governorate|مسندم|محافظة مسندم|
-|OM|Al Batinah|منطقة الباطنة|شمال الباطنة;جنوب الباطنة|
-|SD|Kordofan|كردفان|شمال كردفان;جنوب كردفان;ولاية كردفان|
-|SD|Blue Nile State|ولاية النيل الأزرق||
-|SD|Gezira State|ولاية الجزيرة||
-|IR|Khuzestan Province|خوزستان|محافظة خوزستان;إقليم خوزستان;الأحواز العربية;عربستان|
-|IR|Sistan and Baluchestan Province|سيستان وبلوشستان|سيستان بلوشستان|
-|IR|Mazandaran Province|مازندران|محافظة مازندران|
-|IR|Gilan Province|جيلان|كيلان;محافظة جيلان|
-|IR|Lorestan Province|لرستان|محافظة لرستان|
-|IR|Hormozgan Province|هرمزغان|محافظة هرمزغان|
-|IR|Golestan Province|محافظة غلستان|محافظة كلستان|
-|IR|East Azerbaijan Province|أذربيجان الشرقية|محافظة أذربيجان الشرقية|
-|IR|West Azerbaijan Province|أذربيجان الغربية|محافظة أذربيجان الغربية|
-|AF|Helmand Province|هلمند|ولاية هلمند;إقليم هلمند|
-|AF|Nangarhar Province|ننغرهار|ننجرهار;ولاية ننغرهار|
-|AF|Badakhshan Province|بدخشان|ولاية بدخشان|
-|AF|Paktia Province|بكتيا|باكتيا;ولاية بكتيا|
-|AF|Paktika Province|بكتيكا|باكتيكا;ولاية بكتيكا|
-|AF|Khost Province|خوست|ولاية خوست|
-|AF|Uruzgan Province|أروزغان|أرزغان;ولاية أروزغان|
-|AF|Logar Province|لوغر|ولاية لوغر|
-|AF|Wardak Province|وردك|ولاية وردك|
-|AF|Kunar Province|كونار|ولاية كونار|
-|AF|Nuristan Province|نورستان|ولاية نورستان|
-|AF|Bamyan Province|باميان|ولاية باميان|
-|AF|Panjshir Province|بنجشير|بانشير;وادي بنجشير;ولاية بنجشير|
-|AF|Badghis Province|بادغيس|ولاية بادغيس|
-|AF|Faryab Province|فارياب|ولاية فارياب|
-|AF|Takhar Province|تخار|ولاية تخار|
-|AF|Balkh Province|ولاية بلخ|إقليم بلخ|
-|AF|Zabul Province|ولاية زابل||
-|PK|Khyber Pakhtunkhwa|خيبر بختونخوا|إقليم خيبر بختونخوا;الإقليم الحدودي الشمالي الغربي|
-|PK|Waziristan|وزيرستان|وزيرستان الشمالية;وزيرستان الجنوبية;منطقة وزيرستان|
-|IN|Uttar Pradesh|أوتار براديش|اوتار براديش;أتر برديش|
-|IN|Maharashtra|ماهاراشترا|مهاراشترا|
-|IN|Kerala|كيرالا|ولاية كيرالا|
-|IN|Tamil Nadu|تاميل نادو|تاميلنادو|
-|IN|Gujarat|غوجارات|كجرات;جوجارات|
-|IN|Bihar|بيهار|ولاية بيهار|
-|IN|West Bengal|البنغال الغربية||
-|IN|Assam|آسام|ولاية آسام|
-|IN|Rajasthan|راجستان|راجاستان|
-|IN|Karnataka|كارناتاكا||
-|IN|Andhra Pradesh|أندرا براديش|آندرا براديش|
-|IN|Madhya Pradesh|ماديا براديش|مادهيا براديش|
-|IN|Odisha|أوديشا|أوريسا|
-|IN|Manipur|مانيبور||
-|CN|Guangdong|قوانغدونغ|غوانغدونغ;جوانجدونج;مقاطعة قوانغدونغ|
-|CN|Sichuan|سيتشوان|سيشوان;مقاطعة سيتشوان|
-|CN|Yunnan|مقاطعة يونان|يوننان|
-|CN|Fujian|فوجيان|فوجيان الصينية;مقاطعة فوجيان|
-|CN|Zhejiang|تشجيانغ|تشيجيانغ;جيجيانغ;مقاطعة تشجيانغ|
-|CN|Jiangsu|جيانغسو|مقاطعة جيانغسو|
-|CN|Shandong|شاندونغ|مقاطعة شاندونغ|
-|CN|Henan|خنان|هينان;مقاطعة خنان|
-|CN|Hebei|مقاطعة خبي|هيبي|
-|CN|Hubei|هوبي|مقاطعة هوبي|
-|CN|Hunan|هونان|مقاطعة هونان|
-|CN|Gansu|قانسو|غانسو;مقاطعة قانسو|
-|CN|Qinghai|تشينغهاي|مقاطعة تشينغهاي|
-|CN|Ningxia|نينغشيا|نينغشيا هوي|
-|CN|Inner Mongolia|منغوليا الداخلية||
-|CN|Guangxi|قوانغشي|غوانغشي|
-|CN|Hainan|هاينان|جزيرة هاينان|
-|CN|Heilongjiang|هيلونغجيانغ||
-|CN|Jilin|جيلين|مقاطعة جيلين|
-|CN|Liaoning|لياونينغ||
-|CN|Anhui|آنهوي|أنهوي|
-|CN|Jiangxi|جيانغشي||
-|CN|Guizhou|قويتشو|غويتشو|
-|CN|Shaanxi|شنشي|شانشي|
-|RU|Chechnya|الشيشان|جمهورية الشيشان|
-|RU|Dagestan|داغستان|جمهورية داغستان|
-|RU|Ingushetia|إنغوشيا|انغوشيتيا;جمهورية إنغوشيا|
-|RU|Tatarstan|تتارستان|جمهورية تتارستان|
-|RU|Bashkortostan|باشكورتوستان|باشكيريا|
-|RU|North Ossetia–Alania|أوسيتيا الشمالية||
-|RU|Kabardino-Balkaria|قبردينو بلقاريا|كاباردينو بلقاريا|
-|RU|Yakutia|ياقوتيا|جمهورية ساخا|
-|RU|Kursk Oblast|مقاطعة كورسك||
-|RU|Belgorod Oblast|مقاطعة بيلغورود||
-|GE|South Ossetia|أوسيتيا الجنوبية||
-|GE|Abkhazia|أبخازيا|ابخازيا|
-|MD|Transnistria|ترانسنيستريا|بريدنيستروفيه;إقليم ترانسنيستريا|
-|AZ|Nagorno-Karabakh|ناغورنو كاراباخ|ناغورني قره باغ;قره باغ;كاراباخ;إقليم ناغورني قره باغ|
-|ES|Catalonia|كاتالونيا|كتالونيا;قطالونيا;إقليم كاتالونيا|
-|ES|Basque Country|إقليم الباسك|بلاد الباسك|
-|ES|Aragon|أراغون|أراجون;أرغون|
-|ES|Asturias|أستورياس|أشتورياس|
-|ES|Balearic Islands|جزر البليار|جزر الباليار|
-|ES|Canary Islands|جزر الكناري|جزر الخالدات|
-|ES|Cantabria|كانتابريا||
-|ES|Castile and León|قشتالة وليون|قشتالة|
-|ES|Castilla–La Mancha|قشتالة لا منتشا|قشتالة لامانشا|
-|ES|Extremadura|إكستريمادورا|اكستريمادورا|
-|ES|Galicia|غاليسيا|جليقية|
-|ES|Navarre|نافارا|نافار|
-|GB|England|إنجلترا|إنكلترا;انكلترة|
-|GB|Scotland|اسكتلندا|إسكتلندا;اسكوتلندا;اسكتلاندا|
-|GB|Wales|ويلز|مقاطعة ويلز|
-|GB|Northern Ireland|أيرلندا الشمالية|إيرلندا الشمالية;ايرلندا الشمالية|
-|FR|Corsica|كورسيكا|جزيرة كورسيكا|
-|FR|Brittany|بريتاني|بروتاني;منطقة بريتاني|
-|FR|Normandy|نورماندي|النورماندي|
-|FR|Alsace|الألزاس|منطقة الألزاس|
-|FR|Lorraine|اللورين|منطقة اللورين|
-|FR|Provence|بروفانس|منطقة بروفانس|
-|IT|Sicily|صقلية|جزيرة صقلية|
-|IT|Sardinia|سردينيا|جزيرة سردينيا;سردينية|
-|IT|Tuscany|توسكانا|توسكاني|
-|IT|Lombardy|لومبارديا|لومباردي|
-|IT|Calabria|كالابريا||
-|IT|Apulia|بوليا|أبوليا|
-|IT|Campania|كامبانيا||
-|IT|Veneto|فينيتو||
-|IT|Piedmont|بييمونتي|بيدمونت|
-|DE|Bavaria|بافاريا|ولاية بافاريا|
-|DE|Saxony|ساكسونيا|سكسونيا|
-|DE|Lower Saxony|ساكسونيا السفلى|سكسونيا السفلى|
-|DE|Hesse|هيسن|ولاية هيسن|
-|DE|Brandenburg|براندنبورغ|براندنبورج|
-|DE|Thuringia|تورينغن|تورينجيا|
-|DE|North Rhine-Westphalia|شمال الراين وستفاليا|شمال الراين فستفاليا;ولاية شمال الراين وستفاليا|
-|DE|Baden-Württemberg|بادن فورتمبيرغ|بادن فورتمبرغ|
-|DE|Schleswig-Holstein|شليسفيغ هولشتاين||
-|DE|Rhineland-Palatinate|راينلاند بفالتس||
-|CA|Quebec|كيبيك|مقاطعة كيبيك|
-|CA|Ontario|أونتاريو|مقاطعة أونتاريو|
-|CA|British Columbia|كولومبيا البريطانية||
-|CA|Alberta|ألبرتا|مقاطعة ألبرتا|
-|CA|Manitoba|مانيتوبا||
-|CA|Saskatchewan|ساسكاتشوان||
-|CA|Nova Scotia|نوفا سكوتيا||
-|CA|New Brunswick|نيو برونزويك||
-|CA|Newfoundland and Labrador|نيوفاوندلاند|نيوفاوندلاند ولابرادور|
-|US|Alabama|ألاباما|ولاية ألاباما|
-|US|Alaska|ألاسكا|ولاية ألاسكا|
-|US|Arizona|أريزونا|ولاية أريزونا|
-|US|Arkansas|أركنساس|ولاية أركنساس|
-|US|California|كاليفورنيا|ولاية كاليفورنيا|
-|US|Colorado|كولورادو|ولاية كولورادو|
-|US|Connecticut|كونيتيكت|كونتيكت;ولاية كونيتيكت|
-|US|Delaware|ديلاوير|ديلاوير الأمريكية;ولاية ديلاوير|
-|US|Florida|فلوريدا|ولاية فلوريدا|
-|US|Georgia (U.S. state)|ولاية جورجيا|ولاية جورجيا الأمريكية;ولاية جورجيا الأميركية|
-|US|Hawaii|هاواي|ولاية هاواي;جزر هاواي|
-|US|Idaho|أيداهو|آيداهو;ولاية أيداهو|
-|US|Illinois|إلينوي|إيلينوي;ولاية إلينوي|
-|US|Indiana|إنديانا|انديانا;ولاية إنديانا|
-|US|Iowa|أيوا|آيوا;ايوا;ولاية أيوا|
-|US|Kansas|كانساس|كنساس;ولاية كانساس|
-|US|Kentucky|كنتاكي|كنتكي;ولاية كنتاكي|
-|US|Louisiana|لويزيانا|ولاية لويزيانا|
-|US|Maine|ولاية مين|ولاية ماين|
-|US|Maryland|ميريلاند|ماريلاند;ميرلاند;ولاية ميريلاند|
-|US|Massachusetts|ماساتشوستس|ماساتشوسيتس;ولاية ماساتشوستس|
-|US|Michigan|ميشيغان|ميتشيغان;ميشيجان;ولاية ميشيغان|
-|US|Minnesota|مينيسوتا|منيسوتا;ولاية مينيسوتا|
-|US|Mississippi|ولاية ميسيسيبي|ولاية المسيسيبي|
-|US|Missouri|ميزوري|ميسوري;ولاية ميزوري|
-|US|Montana|مونتانا|ولاية مونتانا|
-|US|Nebraska|نبراسكا|ولاية نبراسكا|
-|US|Nevada|نيفادا|ولاية نيفادا|
-|US|New Hampshire|نيوهامبشير|نيو هامبشير;ولاية نيوهامبشير|
-|US|New Jersey|نيوجيرسي|نيو جيرسي;ولاية نيوجيرسي|
-|US|New Mexico|نيومكسيكو|نيو مكسيكو;ولاية نيومكسيكو|
-|US|New York (state)|ولاية نيويورك||
-|US|North Carolina|كارولاينا الشمالية|كارولينا الشمالية;نورث كارولاينا|
-|US|North Dakota|داكوتا الشمالية|نورث داكوتا|
-|US|Ohio|أوهايو|اوهايو;ولاية أوهايو|
-|US|Oklahoma|أوكلاهوما|اوكلاهوما;ولاية أوكلاهوما|
-|US|Oregon|أوريغون|أوريجون;ولاية أوريغون|
-|US|Pennsylvania|بنسلفانيا|بنسيلفانيا;ولاية بنسلفانيا|
-|US|Rhode Island|رود آيلاند|رود أيلاند|
-|US|South Carolina|كارولاينا الجنوبية|كارولينا الجنوبية;ساوث كارولاينا|
-|US|South Dakota|داكوتا الجنوبية|ساوث داكوتا|
-|US|Tennessee|تينيسي|تنيسي;ولاية تينيسي|
-|US|Texas|تكساس|ولاية تكساس|
-|US|Utah|يوتا|ولاية يوتا|
-|US|Vermont|فيرمونت|فرمونت;ولاية فيرمونت|
-|US|Virginia|فرجينيا|فيرجينيا;ولاية فرجينيا|
-|US|Washington (state)|ولاية واشنطن||
-|US|West Virginia|فرجينيا الغربية|فيرجينيا الغربية;ويست فرجينيا|
-|US|Wisconsin|ويسكونسن|وسكونسن;ويسكونسين;ولاية ويسكونسن|
-|US|Wyoming|وايومنغ|وايومينغ;ولاية وايومنغ|
"""

# Seas, gulfs, straits, rivers, lakes, mountain ranges and islands.
WATERS_AND_LAND = """
-|-|Dead Sea|البحر الميت||
-|-|Arabian Sea|بحر العرب||
-|-|Caribbean Sea|البحر الكاريبي|بحر الكاريبي;الكاريبي;منطقة الكاريبي|Caribbean
-|-|Caspian Sea|بحر قزوين||Caspian
-|-|Baltic Sea|بحر البلطيق|البلطيق|Baltic
-|-|North Sea|بحر الشمال||
-|-|Aegean Sea|بحر إيجة|بحر ايجه|Aegean
-|-|Adriatic Sea|البحر الأدرياتيكي|بحر الأدرياتيك;الأدرياتيكي|Adriatic
-|-|Sea of Japan|بحر اليابان||
-|-|East China Sea|بحر الصين الشرقي||
-|-|Sea of Marmara|بحر مرمرة||
-|-|Sea of Azov|بحر آزوف|بحر أزوف|
-|-|Ionian Sea|البحر الأيوني||
-|-|Arctic Ocean|المحيط المتجمد الشمالي|المحيط القطبي الشمالي|
-|-|Southern Ocean|المحيط المتجمد الجنوبي|المحيط الجنوبي|
-|-|Gulf of Oman|خليج عمان|بحر عمان|
-|-|Gulf of Aden|خليج عدن||
-|-|Gulf of Aqaba|خليج العقبة||
-|-|Gulf of Suez|خليج السويس||
-|-|Gulf of Mexico|خليج المكسيك||
-|-|Bay of Bengal|خليج البنغال||
-|-|Gulf of Guinea|خليج غينيا||
-|-|Strait of Gibraltar|مضيق جبل طارق||
-|TR|Bosphorus|مضيق البوسفور|البوسفور|
-|TR|Dardanelles|مضيق الدردنيل|الدردنيل|
-|-|Taiwan Strait|مضيق تايوان||
-|-|Strait of Malacca|مضيق ملقا|مضيق ملاكا|
-|-|Kerch Strait|مضيق كيرتش||
-|-|Straits of Tiran|مضيق تيران|مضائق تيران|
-|-|Nile|النيل|نهر النيل|
-|-|Euphrates|الفرات|نهر الفرات|
-|-|Tigris|دجلة|نهر دجلة|
-|-|Shatt al-Arab|شط العرب||
-|-|Jordan River|نهر الأردن||
-|LB|Litani River|الليطاني|نهر الليطاني|
-|-|Orontes River|نهر العاصي||
-|-|Yarmouk River|نهر اليرموك||
-|-|Danube|الدانوب|نهر الدانوب|
-|-|Rhine|نهر الراين|الراين|
-|RU|Volga|نهر الفولغا|الفولغا;نهر الفولجا|
-|-|Dnieper|نهر دنيبر|نهر الدنيبر;دنيبرو|
-|US|Mississippi River|نهر المسيسيبي|نهر الميسيسيبي|
-|-|Amazon River|نهر الأمازون||
-|-|Ganges|نهر الغانج|الغانج;نهر الكنج|
-|-|Indus River|نهر السند||
-|CN|Yangtze|نهر اليانغتسي|اليانغتسي;نهر يانغتسي|
-|CN|Yellow River|النهر الأصفر||
-|-|Congo River|نهر الكونغو||
-|-|Niger River|نهر النيجر||
-|-|Zambezi|نهر الزامبيزي|الزامبيزي|
-|GB|Thames|نهر التايمز||
-|FR|Seine|نهر السين||
-|-|Mekong|نهر الميكونغ|الميكونغ|
-|-|Amu Darya|نهر جيحون|جيحون;آمو داريا|
-|-|Syr Darya|نهر سيحون|سيحون;سير داريا|
-|-|Lake Victoria|بحيرة فيكتوريا||
-|-|Lake Tanganyika|بحيرة تنجانيقا|بحيرة تنغانيقا|
-|IL|Sea of Galilee|بحيرة طبريا||
-|-|Alps|جبال الألب|الألب|
-|-|Himalayas|جبال الهيمالايا|جبال الهملايا;الهيمالايا;الهملايا|
-|-|Andes|جبال الأنديز|الأنديز|
-|-|Atlas Mountains|جبال الأطلس||
-|-|Rocky Mountains|جبال الروكي||
-|RU|Ural Mountains|جبال الأورال|الأورال|
-|-|Zagros Mountains|جبال زاغروس||
-|TR|Taurus Mountains|جبال طوروس||
-|-|Hindu Kush|هندوكوش|جبال هندوكوش|
-|-|Pyrenees|جبال البرانس|جبال البيرينيه|
-|-|Mount Everest|جبل إيفرست|إيفرست;جبل إفرست|
-|TZ|Mount Kilimanjaro|جبل كليمنجارو|كليمنجارو;كليمانجارو|
-|-|Mount Hermon|جبل الشيخ|جبل حرمون|
-|IQ|Qandil Mountains|جبال قنديل|جبل قنديل|
-|AF|Tora Bora|تورا بورا||
-|GR|Crete|كريت|جزيرة كريت|
-|GR|Rhodes|جزيرة رودس||
-|ID|Java|جاوة|جزيرة جاوة;جزيرة جاوا|
-|ID|Sumatra|سومطرة|سومطرا;جزيرة سومطرة|
-|ID|Bali|جزيرة بالي||
-|-|Borneo|بورنيو|جزيرة بورنيو|
-|ID|Sulawesi|سولاويسي|سولاويزي|
-|PH|Mindanao|مينداناو|جزيرة مينداناو|
-|JP|Hokkaido|هوكايدو|جزيرة هوكايدو|
-|JP|Okinawa|أوكيناوا|اوكيناوا;جزيرة أوكيناوا|
-|TZ|Zanzibar|زنجبار|جزيرة زنجبار|
-|AU|Tasmania|تسمانيا|تاسمانيا|
"""

# States that no longer exist (history pages and obituaries name them).
FORMER_STATES = """
-|-|Soviet Union|الاتحاد السوفيتي|الاتحاد السوفياتي;الاتحاد السوفييتي|USSR
-|-|Yugoslavia|يوغوسلافيا|يوغسلافيا|
-|-|Czechoslovakia|تشيكوسلوفاكيا||
-|-|East Germany|ألمانيا الشرقية||
-|-|West Germany|ألمانيا الغربية||
-|-|South Yemen|اليمن الجنوبي||
"""

TABLES = (WORLD, CONTINENTS, HISTORIC, PROVINCES, WATERS_AND_LAND, FORMER_STATES)


def _parse(table: str) -> list[dict]:
    from briefings.nlp.ids import slugify

    rows = []
    for line in table.strip().splitlines():
        rid, iso, en, ar, aliases, *rest = [p.strip() for p in line.split("|")]
        en_aliases = rest[0] if rest else ""
        if en_aliases.startswith("id="):  # an explicit id given after the fact
            rid, en_aliases = en_aliases[3:], ""
        row = {
            "id": slugify(en) if rid == "-" else rid,
            "en": en,
            "ar": ar,
            "aliases_ar": [a.strip() for a in aliases.split(";") if a.strip() and a.strip() != ar],
            "aliases_en": [a.strip() for a in en_aliases.split(";") if a.strip()],
        }
        if iso != "-":
            # Regions belong to no single country in the entity model (docs/contracts.md),
            # so the country a province lies in is kept as a note for now.
            row["_country"] = iso
        rows.append(row)
    return rows


def build_regions() -> list[dict]:
    rows = [r for t in TABLES for r in _parse(t)]
    ids = [r["id"] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate region ids: {dupes}")
    return rows


def main() -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    rows = build_regions()
    text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    (HERE / "regions.json").write_text(text, encoding="utf-8")
    print(f"regions.json: {len(rows)} regions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
