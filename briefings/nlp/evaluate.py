"""Span-level NER scoring of the extractor against CoNLL/IOB gold (ANERcorp style).

The gold is token-level, so a prediction is widened to the gold tokens it overlaps
(a mention of روسيا inside the token بروسيا counts as the token بروسيا, as the gold
tags it). Demonyms are adjectives, not names (ANERcorp tags الروسي as O), so they are
not scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefings.nlp.extract import Extractor

TYPE_MAP = {
    "person": "PERS",
    "country": "LOC",
    "city": "LOC",
    "region": "LOC",
    "organization": "ORG",
}
SCORED = ("PERS", "LOC", "ORG")
UNSCORED_KINDS = frozenset({"demonym"})


@dataclass
class Document:
    """Text rebuilt from CoNLL tokens (joined by spaces) with each token's offsets."""

    text: str
    spans: list[tuple[int, int]]  # per token (start, end)
    gold: list[tuple[int, int, str]]  # (first token, last token, type)


def read_conll(path: Path) -> Iterator[Document]:
    """Documents of a CoNLL file; ``-DOCSTART-`` lines separate documents when present."""
    words: list[str] = []
    tags: list[str] = []
    breaks: set[int] = set()  # token indices that end a sentence
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if words:
                    breaks.add(len(words) - 1)
                continue
            if parts[0] == "-DOCSTART-":
                if words:
                    yield _document(words, tags, breaks)
                words, tags, breaks = [], [], set()
                continue
            words.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if words:
        yield _document(words, tags, breaks)


def _document(words: list[str], tags: list[str], breaks: set[int]) -> Document:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, w in enumerate(words):
        spans.append((pos, pos + len(w)))
        pieces.append(w)
        sep = "\n" if i in breaks else " "
        pieces.append(sep)
        pos += len(w) + 1
    return Document("".join(pieces), spans, _gold_spans(tags))


def _gold_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continuing = prefix == "I" and typ == cur
        if cur and not continuing:
            out.append((start, i - 1, cur))
            cur = ""
        if prefix in ("B", "I") and not continuing:
            start, cur = i, typ
    return [s for s in out if s[2] in SCORED]


def predicted_spans(doc: Document, extractor: Extractor) -> list[tuple[int, int, str]]:
    """Mentions as gold-token spans (first, last, type)."""
    import bisect

    starts = [s for s, _ in doc.spans]
    out = set()
    for m in extractor.extract(doc.text).mentions:
        if m.kind in UNSCORED_KINDS:
            continue
        first = bisect.bisect_right(starts, m.start) - 1
        last = bisect.bisect_left(starts, m.end) - 1
        if first < 0 or last < first:
            continue
        out.add((first, last, TYPE_MAP[m.type]))
    return sorted(out)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    exact: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in SCORED})
    partial: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in SCORED})
    false_negatives: dict[str, Counter[str]] = field(default_factory=dict)
    false_positives: dict[str, Counter[str]] = field(default_factory=dict)

    def overall(self, which: dict[str, Score]) -> Score:
        s = Score()
        for v in which.values():
            s.tp, s.fp, s.fn = s.tp + v.tp, s.fp + v.fp, s.fn + v.fn
        return s

    def as_dict(self, worst: int = 20) -> dict[str, object]:
        return {
            "exact": {t: s.as_dict() for t, s in self.exact.items()}
            | {"ALL": self.overall(self.exact).as_dict()},
            "partial": {t: s.as_dict() for t, s in self.partial.items()}
            | {"ALL": self.overall(self.partial).as_dict()},
            "worst_false_negatives": {
                t: c.most_common(worst) for t, c in self.false_negatives.items()
            },
            "worst_false_positives": {
                t: c.most_common(worst) for t, c in self.false_positives.items()
            },
        }


def evaluate(path: Path, extractor: Extractor) -> Report:
    report = Report()
    for t in SCORED:
        report.false_negatives[t] = Counter()
        report.false_positives[t] = Counter()
    for doc in read_conll(path):
        gold = doc.gold
        pred = predicted_spans(doc, extractor)

        def surface(span: tuple[int, int, str], doc: Document = doc) -> str:
            return doc.text[doc.spans[span[0]][0] : doc.spans[span[1]][1]]

        gold_set, pred_set = set(gold), set(pred)
        for g in gold:
            (report.exact[g[2]]).tp += g in pred_set
            if g not in pred_set:
                report.exact[g[2]].fn += 1
                report.false_negatives[g[2]][surface(g)] += 1
        for p in pred:
            if p not in gold_set:
                report.exact[p[2]].fp += 1
                report.false_positives[p[2]][surface(p)] += 1
        _partial(gold, pred, report.partial)
    return report


def _partial(
    gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]], scores: dict[str, Score]
) -> None:
    """Overlap with the same type counts; each gold and each prediction is used once."""
    used: set[int] = set()
    by_type: dict[str, list[tuple[int, tuple[int, int, str]]]] = {}
    for j, p in enumerate(pred):
        by_type.setdefault(p[2], []).append((j, p))
    for g in gold:
        match = None
        for j, p in by_type.get(g[2], ()):
            if j not in used and p[0] <= g[1] and g[0] <= p[1]:
                match = j
                break
        if match is None:
            scores[g[2]].fn += 1
        else:
            used.add(match)
            scores[g[2]].tp += 1
    for j, p in enumerate(pred):
        if j not in used:
            scores[p[2]].fp += 1


def format_report(report: Report, worst: int = 20) -> str:
    lines = [f"{'':8}{'exact P':>9}{'R':>7}{'F1':>7}   {'partial P':>9}{'R':>7}{'F1':>7}"]
    for t in (*SCORED, "ALL"):
        e = report.exact[t] if t != "ALL" else report.overall(report.exact)
        p = report.partial[t] if t != "ALL" else report.overall(report.partial)
        lines.append(
            f"{t:8}{e.precision:9.3f}{e.recall:7.3f}{e.f1:7.3f}   "
            f"{p.precision:9.3f}{p.recall:7.3f}{p.f1:7.3f}"
        )
    for title, table in (
        ("missed (false negatives)", report.false_negatives),
        ("wrong (false positives)", report.false_positives),
    ):
        for t in SCORED:
            items = table[t].most_common(worst)
            if items:
                lines.append(f"\n{t} {title}:")
                lines.extend(f"  {n:4d}  {s}" for s, n in items)
    return "\n".join(lines)
