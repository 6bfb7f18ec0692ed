"""Rule tests: a fact about another thing than the claim's figure refutes nothing — a total paid for a price per
share, a margin for a share of the sales, a plan for what a party has, a year's denial by another year's event —
each a sentence checked against an inline source list, its verdict and the rule that decided it."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


LIST = """
version: 1
sources:
  - id: velmor
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: returns
        statement: In 2025 Velmor paid €98m of dividends and bought back €290m of its own shares.
        quantity: {value: 290000000, unit: EUR}
        as_of: 2025
      - id: margin
        statement: Velmor's operating margin was 9.7% of sales in 2025.
        quantity: {value: 9.7, unit: percent}
        as_of: 2025
      - id: stores
        statement: In the year ahead Velmor plans to open 10 new stores.
        quantity: {value: 10, unit: stores}
        as_of: 2026
      - id: buyback-2024
        statement: In 2024 Velmor bought back shares worth €200m.
        quantity: {value: 200000000, unit: EUR}
        as_of: 2024
"""

LISTE = """
version: 1
sources:
  - id: norvel
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: dividende
        statement: Le dividende par action de Norvel sera de 0,75 euro au titre de 2025.
        quantity: {value: 0.75, unit: EUR}
        as_of: 2025
      - id: marge
        statement: La marge opérationnelle de Norvel atteint 7,6 % du chiffre d'affaires en 2025.
        quantity: {value: 7.6, unit: percent}
        as_of: 2025
      - id: magasins
        statement: Norvel projette d'ouvrir 12 nouveaux magasins en 2026.
        quantity: {value: 12, unit: magasins}
        as_of: 2026
      - id: objectifs
        statement: Norvel abaisse ses objectifs 2024 et vise une croissance comprise entre 1 % et 2 %.
        as_of: 2024
"""


@pytest.fixture(scope="module")
def measure_checkers(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, LIST), "fr": checker_for(tmp_path_factory, LISTE)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # a price per share against a total paid: only a fact that writes the rate ("per share", « par action ») gives it
    ("Velmor will propose a dividend of €0.60 per share.", "en", "unverified", None),
    ("Velmor bought back €250m of its own shares in 2025.", "en", "contradicted", "quantity"),
    ("Norvel versera un dividende de 0,80 euro par action au titre de 2025.", "fr", "contradicted", "quantity"),
    ("Norvel versera un dividende de 0,75 euro par action au titre de 2025.", "fr", "supported", "quantity"),
    # a share of the sales is no margin on them
    ("Professional coffee makes up 19% of Velmor's sales in 2025.", "en", "unverified", None),
    ("Velmor's operating margin was 10.7% of sales in 2025.", "en", "contradicted", "quantity"),
    ("Les modèles électriques pèsent 9 % des ventes de Norvel en 2025.", "fr", "unverified", None),
    ("La marge opérationnelle de Norvel atteint 8,6 % du chiffre d'affaires en 2025.", "fr", "contradicted", "quantity"),
    # what a party plans is no count of what it has
    ("Velmor, which has 457 stores, reported its results on Thursday.", "en", "unverified", None),
    ("In the year ahead Velmor plans to open 14 new stores.", "en", "contradicted", "quantity"),
    ("Norvel, qui compte 457 magasins, a publié ses résultats jeudi.", "fr", "unverified", None),
    ("Norvel projette d'ouvrir 15 nouveaux magasins en 2026.", "fr", "contradicted", "quantity"),
    # a denial set in a year written before it is not refuted by another year's event
    ("Pour 2025, la direction de Norvel n'a pas communiqué d'objectif de croissance.", "fr", "unverified", None),
    ("Pour 2025, la direction de Norvel n'a pas communiqué d'objectifs.", "fr", "unverified", None),
    ("Pour 2024, la direction de Norvel n'a pas communiqué d'objectifs.", "fr", "contradicted", "negation"),
    ("In 2023, Velmor did not buy back any shares.", "en", "unverified", None),
    ("In 2024, Velmor did not buy back any shares.", "en", "contradicted", "negation"),
])
def test_a_fact_of_another_measure_refutes_nothing(measure_checkers, text, lang, want, rule):
    assert_outcome(last_statement(measure_checkers[lang], text, lang), want, rule)


PARTIES = """
version: 1
entities:
  velmor-biotech: {names: [Velmor Biotech]}
  velmor-ag: {names: [Velmor AG]}
sources:
  - id: velmor-biotech-2025
    title: Velmor Biotech annual results 2025
    published: 2026-02-26
    facts:
      - id: revenue
        statement: Velmor Biotech's revenue was €2.8bn in 2025.
        quantity: {value: 2800000000, unit: EUR}
        as_of: 2025
      - id: dividend
        statement: Velmor Biotech proposed a dividend of €0.80 per share for 2025, up 5%, a third of its net profit.
        quantity: {value: 0.80, unit: EUR per share}
        as_of: 2025
      - id: holder
        statement: Velmor AG holds 72% of Velmor Biotech's shares.
        quantity: {value: 72, unit: percent}
        as_of: 2025
"""

PARTIES_FR = """
version: 1
entities:
  norvel-biotech: {names: [Norvel Biotech]}
  norvel-sa: {names: [Norvel SA]}
sources:
  - id: norvel-biotech-2025
    title: Norvel Biotech, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: chiffre-affaires
        statement: Le chiffre d'affaires 2025 de Norvel Biotech s'élève à 2 800 millions d'euros.
        quantity: {value: 2800000000, unit: EUR}
        as_of: 2025
      - id: dividende
        statement: Norvel Biotech propose un dividende de 0,80 euro par action au titre de 2025, en hausse de 5 %, soit un tiers de son résultat net.
        quantity: {value: 0.80, unit: EUR per action}
        as_of: 2025
      - id: actionnaire
        statement: Norvel SA détient 72 % du capital de Norvel Biotech.
        quantity: {value: 72, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def party_checkers(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, PARTIES), "fr": checker_for(tmp_path_factory, PARTIES_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of a party of the list that the disagreeing fact does not name (its parent, named in apposition)
    ("Its parent, Velmor AG, posted revenue of €3.4bn in 2025.", "en", "unverified", None),
    ("Velmor Biotech posted revenue of €3.4bn in 2025.", "en", "contradicted", "quantity"),
    ("Sa maison mère, Norvel SA, a réalisé un chiffre d'affaires de 3 400 millions d'euros en 2025.", "fr", "unverified", None),
    ("Norvel Biotech a réalisé un chiffre d'affaires de 3 400 millions d'euros en 2025.", "fr", "contradicted", "quantity"),
])
def test_a_fact_of_another_party_than_the_one_named_in_apposition_refutes_nothing(party_checkers, text, lang, want, rule):
    assert_outcome(last_statement(party_checkers[lang], text, lang), want, rule)



SCOPES = """
version: 1
entities:
  velmor: {names: [Velmor, Velmor Homes]}
  norvel: {names: [Norvel, groupe Norvel]}
sources:
  - id: velmor-2025
    title: Velmor Homes annual results 2025
    published: 2026-02-26
    facts:
      - id: completions-excl
        statement: Velmor's completions excluding joint ventures were 8,412 homes in 2025.
        subject: velmor
        quantity: {value: 8412, unit: homes}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: livraisons-hors
        statement: Les livraisons de Norvel hors coentreprises ont atteint 6 215 logements en 2025.
        subject: norvel
        quantity: {value: 6215, unit: logements}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact gives with a part taken out is not the figure of the whole with that part put in
    ("Velmor's completions, including joint ventures, came to 8,412 homes in 2025.", "en", "contradicted",
     "quantity-measure"),
    ("Les livraisons de Norvel, y compris les coentreprises, ont atteint 6 215 logements en 2025.", "fr",
     "contradicted", "quantity-measure"),
    ("Velmor's completions excluding joint ventures came to 8,412 homes in 2025.", "en", "supported", None),
    ("Les livraisons de Norvel hors coentreprises ont atteint 6 215 logements en 2025.", "fr", "supported", None),
])
def test_a_part_put_in_against_a_part_taken_out(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SCOPES), text, lang), want, rule)


SCOPES_AFTER = """
version: 1
entities:
  kestra: {names: [Kestra]}
  brenmar: {names: [Brenmar]}
  tarsa: {names: [Tarsa]}
sources:
  - id: kestra-2025
    title: Kestra annual results 2025
    published: 2026-02-26
    facts:
      - id: profit-incl
        statement: Tarsa included, Kestra's operating profit rose 6% to €412 million in 2025.
        subject: kestra
        quantity: {value: 4.12e8, unit: EUR}
        as_of: 2025
      - id: resultat-incl
        statement: Tarsa compris, le résultat d'exploitation de Brenmar a progressé de 4 % à 318 millions d'euros en 2025.
        subject: brenmar
        quantity: {value: 3.18e8, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the part a fact puts in by a word written after it ("Tarsa included", « Tarsa compris ») is taken out by the claim
    ("Excluding Tarsa, Kestra's operating profit came to €412 million in 2025.", "en", "contradicted", "quantity-measure"),
    ("Hors Tarsa, le résultat d'exploitation de Brenmar s'est élevé à 318 millions d'euros en 2025.", "fr", "contradicted",
     "quantity-measure"),
    ("Including Tarsa, Kestra's operating profit came to €412 million in 2025.", "en", "supported", None),
    ("En incluant Tarsa, le résultat d'exploitation de Brenmar s'est élevé à 318 millions d'euros en 2025.", "fr",
     "supported", None),
])
def test_a_part_put_in_after_its_name(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SCOPES_AFTER), text, lang), want, rule)


SAME_THING = """
version: 1
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: dividend
        statement: Velmor proposed a dividend of €0.80 per share for 2025, up 5%, a third of its net profit.
        quantity: {value: 0.80, unit: EUR per share}
        as_of: 2025
      - id: cash
        statement: Velmor's net cash was €310 million at the end of 2025.
        quantity: {value: 310000000, unit: EUR}
        as_of: 2025
      - id: revenue
        statement: Velmor's revenue was €642 million in 2025.
        quantity: {value: 642000000, unit: EUR}
        as_of: 2025
      - id: revenue-2024
        statement: Velmor's revenue was €601 million in 2024.
        quantity: {value: 601000000, unit: EUR}
        as_of: 2024
      - id: homes
        statement: Velmor completed 10,593 homes in 2025.
        quantity: {value: 10593, unit: homes}
        as_of: 2025
      - id: road-deaths
        statement: In Ostria, 3,190 people were killed on the roads in 2025.
        quantity: {value: 3190, unit: people}
        as_of: 2025
"""

MEME_CHOSE = """
version: 1
sources:
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: dividende
        statement: Norvel propose un dividende de 0,80 euro par action au titre de 2025, en hausse de 5 %, soit un tiers de son bénéfice net.
        quantity: {value: 0.80, unit: EUR per action}
        as_of: 2025
      - id: tresorerie
        statement: La trésorerie nette de Norvel atteignait 310 millions d'euros fin 2025.
        quantity: {value: 310000000, unit: EUR}
        as_of: 2025
      - id: ca
        statement: Le chiffre d'affaires de Norvel s'élève à 642 millions d'euros en 2025.
        quantity: {value: 642000000, unit: EUR}
        as_of: 2025
      - id: ca-2024
        statement: Le chiffre d'affaires de Norvel s'élevait à 601 millions d'euros en 2024.
        quantity: {value: 601000000, unit: EUR}
        as_of: 2024
      - id: logements
        statement: Norvel a livré 10 593 logements en 2025.
        quantity: {value: 10593, unit: logements}
        as_of: 2025
      - id: tues
        statement: En Ostrie, 3 190 personnes ont été tuées sur les routes en 2025.
        quantity: {value: 3190, unit: personnes}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def same_thing_checkers(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, SAME_THING), "fr": checker_for(tmp_path_factory, MEME_CHOSE)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # what the declared figure measures is read in its own clause: a dividend, not the profit named after it
    ("Velmor's net profit per share came to €2.40 in 2025.", "en", "unverified", None),
    ("Velmor proposed a dividend of €0.90 per share for 2025.", "en", "contradicted", "quantity"),
    ("Le bénéfice net par action de Norvel s'élève à 2,40 euros en 2025.", "fr", "unverified", None),
    ("Norvel propose un dividende de 0,90 euro par action au titre de 2025.", "fr", "contradicted", "quantity"),
    # net cash is no profit; a closing share price is no dividend
    ("Velmor's net profit came in at €380 million in 2025.", "en", "unverified", None),
    ("Velmor's net cash was €350 million at the end of 2025.", "en", "contradicted", "quantity"),
    ("Le bénéfice net de Norvel s'est établi à 380 millions d'euros en 2025.", "fr", "unverified", None),
    ("La trésorerie nette de Norvel atteignait 350 millions d'euros fin 2025.", "fr", "contradicted", "quantity"),
    ("Le 14 février 2025, l'action Norvel avait clôturé à 95,70 euros.", "fr", "unverified", None),
    # a half's change is not computed from two years' totals
    ("In the first half of 2025, Velmor's revenue rose 8.4%.", "en", "unverified", None),
    ("In 2025, Velmor's revenue rose 8.4%.", "en", "contradicted", "derived-change"),
    ("Au premier semestre 2025, le chiffre d'affaires de Norvel a progressé de 8,4 %.", "fr", "unverified", None),
    ("En 2025, le chiffre d'affaires de Norvel a progressé de 8,4 %.", "fr", "contradicted", "derived-change"),
    # affordable homes are a part of the homes completed (a qualifier of what is counted, ``qualifiers``)
    ("Velmor delivered 2,178 affordable homes in 2025.", "en", "unverified", None),
    ("Velmor completed 10,100 homes in 2025.", "en", "contradicted", "quantity"),
    ("Norvel a livré 2 178 logements abordables en 2025.", "fr", "unverified", None),
    ("Norvel a livré 10 100 logements en 2025.", "fr", "contradicted", "quantity"),
    # and pedestrians a part of the people killed on the roads
    ("In Ostria, drivers killed 451 people on foot in 2025.", "en", "unverified", None),
    ("In Ostria, 3,500 people were killed on the roads in 2025.", "en", "contradicted", "quantity"),
    ("En Ostrie, 451 piétons ont été tués en 2025.", "fr", "unverified", None),
    ("En Ostrie, 3 500 personnes ont été tuées sur les routes en 2025.", "fr", "contradicted", "quantity"),
])
def test_only_a_fact_of_the_same_thing_refutes(same_thing_checkers, text, lang, want, rule):
    assert_outcome(last_statement(same_thing_checkers[lang], text, lang), want, rule)


DIVISIONS = """
version: 1
entities:
  velmor-thermal: {names: [Velmor Thermal]}
  norvel-energie: {names: [Norvel Energie]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: production
        statement: Global industrial production growth in 2025 was 1.7%, and all three Velmor divisions still delivered organic sales growth.
        quantity: {value: 1.7, unit: percent}
        as_of: 2025
      - id: thermal
        statement: Velmor Thermal's organic revenue growth was 1% in 2025.
        quantity: {value: 1, unit: percent}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: production
        statement: La production industrielle mondiale a progressé de 1,7 % en 2025, et les trois divisions de Norvel ont toutes accru leur chiffre d'affaires.
        quantity: {value: 1.7, unit: percent}
        as_of: 2025
      - id: energie
        statement: Le chiffre d'affaires de Norvel Energie a progressé de 1 % en 2025.
        quantity: {value: 1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, shown", [
    # a wrong figure is shown against the fact that names its measure and its party, not a closer one of another measure
    ("Velmor Thermal's organic sales rose 4% in 2025.", "en", "1 %"),
    ("Le chiffre d'affaires de Norvel Energie a progressé de 4 % en 2025.", "fr", "1 %"),
])
def test_a_wrong_figure_is_shown_against_the_fact_of_its_measure(tmp_path_factory, text, lang, shown):
    st = last_statement(checker_for(tmp_path_factory, DIVISIONS), text, lang)
    assert_outcome(st, "contradicted", "quantity")
    assert shown in " ".join(c.explanation for c in st.claims)


@pytest.mark.parametrize("text, lang", [
    ("Velmor's net asset value per share rose to 3,595 pence from 3,363 pence.", "en"),
    ("Le dividende par action de Norvel est passé à 2,40 euros contre 2,10 euros en 2024.", "fr"),
])
def test_a_starting_level_after_a_rate_is_that_rate(text, lang):
    from rulehelpers import _analysed
    units = [q.unit for c in _analysed(text, lang).claims for q in c.quantities]
    assert len(units) == 2 and all(" per " in u for u in units), units


VERSIONS = """
version: 1
sources:
  - id: velmor
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: eps-nav
        statement: Velmor's earnings per share rose 8% to 96.0 pence in 2025 and net assets per share rose 15% to 410.5 pence.
        quantity: {value: 0.96, unit: GBP per share}
        as_of: 2025
      - id: final-dividend
        statement: The proposed final dividend of Velmor is 12.4p.
        quantity: {value: 0.124, unit: GBP per share}
        as_of: 2025
      - id: adjusted-pbt
        statement: Velmor's adjusted profit before tax rose 20% to 210 million pounds in 2025.
        quantity: {value: 210000000, unit: GBP}
        as_of: 2025
      - id: statutory-pbt
        statement: On a statutory basis, Velmor made a loss before tax of 45 million pounds in 2025.
        quantity: {value: -45000000, unit: GBP}
        as_of: 2025
  - id: norvel
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: bpa-actif
        statement: Le bénéfice par action de Norvel a progressé de 6 % à 2,35 euros en 2025 et l'actif net par action a augmenté de 9 % à 31,20 euros.
        quantity: {value: 2.35, unit: EUR per share}
        as_of: 2025
      - id: dividende-final
        statement: Le dividende final proposé par Norvel est de 0,42 euro.
        quantity: {value: 0.42, unit: EUR per share}
        as_of: 2025
      - id: resultat-ajuste
        statement: Le résultat avant impôt ajusté de Norvel a atteint 212 millions d'euros en 2025.
        quantity: {value: 212000000, unit: EUR}
        as_of: 2025
      - id: resultat-publie
        statement: En données publiées, Norvel a enregistré une perte avant impôt de 38 millions d'euros en 2025.
        quantity: {value: -38000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure a sentence's coordinated clause does not qualify: "and net assets …" names the next figure's measure
    ("Velmor's earnings per share rose 8% to 69p in 2025.", "en", "contradicted", "quantity"),
    ("Velmor's earnings per share rose 8% to 96p in 2025.", "en", "supported", "quantity"),
    ("Le bénéfice par action de Norvel a progressé de 6 % à 2,53 euros en 2025.", "fr", "contradicted", "quantity"),
    ("Le bénéfice par action de Norvel a progressé de 6 % à 2,35 euros en 2025.", "fr", "supported", "quantity"),
    # a rate only the list declares: the sentence's bare amount, as the article writes it
    ("Velmor's board proposed a final dividend of 12.9p.", "en", "contradicted", "quantity"),
    ("Velmor's board proposed a final dividend of 12.4p.", "en", "supported", "quantity"),
    ("Norvel propose un dividende final de 0,47 euro.", "fr", "contradicted", "quantity"),
    ("Norvel propose un dividende final de 0,42 euro.", "fr", "supported", "quantity"),
    # a figure of one version of a result is refuted by the source's figure of that version
    ("Velmor's statutory profit before tax rose 20% to £210m in 2025.", "en", "contradicted", "quantity-measure"),
    ("Velmor's adjusted profit before tax rose 20% to £210m in 2025.", "en", "supported", "quantity"),
    ("En données publiées, le résultat avant impôt de Norvel a atteint 212 millions d'euros en 2025.", "fr", "contradicted", "quantity-measure"),
    ("Le résultat avant impôt ajusté de Norvel a atteint 212 millions d'euros en 2025.", "fr", "supported", "quantity"),
])
def test_a_figure_is_read_against_its_own_clause_rate_and_version(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, VERSIONS), text, lang), want, rule)


SCALES = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: ardent
        statement: The takeover of Ardent added €148.2 million to Velmor's revenue in 2025.
        quantity: {value: 148200000, unit: EUR}
        as_of: 2025
      - id: waiting
        statement: Velmor's solvency ratio was 231% at the end of 2025, up from 219% a year earlier.
        quantity: {value: 231, unit: percent}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: ardent-fr
        statement: L'intégration d'Ardent a ajouté 148,2 millions d'euros au chiffre d'affaires de Norvel en 2025.
        quantity: {value: 148200000, unit: EUR}
        as_of: 2025
      - id: attente
        statement: Le ratio de solvabilité de Norvel atteignait 231 % fin 2025, contre 219 % l'année précédente.
        quantity: {value: 231, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def scale_checkers(tmp_path_factory):
    checker = checker_for(tmp_path_factory, SCALES)       # (one list of both languages' facts)
    return {"en": checker, "fr": checker}


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure a million times off whose digits are not the fact's is no slip of it: read as any other figure
    ("On Thursday Velmor's stock climbed 13% to €152.60, the biggest gain in the index.", "en", "unverified", None),
    ("The takeover of Ardent added €148.2 billion to Velmor's revenue in 2025.", "en", "contradicted", "quantity-magnitude"),
    ("Jeudi, le titre Norvel a grimpé de près de 13 %, à 152,60 euros, la plus forte hausse de l'indice.", "fr", "unverified", None),
    ("L'intégration d'Ardent a ajouté 148,2 milliards d'euros au chiffre d'affaires de Norvel en 2025.", "fr", "contradicted", "quantity-magnitude"),
])
def test_only_a_fact_of_the_figures_measure_refutes_it(scale_checkers, text, lang, want, rule):
    assert_outcome(last_statement(scale_checkers[lang], text, lang), want, rule)


SHARES = """
version: 1
entities:
  tarnwell: {names: [Tarnwell]}
sources:
  - id: tarnwell
    title: Tarnwell annual report 2025
    published: 2026-03-02
    facts:
      - id: export-share
        statement: 62% of Tarnwell's export sales in 2025 came from machine tools.
        subject: tarnwell
        quantity: {value: 62, unit: percent}
        as_of: 2025
      - id: part-export
        statement: En 2025, 62 % des exportations de Tarnwell provenaient des machines-outils.
        subject: tarnwell
        quantity: {value: 62, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a share of the whole is not the share a fact gives of a part the claim does not name
    ("Tarnwell said 62% of its overall sales now came from machine tools.", "en", "unverified", None),
    ("Selon Tarnwell, 62 % de l'ensemble de ses ventes provenaient des machines-outils.", "fr", "unverified", None),
    # controls: the part named
    ("Tarnwell said 62% of its export sales came from machine tools.", "en", "supported", "quantity"),
    ("Selon Tarnwell, 62 % de ses exportations provenaient des machines-outils.", "fr", "supported", "quantity"),
])
def test_a_share_of_the_whole_is_no_share_of_a_part(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SHARES), text, lang), want, rule)


MONTHS = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: korvane-results
    title: Korvane annual results 2025
    published: 2025-09-18
    facts:
      - id: revenue
        statement: Korvane's revenue rose 6% to a record £642.7m in the year to 30 June 2025.
        subject: korvane
        quantity: {value: 642700000, unit: GBP}
        as_of: 2025-06
      - id: ca
        statement: Le chiffre d'affaires de Korvane a atteint 581,9 millions d'euros sur l'exercice clos fin juin 2025.
        subject: korvane
        quantity: {value: 581900000, unit: EUR}
        as_of: 2025-06
"""


@pytest.fixture(scope="module")
def month_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, MONTHS)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact that shares with the claim only the month its figure is dated by (and "the end of", « fin ») measures
    # something else: it refutes nothing; a fact of the claim's measure still does
    ("Korvane held £214.8m of cash on deposit at the end of June.", "en", "unverified", None),
    ("Korvane's revenue rose 6% to a record £612.7m in the year to 30 June 2025.", "en", "contradicted", "quantity"),
    # (a claim that names little of its own besides its date may mean the fact of its month)
    ("By the end of June, the total for the year stood at £612.7m.", "en", "contradicted", "quantity"),
    ("Fin juin, la trésorerie et les dépôts bancaires s'élevaient à 197,2 millions d'euros.", "fr", "unverified", None),
    ("Les dépôts bancaires et la trésorerie atteignaient 197,2 millions d'euros fin juin.", "fr", "unverified",
     None),
    # (nor the words that name the accounting year, « l'exercice »)
    ("Sur l'exercice, la trésorerie et les dépôts bancaires s'élevaient à 197,2 millions d'euros.", "fr", "unverified",
     None),
    ("Le chiffre d'affaires de Korvane a atteint 561,9 millions d'euros sur l'exercice clos fin juin 2025.", "fr",
     "contradicted", "quantity"),
])
def test_a_fact_sharing_only_a_month_refutes_nothing(month_checker, text, lang, want, rule):
    assert_outcome(last_statement(month_checker, text, lang), want, rule)



CLAUSES = """
version: 1
entities:
  quillon: {names: [Quillon]}
  berlane: {names: [Berlane]}
sources:
  - id: quillon-2025
    title: Quillon annual results 2025
    published: 2026-03-04
    facts:
      - id: leverage
        statement: Quillon's net debt fell to 1.4 times underlying EBITDA at the end of 2025, from 1.7 times a year earlier.
        quantity: {value: 1.4, unit: times}
        as_of: 2025
      - id: margin
        statement: Quillon's operating margin was 14.2% in 2025.
        quantity: {value: 14.2, unit: percent}
        as_of: 2025
  - id: berlane-2025
    title: Berlane, résultats annuels 2025
    published: 2026-03-11
    facts:
      - id: levier
        statement: La dette nette de Berlane a reculé à 1,6 fois l'Ebitda courant fin 2025.
        quantity: {value: 1.6, unit: times}
        as_of: 2025
      - id: marge
        statement: La marge opérationnelle de Berlane a atteint 11,3 % en 2025.
        quantity: {value: 11.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a clause naming a measure of its own, after figures of another kind, is not qualified by their words
    ("Quillon's net debt fell to 1.4 times underlying EBITDA, while its operating margin reached 14.8%.", "en", "mixed",
     "quantity"),
    ("La dette nette de Berlane a reculé à 1,6 fois l'Ebitda courant et sa marge opérationnelle a atteint 13,1 %.",
     "fr", "mixed", "quantity"),
])
def test_a_clause_of_its_own_measure_is_not_qualified_by_another_s(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CLAUSES), text, lang), want, rule)


SUBSIDIARY_SCOPE = """
version: 1
entities:
  norbeck: {names: [Norbeck]}
sources:
  - id: velmor
    title: Velmor annual results 2025
    published: 2026-03-05
    facts:
      - id: revenue-all
        statement: Velmor's revenue, including Norbeck from its purchase in June, rose 7.2% to £2.31 billion in 2025.
        quantity: {value: 2310000000, unit: GBP}
        as_of: 2025
      - id: revenue-without
        statement: Excluding Norbeck, Velmor's revenue fell 3% to about £1.98 billion in 2025.
        quantity: {value: 1980000000, unit: GBP, bound: about}
        as_of: 2025
  - id: velmor-fr
    title: Velmor, résultats annuels 2025
    published: 2026-03-05
    facts:
      - id: ca-tout
        statement: Le chiffre d'affaires de Velmor, y compris Norbeck depuis son rachat en juin, a progressé de 7,2 % à 2,64 milliards d'euros en 2025.
        quantity: {value: 2640000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a part taken out before a sentence's first figure ("Stripping out Norbeck, …", « Hors Norbeck, … ») scopes each
    # of its figures: the figure of a whole the fact counts the part in is not the rest's
    ("Stripping out Norbeck, Velmor's revenue rose 7.2% to £2.31bn in 2025.", "en", "contradicted"),
    ("Including Norbeck, Velmor's revenue rose 7.2% to £2.31bn in 2025.", "en", "supported"),
    ("Hors Norbeck, le chiffre d'affaires de Velmor a progressé de 7,2 % à 2,64 milliards d'euros en 2025.", "fr",
     "contradicted"),
])
def test_a_part_taken_out_before_the_first_figure_scopes_them_all(tmp_path_factory, text, lang, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SUBSIDIARY_SCOPE), text, lang), want)


FEW_WORDS_OF_ITS_OWN = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-results
    title: Velmor annual results 2024-25
    published: 2025-05-14
    facts:
      - id: archive
        statement: Velmor's net bookings from its archive fell 13.5% to 1,296.3 million euros in 2024-25.
        subject: velmor
        quantity: {value: 1.2963e9, unit: EUR}
        as_of: 2025-03
      - id: catalogue
        statement: Le net bookings du catalogue de Velmor a reculé de 13,5 % à 1 296,3 millions d'euros en 2024-25.
        subject: velmor
        quantity: {value: 1.2963e9, unit: EUR}
        as_of: 2025-03
  - id: norvel-deal
    title: Norvel to invest in a Velmor subsidiary
    published: 2025-05-20
    facts:
      - id: stake
        statement: Norvel will invest 1.16 billion euros for a 25% stake in a new Velmor subsidiary.
        subject: norvel
        quantity: {value: 1.16e9, unit: EUR}
        as_of: 2025-05
      - id: participation
        statement: Norvel investira 1,16 milliard d'euros pour une participation de 25 % dans une nouvelle filiale de Velmor.
        subject: norvel
        quantity: {value: 1.16e9, unit: EUR}
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang", [
    ("The archive brought in about 1.3 billion euros.", "en"),
    ("Le catalogue a rapporté environ 1,3 milliard d'euros.", "fr"),
])
def test_a_claim_of_few_words_is_about_what_the_fact_of_its_figure_names(tmp_path_factory, text, lang):
    # two words of its own, which the archive's fact of its very figure shares: the investment, sharing none, is
    # about something else and refutes nothing; the archive's fact, of a narrower measure ("net"), confirms it
    assert_outcome(last_statement(checker_for(tmp_path_factory, FEW_WORDS_OF_ITS_OWN), text, lang), "supported", "quantity")



RETURNS = """
version: 1
sources:
  - id: corvane
    title: Corvane annual results 2025
    published: 2026-03-04
    facts:
      - id: margin
        statement: Corvane's operating margin rose by 80 basis points to 14.6% in 2025.
        quantity: {value: 14.6, unit: percent}
        as_of: 2025
      - id: roic
        statement: Corvane's return on invested capital rose to 21.3% in 2025, up 120 basis points.
        quantity: {value: 21.3, unit: percent}
        as_of: 2025
"""

RENTABILITE = """
version: 1
sources:
  - id: corvane
    title: Corvane, résultats annuels 2025
    published: 2026-03-04
    facts:
      - id: marge
        statement: La marge opérationnelle de Corvane a progressé de 80 points de base, à 14,6 %, en 2025.
        quantity: {value: 14.6, unit: percent}
        as_of: 2025
      - id: rentabilite
        statement: La rentabilité des capitaux employés de Corvane s'établit à 21,3 % en 2025, en hausse de 120 points de base.
        quantity: {value: 21.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a return on the capital invested or employed is a measure of its own: the margin's figure is not its
    ("Corvane's return on invested capital rose by 80 basis points to 14.6% in 2025.", "en", "contradicted",
     "quantity-measure"),
    ("La rentabilité des capitaux investis de Corvane a progressé de 80 points de base à 14,6 % en 2025.", "fr",
     "contradicted", "quantity-measure"),
    ("En 2025, la rentabilité des capitaux investis de Corvane s'est améliorée de 80 points de base pour atteindre "
     "14,6 %.", "fr", "contradicted", "quantity-measure"),
    ("Corvane's operating margin rose by 80 basis points to 14.6% in 2025.", "en", "supported", "quantity"),
    ("La marge opérationnelle de Corvane a progressé de 80 points de base, à 14,6 %, en 2025.", "fr", "supported",
     "quantity"),
])
def test_a_return_on_capital_is_not_the_margin(tmp_path_factory, text, lang, want, rule):
    listed = RETURNS if lang == "en" else RENTABILITE
    assert_outcome(last_statement(checker_for(tmp_path_factory, listed), text, lang), want, rule)


QUALIFIED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    publisher: velmor
    published: 2026-02-26
    facts:
      - id: continuing
        statement: Net profit from continuing operations fell 31.5% to £44m in 2025.
        quantity: {value: -31.5, unit: percent}
        as_of: 2025
      - id: net
        statement: Velmor's net profit was £9m in 2025, against £64m in 2024.
        subject: velmor
        quantity: {value: 9000000, unit: GBP}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    publisher: norvel
    published: 2026-02-26
    facts:
      - id: poursuivies
        statement: Le résultat net des activités poursuivies recule de 27,5 % à 31 millions d'euros.
        quantity: {value: -27.5, unit: percent}
        as_of: 2025
      - id: net
        statement: Le résultat net total de Norvel est de 4 millions d'euros, contre 42 millions d'euros en 2024.
        subject: norvel
        quantity: {value: 4000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the qualified measure's figure given for the plain one, refuted by the change the plain one's fact gives
    ("Velmor's net profit fell 31.5%.", "en", "contradicted", "quantity-measure"),
    ("Velmor's net profit from continuing operations fell 31.5% in 2025.", "en", "supported", "quantity"),
    ("Le résultat net de Norvel recule de 27,5 %.", "fr", "contradicted", "quantity-measure"),
    ("Le résultat net des activités poursuivies de Norvel recule de 27,5 % en 2025.", "fr", "supported", "quantity"),
])
def test_a_qualified_measures_figure_is_not_the_plain_measures(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, QUALIFIED), text, lang), want, rule)


MEMBERS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    publisher: velmor
    published: 2026-02-26
    facts:
      - id: marine
        statement: Velmor's Marine sales grew 9.2% at constant exchange rates in 2025.
        subject: velmor
        quantity: {value: 9.2, unit: percent}
        as_of: 2025
      - id: rail
        statement: Velmor's Rail sales grew 7.3% at constant exchange rates in 2025.
        subject: velmor
        quantity: {value: 7.3, unit: percent}
        as_of: 2025
      - id: but-one
        statement: Sales of all Velmor products other than Kestrin grew 12.2% in 2025.
        subject: velmor
        quantity: {value: 12.2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a member of a family the list gives each its own fact, given another fact's figure: that member's refutes it
    ("Velmor's Marine sales grew 12.2%.", "en", "unverified", "region"),      # (in the list's language: a part unnamed)
    ("Chez Velmor, la marine a progressé de 12,2 %.", "fr", "contradicted", "quantity-measure"),
    ("Velmor's Marine sales grew 9.2%.", "en", "supported", "quantity"),
    ("Sales of all Velmor products other than Kestrin grew 12.2%.", "en", "supported", "quantity"),
])
def test_a_member_of_a_family_is_read_against_its_own_fact(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, MEMBERS), text, lang), want, rule)
