"""checks.html: article body, headline and metadata from a news page; comments and boilerplate left out."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.checks import html
from factcheck.checks.errors import InputError
from factcheck.checks.html import Extraction

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGE = (FIXTURES / "article_fr.html").read_text(encoding="utf-8")
TITLE = "Armes nord-coréennes : Moscou aurait reçu pour 20 milliards de dollars de munitions, selon une étude"
COMMENTS = ["la Russie a payé 5 milliards", "Jean-Marc75", "Merci pour cet article", "300 chars livrés par la Chine",
            "Commentaires (3)", "Votre commentaire"]
BOILERPLATE = ["Nous utilisons des cookies", "Tout accepter", "Accueil", "Rechercher", "S’abonner",
               "Les plus lus", "Inflation : les prix", "lettre d’information", "À lire aussi", "Vladivostok",
               "Partager sur", "Mentions légales", "Tous droits réservés", "dataLayer", "cookie-banner"]
BODY = ["Les chiffres étaient attendus depuis des mois.",
        "suivi de près de 16 000 conteneurs",
        "Un tiers payé en devises",
        "« Moscou a trouvé à Pyongyang ce que les usines russes ne pouvaient plus produire assez vite",
        "Des chiffres contestés",
        "La Fondation Friedrich Naumann a indiqué qu’une version anglaise du rapport serait publiée en octobre"]


@pytest.fixture(scope="module")
def article():
    return html.article_from_html(PAGE, source="article_fr.html")


def test_reader_comments_never_appear(article):
    for comment in COMMENTS:
        assert comment not in article.text


def test_boilerplate_is_left_out(article):
    for noise in BOILERPLATE:
        assert noise not in article.text, noise


def test_body_paragraphs_are_kept_in_order(article):
    positions = [article.text.index(part) for part in BODY]
    assert positions == sorted(positions)


def test_headline_is_the_first_paragraph_once(article):
    assert article.title == TITLE
    assert article.text.startswith(TITLE + "\n\n")
    assert article.text.count(TITLE) == 1


def test_paragraphs_are_separated_by_blank_lines(article):
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 15          # headline, 10 paragraphs, 2 subheads, 1 quotation, 1 list
    assert all(p == p.strip() and p for p in paragraphs)
    assert "\n\n\n" not in article.text


def test_list_items_are_lines_of_one_paragraph(article):
    assert ("Les principales conclusions du rapport sont les suivantes :\n\n"
            "- entre 9 et 12 millions d’obus livrés depuis août 2023 ;\n"
            "- une valeur totale de 15 à 20 milliards de dollars ;\n"
            "- un tiers environ payé en devises, le reste en nature.\n\n") in article.text


def test_metadata(article):
    assert article.outlet == "Le Courrier du Matin"
    assert article.author == "Claire Dumas"
    assert article.published == "2025-09-19"
    assert article.format == "html"
    assert article.source == "article_fr.html"


def test_extraction_is_deterministic(article):
    again = html.article_from_html(PAGE, source="article_fr.html")
    assert again == article


def test_url_does_not_change_the_text(article):
    online = html.article_from_html(PAGE, source="https://x.example/a", url="https://x.example/a")
    assert online.text == article.text


# --- headline placement -----------------------------------------------------------------------

def test_headline_not_repeated_when_body_starts_with_it():
    text = html.article_text("La Russie a reçu des obus", ["La Russie a reçu des obus", "Deuxième paragraphe."])
    assert text == "La Russie a reçu des obus\n\nDeuxième paragraphe."


def test_headline_comparison_ignores_case_accents_and_spaces():
    text = html.article_text("Corée :  la RUSSIE paie", ["coree : la Russie paie", "Suite."])
    assert text == "coree : la Russie paie\n\nSuite."


def test_text_starts_at_the_headline_when_a_kicker_precedes_it():
    assert html.article_text("Titre", ["International", "Titre", "Corps."]) == "Titre\n\nCorps."


def test_headline_far_down_the_body_is_not_taken_for_the_top():
    blocks = ["Un.", "Deux.", "Trois.", "Titre"]
    assert html.article_text("Titre", blocks) == "Titre\n\nUn.\n\nDeux.\n\nTrois.\n\nTitre"


def test_a_paragraph_merely_starting_like_the_headline_is_not_the_headline():
    assert html.article_text("Corée", ["Corée du Nord : des obus."]) == "Corée\n\nCorée du Nord : des obus."


def test_headline_added_before_a_different_body():
    assert html.article_text("Titre", ["Corps."]) == "Titre\n\nCorps."
    assert html.article_text(None, ["Corps.", "  ", "Fin."]) == "Corps.\n\nFin."


# --- small pages --------------------------------------------------------------------------------

def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_line_breaks_and_no_break_spaces_are_kept():
    doc = page("<article><h1>Obus</h1><p>Moscou a reçu 1\u202f200 obus,<br>selon l’étude « FNF ».</p>"
               "<p>Le reste   a été\n   payé en nature, soit environ un tiers de la valeur totale.</p></article>")
    article = html.article_from_html(doc, source="p.html")
    assert "Moscou a reçu 1\u202f200 obus,\nselon l’étude « FNF »." in article.text
    assert "Le reste a été payé en nature" in article.text


def test_outlet_falls_back_to_the_host_name():
    doc = page("<article><p>La Corée du Nord a livré des obus à la Russie depuis 2023, selon une étude "
               "publiée jeudi par une fondation allemande.</p></article>")
    article = html.article_from_html(doc, source="https://www.exemple.fr/a", url="https://www.exemple.fr/a")
    assert article.outlet == "exemple.fr"


def test_host_name():
    assert html.host_name("https://www.lemonde.fr/international/x.html") == "lemonde.fr"
    assert html.host_name("http://127.0.0.1:8000/a") == "127.0.0.1"
    assert html.host_name(None) is None


@pytest.mark.parametrize("doc", ["", page(""), page("<nav></nav><script>var a = 1;</script>"),
                                 "<html><body><div class='comments'><p>la Russie a payé 5 milliards !</p></div>"
                                 "<footer><p>© 2025</p></footer></body></html>"])
def test_no_article_text_is_an_input_error(doc):
    with pytest.raises(InputError) as caught:
        html.article_from_html(doc, source="empty.html")
    assert str(caught.value) == "empty.html: no article text found in the page"


# --- stdlib fallback ----------------------------------------------------------------------------

def test_fallback_is_used_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(html, "extract_with_trafilatura", lambda text, url, source: Extraction())
    article = html.article_from_html(PAGE, source="article_fr.html")
    assert article.title == TITLE
    assert article.text.startswith(TITLE + "\n\n")
    assert article.text.count(TITLE) == 1
    for part in BODY:
        assert part in article.text
    for noise in COMMENTS + BOILERPLATE:
        assert noise not in article.text, noise
    assert (article.outlet, article.author, article.published) == ("Le Courrier du Matin", "Claire Dumas",
                                                                    "2025-09-19")


def test_fallback_keeps_metadata_trafilatura_found(monkeypatch):
    metadata_only = Extraction(title="Titre choisi", outlet="Le Site", published="2024-01-02")
    monkeypatch.setattr(html, "extract_with_trafilatura", lambda text, url, source: metadata_only)
    article = html.article_from_html(page("<h1>Titre du parseur</h1><p>Un paragraphe.</p>"), source="p.html")
    assert (article.title, article.outlet, article.published) == ("Titre choisi", "Le Site", "2024-01-02")
    assert article.text == "Titre choisi\n\nTitre du parseur\n\nUn paragraphe."


def test_fallback_parser_skips_boilerplate_and_comments():
    doc = page("""
      <script>document.write('<p>script</p>')</script><style>p { color: red }</style>
      <nav><ul><li>Accueil</li></ul></nav>
      <h1>Le titre</h1>
      <p>Premier   paragraphe<br>sur deux lignes.</p>
      <form><p>Votre e-mail</p></form>
      <ul><li>point un</li><li>point deux</li></ul>
      <h2>Intertitre</h2><h4>ignored heading level</h4>
      <div id="commentaires"><p>la Russie a payé 5 milliards !</p></div>
      <div class="user-comment-list"><ol><li>autre commentaire</li></ol></div>
      <aside><p>pub</p></aside><footer><p>pied</p></footer>
      <p>Dernier paragraphe &amp; fin.</p>""", head="<title>Titre de l’onglet</title>")
    found = html.extract_plain(doc)
    assert found.title == "Le titre"
    assert found.paragraphs == ["Le titre", "Premier paragraphe\nsur deux lignes.", "- point un\n- point deux",
                                "Intertitre", "Dernier paragraphe & fin."]


def test_fallback_title_from_title_tag_without_h1():
    found = html.extract_plain(page("<p>Texte.</p>", head="<title> Titre  de l’onglet </title>"))
    assert found.title == "Titre de l’onglet"


def test_fallback_survives_unclosed_tags():
    found = html.extract_plain("<p>un<p>deux<li>trois<li>quatre</ul><div class=comment><p>non")
    assert found.paragraphs == ["un", "deux", "- trois\n- quatre"]


def test_missing_trafilatura_is_one_clear_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)     # makes "import trafilatura" fail
    with pytest.raises(InputError) as caught:
        html.article_from_html(PAGE, source="a.html")
    message = str(caught.value)
    assert message.startswith("a.html: HTML support is not installed (")
    assert message.endswith("run: pip install 'trafilatura>=2.0' lxml_html_clean")
    assert "\n" not in message


# --- start-up cost ------------------------------------------------------------------------------

def test_trafilatura_is_imported_only_when_html_is_handled():
    code = ("import sys, factcheck.checks.html, factcheck.checks.load; assert 'trafilatura' not in sys.modules; "
            "assert 'requests' not in sys.modules; "
            "factcheck.checks.html.article_from_html('<p>Un paragraphe de texte.</p>', source='x'); "
            "assert 'trafilatura' in sys.modules")
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
