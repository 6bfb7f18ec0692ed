"""Tests of the number and quantity normaliser (checks/numbers/): a table of French and English
figures, dates, and hypothesis properties (formatting a number and reading it back, offsets,
never raising, spans never overlapping)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks.numbers import find_dates, find_quantities, parse_number
from factcheck.checks.resources import lexicon, shared_data

THIRD, TWO_THIRDS = 1 / 3, 2 / 3
RELAXED = settings(deadline=None)             # shared CI machines have slow moments

for _lang in ("fr", "en", "und"):             # build the tables before any timed test
    find_quantities("1", _lang)


def close(a, b, rel=1e-9):
    return a is not None and b is not None and abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def quantity_at(text, lang, span):
    """The one quantity whose text is ``span`` (fails with the list of what was found)."""
    found = find_quantities(text, lang)
    hits = [q for q in found if q.text == span]
    assert hits, f"no quantity {span!r} in {text!r}; found {[q.text for q in found]}"
    return hits[0]


# --- the table ----------------------------------------------------------------------------------
# (lang, text, span, expected): expected keys are Quantity fields; "value", "min", "max" compared
# within 1e-9; a missing "bound" means "about"; a missing "approximate" means False.

CASES = [
    # French: the devset and seed sentences
    ("fr", "Moscou n’a reçu qu’environ un tiers de la valeur estimée de l’aide militaire",
     "environ un tiers", dict(value=THIRD, unit="ratio", approximate=True, of="valeur")),
    ("fr", "soit environ 1,2 milliard de dollars — principalement",
     "environ 1,2 milliard de dollars", dict(value=1.2e9, unit="USD", approximate=True, scale="milliard")),
    ("fr", "un budget de 184 millions d’euros pour 2026", "184 millions d’euros",
     dict(value=1.84e8, unit="EUR", scale="millions")),
    ("fr", "en hausse de 3,5 % sur un an", "3,5 %", dict(value=3.5, unit="percent")),
    ("fr", "soit environ 5 200 euros par habitant", "environ 5 200 euros",
     dict(value=5200, unit="EUR", approximate=True)),
    ("fr", "la ville compte 40 800 habitants.", "40 800 habitants", dict(value=40800, unit="habitants")),
    ("fr", "représentent près de la moitié du budget de fonctionnement", "près de la moitié",
     dict(value=0.5, unit="ratio", approximate=True, of="budget")),
    ("fr", "d’embaucher 20 policiers municipaux supplémentaires", "20 policiers",
     dict(value=20, unit="policiers")),
    ("fr", "entre 5,6 et 9,8 milliards de dollars", "entre 5,6 et 9,8 milliards de dollars",
     dict(min=5.6e9, max=9.8e9, unit="USD", scale="milliards")),
    ("fr", "contre 33 millions l’an dernier", "33 millions", dict(value=3.3e7, unit=None)),
    # French: digits and separators
    ("fr", "1,2 milliard", "1,2 milliard", dict(value=1.2e9, unit=None, scale="milliard")),
    ("fr", "1.200.000 habitants", "1.200.000 habitants", dict(value=1.2e6, unit="habitants")),
    ("fr", "9\u202f800 euros", "9\u202f800 euros", dict(value=9800, unit="EUR")),
    ("fr", "9\u00a0800 soldats", "9\u00a0800 soldats", dict(value=9800, unit="soldats")),
    ("fr", "3 200 personnes", "3 200 personnes", dict(value=3200, unit="personnes")),
    ("fr", "15 000 soldats", "15 000 soldats", dict(value=15000, unit="soldats")),
    ("fr", "2000 soldats russes", "2000 soldats", dict(value=2000, unit="soldats")),
    ("fr", "1 000 milliards de dollars", "1 000 milliards de dollars", dict(value=1e12, unit="USD")),
    ("fr", "2 billions d’euros", "2 billions d’euros", dict(value=2e12, unit="EUR", scale="billions")),
    ("fr", "5,7 millions d’obus", "5,7 millions d’obus", dict(value=5.7e6, unit="obus")),
    ("fr", "350 millions €", "350 millions €", dict(value=3.5e8, unit="EUR")),
    ("fr", "un coût de 5 Md€", "5 Md€", dict(value=5e9, unit="EUR", scale="Md")),
    ("fr", "2,4 M€ de travaux", "2,4 M€", dict(value=2.4e6, unit="EUR", scale="M")),
    ("fr", "12 millions de livres sterling", "12 millions de livres sterling", dict(value=1.2e7, unit="GBP")),
    ("fr", "100 millions de roubles", "100 millions de roubles", dict(value=1e8, unit="RUB")),
    ("fr", "500 milliards de wons", "500 milliards de wons", dict(value=5e11, unit="KRW")),
    ("fr", "3 milliards de francs suisses", "3 milliards de francs suisses", dict(value=3e9, unit="CHF")),
    # French: words
    ("fr", "quinze mille personnes", "quinze mille personnes", dict(value=15000, unit="personnes")),
    ("fr", "deux millions de réfugiés", "deux millions de réfugiés", dict(value=2e6, unit="réfugiés", scale="millions")),
    ("fr", "vingt-et-un ans", "vingt-et-un ans", dict(value=21, unit="ans")),
    ("fr", "soixante-dix pays", "soixante-dix pays", dict(value=70, unit="pays")),
    ("fr", "soixante et onze voix", "soixante et onze voix", dict(value=71, unit="voix")),
    ("fr", "quatre-vingt-dix jours", "quatre-vingt-dix jours", dict(value=90, unit="jours")),
    ("fr", "quatre-vingts navires", "quatre-vingts navires", dict(value=80, unit="navires")),
    ("fr", "deux cents morts", "deux cents morts", dict(value=200, unit="morts")),
    ("fr", "cent personnes", "cent personnes", dict(value=100, unit="personnes")),
    ("fr", "mille neuf cent quatre-vingt-dix-neuf", "mille neuf cent quatre-vingt-dix-neuf", dict(value=1999)),
    ("fr", "trois cent mille emplois", "trois cent mille emplois", dict(value=300000, unit="emplois")),
    ("fr", "mille milliards", "mille milliards", dict(value=1e12)),
    ("fr", "une centaine de manifestants", "une centaine de manifestants",
     dict(value=100, unit="manifestants", approximate=True)),
    ("fr", "près d’un million de personnes", "près d’un million de personnes",
     dict(value=1e6, unit="personnes", approximate=True)),
    # French: percent, shares
    ("fr", "trente pour cent des voix", "trente pour cent", dict(value=30, unit="percent", of="voix")),
    ("fr", "30 pour cent", "30 pour cent", dict(value=30, unit="percent")),
    ("fr", "une hausse de 30%", "30%", dict(value=30, unit="percent")),
    ("fr", "3,2 points de pourcentage", "3,2 points de pourcentage", dict(value=3.2, unit="percentage points")),
    ("fr", "un sur cinq", "un sur cinq", dict(value=0.2, unit="ratio")),
    ("fr", "un cinquième des dépenses", "un cinquième", dict(value=0.2, unit="ratio", of="dépenses")),
    ("fr", "deux tiers des habitants", "deux tiers", dict(value=TWO_THIRDS, unit="ratio", of="habitants")),
    ("fr", "trois quarts du territoire", "trois quarts", dict(value=0.75, unit="ratio", of="territoire")),
    ("fr", "Un quart de la population", "Un quart", dict(value=0.25, unit="ratio", of="population")),
    ("fr", "La moitié des électeurs", "La moitié", dict(value=0.5, unit="ratio", of="électeurs")),
    ("fr", "trois fois plus", "trois fois", dict(value=3, unit="times")),
    # French: qualifiers
    ("fr", "plus de 15 000 soldats", "plus de 15 000 soldats", dict(value=15000, bound="at-least")),
    ("fr", "au moins 3 200 personnes", "au moins 3 200 personnes", dict(value=3200, bound="at-least")),
    ("fr", "plus d’un tiers des électeurs", "plus d’un tiers", dict(value=THIRD, bound="at-least", of="électeurs")),
    ("fr", "plus des deux tiers des ventes", "plus des deux tiers", dict(value=TWO_THIRDS, bound="at-least", unit="ratio")),
    ("fr", "moins des deux tiers des ventes", "moins des deux tiers", dict(value=TWO_THIRDS, bound="at-most", unit="ratio")),
    ("fr", "jusqu’à 2 milliards d’euros", "jusqu’à 2 milliards d’euros",
     dict(value=2e9, unit="EUR", bound="at-most")),
    ("fr", "moins de 10 %", "moins de 10 %", dict(value=10, unit="percent", bound="at-most")),
    ("fr", "moins de la moitié", "moins de la moitié", dict(value=0.5, unit="ratio", bound="at-most")),
    ("fr", "au maximum 4 %", "au maximum 4 %", dict(value=4, bound="at-most")),
    ("fr", "exactement 42 personnes", "exactement 42 personnes", dict(value=42, bound="exact")),
    ("fr", "quelque 300 entreprises", "quelque 300 entreprises", dict(value=300, approximate=True)),
    ("fr", "autour de 12 %", "autour de 12 %", dict(value=12, approximate=True)),
    ("fr", "une baisse d’environ 4 %", "environ 4 %", dict(value=4, approximate=True)),
    ("fr", "5 millions environ", "5 millions environ", dict(value=5e6, approximate=True)),
    ("fr", "20 ans ou plus", "20 ans ou plus", dict(value=20, unit="ans", bound="at-least")),
    # French: ranges
    ("fr", "de 3 à 5 millions", "de 3 à 5 millions", dict(min=3e6, max=5e6)),
    ("fr", "5 à 10 %", "5 à 10 %", dict(min=5, max=10, unit="percent")),
    ("fr", "de 3,5 % à 4 %", "de 3,5 % à 4 %", dict(min=3.5, max=4, unit="percent")),
    ("fr", "10-15 %", "10-15 %", dict(min=10, max=15, unit="percent")),
    ("fr", "entre 2 000 et 3 000 soldats", "entre 2 000 et 3 000 soldats", dict(min=2000, max=3000, unit="soldats")),
    ("fr", "environ 10–12 milliards", "environ 10–12 milliards", dict(min=1e10, max=1.2e10, approximate=True)),
    ("fr", "passée de 33 à 31 millions d’euros", "33", dict(value=3.3e7, unit="EUR", scale="millions")),
    ("fr", "passée de 33 à 31 millions d’euros", "31 millions d’euros", dict(value=3.1e7, unit="EUR")),
    # English: the devset sentences
    ("en", "handled 2.4 million containers in 2025", "2.4 million containers",
     dict(value=2.4e6, unit="containers", scale="million")),
    ("en", "Traffic rose by 8% compared with 2024.", "8%", dict(value=8, unit="percent")),
    ("en", "About 60% of the containers came from Asia.", "About 60%",
     dict(value=60, unit="percent", approximate=True, of="containers")),
    ("en", "invested £350 million in new cranes", "£350 million", dict(value=3.5e8, unit="GBP")),
    ("en", "Revenue reached £1.1 billion, up", "£1.1 billion", dict(value=1.1e9, unit="GBP", scale="billion")),
    ("en", "employs 3,200 people directly", "3,200 people", dict(value=3200, unit="people")),
    ("en", "a pay rise of 4.5% in April", "4.5%", dict(value=4.5, unit="percent")),
    # English: digits, scales, currencies
    ("en", "a $1.2bn deal", "$1.2bn", dict(value=1.2e9, unit="USD", scale="bn")),
    ("en", "a £350m loan", "£350m", dict(value=3.5e8, unit="GBP", scale="m")),
    ("en", "US$5 billion", "US$5 billion", dict(value=5e9, unit="USD")),
    ("en", "EUR 5 million", "EUR 5 million", dict(value=5e6, unit="EUR")),
    ("en", "5 billion yen", "5 billion yen", dict(value=5e9, unit="JPY")),
    ("en", "1.5 trillion won", "1.5 trillion won", dict(value=1.5e12, unit="KRW")),
    ("en", "300 million rubles", "300 million rubles", dict(value=3e8, unit="RUB")),
    ("en", "40 billion yuan", "40 billion yuan", dict(value=4e10, unit="CNY")),
    ("en", "20 million Swiss francs", "20 million Swiss francs", dict(value=2e7, unit="CHF")),
    ("en", "€3.5bn", "€3.5bn", dict(value=3.5e9, unit="EUR")),
    ("en", "1,200", "1,200", dict(value=1200, unit=None)),
    ("en", "2,000 soldiers", "2,000 soldiers", dict(value=2000, unit="soldiers")),
    ("en", "20 new cranes", "20 new cranes", dict(value=20, unit="cranes")),
    ("en", "10k runners", "10k runners", dict(value=10000, unit="runners", scale="k")),
    # English: words, shares
    ("en", "a dozen ships", "a dozen ships", dict(value=12, unit="ships")),
    ("en", "twenty-five people", "twenty-five people", dict(value=25, unit="people")),
    ("en", "three hundred soldiers", "three hundred soldiers", dict(value=300, unit="soldiers")),
    ("en", "three hundred and fifty thousand", "three hundred and fifty thousand", dict(value=350000)),
    ("en", "half a million people", "half a million people", dict(value=5e5, unit="people")),
    ("en", "a third of North Korea's GDP", "a third", dict(value=THIRD, unit="ratio", of="GDP")),
    ("en", "two-thirds of voters", "two-thirds", dict(value=TWO_THIRDS, unit="ratio", of="voters")),
    ("en", "half of the budget", "half", dict(value=0.5, unit="ratio", of="budget")),
    ("en", "one in five adults", "one in five", dict(value=0.2, unit="ratio", of="adults")),
    ("en", "1 in 4 homes", "1 in 4", dict(value=0.25, unit="ratio", of="homes")),
    ("en", "a fifth of the workforce", "a fifth", dict(value=0.2, unit="ratio", of="workforce")),
    ("en", "a quarter of the vote", "a quarter", dict(value=0.25, unit="ratio", of="vote")),
    ("en", "three times as many", "three times", dict(value=3, unit="times")),
    ("en", "2 percentage points", "2 percentage points", dict(value=2, unit="percentage points")),
    ("en", "30 per cent", "30 per cent", dict(value=30, unit="percent")),
    ("en", "30 percent", "30 percent", dict(value=30, unit="percent")),
    # English: qualifiers
    ("en", "more than 1,000 people", "more than 1,000 people", dict(value=1000, bound="at-least")),
    ("en", "over 5,000 troops", "over 5,000 troops", dict(value=5000, bound="at-least")),
    ("en", "at least 30 dead", "at least 30 dead", dict(value=30, bound="at-least")),
    ("en", "upwards of 200 vehicles", "upwards of 200 vehicles", dict(value=200, bound="at-least")),
    ("en", "up to $2bn", "up to $2bn", dict(value=2e9, unit="USD", bound="at-most")),
    # a movement verb's particle is not a bound: the level reached
    ("en", "the share edged up to 9.4 %", "9.4 %", dict(value=9.4, unit="percent", bound="about")),
    ("fr", "le taux est monté jusqu'à 5 %", "5 %", dict(value=5, unit="percent", bound="about")),
    # nor a bound of reach after a verb of change either way: the deepest point of the move
    ("en", "Korvan shares slumped as much as 18 per cent", "18 per cent", dict(value=18, unit="percent", bound="about")),
    ("en", "Korvan shares dropped by as much as 18 per cent", "18 per cent", dict(value=18, bound="about")),
    ("fr", "l'action Korvan a plongé jusqu'à 18 %", "18 %", dict(value=18, unit="percent", bound="about")),
    # nor a verb's particle that is a lower bound's word: "handed over" hands them over
    ("en", "Korvan handed over 41,250 vehicles", "41,250 vehicles", dict(value=41250, unit="vehicles", bound="about")),
    ("en", "less than 5 per cent", "less than 5 per cent", dict(value=5, unit="percent", bound="at-most")),
    ("en", "no more than 3 ships", "no more than 3 ships", dict(value=3, bound="at-most")),
    ("en", "nearly 40 percent", "nearly 40 percent", dict(value=40, approximate=True, bound="at-most")),
    ("en", "roughly 2 million barrels", "roughly 2 million barrels", dict(value=2e6, unit="barrels", approximate=True)),
    ("en", "some 5,000 refugees", "some 5,000 refugees", dict(value=5000, approximate=True)),
    ("en", "~300 people", "~300 people", dict(value=300, approximate=True)),
    ("en", "exactly 100 days", "exactly 100 days", dict(value=100, bound="exact")),
    ("en", "precisely 7 cases", "precisely 7 cases", dict(value=7, bound="exact")),
    # English: ranges
    ("en", "between 5 and 10 per cent", "between 5 and 10 per cent", dict(min=5, max=10, unit="percent")),
    ("en", "from 3 to 5 million", "from 3 to 5 million", dict(min=3e6, max=5e6, scale="million")),
    ("en", "10 to 15 percent", "10 to 15 percent", dict(min=10, max=15, unit="percent")),
    ("en", "between $5bn and $6bn", "between $5bn and $6bn", dict(min=5e9, max=6e9, unit="USD")),
    ("en", "between 500 and 1 million", "between 500 and 1 million", dict(min=500, max=1e6)),
    ("en", "at least 20-30 people", "at least 20-30 people", dict(min=20, max=30, bound="at-least")),
    # a trailing "and more" that opens the next figure's bound is that figure's ("and more than 1,600")
    ("en", "48,200 admissions and more than 1,600 deaths", "48,200 admissions", dict(value=48200, unit="admissions")),
    ("en", "48,200 admissions and more than 1,600 deaths", "more than 1,600 deaths",
     dict(value=1600, bound="at-least")),
    ("fr", "48 200 hospitalisations et plus d'un million de visites", "48 200 hospitalisations",
     dict(value=48200, unit="hospitalisations")),
    ("en", "5,000 units or more", "5,000 units or more", dict(value=5000, bound="at-least")),
    # a fraction of a point, a rate's step: that many percentage points
    ("en", "cut rates by a quarter point", "a quarter point", dict(value=0.25, unit="percentage points")),
    ("en", "wanted a half-point cut", "a half-point", dict(value=0.5, unit="percentage points")),
    ("en", "raised it by half a point", "half a point", dict(value=0.5, unit="percentage points")),
    ("en", "approved the quarter-point increase", "quarter-point", dict(value=0.25, unit="percentage points")),
    ("en", "by three quarters of a point", "three quarters of a point", dict(value=0.75, unit="percentage points")),
    ("fr", "relevé d'un quart de point", "un quart de point", dict(value=0.25, unit="percentage points")),
    ("fr", "baissé de trois quarts de point", "trois quarts de point", dict(value=0.75, unit="percentage points")),
    # a scale letter glued to a count with no currency: millions of the plural noun after it
    ("en", "the app logged 23.6m downloads", "23.6m downloads", dict(value=23.6e6, unit="downloads", scale="m")),
    ("en", "drew 8m more visitors", "8m more visitors", dict(value=8e6, unit="visitors")),
    ("fr", "la flotte atteint 4 Md.", "4 Md", dict(value=4e9, scale="Md")),
    # basis points written short: glued in English, spaced in French
    ("en", "the spread narrowed 35bp", "35bp", dict(value=35, unit="basis points")),
    ("fr", "un écart réduit de 35 pb", "35 pb", dict(value=35, unit="basis points")),
    ("fr", "une hausse de 1 point de base", "1 point de base", dict(value=1, unit="basis points")),
    # unknown language
    ("und", "1,2 milliard", "1,2 milliard", dict(value=1.2e9)),
    ("und", "1,200 people", "1,200 people", dict(value=1200, unit="people")),
    ("und", "0,125", "0,125", dict(value=0.125)),
    ("und", "2.5 million", "2.5 million", dict(value=2.5e6)),
]


@pytest.mark.parametrize("lang,text,span,expected", CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_quantity_table(lang, text, span, expected):
    q = quantity_at(text, lang, span)
    assert text[q.start:q.end] == q.text
    for key in ("value", "min", "max"):
        if key in expected:
            assert close(getattr(q, key), expected[key]), (key, getattr(q, key), expected[key])
        elif key == "value" and ("min" in expected):
            assert q.value is None
    assert q.bound == expected.get("bound", "about")
    assert q.approximate == expected.get("approximate", False)
    for key in ("unit", "scale", "of"):
        if key in expected:
            assert getattr(q, key) == expected[key], (key, getattr(q, key), expected[key])


def test_table_is_large_and_bilingual():
    assert len(CASES) >= 80
    assert sum(1 for c in CASES if c[0] == "fr") >= 40
    assert sum(1 for c in CASES if c[0] == "en") >= 40


NOT_QUANTITIES = [
    ("en", "runners slowed at the half point of the race"),   # a point of a course, no rate's step
    ("fr", "Les déclarations du dirigeant nord-coréen Kim Jong Un, qui a renouvelé son soutien"),
    ("fr", "Lanvic : un budget 2026 sous tension"),
    ("fr", "élu en 2020, il promet"),
    ("fr", "le variant COVID-19 et les F-16 du G7"),
    ("fr", "au 2e trimestre, la version 1.2.3"),
    ("fr", "des millions de personnes, des centaines de milliers"),
    ("fr", "un an plus tard, la une du journal"),
    ("fr", "Chas Pravdy - 19 septembre 2025 20:29"),
    ("fr", "Par Julie Marchand – 21 janvier 2026 à 18h40"),
    ("fr", "les pays tiers et un cinquième mandat"),
    ("en", "one of the biggest"),
    ("en", "the 2026 budget"),
    ("en", "in the second half of the year"),
    ("en", "a third term in office"),
    ("en", "By Maria Chen | Business desk | 9 February 2026"),
    ("en", "the meeting at 10:30 and at 3 pm"),
    ("en", "since it was founded in 1962."),
    ("en", "the 1990s"),
    ("en", "the mast is 21.5m tall"),            # a length: no counted noun after the glued "m"
    ("en", "In March 2021 BP sold its stake"),    # the company, not basis points
]


@pytest.mark.parametrize("lang,text", NOT_QUANTITIES)
def test_not_quantities(lang, text):
    assert find_quantities(text, lang) == []


def test_seed_sentence_has_exactly_two_quantities():
    text = ("Une étude commandée par la Fondation Friedrich Naumann indique que Moscou n’a reçu "
            "qu’environ un tiers de la valeur estimée de l’aide militaire nord-coréenne — soit environ "
            "1,2 milliard de dollars — principalement sous forme d’aide alimentaire, de produits pétroliers "
            "et de quelques systèmes de défense anti-aérienne.")
    found = find_quantities(text, "fr")
    assert [q.text for q in found] == ["environ un tiers", "environ 1,2 milliard de dollars"]


def test_offset_is_added():
    article = "Intro. " * 5 + "La dette atteint 212 millions d’euros."
    start = article.index("La dette")
    q, = find_quantities(article[start:], "fr", offset=start)
    assert article[q.start:q.end] == q.text == "212 millions d’euros"


# --- parse_number -------------------------------------------------------------------------------

PARSE = [
    ("1,2", "fr", 1.2), ("1,200", "en", 1200), ("1,2", "und", 1.2), ("1.2", "en", 1.2),
    ("9 800", "fr", 9800), ("9\u202f800", "fr", 9800), ("9\u00a0800", "en", 9800),
    ("1.200.000", "fr", 1.2e6), ("1,200,000", "en", 1.2e6), ("1 234,56", "fr", 1234.56),
    ("1,234.56", "en", 1234.56), ("1.234,56", "fr", 1234.56), ("0,125", "und", 0.125),
    ("quinze mille", "fr", 15000), ("deux millions", "fr", 2e6), ("a dozen", "en", 12),
    ("vingt-et-un", "fr", 21), ("quatre-vingt-dix-sept", "fr", 97), ("twenty-five", "en", 25),
    ("1,2 milliard", "fr", 1.2e9), ("2 billions", "fr", 2e12), ("2 billion", "en", 2e9),
    ("un tiers", "fr", THIRD), ("2025", "fr", 2025), ("−5", "fr", -5), ("+3,5", "fr", 3.5),
    ("un", "fr", 1), ("one", "en", 1), ("30 %", "fr", 30), ("$1.2bn", "en", 1.2e9),
    ("1.200", "fr", 1200), ("1.200", "en", 1.2), ("1,200", "fr", 1.2), ("1,5", "en", 1.5),
]


@pytest.mark.parametrize("s,lang,expected", PARSE)
def test_parse_number(s, lang, expected):
    assert close(parse_number(s, lang), expected)


@pytest.mark.parametrize("s", ["", "  ", "abc", "1,2,3", "entre 3 et 5", "1.2.3", "3 et 4"])
def test_parse_number_rejects(s):
    assert parse_number(s, "fr") is None


# --- dates --------------------------------------------------------------------------------------

DATES = [
    ("fr", "Chas Pravdy - 19 septembre 2025 20:29", "19 septembre 2025 20:29", "2025-09-19", "at"),
    ("fr", "le 1er janvier 2026", "1er janvier 2026", "2026-01-01", "at"),
    ("fr", "Par Julie Marchand – 21 janvier 2026 à 18h40", "21 janvier 2026 à 18h40", "2026-01-21", "at"),
    ("fr", "en septembre 2025, la ville", "septembre 2025", "2025-09", "at"),
    ("fr", "élu en 2020, il", "2020", "2020", "at"),
    ("fr", "depuis 2023", "depuis 2023", "2023", "since"),
    ("fr", "d’embaucher 20 policiers d’ici 2028.", "d’ici 2028", "2028", "until"),
    ("fr", "jusqu’en 2030", "jusqu’en 2030", "2030", "until"),
    ("fr", "avant 2030", "avant 2030", "2030", "before"),
    ("fr", "le 19/09/2025", "19/09/2025", "2025-09-19", "at"),
    ("fr", "le budget 2026 sous tension", "2026", "2026", "at"),
    # a split year (a season, a financial year) is one date; its second half is no figure
    ("en", "offences rose a fifth on 2023/24", "2023/24", "2023", "at"),
    ("en", "in the 2024-25 financial year", "2024-25", "2024", "at"),
    ("en", "By Maria Chen | Business desk | 9 February 2026", "9 February 2026", "2026-02-09", "at"),
    ("en", "on Sept. 5, 2025, the", "Sept. 5, 2025", "2025-09-05", "at"),
    ("en", "in September 2025", "September 2025", "2025-09", "at"),
    ("en", "in 2024 the", "2024", "2024", "at"),
    ("en", "since 2022", "since 2022", "2022", "since"),
    ("en", "double its capacity by 2030.", "by 2030", "2030", "until"),
    ("en", "published 2025-09-18", "2025-09-18", "2025-09-18", "at"),
    ("en", "founded in 1962.", "1962", "1962", "at"),
    ("en", "after 2020", "after 2020", "2020", "after"),
    ("en", "on March 3rd, 2024", "March 3rd, 2024", "2024-03-03", "at"),
]


@pytest.mark.parametrize("lang,text,span,iso,relation", DATES, ids=[d[2] for d in DATES])
def test_date_table(lang, text, span, iso, relation):
    found = find_dates(text, lang)
    hits = [d for d in found if d.text == span]
    assert hits, f"no date {span!r}; found {[d.text for d in found]}"
    d = hits[0]
    assert d.iso() == iso
    assert d.relation == relation
    assert text[d.start:d.end] == d.text


def test_year_ranges():
    dates = find_dates("de 2020 à 2025, puis 2019-2021", "fr")
    assert [(d.year, d.relation) for d in dates] == [(2020, "since"), (2025, "until"),
                                                     (2019, "since"), (2021, "until")]


def test_lowercase_may_is_not_a_month():
    dates = find_dates("prices may 2025 rise", "en")
    assert [(d.year, d.month) for d in dates] == [(2025, None)]


def test_dates_and_quantities_do_not_share_a_figure():
    text = "Le 19 septembre 2025, 3 200 personnes ont défilé; en 2026 ils seront 2000 soldats."
    q_spans = [(q.start, q.end) for q in find_quantities(text, "fr")]
    d_spans = [(d.start, d.end) for d in find_dates(text, "fr")]
    for qs, qe in q_spans:
        assert all(qe <= ds or de <= qs for ds, de in d_spans)
    assert len(q_spans) == 2 and len(d_spans) == 2


# --- lexicons -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lexicon_tables_are_well_typed(lang):
    lex = lexicon(lang, "numbers")
    for table in ("number_words", "magnitudes", "fractions", "months", "scale_abbreviations"):
        for k, v in lex[table].items():
            assert isinstance(k, str) and isinstance(v, int), (table, k, v)
    for bound in lex["qualifiers"]:
        assert bound in ("exact", "about", "at-most", "at-least", "just-under")   # just-under: hedged at-most
    assert all(isinstance(k, str) for k in lex["date_prepositions"])


def test_french_and_english_lexicons_have_the_same_keys():
    assert set(lexicon("fr", "numbers")) == set(lexicon("en", "numbers"))


def test_currencies_are_iso_codes():
    cur = shared_data("currencies")
    codes = set(cur["words"]) | set(cur["symbols"].values())
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)


# --- properties ---------------------------------------------------------------------------------

SEPARATORS_FR = [" ", "\u00a0", "\u202f", "."]
SEPARATORS_EN = [",", "\u00a0", "\u202f"]


def group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    return sep.join([s] + parts)


def format_number(value: Decimal, lang: str, sep: str) -> str:
    sign = "-" if value < 0 else ""
    value = abs(value)
    int_part = int(value)
    frac = format(value, "f").partition(".")[2].rstrip("0")
    body = group(int_part, sep) if int_part >= 1000 else str(int_part)
    if frac:
        body += ("," if lang == "fr" else ".") + frac
    return sign + body


decimals = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@RELAXED
@given(value=decimals, sep=st.sampled_from(SEPARATORS_FR))
def test_french_digits_round_trip(value, sep):
    s = format_number(value, "fr", sep)
    assert close(parse_number(s, "fr"), float(value))


@RELAXED
@given(value=decimals, sep=st.sampled_from(SEPARATORS_EN))
def test_english_digits_round_trip(value, sep):
    s = format_number(value, "en", sep)
    assert close(parse_number(s, "en"), float(value))


SCALES = {"fr": [("mille", 1e3), ("millions", 1e6), ("milliards", 1e9), ("billions", 1e12)],
          "en": [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9)]}
CURRENCY_AFTER = {"fr": [("d’euros", "EUR"), ("de dollars", "USD"), ("€", "EUR"), ("de livres sterling", "GBP")],
                  "en": [("euros", "EUR"), ("dollars", "USD"), ("pounds", "GBP"), ("yen", "JPY")]}


@RELAXED
@given(value=st.decimals(min_value=1, max_value=999, places=1), lang=st.sampled_from(["fr", "en"]),
       data=st.data())
def test_scaled_amounts_in_a_sentence(value, lang, data):
    word, factor = data.draw(st.sampled_from(SCALES[lang]))
    tail, code = data.draw(st.sampled_from(CURRENCY_AFTER[lang]))
    figure = format_number(value, lang, " ")
    joiner = "" if word == "bn" else " "
    text = f"Le montant atteint {figure}{joiner}{word} {tail} cette année."
    q, = find_quantities(text, lang)
    assert close(q.value, float(value) * factor)
    assert q.unit == code
    assert q.scale == word


@RELAXED
@given(value=st.decimals(min_value=1, max_value=999, places=1),
       symbol=st.sampled_from([("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD")]),
       scale=st.sampled_from([("bn", 1e9), ("m", 1e6), (" million", 1e6), (" billion", 1e9), ("", 1)]))
def test_currency_symbol_before(value, symbol, scale):
    text = f"It paid {symbol[0]}{format_number(value, 'en', ',')}{scale[0]} for it."
    q, = find_quantities(text, "en")
    assert close(q.value, float(value) * scale[1])
    assert q.unit == symbol[1]


@RELAXED
@given(value=st.decimals(min_value=1, max_value=999, places=1),
       noun=st.sampled_from(["passengers", "subscribers", "people", "tonnes", "homes"]))
def test_glued_million_counts(value, noun):
    """"17.4m orders" reads as "17.4 million orders": the same value, digits and scale word alike."""
    figure = format_number(value, "en", ",")
    glued, = find_quantities(f"It served {figure}m {noun} last year.", "en")
    spelled, = find_quantities(f"It served {figure} million {noun} last year.", "en")
    assert close(glued.value, float(value) * 1e6) and close(glued.value, spelled.value)
    assert glued.unit == spelled.unit


@RELAXED
@given(n=st.integers(min_value=1, max_value=500), lang=st.sampled_from(["fr", "en"]))
def test_basis_points_written_short(n, lang):
    short = {"fr": "{} pb", "en": "{}bp"}[lang]
    long = {"fr": "{} points de base", "en": "{} basis points"}[lang]
    q, = find_quantities("x " + short.format(n) + " y", lang)
    r, = find_quantities("x " + long.format(n) + " y", lang)
    assert q.value == r.value == n and q.unit == r.unit == "basis points"


@RELAXED
@given(n=st.integers(min_value=1, max_value=100), lang=st.sampled_from(["fr", "en"]))
def test_percentages(n, lang):
    for written in ({"fr": ["{} %", "{}%", "{} pour cent"], "en": ["{}%", "{} per cent", "{} percent"]}[lang]):
        q, = find_quantities("x " + written.format(n) + " y", lang)
        assert q.value == n and q.unit == "percent"


ONES_EN = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_EN = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell_en(n: int) -> str:
    if n < 20:
        return ONES_EN[n]
    if n < 100:
        return TENS_EN[n // 10] + ("-" + ONES_EN[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES_EN[n // 100] + " hundred" + (" and " + spell_en(n % 100) if n % 100 else "")
    return spell_en(n // 1000) + " thousand" + (" " + spell_en(n % 1000) if n % 1000 else "")


ONES_FR = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
TENS_FR = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def spell_fr(n: int) -> str:
    if n <= 16:
        return ONES_FR[n]
    if n < 20:
        return "dix-" + ONES_FR[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        return TENS_FR[tens] + ("" if unit == 0 else "-et-un" if unit == 1 else "-" + ONES_FR[unit])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + spell_fr(n - 60)
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + spell_fr(n - 80))
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else ONES_FR[hundreds] + " cent" + ("s" if rest == 0 else "")
        return head + (" " + spell_fr(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    spelled = spell_fr(thousands)
    if spelled.endswith(("cents", "vingts")):          # "deux cent mille", "quatre-vingt mille"
        spelled = spelled[:-1]
    head = "mille" if thousands == 1 else spelled + " mille"
    return head + (" " + spell_fr(rest) if rest else "")


@RELAXED
@given(n=st.integers(min_value=2, max_value=999_999))
def test_english_words_round_trip(n):
    assert parse_number(spell_en(n), "en") == n


@RELAXED
@given(n=st.integers(min_value=2, max_value=999_999))
def test_french_words_round_trip(n):
    assert parse_number(spell_fr(n), "fr") == n


@RELAXED
@given(n=st.integers(min_value=2, max_value=999), lang=st.sampled_from(["fr", "en"]))
def test_spelled_numbers_count_nouns(n, lang):
    words = spell_fr(n) if lang == "fr" else spell_en(n)
    q, = find_quantities(f"Il y a {words} soldats.", lang)
    assert q.value == n and q.unit == "soldats"


QUALIFIED = {
    "fr": [(p, b) for b, ps in lexicon("fr", "numbers")["qualifiers"].items() for p in ps],
    "en": [(p, b) for b, ps in lexicon("en", "numbers")["qualifiers"].items() for p in ps],
}


@RELAXED
@given(lang=st.sampled_from(["fr", "en"]), data=st.data(), n=st.integers(min_value=2, max_value=999))
def test_every_qualifier_gives_its_bound(lang, data, n):
    phrase, bound = data.draw(st.sampled_from(QUALIFIED[lang]))
    sep = " " if any(c.isalnum() for c in phrase) else ""
    text = f"Ils sont {phrase}{sep}{n} soldats."
    q, = find_quantities(text, lang)
    # "almost", « presque »: read as a hedged upper bound
    assert (q.bound, q.approximate) == (("at-most", True) if bound == "just-under" else (bound, bound == "about"))
    assert q.text.startswith(phrase) and q.value == n


@RELAXED
@given(lo=st.integers(min_value=1, max_value=500), extra=st.integers(min_value=1, max_value=500),
       lang=st.sampled_from(["fr", "en"]))
def test_ranges(lo, extra, lang):
    hi = lo + extra
    text = {"fr": f"entre {lo} et {hi} milliards de dollars", "en": f"between {lo} and {hi} billion dollars"}[lang]
    q, = find_quantities(text, lang)
    assert (q.min, q.max, q.unit) == (lo * 1e9, hi * 1e9, "USD")


figure_text = st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(["1,2", "milliard", "de", "dollars", "€", "$", "%", "pour cent", "entre", "et",
                     "environ", "un", "tiers", "la moitié", "of the", "2025", "-", "–", " ", "k",
                     "bn", "m", "9 800", "1.200.000", "quatre-vingt", "twenty", "half", "à", "to",
                     "19 septembre", "18h40", "\u202f", "\u00a0", "’", "qu'", "plus de", "~"]),
    st.integers(min_value=-10**7, max_value=10**7).map(str)), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=figure_text, lang=st.sampled_from(["fr", "en", "und"]), offset=st.integers(0, 10**6))
def test_spans_are_consistent_and_disjoint(text, lang, offset):
    quantities = find_quantities(text, lang, offset)
    last_end = offset
    for q in quantities:
        assert text[q.start - offset:q.end - offset] == q.text
        assert q.start >= last_end and q.end > q.start
        last_end = q.end
        assert q.bound in ("exact", "about", "at-most", "at-least")
        assert (q.value is None) != (q.min is None)
        if q.min is not None:
            assert q.min < q.max
        if q.unit == "ratio":
            assert 0 <= q.low <= q.high <= 1
    for d in find_dates(text, lang, offset):
        assert text[d.start - offset:d.end - offset] == d.text


@settings(max_examples=300, deadline=None)
@given(text=st.text(), lang=st.sampled_from(["fr", "en", "und", "de"]))
def test_never_raises_on_arbitrary_text(text, lang):
    for q in find_quantities(text, lang):
        assert text[q.start:q.end] == q.text
    for d in find_dates(text, lang):
        assert text[d.start:d.end] == d.text
    parse_number(text, lang)


# --- volume -------------------------------------------------------------------------------------
# (its speed is measured by bench/throughput.py, never by a timed test: shared machines are noisy)

def test_100_kb_of_figures_are_all_read():
    base = ("Le conseil a adopté un budget de 184 millions d’euros pour 2026, en hausse de 3,5 % sur un an. "
            "The authority invested £350 million; revenue reached £1.1 billion, up from £980 million. ")
    n = 100_000 // len(base)
    once = find_quantities(base, "und")
    many = find_quantities(base * n, "und")
    assert len(once) >= 4 and len(many) == n * len(once)
    assert [q.value for q in many[-len(once):]] == [q.value for q in once]


def test_by_x_to_y_is_a_change_then_a_level_not_a_range():
    got = [(q.text, q.value, q.min, q.max) for q in find_quantities("Vacancies fell by 10,000 to 728,000 in May.", "en")]
    assert got == [("10,000", 10000.0, None, None), ("728,000", 728000.0, None, None)]
    ranged = find_quantities("from 10,000 to 12,000 jobs", "en")
    assert [(q.min, q.max, q.unit) for q in ranged] == [(10000.0, 12000.0, "jobs")]


def test_by_about_x_to_y_is_a_change_then_a_level_not_a_range():
    # the word before the figure read past its qualifier: "by about", a change then the level reached
    got = [(q.text, q.value, q.min, q.max) for q in find_quantities("Net cash at Velmor rose by about £0.4bn to £2.9bn.", "en")]
    assert got == [("about £0.4bn", 4e8, None, None), ("£2.9bn", 2.9e9, None, None)]
    ranged = find_quantities("a fine of about £2m to £3m", "en")
    assert [(q.min, q.max) for q in ranged] == [(2e6, 3e6)]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("a quarter of a billion pounds", "en", 2.5e8, "GBP"),
    ("three quarters of a million jobs", "en", 7.5e5, "jobs"),
    ("un quart de milliard d'euros", "fr", 2.5e8, "EUR"),
    ("half a million people", "en", 5e5, "people"),
])
def test_a_fraction_of_a_magnitude(text, lang, value, unit):
    [q] = find_quantities(text, lang)
    assert (q.value, q.unit, q.text) == (value, unit, text)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("un milliard et demi de dollars", "fr", 1.5e9, "USD"),
    ("deux milliards et demi d'euros", "fr", 2.5e9, "EUR"),
    ("trois millions et demi de visiteurs", "fr", 3.5e6, "visiteurs"),
    ("two and a half million people", "en", 2.5e6, "people"),
])
def test_half_of_a_magnitude_in_words(text, lang, value, unit):
    [q] = find_quantities(text, lang)
    assert (q.value, q.unit, q.text) == (value, unit, text)


@pytest.mark.parametrize("text, lang, want", [
    ("le vingt et unième siècle", "fr", []),                       # an ordinal is a rank, not 20
    ("the twenty-first century", "en", []),
    ("two point three percent", "en", [(2.3, "percent")]),          # a decimal in words
    ("zéro virgule cinq pour cent", "fr", [(0.5, "percent")]),
    ("nineteen hundred people", "en", [(1900.0, "people")]),
    ("vingt et un jours", "fr", [(21.0, "jours")]),                 # a cardinal stays a figure
])
def test_number_words_news_uses(text, lang, want):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == want


@pytest.mark.parametrize("text", ["offences rose a fifth on 2023/24", "in the 2024-25 financial year",
                                  "la saison 2023-2024 a été longue"])
def test_the_second_half_of_a_split_year_is_no_figure(text):
    assert find_quantities(text, "en" if text.isascii() else "fr") == []


@pytest.mark.parametrize("text, values", [
    # after a verb of change, both ends with their own unit: the change, then the new level
    ("The surplus decreased $0.8 billion to $23.0 billion in March.", [0.8e9, 23.0e9]),
    # one unit for both ends: a range
    ("Prices rose 5 to 10 percent.", [(5, 10)]),
])
def test_a_change_then_its_new_level_is_no_range(text, values):
    got = [q.value if q.value is not None else (q.min, q.max) for q in find_quantities(text, "en")]
    assert got == values


@pytest.mark.parametrize("text, lang, values", [
    # "from X to Y" after a word of change a few words back in its sentence: a starting level and an end level
    ("In May the Corvel tariff went up 3 %, taking the yearly bill from £412 to £437.", "en", [3, 412, 437]),
    ("The Corvel fare is rising from 2.10 to 2.35 euros.", "en", [2.10, 2.35]),
    ("En mai, le tarif de Corvel est passé de 412 à 437 euros par an.", "fr", [412, 437]),
    # after « augmenter » or « une hausse », « de 6 à 7 % » is the size of the rise: a range
    ("Corvel prévoit une hausse de sa flotte de 6 à 7 %.", "fr", [(6, 7)]),
    ("La flotte de Corvel doit augmenter de 6 à 7 %.", "fr", [(6, 7)]),
    ("Le budget de Corvel doit passer de 4,2 à 4,8 milliards d'euros.", "fr", [4.2e9, 4.8e9]),
    # written as a range: stays one
    ("Corvel fares range from £412 to £437 a year.", "en", [(412, 437)]),
    ("Corvel vise une marge de 4,2 à 4,8 milliards d'euros.", "fr", [(4.2e9, 4.8e9)]),
    ("Corvel prices rose between 3 and 5 percent.", "en", [(3, 5)]),
])
def test_from_x_to_y_after_a_word_of_change_is_two_levels(text, lang, values):
    got = [q.value if q.value is not None else (q.min, q.max) for q in find_quantities(text, lang)
           if q.unit != "year"]
    assert got == pytest.approx(values) if all(not isinstance(v, tuple) for v in values) else got == values


# A duration written in several units is one figure, read in its first unit, with its smallest unit as its
# precision (``checks/numbers/durations.py``).
DURATION_UNITS = {"fr": (("jours", 24), ("heures", 1), ("minutes", 1 / 60), ("secondes", 1 / 3600)),
                  "en": (("days", 24), ("hours", 1), ("minutes", 1 / 60), ("seconds", 1 / 3600))}
DURATION_AND = {"fr": "et", "en": "and"}


@RELAXED
@given(lang=st.sampled_from(["fr", "en"]), first=st.integers(0, 2), count=st.integers(2, 4),
       data=st.data(), comma=st.booleans())
def test_a_duration_in_several_units_is_one_figure(lang, first, count, data, comma):
    units = DURATION_UNITS[lang][first:first + count]
    if len(units) < 2:
        return
    parts = [data.draw(st.integers(1, 300))] + [data.draw(st.integers(0, int(round(units[i - 1][1] / u[1])) - 1))
                                                for i, u in enumerate(units) if i]
    written = [f"{n} {word}" for n, (word, _) in zip(parts, units)]
    body = (", " if comma else " ").join(written[:-1]) + f" {DURATION_AND[lang]} " + written[-1]
    text = f"Record : {body}, puis rien." if lang == "fr" else f"Record: {body}, then nothing."
    q, = find_quantities(text, lang)
    assert q.text == body and text[q.start:q.end] == body
    head = units[0][1]
    assert close(q.value, sum(n * f / head for n, (_, f) in zip(parts, units)))
    assert close(q.step, units[-1][1] / head)


@pytest.mark.parametrize("lang, text, span, value", [
    ("fr", "un chrono de 2 h 05 min 30 s au semi", "2 h 05 min 30 s", 2 + 5 / 60 + 30 / 3600),
    ("fr", "bouclé en 41 j 7 h 52 min.", "41 j 7 h 52 min", 41 + 7 / 24 + 52 / 1440),
    ("en", "won in 2 hours 7 minutes and 41 seconds.", "2 hours 7 minutes and 41 seconds", 2 + 7 / 60 + 41 / 3600),
    ("en", "about 3 days and 4 hours later", "about 3 days and 4 hours", 3 + 4 / 24),
])
def test_durations_in_several_units(lang, text, span, value):
    q, = find_quantities(text, lang)
    assert q.text == span and close(q.value, value)


@pytest.mark.parametrize("lang, text", [
    ("en", "sentences of 3 days, 30 hours and 2 weeks"),      # (not one duration: 30 hours is more than a day)
    ("fr", "des peines de 5 ans, 3 ans et 2 ans"),            # (the same unit again: a list)
])
def test_a_list_of_durations_stays_a_list(lang, text):
    assert len(find_quantities(text, lang)) == 3


def test_a_time_of_day_stays_a_time():
    assert not find_quantities("Il est arrivé à 8 h 24 à Vallorn.", "fr")
    assert find_dates("le 14 janvier 2025 à 8 h 24", "fr")[0].text.endswith("8 h 24")



@pytest.mark.parametrize("text, lang", [
    # a year after the part of the year it dates is a year, whatever plural word follows it
    ("Korland said lower first-quarter 2025 volumes were partly due to a strike.", "en"),
    ("Les ventes du premier semestre 2025 publiées mardi reculent.", "fr"),
])
def test_a_year_after_a_quarter_or_a_half_is_no_count(text, lang):
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # a year after the noun of the accounts or the aims it dates, or after the adjective that says it, is a year: the
    # word after it agrees with that noun, it counts nothing
    ("Norvel a publié jeudi des résultats annuels 2025 supérieurs aux attentes.", "fr"),
    ("Velmor a présenté des comptes 2025 marqués par la hausse des coûts.", "fr"),
    ("Norvel a détaillé ses ambitions 2030 présentées en mars.", "fr"),
    ("Velmor beat its annual 2025 targets.", "en"),
])
def test_a_year_after_its_accounts_noun_is_no_count(text, lang):
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize("text, lang, unit", [
    # a comparative right after a figure says which way a difference goes: it counts nothing (« de moins » in French)
    ("Orvane's headcount was some 12,400 lower in May than a year earlier.", "en", None),
    ("Tessaly Rail carried 3,100 more passengers.", "en", "passengers"),
    ("Orvane comptait en mai quelque 12 400 salariés de moins qu'un an plus tôt.", "fr", "salariés"),
    ("Il y avait quelque 12 400 de moins en mai.", "fr", None),
])
def test_a_comparative_after_a_figure_is_no_counted_noun(text, lang, unit):
    q, = find_quantities(text, lang)
    assert q.unit == unit


@pytest.mark.parametrize("text, lang, unit", [
    # a place or a place's adjective between a figure and its noun (English) is read past; the people of a place
    # ("Britons") are the counted noun itself, and French puts the place after the noun
    ("Norvel expects to complete 10,800 UK homes this year.", "en", "homes"),
    ("About 3 million US households lost power.", "en", "households"),
    ("Velmor cut 12,000 British jobs.", "en", "jobs"),
    ("The 27 EU member states agreed.", "en", "member states"),
    ("Some 12,000 Britons live in Velmor.", "en", None),
    ("Velmor sold 500 GW turbines.", "en", "GW"),
    ("Velmor a supprimé 4 000 emplois français.", "fr", "emplois"),
    ("Norvel a livré 2 000 logements franciliens.", "fr", "logements"),
])
def test_a_place_between_a_figure_and_its_noun_is_read_past(text, lang, unit):
    q, = find_quantities(text, lang)
    assert q.unit == unit


@settings(max_examples=60, deadline=None)
@given(place=st.sampled_from(["UK", "US", "EU", "United States", "French", "British", "Swiss"]),
       noun=st.sampled_from(["homes", "jobs", "households", "farms"]), n=st.integers(2, 99))
def test_property_the_noun_after_a_place_is_counted(place, noun, n):
    q, = find_quantities(f"Norvel counted {n},500 {place} {noun}.", "en")
    assert (q.value, q.unit) == (n * 1000 + 500, noun)


@settings(max_examples=150, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), den=st.sampled_from([("quart", "quarter", 4), ("tiers", "third", 3)]),
       num=st.sampled_from([("un", "a", 1), ("deux", "two", 2), ("trois", "three", 3)]))
def test_property_a_fraction_of_a_point_is_percentage_points(lang, den, num):
    fr, en, d = den
    nfr, nen, n = num
    if n >= d:
        return
    plural = "s" if n > 1 else ""
    text = (f"Le taux a baissé de {nfr} {fr}{plural if fr != 'tiers' else ''} de point." if lang == "fr"
            else f"The rate fell by {nen} {en}{plural} of a point.")
    qs = find_quantities(text, lang)
    assert [(round(q.value, 6), q.unit) for q in qs] == [(round(n / d, 6), "percentage points")], qs
    without = text.replace(" de point", "").replace(" of a point", "")
    assert all(q.unit != "percentage points" for q in find_quantities(without, lang))


@pytest.mark.parametrize("text, lang, values", [
    # a year after a preposition of date, then "to" and a figure of its own size: the year, then the end level
    ("The Corvel fleet grew from 2,010 in 2023 to 2,940 vans.", "en", [2010, 2940]),
    ("La flotte de Corvel est passée de 2 010 en 2023 à 2 940 camionnettes.", "fr", [2010, 2940]),
    # two years: still a span of years, no figure
    ("The Corvel fleet grew steadily from 2019 to 2023.", "en", []),
    # no preposition of date before the first: a range of its unit
    ("Corvel expects between 2,010 and 2,940 vans.", "en", [(2010, 2940)]),
])
def test_a_dated_year_then_to_a_figure_is_no_range(text, lang, values):
    got = [q.value if q.value is not None else (q.min, q.max) for q in find_quantities(text, lang)]
    assert got == values


@pytest.mark.parametrize("text, lang, want", [
    # after a verb of change, "X to Y" with a unit on each side is the change and the level reached, not a range
    ("Its cash conversion improved 2.4 per cent to 91.7 per cent.", "en", [2.4, 91.7]),
    ("The operating margin deteriorated 1.1% to 7.9%.", "en", [1.1, 7.9]),
    ("La marge s'est améliorée de 0,8 point à 14,2 %.", "fr", [0.8, 14.2]),
    # a range stays one
    ("Sales are expected to rise 4 to 6 percent.", "en", [(4.0, 6.0)]),
])
def test_a_change_and_its_level_after_more_verbs_of_change(text, lang, want):
    got = [q.value if q.value is not None else (q.min, q.max) for q in find_quantities(text, lang)]
    assert got == want
