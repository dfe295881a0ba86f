"""The build's collector thresholds apply inside the block only."""

from __future__ import annotations

import gc

import pytest

from briefings.gc_policy import BUILD_THRESHOLDS, batch_gc


def test_thresholds_inside_and_restored_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), batch_gc():
        assert gc.get_threshold() == BUILD_THRESHOLDS
        raise RuntimeError("build failed")
    assert gc.get_threshold() == before
