"""Rule tests: a figure of a fact's list (a head the sentence writes with several modifiers, "delivery orders …,
collection orders …") given to another member of that list is refuted by its own member's figure
(``checks/judge/listedpart.py``); and a part a fact's words take out ("which excludes lease liabilities") is not one
the article puts in (``part_exclusions`` of measures.yaml, ``checks/judge/inclusion.py``); a premium over the last
price is not one over an average price (``measure_contrasts``); each a sentence checked
against an inline source list, its verdict and the rule."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


LIST = """
version: 1
entities:
  quillon: {names: [Quillon, Quillon plc]}
  brevanne: {names: [Brévanne, groupe Brévanne]}
sources:
  - id: quillon-2025
    title: Quillon third-quarter trading 2025
    publisher: quillon
    published: 2025-11-04
    facts:
      - id: orders
        statement: In the third quarter of 2025 Quillon's delivery orders rose 6.6% while its collection orders fell 1.5%.
        subject: quillon
        quantity: {value: 6.6, unit: percent}
        as_of: 2025-Q3
      - id: regions
        statement: In 2025 Quillon's footwear revenue grew 11%, its apparel revenue grew 9% and its accessories revenue grew 4%.
        subject: quillon
        quantity: {value: 4, unit: percent}
        as_of: 2025
      - id: covenant-debt
        statement: Quillon's net debt on the covenant basis, which excludes lease liabilities, was £29.5m at the end of 2025.
        subject: quillon
        quantity: {value: 29.5e6, unit: GBP}
        as_of: 2025-12-31
      - id: share
        statement: Online revenue made up 83% of Quillon revenue in 2025 and grew 7%.
        subject: quillon
        quantity: {value: 83, unit: percent}
        as_of: 2025
      - id: work-position
        statement: Quillon's forward work position, order book plus preferred bidder positions, rose to £5.4bn at the end of 2025.
        subject: quillon
        quantity: {value: 5.4e9, unit: GBP}
        as_of: 2025-12-31
      - id: premium-average
        statement: Quillon's offer price is a premium of 43.6% over the six-month volume-weighted average share price.
        subject: quillon
        quantity: {value: 43.6, unit: percent}
  - id: brevanne-2025
    title: Activité du troisième trimestre 2025 du groupe Brévanne
    publisher: brevanne
    published: 2025-11-05
    facts:
      - id: commandes
        statement: Au troisième trimestre 2025, les commandes livrées de Brévanne ont progressé de 6,6 % et les commandes emportées ont reculé de 1,5 %.
        subject: brevanne
        quantity: {value: 6.6, unit: percent}
        as_of: 2025-Q3
"""


@pytest.fixture(scope="module")
def listed_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # one member's figure said of another member of the list: refuted by its own member's figure
    ("In the third quarter, Quillon's collection orders jumped 6.6%.", "en", "contradicted", "quantity-measure"),
    ("Quillon's footwear revenue grew 4% in 2025.", "en", "contradicted", "quantity-measure"),
    ("Au troisième trimestre, les commandes emportées de Brévanne ont bondi de 6,6 %.", "fr", "contradicted",
     "quantity-measure"),
    # a part the fact's words take out, said of the whole that counts it
    ("Quillon's net debt including lease liabilities fell to £29.5m at the end of 2025.", "en", "contradicted",
     "quantity-measure"),
    # controls: each figure said of its own member; a figure's complement ("83% of Quillon revenue") lists nothing
    ("In the third quarter, Quillon's delivery orders rose 6.6%.", "en", "supported", "quantity"),
    ("Quillon's accessories revenue grew 4% in 2025.", "en", "supported", "quantity"),
    ("Au troisième trimestre, les commandes livrées de Brévanne ont progressé de 6,6 %.", "fr", "supported", "quantity"),
    ("Quillon's online revenue, 83% of the total, grew 7% in 2025.", "en", "supported", None),
    # a measure counted on its own, confirmed by a fact that adds a part to it: another scope's figure
    ("Quillon's order book on its own stood at £5.4bn at the end of 2025.", "en", "contradicted", "quantity-measure"),
    ("Quillon's forward work position stood at £5.4bn at the end of 2025.", "en", "supported", "quantity"),
    # a premium over a day's price is not one over an average of prices (``measure_contrasts``: balance/closing)
    ("Quillon's offer price is a premium of 43.6% over the last price.", "en", "unverified", None),
    ("Quillon's offer price is a premium of 43.6% over the average share price of six months.", "en", "supported", None),
])
def test_a_member_of_a_fact_list(listed_checker, text, lang, want, rule):
    assert_outcome(last_statement(listed_checker, text, lang), want, rule)


WHOLE_LIST = """
version: 1
entities:
  quillon: {names: [Quillon, Quillon plc]}
sources:
  - id: quillon-2025
    title: Quillon full-year results 2025
    publisher: quillon
    published: 2026-02-18
    facts:
      - id: leisure-total
        statement: Total Leisure trading profit was £189m in 2025, up from £164m in 2024.
        subject: quillon
        quantity: {value: 189e6, unit: GBP}
        as_of: 2025
      - id: leisure-uk
        statement: UK Leisure trading profit rose 20% to £122m in 2025.
        subject: quillon
        quantity: {value: 122e6, unit: GBP}
        as_of: 2025
      - id: revenue
        statement: Quillon's total revenue for 2025 was 5,407 million US dollars, up 21%.
        subject: quillon
        quantity: {value: 5.407e9, unit: USD}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def whole_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, WHOLE_LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of a part a place names ("UK Leisure") said of the whole ("as a whole"), which another fact gives
    # otherwise ("Total Leisure"): wrong part (``wholescope``)
    ("Quillon's leisure division as a whole made a trading profit of £122m in 2025.", "en", "contradicted", "region"),
    # controls: said of the part; a place inside a currency's name ("US dollars") names no part
    ("Quillon's UK Leisure trading profit was £122m in 2025.", "en", "supported", "quantity"),
    ("Quillon's total revenue for 2025 reached about $5.4bn.", "en", "supported", "quantity"),
])
def test_a_part_said_of_the_whole(whole_checker, text, lang, want, rule):
    assert_outcome(last_statement(whole_checker, text, lang), want, rule)
