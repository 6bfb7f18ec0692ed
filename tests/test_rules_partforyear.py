"""A part of a year's figure is not the year's (``judge/partforyear.py``): in an article on a year, a figure with no
date of its own that only a fact of a quarter confirms is not confirmed; a claim that names the quarter, or writes a
span of months, keeps its confirmation; a fact of the whole year's confirmation is kept."""
from __future__ import annotations

import pytest

from factcheck.checks.judge.findings import Finding
from factcheck.checks.judge.partforyear import RULE_ID, parts_for_the_year
from factcheck.checks.model import Claim, Fact, Quantity


def _claim(text: str, figure: str) -> Claim:
    s = text.index(figure)
    q = Quantity(value=4.1, unit="percent", text=figure, start=s, end=s + len(figure))
    return Claim(text=text, start=0, end=len(text), kind="quantity", checkable=True, quantities=[q],
                 period_before=(2025, None), period_words="kelda foods' revenue rose 2.3% in 2025.")


QUARTER = Fact(id="q3-orders", source="kelda-q3", as_of="2025-Q3",
               statement="Total orders in the third quarter of 2025 were 9.2m, up 4.1% on a comparable basis.",
               quantity=Quantity(value=9.2e6, unit="orders"))
YEAR = Fact(id="fy-orders", source="kelda-fy", as_of="2025",
            statement="Kelda Foods' orders grew 4.1% in 2025.", quantity=Quantity(value=4.1, unit="percent"))


@pytest.mark.parametrize("text, fact, want", [
    ("Total orders rose 4.1% over the year", QUARTER, "related"),       # the quarter's growth given for the year
    ("Le total des commandes a progressé de 4.1% sur l'année", QUARTER, "related"),
    ("In the third quarter, total orders rose 4.1%", QUARTER, "supports"),         # the claim of the quarter itself
    ("Over the final three months, total orders rose 4.1%", QUARTER, "supports"),  # a span of months: a part
    ("Total orders rose 4.1% over the year", YEAR, "supports"),          # the year's own fact
])
def test_a_quarter_s_figure_given_for_the_year(text, fact, want):
    claim = _claim(text, "4.1%")
    out = parts_for_the_year(claim, [Finding("supports", "quantity", fact, "agrees", part="4.1%")], index=None)
    assert [f.relation for f in out] == [want]
    assert (out[0].rule == RULE_ID) == (want == "related")
