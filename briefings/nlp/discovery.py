"""Discover people the knowledge base does not know, from the words around them.

Seven cues, all conservative (a wrong person is worse than a missing one):
1. a title phrase before a name: الرئيس، وزير الدفاع الروسي، المتحدث باسم مجلس الأمن
   القومي، سفير روسيا لدى كوريا الشمالية، ... (the name may follow in apposition between
   commas);
2. a reporting verb (قال، أعلن، أكد ...) followed by a name that starts with a given name
   or is itself followed by ``، <title>`` (وقال جون كيربي، المتحدث ...), or by two words
   of no language (not everyday words, not verb-shaped) before a clear end (وقالت أنيت
   براون ، ...);
3. a common given name (محمد، جورج، فلاديمير ...), with or without a proclitic
   (وأحمد), followed by more name-like words; a given name that is also an everyday word
   (حسن، عمر؛ علي as written, never على) only when a known name part follows;
4. a singular nationality used as a noun, right after a preposition or a sentence break
   (أمام الفرنسية فيرجيني رازانو);
5. a naming word (رجل يدعى X، فتاة تدعى X، اسمه X) or a credit word (بقلم، إخراج);
6. a family or dynasty word (أسرة مينغ، عشيرة دينغ): one name-like word after it;
7. a minute in brackets after two name words (ياكوبو إيغبيني ( 27 )): a goal's scorer.
A discovered name has at least two tokens, except right after a strongly personal title
(الرئيس بايدن، الإمام الخميني) or as the subject of a reporting verb followed by أن
(وقال سيباستيان إن); such a lone token is first tried against earlier mentions and the
knowledge base, and must not look like a verb or a pronoun form (see ``coref``).
Names are read in units so that compounds stay whole: عبد الله، أبو مازن، صلاح الدين،
بن لادن.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.nlp.clitics import clitic_reading
from briefings.nlp.context import ARTICLE_CLITIC, Doc, PersonSpan
from briefings.nlp.frequency import FORMS_ZIPF, everyday_words, frequent_words
from briefings.nlp.ids import discovered_id

# Words that join the parts of a title phrase: المتحدث باسم X، سفير X لدى Y.
_CONNECTORS = frozenset(
    {
        "باسم",
        "لدي",
        "في",
        "لشوون",
        "شوون",
        "العام",
        "السابق",
        "السابقه",
        "الاسبق",
        "الاعلي",
        "العليا",
        "الاول",
        "الدوله",
        "الحالي",
        "للشوون",
    }
)
# Adjectives that only follow a title: النائب العام، الأمين العام، الوزير السابق.
_TITLE_TAILS = frozenset({"العام", "السابق", "السابقه", "الاسبق", "الحالي"})
_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ولد", "ال"})  # محمد بن سلمان، حمد آل ثاني
_COMPOUND_HEADS = frozenset({"عبد", "ابو", "ابي", "ابا", "ام"})  # عبد الله, أبو مازن
_COMPOUND_TAILS = frozenset({"الدين", "الله"})  # صلاح الدين, نصر الله: previous + tail
# First words of the compound given names in الدين (general name lists); alone most of
# them are words (زين 'good', شمس 'sun', نظام 'system').
_DIN_HEADS = frozenset({"زين", "عز", "نور", "شمس", "بهاء", "محيي", "محي", "سيف", "خير", "تاج",
                        "نجم", "فخر", "علاء", "صلاح", "جمال", "كمال", "نصر", "ضياء", "شرف",
                        "بدر", "حسام", "عماد", "معين", "قطب", "شهاب", "نظام", "ركن", "غياث",
                        "جلال", "برهان", "تقي", "صدر", "قوام", "ناصر", "فتح"})  # fmt: skip
REPORTING = frozenset({"قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "صرح", "صرحت", "اضاف",
                        "اضافت", "اوضح", "اوضحت", "ذكر", "ذكرت", "اشار", "اشارت", "افاد",
                        "افادت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "نفي", "نفت",
                        "كشف", "كشفت", "راي", "رات", "اعتبر", "اعتبرت", "وصف", "اعرب",
                        "اعربت", "التقي", "استقبل", "ابلغ", "ابلغت", "تابع", "تابعت", "يقول",
                        "تقول", "لفت", "لفتت", "شدد", "شددت", "اقر", "اكتفي", "يضيف",
                        "تضيف", "يوكد", "توكد", "يوضح", "توضح", "يشير", "تشير", "اعترف",
                        "اعترفت", "علق", "علقت", "يعلق", "ختم", "استطرد", "اجاب", "اجابت",
                        "يري", "تري", "يعتقد", "تعتقد", "يروي", "تروي", "كتب",
                        "كتبت", "توقع", "توقعت", "رجح", "رجحت", "استبعد", "استبعدت",
                        "اشاد", "اشادت", "انتقد", "انتقدت", "نوه", "نوهت", "تساءل",
                        "تساءلت", "زعم", "زعمت", "ناشد", "ناشدت", "اردف", "اردفت",
                        "اقترح", "اقترحت", "تعهد", "تعهدت", "رحب", "رحبت",
                        # A goal and who scored it: بهدف سجله X، بهدفين أحرزهما X.
                        "سجله", "سجلها", "سجلهما", "احرزه", "احرزها", "احرزهما"})  # fmt: skip
# Credits of a book, a film, a song or an article: the name follows at once.
_CREDITS = frozenset({"بقلم", "تاليف", "اخراج", "سيناريو", "الحان", "بطوله", "غناء"})
# Words that give a name: رجل يدعى X، فتاة تدعى X، ابنة اسمها X، طفل أسماه X.
_NAMING = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "اسمه", "اسمها", "اسماه",
                     "اسمته", "اسمياه", "اسمياها", "سماه", "سمته"})  # fmt: skip
# Family and dynasty words: the family's name follows (أسرة مينغ، عائلة كينيدي).
_FAMILY = frozenset({"اسره", "عايله", "عشيره", "سلاله"})
_LINKING = frozenset({"بن", "ابن", "بنت", "عبد", "ابو"})
_NAME_CLITICS = frozenset({"و", "ف", "ل", "ب", "وب", "ول", "فل", "فب"})  # not ك: كاميل
_SAYS_THAT = frozenset({"ان", "انه", "انها"})
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "امام", "ضد", "بين", "عند",
                           "لدي", "حتي", "بعد", "قبل"})  # fmt: skip
_KUNYA = frozenset({"ابو", "ابي", "ابا"})  # أبو مازن، لأبي زكريا: a kunya starts a name
_HONORIFICS = frozenset({"الامام", "ايه", "حجه", "الشيخ", "المرشد"})  # الإمام الخميني
# Role words that are also family names (أمين، نجم; إمام as written with إ): after a given
# name and before a clear end they are the family name (قاسم أمين في، عادل إمام :).
_ROLE_SURNAMES = frozenset({"امين", "نجم", "امام"})
# "Known as": a nickname follows, the name ended (عبد الرحمن المعروف بـ، محمد الشهير بـ).
_KNOWN_AS = frozenset({"المعروف", "المعروفه", "الشهير", "الشهيره", "الملقب", "الملقبه",
                       "المكني", "المكنيه", "المدعو", "المدعوه"})  # fmt: skip
# Words before a place's name: شارع تيان تشنغ، نهر جين جيانغ are places, not people.
_PLACE_HEADS = frozenset({"شارع", "حي", "نهر", "مدينه", "مقاطعه", "مملكه", "جبل", "منطقه",
                          "بلده", "قريه", "جزيره", "ولايه", "اقليم", "ميناء", "بحيره", "جسر",
                          "ساحه", "حديقه", "قصر", "معبد", "مسجد", "جامع", "بوابه",
                          "سد"})  # fmt: skip
MAX_NAME_UNITS = 4
MAX_NAME_TOKENS = 6
# A lineage (علي بن أبي طالب بن عبد المطلب، محمد لمين ولد سلامة ولد النفاع) is longer.
MAX_LINEAGE_UNITS = 7
MAX_LINEAGE_TOKENS = 10
_LINEAGE = frozenset({"بن", "ابن", "بنت", "ولد"})
# Particles inside European names (جان مارك دو لا سابليير، رود فان نيستلروي، ماريا
# فرنانديس دي لافيغا، أورسولا فون دير لاين); لا، لو، دير، لوس only after another one.
_PARTICLES = frozenset({"دو", "دي", "دا", "دوس", "داس", "ديل", "ديلا", "فان", "فون", "فن"})
_PARTICLES_SECOND = frozenset({"لا", "لو", "دير", "در", "دن", "لوس", "لاس", "دي"})
# Regnal and dynastic ordinals end a name: عبد الله الثاني، تشارلز الأول.
_ORDINALS = frozenset(
    {
        "الاول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
        "الحادي",
        "الابن",
        "الاب",
    }
)
MAX_TITLE_STEPS = 8
# Words inside names that are also everyday words: never taken as the end of a name.
_NAME_WORDS = (
    _NAME_LINKS | _COMPOUND_HEADS | _COMPOUND_TAILS | _KUNYA | _PARTICLES | _PARTICLES_SECOND
) | _ORDINALS
# A feminine past verb: an optional أ, two to four consonants, the suffix ت (قصدت، حملت،
# أكدت، تحدثت); names in -at have a long vowel (رايت، سكوت) or are given names (مدحت).
_FEMININE_PAST = re.compile("^[أا]?[^اويى]{2,4}ت$")  # on the surface: بدأت has a hamza
# The same of form III (فاعلت): هاجمت، شاركت، طالبت.
_FEMININE_PAST_III = re.compile("^[^اويى]ا[^اويى]{2}ت$")
# أفعل: elatives and past verbs of form IV (أحدث، أكبر، أعلن), never a name unless known
# (أحمد، أكرم، أشرف are given names).
_ELATIVE = re.compile("^أ[^اويىأإآة]{3}$")
_NOT_LETTERS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _verb_shaped(tok: str) -> bool:
    """An imperfect verb's shape (يهدف، تبعد، ينتقد، يستعد), not a name's (يوسف is known)."""
    return tok[:1] in "يتن" and (len(tok) == 4 or tok[:2] in ("ين", "تن", "يت", "تت", "يس"))


def lone_name_ok(tok: str) -> bool:
    """A single unknown word taken as a name: not a verb, not a preposition plus a verbal
    noun (بامتلاك، بحلول، لإنشاء), not a word with a pronoun suffix (بشهادته). A word that
    only starts like those is a name when what follows the prefix is no word of the
    language (لارسن، بالاك: wordfreq)."""
    return (
        len(tok) >= 3
        and not _verb_shaped(tok)
        and (
            not tok.startswith(("ي", "سي", "ست", "با", "لا", "بت", "لت", "بم", "لم"))
            or _prefix_not_a_clitic(tok)
        )
        and not tok.endswith(("هم", "ها", "هن", "كم", "ون", "وا", "ته"))
        and not (len(tok) >= 5 and tok.endswith("اء"))  # نشطاء، خبراء: broken plurals
        and not tok.endswith(("وه", "يا", "ايلا"))  # محاموه، فعليا، قائلا: not names
    )


def _prefix_not_a_clitic(tok: str) -> bool:
    """لارسن، بالاك، ستيفنز، باتشان: neither the word less its first letter (a
    preposition, the imperfect ي) nor, after سي/ست/سن/لا, less its first two (the future,
    a glued negation: لايحتج) is a word of the language."""
    known = frequent_words(FORMS_ZIPF)
    if len(tok) < 5 or tok[1:] in known:
        return False
    # Less two letters only for the future سـ + يـ/تـ and a glued لا (لايحتج): باتشان is
    # no ب + ا + تشان.
    return not tok.startswith(("سي", "ست", "سن", "لا")) or tok[2:] not in known


@lru_cache(maxsize=4)
def _triggers(
    title_first: frozenset[str], given: frozenset[str], east_asian: frozenset[str]
) -> frozenset[str]:
    """Every word that can start a cue (titles, reporting verbs, given names, عبد,
    Chinese and Korean name syllables)."""
    return (
        (title_first | REPORTING | given | _KUNYA | _CREDITS | _NAMING | _DIN_HEADS | _FAMILY)
        | {"عبد"}
        | east_asian
    )


class Discoverer:
    """Finds person spans in one ``Doc``; call ``run()`` once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        lex = doc.lex
        self.titles = lex.titles
        self.title_first = lex.title_words
        self.given = lex.given_names
        self.given_any = doc.given_any
        self.stop = doc.not_name
        self.taken = [h is not None for h in doc.covered]
        # A lone KB surname (ليفيت) right after an unknown given name belongs to that
        # other person (جان دافيد ليفيت): a name run may absorb it.
        # So may a nationality word there, which is a family name (جون كندي، فيصل
        # السويدي، أبو حمزة المصري).
        self.absorbable = {
            h.first
            for h in doc.hits
            if h.first == h.last
            and not h.clitic
            and (
                h.entry.type == "person"
                or (h.entry.kind == "demonym" and self._surname_demonym(h.first))
            )
        }
        self.pending: list[PersonSpan] = []  # single tokens after a personal title
        # Last tokens of the people found so far (and of KB people): a list goes on.
        self.person_ends = {h.last for h in doc.hits if h.entry.type == "person"}
        self.east_asian = lex.east_asian
        self.triggers = _triggers(self.title_first, self.given_any, self.east_asian)
        self.common = everyday_words()
        self.known = frequent_words(FORMS_ZIPF)
        # Family name -> end of its first full-name mention (KB people; discovered ones are
        # added as they are found).
        self.surname_end: dict[str, int] = {}
        for h in doc.hits:
            if h.entry.type == "person" and h.last > h.first:
                last = doc.norm(h.last)
                self.surname_end[last] = min(h.last, self.surname_end.get(last, h.last))

    def _surname_demonym(self, k: int) -> bool:
        """A nationality word shaped like a family name: masculine singular (كندي،
        السويدي), not feminine (السويدية) nor a definite plural (المصريين)."""
        doc = self.doc
        tok = doc.norm(k)
        if doc.text[doc.toks.ends[k] - 1] == "ة":
            return False
        return not (doc.has_article(k) and tok.endswith(("ين", "ون")))

    def run(self) -> tuple[list[PersonSpan], list[PersonSpan]]:
        """(multi-token people found, single tokens after a strong title still to resolve)."""
        found: list[PersonSpan] = []
        doc = self.doc
        norms = doc.toks.norms
        triggers = self.triggers
        n = len(norms)
        i = 0
        while i < n:
            if (
                doc.covered[i] is None
                and clitic_reading(norms[i], triggers) is None
                and not (norms[i][:1] == "و" and i - 1 in self.person_ends)
                and not (i + 2 < n and norms[i + 2].isdigit() and self._minute_after(i + 1))
            ):
                i += 1  # the common case: a word that starts no cue
                continue
            span = self._at(i)
            if span is None or self._repeated_surname(span):
                i += 1
                continue
            found.append(span)
            if len(span.parts) > 1:
                self.surname_end.setdefault(span.parts[-1], span.last)
            self.person_ends.add(span.last)
            for k in range(span.first, span.last + 1):
                self.taken[k] = True
            i = span.last + 1
        return found, self.pending

    def _repeated_surname(self, span: PersonSpan) -> bool:
        """The span starts with the family name of a person named in full earlier
        (محفوظ مسودة after نجيب محفوظ، خاتمي الإصلاحي after محمد خاتمي) and goes on with no
        known name part: the family name alone, then an ordinary word (left to coreference)."""
        doc = self.doc
        if span.last == span.first:
            return False
        head = doc.norm(span.first)[span.clitic :]
        if len(head) < 3 or head in _ORDINALS or head in doc.lex.coref_only:
            return False
        if self.surname_end.get(head, span.first) >= span.first:
            return False  # no full name with this family name before the span
        rest = range(span.first + 1, span.last + 1)
        if any(self._strong(k) for k in rest):
            return False  # نجيب محفوظ، then محفوظ عبد الرحمن: another person
        nxt = span.first + 1
        if doc.norm(nxt) in ("الاب", "الابن"):
            return False  # بوش الأب after جورج بوش: the father, another person
        if head in self.given_any:
            # أحمد توفيق, then توفيق الحكيم: a given name may start another person's name;
            # only an ordinal, a ة word or a verb-shaped word after it is no name.
            tok = doc.norm(nxt)
            return tok in _ORDINALS or doc.text[doc.toks.ends[nxt] - 1] == "ة" or _verb_shaped(tok)
        return True

    # -- cues -----------------------------------------------------------------

    def _at(self, i: int) -> PersonSpan | None:
        doc = self.doc
        hit = doc.covered[i]
        if hit is not None:
            if hit.entry.kind == "demonym" and hit.first == i:
                return self._after_demonym(hit.first, hit.last)
            return None
        if self.taken[i]:
            return None
        tok = doc.norm(i)
        title = self._title(i)
        if title is not None:
            if self._named_place_before(i):
                return None  # حي الشيخ جراح، جامعة الملك سعود: a place named after someone
            end, strong, stem = title
            return self._after_title(end, strong, cue=f"title:{stem}")
        if clitic_reading(tok, REPORTING) is not None and not doc.gap(i):
            return self._after_verb(i + 1, f"verb:{tok}")
        credit = clitic_reading(tok, _CREDITS)
        if credit is not None and tok[: credit[1]] in ("", "و") and not doc.gap(i):
            span = self._credit(i + 1, credit[0])
            if span is not None:
                return span
        if clitic_reading(tok, _NAMING) is not None and not doc.gap(i):
            span = self._naming(i + 1, tok)
            if span is not None:
                return span
        family = clitic_reading(tok, _FAMILY)
        if family is not None and tok[: family[1]] in ("", "و", "ل", "ب") and not doc.gap(i):
            self._family(i + 1, family[0])
            return None
        if self._scorer(i):
            # وسجل الهدفين ياكوبو إيغبيني ( 27 ): a player and the minute of his goal.
            return self._person([i, i + 1], "minute")
        east = 1 if tok[:1] == "و" and len(tok) >= 4 and tok[1:] in self.east_asian else 0
        if east or tok in self.east_asian:
            syllables = self._east_asian_run(i, east)
            if syllables:
                return self._person(syllables, "east-asian", east)
        clitic = self._given_clitic(i)
        if clitic is not None and not self._named_place_before(i):
            name = self._name(i, clitic)
            if len(name) >= 2:
                return self._person(name, "given", clitic)
        elif tok not in self.given_any and self._din_name(i):
            # زين الدين زيدان، عز الدين القسام: a compound given name in الدين, then a
            # family name (عماد الدين alone is also 'the pillar of faith').
            name = self._name(i, 0)
            if (
                len(name) >= 3
                and not self._named_place_before(i)
                and not (doc.has_article(name[-1]) and doc.norm(name[-1]) in frequent_words())
            ):  # not شمس الدين العربي 'the Arab'
                return self._person(name, "given")
        elif (kunya := self._kunya_clitic(i)) is not None:
            # أبو مازن، لأبي زكريا الحفصي، أبو عبد الله: a kunya before a known name part.
            name = self._name(i, kunya)
            # معاوية بن أبي سفيان: inside a lineage the kunya is no one's name alone
            # (ابن أبي وقاص too; ابن أبو جهاد is 'the son of Abu Jihad')
            before = doc.norm(i - 1) if i > 0 and not doc.gap(i - 1) else ""
            in_lineage = before in ("بن", "ولد") or (before == "ابن" and tok == "ابي")
            if (
                len(name) >= 2
                and not in_lineage
                and (
                    self._strong(name[1])
                    or doc.norm(name[1]) in self.surname_end  # أبي وقاص after سعد بن أبي وقاص
                    or doc.norm(name[1]) == "عبد"
                    or self._ta_marbuta_name(name[1])  # أبو هريرة
                )
            ):
                return self._person(name, "kunya", kunya)
        elif (abd := self._abd_clitic(i)) is not None:
            # عبد الله قاسم، عبد الناصر، وعبد الوحيد: عبد + الله or an ال word is a
            # compound given name, alone or before a family name.
            name = self._name(i, abd)
            if len(name) >= 2 and not self._named_place_before(i):
                return self._person(name, "given", abd)
        elif (span := self._coordinated(i)) is not None:
            return span
        elif (amb := self._coordinated_ambiguous(i)) is not None:
            # ومعالي زايد وتوفيق عبدالحميد: in a list of people, a name that is also a word.
            name = self._name(i, amb)
            if len(name) >= 2:
                return self._person(name, "list", amb)
        elif (
            tok in self.doc.lex.given_names_ambiguous
            and tok not in self.stop
            and not self._pronoun_ha(i, tok)
        ) or (
            tok == "علي" and doc.text[doc.toks.ends[i] - 1] == "ي"  # علي as written, not على
        ):
            # حسن نصر الله، عمر حسن البشير: a name that is also a word starts a name
            # only when a known name part follows it.
            name = self._name(i, 0, force=True)
            if len(name) >= 2 and tok == "علي" and self._everyday_after_ali(name[1]):
                return None  # علي صدر، علي أيدي: the preposition على written علي
            if len(name) >= 2 and (
                self._strong(name[1])
                or doc.norm(name[1]) in _LINKING
                or self._initial(name[1], tok)
            ):
                return self._person(name, "given")
            if len(name) == 2 and self._plain_surname(name[1]) and self._hard_boundary(name[1]):
                return self._person(name, "given")  # سعيد عويطة ، ...: a family name, then a stop
            if (
                len(name) == 2
                and doc.norm(name[1]) not in self.known
                and self._boundary_after(name[1])
                and (self._foreign(name[1]) or self._rare_al_surname(name[1]))
                and not (tok == "علي" and doc.norm(name[1]).endswith("ي"))  # علي ضفتي
            ):
                return self._person(name, "given")  # نادر الأنداري، سعيد شيرازي: a rare word
        return None

    def _east_asian_run(self, i: int, clitic: int = 0) -> list[int]:
        """Two or three Chinese or Korean name syllables from ``i`` (لي تشاو شينغ، قو يو
        شنغ، ودنغ شياو بينغ), one of them unmistakable (ending in نغ/نج, starting with
        تش/تس), nothing known among them, not after a place word (شارع تيان تشنغ، نهر جين
        جيانغ); else []."""
        doc = self.doc
        n = len(doc.toks)
        if i > 0 and not doc.gap(i - 1) and not clitic:
            before = doc.norm(i - 1)
            if (
                (self.taken[i - 1] and doc.covered[i - 1] is None)
                or (doc.covered[i - 1] is not None and doc.covered[i - 1].entry.type == "person")
                or before in doc.lex.institutions
                or clitic_reading(before, _PLACE_HEADS) is not None
            ):
                return []
        run = [i]
        while (
            len(run) < 3
            and run[-1] + 1 < n
            and not doc.gap(run[-1])
            and (doc.norm(run[-1] + 1) in self.east_asian or self._hyphen_syllable(run[-1] + 1))
        ):
            run.append(run[-1] + 1)
        syllables = [doc.norm(k)[clitic if k == i else 0 :] for k in run]
        if len(run) < 2 or (len(run) < 3 and syllables[0] in doc.lex.stopwords):
            return []  # من هو تشين: a pronoun; لي تشاو شينغ has three syllables
        if any(doc.covered[k] is not None or self.taken[k] for k in run):
            return []
        if any(doc.clitic_function_word(k) for k in run):
            return []  # فإن is ف + إن, not فان
        if not any(s.endswith(("نغ", "نج")) or s[:2] in ("تش", "تس") for s in syllables):
            return []
        if (
            not clitic
            and i > 0
            and not doc.gap(i - 1)
            and doc.norm(i - 1) in self.given_any
            and (doc.norm(i - 1) != "علي" or self._written_ali(i - 1))  # على كيم: a preposition
        ):
            return [i - 1, *run]  # حبيب ما جونغ يي: a Muslim given name first
        return run

    def _double_surname(self, k: int) -> bool:
        """Token ``k``, a KB family name inside a name, is followed by one more family name
        that ends the name: a word of no language (not an everyday word, not a verb's shape,
        four letters or more) before a clear end (تيري رود لارسن ، / ومستشار)."""
        doc = self.doc
        m = k + 1
        return (
            m < len(doc.toks)
            and not doc.gap(k)
            and not self.taken[m]
            and self._foreign(m)
            and len(doc.norm(m)) >= 4  # not حذو (جون أون حذو والده)
            and not self._strong(m)
            and self._boundary_after(m)
        )

    def _hyphen_syllable(self, k: int) -> bool:
        """Token ``k``, after a hyphen in a Korean name (كيم سانغ-دوك، كيم جونغ - إيل), is
        its last syllable: a listed one or a short name-like word."""
        doc = self.doc
        tok = doc.norm(k)
        between = doc.text[doc.toks.ends[k - 1] : doc.toks.starts[k]]
        return (
            any(h in between for h in "-\u2010\u2011")
            and 2 <= len(tok) <= 4
            and doc.name_like(k)
            and not doc.has_article(k)
        )

    def _east_asian_next(self, k: int) -> bool:
        """Token ``k`` and the next one are Chinese or Korean name syllables (قو جي تشاو):
        a KB family name among them does not end the name."""
        doc = self.doc
        return (
            k + 1 < len(doc.toks)
            and not doc.gap(k)
            and doc.norm(k) in self.east_asian
            and doc.norm(k + 1) in self.east_asian
            and doc.covered[k + 1] is None
        )

    def _minute_after(self, k: int) -> bool:
        """Token ``k`` is followed by a minute in brackets: ``( 27 )``."""
        doc = self.doc
        return (
            0 <= k < len(doc.toks) - 1
            and doc.norm(k + 1).isdigit()
            and len(doc.norm(k + 1)) <= 3
            and doc.gap(k) == "("
            and doc.gap(k + 1).startswith(")")
        )

    def _scorer(self, i: int) -> bool:
        """Tokens ``i`` and ``i + 1`` are two name words (given names or words of no
        language) right before a minute in brackets (مروان شماخ ( 53 ))."""
        doc = self.doc
        if not self._minute_after(i + 1) or doc.gap(i) or self.taken[i + 1]:
            return False
        if doc.covered[i + 1] is not None or (i > 0 and not doc.gap(i - 1) and self.taken[i - 1]):
            return False
        return all(self._strong(k) or self._rare_name(k) for k in (i, i + 1))

    def _din_name(self, i: int) -> bool:
        """Token ``i`` and the next one are a compound given name in الدين (زين الدين)."""
        doc = self.doc
        return (
            doc.norm(i) in _DIN_HEADS
            and i + 1 < len(doc.toks)
            and not doc.gap(i)
            and doc.norm(i + 1) == "الدين"
        )

    def _everyday_after_ali(self, k: int) -> bool:
        """Token ``k``, right after علي, is a frequent word of the language (wordfreq,
        Zipf >= 4) and no given name: علي is the preposition على (علي صدر صفحاتها)."""
        tok = self.doc.norm(k)
        return tok in frequent_words() and tok not in self.given_any and tok not in _LINKING

    def _credit(self, j: int, word: str) -> PersonSpan | None:
        """بقلم بشار جرار، تأليف محمد رفعت وإخراج خيري بشارة: the author or director named
        right after a credit word. Only بقلم takes any name; the others (also verbal nouns:
        إخراج القوات 'removing the forces') need a common given name first."""
        doc = self.doc
        n = len(doc.toks)
        if j >= n or self.taken[j] or doc.covered[j] is not None or doc.has_article(j):
            return None
        if word != "بقلم" and doc.norm(j) not in self.given:
            return None
        name = self._name(j, 0)
        if len(name) < 2 or not self._boundary_after(name[-1]):
            return None
        return self._person(name, f"credit:{word}")

    def _family(self, j: int, word: str) -> None:
        """أسرة مينغ، عشيرة كاتو: a name-like word that is no everyday word right after a
        family or dynasty word is the family's name (a person's name in ANERcorp's
        convention); an adjective there agrees in ة (أسرة كبيرة)."""
        doc = self.doc
        if j >= len(doc.toks) or self.taken[j] or doc.covered[j] is not None:
            return
        tok = doc.norm(j)
        # تانغ، تشنغ: Chinese syllables only look like imperfect verbs.
        chinese = doc.name_like(j) and (tok.endswith("نغ") or tok.startswith("تش"))
        foreign = self._foreign(j) or (chinese and tok not in self.common)
        if foreign and not tok.startswith("و") and (chinese or lone_name_ok(tok)):
            self.pending.append(PersonSpan(j, j, "", "name", cue=f"family:{word}"))

    def _naming(self, j: int, word: str) -> PersonSpan | None:
        """يدعى جون سميث، تدعى جنجر، اسمه هاشم: the name right after a naming word; one
        word is enough when it is a given name or no everyday word, before a clear end."""
        doc = self.doc
        if j >= len(doc.toks) or self.taken[j] or doc.covered[j] is not None:
            return None
        if doc.has_article(j) or _verb_shaped(doc.norm(j)):
            return None  # اسمه الحقيقي، اسمه يطلق
        name = self._name(j, 0, single_ok=True)
        if not name or not self._boundary_after(name[-1]):
            return None
        if len(name) >= 2:
            return self._person(name, f"naming:{word}")
        tok = doc.norm(j)
        if doc.name_like(j) and (tok in self.given_any or tok not in self.common):
            self.pending.append(PersonSpan(j, j, "", "name", cue=f"naming:{word}"))
        return None

    def _plain_surname(self, k: int) -> bool:
        """A word shaped like a family name, not like an adjective or a noun: no article, no
        ة or accusative ا ending, not a nisba adjective, not a known word."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            doc.name_like(k)
            and not doc.has_article(k)
            and not tok.endswith(("ا", "ي", "ين", "ون"))
            and not _verb_shaped(tok)
            and tok not in doc.lex.given_names_ambiguous
            and len(tok) >= 3
            # not an adjective of the فاعل or فعيل pattern (سلام دائم، وسام رفيع)
            and not (len(tok) == 4 and (tok[1] == "ا" or tok[2] == "ي"))
        )

    def _given_clitic(self, i: int) -> int | None:
        """Length of the proclitic before a given name at ``i`` (0 = none), else ``None``."""
        tok = self.doc.norm(i)
        if self.doc.clitic_function_word(i):
            return None  # وأين is و + أين 'where', not the name واين (Wayne)
        if tok in self.given:
            return None if self._pronoun_ha(i, tok) else 0
        if tok in self.stop:
            return None  # لدينا is not ل + دينا
        reading = clitic_reading(tok, self.given)
        if reading is not None and tok[: reading[1]] in _NAME_CLITICS:
            if len(reading[0]) >= 4 or (len(reading[0]) == 3 and tok[: reading[1]] == "و"):
                return reading[1]  # وأحمد، لمحمد، وبول (not بيان = ب + يان)
        return None

    def _coordinated(self, i: int) -> PersonSpan | None:
        """و + a name of two words of no language right after another person's name (a
        list of people: ... وكريستوف فالتمان وهنري كوبر), before a clear end."""
        doc = self.doc
        tok = doc.norm(i)
        if i == 0 or i - 1 not in self.person_ends or not tok.startswith("و"):
            return None
        gap = doc.gap(i - 1)
        if (gap and gap not in ("،", ",")) or doc.clitic_function_word(i):
            return None
        rest = tok[1:]
        if (
            len(rest) < 3
            or rest in self.stop
            or rest in self.common
            or rest in self.doc.lex.given_names_ambiguous
            or rest.startswith("ال")
            or _verb_shaped(rest)
            or doc.text[doc.toks.ends[i] - 1] in "ةه"  # واخرجه: a verb and its object
        ):
            return None
        name = self._name(i, 1)
        if len(name) < 2 or not self._boundary_after(name[-1]):
            return None
        if not all(self._strong(k) or self._foreign(k) for k in name[1:]):
            return None
        return self._person(name, "list", 1)

    def _coordinated_ambiguous(self, i: int) -> int | None:
        """Clitic length of و + a given name that is also a word (وتوفيق، وجمال) right after
        another person's name (a list of people), else ``None``."""
        doc = self.doc
        tok = doc.norm(i)
        if i == 0 or not tok.startswith("و") or tok[1:] not in doc.lex.given_names_ambiguous:
            return None
        gap = doc.gap(i - 1)
        if gap and gap not in ("،", ","):
            return None
        return 1 if i - 1 in self.person_ends else None

    def _abd_clitic(self, i: int) -> int | None:
        """Length of the proclitic (none, و، ل، ب) before عبد at ``i`` when الله or an ال
        word that is no function word follows it (عبد الله، لعبد الرحمن), else ``None``."""
        doc = self.doc
        tok = doc.norm(i)
        clitic = len(tok) - 3
        if not tok.endswith("عبد") or tok[:clitic] not in ("", *_NAME_CLITICS):
            return None
        if i + 1 >= len(doc.toks) or doc.gap(i) or self.taken[i + 1]:
            return None
        nxt = doc.norm(i + 1)
        if nxt == "الله" or (
            doc.has_article(i + 1) and nxt not in doc.lex.stopwords and len(nxt) >= 4
        ):
            return clitic
        return None

    def _kunya_clitic(self, i: int) -> int | None:
        """Length of the proclitic before a kunya head (أبو، أبي، أبا) at ``i``, else ``None``."""
        tok = self.doc.norm(i)
        if tok in _KUNYA:
            return 0
        reading = clitic_reading(tok, _KUNYA)
        if reading is not None and tok[: reading[1]] in _NAME_CLITICS:
            return reading[1]
        return None

    def _named_place_before(self, i: int) -> bool:
        """مطار جون كنيدي، جامعة فؤاد الأول: a name inside a place's or a body's name."""
        doc = self.doc
        return i > 0 and not doc.gap(i - 1) and doc.norm(i - 1) in doc.lex.institutions

    def _title(self, i: int) -> tuple[int, bool, str] | None:
        """(index after the title, strongly personal?, the title) when one starts at ``i``."""
        doc = self.doc
        first = clitic_reading(doc.norm(i), self.title_first)
        if first is None or doc.norm(i)[: first[1]].endswith("ك"):
            return None  # كرئيس مؤقت: "as a president", no one named
        lex = doc.lex
        stem = first[0]
        if i + 1 < len(doc.toks) and not doc.gap(i) and not self.taken[i + 1]:
            two = f"{stem} {doc.norm(i + 1)}"
            if two in self.titles:
                return i + 2, two in lex.titles_personal, two
        if stem in self.titles:
            return i + 1, stem in lex.titles_personal, stem
        return None

    def _after_title(self, j: int, strong: bool, cue: str) -> PersonSpan | None:
        doc = self.doc
        n = len(doc.toks)
        if (
            j < n
            and cue.split(":", 1)[1].split()[0] in _HONORIFICS
            and not doc.gap(j - 1)
            and doc.has_article(j)
            and doc.covered[j] is None
            and doc.norm(j) not in self.stop
            and self._hard_boundary(j)
        ):
            # الإمام الخميني، الإمام الصادق: an honorific before a one-word ال name.
            self.pending.append(PersonSpan(j, j, "", "name", cue=cue))
            return None
        apposition = False
        steps = 0
        # د. عزيز الدويك: the period of an abbreviated title is no break.
        abbreviated = j if doc.norm(j - 1) == "د" and doc.gap(j - 1) == "." else -1
        while j < n and steps < MAX_TITLE_STEPS:
            if doc.gap(j - 1) and j != abbreviated:
                if doc.comma_after(j - 1) and not apposition:
                    apposition = True
                    break
                return None
            hit = doc.covered[j]
            tok = doc.norm(j)
            if hit is not None:
                if hit.entry.type == "person":
                    return None  # a known person: the gazetteer has it
                j = hit.last + 1
            elif tok in _CONNECTORS and self._complement_follows(j):
                j += 1
            elif tok in doc.lex.stopwords:
                if self._written_ali(j) and not doc.gap(j - 1):
                    break  # الإمام علي ،: the name علي as written, not the preposition على
                return None  # الملك والشعب النبراس الذي ...: the phrase went on, no name
            elif self._article_word(j):
                j += 1
            elif (tok in doc.lex.institutions or tok in doc.lex.title_words) and not (
                steps and self._given_title_word(j)
            ):
                j += 1
            else:
                break
            steps += 1
            strong = strong and steps <= 2  # الرئيس الروسي X stays personal; long phrases not
        if j >= n:
            return None
        first = doc.norm(j)
        if doc.clitic_function_word(j) or self._preposition_noun(j):
            return None  # للرئيس وأن يعاد، المخرج لأداء دور: no name follows
        if _ELATIVE.match(doc.text[doc.toks.starts[j] : doc.toks.ends[j]]) and not self._strong(j):
            return None  # اللواء أحدث عنصر: an elative (أفعل) or a past verb, not a name
        if first[:1] in "لب" and (self._kunya_clitic(j) or (self._given_clitic(j) or 0) > 0):
            return None  # المؤرخ لأبي خليل: a preposition before the next name, not apposition
        if not self._strong(j) and (
            (first.startswith("و") and self._conjunction(j)) or _verb_shaped(first)
        ):
            return None  # منسق وجميل، ممثلة تختلف: the title word was an adjective or a noun
        if first.endswith("ا") and first in self.common and not self._strong(j):
            return None  # أجرى الوزير اتصالا، الرئيس ردا على: an accusative noun or adverb
        given_title = doc.norm(j) in doc.lex.title_words and self._given_title_word(j)
        ali = self._written_ali(j)
        name = self._name(j, 0, single_ok=strong, force=given_title or ali)
        if not name or (ali and len(name) > 1 and self._everyday_after_ali(name[1])):
            return None  # الرئيس علي الاتفاق: the preposition على written علي
        if apposition and not (name[-1] + 1 >= n or doc.gap(name[-1])):
            return None  # "، NAME،": the apposition must close
        if len(name) == 2 and not self._strong(name[0]) and self._known_surname(name[1]):
            # السفير ... اقتراح أنان: an unknown word, then a known surname: the surname
            # alone is the name (resolved against earlier mentions and the KB).
            self.pending.append(PersonSpan(name[1], name[1], "", "name", cue=cue))
            return None
        if len(name) >= 2:
            return self._person(name, cue)
        if strong:
            self.pending.append(PersonSpan(name[0], name[0], "", "name", cue=cue))
        return None

    def _given_title_word(self, j: int) -> bool:
        """Token ``j``, inside a title phrase, is a title word that is also a given name
        (أمين) and starts the name: a KB name part, a given name or a word of no language
        follows it (الخبير الاقتصادي أمين فارس، الرئيس الأسبق أمين الجميل; not أمين عام)."""
        doc = self.doc
        if doc.norm(j) not in self.given_any or j + 1 >= len(doc.toks) or doc.gap(j):
            return False
        k = j + 1
        nxt = doc.norm(k)
        if nxt in doc.lex.title_words or nxt in doc.lex.institutions or self.taken[k]:
            return False
        return (
            nxt in doc.gaz.part_people
            or (nxt in self.given_any and not doc.has_article(k))
            or self._foreign(k)
        )

    def _complement_follows(self, j: int) -> bool:
        """سفير روسيا لدى كوريا: a connector is part of the title if a place or body follows."""
        doc = self.doc
        k = j + 1
        return (
            k < len(doc.toks)
            and not doc.gap(j)
            and (doc.covered[k] is not None or self._article_word(k))
        )

    def _after_verb(self, j: int, cue: str) -> PersonSpan | None:
        doc = self.doc
        n = len(doc.toks)
        if j >= n or self.taken[j]:
            return None
        given_first = doc.norm(j) in self.given_any
        name = self._name(j, 0, single_ok=not given_first)
        if not name:
            return None
        end = name[-1]
        if len(name) == 1:
            # وقال سيباستيان إن ...: one unknown word, then "that" or a quotation.
            if end + 1 < n and not doc.gap(end) and doc.norm(end + 1) in _SAYS_THAT:
                # وقال دبلوماسي إن: an adjective; a rare word in ي is a name (شومسكي).
                if not doc.norm(end).endswith("ي") or self._rare_name(end):
                    self.pending.append(PersonSpan(end, end, "", "name", cue=cue))
            elif self._rare_name(end) and self._hard_boundary(end):
                # وعلق كيسلوفسكي على، وقال باتشان الذي: a word rarer than any everyday one.
                self.pending.append(PersonSpan(end, end, "", "name", cue=cue))
            return None
        if given_first:
            return self._person(name, cue)
        if doc.comma_after(end) and end + 1 < n:
            if clitic_reading(doc.norm(end + 1), self.title_first) is not None:
                return self._person(name, cue)
        if (
            len(name) == 2
            and end + 1 < n
            and not doc.gap(end)
            and (doc.norm(end + 1) in doc.lex.titles_role or self._bare_role(end + 1))
            and all(
                self._strong(k)
                or (
                    doc.name_like(k)
                    and not doc.has_article(k)
                    and not doc.norm(k).endswith(("ا", "ين", "ون"))
                )
                for k in name
            )
        ):
            return self._person(name, cue)  # وحذر إبنيزر نجوي مدير البرنامج: a role follows
        if len(name) == 2 and self._boundary_after(end) and all(self._foreign(k) for k in name):
            return self._person(name, cue)  # وقالت إيفلين شتراوس إن: two words of no language
        return None

    def _rare_al_surname(self, k: int) -> bool:
        """An ال nisba no word of the language (الأنداري), not a ة or plural word."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            doc.has_article(k)
            and doc.covered[k] is None
            and tok.endswith("ي")
            and tok not in self.known
            and tok[2:] not in self.known
        )

    def _rare_name(self, k: int) -> bool:
        """A word that looks like a transliterated name and is rare (not in wordfreq's
        list at Zipf 3): a lone family name, not a word with a suffix or an adjective."""
        tok = self.doc.norm(k)
        return (
            self._foreign(k)
            and tok not in self.known
            and not tok.startswith("و")  # ومتردد، ويستمع: a conjunction
            and not tok.endswith("ه")  # احتجاجه: a pronoun suffix
        )

    def _foreign(self, k: int) -> bool:
        """Token ``k`` looks like a transliterated name: name-like, no article, no ة, not an
        everyday word, not a verb's shape, not a plural or accusative ending."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            len(tok) >= 3
            and doc.name_like(k)
            and not doc.has_article(k)
            and doc.text[doc.toks.ends[k] - 1] != "ة"
            and tok not in self.common
            and not _verb_shaped(tok)
            and not tok.endswith(("ا", "ين"))
        )

    def _after_demonym(self, first: int, last: int) -> PersonSpan | None:
        """الفرنسية فيرجيني رازانو: a nationality noun right after a preposition or a break."""
        doc = self.doc
        n = len(doc.toks)
        if last + 1 >= n or doc.gap(last) or self.taken[last + 1]:
            return None
        surface = doc.norm(first)
        if first != last or surface.endswith(("ين", "ون")):
            return None  # only a singular one-word nationality: الفرنسية، البرازيلي
        as_noun = True
        if first > 0 and not doc.gap(first - 1):
            before = doc.norm(first - 1)
            clitic_on_it = not doc.has_article(first) and ARTICLE_CLITIC.match(surface)
            as_noun = before in _PREPOSITIONS or bool(clitic_on_it)
        elif not (doc.has_article(first) or ARTICLE_CLITIC.match(surface)):
            return None
        k = last + 1
        if not (self._strong(k) or doc.name_like(k)) or _verb_shaped(doc.norm(k)):
            return None
        if self._preposition_noun(k):
            return None  # القوات اليمنية بإسناد: a preposition and a noun, no name
        name = self._name(k, 0)
        if len(name) < 2:
            return None
        if doc.norm(name[-1]) in _ORDINALS:
            name = name[:-1]  # والتشيكي توماس برديتش الثاني عشر: a seeding, not a regnal number
        if len(name) < 2:
            return None
        if not as_noun:
            if not self._apposed_name(name):
                return None  # الجيش الإسرائيلي قصف مواقع: an adjective, then a verb
        return self._person(name, "demonym")

    def _apposed_name(self, name: list[int]) -> bool:
        """After a nationality adjective (المهاجم الفرنسي تييري هنري، البلجيكية جوستين
        هينان): a name of two or three words, each foreign- or name-shaped (not ending in
        the accusative ا, not a verb), closed by punctuation, a function word or an ال
        word (المصنفة، الذي)."""
        doc = self.doc
        if len(name) > 3:
            return False
        if doc.norm(name[0]).startswith("و") and self._conjunction(name[0]):
            return False  # وأشعل فتيل: a conjunction and a verb
        for i, k in enumerate(name):
            tok = doc.norm(k)
            if self._strong(k):
                continue
            surface = _NOT_LETTERS.sub("", doc.text[doc.toks.starts[k] : doc.toks.ends[k]])
            # A rare word (not in wordfreq's list at Zipf >= 3, five letters or more, no
            # tanween) is a transliterated name even in -ا, -ي or ي-: كوتلايروفا، طومي، يوريس.
            rare = len(tok) >= 5 and tok not in self.known and "\u064b" not in surface
            rare = rare or (len(tok) == 4 and tok not in self.known and tok.endswith("ي"))
            if tok[:1] in "لبو" and tok[1:] in self.known:
                rare = False  # لميليشيا: a preposition on a word
            if (
                tok.endswith("ا")
                and sum(doc.norm(m).endswith("ا") and not self._strong(m) for m in name) > 1
            ):
                rare = False  # بائعا جائلا: an accusative noun and its adjective
            if (
                _FEMININE_PAST.match(surface)  # قصف جوي أمريكي بدأت فصوله
                or _FEMININE_PAST_III.match(surface)  # قوات سودانية هاجمت قرى
                or (len(tok) >= 6 and tok.startswith(("است", "واست")))  # استخدام، استهداف
                or tok.endswith("ين")  # duals and plurals: آخرين
                or (tok.endswith("ا") and not rare)  # accusatives
                or _verb_shaped(tok)
                or (tok[0] == "ي" and len(tok) <= 5 and not rare)  # يواصل (يوسف is a name)
                or (i == 0 and k > 1 and doc.norm(k - 2) == "ال" + tok)  # الشعب الإثيوبي شعب
                or (i == 0 and tok.endswith("ي") and not rare)  # a second adjective: صهيوني آثم
                or len(tok) < 3
                or tok in self.stop
            ):
                return False
        end = name[-1]
        return self._hard_boundary(end) or (
            end + 1 < len(doc.toks) and not doc.gap(end) and doc.has_article(end + 1)
        )

    # -- name runs ------------------------------------------------------------

    def _article_word(self, k: int) -> bool:
        """ال-words, with or without a proclitic (الدفاع، والسكان، للشؤون): title complements."""
        doc = self.doc
        tok = doc.norm(k)
        if tok in self.given_any:
            return False
        return doc.has_article(k) or bool(ARTICLE_CLITIC.match(tok))

    def _known_surname(self, k: int) -> bool:
        """A distinctive KB surname (أنان), not a given name, an ordinal or a short
        shared one (لي، هوا)."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            tok in doc.gaz.surnames
            and len(tok) > 3
            and tok not in self.given_any
            and tok not in _ORDINALS
            and tok not in doc.lex.coref_only
        )

    def _strong(self, k: int) -> bool:
        """A token known to be a name part (a given name, a KB person's name part)."""
        tok = self.doc.norm(k)
        if tok in self.doc.gaz.part_people:
            return True
        return tok in self.given_any and not self._pronoun_ha(k, tok)

    def _pronoun_ha(self, k: int, stem: str) -> bool:
        """ناديه 'his club' is not نادية: a given name written with ة, here with ه after a
        known word (ساره for سارة is only a spelling)."""
        doc = self.doc
        return (
            stem in doc.lex.ta_marbuta_names
            and doc.text[doc.toks.ends[k] - 1] == "ه"
            and stem[:-1] in doc.not_name
        )

    def _hard_boundary(self, k: int) -> bool:
        """Punctuation, the end, or a function word after token ``k``."""
        doc = self.doc
        return k + 1 >= len(doc.toks) or bool(doc.gap(k)) or doc.norm(k + 1) in doc.lex.stopwords

    def _boundary_after(self, k: int) -> bool:
        """Does the name clearly end after token ``k``? (punctuation, a function word, a hit)"""
        doc = self.doc
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return True
        if doc.covered[k + 1] is not None:
            return True
        nxt = doc.norm(k + 1)
        # A function word, a title (المدير، اليوم), a reporting verb or a conjunction
        # (ويبلغ، وأحمد) follows. Other words that cannot be names (اتفاقية، بتغيير) say
        # nothing about where the name ended.
        return (
            nxt in self.stop
            or clitic_reading(nxt, REPORTING) is not None
            or (nxt.startswith("و") and self._conjunction(k + 1))
            or self._common(k + 1)
            or (doc.has_article(k + 1) and self._connector_next(k + 1))  # السكرتير العام
        )

    def _common(self, k: int) -> bool:
        """Token ``k`` is an everyday word (وافق، داخل، ثالثا; wordfreq), no known name
        part and no ال word (ال family names are judged by ``_al_surname``). Before
        punctuation, a function word or a title it may still be a family name that is
        also a word (أحمد مظهر حيث، شارل رزق في), unless it is an accusative adverb."""
        doc = self.doc
        tok = doc.norm(k)
        if tok[:1] in "بلك" and tok[1:] in self.common and len(tok) > 3:
            tok = tok[1:]  # بحزن، لشرح، كمقدم: a preposition on an everyday word
        return (
            tok in self.common
            and tok not in _NAME_WORDS
            and not doc.has_article(k)
            and not self._strong(k)
            and (tok.endswith("ا") or not (self._plain_end(k) or self._title_next(k)))
        )

    def _plain_end(self, k: int) -> bool:
        """Punctuation, the end, or a function word that is no everyday word after token
        ``k`` (في، حيث, not أسعار: a noun of the stop list starts a phrase of its own)."""
        doc = self.doc
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return True
        nxt = doc.norm(k + 1)
        return nxt in doc.lex.stopwords and (len(nxt) <= 3 or nxt not in self.common)

    def _preposition_noun(self, k: int) -> bool:
        """لأداء، بإعلان، لإنقاذ: ل or ب on a hamza-initial word is a preposition and a noun
        (a name after ل/ب is a known given name: لأحمد is read by ``_given_clitic``)."""
        doc = self.doc
        surface = doc.text[doc.toks.starts[k] : doc.toks.starts[k] + 2]
        return (
            len(surface) == 2
            and surface[0] in "لب"
            and surface[1] in "أإآ"
            and not self._strong(k)
            and clitic_reading(doc.norm(k), self.given_any) is None
        )

    def _bare_role(self, k: int) -> bool:
        """A role noun without the article (باحث، شاعر، لاعب: the definite form is a title)
        after a name says what the person is: طه حسين باحث، محمد بنيس شاعر مغربي."""
        tok = self.doc.norm(k)
        return "ال" + tok in self.title_first and not self._strong(k) and len(tok) >= 3

    def _atom(self, k: int, clitic: int = 0, force: bool = False) -> list[int] | None:
        """One name atom at ``k``: a token, or a compound (عبد الله، أبو مازن، صلاح الدين)."""
        doc = self.doc
        n = len(doc.toks)
        tok = doc.norm(k)[clitic:]
        nxt_ok = k + 1 < n and not doc.gap(k) and not self.taken[k + 1]
        if tok in _COMPOUND_HEADS:
            if not nxt_ok:
                return None
            nxt = doc.norm(k + 1)
            # After عبد or أبو almost any word is the name (أبو طالب، عبد الأمير), even
            # one that is also a title or a verb elsewhere; not a function word.
            if nxt in self.stop and (
                len(nxt) < 4 or nxt.startswith("ال") or nxt in doc.lex.institutions
            ):
                # عبد النبي، عبد الأمير: after عبد a title word is the name's second half
                if not (
                    tok == "عبد" and nxt in doc.lex.title_words and nxt not in doc.lex.stopwords
                ):
                    return None
            ta_marbuta = doc.text[doc.toks.ends[k + 1] - 1] == "ة" and nxt not in doc.lex.stopwords
            if not (
                doc.name_like(k + 1) or doc.has_article(k + 1) or nxt in self.stop or ta_marbuta
            ):
                return None  # (أبو هريرة، أبو عبيدة: a kunya before a ة word is a name)
            if (
                tok != "عبد"
                and doc.norm(k + 1) == "عبد"
                and k + 2 < n
                and not doc.gap(k + 1)
                and not self.taken[k + 2]
            ):
                return [k, k + 1, k + 2]  # أبو عبد الله، أبي عبد الرحمن
            return [k, k + 1]
        if force:
            ok = True  # the caller already knows this word starts a name (علي as written)
        elif clitic:
            ok = tok not in self.stop and len(tok) >= 2
        else:
            ok = doc.name_like(k) or self._ta_marbuta_surname(k) or self._bal_surname(k)
        if not ok:
            return None
        if nxt_ok and doc.norm(k + 1) in _COMPOUND_TAILS:
            return [k, k + 1]
        return [k]

    def _bal_surname(self, k: int) -> bool:
        """بالاك، بالوتيلي after a given name: a foreign family name that only starts like
        ب + the article; neither the word less ب nor (if longer than two letters) the word
        less بال is a word of the language (بالاتفاق is ب + الاتفاق)."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            k > 0
            and tok.startswith("بال")
            and len(tok) >= 5
            and doc.norm(k - 1) in self.given
            and not doc.gap(k - 1)
            and tok[1:] not in self.known
            and (len(tok) == 5 or tok[3:] not in self.known)  # اك is a mere syllable
        )

    def _ta_marbuta_name(self, k: int) -> bool:
        """A ة-final word that is a name after بن/ولد or a kunya (سلامة، هريرة، عبيدة)."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            doc.text[doc.toks.ends[k] - 1] == "ة"
            and not self.taken[k]
            and tok not in self.stop
            and not ARTICLE_CLITIC.match(tok)
            and not doc.has_article(k)
            and clitic_reading(tok, self.stop) is None
        )

    def _ta_marbuta_surname(self, k: int) -> bool:
        """عليوة after خالد: a ة-final word right after a given name is a surname."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            k > 0
            and doc.norm(k - 1) in self.given
            and doc.text[doc.toks.ends[k] - 1] == "ة"
            and tok not in self.stop
            and clitic_reading(tok, self.stop) is None
            and not ARTICLE_CLITIC.match(tok)
            and (self._hard_boundary(k) or self._title_next(k) or self._and_next(k))
        )  # not يسرا مباشرة توفر

    def _and_next(self, k: int) -> bool:
        """The next word is و + a name (a list of people: وجمال حمزة ومصطفى جعفر)."""
        doc = self.doc
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return False
        nxt = doc.norm(k + 1)
        return nxt.startswith("و") and (nxt[1:] in self.given_any or nxt[1:] in doc.gaz.part_people)

    def _units(self, j: int, clitic: int, force: bool = False) -> tuple[list[list[int]], bool]:
        """Name units from ``j`` (atoms, ``بن`` + atom, a final ال surname or ordinal), and
        whether the run was closed by such a final unit or a known surname."""
        doc = self.doc
        n = len(doc.toks)
        units: list[list[int]] = []
        k = j
        while k < n and len(units) <= MAX_LINEAGE_UNITS:
            if k > j and doc.gap(k - 1):
                break
            if self.taken[k]:
                head = doc.norm(j)[clitic:]
                if (
                    k > j
                    and k in self.absorbable
                    and (head in self.given or head in _COMPOUND_HEADS or len(units) >= 2)
                ):
                    units.append([k])
                    return units, True
                break
            tok = doc.norm(k)
            if len(units) == 1 and k > j and self._role_surname(k, doc.norm(j)[clitic:]):
                units.append([k])
                return units, True  # قاسم أمين، ماجد نجم: a role word as a family name
            if len(units) == 1 and self._initial(k, doc.norm(j)[clitic:]):
                units.append([k])
                return units, True  # محمد ب.: a family name cut to its initial
            if units and tok in _KUNYA and doc.norm(units[0][0])[clitic:] in _KUNYA:
                break  # أبو الحسن أبو تراب: a second kunya is another name of the person
            if units and tok in _NAME_LINKS:
                atom = self._atom(k + 1) if k + 1 < n and not doc.gap(k) else None
                if atom is None and k + 1 < n and not doc.gap(k) and self._al_surname(k + 1):
                    atom = [k + 1]
                if (
                    atom is None
                    and tok in _LINEAGE
                    and k + 1 < n
                    and not doc.gap(k)
                    and doc.has_article(k + 1)
                    and self._al_surname(k + 1, lineage=True)
                ):
                    atom = [k + 1]  # ولد النفاع، بن الخطاب: after بن any family name in ال
                if atom is None and k + 1 < n and not doc.gap(k) and self._ta_marbuta_name(k + 1):
                    atom = [k + 1]  # ولد سلامة، بن حمزة: a lineage names a person
                if atom is None and tok in _LINEAGE and k + 1 < n and not doc.gap(k):
                    if self._written_ali(k + 1):
                        atom = [k + 1]  # الحسن بن علي: the name علي, not the preposition على
                if atom is None or self.taken[atom[0]]:
                    break
                units.append([k, *atom])
                if tok == "ال":
                    return units, True  # آل ثاني: the family name ends the name
                k = atom[-1] + 1
                continue
            if units and tok in _ORDINALS:
                units.append([k])
                return units, True
            if units and tok in _PARTICLES and doc.norm(j)[clitic:] in self.given:
                unit = self._particle_unit(k)
                if unit is None:
                    break  # جان مارك دو: a particle with no name after it is not in the name
                units.append(unit)
                k = unit[-1] + 1
                if doc.norm(unit[-1]) in doc.gaz.surnames:
                    return units, True  # لويس إيناسيو دا سيلفا: a known surname ends it
                continue
            if k > j and doc.has_article(k) and tok not in self.given_any:
                prev = doc.norm(units[-1][-1]) if units else ""
                if len(units) == 1 and len(units[0]) == 1:
                    prev = prev[clitic:]  # ووائل القباني: the given name without its و
                head = doc.norm(j)[clitic:]
                named = head in self.given_any or head in _KUNYA or head == "عبد"
                # عبد العزيز الأصنج: after a compound given name as after a given name
                abd = (
                    len(units[-1]) == 2 and doc.norm(units[-1][0])[-3:] == "عبد" if units else False
                )
                if units and self._al_surname(k, prev, named, lineage=abd):
                    unit = [k]
                    if k + 1 < n and not doc.gap(k) and doc.norm(k + 1) == "الله":
                        unit.append(k + 1)  # رضا العبد الله: a compound family name
                    units.append(unit)  # an ال surname ends the name: بشار الأسد
                    return units, True
                break
            if len(units) == 1 and tok.startswith("و") and self._w_surname(k, doc.norm(j)[clitic:]):
                units.append([k])
                return units, True  # هنري وينكلر، كريستوفر والكن: a W- family name
            if k > j and tok.startswith("و") and self._conjunction(k):
                break
            if k > j and (self._bare_role(k) or self._preposition_noun(k)):
                break  # طه حسين باحث، برلسكوني لأداء دور: the name ended
            if k > j and self._common(k):
                return units, True  # فارس تزايد، سهيل إدريس نشر: an everyday word ends it
            if k > j and self._pronoun_suffixed(k):
                break  # عبد الرحمن عبد الفتاح مصرعه: a noun or verb with a pronoun
            head = doc.norm(j)[clitic:]
            if (
                units
                and len(units) == 1
                and (head in self.given_any or head in _KUNYA)
                and _verb_shaped(tok)
                and not self._strong(k)
                and self._verb_context(k)
            ):
                # مراد يهدف إلى، أبو عبد الله تشعر: a verb after a given name or a kunya
                # (not later in the run: كيم يونغ تشول).
                break
            if k > j and self._accusative_pair(k):
                break  # دان غيلرمان هجوما عنيفا: a noun and its adjective, both accusative
            if k > j and not self._strong(k) and self._verb_in_run(k):
                break  # نسرين قصدت الصيدلية، هنري كيسنجر يرجع إلى: a verb ends the name
            as_written_ali = (
                k > j
                and tok == "علي"
                and doc.text[doc.toks.ends[k] - 1] == "ي"
                and not doc.gap(k)
                and k + 1 < n
                and doc.norm(k + 1) not in doc.lex.stopwords
                and not self._common(k + 1)
            )  # محمد علي السعدي: the name علي, not على written علي (سيباستيان علي ذلك)
            atom = self._atom(k, clitic if k == j else 0, (force and k == j) or as_written_ali)
            if atom is None:
                break
            units.append(atom)
            k = atom[-1] + 1
            last = doc.norm(atom[-1])
            if (
                len(units) >= 2
                and last in doc.gaz.surnames
                and last not in self.given_any
                and last not in _COMPOUND_TAILS
                and not self._east_asian_next(atom[-1])
                and not self._double_surname(atom[-1])
            ):
                return units, True  # a known surname ends the name: جورج بوش تجاوز
        return units, False

    def _w_surname(self, k: int, head: str) -> bool:
        """Token ``k``, right after a common given name, is a W- family name (وينكلر،
        والكن), not و + a word: وا/وي/وو and five letters or more (after وال at most three
        more: والتر, not والنوير), neither it nor it less و a word of wordfreq's list, the
        rest no name part, function word, verb or suffixed form, and the name clearly ends
        after it."""
        doc = self.doc
        tok = doc.norm(k)
        rest = tok[1:]
        surface = doc.text[doc.toks.starts[k] : doc.toks.ends[k]]
        return (
            head in self.given
            and len(tok) >= 5
            and rest[0] in "اوي"  # W is written وا، وي، وو (ومتعقل is و + a participle)
            and not (rest.startswith("ال") and len(rest) > 5)  # والنوير، والصليف: و + ال
            and surface[1:2] not in "أإآ"
            and surface[-1:] not in "ةه"
            and tok not in self.known
            and rest not in self.known
            and rest not in self.given_any
            and rest not in self.stop
            and rest not in doc.gaz.first_tokens
            and rest not in doc.gaz.part_people
            and not tok.endswith(("ا", "ون", "ات", "هم", "ها", "وا"))
            and (lone_name_ok(rest) or _prefix_not_a_clitic(rest))  # ينكلر is no verb
            and not doc.has_article(k - 1)  # اليأس والقنوط: a noun, not the name إلياس
            and self._boundary_after(k)
        )

    def _role_surname(self, k: int, head: str) -> bool:
        """Token ``k``, right after a lone given name, is a role word that is also a family
        name (أمين، نجم; إمام only as written with إ, أمام is 'in front of') and the name
        clearly ends after it: punctuation, a function word, a title with no article or و +
        a name (قاسم أمين في مصر، ماجد نجم رئيس القسم، عادل إمام ومحمد سعد; not ماجد نجم
        الفريق)."""
        doc = self.doc
        tok = doc.norm(k)
        if tok not in _ROLE_SURNAMES or head not in self.given_any or head == "علي":
            return False
        if tok == "امام" and doc.text[doc.toks.starts[k]] != "إ":
            return False
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return True
        if doc.has_article(k + 1):
            return doc.norm(k + 1) in ("الذي", "التي")  # not جمال نجم الفريق
        return self._title_next(k) or self._hard_boundary(k) or self._and_next(k)

    def _initial(self, k: int, head: str) -> bool:
        """Token ``k`` is one Arabic letter with a period after it, right after a common
        given name (محمد ب.، هشام ل.): the initial of a family name, as the press writes
        suspects and minors. A lone letter is never a word before a period."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            len(tok) == 1
            and "\u0621" <= tok <= "\u064a"
            and head in self.given_any
            and doc.gap(k).startswith(".")
            and k + 1 < len(doc.toks)  # the text's end reads as a period too
        )

    def _written_ali(self, k: int) -> bool:
        """Token ``k`` is علي as written (with ي), not the preposition على (also folded to
        علي): after بن or ولد it is the given name."""
        doc = self.doc
        return doc.norm(k) == "علي" and doc.text[doc.toks.ends[k] - 1] == "ي"

    def _particle_unit(self, k: int) -> list[int] | None:
        """Particles at ``k`` (دو لا، فان، فون دير) and the family name after them (in a
        name that began with a common given name: جان، ماريا), else ``None``."""
        doc = self.doc
        n = len(doc.toks)
        if any(ch in "أإآ" for ch in doc.text[doc.toks.starts[k] : doc.toks.ends[k]]):
            return None  # فإن is ف + إن, not the particle فان
        unit = [k]
        m = k + 1
        if m < n and not doc.gap(m - 1) and doc.norm(m) in _PARTICLES_SECOND:
            unit.append(m)
            m += 1
        if m >= n or doc.gap(m - 1):
            return None
        hit = doc.covered[m]
        if hit is not None:
            # دي ليون، دا سيلفا: a family name that is also a place or a KB surname.
            if hit.first != m or hit.last != m or hit.clitic:
                return None
            if hit.entry.type == "person" and m not in self.absorbable:
                return None
            unit.append(m)
            return unit
        tok = doc.norm(m)
        # After a particle the next word is the family name (دي نيرو، دا سيلفا) unless it is
        # a known word, a word with the article or a clitic on a known word.
        if (
            self.taken[m]
            or len(tok) < 3
            or tok in self.stop
            or doc.has_article(m)
            or ARTICLE_CLITIC.match(tok)
            or clitic_reading(tok, self.stop) is not None
            or any(ch.isdigit() for ch in tok)
        ):
            return None
        unit.append(m)
        return unit

    def _accusative_pair(self, k: int) -> bool:
        """Tokens ``k`` and ``k + 1`` both end in the accusative ا and neither is a known
        name part: a noun with its adjective (هجوما عنيفا، اتصالا هاتفيا), not a name."""
        doc = self.doc
        return (
            k + 1 < len(doc.toks)
            and not doc.gap(k)
            and doc.norm(k).endswith("ا")
            and doc.norm(k + 1).endswith("ا")
            and not self._strong(k)
            and not self._strong(k + 1)
        )

    def _verb_in_run(self, k: int) -> bool:
        """Token ``k``, after a name word, is a verb followed by what follows verbs: a
        feminine past verb (قصدت، تحدثت، أكدت، بدأت: consonants and a final ت, no long
        vowel) or an imperfect verb (يرجع، تشير; not ن- نوفل، نيتو, not a long nisba
        تنكسيري) before an object, a preposition or a clitic word, never before
        punctuation (كيم يونغ تشول، is a name; so is فتفت.)."""
        doc = self.doc
        tok = doc.norm(k)
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return False
        nxt = doc.norm(k + 1)
        surface = _NOT_LETTERS.sub("", doc.text[doc.toks.starts[k] : doc.toks.ends[k]])
        if _FEMININE_PAST.match(surface):
            return not nxt.startswith("و")  # واحمد فتفت ومسؤولين: a list goes on
        if (
            not _verb_shaped(tok)
            or tok[0] == "ن"
            or len(tok) > 6
            or (len(tok) > 4 and tok.endswith("ي"))
            or (len(tok) == 4 and surface[1:2] in ("ا", "و"))  # توخل: a long vowel after ت
            or "تش" in tok
            or tok.endswith(("نغ", "ونج"))
        ):
            return False  # تشول، يونغ: Korean and Chinese syllables, not Arabic verbs
        return (
            nxt in doc.lex.stopwords
            or doc.covered[k + 1] is not None
            or self._article_word(k + 1)
            or (nxt.endswith("ا") and not self._strong(k + 1))
        )

    def _verb_context(self, k: int) -> bool:
        """What follows token ``k`` is what follows a verb, not another name word."""
        doc = self.doc
        if self._hard_boundary(k) or doc.covered[k + 1] is not None:
            return True
        return self._article_word(k + 1)

    def _al_surname(
        self, k: int, prev: str = "", named: bool = False, lineage: bool = False
    ) -> bool:
        """An ال word that ends a name: after a given name, or before a clear boundary."""
        doc = self.doc
        tok = doc.norm(k)
        if doc.covered[k] is not None or tok in _KNOWN_AS:
            return False
        if tok not in doc.gaz.part_people and self._connector_next(k):
            return False  # عثمان السكرتير العام، محمود النائب العام: a title phrase
        if tok in self.stop:
            # ماجدة الخطيب، نور الشيخ: a title word is a family name after a given name
            # when the name clearly ends there.
            return (
                prev in self.given_any
                and tok in doc.lex.title_words
                and tok not in doc.lex.stopwords
                and (self._hard_boundary(k) or self._and_next(k))
            )
        if doc.text[doc.toks.ends[k] - 1] == "ة" and tok not in doc.gaz.part_people:
            return False  # الأنشطة: family names in ال do not end in ة
        if tok.endswith("ات") and tok not in doc.gaz.part_people:
            return False  # الإجراءات: nor in the feminine plural
        if tok not in doc.gaz.part_people and self._construct_head(k - 1, tok):
            return False  # زينة البيت، نعمة الهدوء: a noun and its complement
        if lineage or prev in self.given_any or tok in doc.gaz.part_people:
            return True  # after a given name or بن/ولد: بشار الأسد، ولد النفاع
        # After any other name word only a nisba (الكندي، العيطان is lost) before a clear
        # end, or in a name that began with a given name or a kunya (محمد بن عبد الكريم
        # الخطابي): محمد فاضل الدور عندما is not a name.
        return tok.endswith("ي") and (named or self._hard_boundary(k) or self._title_next(k))

    def _construct_head(self, k: int, nxt: str) -> bool:
        """Token ``k`` is a given name in ة that is an everyday noun or adjective (زينة،
        نعمة، جميلة، هبة) and ``nxt``, the ال word after it, is a word of the language, not
        a nisba: a noun and its complement (هبة الفراغ), not a name (فاطمة الزهراء is no
        everyday word; ماجدة العلايلي ends in a nisba)."""
        doc = self.doc
        return (
            k >= 0
            and doc.text[doc.toks.ends[k] - 1] == "ة"
            and doc.norm(k)[-1:] == "ه"
            and doc.norm(k) in self.common
            and nxt in self.known
            and not nxt.endswith("ي")
        )

    def _pronoun_suffixed(self, k: int) -> bool:
        """Token ``k`` is a word of the language with the pronoun ه (مصرعه، كتابه، وصفه):
        the word less ه, of four letters or more, is in wordfreq's list (عبده، نزيه are
        names: عبد is too short, نزي no word)."""
        doc = self.doc
        tok = doc.norm(k)
        return (
            doc.text[doc.toks.ends[k] - 1] == "ه"
            and len(tok) >= 5
            and tok[:-1] in self.known
            and not self._strong(k)
        )

    def _connector_next(self, k: int) -> bool:
        """A title's adjective follows token ``k`` (العام، السابق): ``k`` starts a title
        phrase (النائب العام، السكرتير العام)."""
        doc = self.doc
        return k + 1 < len(doc.toks) and not doc.gap(k) and doc.norm(k + 1) in _TITLE_TAILS

    def _title_next(self, k: int) -> bool:
        doc = self.doc
        return (
            k + 1 < len(doc.toks)
            and not doc.gap(k)
            and clitic_reading(doc.norm(k + 1), self.title_first) is not None
        )

    def _name(self, j: int, clitic: int, single_ok: bool = False, force: bool = False) -> list[int]:
        """Token indices of the name starting at ``j`` (possibly empty).

        The run of units stops at anything that cannot be a name; then it is cut to the
        longest prefix (of at most ``MAX_NAME_TOKENS``) that is clearly followed by a
        boundary, else to two units (one when ``single_ok`` and the second unit is
        nothing known).
        """
        units, closed = self._units(j, clitic, force)
        if not units:
            return []
        while (
            sum(map(len, units[:-1])) >= 2
            and len(units[-1]) == 1
            and self.doc.norm(units[-2][-1]) not in self.east_asian  # يو سانغ بوم
            and self._trailing_word(units[-1][0], clitic_only=len(units) < 3)
        ):
            units.pop()  # سهيل إدريس نشر ، أبو عبد الله بحزن شديد: words after the name
            closed = len(units) <= 3  # four units may be two names: وسام الحسن محمد شطح
        lineage = any(len(u) > 1 and self.doc.norm(u[0]) in _LINEAGE for u in units)
        max_units = MAX_LINEAGE_UNITS if lineage else MAX_NAME_UNITS
        max_tokens = MAX_LINEAGE_TOKENS if lineage else MAX_NAME_TOKENS
        if closed and len(units) <= max_units and sum(map(len, units)) <= max_tokens:
            return [k for u in units for k in u]
        while len(units) > 1 and (len(units) > max_units or sum(map(len, units)) > max_tokens):
            units.pop()
        for size in range(len(units), 1, -1):
            if self._boundary_after(units[size - 1][-1]):
                return [k for u in units[:size] for k in u]
        if len(units) == 1 or (
            single_ok
            and not any(self._strong(k) for k in units[1])
            and not (len(units[1]) == 1 and self._foreign(units[1][0]))
        ):
            return units[0]
        return [k for u in units[:2] for k in u]

    def _trailing_word(self, k: int, clitic_only: bool = False) -> bool:
        """Token ``k``, the last unit of a run of units with two tokens or more before it
        (ب/ل + a word only when it is the second unit: حسام الدين مرسي is a name), is a
        word of the language and nothing known as a name: an everyday word or one of
        wordfreq's list (Zipf >= 3) that is no name's shape, ب/ل + such a word, a ة word only
        when it is an everyday word (حمادة is a family name): an adverb, a verb or a noun
        after the name, not its family name."""
        doc = self.doc
        tok = doc.norm(k)
        if self._strong(k) or doc.has_article(k) or tok in doc.gaz.surnames or tok in _NAME_WORDS:
            return False
        if tok[:1] in "بل" and tok[:2] not in ("بل", "بن") and tok[1:] in self.known:
            return True  # بحزن، ليفاوض: a preposition on a word (بلخير، بنعلي are names)
        if clitic_only:
            return False  # حسام الدين مرسي: after a compound, a family name that is a word
        if doc.text[doc.toks.ends[k] - 1] == "ة":
            return tok in self.common  # حمادة، دوابشة: family names in ة are common
        return (
            len(tok) >= 3  # شو (برنارد شو) is a name syllable as much as a word
            and tok in self.known
            and (tok in self.common or not doc.name_like(k))
        )

    def _conjunction(self, k: int) -> bool:
        """و + a word (وتوني، والرئيس، وعنان، وإخراج): the name ended before token ``k``.

        Foreign names that start with W are written وا/وي/وو (واتسون، ويلسون); any other
        letter after و, or a hamza (وإخراج، وأحمد), means the conjunction.
        """
        doc = self.doc
        tok = doc.norm(k)
        rest = tok[1:]
        if tok in self.given_any or tok in doc.gaz.part_people:
            return False
        second = doc.text[doc.toks.starts[k] + 1 : doc.toks.starts[k] + 2]
        return (
            len(rest) < 2
            or rest[0] not in "اوي"
            or (_verb_shaped(rest) and (rest in self.known or len(rest) > 4))  # ويبلغ; not ويلكس
            or second in "أإآ"
            or rest in self.given_any
            or rest in self.stop
            or rest in self.known  # واستعرض، واعتبر: and + a word of the language
            or rest in doc.gaz.first_tokens
            or rest in doc.gaz.part_people
            or rest.startswith("ال")
        )

    def _person(self, name: list[int], cue: str, clitic: int = 0) -> PersonSpan:
        doc = self.doc
        parts = tuple(doc.norm(k) for k in name)
        if clitic:
            parts = (parts[0][clitic:], *parts[1:])
        known = self._known(parts)
        if known is not None:
            return PersonSpan(name[0], name[-1], known, "alias", clitic, parts, cue)
        return PersonSpan(name[0], name[-1], discovered_id(parts), "name", clitic, parts, cue)

    def _known(self, parts: tuple[str, ...]) -> str | None:
        """A KB person whose name has this first and last token (جورج دبليو بوش → جورج بوش)."""
        gaz = self.doc.gaz
        both = set(gaz.part_people.get(parts[0], ())) & set(gaz.part_people.get(parts[-1], ()))
        if len(both) == 1 and len(parts) > 1:
            return next(iter(both))
        return None
