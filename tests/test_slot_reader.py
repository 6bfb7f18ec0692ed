"""checks/slots.py: ranks, orders and yearless dates read the same way from claims and facts."""
from __future__ import annotations

import pytest

from factcheck.checks.orders import order_of
from factcheck.checks.slots import closest_clause, clauses, month_days, rank_of


@pytest.mark.parametrize("text, want", [
    ("It was the wettest autumn on record.", 1),
    ("Exports posted their third-largest monthly rise.", 3),
    ("C'est la deuxième année la plus sèche depuis 1959.", 2),
    ("Le port se classe au septième rang des ports les plus actifs.", 7),
    ("Sales rose by 4 % in March.", None),
])
def test_rank_of(text, want):
    assert rank_of(text) == want


@pytest.mark.parametrize("text, want", [
    ("Solar has overtaken coal in the region's power mix.", ("c:renewable", "c:coal")),   # concepts, any language
    ("Coal stayed just ahead of solar last year.", ("c:coal", "c:renewable")),
    ("Dans le classement, Lyon reste derrière Marseille.", ("marseill", "lyon")),          # words, when no concept
    ("Le fret ferroviaire dépasse désormais le fret fluvial.", ("fret", "fret")),
    ("Sales rose by 4 % in March.", None),
    # words of order before an amount bound it: the order is the one stated after (or none)
    ("Le solaire dépasse 20 % de la production et devance désormais le charbon.", ("c:renewable", "c:coal")),
    ("Solar produced less than 30 % of the region's power, behind coal.", ("c:coal", "c:renewable")),
    ("It was the first time in more than a decade that the region's plants burned coal.", None),
])
def test_order_of(text, want):
    assert order_of(text) == want


@pytest.mark.parametrize("text, want", [
    ("The bridge reopened on 3 March.", {(3, 3)}),
    ("The bridge reopened on March 3.", {(3, 3)}),
    ("Le pont a rouvert le 1er avril.", {(4, 1)}),
    ("La crue a culminé fin janvier.", {(1, None)}),
    ("Prices may fall, the bank said.", set()),          # "may" the modal is no month
    ("Il a fallu sept ans de travaux.", set()),           # "sept" the number is no month
])
def test_month_days(text, want):
    assert month_days(text) == want


def test_clauses_keep_decimal_commas():
    assert clauses("Le taux est de 7,5 %, en hausse") == ("Le taux est de 7,5 %", "en hausse")


def test_closest_clause_prefers_the_clause_of_the_same_place():
    fact = "Norway had its driest May on record, while the Nordic region as a whole had its fourth driest May."
    assert "fourth" in closest_clause(fact, "May was the driest on record for the Nordic region as a whole")
    assert rank_of(closest_clause(fact, "Norway had its driest May on record", having=rank_of)) == 1


@pytest.mark.parametrize("text, bound", [
    ("the first time in more than a decade", True),
    ("Velmor has run the line for more than six years", True),
    ("prices were higher than a year before", False),         # a time compared with, not a span bounded
    ("fares were lower than a year earlier", False),
    ("Le solaire dépasse 20 % de la production", True),
    ("Le fret dépasse désormais le fret fluvial", False),
])
def test_words_of_order_before_an_amount(text, bound):
    from factcheck.checks.orders import bounds_an_amount
    from factcheck.checks.slots import slot_patterns
    from factcheck.checks.text import fold
    folded = fold(text)
    m = min((m for key in ("ahead", "behind") for m in [slot_patterns()[key].search(folded)] if m), key=lambda m: m.start())
    assert bounds_an_amount(folded, m.start(), m.end()) is bound
