"""Cache fingerprints: equal inputs hash equal, different part lists never collide by framing."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefings.fingerprint import fingerprint


def test_parts_are_framed_and_typed():
    assert fingerprint("ab", "c") != fingerprint("a", "bc")
    assert fingerprint("1") != fingerprint(1)
    assert fingerprint(["a"]) != fingerprint("a")
    assert fingerprint("x", None) != fingerprint("x")
    assert fingerprint({"b": 1, "a": 2}) == fingerprint({"a": 2, "b": 1})
    assert fingerprint([datetime(2018, 8, 14)]) == fingerprint(["2018-08-14 00:00:00"])  # str()
    assert fingerprint("\ud800") != fingerprint("\ud801")  # lone surrogates do not fail


@given(st.lists(st.text(), max_size=4), st.lists(st.text(), max_size=4))
def test_different_string_lists_differ(a, b):
    assert (fingerprint(*a) == fingerprint(*b)) == (a == b)


def test_same_in_another_process_whatever_the_hash_seed():
    code = "from briefings.fingerprint import fingerprint; print(fingerprint('بوتين', {'a': [1]}))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "123", "PATH": ""},
        cwd=Path(__file__).parents[1],
    ).stdout.strip()
    assert out == fingerprint("بوتين", {"a": [1]})
