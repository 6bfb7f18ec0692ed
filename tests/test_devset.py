"""Regression floor on the labelled development set: never a wrong claim reported as supported,
and accuracy and detection no worse than measured (bench/accuracy.py and bench/claims.py print the
full figures)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.evaluate import ClaimScores, VerdictScores, find_cases, score_claims, score_verdicts

CASES = find_cases(Path(__file__).parent / "devset" / "cases")


@pytest.fixture(scope="module")
def verdicts() -> VerdictScores:
    total = VerdictScores()
    for case in CASES:
        total.add(score_verdicts(case))
    return total


@pytest.fixture(scope="module")
def detection() -> ClaimScores:
    total = ClaimScores()
    for case in CASES:
        total.add(score_claims(case))
    return total


def test_devset_is_big_enough():
    assert len(CASES) >= 10
    assert sum(1 for c in CASES for g in c.gold if g["checkable"]) >= 80


def test_no_false_support(verdicts):
    assert verdicts.false_support == 0, [m for m in verdicts.misses if "got supported" in m]


def test_verdict_accuracy_floor(verdicts):
    assert verdicts.accuracy >= 0.85, "\n".join(verdicts.misses)


def test_checkable_detection_floor(detection):
    assert detection.prf[2] >= 0.9, "\n".join(m for m in detection.misses if "checkable" in m)


def test_quantity_exactness_floor(detection):
    assert detection.q_exact / detection.q_n >= 0.85
