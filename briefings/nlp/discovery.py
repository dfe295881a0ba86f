"""Discover people the knowledge base does not know, from the words around them.

Three cues, all conservative (a wrong person is worse than a missing one):
1. a title phrase before a name: الرئيس، وزير الدفاع الروسي، المتحدث باسم مجلس الأمن
   القومي، سفير روسيا لدى كوريا الشمالية، ... (the name may follow in apposition between
   commas);
2. a reporting verb (قال، أعلن، أكد ...) followed by a name that is itself followed by
   ``، <title>`` (وقال جون كيربي، المتحدث ...);
3. a common given name (محمد، جورج، فلاديمير ...) followed by more name-like words.
A discovered name has at least two tokens, except right after a strongly personal title
(الرئيس بايدن), where one token is accepted and is first tried against the knowledge
base and earlier mentions.
"""

from __future__ import annotations

from briefings.nlp.context import ARTICLE_CLITIC, Doc, PersonSpan, clitic_reading
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
_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ولد"})  # محمد بن سلمان
_COMPOUND_HEADS = frozenset({"عبد", "ابو", "ابي", "ام"})  # عبد الله, أبو مازن
_REPORTING = frozenset(
    {
        "قال",
        "قالت",
        "اعلن",
        "اعلنت",
        "اكد",
        "اكدت",
        "صرح",
        "صرحت",
        "اضاف",
        "اضافت",
        "اوضح",
        "اوضحت",
        "ذكر",
        "ذكرت",
        "اشار",
        "اشارت",
        "افاد",
        "افادت",
        "دعا",
        "دعت",
        "طالب",
        "طالبت",
        "حذر",
        "حذرت",
        "نفي",
        "نفت",
        "كشف",
        "كشفت",
        "راي",
        "رات",
        "اعتبر",
        "اعتبرت",
        "وصف",
        "اعرب",
        "اعربت",
        "التقي",
        "استقبل",
        "ابلغ",
        "ابلغت",
        "تابع",
        "تابعت",
        "يقول",
        "تقول",
        "لفت",
        "لفتت",
        "شدد",
        "شددت",
        "اقر",
        "اكتفي",
    }
)
MAX_NAME_TOKENS = 4


class Discoverer:
    """Finds person spans in one ``Doc``; call ``run()`` once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        lex = doc.lex
        self.titles = lex.titles_personal | lex.titles_role
        self.title_first = frozenset(t.split()[0] for t in self.titles)
        self.given = lex.given_names
        self.given_any = lex.given_names | lex.given_names_ambiguous
        self.stop = lex.stopwords | lex.title_words | lex.institutions
        self.taken = [h is not None for h in doc.covered]
        self.pending: list[PersonSpan] = []  # single tokens after a personal title

    def run(self) -> tuple[list[PersonSpan], list[PersonSpan]]:
        """(multi-token people found, single tokens after a strong title still to resolve)."""
        found: list[PersonSpan] = []
        n = len(self.doc.toks)
        i = 0
        while i < n:
            span = self._at(i)
            if span is None:
                i += 1
                continue
            found.append(span)
            for k in range(span.first, span.last + 1):
                self.taken[k] = True
            i = span.last + 1
        return found, self.pending

    # -- cues -----------------------------------------------------------------

    def _at(self, i: int) -> PersonSpan | None:
        if self.taken[i]:
            return None
        tok = self.doc.norm(i)
        title = self._title(i)
        if title is not None:
            return self._after_title(*title, cue=f"title:{tok}")
        reading = clitic_reading(tok, _REPORTING)
        if reading is not None and not self.doc.gap(i):
            return self._after_verb(i + 1, f"verb:{tok}")
        if tok in self.given and not self.taken[i]:
            name = self._name(i)
            if len(name) >= 2:
                return self._person(name, "given")
        return None

    def _title(self, i: int) -> tuple[int, bool] | None:
        """(index after the title, strongly personal?) when a title starts at ``i``."""
        doc = self.doc
        first = clitic_reading(doc.norm(i), self.title_first)
        if first is None:
            return None
        lex = doc.lex
        stem = first[0]
        if i + 1 < len(doc.toks) and not doc.gap(i) and not self.taken[i + 1]:
            two = f"{stem} {doc.norm(i + 1)}"
            if two in self.titles:
                return i + 2, two in lex.titles_personal
        if stem in self.titles:
            return i + 1, stem in lex.titles_personal
        return None

    def _after_title(self, j: int, strong: bool, cue: str) -> PersonSpan | None:
        doc = self.doc
        n = len(doc.toks)
        apposition = False
        steps = 0
        while j < n and steps < 8:
            if doc.gap(j - 1):
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
            elif self._article_word(j) or tok in _CONNECTORS:
                j += 1
            elif tok in self.doc.lex.institutions or tok in self.doc.lex.title_words:
                j += 1
            else:
                break
            steps += 1
            strong = strong and steps <= 2  # الرئيس الروسي X stays personal; long phrases not
        if j >= n:
            return None
        name = self._name(j, strong)
        if not name:
            return None
        if apposition and not (name[-1] + 1 >= n or doc.gap(name[-1])):
            return None  # "، NAME،": the apposition must close
        if len(name) >= 2:
            return self._person(name, cue)
        if strong:
            self.pending.append(PersonSpan(name[0], name[0], "", "name"))
        return None

    def _after_verb(self, j: int, cue: str) -> PersonSpan | None:
        doc = self.doc
        if j >= len(doc.toks) or self.taken[j]:
            return None
        name = self._name(j)
        if len(name) < 2:
            return None
        end = name[-1]
        if doc.norm(name[0]) in self.given_any:
            return self._person(name, cue)
        if doc.comma_after(end) and end + 1 < len(doc.toks):
            nxt = clitic_reading(doc.norm(end + 1), self.title_first)
            if nxt is not None:
                return self._person(name, cue)
        return None

    # -- name runs ------------------------------------------------------------

    def _name_like(self, k: int) -> bool:
        return self.doc.name_like(k)

    def _article_word(self, k: int) -> bool:
        """ال-words, with or without a proclitic (الدفاع، والسكان، للشؤون): title complements."""
        doc = self.doc
        tok = doc.norm(k)
        if tok in self.given_any:
            return False
        return doc.has_article(k) or bool(ARTICLE_CLITIC.match(tok))

    def _strong(self, k: int) -> bool:
        """A token known to be a name part (a given name, a KB person's name part)."""
        tok = self.doc.norm(k)
        return tok in self.given_any or tok in self.doc.gaz.part_people

    def _boundary_after(self, k: int) -> bool:
        """Does the name clearly end after token ``k``? (punctuation, a function word, a hit)"""
        doc = self.doc
        if k + 1 >= len(doc.toks) or doc.gap(k):
            return True
        if doc.covered[k + 1] is not None:
            return True
        return not self._name_like(k + 1) and not doc.has_article(k + 1)

    def _name(self, j: int, strong_title: bool = False) -> list[int]:
        """Token indices of the name starting at ``j`` (possibly empty).

        The run stops at anything that cannot be a name; then it is cut to the longest
        prefix that is clearly followed by a boundary, else to two tokens (one after a
        strongly personal title when the second token is nothing known).
        """
        doc = self.doc
        n = len(doc.toks)
        run: list[int] = []
        k = j
        while k < n and len(run) < MAX_NAME_TOKENS + 1:
            if run and doc.gap(k - 1):
                break
            if self.taken[k]:
                break
            tok = doc.norm(k)
            if doc.has_article(k) and tok not in self.given_any:
                prev = doc.norm(run[-1]) if run else ""
                if not run or not (prev in self.given_any or prev in _COMPOUND_HEADS):
                    break
                if tok in self.stop:
                    break
                run.append(k)
                if prev not in _COMPOUND_HEADS:
                    break  # an ال surname ends the name: بشار الاسد
                k += 1
                continue
            if not self._name_like(k) and not (run and tok in _NAME_LINKS):
                break
            if run and tok.startswith("و") and self._conjunction(tok):
                break
            run.append(k)
            k += 1
        while run and (doc.norm(run[-1]) in _NAME_LINKS or doc.norm(run[-1]) in _COMPOUND_HEADS):
            run.pop()
        if len(run) > MAX_NAME_TOKENS:
            return []  # a run this long is a phrase, not a name
        for size in range(len(run), 1, -1):
            if self._boundary_after(run[size - 1]):
                return run[:size]
        if len(run) >= 2 and strong_title and not self._strong(run[1]):
            return run[:1]
        return run[:2]

    def _conjunction(self, tok: str) -> bool:
        """و + a word we know (وتوني، والرئيس، وقال): the name ended before it."""
        rest = tok[1:]
        lex = self.doc.lex
        return (
            rest in self.given_any
            or rest in self.stop
            or rest in lex.title_words
            or rest in self.doc.gaz.first_tokens
            or rest.startswith("ال")
        )  # (after و the article is always written ال)

    def _person(self, name: list[int], cue: str) -> PersonSpan:
        doc = self.doc
        parts = tuple(doc.norm(k) for k in name)
        known = self._known(parts)
        if known is not None:
            return PersonSpan(name[0], name[-1], known, "alias", 0, parts, cue)
        return PersonSpan(name[0], name[-1], discovered_id(parts), "name", 0, parts, cue)

    def _known(self, parts: tuple[str, ...]) -> str | None:
        """A KB person whose name has this first and last token (جورج دبليو بوش → جورج بوش)."""
        gaz = self.doc.gaz
        a = set(gaz.part_people.get(parts[0], ()))
        b = set(gaz.part_people.get(parts[-1], ()))
        both = a & b
        if len(both) == 1:
            return next(iter(both))
        return None
