"""checks/compare.py: two quantities compared as figures (rounding, bounds, falls, magnitude slips)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from factcheck.checks.compare import compare_quantity, far_apart
from factcheck.checks.model import Quantity


def q(value, unit="percent", bound="about", approximate=False):
    return Quantity(value=value, unit=unit, bound=bound, text=str(value), approximate=approximate)


@pytest.mark.parametrize("claim, fact, want", [
    (q(7.4), q(7.4), "supports"),
    (q(7.4), q(7.5), "contradicts"),                 # neighbouring rounded figures do not overlap
    (q(8.5), q(8.4), "contradicts"),                 # (their ends, 8.45, only touch past the float error of the sums)
    (q(8.4), q(8.5), "contradicts"),
    (q(2.1e9, "EUR"), q(2.1e12, "EUR"), "contradicts"),   # a magnitude slip
    (q(10, bound="at-least"), q(10, bound="at-most"), "contradicts"),   # "at least" for "up to"
    # a source's bound on a fall is on its size (YAML {value: -10, bound: at-least}: a cut of at least 10 %);
    # the claim's figure arrives signed (judge._signed): "a cut of at least 10 %" is ≤ -10, "at most" ≥ -10
    (q(-10, bound="at-most"), q(-10, bound="at-least"), "supports"),
    (q(-10, bound="at-least"), q(-10, bound="at-least"), "contradicts"),
    (q(-4.9), q(-4.9), "supports"),
    (q(-4.9), q(-7.2), "contradicts"),
    # a hedge widens a figure by at most 5 %: "roughly 450" is not about 420, "about 2.1 million" is 2,100,000
    (q(450, "ppm", approximate=True), q(420, "ppm", approximate=True), "contradicts"),
    (q(2.1e6, "people", approximate=True), q(2_100_000, "people"), "supports"),
    (q(60, approximate=True), q(57.5), "supports"),
    # an exclusive bound ("more than 10 %") is not met by the source's exact or hedged 10 %, an inclusive one is; a
    # source's plain round figure allows its rounding
    (Quantity(value=10, unit="percent", bound="at-least", text="more than 10 %"), q(10, bound="exact"), "contradicts"),
    (Quantity(value=10, unit="percent", bound="at-least", text="plus de 10 %"), q(10, approximate=True), "contradicts"),
    (Quantity(value=10, unit="percent", bound="at-most", text="under 10 %"), q(10, approximate=True), "contradicts"),
    (Quantity(value=10, unit="percent", bound="at-least", text="at least 10 %"), q(10, bound="exact"), "supports"),
    # (an inclusive bound at a hedged figure: it may be either side, the source sets no such bound)
    (Quantity(value=10, unit="percent", bound="at-least", text="au moins 10 %"), q(10, approximate=True), "contradicts"),
    (Quantity(value=10, unit="percent", bound="at-most", text="up to 10 %"), q(10, approximate=True), "contradicts"),
    (Quantity(value=10, unit="percent", bound="at-least", text="more than 10 %"), q(10.4, bound="exact"), "supports"),
    (Quantity(value=3.2e6, unit="visitors", bound="at-least", text="over 3.2 million"), q(3.2e6, "visitors"), "supports"),
    # (one so round its rounding passes 5 %: a round amount, either side of the bound)
    (Quantity(value=500e6, unit="EUR", bound="at-most", text="moins de 500 millions"),
     Quantity(value=500e6, unit="EUR", text="500 millions"), "related"),
    (Quantity(value=500e6, unit="EUR", bound="at-most", text="up to 500 million"),
     Quantity(value=500e6, unit="EUR", text="500 million"), "supports"),
    # a bound that holds of any figure far below or above it names another ("under 1.7 million" for 430,000, "more
    # than 3 billion" for a range of 20 to 22 billion)
    (Quantity(value=1.7e6, unit="cars", bound="at-most", text="under 1.7 million"), q(430_000, "cars"), "related"),
    (Quantity(value=3e9, unit="USD", bound="at-least", text="more than $3 billion"),
     Quantity(min=20e9, max=22e9, unit="USD"), "related"),
])
def test_compare_quantity(claim, fact, want):
    assert compare_quantity(claim, fact)[0] == want


def test_a_figure_in_another_family_of_units_is_not_converted_to_nothing():
    # (624,000 tonnes against "more than 240 seconds": no conversion, so no agreement through an empty figure)
    fq = Quantity(value=240, unit="s", bound="at-least", text="supérieur à 240 secondes")
    assert compare_quantity(Quantity(value=624000, unit="t", text="624 000 tonnes"), fq)[0] != "supports"


# --- far_apart: a cheap test that never hides an agreement (issue 12) ------------------------------------------

_VALUES = hs.one_of(hs.integers(-3000, 3000).map(float), hs.floats(-1e4, 1e4, allow_nan=False),
                    hs.sampled_from([0.0, 0.5, 1.0, 1.5, 9.9, 10.0, 99.0, 100.0, 1e6, 2.1e9]))
_TEXTS = hs.sampled_from(["", "{v}", "about {v}", "one", "{v},5", "1.{v}", "1"])


@settings(max_examples=3000, deadline=None)
@given(_VALUES, _VALUES, hs.sampled_from(["percent", "EUR", "people", None]), hs.sampled_from(["about", "exact"]),
       hs.sampled_from(["about", "exact"]), hs.booleans(), hs.booleans(), _TEXTS, _TEXTS,
       hs.one_of(hs.none(), hs.sampled_from([0.5, 1.0, 10.0])))
def test_far_apart_never_hides_an_agreement(cv, fv, unit, cbound, fbound, capprox, fapprox, ctext, ftext, step):
    """Two figures ``far_apart`` calls apart are never found to agree by ``compare_quantity``, whatever their
    rounding, hedge, written digits or step."""
    claim = Quantity(value=cv, unit=unit, bound=cbound, text=ctext.format(v=abs(cv)), approximate=capprox, step=step)
    fact = Quantity(value=fv, unit=unit, bound=fbound, text=ftext.format(v=abs(fv)), approximate=fapprox)
    if far_apart(claim, fact):
        assert compare_quantity(claim, fact)[0] != "supports"


@pytest.mark.parametrize("claim, fact, apart", [
    (q(7.4), q(70.4), True),
    (q(7.4), q(7.5), False),                           # (near: left to ``compare_quantity``)
    (q(10, bound="at-least"), q(100), False),          # (a bound: never told apart here)
    (q(10), q(100, "EUR"), False),                     # (another unit: never told apart here)
])
def test_far_apart(claim, fact, apart):
    assert far_apart(claim, fact) is apart
