"""Language identification (fr / en / und) from function words."""
from __future__ import annotations

import pytest
import yaml

from factcheck.checks.language import detect_language, language_scores
from factcheck.checks.resources import data_dir


@pytest.mark.parametrize("text", [
    "Moscou a reçu un tiers de la valeur estimée.",
    "Lanvic : un budget 2026 sous tension",
    "La taxe foncière n’augmentera pas en 2026.",
    "L’avenir de cette relation complexe dépendra de sa capacité à résister aux défis globaux à venir.",
    "Partenariat inégal : le soutien discret de la Corée du Nord à la Russie et ses enjeux",
    "Par Julie Marchand – 21 janvier 2026 à 18h40",
])
def test_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", [
    "The bank, not the authority, will repay the loan.",
    "Northport harbour posts record year as container traffic surges",
    "Will the town's roads cope with the extra trucks?",
    "Critics say the expansion is too fast.",
    "It doesn't matter, they've said.",
])
def test_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "   ", "Source", "Kim Jong Un", "2025-09-19 20:29", "OTAN NATO", "Via"])
def test_undetermined_when_too_little(text):
    assert detect_language(text) == "und"


def test_tie_is_undetermined():
    assert language_scores("le the") == (1, 1)
    assert detect_language("le the") == "und"


def test_words_shared_by_both_languages_count_for_neither():
    assert language_scores("a on me plus via") == (0, 0)


def test_elisions_and_contractions():
    fr, en = language_scores("l'État qu'il d'euros")
    assert fr >= 3 and en == 0
    fr, en = language_scores("don't it's we're")
    assert en == 3 and fr == 0


def test_majority_wins_in_mixed_text():
    text = "Le ministre a déclaré que la réforme serait adoptée. He said: \"we will see\"."
    assert detect_language(text) == "fr"


def test_whole_articles():
    fr = ("Le conseil municipal de Lanvic a adopté lundi un budget de 184 millions d’euros pour 2026. "
          "La dette de la commune atteint 212 millions d’euros.")
    en = ("The Northport Harbour Authority handled 2.4 million containers in 2025, a record, according to "
          "its annual report. Traffic rose by 8% compared with 2024.")
    assert detect_language(fr) == "fr"
    assert detect_language(en) == "en"


def test_long_text_is_sampled():
    # only the first SAMPLE_CHARS characters are weighed (a 1.3 MB text costs what 100 KB does): English first,
    # then a long French tail, reads as English
    from factcheck.checks.language import SAMPLE_CHARS
    en = "The port is full and the trucks are late. "
    fr = "Le port est plein et les camions sont en retard. "
    text = en * (SAMPLE_CHARS // len(en) + 1) + fr * 30000
    assert detect_language(text) == "en"
    assert detect_language(fr * 30000) == "fr"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_stopword_files_hold_strings(lang):
    data = yaml.safe_load((data_dir() / "lang" / lang / "stopwords.yaml").read_text(encoding="utf-8"))
    assert len(data["stopwords"]) > 100
    assert all(isinstance(w, str) and w == w.lower() for w in data["stopwords"])
