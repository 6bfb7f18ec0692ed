"""The split stage: sentences, layout kinds, bylines, labels, markdown, and its invariants."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks.markdown import mask_markdown
from factcheck.checks.model import LAYOUT_KINDS
from factcheck.checks.resources import data_dir
from factcheck.checks.split import parse_byline, split_sentences, split_statements

SHARED = Path("/work/shared")
SEED = """Partenariat inégal : le soutien discret de la Corée du Nord à la Russie et ses enjeux

Chas Pravdy - 19 septembre 2025 20:29

Alors que la guerre en Ukraine se prolonge, Moscou et Pyongyang poursuivent leurs soi-disant accords militaires et politiques.

Cependant, la coopération effective entre ces deux pays isolés demeure une source d’inquiétude pour la communauté internationale.

Des rapports récents révèlent que la Corée du Nord fournit des armes et du matériel militaire à la Russie via les ports de Vladivostok et de Nakhodka.

Pourtant, la compensation versée par Pyongyang est bien inférieure à la valeur réelle des livraisons.

Une étude commandée par la Fondation Friedrich Naumann indique que Moscou n’a reçu qu’environ un tiers de la valeur estimée de l’aide militaire nord-coréenne — soit environ 1,2 milliard de dollars — principalement sous forme d’aide alimentaire, de produits pétroliers et de quelques systèmes de défense anti-aérienne.

Si la coopération militaire se renforce, l’économie de la Corée du Nord reste fragile et fortement isolée.

Néanmoins, ce partenariat stratégique continue de se développer, ce qui suscite des préoccupations chez les observateurs internationaux.

Les sanctions et restrictions n’ont pas empêché Pyongyang de rechercher de nouvelles sources de soutien et de technologie, essentielles pour moderniser ses forces armées et accroître sa légitimité internationale.

Pour la Corée du Nord, ce soutien représente une occasion de sortir de son isolement diplomatique et d’accéder à des technologies avancées ainsi qu’à des ressources.

Pour la Russie, entretenir des relations avec Pyongyang signifie renforcer son soutien militaire sans se précipiter pour rembourser ses dettes.

Les déclarations du dirigeant nord-coréen Kim Jong Un, qui a renouvelé son soutien inconditionnel à la Russie dans son conflit contre l’Ukraine, suggèrent que cette alliance pourrait perdurer malgré ses coûts.

À mesure que la diplomatie russe s’isole et que le rôle stratégique de Pyongyang s’affirme, la question de savoir si la Corée du Nord deviendra une alliée fiable dans le contexte du conflit avec l’OTAN demeure ouverte.

L’avenir de cette relation complexe dépendra de sa capacité à résister aux défis globaux à venir.

Source"""

EN_ARTICLE = """Northport harbour posts record year as container traffic surges

By Maria Chen | Business desk | 9 February 2026

The Northport Harbour Authority handled 2.4 million containers in 2025, a record, according to its annual report. Traffic rose by 8% compared with 2024. About 60% of the containers came from Asia.

The authority invested £350 million in new cranes and quays, financed by a loan from the National Infrastructure Bank. The bank, not the authority, will repay the loan. Revenue reached £1.1 billion, up from £980 million a year earlier.

Chief executive Tom Aldridge said the harbour would double its capacity by 2030. Critics say the expansion is too fast. Will the town's roads cope with the extra trucks?
"""

FR_ARTICLE = """Lanvic : un budget 2026 sous tension

Par Julie Marchand – 21 janvier 2026 à 18h40

Le conseil municipal de Lanvic a adopté lundi un budget de 184 millions d’euros pour 2026, en hausse de 3,5 % sur un an. La dette de la commune atteint 212 millions d’euros, soit environ 5 200 euros par habitant. Selon la chambre régionale des comptes, la ville compte 40 800 habitants.

La taxe foncière n’augmentera pas en 2026. Le maire, Paul Ferrand, élu en 2020, a promis d’embaucher 20 policiers municipaux supplémentaires d’ici 2028. L’opposition juge ce budget irresponsable. La ville parviendra-t-elle à réduire sa dette ?
"""


def sentences(text: str, lang: str = "und") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def layouts(text: str, **kw) -> list[tuple[str, str]]:
    return [(s.layout, s.text) for s in split_statements(text, **kw)]


def check_invariants(text: str, statements) -> None:
    covered = bytearray(len(text))
    prev_end = 0
    prev_par = 0
    for i, s in enumerate(statements):
        assert s.index == i
        assert s.layout in LAYOUT_KINDS
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= prev_end
        assert s.paragraph >= prev_par
        prev_end, prev_par = s.end, s.paragraph
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not missing, f"characters left out at {missing[:10]}"


# --- the seed article and the development cases -------------------------------------------------

def test_seed_article_gives_sixteen_statements():
    out = split_statements(SEED)
    check_invariants(SEED, out)
    assert len(out) == 16
    assert [s.layout for s in out] == ["headline", "metadata"] + ["sentence"] * 13 + ["label"]
    assert out[1].text == "Chas Pravdy - 19 septembre 2025 20:29"
    assert out[6].text.startswith("Une étude commandée") and out[6].text.endswith("anti-aérienne.")
    assert out[15].text == "Source"
    assert [s.paragraph for s in out] == list(range(16))


def test_seed_file_matches_embedded_copy():
    path = SHARED / "seed" / "000_b880fe0766addb16.txt"
    if not path.exists():
        pytest.skip("shared seed not available")
    text = path.read_text(encoding="utf-8")
    assert [s.layout for s in split_statements(text)] == [s.layout for s in split_statements(SEED)]


def test_english_article():
    out = split_statements(EN_ARTICLE)
    check_invariants(EN_ARTICLE, out)
    assert out[0].layout == "headline"
    assert (out[1].layout, out[1].text) == ("metadata", "By Maria Chen | Business desk | 9 February 2026")
    texts = [s.text for s in out]
    assert "Traffic rose by 8% compared with 2024." in texts
    assert "Revenue reached £1.1 billion, up from £980 million a year earlier." in texts
    assert texts[-1] == "Will the town's roads cope with the extra trucks?"
    assert all(s.layout == "sentence" for s in out[2:])
    assert len(out) == 11


def test_french_article():
    out = split_statements(FR_ARTICLE)
    check_invariants(FR_ARTICLE, out)
    assert [s.layout for s in out[:2]] == ["headline", "metadata"]
    assert out[1].text == "Par Julie Marchand – 21 janvier 2026 à 18h40"
    texts = [s.text for s in out]
    assert "La dette de la commune atteint 212 millions d’euros, soit environ 5 200 euros par habitant." in texts
    assert texts[-1] == "La ville parviendra-t-elle à réduire sa dette ?"
    assert len(out) == 9


@pytest.mark.parametrize("case", ["seed-fr", "en-northport-harbour", "fr-budget-lanvic"])
def test_devset_statements_found(case):
    """Every statement the gold file expects is found whole (or inside one statement)."""
    folder = SHARED / "devset" / "cases" / case
    if not folder.exists():
        pytest.skip("shared devset not available")
    text = (folder / "article.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = split_statements(text)
    check_invariants(text, out)
    for item in gold["statements"]:
        assert any(item["find"] in s.text for s in out), item["find"]


# --- French sentences --------------------------------------------------------------------------

def test_fr_titles_do_not_end_sentences():
    assert sentences("M. Kim est arrivé. Mme Dupont aussi. MM. Martin et Durand sont partis.", "fr") == [
        "M. Kim est arrivé.", "Mme Dupont aussi.", "MM. Martin et Durand sont partis."]


def test_fr_etats_unis():
    assert sentences("Les É.-U. ont répondu. Aux É.-U. Le président a parlé.", "fr") == [
        "Les É.-U. ont répondu.", "Aux É.-U.", "Le président a parlé."]


def test_fr_p_ex_and_env():
    assert sentences("Il faut p. ex. Paris ou Lyon. Le coût est d'env. 5 millions.", "fr") == [
        "Il faut p. ex. Paris ou Lyon.", "Le coût est d'env. 5 millions."]


def test_fr_cf_art():
    assert sentences("Voir cf. art. L. 121-1 du code. Le texte est clair.", "fr") == [
        "Voir cf. art. L. 121-1 du code.", "Le texte est clair."]


def test_fr_month_abbreviations():
    assert sentences("Le 1er janv. 2025, la loi est entrée en vigueur. Elle change tout. "
                     "Le 3 févr. 2026 aussi.", "fr") == [
        "Le 1er janv. 2025, la loi est entrée en vigueur.", "Elle change tout.", "Le 3 févr. 2026 aussi."]


def test_fr_decimal_comma_and_point():
    assert sentences("Le prix est de 1,2 milliard. Il a augmenté de 3.5 %. Enfin 9,8 milliards.", "fr") == [
        "Le prix est de 1,2 milliard.", "Il a augmenté de 3.5 %.", "Enfin 9,8 milliards."]


def test_fr_closing_guillemet_stays_with_sentence():
    assert sentences("« Nous irons jusqu'au bout, a-t-il dit. » Puis il est parti.", "fr") == [
        "« Nous irons jusqu'au bout, a-t-il dit. »", "Puis il est parti."]


def test_fr_exclamation_inside_quote():
    assert sentences("Il a dit : « C'est fini ! » Le public a applaudi.", "fr") == [
        "Il a dit : « C'est fini ! »", "Le public a applaudi."]


def test_fr_quote_followed_by_incise_does_not_split():
    assert sentences("« Incroyable ! » a-t-il lancé. Il est parti.", "fr") == [
        "« Incroyable ! » a-t-il lancé.", "Il est parti."]


def test_fr_narrow_no_break_spaces():
    text = "Vraiment\u202f? Oui\u00a0! Il l'a dit\u202f: «\u202fc'est fait\u202f». Fin."
    assert sentences(text, "fr") == ["Vraiment\u202f?", "Oui\u00a0!", "Il l'a dit\u202f: «\u202fc'est fait\u202f».", "Fin."]


def test_fr_ellipsis():
    assert sentences("Et puis… Rien. Il attendait… encore. Et... Voilà.", "fr") == [
        "Et puis…", "Rien.", "Il attendait… encore.", "Et...", "Voilà."]


def test_fr_dashes_and_parentheses_do_not_split():
    text = "Le dirigeant — Kim Jong Un — a parlé. Il (le dirigeant) a promis. Le coût – 1,2 Md – reste."
    assert sentences(text, "fr") == [
        "Le dirigeant — Kim Jong Un — a parlé.", "Il (le dirigeant) a promis.", "Le coût – 1,2 Md – reste."]


def test_fr_company_and_etc():
    assert sentences("Intercept Ltd. a publié ses comptes. Les ventes, etc. Le reste suit.", "fr") == [
        "Intercept Ltd. a publié ses comptes.", "Les ventes, etc.", "Le reste suit."]


def test_fr_question_and_exclamation():
    assert sentences("Quel est le coût ? Personne ne sait ! Pourquoi ?! Mystère.", "fr") == [
        "Quel est le coût ?", "Personne ne sait !", "Pourquoi ?!", "Mystère."]


def test_fr_single_letter_unit_after_number_ends_sentence():
    assert sentences("La séance a repris à 20 h. Le maire a parlé. Voir p. 12 et l'arrêt Roe v. Wade.", "fr") == [
        "La séance a repris à 20 h.", "Le maire a parlé.", "Voir p. 12 et l'arrêt Roe v. Wade."]


def test_fr_number_at_sentence_end():
    assert sentences("La ville compte 40 800 habitants en 2025. 2026 sera différent.", "fr") == [
        "La ville compte 40 800 habitants en 2025.", "2026 sera différent."]


# --- English sentences -------------------------------------------------------------------------

def test_en_titles():
    assert sentences("Mr. Smith met Dr. Jones at St. Paul's. They talked.", "en") == [
        "Mr. Smith met Dr. Jones at St. Paul's.", "They talked."]


def test_en_country_acronyms():
    assert sentences("The U.S. and the U.K. agreed. The U.N. did not. I work for the U.S. Government.", "en") == [
        "The U.S. and the U.K. agreed.", "The U.N. did not.", "I work for the U.S. Government."]


def test_en_acronym_at_sentence_end():
    assert sentences("Talks were held in the U.K. The deal was signed.", "en") == [
        "Talks were held in the U.K.", "The deal was signed."]


def test_en_prefix_abbreviations_before_numbers():
    assert sentences("He earned approx. 5 million vs. 3 million in Jan. 2024. That was a rise.", "en") == [
        "He earned approx. 5 million vs. 3 million in Jan. 2024.", "That was a rise."]


@pytest.mark.parametrize("text, lang, want", [
    ("Profit rose 40% on a year earlier. easyJet plans to grow by 25%.", "en",
     ["Profit rose 40% on a year earlier.", "easyJet plans to grow by 25%."]),
    ("Les ventes ont reculé. iPhone et iPad restent en tête.", "fr",
     ["Les ventes ont reculé.", "iPhone et iPad restent en tête."]),
    ("Trials began in May. mRNA shots followed.", "en", ["Trials began in May.", "mRNA shots followed."]),
    # a lower-case word stays inside its sentence, and so does an elided article before a capital
    ("Prices fell by 3 p.c. after the cut. people were glad.", "en", ["Prices fell by 3 p.c. after the cut. people were glad."]),
    ("Il habite av. d'Orsay depuis 2020.", "fr", ["Il habite av. d'Orsay depuis 2020."]),
])
def test_name_with_lower_case_initial_opens_a_sentence(text, lang, want):
    assert sentences(text, lang) == want


@settings(max_examples=200, deadline=None)
@given(head=st.text(alphabet="abcdefghij", min_size=1, max_size=6), tail=st.text(alphabet="KLMNOP", min_size=1,
                                                                                  max_size=3),
       rest=st.text(alphabet="abcdefghij", min_size=1, max_size=6), lang=st.sampled_from(["fr", "en", "und"]))
def test_property_camel_case_word_opens_sentence(head, tail, rest, lang):
    name = head + tail + rest
    text = f"Sales rose sharply. {name} plans more."
    assert sentences(text, lang) == ["Sales rose sharply.", f"{name} plans more."]
    low = f"Sales rose sharply. {head}{rest} plans more."     # the same word without its capital: one sentence
    assert sentences(low, lang) == [low]


def test_en_initials():
    assert sentences("J. K. Rowling wrote it. Kim J. Un did not.", "en") == [
        "J. K. Rowling wrote it.", "Kim J. Un did not."]


def test_en_company_suffixes():
    assert sentences("Acme Inc. reported profits. Acme Corp. did not. Shares of Beta Ltd. It fell.", "en") == [
        "Acme Inc. reported profits.", "Acme Corp. did not.", "Shares of Beta Ltd.", "It fell."]


def test_en_military_and_political_titles():
    assert sentences("Prof. Brown agreed with Gen. Lee and Sen. Warren. Rep. Jones did not.", "en") == [
        "Prof. Brown agreed with Gen. Lee and Sen. Warren.", "Rep. Jones did not."]


def test_en_quotes():
    assert sentences('"We are ready," he said. "We will win." Then he left.', "en") == [
        '"We are ready," he said.', '"We will win."', "Then he left."]
    assert sentences("“The port is full.” Officials agreed.", "en") == ["“The port is full.”", "Officials agreed."]


def test_en_no_as_word_and_as_abbreviation():
    assert sentences("He said no. The vote failed. See No. 5 on the list.", "en") == [
        "He said no.", "The vote failed.", "See No. 5 on the list."]


def test_en_email_url_money():
    text = "Write to jane.doe@example.com. The site is https://example.org/a.html. She has $100.00. It is hers."
    assert sentences(text, "en") == [
        "Write to jane.doe@example.com.", "The site is https://example.org/a.html.", "She has $100.00.", "It is hers."]


def test_en_exclamation_inside_name_and_ellipsis():
    assert sentences("She works at Yahoo! in London. That's a lot... And more. Wait... what?", "en") == [
        "She works at Yahoo! in London.", "That's a lot...", "And more.", "Wait... what?"]


def test_und_uses_both_languages():
    assert sentences("M. Kim a parlé. Mr. Smith replied. Les É.-U. ont répondu. The U.S. did too.") == [
        "M. Kim a parlé.", "Mr. Smith replied.", "Les É.-U. ont répondu.", "The U.S. did too."]


def test_split_sentences_paragraphs_and_list_lines():
    text = "First one. Second\nstill second.\n\nNew paragraph\n- an item\n1. another item"
    assert sentences(text, "en") == [
        "First one.", "Second\nstill second.", "New paragraph", "- an item", "1. another item"]


def test_inline_numbered_list():
    assert sentences("1) The first item 2) The second item 3) The third", "en") == [
        "1) The first item", "2) The second item", "3) The third"]


def test_empty_text():
    assert split_statements("") == []
    assert split_statements(" \n\n \t") == []
    assert split_sentences("   ") == []


# --- layout ------------------------------------------------------------------------------------

def test_bulleted_list_items():
    text = "Le conseil a voté :\n- une hausse du budget ;\n* une baisse de la dette.\n• 20 policiers en plus"
    assert layouts(text, lang="fr") == [
        ("sentence", "Le conseil a voté :"),
        ("list-item", "- une hausse du budget ;"),
        ("list-item", "* une baisse de la dette."),
        ("list-item", "• 20 policiers en plus")]


def test_numbered_list_marker_is_not_a_sentence_end():
    text = "Three points.\n\n1. Premier point. Avec deux phrases.\n2) Deuxième point\n3. Troisième"
    out = layouts(text, lang="fr")
    assert out[1:] == [
        ("list-item", "1. Premier point. Avec deux phrases."),
        ("list-item", "2) Deuxième point"),
        ("list-item", "3. Troisième")]


def test_list_item_continuation_line():
    text = "- the first item goes on\n  over two lines\n- the second"
    assert layouts(text, lang="en") == [
        ("list-item", "- the first item goes on\n  over two lines"), ("list-item", "- the second")]


def test_headline_then_subheads():
    text = "Main title\n\nBy Ann Lee | 9 February 2026\n\nBody one. Body two.\n\nA section title\n\nMore body."
    out = layouts(text, lang="en")
    assert out == [("headline", "Main title"), ("metadata", "By Ann Lee | 9 February 2026"),
                   ("sentence", "Body one."), ("sentence", "Body two."),
                   ("subhead", "A section title"), ("sentence", "More body.")]


def test_question_headline_only_first():
    text = "Will the port cope?\n\nThe port grew. It is full.\n\nWhat now?\n\nNobody knows."
    out = layouts(text, lang="en")
    assert out[0] == ("headline", "Will the port cope?")
    assert ("sentence", "What now?") in out


def test_first_line_title_glued_to_body():
    assert layouts("Title on first line\nThe body starts here. It goes on.", lang="en") == [
        ("headline", "Title on first line"), ("sentence", "The body starts here."), ("sentence", "It goes on.")]


def test_hard_wrapped_paragraph_is_not_a_title():
    text = "The harbour handled many containers in\n2025, a record for the port. Traffic rose."
    assert [k for k, _ in layouts(text, lang="en")] == ["sentence", "sentence"]


def test_long_line_without_final_punctuation_is_a_sentence():
    text = "Intro.\n\n" + " ".join(["word"] * 40)
    assert [k for k, _ in layouts(text, lang="en")] == ["sentence", "sentence"]


@pytest.mark.parametrize("line", ["Source", "Sources :", "Sources : INSEE, Eurostat", "Photo : AFP",
                                  "Photo: Reuters", "Lire aussi : Le budget de Lanvic en 2025", "Read more",
                                  "Read more: Harbour traffic in 2024", "Crédit", "Crédit photo : J. Dupont",
                                  "© 2026 Le Journal", "Credit: Getty Images", "À lire aussi"])
def test_labels(line):
    text = "Body sentence here.\n\n" + line
    assert layouts(text)[-1] == ("label", line)


@pytest.mark.parametrize("line", ["Sources say the talks failed.", "Photographs were taken at dawn.",
                                  "Share prices fell 5%."])
def test_sentences_that_start_like_labels(line):
    assert layouts("Intro.\n\n" + line, lang="en")[-1] == ("sentence", line)


@pytest.mark.parametrize("line", ["Publié le 21 janvier 2026 à 18h40", "Mis à jour le 21/01/2026 à 19h02",
                                  "Updated 9 February 2026", "Published Feb. 9, 2026 at 8:30 a.m. ET",
                                  "Par Julie Marchand", "By Maria Chen", "Paris, le 21 janvier 2026",
                                  "lundi 21 janvier 2026", "5 min read"])
def test_metadata_lines(line):
    text = "Title here\n\n" + line + "\n\nBody sentence. Another one."
    assert layouts(text)[1] == ("metadata", line)


def test_title_and_byline_in_one_block():
    out = layouts("Budget vote in Lanvic\nBy Ann Lee | 9 February 2026\n\nThe council voted.")
    assert out == [("headline", "Budget vote in Lanvic"), ("metadata", "By Ann Lee | 9 February 2026"),
                   ("sentence", "The council voted.")]


def test_paragraph_numbers():
    out = split_statements("Title\n\nOne. Two.\n\n\n\nThree.\n- item", lang="en")
    assert [(s.text, s.paragraph) for s in out] == [("Title", 0), ("One.", 1), ("Two.", 1), ("Three.", 2), ("- item", 2)]


def test_crlf_line_endings():
    text = "Title\r\n\r\nBy Ann Lee | 9 February 2026\r\n\r\nOne. Two.\r\n"
    out = split_statements(text, lang="en")
    check_invariants(text, out)
    assert [(s.layout, s.text) for s in out] == [
        ("headline", "Title"), ("metadata", "By Ann Lee | 9 February 2026"), ("sentence", "One."), ("sentence", "Two.")]


# --- bylines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line,expected", [
    ("Chas Pravdy - 19 septembre 2025 20:29", ("Chas Pravdy", None, "2025-09-19", "20:29")),
    ("By Maria Chen | Business desk | 9 February 2026", (None, "Maria Chen", "2026-02-09", None)),
    ("Par Julie Marchand – 21 janvier 2026 à 18h40", (None, "Julie Marchand", "2026-01-21", "18:40")),
    ("Publié le 2025-09-19", (None, None, "2025-09-19", None)),
    ("Updated Feb. 9, 2026 at 8:30 a.m.", (None, None, "2026-02-09", "08:30")),
    ("Monday, February 9, 2026 8:30 pm", (None, None, "2026-02-09", "20:30")),
    ("Mis à jour le 21/01/2026 à 19h02", (None, None, "2026-01-21", "19:02")),
    ("Le Journal | 1er janvier 2026", ("Le Journal", None, "2026-01-01", None)),
    ("Par Julie Marchand, AFP", ("AFP", "Julie Marchand", None, None)),
    ("By Tom Aldridge for Northport Gazette - 3 March 2026", ("Northport Gazette", "Tom Aldridge", "2026-03-03", None)),
    ("2025-09-19T20:29", (None, None, "2025-09-19", "20:29")),
    ("Publié à 20 h 29", (None, None, None, "20:29")),
    ("By Fiona Gallagher — political correspondent — Dunmore, 17 May 2025", (None, "Fiona Gallagher", "2025-05-17", None)),
    ("Health | Kellbridge, 23 Jan. 2026 | By Tom Whitfield", (None, "Tom Whitfield", "2026-01-23", None)),
    ("By Daniel Ruiz | Markets | Denver, 29 Oct. 2025, 8:15 a.m.", (None, "Daniel Ruiz", "2025-10-29", "08:15")),
    ("La Gazette de Loirance - 5 janvier 2026 14:10", ("La Gazette de Loirance", None, "2026-01-05", "14:10")),
    ("Mis à jour le 21 janvier", (None, None, None, None)),
    # a desk or a role for the author, a place (and its region) before the date
    ("By a staff reporter, Dunmore, 26 November 2024", ("Dunmore", "a staff reporter", "2024-11-26", None)),
    ("Par la rédaction économie, Loirance, le 18 février 2025", ("Loirance", "la rédaction économie", "2025-02-18", None)),
    ("By the Business Desk | Kellbridge, Norland, January 22, 2025", (None, "the Business Desk", "2025-01-22", None)),
    ("Par notre service Économie — Loirance, le 27 février 2025", (None, "notre service Économie", "2025-02-27", None)),
])
def test_parse_byline(line, expected):
    got = parse_byline(line)
    assert got is not None
    assert (got["outlet"], got["author"], got["date"], got["time"]) == expected


@pytest.mark.parametrize("line", ["On 9 February 2026 the council voted", "By 2030 the harbour will double",
                                  "Par ailleurs, le maire a démissionné", "The council voted on 9 February 2026.",
                                  "Partenariat inégal : le soutien discret de la Corée du Nord",
                                  "Le Monde | Économie", "Source", "",
                                  "By a staff vote, Dunmore adopted the plan on 3 March 2026"])
def test_parse_byline_rejects(line):
    assert parse_byline(line) is None


def test_parse_byline_american_numeric_date():
    assert parse_byline("Updated 02/15/2026", "en")["date"] == "2026-02-15"
    assert parse_byline("Mis à jour le 05/02/2026", "fr")["date"] == "2026-02-05"


# --- markdown ----------------------------------------------------------------------------------

MD = """# Northport posts record year

*By Maria Chen | Business desk | 9 February 2026*

The **Northport Harbour Authority** handled [2.4 million containers](https://x.org/a_b.pdf). Traffic rose by 8%.

## What next?

- Item *one* here.
- Item two

> A quote. Another sentence.

Read more
"""


def test_markdown_statements_keep_raw_offsets():
    out = split_statements(MD, lang="en", markdown=True)
    check_invariants(MD, out)
    assert [(s.layout, s.text) for s in out] == [
        ("headline", "# Northport posts record year"),
        ("metadata", "*By Maria Chen | Business desk | 9 February 2026*"),
        ("sentence", "The **Northport Harbour Authority** handled [2.4 million containers](https://x.org/a_b.pdf)."),
        ("sentence", "Traffic rose by 8%."),
        ("subhead", "## What next?"),
        ("list-item", "- Item *one* here."),
        ("list-item", "- Item two"),
        ("sentence", "> A quote."),
        ("sentence", "Another sentence."),
        ("label", "Read more")]


def test_markdown_bold_sentence_keeps_closing_marks():
    text = "**This is bold.** Next one. _Also this._ End."
    assert [s.text for s in split_statements(text, lang="en", markdown=True)] == [
        "**This is bold.**", "Next one.", "_Also this._", "End."]


def test_markdown_setext_heading_and_rule():
    text = "Big title\n=========\n\nSome text. More text.\n\n---\n\nLast one."
    out = split_statements(text, lang="en", markdown=True)
    check_invariants(text, out)
    assert out[0].layout == "headline" and out[0].text == "Big title\n========="
    assert [s.layout for s in out[1:]] == ["sentence", "sentence", "label", "sentence"]


def test_markdown_without_flag_is_plain_text():
    assert layouts("# Not a heading. It is text.", lang="en") == [
        ("sentence", "# Not a heading."), ("sentence", "It is text.")]


def test_mask_markdown_same_length_and_content():
    text = "# Title ##\n\nSome **bold**, _it_, snake_case, `a*b` and [link](http://x.y/a_b) ![i](p.png).\n" \
           "- item\n1. two\n> quote\n<b>tag</b> <!-- note -->\n| a | b |\n|---|---|\n```py\nx = a*b\n```"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(masked) if c == "\n"]
    lines = masked.split("\n")
    assert lines[0].strip() == "Title"
    assert " ".join(lines[2].split()) == "Some bold , it , snake_case, a*b and link i ."
    assert lines[3].strip() == "item" and lines[4].strip() == "two" and lines[5].strip() == "quote"
    assert lines[6].strip() == "tag"
    assert lines[7].split() == ["a", "b"] and not lines[8].strip()
    assert lines[10] == "x = a*b" and not lines[9].strip() and not lines[11].strip()


def test_mask_markdown_leaves_prose_alone():
    text = "Le coût est de ~5 % (environ), soit 5 * 3 = 15 ; C# et #1."
    assert mask_markdown(text) == text


# --- data files, speed, properties --------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_split_yaml_entries_are_strings(lang):
    data = yaml.safe_load((data_dir() / "lang" / lang / "split.yaml").read_text(encoding="utf-8"))
    for group in ("titles", "prefix", "ambiguous"):
        assert all(isinstance(x, str) for x in data["abbreviations"][group]), group
    for key in ("sentence_starters", "byline_words", "dateline_words", "weekdays", "section_words", "labels"):
        assert all(isinstance(x, str) for x in data[key]), key
    assert all(isinstance(k, str) and 1 <= v <= 12 for k, v in data["months"].items())


def test_one_megabyte_is_split_whole():
    # Volume, not speed: 1 MB of prose is split into statements that cover it (its speed is measured by
    # `python bench/throughput.py --stages`, never by a timed test).
    blob = SEED + "\n\n" + EN_ARTICLE + "\n\n" + FR_ARTICLE + "\n\n"
    big = (blob * (1_000_000 // len(blob) + 1))[:1_000_000]
    out = split_statements(big)
    assert len(out) > 5000
    check_invariants(big, out)


_ALPHABET = st.sampled_from(list("aAbBzZéÉ çà01239 .,;:!?…«»“”\"'()[]-–—•*#_`>|\n\n\n\t\u00a0\u202f\r©")
                            + ["M.", "U.S.", "É.-U.", "p. ex.", "1. ", "- ", "Source", "Par ", "By ", " 2026",
                               "19 septembre", "20:29", "**", "[a](b)", "...", ". . .", "\n\n", "Mr.", "etc."])
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=120).map("".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en", "und"]), markdown=st.booleans())
def test_property_statements_cover_text(text, lang, markdown):
    out = split_statements(text, lang=lang, markdown=markdown)
    check_invariants(text, out)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en", "und"]))
def test_property_sentences_cover_text(text, lang):
    spans = split_sentences(text, lang)
    covered = bytearray(len(text))
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        covered[a:b] = b"\x01" * (b - a)
        prev = b
    assert all(c.isspace() or covered[i] for i, c in enumerate(text))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_property_mask_keeps_length_and_lines(text):
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert all((a == "\n") == (b == "\n") for a, b in zip(text, masked))
    assert all(a == b or b == " " for a, b in zip(text, masked))
