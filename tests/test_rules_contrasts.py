"""Rule tests: a member of a set of measures that exclude one another — a dividend's final, interim or total payment,
a balance at the year's end or on average, capacity owned or run for others, a result before or after tax
(``measure_contrasts`` of measures.yaml, ``checks/judge/contrasts.py``) — is confirmed only by a fact of that member;
and a measure spelled out is the one its acronym names (``checks/acronyms.py``); each a sentence checked against an
inline source list, its verdict and the rule."""
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
    title: Quillon full-year results 2025
    publisher: quillon
    published: 2026-02-18
    facts:
      - id: final-dividend
        statement: Quillon proposed a final ordinary dividend of 12.4p per share for 2025.
        subject: quillon
        quantity: {value: 0.124, unit: GBP per share}
        as_of: 2025
      - id: total-dividend
        statement: Quillon's total ordinary dividend for 2025 was 19.0p per share, up 5%.
        subject: quillon
        quantity: {value: 0.19, unit: GBP per share}
        as_of: 2025
      - id: average-net-debt
        statement: Quillon's average net debt was £412 million in 2025.
        subject: quillon
        quantity: {value: 412e6, unit: GBP}
        as_of: 2025
      - id: ebitda
        statement: Quillon's EBITDA rose 6.2% to £88.4 million in 2025.
        subject: quillon
        quantity: {value: 88.4e6, unit: GBP}
        as_of: 2025
      - id: pretax
        statement: Quillon's adjusted profit before tax rose 3.1% to £41.0 million in 2025.
        subject: quillon
        quantity: {value: 41.0e6, unit: GBP}
        as_of: 2025
      - id: operating
        statement: Quillon's adjusted group operating profit rose 9.0% to £60.2m in 2025, and the adjusted operating margin improved to 8.1% from 7.6%.
        subject: quillon
        quantity: {value: 60.2e6, unit: GBP}
        as_of: 2025
      - id: closing-net-debt
        statement: Quillon's net debt at the end of 2025 was £365 million.
        subject: quillon
        quantity: {value: 365e6, unit: GBP}
        as_of: 2025-12-31
  - id: brevanne-2025
    title: Résultats annuels 2025 du groupe Brévanne
    publisher: brevanne
    published: 2026-03-11
    facts:
      - id: solde
        statement: Brévanne proposera un solde du dividende ordinaire de 0,70 euro par action au titre de 2025.
        subject: brevanne
        quantity: {value: 0.7, unit: EUR per share}
        as_of: 2025
      - id: total
        statement: Le dividende total de Brévanne au titre de 2025 s'élève à 1,10 euro par action.
        subject: brevanne
        quantity: {value: 1.1, unit: EUR per share}
        as_of: 2025
      - id: ebe
        statement: L'EBE de Brévanne atteint 52,3 millions d'euros en 2025.
        subject: brevanne
        quantity: {value: 52.3e6, unit: EUR}
        as_of: 2025
      - id: net
        statement: Le bénéfice net de Brévanne s'élève à 18,7 millions d'euros en 2025.
        subject: brevanne
        quantity: {value: 18.7e6, unit: EUR}
        as_of: 2025
      - id: ro
        statement: Le résultat opérationnel du groupe Brévanne progresse de 7,5 % à 31,4 millions d'euros en 2025, et la marge opérationnelle atteint 6,2 %.
        subject: brevanne
        quantity: {value: 31.4e6, unit: EUR}
        as_of: 2025
      - id: tiers
        statement: En plus de ses propres parcs, Brévanne exploite 4,2 GW pour le compte de tiers fin 2025.
        subject: brevanne
        quantity: {value: 4.2, unit: GW}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def contrast_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the total dividend's figure said of the final one (and the reverse), the average balance's of the year-end one:
    # refuted by the fact of the article's own member
    ("Quillon's board recommends a final dividend of 19.0p.", "en", "contradicted", "quantity-measure"),
    ("Quillon will pay a total dividend of 12.4p per share.", "en", "contradicted", "quantity-measure"),
    ("Le conseil de Brévanne propose un dividende total de 0,70 euro.", "fr", "contradicted", "quantity-measure"),
    ("Quillon's year-end net debt was £412 million in 2025.", "en", "contradicted", "quantity-measure"),
    ("Quillon's pre-tax profit rose 9% to £60.2m.", "en", "contradicted", "quantity-measure"),
    # capacity run for others said of what the company owns, the operating result's figure said of the result before
    # tax, which no fact gives: unchecked
    ("Brévanne exploite pour son propre compte 4,2 GW fin 2025.", "fr", "unverified", None),
    ("Le résultat avant impôt de Brévanne progresse de 7,5 % à 31,4 millions d'euros.", "fr", "unverified", None),
    # controls: each said of its own member
    ("Quillon's board recommends a final dividend of 12.4p.", "en", "supported", "quantity"),
    ("Le conseil de Brévanne propose un dividende total de 1,10 euro.", "fr", "supported", "quantity"),
    ("Quillon's average net debt was £412 million in 2025.", "en", "supported", "quantity"),
    ("Quillon's net debt was £365 million at the end of 2025.", "en", "supported", "quantity"),
    ("Brévanne exploite 4,2 GW pour le compte de tiers fin 2025.", "fr", "supported", "quantity"),
    ("Quillon's adjusted operating profit rose 9% to £60.2m.", "en", "supported", "quantity"),
    ("Le résultat opérationnel de Brévanne progresse de 7,5 % à 31,4 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_member_of_a_contrast_set(contrast_checker, text, lang, want, rule):
    assert_outcome(last_statement(contrast_checker, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a measure spelled out is its acronym's: confirmed by the fact that writes the acronym
    ("Quillon's earnings before interest, tax, depreciation and amortisation rose 6.2 per cent to £88.4 million.", "en",
     "supported", "quantity"),
    # control: spelled out, it is still not another measure's figure
    ("Quillon's earnings before interest, tax, depreciation and amortisation rose 6.2 per cent to £41.0 million.", "en",
     "contradicted", "quantity-measure"),
])
def test_a_measure_spelled_out_is_its_acronym(contrast_checker, text, lang, want, rule):
    assert_outcome(last_statement(contrast_checker, text, lang), want, rule)


PARTS_LIST = """
version: 1
entities:
  marsden: {names: [Marsden, Marsden plc]}
  orvalis: {names: [Orvalis, groupe Orvalis]}
sources:
  - id: marsden-2025
    title: Marsden results 2025
    publisher: marsden
    published: 2026-03-04
    facts:
      - id: dividend
        statement: Marsden's total dividend for 2025 is 24.0p per share, with a final dividend of 16.5p.
        subject: marsden
        quantity: {value: 0.24, unit: GBP per share}
        as_of: 2025
  - id: orvalis-2025
    title: Résultats 2025 d'Orvalis
    publisher: orvalis
    published: 2026-03-05
    facts:
      - id: dividende
        statement: Le dividende total d'Orvalis au titre de 2025 est de 2,40 euros par action, stable, avec un dividende final de 1,60 euro.
        subject: orvalis
        quantity: {value: 2.4, unit: EUR per share}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def parts_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, PARTS_LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the words after a clause break that follows a fact's figure name the next figure's member, not its own: the
    # total's figure said of the final payment is another measure's
    ("Marsden held the final dividend for the year at 24.0p a share.", "en", "unverified", None),
    ("Orvalis maintient son dividende final au titre de 2025 à 2,40 euros par action.", "fr", "unverified", None),
    # controls: the total's figure said of the total
    ("Marsden held the total dividend for the year at 24.0p a share.", "en", "supported", "quantity"),
    ("Orvalis maintient son dividende total au titre de 2025 à 2,40 euros par action.", "fr", "supported", "quantity"),
])
def test_a_member_is_read_in_its_figures_own_clause(parts_checker, text, lang, want, rule):
    assert_outcome(last_statement(parts_checker, text, lang), want, rule)


NET_BEFORE_TAX = """
version: 1
sources:
  - id: corbane-2025
    title: Corbane, résultats annuels 2025
    published: 2026-03-18
    facts:
      - id: rnai
        statement: Le résultat net avant impôts de Corbane s'est élevé à 27,3 millions d'euros en 2025.
  - id: halvern-2025
    title: Halvern annual results 2025
    published: 2026-03-18
    facts:
      - id: npbt
        statement: Halvern's net profit before tax for 2025 was £41.9 million.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the result before tax written with « net » before it, as some lists write it: the article's pre-tax result
    ("Le résultat avant impôts de Corbane ressort à 27,3 millions d'euros en 2025.", "fr", "supported", "quantity"),
    ("Halvern's pre-tax profit came in at £41.9m in 2025.", "en", "supported", "quantity"),
    # (the controls: the net result after tax is another member)
    ("Le résultat net de Corbane ressort à 27,3 millions d'euros en 2025.", "fr", "unverified", None),
    ("Halvern's net profit was £41.9m in 2025.", "en", "unverified", None),
])
def test_a_net_result_before_tax_is_the_pre_tax_result(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, NET_BEFORE_TAX), text, lang), want, rule)


ELIDED_MEMBERS = """
version: 1
sources:
  - id: sorvane-2025
    title: Sorvane, résultats annuels 2025
    published: 2026-03-18
    facts:
      - id: ebe
        statement: L'EBE de Sorvane atteint 64,2 millions d'euros en 2025.
      - id: dette
        statement: L'endettement net de Sorvane s'élève à 212 millions d'euros fin 2025.
"""


@pytest.mark.parametrize("text, want, rule", [
    # a member written after an elided article, « l'EBE », « l'endettement net »: the figure of that member, not
    # the operating result's nor the net cash's
    ("Le résultat opérationnel de Sorvane atteint 64,2 millions d'euros en 2025.", "unverified", None),
    ("La trésorerie nette de Sorvane s'élève à 212 millions d'euros fin 2025.", "unverified", None),
    # (the controls: each said of its own member)
    ("L'excédent brut d'exploitation de Sorvane atteint 64,2 millions d'euros en 2025.", "supported", "quantity"),
    ("La dette nette de Sorvane s'élève à 212 millions d'euros fin 2025.", "supported", "quantity"),
])
def test_a_member_after_an_elided_article(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, ELIDED_MEMBERS), text, "fr"), want, rule)


PAYMENTS = """
version: 1
entities:
  tarnwick: {names: [Tarnwick, Tarnwick plc]}
  lorvane: {names: [Lorvane, groupe Lorvane]}
sources:
  - id: tarnwick-2025
    title: Tarnwick full-year results 2025
    publisher: tarnwick
    published: 2026-03-04
    facts:
      - id: interim
        statement: Tarnwick paid an interim dividend of 5.1p per share in November 2025.
        subject: tarnwick
        quantity: {value: 0.051, unit: GBP per share}
        as_of: 2025-11
      - id: final
        statement: Tarnwick's board recommends a final dividend of 14.6p per share for 2025.
        subject: tarnwick
        quantity: {value: 0.146, unit: GBP per share}
        as_of: 2025
  - id: lorvane-2025
    title: Résultats annuels 2025 du groupe Lorvane
    publisher: lorvane
    published: 2026-03-18
    facts:
      - id: acompte
        statement: Lorvane a versé en novembre 2025 un acompte sur dividende de 0,40 euro par action.
        subject: lorvane
        quantity: {value: 0.40, unit: EUR per share}
        as_of: 2025-11
      - id: solde
        statement: Lorvane proposera un solde du dividende de 0,85 euro par action au titre de 2025.
        subject: lorvane
        quantity: {value: 0.85, unit: EUR per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a dividend's figure is per share though the article leaves the share out ("a final dividend of 15.2p"): refuted
    # by the list's dividend per share (``implied_per`` of numbers.yaml)
    ("Tarnwick's board recommends a final dividend of 15.2p.", "en", "contradicted", "quantity"),
    ("Le conseil de Lorvane propose un solde du dividende de 0,95 euro.", "fr", "contradicted", "quantity"),
    # controls
    ("Tarnwick's board recommends a final dividend of 14.6p.", "en", "supported", "quantity"),
    ("Le conseil de Lorvane propose un solde du dividende de 0,85 euro.", "fr", "supported", "quantity"),
])
def test_a_dividend_is_per_share(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PAYMENTS), text, lang), want, rule)


TOTAL_ONLY = """
version: 1
entities:
  brenmoor: {names: [Brenmoor, Brenmoor plc]}
  valcresse: {names: [Valcresse, groupe Valcresse]}
sources:
  - id: brenmoor-2025
    title: Brenmoor full-year results 2025
    publisher: brenmoor
    published: 2026-02-26
    facts:
      - id: total
        statement: The full-year dividend for 2025 is 41.8p per share, up 6% on 2024.
        subject: brenmoor
        quantity: {value: 0.418, unit: GBP per share}
        as_of: 2025
  - id: valcresse-2025
    title: Résultats annuels 2025 du groupe Valcresse
    publisher: valcresse
    published: 2026-03-11
    facts:
      - id: total
        statement: Le dividende total de Valcresse au titre de 2025 s'élève à 2,30 euros par action.
        subject: valcresse
        quantity: {value: 2.30, unit: EUR per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a final payment read per share by its noun is no figure of the year's total: a list that gives only the total
    # neither confirms nor refutes it (``contrasts.implied_member_rate``)
    ("Brenmoor's final dividend of 28.4p will be paid in May.", "en", "unverified", None),
    ("Le solde du dividende de Valcresse, 1,50 euro, sera versé en mai.", "fr", "unverified", None),
    # controls: the total said wrongly is refuted, said rightly confirmed
    ("Brenmoor's full-year dividend for 2025 is 44.8p.", "en", "contradicted", "quantity"),
    ("Le dividende total de Valcresse au titre de 2025 s'élève à 2,30 euros.", "fr", "supported", "quantity"),
])
def test_a_final_payment_is_no_figure_of_the_total(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, TOTAL_ONLY), text, lang), want, rule)
