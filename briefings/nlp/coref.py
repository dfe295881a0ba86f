"""Within-document coreference: a bare surname or first name after a full mention.

وقال واتسون → أدريان واتسون; نادرًا ما يغادر كيم → كيم جونغ أون. When two people share
the token (كيم جونغ أون, الجنرال كيم يونغ تشول) the most recent one wins. Only earlier
mentions in the same document count, so nothing leaks between documents, and a
coreference-only token (كيم، لي، شي) with no antecedent stays unlinked.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.nlp.clitics import clitic_reading
from briefings.nlp.context import ARTICLE_CLITIC, Doc, PersonSpan
from briefings.nlp.discovery import REPORTING, lone_name_ok
from briefings.nlp.frequency import FORMS_ZIPF, frequent_words

_NOT_PARTS = frozenset(
    {"بن", "ابن", "بنت", "ولد", "عبد", "ابو", "ابي", "ام", "ال", "دي", "فان", "فون", "دا", "لا",
     "الله", "الدين"}  # the tail of عبد الله or صلاح الدين is no one's name alone
)  # fmt: skip
# Two-letter function words that clearly end a lone name (ما and يا may be name syllables).
_SHORT_ENDS = frozenset({"في", "من", "عن", "قد", "لم", "لن", "لا", "ان", "او", "ثم"})
_AFTER_SAYER = frozenset({"ان", "انه", "انها", "الي", "في", "ل", "لـ"})
# How far back (in tokens) an antecedent may be: an article is a few hundred tokens, so
# this only matters for long files that concatenate many stories.
MAX_DISTANCE = 1500


@lru_cache(maxsize=4)
def _excluded(not_name: frozenset[str]) -> frozenset[str]:
    return not_name | _NOT_PARTS


class Coref:
    """Sweeps a document in order, remembering the latest person for each name part."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        lex = doc.lex
        self.excluded = _excluded(lex.not_name)
        self.given = lex.given_any
        self.ambiguous = lex.given_names_ambiguous
        self.frequent = frequent_words()
        self.known = frequent_words(FORMS_ZIPF)

    def parts_of(self, span: PersonSpan) -> list[str]:
        """The name parts a later bare token may repeat: the first and last token of the
        mention and of the person's known names (كيم، واتسون، صدام), never a middle one
        (جونغ), never a given name that is also an everyday word (حسن، سعيد), and a given
        name only when it is the mention's first word (محمد البرادعي, then محمد)."""
        own = list(span.parts) or [self.doc.norm(k) for k in range(span.first, span.last + 1)]
        if span.clitic and not span.parts:
            own[0] = own[0][span.clitic :]
        known = self.doc.gaz.person_edges.get(span.entity, frozenset())
        if len(own) < 2 and not known:
            return []  # a one-word mention is not a full name to refer back to
        surnames = {own[-1]} if len(own) > 1 else set()
        candidates = ({own[0], own[-1]} if len(own) > 1 else set()) | known
        out = []
        for t in sorted(candidates):
            if len(t) < 2 or t in self.excluded or t in self.ambiguous:
                continue  # حسن، سعيد: also everyday words
            if t.startswith("ال") and t not in known and not (t in surnames and t.endswith("ي")):
                continue  # an ال word alone: a known person's (الأسد) or a nisba (البرادعي)
            if t in self.given and t not in surnames and t != own[0]:
                continue  # a given name stands for the person only as the first word
            out.append(t)
        return out

    def run(self, people: list[PersonSpan], pending: list[PersonSpan]) -> list[PersonSpan]:
        """Coreference spans for uncovered tokens (and resolved single-title names)."""
        doc = self.doc
        by_start = {p.first: p for p in people}
        taken = [h is not None for h in doc.covered]
        for p in people:
            for k in range(p.first, p.last + 1):
                taken[k] = True
        pending_at = {p.first: p.cue for p in pending}
        latest = self._ahead(people)  # part -> (person id, token index)
        # One-word nationality nouns (كينيون، الماني) that may be a family name seen earlier.
        # Not with the article (المصري is an adjective far more often than أبو حمزة المصري)
        # nor after a plural (مسؤولون كينيون).
        surname_demonyms = {
            h.first
            for h in doc.hits
            if h.entry.kind == "demonym"
            and h.first == h.last
            and not h.clitic
            and not doc.has_article(h.first)
            and not (h.first > 0 and doc.norm(h.first - 1).endswith(("ون", "ين")))
        }
        out: list[PersonSpan] = []
        # ال family names (السقاف، الحكيم) and family names that are also given names or
        # words (عباس، سعيد) of full names: repeated alone they are as often ordinary words
        # or other people, so they only count as the subject of a reporting verb.
        al_latest: dict[str, tuple[str, int]] = {}
        al_count: dict[str, int] = {}  # full mentions of each ال family name so far
        salient: set[str] = set()  # ال family names named in full twice or more
        i = 0
        n = len(doc.toks)
        while i < n:
            p = by_start.get(i)
            if p is not None:
                for part in self.parts_of(p):
                    latest[part] = (p.entity, p.last)
                last = doc.norm(p.last)
                if p.last > p.first and last not in self.excluded:
                    if doc.has_article(p.last) or last in self.ambiguous:
                        if al_latest.get(last, ("",))[0] != p.entity:
                            al_count[last] = 0
                        al_latest[last] = (p.entity, p.last)
                        al_count[last] += 1
                        if al_count[last] >= 2:
                            salient.add(last)
                        else:
                            salient.discard(last)
                i = p.last + 1
                continue
            if not taken[i] and doc.norm(i) in al_latest and (self._said_by(i) or self._rare_al(i)):
                entity, at = al_latest[doc.norm(i)]
                if i - at <= MAX_DISTANCE:
                    out.append(PersonSpan(i, i, entity, "coreference", 0, (doc.norm(i),)))
                    i += 1
                    continue
            tok = doc.norm(i)
            if salient and not taken[i] and (tok in salient or tok[1:] in salient):
                span = self._salient_al(i, al_latest, al_count)
                if span is not None:
                    out.append(span)
                    i += 1
                    continue
            if i in surname_demonyms and doc.norm(i) in latest:
                entity, at = latest[doc.norm(i)]
                if i - at <= MAX_DISTANCE:
                    # ورفض كينيون التطرق after بيتر كينيون: the surname, not "Kenyans".
                    out.append(PersonSpan(i, i, entity, "coreference", 0, (doc.norm(i),)))
                    i += 1
                    continue
            if not taken[i] and latest and not doc.clitic_function_word(i):
                reading = clitic_reading(doc.norm(i), latest)
                if (
                    reading is not None
                    and i - latest[reading[0]][1] <= MAX_DISTANCE
                    and (reading[1] == 0 or (len(reading[0]) >= 4 and doc.name_like(i)))
                    and not (reading[0].startswith("ال") and self._nisba_after(i))
                ):
                    stem, clitic = reading
                    entity = latest[stem][0]
                    last = self._extend(i, entity, latest, taken)
                    if last > i or self._standalone(i):
                        parts = (stem, *(doc.norm(k) for k in range(i + 1, last + 1)))
                        kind = "name" if last > i else "coreference"  # a full repeat is a name
                        out.append(PersonSpan(i, last, entity, kind, clitic, parts))
                        i = last + 1
                        continue
            if i in pending_at and not taken[i]:
                resolved = self._single(i, pending_at[i])
                if resolved is not None:
                    out.append(resolved)
            i += 1
        return out

    def _salient_al(
        self, i: int, al_latest: dict[str, tuple[str, int]], al_count: dict[str, int]
    ) -> PersonSpan | None:
        """An ال family name that is also a word (الحكيم 'the wise') stands for the person
        alone when the document has just named that person in full at least twice (توفيق
        الحكيم ... توفيق الحكيم ... موقف الحكيم من), the same person each time, and the
        word is neither described nor describing (no ال word right before or after it, no
        nisba after it); with و (والحكيم) too."""
        doc = self.doc
        tok = doc.norm(i)
        clitic = 0
        if tok not in al_latest and tok[:1] == "و" and tok[1:] in al_latest:
            clitic = 1
        stem = tok[clitic:]
        if stem not in al_latest or al_count.get(stem, 0) < 2 or not stem.startswith("ال"):
            return None
        entity, at = al_latest[stem]
        if i - at > MAX_DISTANCE:
            return None
        after = i + 1 < len(doc.toks) and not doc.gap(i) and doc.has_article(i + 1)
        before = i > 0 and not doc.gap(i - 1) and doc.has_article(i - 1)
        if after or before or (i > 0 and not doc.gap(i - 1) and doc.norm(i - 1) in _NOT_PARTS):
            return None  # عبد المعروف: the tail of another compound name
        return PersonSpan(i, i, entity, "coreference", clitic, (stem,))

    def _rare_al(self, i: int) -> bool:
        """An ال family name that is no everyday word (الدويك, not الحكيم 'the wise'),
        neither described nor describing: no ال word right before or after it (الحداد
        الماهر 'the skilled smith', الرجل الحداد)."""
        doc = self.doc
        if not doc.has_article(i) or doc.norm(i) in self.frequent:
            return False
        after = i + 1 < len(doc.toks) and not doc.gap(i) and doc.has_article(i + 1)
        before = i > 0 and not doc.gap(i - 1) and doc.has_article(i - 1)
        return not (after or before)

    def _vouches(self, p: PersonSpan, surname: str) -> bool:
        """A discovered full name may stand for a bare family name before it when a title or
        a reporting verb introduced it and the family name is no word of the language."""
        return (
            p.cue.startswith(("title:", "verb:"))
            and len(surname) >= 4
            and surname not in self.known
            and not surname.endswith("ه")
        )

    def _nisba_after(self, i: int) -> bool:
        """A nisba adjective right after token ``i`` (الأسد الآسيوي، الأسد الأوروبية): the
        ال word is a noun described by it, not a family name standing alone."""
        doc = self.doc
        if i + 1 >= len(doc.toks) or doc.gap(i) or not doc.has_article(i + 1):
            return False
        return doc.norm(i + 1).endswith(("ي", "يه")) and doc.norm(i + 1) not in self.given

    def _said_by(self, i: int) -> bool:
        """Token ``i`` is the subject of a reporting verb: وأشار السقاف إلى، وكشف السقاف
        أن، ويتابع الحكيم : (the verb right before it, then أن/إن/إلى or punctuation)."""
        doc = self.doc
        if i == 0 or doc.gap(i - 1) or clitic_reading(doc.norm(i - 1), REPORTING) is None:
            return False
        if i + 1 >= len(doc.toks) or doc.gap(i):
            return True
        return doc.norm(i + 1) in _AFTER_SAYER

    def _ahead(self, people: list[PersonSpan]) -> dict[str, tuple[str, int]]:
        """Family names of the document's full-name mentions, for a bare family name that
        comes first (a headline's فرويد before the body's سيغموند فرويد); a family name two
        people of the document share is left out."""
        owners: dict[str, set[str]] = {}
        where: dict[str, int] = {}
        for p in people:
            own = p.parts or tuple(self.doc.norm(k) for k in range(p.first, p.last + 1))
            if len(own) < 2 or p.last - p.first < 1:
                continue
            surname = own[-1]
            if p.entity.startswith("x-") and not self._vouches(p, surname):
                continue  # a knowledge-base person, or a clear discovered one with a rare name
            if surname in self.parts_of(p):
                owners.setdefault(surname, set()).add(p.entity)
                where.setdefault(surname, p.last)
        return {s: (next(iter(ids)), where[s]) for s, ids in owners.items() if len(ids) == 1}

    def _extend(
        self, i: int, entity: str, latest: dict[str, tuple[str, int]], taken: list[bool]
    ) -> int:
        """Last token of a repeated (partial) full name starting at ``i``: كيم جونغ أون."""
        doc = self.doc
        k = i
        while (
            k + 1 < len(doc.toks)
            and not taken[k + 1]
            and not doc.gap(k)
            and (
                latest.get(doc.norm(k + 1), ("", 0))[0] == entity
                or doc.norm(k + 1) in ("الدين", "الله")  # صلاح الدين: a compound stays whole
            )
        ):
            k += 1
        return k

    def _standalone(self, i: int) -> bool:
        """The bare token is not the start of a different, longer name (كيم يو جونغ)."""
        doc = self.doc
        if i + 1 >= len(doc.toks) or doc.gap(i) or doc.covered[i + 1] is not None:
            return True
        nxt = doc.norm(i + 1)
        if nxt in doc.lex.stopwords and (len(nxt) > 2 or nxt not in doc.lex.coref_only):
            return True  # على is not the given name علي; كي in كيم كي جوان is a name
        if doc.norm(i) in doc.lex.coref_only:
            # كيم كي جوان is another Kim: a shared family name must be followed by
            # something that is clearly not more of a name.
            return ARTICLE_CLITIC.match(nxt) is not None or doc.has_article(i + 1)
        return nxt not in self.given and nxt not in doc.gaz.part_people

    def _single(self, i: int, cue: str = "") -> PersonSpan | None:
        """A lone name after a personal title: a unique KB person, else a new person."""
        from briefings.nlp.ids import discovered_id

        doc = self.doc
        tok = doc.norm(i)
        if cue.startswith("family:"):
            # أسرة تانغ: a family or a dynasty, never the KB person who bears the name.
            return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))
        if cue.startswith(("title:", "naming:")) and self._titled_given(i):
            # الملك حمد أنه، السيدة خديجة عن: a title, one common given name, a clear end;
            # a new person, not whichever KB person has this given name (also a given name
            # many share: الإمام علي ،).
            shared = tok in doc.lex.coref_only
            if (not shared and tok not in doc.gaz.surnames) or (shared and self._short_end(i)):
                return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))
        if tok in doc.lex.coref_only:
            return None  # كيم after قال with no earlier Kim: not enough to say which
        people = doc.gaz.part_people.get(tok, ())
        if len(people) == 1:
            return PersonSpan(i, i, people[0], "alias", 0, (tok,))
        if cue.startswith(("title:", "naming:")) and self._titled_given(i):
            return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))
        if people or tok in doc.lex.coref_only or not lone_name_ok(tok):
            return None  # ambiguous (بوش: father or son?), too generic (كيم), a verb (يرون)
        honorific = cue.split(":", 1)[-1].split()[:1] in (["ايه"], ["الشيخ"], ["الامام"])
        if honorific and tok not in self.given and doc.norm(i) not in doc.lex.stopwords:
            # آية الله طبسي، الشيخ بحيري: an honorific before a family name.
            return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))
        if cue.startswith("title:") and not doc.has_article(i) and self._rare_lone(i):
            # الجنرال سلفستري (، السيد شيمزو من: a lone family name of no language.
            return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))
        if cue.startswith("title:") and not doc.has_article(i):
            # After a title used as a plain noun (أعرب الرئيس عن ترحيبه) the next word is
            # as often a verbal noun as a name; on 2,000 ANT articles most of these new
            # "people" were words (ترحيبه، بحثا، حظر) or bare given names (زينب). Only
            # the honorific + ال form (الإمام الخميني) makes a new person on its own.
            return None
        return PersonSpan(i, i, discovered_id((tok,)), "name", 0, (tok,))

    def _titled_given(self, i: int) -> bool:
        """Token ``i`` (right after a personal title) is a common given name, not also a
        word, and the name clearly ends after it (punctuation, the end, a function word)."""
        doc = self.doc
        tok = doc.norm(i)
        if tok not in self.given or (tok == "علي" and doc.text[doc.toks.ends[i] - 1] != "ي"):
            return False
        if i + 1 >= len(doc.toks):
            return True
        if doc.gap(i):
            return doc.gap(i).strip("_#") != ""  # #علي_عبدالله_صالح: a hashtag goes on
        nxt = doc.norm(i + 1)
        if nxt in self.given or (len(nxt) < 3 and nxt not in _SHORT_ENDS):
            return False  # الدكتور ماجد نجم، الإمام حبيب ما: the name may go on
        follows = i + 2 < len(doc.toks) and not doc.gap(i + 1)
        if follows and doc.norm(i + 2) in ("الله", "الدين"):
            return False  # الدكتور بهاء حسب الله: a compound family name
        return nxt in doc.lex.stopwords

    def _short_end(self, i: int) -> bool:
        """Punctuation, the end or a short function word (في، من، عن) after token ``i``:
        for a given name many people share, a clear end (الرئيس علي الاتفاق is على)."""
        doc = self.doc
        if i + 1 >= len(doc.toks) or doc.gap(i):
            return True
        return doc.norm(i + 1) in _SHORT_ENDS

    def _rare_lone(self, i: int) -> bool:
        """Token ``i`` (right after a personal title) is a rare word of no language (not in
        wordfreq's list at Zipf >= 3, four letters or more, no ه/ا ending, no و/ل
        proclitic, not ف/ب + a word), not inside a body's name, and the name clearly ends
        after it (punctuation, the end, a function word that is no given name)."""
        doc = self.doc
        tok = doc.norm(i)
        if tok in self.known or len(tok) < 4 or tok.endswith(("ه", "ا")) or tok[:1] in "ول":
            return False  # لكيوتل after الرئيس التنفيذي: 'of' a company
        if tok[:1] in "فب" and tok[1:] in self.known:
            return False  # فأنجبت: ف + a verb
        if i > 0 and doc.norm(i - 1) in doc.lex.institutions:
            return False
        if i + 1 >= len(doc.toks) or doc.gap(i):
            return True
        nxt = doc.norm(i + 1)
        return nxt in doc.lex.stopwords and nxt not in self.given
