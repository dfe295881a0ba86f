"""The command line (extract, eval-ner) and the scoring it reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nlp_helpers import REPO, shared_file

from briefings.nlp import Extractor, load_kb
from briefings.nlp.cli import main
from briefings.nlp.evaluate import evaluate, read_conll

SEED = REPO / "seeds" / "000_a48c6b30d7d04d4d.txt"

CONLL = """\
قال O
الرئيس O
الروسي O
فلاديمير B-PERS
بوتين I-PERS
في O
موسكو B-LOC
إن O
الصين B-LOC
وروسيا B-LOC
. O

وأعلنت O
الأمم B-ORG
المتحدة I-ORG
أن O
زيد B-PERS
نال O
جائزة B-MISC
نوبل I-MISC
. O
"""


def test_extract_prints_the_issue_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"mentions", "entities"}
    m = data["mentions"][0]
    assert set(m) == {"start", "end", "text", "entity", "type", "kind"}
    e = data["entities"][0]
    assert set(e) == {"id", "type", "name", "wikidata", "country", "mentions"}
    text = SEED.read_text("utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in data["mentions"])


def test_extract_large_file_keeps_global_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefings.nlp.extract as extract

    monkeypatch.setattr(extract, "CHUNK_CHARS", 500)  # force many chunks
    seed = SEED.read_text("utf-8")
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([seed] * 6), "utf-8")
    assert main(["extract", str(big)]) == 0
    data = json.loads(capsys.readouterr().out)
    text = big.read_text("utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in data["mentions"])
    single = Extractor(load_kb()).extract(seed).mentions
    assert len(data["mentions"]) >= 6 * len(single) - 6  # coreference may stop at a chunk
    assert data["mentions"][-1]["start"] > 5 * len(seed)


def test_extract_reports_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    assert main(["extract", str(bad)]) == 2
    assert "latin1.txt" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2


def test_bad_overrides_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = tmp_path / "entities.toml"
    toml.write_text('[[alias]]\nid = "nobody"\nar = ["س"]\n', "utf-8")
    assert main(["--overrides", str(toml), "extract", str(SEED)]) == 2
    assert "nobody" in capsys.readouterr().err


def test_read_conll_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, "utf-8")
    [doc] = list(read_conll(path))
    words = [doc.text[s:e] for s, e in doc.spans]
    assert words[3:5] == ["فلاديمير", "بوتين"]
    assert doc.gold == [(3, 4, "PERS"), (6, 6, "LOC"), (8, 8, "LOC"), (9, 9, "LOC"),
                        (12, 13, "ORG"), (15, 15, "PERS")]  # fmt: skip


def test_scores_exact_and_partial(tmp_path: Path) -> None:
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, "utf-8")
    report = evaluate(path, Extractor(load_kb()))
    loc, org, pers = report.exact["LOC"], report.exact["ORG"], report.exact["PERS"]
    assert (loc.tp, loc.fp, loc.fn) == (3, 0, 0)  # وروسيا counts as the whole gold token
    assert (org.tp, org.fp, org.fn) == (1, 0, 0)
    assert (pers.tp, pers.fn) == (1, 1)  # زيد alone has no cue
    assert report.false_negatives["PERS"]["زيد"] == 1
    assert "الروسي" not in report.false_positives["LOC"]  # demonyms are not scored


def test_eval_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, "utf-8")
    assert main(["eval-ner", str(path), "--json", "--worst", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exact"]["LOC"]["f1"] == 1.0
    assert data["partial"]["ALL"]["tp"] >= data["exact"]["ALL"]["tp"]
    assert main(["eval-ner", str(path)]) == 0
    assert "PERS" in capsys.readouterr().out


@pytest.mark.shared
def test_anercorp_dev_runs() -> None:
    gold = shared_file("gold", "anercorp-dev.conll")
    report = evaluate(gold, Extractor(load_kb()))
    # Not the issue's targets (a benchmark, see benchmarks/nlp_bench.py): a floor that
    # catches a broken matcher or discovery.
    assert report.exact["LOC"].precision > 0.85
    assert report.exact["PERS"].precision > 0.6
    assert report.exact["PERS"].recall > 0.45
