"""Detection tests (split from test_fact_slots.py): a sentence read on its own, with no source list — what is
checkable, what ranks, which year a figure has."""
from __future__ import annotations

import pytest

from rulehelpers import _analysed, assert_rule, assert_verdict, checker_for, last_statement


def test_a_quote_before_an_evaluative_speech_tag_is_someone_s_words():
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    text = "« Une saison pareille, on n'en voit pas tous les dix ans », soupire un exploitant de la Drôme."
    a = analyse_statement(Statement(0, text, 0, len(text)), text, Context(lang="fr", matcher=EntityMatcher({})))
    assert not a.checkable, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, rank", [
    ("L'encours atteint le record de 449,6 milliards d'euros.", 1),      # a record that names its figure
    ("Les moins de 65 ans sont 12 %.", None),                            # a bound, no rank
    ("Un niveau plus bas que celui de mars.", None),                     # a comparison, no rank
    ("Its price was lower than in March, the lowest since 2020.", 1),
])
def test_what_ranks_and_what_only_compares(text, rank):
    from factcheck.checks.slots import rank_of
    assert rank_of(text) == rank


@pytest.mark.parametrize("text, lang, want", [
    # a linking verb and an evaluative adjective, nothing named, dated, measured or denied: a judgement
    ("The recovery in exports remained patchy.", "en", False),
    ("Le redressement des commandes reste timide.", "fr", False),
    # the same judgement about a named party, or with a date, stays a claim
    ("Exports from Valdoria remained patchy in 2023.", "en", True),
    ("Les commandes de Brevanne sont restées timides en 2023.", "fr", True),
])
def test_an_evaluative_predicate_with_no_anchor_is_an_opinion(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's past forecast, reported: a fact about what was forecast
    ("The Harbour Authority had forecast that 4 million passengers would use the ferries over the summer.", "en", True),
    ("L'Autorité portuaire avait prévu que 4 millions de passagers emprunteraient les ferries cet été.", "fr", True),
    # a party on the record forecasting in its own clause, after a comma and a coordinator: its published figures
    ("Ferry revenue rose to 41 million euros, and the group expects about 45 million euros next year.", "en", True),
    ("Les recettes des ferries ont atteint 41 millions d'euros, et le groupe table sur 45 millions d'euros l'an prochain.",
     "fr", True),
    ("Ferry revenue rose to 41 million euros, and analysts expect about 45 million euros next year.", "en", False),
    # a pronoun and its auxiliary after an opening phrase ("Back in May, it had warned"): the party spoke
    ("Back in May, it had warned that profit would fall by about 10 per cent.", "en", True),
    ("Back in May, analysts had warned that profit would fall by about 10 per cent.", "en", False),
    # a named party's warning with its figure, a modal of possibility and its own condition: the warning on the record
    ("Velmor warned that, if it did nothing, new tariffs could cut its pre-tax profit by around £9 million next year.",
     "en", True),
    ("Velmor a prévenu que, faute de réaction, les droits de douane pourraient amputer son bénéfice d'environ 9 millions "
     "d'euros.", "fr", True),
    # the same from unnamed speakers, or with no figure: still a forecast
    ("Analysts warned that, if nothing changed, new tariffs could cut its pre-tax profit by around £9 million next year.",
     "en", False),
    ("Velmor warned that new tariffs could hurt its profit next year.", "en", False),
    # an unnamed speaker, a target date, or a complement ended by a comma: still a forecast
    ("She predicted that 4 million passengers would use the ferries by 2030.", "en", False),
    ("Port officials met on Monday, adding that traffic would recover.", "en", False),
])
def test_a_named_party_s_reported_forecast_is_a_fact_about_the_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # an event on the calendar, down to the day: a fact a source can confirm
    ("The regional fair will open its gates from May 9 to May 17 in Castelford.", "en", True),
    ("The harbour authority's annual review is due on March 12.", "en", True),
    ("Le festival de Brevanne aura lieu du 3 au 11 juillet.", "fr", True),
    # a month alone, an intention or a condition: still a forecast
    ("The harbour authority's annual review is due in March.", "en", False),
    # an arrangement, "is due to" and its verb, whatever its date: on the record; under a condition, a hypothesis
    ("Harbour master Jean Roussel is due to step down from the board in 2026.", "en", True),
    ("Harbour master Jean Roussel is due to step down in 2026 if the merger goes ahead.", "en", False),
    ("The harbour authority plans to publish its review on March 12.", "en", False),
    ("Le festival de Brevanne aura lieu le 3 juillet si la météo le permet.", "fr", False),
    # "plans" as the object of a verb: what was unveiled is an event
    ("Mayor Ana Ruiz announced plans to close three libraries in Castelford.", "en", True),
    ("The Castelford council has plans to close three libraries.", "en", True),
    # « risque de » after a determiner is the noun, "the risk of": what happened stays checkable
    ("Le coût du risque de la banque Verlaine a augmenté de 12 %, à 310 millions d'euros.", "fr", True),
    ("Chez les patients présentant un risque de complication, la couverture a atteint 31 %.", "fr", True),
    ("La banque Verlaine risque de perdre 310 millions d'euros.", "fr", False),
    # "plans" as the verb of a named party, in either language, with no figure: the plan it states, on the record
    ("The Castelford council plans to close libraries next year.", "en", True),
    ("La mairie de Castelford prévoit de fermer des bibliothèques l'an prochain.", "fr", True),
    # a fact done, coordinated after the forecast, with a figure of its own: the statement can be checked
    ("The Castelford council wants to double bus journeys by 2030 and has set aside £40 million for new routes.", "en", True),
    ("La région de Brevanne veut doubler le trafic des bus d'ici 2030 et a débloqué 40 millions d'euros pour de nouvelles lignes.", "fr", True),
    # the coordinated clause is a forecast too: still a prediction
    ("La région de Brevanne veut doubler le trafic des bus d'ici 2030 et pourrait débloquer 40 millions d'euros.", "fr", False),
    ("The Castelford council wants to double bus journeys by 2030 and could add 40 routes.", "en", False),
    # a party's guidance that sends its audience to the forecast verb: the party forecasts, not the audience
    ("Brenwick Foods had guided investors to expect operating profit of about £64m for the year.", "en", True),
    ("Analysts expect operating profit of about £64m for the year.", "en", False),
])
def test_schedules_nouns_and_coordinated_facts_are_checkable(text, lang, want):
    """A scheduled event with its day, a marker that is the object of a verb, a named party's stated plan, a fact
    coordinated after a forecast: checkable; a month alone, a plan dated to the day, a condition, a forecast coordinated
    after one: not."""
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, year", [
    ("The port handled 4 million tonnes of grain in 2021 and 2 million tonnes of coal that same year.", "en", 2021),
    ("Le port a traité 4 millions de tonnes de céréales en 2021 et 2 millions de tonnes de charbon cette même année.", "fr", 2021),
])
def test_a_year_that_points_back_is_the_year_written_before_it_in_the_clause(text, lang, year):
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    a = analyse_statement(Statement(0, text, 0, len(text)), text,
                          Context(lang=lang, matcher=EntityMatcher({}), article_year=2025, last_year=2024))
    assert [d.year for c in a.claims for d in c.dates] == [2021, year], [(c.text, c.dates) for c in a.claims]


@pytest.mark.parametrize("text, lang, figures", [
    # a number named by the capitals after it is a model, no figure ("the 737 MAX"); an abbreviation that
    # qualifies a count ("FTE", « ETP ») is no model
    ("Norair capped 450 MAX output at 22 jets a month in 2024.", "en", ["22 jets"]),
    ("Norair a plafonné la production du 450 MAX à 22 avions par mois en 2024.", "fr", ["22 avions"]),
    ("The force lost 1,022 FTE officers in 2024.", "en", ["1,022 FTE officers"]),
    ("L'hôpital a supprimé 320 ETP en 2024.", "fr", ["320"]),
    # a count written with thousands groups is never a model's number
    ("Velmor sold 12,480 EVX bikes in 2024.", "en", ["12,480"]),
    ("Velmor a vendu 48 210 VTC en 2024.", "fr", ["48 210"]),
])
def test_a_number_named_by_capitals_after_it_is_a_model(text, lang, figures):
    assert [q.text for c in _analysed(text, lang).claims for q in c.quantities] == figures



@pytest.mark.parametrize("text, lang, want", [
    # a speaker's word for a fact (a verb of characterisation, no figure): a view, not the fact
    ("The harbour master described the new timetable as \"a step backwards\" for ferry users.", "en", False),
    ("The mayor of Castelford called the reopening of the covered market a turning point.", "en", False),
    ("La présidente de la région se dit confiante pour la suite du chantier de la gare.", "fr", False),
    ("Le syndicat y voit la preuve que la réforme a échoué.", "fr", False),
    # the same verbs as another verb ("called on … to"), dated to the day, or with a figure: still a claim
    ("The union called on the council to reopen the depot in Castelford.", "en", True),
    ("On 12 March, the mayor of Castelford called the reopening of the covered market a turning point.", "en", True),
    ("Le syndicat y voit la preuve qu'une hausse de 12 % des salaires a été obtenue.", "fr", True),
])
def test_a_speaker_s_characterisation_with_no_figure_is_a_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # what a speaker argues or calls something is itself a rank, a record or a comparison: a fact reported
    ("The chief executive of Norvel described the 2024 result as the largest profit in the group's history.", "en", True),
    ("The chair of Velmor argued that sales had stayed higher than the year before.", "en", True),
    ("Le directeur général de Norvel a jugé que les ventes étaient restées plus élevées que l'année précédente.", "fr",
     True),
    ("La présidente de Velmor y voit la plus forte hausse des commandes de son histoire.", "fr", True),
    # a view with no rank or comparison, a side's view, or the record the view is about: still not a claim
    ("The chair of Velmor argued that the plan was a mistake.", "en", False),
    ("Critics argue that the Velmor bridge is the costliest in the region.", "en", False),
    ("Le syndicat voit dans ce niveau record une alerte pour la filière.", "fr", False),
    ("Le directeur général de Norvel a jugé les conditions de marché très difficiles.", "fr", False),
])
def test_a_rank_or_a_comparison_a_speaker_reports_is_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a word that only appraises, a doubt voiced, with nothing named, dated or measured: not a claim
    ("The spring term capped a turbulent year for the bus operators.", "en", False),
    ("The rail side of the business was a different story.", "en", False),
    ("That is an ambitious goal for a network of this age.", "en", False),
    ("Rien n'est moins sûr.", "fr", False),
    ("Voilà de quoi rassurer les exploitants des remontées mécaniques.", "fr", False),
    # the same words about a named party, or dated: still a claim
    ("Castelford Buses had a turbulent year in 2023.", "en", True),
])
def test_an_appraisal_or_a_doubt_with_no_anchor_is_not_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a judgement worded as a denial, a view in someone's eyes, a trend said not to be ending: not a claim
    ("The reason for the delay is no mystery.", "en", False),
    ("Sur le plan financier, le bilan ne souffre guère de discussion.", "fr", False),
    ("Une réussite qui, aux yeux des riverains, pose de vraies questions.", "fr", False),
    ("La hausse des loyers n'est pas près de s'arrêter.", "fr", False),
    # a denial of a fact about a named party stays a claim
    ("The Castelford depot did not reopen in 2024.", "en", True),
])
def test_a_judgement_worded_as_a_denial_is_not_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a question asked without a question mark, anywhere in a statement with no figure; a forecast of what looms
    ("The next ridership survey, covering March 2026, will show whether the slump has ended.", "en", False),
    ("Les prochains relevés de la préfecture, attendus en mai 2026, diront si la baisse se confirme.", "fr", False),
    ("La rénovation des écoles s'annonce comme l'un des grands dossiers des prochaines années.", "fr", False),
    # with a figure, the statement keeps its claim
    ("Ridership fell 12% in 2025, and the next survey will show whether the slump has ended.", "en", True),
])
def test_a_question_without_a_question_mark_is_not_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a group with a side to take says something with no figure: its view
    ("Campaigners on the left say the new ferry timetable ignores the island's elderly residents.", "en", False),
    ("Les riverains disent que le chantier du quartier a pris du retard.", "fr", False),
    # an authority reporting, or a group giving a figure: a claim
    ("Port officials said the ferry terminal closed for repairs.", "en", True),
    ("Les syndicats affirment que 4 200 agents ont fait grève mardi.", "fr", True),
])
def test_a_side_s_say_with_no_figure_is_its_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # the writer's answer to the question before it, with no figure: a view
    ("Not yet, judging by the first weeks of the season.", "en", False),
    ("Pas encore, à en juger par les premiers relevés de la saison.", "fr", False),
    # the writer's verdict announced before a colon
    ("One thing is certain: the new ferry timetable did not come cheap.", "en", False),
    ("Une chose est sûre : la rénovation de la gare n'avait rien de gratuit.", "fr", False),
    # an answer that gives a figure is a claim
    ("Not yet, with 2,400 passengers in the first week of the season.", "en", True),
])
def test_an_answer_to_the_question_before_is_a_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a modal in the yardstick of a comparison measures against a hypothesis: the comparison is a claim
    ("The Greens of Valdoria won far fewer seats in 2024 than their share of the vote would suggest.", "en", True),
    ("Les Verts de Valdoria ont obtenu en 2024 bien moins de sièges que ne le laisserait penser leur score.", "fr", True),
    # a modal that forecasts stays a forecast
    ("The Greens of Valdoria could win more seats than the Liberals.", "en", False),
])
def test_a_modal_in_a_comparison_s_yardstick_is_no_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a feeling the speaker says they have, with no figure: their view
    ("The harbour master said he was very excited about the new season and felt good about the ferries.", "en", False),
    ("La présidente du port s'est déclarée confiante pour la nouvelle saison des ferries.", "fr", False),
    # with a figure, what they report is a claim
    ("The harbour master said he was pleased that 2,400 passengers used the ferries in May.", "en", True),
])
def test_a_feeling_a_speaker_reports_is_a_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])



@pytest.mark.parametrize("text, lang, negated", [
    # « ne » is a word: the start of « nettement », « neuf », « négatif » denies nothing
    ("Les ventes de Brevanne sont nettement plus élevées qu'en 2023.", "fr", False),
    ("Le déficit négatif de Brevanne n'est plus une surprise.", "fr", True),
    ("Sales in Brevanne were much higher than in 2023, not lower.", "en", True),
])
def test_the_french_particle_ne_is_a_word(text, lang, negated):
    a = _analysed(text, lang)
    assert any(c.negated for c in a.claims) == negated, [(c.role, c.text, c.negated) for c in a.claims]


@pytest.mark.parametrize("text, lang, negated", [
    # a restrictive relative clause's denial names what the sentence speaks of; the sentence denies nothing
    ("Brevanne explique la hausse par le rattrapage des faillites qui n'avaient pas eu lieu en 2021.", "fr", False),
    ("Brevanne blamed the rise on the repairs which had not been done in 2021.", "en", False),
    # nor does "not" right after a word that is no auxiliary: it negates that word's phrase
    ("About 30% of Brevanne's tenants lived in flats not meant for families in 2024.", "en", False),
    # controls: a denial of the clause, a relative after a comma, an elliptical "though not"
    ("Les faillites de Brevanne n'ont pas augmenté en 2024.", "fr", True),
    ("Les ventes de Brevanne ont reculé en 2024, ce qui n'était pas arrivé depuis 2010.", "fr", True),
    ("Brevanne's sales did not rise in 2024.", "en", True),
    ("Brevanne reported a loss in 2024, though not the first in its history.", "en", True),
])
def test_a_denial_beside_the_main_clause_is_not_the_sentences(text, lang, negated):
    a = _analysed(text, lang)
    assert any(c.negated for c in a.claims) == negated, [(c.role, c.text, c.negated) for c in a.claims]


@pytest.mark.parametrize("text, lang, year", [
    # a year after "above", "below", « niveau de » is the baseline of a comparison, not the figure's year
    ("Castelford's ferry traffic was 12 percent above the 2019 figure.", "en", "baseline"),
    ("Castelford's ferry traffic was 12 percent below its level of 2019.", "en", "baseline"),
    ("Le trafic des ferries de Castelford dépasse de 12 % son niveau de 2019.", "fr", "baseline"),
    ("Le trafic des ferries de Castelford a augmenté de 12 % en 2019.", "fr", "at"),
])
def test_a_year_after_above_or_a_level_is_a_baseline(text, lang, year):
    a = _analysed(text, lang)
    assert [d.relation for c in a.claims for d in c.dates] == [year], [(c.text, c.dates) for c in a.claims]


@pytest.mark.parametrize("text, lang, want", [
    # a named speaker reports the party's own expectation, with its figure: the guidance given is on the record
    ("On Monday, Tarvex said it expects sales of between $2 billion and $3 billion in 2026.", "en", True),
    ("Le groupe Ondoria a indiqué qu'il anticipe une marge de 6 % en 2026.", "fr", True),
    # someone else's forecast, a target date or a condition stays a forecast
    ("On Monday, Tarvex said analysts expect sales of $3 billion.", "en", False),
])
def test_a_reported_expectation_of_the_speaker_is_guidance_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # the audience after the verb of speech belongs to the frame: what the party said follows it, its own guidance
    ("In May, Corvane had told investors it expected to deliver up to 3,000 homes this year.", "en", True),
    # a participle of speech after the party's own clause: what it said would happen, on the record
    ("Corvane cut its margin goal in May, saying the margin would widen by up to 40 basis points.", "en", True),
    ("It also cut its margin goal in May, saying the margin would widen by up to 40 basis points.", "en", True),
    # a participle of unnamed speakers ("with analysts saying"): their forecast stays one
    ("Prices fell in May, with analysts saying they would fall by a further 5 per cent.", "en", False),
])
def test_what_a_party_told_its_audience_or_said_in_a_participle_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause whose subject (its pronoun, or a pronoun after it) stands for a party: that party's forecast,
    # with its figure, on the record
    ("Velmor has widened its savings plan, which it now expects to deliver £30 million a year.", "en", [True]),
    ("Les résultats sont conformes à l'objectif du groupe, qui table sur un résultat de 40 millions d'euros en 2026.",
     "fr", [True]),
    # unnamed forecasters, or a modal with no forecaster, stay a forecast
    ("Velmor has sold its ferry unit, which analysts expect to earn £30 million a year.", "en", [False]),
    ("Velmor a cédé sa filiale, qui devrait rapporter 40 millions d'euros en 2026.", "fr", [False]),
])
def test_a_relative_pronoun_standing_for_a_party_publishes_its_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert [c.checkable for c in a.claims if c.role == "relative"] == want, [(c.role, c.text, c.kind) for c in a.claims]


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause opened by a preposition after a comma is the relative's: the party's target before it stands
    ("Pour 2026, la direction vise une hausse des ventes d'environ 6 %, à laquelle pourraient s'ajouter des rachats.",
     "fr", [True]),
    ("For 2026, the management targets sales growth of about 6 %, to which acquisitions could add a point.", "en", [True]),
])
def test_a_modal_in_a_relative_clause_after_a_preposition_is_not_the_main_clause_s(text, lang, want):
    a = _analysed(text, lang)
    assert [c.checkable for c in a.claims if c.role == "main"] == want, [(c.role, c.text, c.kind) for c in a.claims]


@pytest.mark.parametrize("text, lang, want", [
    # no figure, date, party, name, denial, event word nor notion anywhere: a transition or an appraisal
    ("The crowd cheered the result.", "en", False),
    ("Derrière ces chiffres, ce sont des quartiers entiers qui décrochent.", "fr", False),
    ("The payroll survey showed a similar picture.", "en", False),     # the frame's notion is whose words, no fact
    # a speaker on the record in the frame ("officials", « le gouvernement ») is a party: what they said is a claim
    ("Officials said the bridge had reopened.", "en", True),
    ("Le gouvernement a indiqué que le pont avait rouvert.", "fr", True),
    # a word that carries the fact before over to a new subject keeps it a claim
    ("The number of buyers also shrank.", "en", True),
    ("Le nombre de visiteurs s'est lui aussi contracté.", "fr", True),
    # so does a degree that measures against the statement before: more than what it said moved
    ("Profitability at the ferries suffered even more.", "en", True),
    ("La rentabilité des ferries a davantage souffert.", "fr", True),
])
def test_a_statement_that_names_nothing_is_not_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # unnamed speakers' reading of the facts, with nothing measured, dated or named in it: a view
    ("Observers said the numbers suggest the reform is starting to work.", "en", False),
    ("Des experts ont affirmé que la réforme commence à porter ses fruits.", "fr", False),
    # a name in what they said keeps it a claim
    ("Observers said the Varnel bridge had reopened.", "en", True),
])
def test_what_unnamed_speakers_read_in_the_facts_is_a_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a quoted fragment in the speaker's first person, with no figure nor date: the speaker's own appraisal
    ('On Monday, Varnel said its autumn season had "beaten even our best hopes".', "en", False),
    ("Lundi, Varnel a indiqué que sa saison avait « dépassé toutes nos attentes ».", "fr", False),
    # with a figure it is a claim
    ('On Monday, Varnel said it had "closed 40 of our stores".', "en", True),
])
def test_a_quoted_fragment_in_the_first_person_is_the_speaker_s_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a future in a relative clause after a preposition qualifies the noun: the statement is about what was decided
    ("Varnel confirmed that March was the month for which it would publish its final weekly sales.", "en", True),
    # without it, the future is the statement's own (what a named party said it would do is on the record, below)
    # (a future that publishes, "will publish … in March", is a disclosure on the calendar: below)
    ("Varnel will end its final weekly sales in March.", "en", False),
])
def test_a_future_in_a_relative_clause_after_a_preposition_is_not_the_statement_s(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a future in a relative clause after a noun in compound qualifies that noun: the statement is what is being done
    ("Tarnwell is drawing up a rent relief scheme that might trim what tenants owe after the winter.", "en", True),
    ("Norvel indique préparer un nouveau fonds régional qui pourrait effacer une partie des dettes des locataires.", "fr", True),
    # the same future as the statement's own: still a forecast
    ("A rent arrears relief fund might cancel part of what tenants owe.", "en", False),
])
def test_a_future_in_a_relative_clause_after_a_compound_noun_is_not_the_statement_s(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a likelihood measured against another ("40 times more likely"): a comparison a source records, no hedge
    ("A study by the Dalmere Institute found that a drought this long is now 40 times more likely than a century ago.", "en", True),
    ("Smokers in Tarnwell were 30 per cent more likely to be admitted to hospital in 2023.", "en", True),
    # a bare "more likely", with nothing measured: still a forecast
    ("Frost is more likely in Tarnwell next week.", "en", False),
])
def test_a_measured_likelihood_is_a_comparison_not_a_hedge(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # what is expected of a noun in apposition (", a move expected to …") is not the statement's: it states the move
    ("Dalmere is also leaving the pet insurance market, a step expected to save about £4m a year.", "en", True),
    # the same expectation as the statement's own verb: still a forecast
    ("Dalmere's withdrawal from pet insurance is expected to save money.", "en", False),
])
def test_an_expectation_of_a_noun_in_apposition_is_not_the_statement_s(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a schedule under the formal approval of those who vote on it: the schedule set, on the record
    ("The final dividend of 12.5p is due to be paid on 3 July 2026 if shareholders approve it at the annual meeting on 20 May.",
     "en", True),
    ("Le dividende de 1,20 euro sera versé le 4 juin 2026 si les actionnaires l'approuvent lors de l'assemblée du 20 mai.",
     "fr", True),
    # under another condition: a hypothesis still
    ("The final dividend of 12.5p is due to be paid on 3 July 2026 if trading holds up.", "en", False),
    ("Le dividende de 1,20 euro sera versé le 4 juin 2026 si les résultats le permettent.", "fr", False),
])
def test_a_schedule_under_a_formal_approval_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a time to come after a verb of giving in the past: what was (not) given for it, an act on the record
    ("Tarnwell gave no target for bus ridership in the coming years.", "en", True),
    ("Norvel n'a fixé aucun objectif de marge pour les prochaines années.", "fr", True),
    # the same time to come with no act: a forecast
    ("Bus ridership in Tarnwell will recover in the coming years.", "en", False),
    ("Norvel compte ouvrir dix magasins dans les années à venir.", "fr", False),
])
def test_a_time_to_come_after_a_past_act_of_giving_is_no_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a verb of forecast with a target date makes a forecast of "will" and its figure
    ("By 2032, it projects, more than 40 % of new homes will use heat pumps.", "en", False),
    ("D'ici 2032, prévoit-il, plus de 40 % des logements neufs seront chauffés par pompe.", "fr", False),
    # a plain "will" with a figure and a deadline stays an announced obligation
    ("Varnel will repay €40 million by 2032.", "en", True),
])
def test_a_forecast_verb_with_a_target_date_makes_a_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


def _last_of(text: str, lang: str, *year):
    """The last statement of a short text, read after those before it (with no source list; ``year``: the
    article's year, when it matters)."""
    from factcheck.checks.detect import analyse
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.split import split_statements
    return analyse(split_statements(text, lang), text, lang, EntityMatcher({}), *year)[-1]


@pytest.mark.parametrize("text, lang, want", [
    # a pronoun subject stands for the named forecaster of the statement before: its published forecast, a fact
    ("The Ministry of Trade warned that the drought could cut growth this year. It expects a drag of about 0.3 point "
     "on growth in the third quarter.", "en", True),
    ("Le ministère de l'Économie a indiqué que la sécheresse pèserait sur la croissance. Il table sur une baisse de "
     "0,3 point au troisième trimestre.", "fr", True),
    # the statement before names no forecaster: the pronoun's forecast stays a prediction
    ("The drought could cut growth this year. It expects a drag of about 0.3 point on growth in the third quarter.",
     "en", False),
    ("La sécheresse pèserait sur la croissance. Il table sur une baisse de 0,3 point au troisième trimestre.",
     "fr", False),
    # an adverb of concession between the pronoun and its verb ("It nonetheless expects"): the same forecaster
    ("The Harbour Authority warned that traffic would slow. It nonetheless expects a rise of about 4 per cent in ferry "
     "passengers this year.", "en", True),
])
def test_a_pronoun_after_a_named_forecaster_publishes_its_forecast(text, lang, want):
    a = _last_of(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's target with its figure, published ("targets", « vise »): a fact about the target set
    ("The carmaker Tarvex targets an operating margin of 7 percent in 2026.", "en", True),
    ("Le groupe Ondoria vise une marge opérationnelle de 7 % en 2026.", "fr", True),
    # with a target date too: the target a named party set is on the record
    ("The carmaker Tarvex targets an operating margin of 7 percent by 2030.", "en", True),
    ("Le groupe Ondoria vise une marge opérationnelle de 7 % d'ici 2030.", "fr", True),
    # a vague subject keeps it a prediction, target date or not
    ("Analysts expect an operating margin of 7 percent by 2030 for the carmaker Tarvex.", "en", False),
    ("Les analystes visent une marge opérationnelle de 7 % d'ici 2030 pour le groupe Ondoria.", "fr", False),
])
def test_a_named_party_s_target_with_its_figure_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a word that only appraises ("complicated", « compliqué ») or a linking verb and an evaluative adjective
    # ("is heavy", « est lourde »), with nothing named, dated, measured or denied: a judgement
    ("The outlook has grown more complicated since.", "en", False),
    ("Le tableau est devenu plus compliqué depuis.", "fr", False),
    ("On the export side, the bill is heavy.", "en", False),
    ("Côté exportations, la facture reste lourde.", "fr", False),
    # the same about a named party and a year stays a claim
    ("The bill for Valdoria was heavy in 2023.", "en", True),
    ("La facture de Brevanne a été lourde en 2023.", "fr", True),
])
def test_an_appraisal_of_nothing_named_is_an_opinion(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a modal of obligation before a dated passive: a plan on the calendar, checkable
    ("Her successor must be appointed in the first half of 2026.", "en", True),
    ("Son remplaçant doit être désigné au cours du premier semestre 2026.", "fr", True),
    # without a date, or with no passive, the modal says what should happen: an opinion
    ("Her successor must be appointed quickly.", "en", False),
    ("Le gouvernement doit agir au cours du premier semestre 2026.", "fr", False),
])
def test_an_obligation_before_a_dated_passive_is_a_plan(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a plain future about a period already over when the article is written (2026): a decision announced
    ("The board will propose no dividend for 2025.", "en", True),
    ("Le conseil ne distribuera aucun dividende au titre de 2025.", "fr", True),
    # about a period still to come, it stays a forecast
    ("The board will propose no dividend for 2027.", "en", False),
    ("Le conseil ne distribuera aucun dividende au titre de 2027.", "fr", False),
])
def test_a_future_about_a_period_already_over_is_a_decision(text, lang, want):
    a = _last_of(text, lang, 2026)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a plain future or "could" with a figure, under a condition ("if …", « si … »): a hypothesis, not a plan
    ("The waiting list at Norbury could fall below 30,000 by the end of 2027 if staffing improves.", "en", False),
    ("Norbury remboursera 30 millions d'euros en 2027 si les ventes suivent.", "fr", False),
    # without the condition, the plan with its figure stays checkable
    ("Norbury will repay 30 million euros in 2027.", "en", True),
    ("Norbury remboursera 30 millions d'euros en 2027.", "fr", True),
])
def test_a_future_with_a_figure_under_a_condition_is_a_hypothesis(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a speaker on the record named by what it is ("the company", « la direction ») or a pronoun alone standing for
    # a party named before: what it said would happen, or hedged, is a fact about what was said
    ("In March the company said it would close about 4% of its Velmor stores.", "en", True),
    ("En mars, l'entreprise a annoncé qu'elle fermerait environ 4 % de ses magasins Velmor.", "fr", True),
    ("It said the stronger franc would cut 120 million francs from operating profit this year.", "en", True),
    ("The statistics office cautioned that the survey probably understates rural poverty.", "en", True),
    # a vague speaker, or a hedge with no one speaking: still a forecast
    ("Analysts said the stronger franc would cut operating profit this year.", "en", False),
    ("The survey probably understates rural poverty this year.", "en", False),
])
def test_what_a_party_on_the_record_said_would_happen_is_checkable(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a court's ruling says what the law allows: its modal is the ruling's, a fact a source can confirm
    ("In May 2025, the High Court of Orlande ruled in Vance v. Dornovia that towns may charge a parking levy.", "en", True),
    ("En mai 2025, la cour d'Orlande a statué que les communes peuvent percevoir une taxe de stationnement.", "fr", True),
    # with no ruling, the modal is a possibility
    ("Towns in Orlande may charge a parking levy next year.", "en", False),
])
def test_a_ruling_on_what_may_be_done_is_a_fact(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])



@pytest.mark.parametrize("text, lang, want", [
    # a verb form of another language is no verb of the clause: « pays » is a noun in French, "pays" a verb in English
    ("La Norvanie sert de pays de transit.", "fr", None),
    ("Norvania pays Estmark 5 million euros a year.", "en", "pay"),
])
def test_a_verb_form_of_another_language_is_no_transfer(text, lang, want):
    assert _analysed(text, lang).claims[0].roles.verb == want



@pytest.mark.parametrize("text, lang, want", [
    # a subject that is the article's own account, an opener of what is left to discuss, a linking verb that makes a
    # party the account's weak spot, a past that did not happen: not a claim, even when a party is named or dated
    ("The answer matters for every hospital waiting on new beds.", "en", False),
    ("In Valdoria, the picture was far gloomier in 2023.", "en", False),
    ("Textiles were the weak spot of the quarter.", "en", False),
    ("That leaves the question of tariffs.", "en", False),
    ("Chez les grossistes de Brevanne, le tableau est plus sombre.", "fr", False),
    ("Le constat dressé cette année pèse sur les hôpitaux.", "fr", False),
    ("Reste la question des loyers.", "fr", False),
    ("Le textile de Brevanne a été le point noir de 2023.", "fr", False),
    ("Le bilan des tempêtes en Bretagne aurait pu être bien plus lourd.", "fr", False),
    # controls: a measured subject that changes, a party that did something, stay claims
    ("Rents are rising at the same time.", "en", True),
    ("Textiles were the largest export of Valdoria in 2023.", "en", True),
    ("Même les gîtes ont vu leur fréquentation baisser.", "fr", True),
    ("La question a été tranchée par le Conseil d'État le 3 mai 2023 par 12 voix contre 4.", "fr", True),
])
def test_the_article_s_own_account_is_not_a_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a subject judged in vague or figurative words, nothing named, dated or measured in what is said of it: a
    # transition, not a claim, even when the subject itself is a name
    ("Velmor Cloud remained the group's cash cow.", "en", False),
    ("Brevanne Énergie continue de souffrir.", "fr", False),
    ("The northern plants were not spared.", "en", False),
    ("Les petits porteurs ne sont pas oubliés.", "fr", False),
    ("The export side also improved.", "en", False),
    ("Les charges de personnel restent maîtrisées.", "fr", False),
    ("The pricing debate has only grown louder since.", "en", False),
    # a name in what is said of it, a date, or a plain event between named parties: still a claim
    ("Velmor Cloud remained the cash cow of Corvane.", "en", True),
    ("Velmor's plant closed in 2021.", "en", True),
    ("Norvale a racheté Corvane.", "fr", True),
])
def test_a_subject_judged_in_vague_words_is_no_claim(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a plain future a named party confirmed or announced as decided: the decision is on the record
    ("The board confirmed that the Dalia unit will be spun off through a demerger.", "en", True),
    ("Le conseil a confirmé que la division Dalia deviendra une société distincte.", "fr", True),
    # a name opening the sentence, an aside after it, said what it would do: what it said
    ("Velmor, meanwhile, said it would stop making its older Dorvax model.", "en", True),
    # a future told, not decided; a decision under a condition; an unnamed speaker: still forecasts
    ("The chief executive told investors that 2027 will be a pivotal year.", "en", False),
    ("The board confirmed that the Dalia unit will be spun off if no buyer steps in.", "en", False),
    ("Analysts, however, said the group would stop making its older Dorvax model.", "en", False),
])
def test_a_future_decided_or_said_by_a_named_party_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a clause dated to a period already over comes before the forecast: the statement asserts what happened then
    ("The plan was unveiled in May 2023 alongside savings expected to reach 300 million euros.", "en", True),
    ("Velmor a ouvert une usine à Dalia en 2023 et en ouvrira une autre d'ici 2028.", "fr", True),
    # no such clause, or a year that only qualifies a noun: still a forecast
    ("Savings are expected to reach 300 million euros by 2027.", "en", False),
    ("La température de 2023 pourrait être dépassée d'ici 2050.", "fr", False),
])
def test_a_past_dated_clause_before_a_forecast_is_a_fact(text, lang, want):
    a = _last_of(text, lang, 2025)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a forecast verb after "what to" is a noun phrase, what the thing said is representative of: no forecast
    ("Velmor's chief executive told investors that the March order book was representative of what to expect in 2026.",
     "en", True),
    # the verb as the statement's own: a forecast
    ("Velmor's chief executive expects the order book to grow in 2026.", "en", False),
])
def test_a_forecast_verb_asked_about_is_no_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # what present signs let one hope for or foresee (« laissent espérer », « laisse augurer ») is a forecast
    ("Pour la saison 2026, les premières commandes de Velmor laissent espérer une reprise.", "fr", False),
    # what the signs themselves did stays a claim
    ("Les premières commandes de Velmor ont progressé de 5 % en 2025.", "fr", True),
])
def test_what_signs_let_one_hope_for_is_a_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])
@pytest.mark.parametrize("text, lang, speaker", [
    # past the phrase a sentence opens with, the name before the verb speaks, a single capitalised word too
    ("In the north, Velmor reported 41,250 cases.", "en", "Velmor"),
    ("Further west, Ostria's health ministry reported 113 deaths.", "en", "Ostria's health ministry"),
    ("Dans le nord, Velmor a indiqué que 41 250 cas avaient été recensés.", "fr", "Velmor"),
    # an opening phrase that is only a date says when the speaker spoke, not who: no name, no speaker read
    ("In November, the company had warned that the strike would cost £40m.", "en", None),
    ("En novembre, le groupe avait prévenu que la grève coûterait 40 millions d'euros.", "fr", None),
    ("In November, Velmor warned that the strike would cost £40m.", "en", "Velmor"),
])
def test_the_speaker_after_an_opening_phrase(text, lang, speaker):
    assert {c.attributed_to for c in _analysed(text, lang).claims} == {speaker}


@pytest.mark.parametrize("text, lang, figures", [
    # a number in groups of thousands right after a name counts; a short one names ("Route 66")
    ("Velmor reported 41,250 cases and Ostria 38,120.", "en", ["41,250 cases", "38,120"]),
    ("Velmor a signalé 41 250 cas et Ostria 38 120.", "fr", ["41 250 cas", "38 120"]),
    ("Traffic on Route 66 rose 4%.", "en", ["4%"]),
])
def test_a_grouped_number_after_a_name_counts(text, lang, figures):
    assert [q.text for c in _analysed(text, lang).claims for q in c.quantities] == figures


INITIALS = """
version: 1
entities:
  who: {names: [Water Health Office, WHO]}
  ce: {names: [Conseil des Écluses, CE]}
sources:
  - id: survey
    title: Harbour survey 2024
    publisher: who
    published: 2025-03-01
    facts:
      - id: registered
        statement: An estimated 4,120 boats were registered in 2024, up from 3,980 in 2023.
        quantity: {value: 4120, unit: boats}
        as_of: 2024
      - id: inspected
        statement: About 2,870 boats were newly inspected in 2024, the most since WHO began its harbour survey in 1990.
        subject: who
        quantity: {value: 2870, unit: boats}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, found", [
    # a name the list writes only as initials is found where the text writes them in capitals, never as the word
    # they spell: "who" is a pronoun, « ce » a determiner
    ("Owners who sold their boats kept the licence.", "en", []),
    ("The WHO survey covers every harbour.", "en", ["who"]),
    ("Ce budget a été adopté par le CE en mai.", "fr", ["ce"]),
])
def test_initials_are_found_in_capitals_only(tmp_path_factory, text, lang, found):
    checker = checker_for(tmp_path_factory, INITIALS)
    assert [m.entity for m in checker.index.matcher.find(text)] == found


@pytest.mark.parametrize("text, want", [
    # initials in capitals after a comma open no relative clause: "WHO estimates that" is an attribution, and the
    # opening phrase's "never" is no denial of what follows
    ("Counting boats that were never inspected, WHO estimates that 4,120 boats were registered in 2024.", "supported"),
    ("Counting boats that were never inspected, WHO estimates that 4,720 boats were registered in 2024.",
     "contradicted"),
])
def test_initials_after_a_comma_are_a_speaker(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, INITIALS), text, "en"), want)


@pytest.mark.parametrize("text, lang, want", [
    # a name opening the sentence, an adverb before its verb of forecast or plan, with a figure: the guidance published
    ("Tarvex now targets an operating margin of 7 percent in 2026.", "en", True),
    ("Ondoria vise désormais une marge opérationnelle de 7 % en 2026.", "fr", True),
    # a plan with its figure, beside a plain future with one ("will pay … and plans to lift …"): announced, a fact
    ("The carmaker Tarvex will pay a dividend of 40 cents, and Tarvex plans to lift it to 45 cents next year.", "en", True),
    ("Le groupe Ondoria prévoit de porter son dividende à 45 centimes l'an prochain.", "fr", True),
    # an aim a named party sets with its figure ("aims to", « vise à »): a plan announced
    ("Velmor aims to raise 45 million euros from the bond sale this spring.", "en", True),
    ("Le groupe Ondoria vise à porter sa marge à 7 % en 2026.", "fr", True),
    ("Velmor aims to raise 45 million euros by 2030.", "en", True),
    # an allocation decided, "is set to" with its figure: like "will", a plan announced
    ("Valdoria is set to receive 40 million euros from the fund.", "en", True),
    # a schedule on the record, "is due to" with its figure: like "is set to", a plan already fixed
    ("The 200 million euro share buyback is due to be completed during 2026.", "en", True),
    # unnamed forecasters, or no figure: still a forecast
    ("Analysts now expect an operating margin of 7 percent in 2026.", "en", False),
    ("Les analystes visent désormais une marge de 7 % en 2026.", "fr", False),
    ("Valdoria is set to become a regional hub.", "en", False),
    ("Valdoria is due to become a regional hub.", "en", False),
])
def test_a_named_party_s_guidance_or_plan_with_its_figure_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a possessive subject after a statement where a named party forecast: that party's guidance, with its figure
    ("Le groupe Ondoria prévoit une hausse de ses capacités de 4 %. Ses investissements devraient atteindre 2 milliards "
     "d'euros.", "fr", True),
    # no forecaster before: the modal stays a forecast
    ("La demande a reculé de 4 %. Ses investissements devraient atteindre 2 milliards d'euros.", "fr", False),
])
def test_a_possessive_after_a_named_forecaster_gives_its_guidance(text, lang, want):
    a = _last_of(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a hedge inside a perfect: what has happened, hedged; in a future: a forecast
    ("Valdoria has probably overtaken Ostria as the largest exporter of wheat.", "en", True),
    ("La Valdorie a probablement dépassé l'Ostrie comme premier exportateur de blé.", "fr", True),
    ("Valdoria will probably overtake Ostria as the largest exporter of wheat.", "en", False),
    ("La Valdorie dépassera probablement l'Ostrie comme premier exportateur de blé.", "fr", False),
    # "targets" after a determiner and a year is a noun: the reported "would" is the named speaker's
    ("The agency says reaching the 2030 targets would require 4 billion euros a year.", "en", True),
    # a superlative naming a period of something is a time, not a judgement of the clause (French reads no opinion in
    # « les pires années »: the same statement, a control)
    ("Deaths have fallen for a second year in a row, after climbing during the worst years of the epidemic.", "en", True),
    ("Les décès ont reculé pour la deuxième année consécutive, après avoir grimpé pendant les pires années de "
     "l'épidémie.", "fr", True),
    ("The rebound was the worst.", "en", False),
])
def test_hedged_facts_and_named_periods_are_not_views_nor_forecasts(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a forecast published with a record instead of a figure: the rank forecast, on the record
    ("Wheat output is forecast to reach a new record in 2026.", "en", True),
    ("Le groupe Velmor table sur un record de ventes en 2026.", "fr", True),
    ("Analysts expect output to reach a new record in 2026.", "en", False),
    # a way of change named by its adjective ("upward", « à la hausse »): a trend a source records
    ("Tenants were the exception to the upward trend.", "en", True),
    ("Veterans were the exception to the downward trend.", "en", True),
    ("Les retraités ont fait exception à la tendance à la hausse.", "fr", True),     # (« hausse »: a control)
    ("Shoppers welcomed the news.", "en", False),
])
def test_a_forecast_record_and_a_named_trend_are_checkable(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a conditional pointing back, with a record and its scope: the rank the figure before would take, checkable
    ("That would be the largest sum Velmor has ever paid for a single plant.", "en", True),
    ("Ce serait la plus grosse somme jamais versée par Velmor pour une usine.", "fr", True),     # (a control)
    # no record: still a forecast
    ("That would be a big step for Velmor.", "en", False),
])
def test_a_record_the_figure_before_would_set_is_checkable(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a thing moved to a place, in the past ("poured across the quay", « s'est répandue sur le quai »): an event
    ("Sludge spilled across the village's main square.", "en", True),
    ("La boue s'est répandue sur la place principale du village.", "fr", True),   # (the French perfect: a control)
    # a time after the preposition, or nothing moved: still nothing named
    ("The mood shifted over the summer.", "en", False),
    ("Shoppers welcomed the news.", "en", False),
])
def test_a_thing_moved_to_a_place_is_an_event(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a ranked compound names what the rank is measured by: a record a source keeps, not a judgement
    ("Norvaline, the clinic's older drug, remained the group's best-selling medicine.", "en", True),
    ("The Orlande district was the worst-hit area of the region.", "en", True),
    # an evaluative adjective on a change noun says how much it moved (« en nette hausse », "in sharp decline")
    ("Par rapport à l'an dernier, ce taux est en nette hausse.", "fr", True),
    # controls: the same words judging, with nothing measured or moved, stay views
    ("The clinic's new wing remained the best in the region.", "en", False),
    ("Le redressement des commandes reste timide.", "fr", False),
])
def test_a_ranked_compound_and_an_intensified_change_are_claims(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a framing noun as the subject of what happened in a month: an event dated, which a source can record
    ("The tariff question was resolved in Castelford in March 2024.", "en", True),
    ("La question des loyers a été tranchée lors d'un conseil à Brevanne en mars 2024.", "fr", True),
    # controls: the same framing with no month, or only a year, stays the article's own account
    ("The tariff question was settled long ago.", "en", False),
    ("In Valdoria, the picture was far gloomier in 2023.", "en", False),
    ("Reste la question des loyers de mars.", "fr", False),
])
def test_a_framing_noun_in_a_clause_dated_to_the_month_is_an_event(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


GLOSS_AFTER_A_CHANGE = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: results
    title: Corvane annual results 2024
    published: 2025-02-20
    facts:
      - id: revenue-2024
        statement: Le chiffre d'affaires de Corvane s'établit à 61,2 milliards d'euros en 2024, en baisse de 8,4 %.
        subject: corvane
        quantity: {value: 61.2e9, unit: EUR}
        as_of: 2024
      - id: revenue-2023
        statement: Le chiffre d'affaires de Corvane était de 66,8 milliards d'euros en 2023.
        subject: corvane
        quantity: {value: 66.8e9, unit: EUR}
        as_of: 2023
      - id: sales-2024
        statement: Corvane's revenue fell 8.4% to €61.2 billion in 2024.
        subject: corvane
        quantity: {value: 61.2e9, unit: EUR}
        as_of: 2024
      - id: sales-2023
        statement: Corvane's revenue was €66.8 billion in 2023.
        subject: corvane
        quantity: {value: 66.8e9, unit: EUR}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare amount in a gloss, « contre 66,8 milliards », takes the unit of the main clause's figure of its size (the
    # euros of the level), not that of its first figure (the per cent of the change before it)
    ("Le chiffre d'affaires de Corvane a reculé de 8,4 %, à 61,2 milliards d'euros, contre 66,8 milliards un an plus "
     "tôt.", "fr", "supported"),
    ("Corvane's revenue fell 8.4% to €61.2 billion, compared with 66.8 billion a year earlier.", "en", "supported"),
    ("Le chiffre d'affaires de Corvane a reculé de 8,4 %, à 61,2 milliards d'euros, contre 69,8 milliards un an plus "
     "tôt.", "fr", "unverified"),     # (a wrong starting level: never supported)
])
def test_a_gloss_s_bare_amount_takes_the_unit_of_the_figure_of_its_size(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GLOSS_AFTER_A_CHANGE), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a policy or plan of a party on the record, its noun's complement (« du groupe », "of the group"), published
    # with its figures: what that party set out, a fact
    ("La feuille de route du groupe vise 1 200 embauches en 2026.", "fr", True),
    ("The roadmap of the group targets 1,200 hires in 2026.", "en", True),
    # an unnamed forecaster, or no party after the noun: still a forecast
    ("Les analystes de la banque tablent sur 1 200 embauches en 2026.", "fr", False),
    ("La feuille de route de la saison vise 1 200 embauches en 2026.", "fr", False),
])
def test_the_plan_of_a_party_on_record_is_a_fact_about_its_plan(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


FLEET = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: fleet
    title: Corvane fleet update
    published: 2026-04-02
    facts:
      - id: remaining
        statement: Corvane hopes the remaining 12 ships of its order will be delivered before summer 2027.
        subject: corvane
        quantity: {value: 12, unit: ships}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a pronoun subject standing for the party the statement before is about: its hope with a figure, a fact
    ("At the end of March, Corvane had 48 cargo ships. It hopes to receive the remaining 12 ships before summer 2027.",
     "en", "supported"),
    ("At the end of March, Corvane had 48 cargo ships. It hopes to receive the remaining 15 ships before summer 2027.",
     "en", "unverified"),          # a wrong count: never supported
    ("Fin mars, Corvane comptait 48 navires. Elle prévoit de recevoir les 12 navires restants avant l'été 2027.",
     "fr", "supported"),
    # the statement before names no party: the hope stays a prediction
    ("Freight rates rose in March. It hopes to receive the remaining 12 ships before summer 2027.", "en",
     "not-checkable"),
])
def test_a_pronoun_after_a_named_party_states_its_plan(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FLEET), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a modal of guidance with no forecaster of its own continues the named party's published forecast before it
    ("Pour 2026, le groupe Ondoria table sur une hausse de ses ventes de 5 %. La marge opérationnelle devrait gagner "
     "entre 20 et 40 points de base.", "fr", True),
    # a forecaster of its own (analysts), or no forecast before: the modal stays a forecast
    ("Pour 2026, le groupe Ondoria table sur une hausse de ses ventes de 5 %. Les analystes estiment que la marge "
     "devrait gagner entre 20 et 40 points de base.", "fr", False),
    ("Les ventes d'Ondoria ont progressé de 5 %. La marge opérationnelle devrait gagner entre 20 et 40 points de "
     "base.", "fr", False),
])
def test_a_modal_of_guidance_continues_the_forecast_before(text, lang, want):
    a = _last_of(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a modal of guidance continuing a forecast is for the year of that forecast, not the year of the article
    ("Pour 2026, Ondoria vise une croissance organique de 5 % à 6 %, soit un chiffre d'affaires compris entre 8,1 et "
     "8,3 milliards d'euros. La marge opérationnelle devrait s'établir entre 9 % et 10 %.", "fr", 2026),
    # a forecaster of its own: no year inherited
    ("Pour 2026, Ondoria vise une croissance organique de 5 % à 6 %. Les analystes estiment que la marge devrait "
     "s'établir entre 9 % et 10 %.", "fr", None),
])
def test_a_continued_guidance_inherits_the_year_of_the_forecast_before(text, lang, want):
    a = _last_of(text, lang)
    assert next(c for c in a.claims if c.role == "main").context_year == want, [(c.role, c.text) for c in a.claims]


SCHEDULED = """
version: 1
entities:
  harlow: {names: [Harlow Motors]}
sources:
  - id: results
    title: Harlow Motors annual results
    published: 2025-03-05
    facts:
      - id: buyback
        statement: Harlow Motors announced on 5 March 2025 a share buyback of 650 million dollars.
        subject: harlow
        quantity: {value: 650e6, unit: USD}
        as_of: 2025-03-05
"""


@pytest.mark.parametrize("text, want", [
    # "is due to" with its figure: a schedule on the record, checked like "is set to"; the wrong figure is caught
    ("Harlow Motors' share buyback of 650 million dollars is due to be completed by the end of the year.", "supported"),
    ("Harlow Motors' share buyback of 700 million dollars is due to be completed by the end of the year.", "contradicted"),
])
def test_a_schedule_with_its_figure_is_checked(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SCHEDULED), text, "en"), want)


@pytest.mark.parametrize("text, lang, want", [
    # a past participle that folding makes look like a marker (« visé » read as « vise »): a target set, on the record
    ("La banque avait visé tout au long de l'exercice un résultat supérieur à 2 milliards d'euros.", "fr", True),
    ("Le club avait anticipé une hausse de 5 % de ses recettes.", "fr", True),
    # the participle first in a marker of several words (« a tablé sur » read as « table sur »): a forecast made then
    ("Jusqu'en décembre, la direction de Norvel a tablé sur des ventes stables en 2024.", "fr", True),
    ("Until the year end, Norvel's management had targeted flat revenue for the year.", "en", True),
    ("Les analystes tablent sur une marge de 7 % en 2026.", "fr", False),
    # the marker as written, with an unnamed forecaster: still a forecast
    ("Les analystes visent désormais une marge de 7 % en 2026.", "fr", False),
])
def test_a_past_participle_folded_into_a_marker_is_no_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, kinds", [
    # a speech verb in the passive, no "that" after it, says of its subject what follows: one claim, no speaker
    ("By Friday, 418 people had been reported injured across the valley.", "en", ["quantity"]),
    ("By Friday, 418 people were reported missing in Tessaly.", "en", ["quantity"]),
    # with "that", or in the active, it is still a frame
    ("By Friday, it was reported that 418 people were injured.", "en", ["attribution", "quantity"]),
    ("The Tessaly prefecture said 418 people were injured.", "en", ["attribution", "quantity"]),
    ("Vendredi, 418 personnes avaient été déclarées blessées dans la vallée.", "fr", ["quantity"]),
])
def test_a_passive_speech_verb_is_no_frame(text, lang, kinds):
    assert [c.kind for c in _analysed(text, lang).claims] == kinds


@pytest.mark.parametrize("text, lang, want", [
    # a party on the record by its noun, an adverb before its verb of forecast, with a figure: the guidance published
    ("The group now expects sales of 45 million euros in 2026.", "en", True),
    ("Le groupe prévoit désormais un chiffre d'affaires de 45 millions d'euros en 2026.", "fr", True),
    # an unnamed forecaster with the same adverb stays a forecast
    ("Analysts now expect sales of 45 million euros in 2026.", "en", False),
    ("Les analystes anticipent désormais un chiffre d'affaires de 45 millions d'euros en 2026.", "fr", False),
])
def test_an_adverb_after_a_party_on_the_record_keeps_its_guidance_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # what a named party wants to do, with its figure ("wants to", « ambitionne de »): a plan announced
    ("Velmor wants to cut its net debt to 40 million euros in 2026.", "en", True),
    ("Ondoria ambitionne de porter sa marge à 7 % en 2026.", "fr", True),
    # with no figure, or wanted by someone unnamed: still an intention or a forecast
    ("Velmor wants to expand in Asia next year.", "en", False),
    ("Some investors want to see a margin of 7 percent in 2026.", "en", False),
])
def test_a_named_party_s_intention_with_its_figure_is_a_plan_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's expectation reported by its speaker, with a target date: the guidance given is on the record
    ("On Monday, Tarvex said it expects sales to reach $3 billion by 2030.", "en", True),
    # a person the subject calls an analyst forecasts for others: a forecast, target date or not
    ("Jon Tarrant, an analyst at Velmor Securities, expects sales to reach $3 billion by 2030.", "en", False),
    ("Jean Morel, analyste chez Ondoria Finance, anticipe une marge de 7 % d'ici 2030.", "fr", False),
    # a passive forecast with a target date and no forecaster: a forecast
    ("Sales are expected to reach $3 billion by 2030.", "en", False),
])
def test_a_target_date_leaves_a_named_party_s_guidance_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, units", [
    # a "per" phrase right after a figure is that figure's rate, not the rate of a later figure of another size
    ("Holders got 9 eurocents per share, while Norvel completed a €2bn share buyback.", "en",
     ["EUR per share", "EUR"]),
    ("Les actionnaires ont reçu 9 centimes par action, et Norvel a racheté pour 2 milliards d'euros d'actions.", "fr",
     ["EUR per action", "EUR"]),
    # (a bare number before the "per" phrase is no rate of another unit's: the later sum stays a sum)
    ("Norvel paid 12 per share this year, while it spent $3bn on a buyback.", "en", [None, "USD"]),
    # (a later figure of the same rate keeps it: "90 yen per share …, 95 yen next year")
    ("Norvel paid a dividend of 90 yen per share this year and plans to lift it to 95 yen next year.", "en",
     ["JPY per share", "JPY per share"]),
    # (the figure a clause of comparison sets against a rate is that rate: « contre 2,10 euros », "against $2.10")
    ("Le bénéfice par action de Norvel s'élève à 2,40 euros, contre 2,10 euros un an plus tôt.", "fr",
     ["EUR per action", "EUR per action"]),
    ("Norvel's dividend was $2.40 per share, against $2.10 a year earlier.", "en", ["USD per share", "USD per share"]),
])
def test_a_rate_written_after_a_figure_is_its_own(text, lang, units):
    claims = _analysed(text, lang).claims
    assert [q.unit for c in claims for q in c.quantities] == units
NORVEL_PLANS = """
version: 1
entities:
  norvel: {names: [Norvel, Norvel Bank]}
sources:
  - id: norvel-results
    title: Norvel Bank annual results 2025
    published: 2026-02-20
    facts:
      - id: capital-guidance
        statement: Norvel expects to run its capital ratio down to about 12% by the end of 2027.
        subject: norvel
        quantity: {value: 12, unit: percent, bound: about}
        as_of: 2027
      - id: capital-guidance-fr
        statement: Norvel prévoit de ramener son ratio de capital à environ 12 % d'ici fin 2027.
        subject: norvel
        quantity: {value: 12, unit: percent, bound: about}
        as_of: 2027
      - id: job-cuts
        statement: Norvel announced in March 2026 that it would cut 1,200 jobs.
        subject: norvel
        quantity: {value: 1200, unit: jobs}
        as_of: 2026-03
      - id: job-cuts-fr
        statement: Norvel a annoncé en mars 2026 qu'il supprimerait 1 200 emplois.
        subject: norvel
        quantity: {value: 1200, unit: emplois}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a subject pronoun, an adverb before its verb ("It also expects"), standing for the party of the statement before
    # (one "aiming for" a return): that party's guidance with its figure, on the record
    ("Norvel Bank reported its results. For 2027, the bank is aiming for a return of 10 per cent. It also expects to run "
     "its capital ratio down to about 12 per cent by the end of 2027.", "en", "supported"),
    ("Norvel Bank reported its results. For 2027, the bank is aiming for a return of 10 per cent. It also expects to run "
     "its capital ratio down to about 14 per cent by the end of 2027.", "en", "contradicted"),
])
def test_a_pronoun_and_an_adverb_stand_for_the_party_guiding_before(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NORVEL_PLANS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a subject pronoun after an opening phrase ("For 2027, it forecasts"), after a statement that forecast: the same
    # forecaster's guidance with its figure, on the record
    ("Norvel Bank expects a return of 10 per cent in 2027. For the end of 2027, it forecasts a capital ratio of "
     "about 12 per cent.", "en", "supported"),
    ("Norvel Bank expects a return of 10 per cent in 2027. For the end of 2027, it forecasts a capital ratio of "
     "about 14 per cent.", "en", "contradicted"),
    ("Norvel Bank prévoit un rendement de 10 % en 2027. Pour la fin 2027, il prévoit un ratio de capital d'environ "
     "12 %.", "fr", "supported"),
    ("Norvel Bank prévoit un rendement de 10 % en 2027. Pour la fin 2027, il prévoit un ratio de capital d'environ "
     "14 %.", "fr", "contradicted"),
])
def test_a_pronoun_after_an_opening_phrase_stands_for_the_forecaster_before(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NORVEL_PLANS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a subject pronoun after the opening phrase of its period, closed by a comma or not ("For the end of 2027 it
    # forecasts"), after a statement that names the party, speaking or not: that party's guidance, on the record
    ("Norvel Bank reported its results. For the end of 2027 it forecasts a capital ratio of about 12 per cent.", "en",
     "supported"),
    ("Norvel Bank reported its results. For the end of 2027 it forecasts a capital ratio of about 14 per cent.", "en",
     "contradicted"),
    ("The bank has cut its costs. For the end of 2027, it forecasts a capital ratio of about 12 per cent.", "en",
     "supported"),
])
def test_a_pronoun_after_the_opening_of_its_period_stands_for_the_party_before(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NORVEL_PLANS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a date opening the frame, then a noun of the party's trade ("In March the lender said"): who spoke is the party
    # the article is about, what it said it would do is on the record — no misattribution to "In March the lender"
    ("Norvel Bank reported its results. In March the lender said it would cut 1,200 jobs.", "en", "supported"),
    ("Norvel Bank reported its results. In March the lender said it would cut 1,500 jobs.", "en", "contradicted"),
    ("Norvel Bank a publié ses résultats. En mars le groupe a indiqué qu'il supprimerait 1 200 emplois.", "fr", "supported"),
    ("Norvel Bank a publié ses résultats. En mars le groupe a indiqué qu'il supprimerait 1 500 emplois.", "fr", "contradicted"),
])
def test_a_date_opening_a_frame_is_no_part_of_its_speaker(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NORVEL_PLANS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a perfect participle clause after the forecast ("…, Velmor having agreed in May to buy …", « …, Velmor ayant
    # accepté en mai de racheter … »), with its figure: what was done, a fact the statement asserts
    ("Asset management should also weigh, Velmor having agreed in May to buy Dalia for 2 billion euros.", "en", True),
    ("La gestion d'actifs devrait aussi peser, Velmor ayant accepté en mai de racheter Dalia pour 2 milliards d'euros.",
     "fr", True),
    # the forecast alone stays one
    ("La gestion d'actifs devrait aussi peser sur les comptes.", "fr", False),
])
def test_a_perfect_participle_clause_asserts_what_was_done(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a published plan or text as the subject of a verb of plan ("This plan targets", « Ce plan vise », « Le texte vise
    # à »), with its figures: what the document sets out, on the record
    ("Ce plan vise une croissance annuelle du résultat comprise entre 6 % et 8 % de 2025 à 2028.", "fr", True),
    ("This plan targets annual profit growth of between 6% and 8% from 2025 to 2028.", "en", True),
    ("Le texte vise à ramener le déficit public à 4,8 % du PIB cette année.", "fr", True),
    # an unnamed forecaster keeps it a forecast
    ("Les analystes visent une croissance du résultat comprise entre 6 % et 8 %.", "fr", False),
])
def test_a_published_plan_s_targets_are_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a plain future in the passive of a named subject ("Dalia will be renamed Velmor Lithium", « Dalia sera
    # rebaptisée Velmor Lithium »): what was decided about it, on the record
    ("Dalia will be renamed Velmor Lithium.", "en", True),
    ("Dalia sera rebaptisée Velmor Lithium.", "fr", True),
    # no name in the subject: a forecast
    ("The shares will be watched closely.", "en", False),
    ("Le titre sera scruté de près.", "fr", False),
])
def test_a_named_subject_s_passive_future_is_a_decision(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a plain future in the passive of what a party decides to do with its own, whatever its subject ("No interim
    # dividend will be proposed", « Les indemnités seront étalées sur les quatre prochaines années »): the decision
    # announced, on the record
    ("No interim dividend will be proposed this spring.", "en", True),
    ("Aucun dividende ne sera proposé au vote.", "fr", True),
    ("Les indemnités seront étalées sur les quatre prochaines années.", "fr", True),
    # a passive future of no decision stays a forecast
    ("The bonds will be pushed higher by demand.", "en", False),
    ("Les loyers seront tirés vers le haut par la demande.", "fr", False),
])
def test_a_passive_future_of_a_decision_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's aim with a deadline finer than its year ("by the end of 2026", « d'ici fin 2026 »): a date a
    # source can confirm
    ("Velmor still aims to complete the spin-off by the end of 2026.", "en", True),
    ("Velmor ambitionne de finaliser la scission d'ici fin 2026.", "fr", True),
    # a year alone frames the aim: an intention
    ("Velmor still aims to complete the spin-off by 2026.", "en", False),
])
def test_a_named_party_s_aim_with_a_fine_deadline_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang", [
    # the comma closing a frame opens no apposition: the figure after « quelque » reads on to the end of its clause
    ("Selon Norvel Data, quelque 5,2 millions de vélos ont été vendus en 2024, un volume en recul de 3 %.", "fr"),
    ("According to Norvel Data, some 5.2 million bicycles were sold in 2024, a volume down 3%.", "en"),
])
def test_the_comma_after_a_frame_opens_the_main_clause(text, lang):
    a = _analysed(text, lang)
    main = [c for c in a.claims if c.role == "main"]
    assert main and main[0].checkable and len(main[0].quantities) == 2, [(c.role, c.text) for c in a.claims]
VELJET = """
version: 1
sources:
  - id: veljet-2025
    title: velJet annual results 2025
    published: 2026-02-10
    facts:
      - id: passengers
        statement: velJet carried 6.1 million passengers in 2025.
        quantity: {value: 6100000, unit: passengers}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def veljet(tmp_path_factory):
    return checker_for(tmp_path_factory, VELJET)


@pytest.mark.parametrize("text, lang, want", [
    # a name written with a lower-case initial opens its own sentence: the plan before it is not its statement's
    ("The group said it plans to grow. velJet carried 6.1 million passengers in 2025.", "en", "supported"),
    ("The group said it plans to grow. velJet carried 7.4 million passengers in 2025.", "en", "contradicted"),
    ("Le groupe prévoit de grandir. velJet a transporté 6,1 millions de passagers en 2025.", "fr", "supported"),
    ("Le groupe prévoit de grandir. velJet a transporté 7,4 millions de passagers en 2025.", "fr", "contradicted"),
])
def test_a_name_with_a_lower_case_initial_opens_a_sentence(veljet, text, lang, want):
    assert_rule(last_statement(veljet, text, lang), want, "quantity")


NORVAIR = """
version: 1
entities:
  norvair: {names: [Norvair]}
sources:
  - id: norvair-2025
    title: Norvair annual results 2025
    publisher: norvair
    published: 2026-02-10
    facts:
      - id: costs
        statement: Norvair's operating costs rose 8% to €4.2 billion in 2025.
        subject: norvair
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2025
      - id: cost-per-seat
        statement: Norvair's operating cost per seat was flat in 2025.
        subject: norvair
        as_of: 2025
"""


NORVAIR_FR = """
version: 1
entities:
  norvair: {names: [Norvair]}
sources:
  - id: norvair-2025
    title: Résultats annuels 2025 de Norvair
    publisher: norvair
    published: 2026-02-10
    facts:
      - id: costs
        statement: Les coûts d'exploitation de Norvair ont augmenté de 8 % à 4,2 milliards d'euros en 2025.
        subject: norvair
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2025
      - id: cost-per-seat
        statement: Le coût d'exploitation par siège de Norvair est resté stable en 2025.
        subject: norvair
        as_of: 2025
"""


@pytest.fixture(scope="module")
def norvair(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, NORVAIR), "fr": checker_for(tmp_path_factory, NORVAIR_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # ", and Norvair said …": a speaker of its own words after a coordinator, not a tag of the clause before the
    # comma — that clause is checked on its own, and what the speaker says too
    ("In 2025 operating costs rose 8% to €4.2 billion, and Norvair said its cost per seat had risen as much.", "en",
     "mixed", "direction"),
    ("In 2025 operating costs rose 8% to €4.2 billion, and Norvair said its cost per seat was flat.", "en",
     "supported", "quantity"),
    ("En 2025, les coûts d'exploitation ont augmenté de 8 % à 4,2 milliards d'euros, et Norvair a indiqué que son "
     "coût d'exploitation par siège avait augmenté d'autant.", "fr", "mixed", "direction"),
    ("En 2025, les coûts d'exploitation ont augmenté de 8 % à 4,2 milliards d'euros, et Norvair a indiqué que son "
     "coût d'exploitation par siège était resté stable.", "fr", "supported", "quantity"),
])
def test_a_speaker_after_a_coordinator_says_a_clause_of_its_own(norvair, text, lang, want, rule):
    assert_rule(last_statement(norvair[lang], text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a named party's or a party on record's own guidance, active verb, with no figure: what it announced, on the record
    ("For 2026, Tarvex expects revenue growth similar to this year's.", "en", True),
    ("Pour 2026, la direction anticipe une croissance comparable à celle de 2025.", "fr", True),
    # unnamed forecasters, a passive with no forecaster, a period characterised: still a forecast
    ("Analysts expect revenue growth similar to this year's.", "en", False),
    ("Rates are widely expected to fall.", "en", False),
    ("Tarvex expects another year of solid growth.", "en", False),
    ("Le groupe table sur une nouvelle année de croissance.", "fr", False),
])
def test_a_party_s_own_guidance_without_a_figure_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a disclosure a plain future puts on the calendar to the month or the season: a date set, a fact
    ("Detailed targets will be published in April.", "en", True),
    ("Le nouveau plan stratégique de Velmor sera présenté à l'automne.", "fr", True),
    # a plain future of what is no disclosure: still a forecast
    ("Demand will recover in April.", "en", False),
    ("La demande repartira à l'automne.", "fr", False),
    # a plan's word as a noun, the object of a verb with its adjectives between: what was given, a fact
    ("Tarvex gave no specific financial targets for 2026.", "en", True),
])
def test_a_disclosure_on_the_calendar_and_targets_given_are_facts(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a pronoun after a statement whose subject is a party on record by its noun: that party's plan, with its figure
    ("The bank raised its margin target. It plans to return 2 billion dollars to shareholders by 2027.", "en", True),
    ("Le groupe a relevé son objectif de marge. Il prévoit de verser 2 milliards d'euros à ses actionnaires d'ici 2027.",
     "fr", True),
    # nothing named before the pronoun: still a forecast
    ("Sales rose sharply. It plans to return 2 billion dollars to shareholders by 2027.", "en", False),
])
def test_a_pronoun_for_the_party_before_announces_its_plan(text, lang, want):
    a = _last_of(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # what a named party said it intends or plans, reported by its past verb of speech: a fact on the record
    ("Velmor repeated that it intends to exit its bakery business by the end of 2026.", "en", True),
    ("Velmor a répété qu'il prévoit de céder sa branche boulangerie d'ici à la fin de 2026.", "fr", True),
    # the same intention written as the article's own: still a forecast
    ("Velmor intends to exit its bakery business by the end of 2026 if the bid fails.", "en", False),
    ("Velmor prévoit de céder sa branche boulangerie si l'offre échoue.", "fr", False),
])
def test_an_intention_a_named_party_said_it_has_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, bound", [
    # a lower bound of several words after a verb with a particle is a bound, not the verb's particle
    ("Velmor intends to hand at least €1 billion back to shareholders.", "en", "at-least"),
    ("Velmor handed over 1,789 vehicles.", "en", "about"),
])
def test_a_lower_bound_of_several_words_is_no_particle(text, lang, bound):
    from factcheck.checks.numbers import find_quantities
    assert [q.bound for q in find_quantities(text, lang)] == [bound]


@pytest.mark.parametrize("text, lang, want", [
    # a named speaker's subject with an adverb before its verb of speech: what it said it would do, on the record
    ("Norvel also said it would open 40 stores in 2026.", "en", True),
    ("Norvel a également indiqué qu'il ouvrirait 40 magasins en 2026.", "fr", True),
    # a target date in the clause coordinated before the verb of speech is that clause's, not what was said
    ("Velmor confirmed its goal of €2 billion of revenue by 2026, but said it would review the target after the merger.",
     "en", True),
    ("Velmor a confirmé son objectif de 2 milliards d'euros de chiffre d'affaires d'ici 2026, mais a indiqué qu'il "
     "réviserait cet objectif après la fusion.", "fr", True),
    # unnamed speakers, or a target date in what was said: still a forecast
    ("Analysts also said it would open 40 stores in 2026.", "en", False),
    ("Velmor said it would reach €2 billion of revenue by 2026.", "en", False),
])
def test_a_named_speaker_s_reported_future_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


NORVEL_BUYBACK = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Norvel annual results 2025
    publisher: norvel
    published: 2026-02-12
    facts:
      - id: buyback
        statement: Norvel said it would buy back up to €200 million of its shares in 2026.
        subject: norvel
        quantity: {value: 2.0e8, unit: EUR}
        as_of: 2026
"""

NORVEL_BUYBACK_FR = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Résultats annuels 2025 de Norvel
    publisher: norvel
    published: 2026-02-12
    facts:
      - id: buyback
        statement: Norvel a indiqué qu'il rachèterait jusqu'à 200 millions d'euros de ses actions en 2026.
        subject: norvel
        quantity: {value: 2.0e8, unit: EUR}
        as_of: 2026
"""


@pytest.fixture(scope="module")
def norvel_buyback(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, NORVEL_BUYBACK), "fr": checker_for(tmp_path_factory, NORVEL_BUYBACK_FR)}


@pytest.mark.parametrize("text, lang, want", [
    # what a named speaker said it would do, an adverb between its name and its verb of speech: checked as said
    ("Norvel also said it would buy back up to €200 million of its shares in 2026.", "en", "supported"),
    ("Norvel also said it would buy back up to €300 million of its shares in 2026.", "en", "contradicted"),
    ("Norvel a également indiqué qu'il rachèterait jusqu'à 200 millions d'euros de ses actions en 2026.", "fr", "supported"),
    ("Norvel a également indiqué qu'il rachèterait jusqu'à 300 millions d'euros de ses actions en 2026.", "fr",
     "contradicted"),
])
def test_what_a_named_speaker_also_said_it_would_do_is_checked(norvel_buyback, text, lang, want):
    assert_rule(last_statement(norvel_buyback[lang], text, lang), want, "quantity")


@pytest.mark.parametrize("text, lang, want", [
    # a perfect of the main clause coordinated before the forecast: what was done, a fact a source confirms
    ("Share buybacks at Velmor have been suspended this year and are set to resume in 2026.", "en", True),
    ("Les rachats d'actions de Velmor ont été suspendus cette année et devraient reprendre en 2026.", "fr", True),
    # the perfect of a relative clause, or no perfect: still a forecast
    ("Share buybacks that have been suspended are set to resume in 2026.", "en", False),
    ("Les rachats d'actions qui ont été suspendus devraient reprendre en 2026.", "fr", False),
    ("Share buybacks at Velmor are set to resume in 2026.", "en", False),
])
def test_a_perfect_coordinated_before_a_forecast_asserts_what_was_done(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's stated plan, with no figure, or a verb of plan with the verb it governs: on the record
    ("Norvel plans to build a new plant in Dalia.", "en", True),
    ("Velmor prévoit de céder sa filiale brésilienne.", "fr", True),
    ("Velmor envisage de céder sa filiale brésilienne.", "fr", True),
    ("Norvel still aims to reach €2 billion of revenue in 2027.", "en", True),
    # no named party, or a condition: still a forecast
    ("Analysts hope to see a new plant in Dalia.", "en", False),
    ("Norvel plans to build a new plant in Dalia if the permit is granted.", "en", False),
    ("Velmor prévoit de céder sa filiale si l'offre échoue.", "fr", False),
])
def test_a_named_party_s_stated_plan_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a past participle that folding reads as a verb of opinion (« espéré » as « espère »): the level hoped for, a fact
    ("Les ventes de Velmor n'ont pas atteint le niveau espéré.", "fr", True),
    # the verb itself, or no party: still a view or a forecast
    ("Velmor espère une reprise des ventes.", "fr", False),
    ("On espère une reprise rapide des ventes.", "fr", False),
])
def test_a_participle_folded_into_an_opinion_marker_is_no_view(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


SEAMLESS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor, résultats 2024
    published: 2025-02-20
    facts:
      - id: revenue
        statement: Le chiffre d'affaires de Velmor a atteint 410 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 410000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « sans » before a noun whose ending no infinitive has (« sans soudure ») denies no verb of the clause
    ("Le fabricant de tubes sans soudure Velmor a réalisé un chiffre d'affaires de 410 millions d'euros en 2024.",
     "fr", "supported", "quantity"),
    ("Le fabricant de tubes sans soudure Velmor n'a pas réalisé un chiffre d'affaires de 410 millions d'euros en "
     "2024.", "fr", "contradicted", "negation"),
    ("Velmor, the seamless tube maker, reported revenue of 410 million euros in 2024.", "en", "supported", "quantity"),
    ("Velmor did not report revenue of 410 million euros in 2024.", "en", "contradicted", "negation"),
])
def test_without_before_a_noun_denies_no_verb(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SEAMLESS), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, denied", [
    ("des tubes sans soudure", None),
    ("un marché sans frontiere", None),
    ("sans conclure d'accord", "conclure"),
    ("sans battre le record", "battre"),
])
def test_the_verb_sans_denies_is_no_noun(text, denied):
    from factcheck.checks.detect.negation import verb_denial
    m = verb_denial(text)
    assert (m.group(1) if m else None) == denied


@pytest.mark.parametrize("text, lang, want", [
    # a clause coordinated after a perfect of the main clause: what was done is stated, whatever the clause after
    # it requires or judges
    ("Production of lithium at Velmor has started, and the plant must reach full capacity by December 2026.", "en", True),
    ("La production de lithium de Velmor a démarré en fin d'année, et l'usine doit atteindre son rythme de croisière "
     "d'ici décembre 2026.", "fr", True),
    # no perfect before it, or a second thing a speaker said: still not checkable
    ("The plant must reach full capacity by December 2026.", "en", False),
    ("L'usine doit atteindre son rythme de croisière d'ici décembre 2026.", "fr", False),
    ("Velmor said sales had picked up in recent weeks and that leasing should increase.", "en", False),
    ("Velmor a indiqué que les ventes avaient repris et que la demande devrait encore croître.", "fr", False),
])
def test_a_clause_coordinated_after_a_perfect_leaves_what_was_done_stated(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a forecast inside a relative clause that qualifies a noun of what was done, with its pronoun (French always has
    # one) or without (English): not the statement's
    ("During the year Velmor sold £896 million of properties it expected to deliver weaker returns.", "en", True),
    ("Velmor a vendu pour 896 millions d'euros d'immeubles qu'il prévoyait de démolir.", "fr", True),
    # the pronoun opens the clause after a fronted period, or a plain forecast: still a forecast
    ("For the year ahead it expects sales to improve.", "en", False),
    ("Pour l'année à venir, il prévoit une amélioration des ventes.", "fr", False),
])
def test_a_forecast_in_a_relative_clause_without_pronoun_is_not_the_statement_s(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a rank a named body awarded, or a rank among a named set in a dated period: on the record
    ("Norvel was named the country's best mobile network by Regulon.", "en", True),
    ("Norvel a été élue meilleure banque du pays par Regulon.", "fr", True),
    ("The stock was the best performer in the Velmor 100 during 2024.", "en", True),
    ("Le titre a signé la meilleure performance du Velmor 40 en 2024.", "fr", True),
    # no agent nor dated set: a judgement
    ("Norvel was named the best network.", "en", False),
    ("Norvel is the best restaurant in town.", "en", False),
])
def test_a_rank_awarded_or_among_a_dated_set_is_on_the_record(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a speech verb right after a coordinator, no comma and no subject of its own: the clause before it is one of its
    # own, checkable whatever the speaker then says
    ("Norvel kept its profit guidance for 2026 at £450 million and said 2027 was likely to be similar.", "en", True),
    ("Le groupe Norvel a maintenu son objectif de marge à 12 % pour 2026 et a indiqué que 2027 serait "
     "probablement comparable.", "fr", True),
    # a subject of its own after the coordinator, or a clause too short to be one: the speaker's forecast alone
    ("Norvel and Velmor said 2027 was likely to be similar.", "en", False),
])
def test_a_clause_before_and_said_is_a_claim_of_its_own(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a word of an unnamed forecaster capitalised inside a name names a party: its guidance is on the record
    ("In its outlook, Norvel Investors expects sales to grow by at least 7% in 2026.", "en", True),
    ("In their outlook, investors expect sales to grow by at least 7% in 2026.", "en", False),
])
def test_a_vague_forecaster_word_inside_a_name_names_a_party(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang", [
    # a semicolon before a speech verb ends the clause before it: that clause is the main claim, not the speaker
    ("Velmor's profit came to £41 million, the bottom of its range; in May the company had said that profit would "
     "most likely land at the lower end.", "en"),
    ("Le bénéfice de Norvel a atteint 41 millions d'euros, au bas de la fourchette ; en mai, la direction avait indiqué "
     "que le bénéfice serait au bas de la fourchette.", "fr"),
])
def test_a_semicolon_ends_the_clause_before_a_speaker(text, lang):
    a = _analysed(text, lang)
    frame = next(c for c in a.claims if c.role == "attribution-frame")
    main = next(c for c in a.claims if c.role == "main")
    assert a.checkable and main.checkable and ";" not in frame.text and ";" not in main.text, \
        [(c.role, c.text, c.kind) for c in a.claims]


@pytest.mark.parametrize("text, lang, want", [
    # "forecasts" after a possessive or a determiner is the noun: what the figure is measured against, a fact
    ("That left Velmor at the very bottom of the range of analysts' forecasts.", "en", True),
    ("Velmor's sales beat the forecasts of most brokers.", "en", True),
    # the verb of a forecaster: still a forecast
    ("Analyst Jean Roussel forecasts that Velmor will lose money.", "en", False),
])
def test_forecasts_after_a_possessive_is_a_noun(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a party giving the cause of what happened, in the active, its object before the particle: a cause on the record,
    # not a clause that names nothing nor a judgement of what it appraises
    ("Les meuniers expliquent la baisse des marges par la hausse du prix du blé dur.", "fr", True),
    ("The group attributes its improving margins to cheaper freight.", "en", True),
    ("La direction attribue ce contexte difficile à la météo.", "fr", True),
    # a cause written before the clause, "for lack of", « faute de »: no view of whoever it opens with
    ("For lack of spare pilots, the airline struggles to run its flights.", "en", True),
    # « expliquent aux visiteurs que »: what is said, no cause given
    ("Les éleveurs expliquent aux visiteurs que la saison reste difficile.", "fr", False),
])
def test_a_cause_a_party_gives_is_checkable(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang", [
    # "the authority", « l'autorité » (an elided article): a party on the record stating its plan
    ("The authority plans to open two more ferry berths at Dalmore next year.", "en"),
    ("Pour réduire l'attente, l'autorité prévoit de construire un nouveau terminal à Dalmore.", "fr"),
])
def test_a_plan_of_a_party_on_record_is_checkable(text, lang):
    a = _analysed(text, lang)
    assert a.checkable, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang", [
    # a company named by its trade, "the distributor", « le fabricant »: a party on the record, its warning or guidance a fact
    ("The parts distributor had warned that operating profit for the half would be slightly lower than a year earlier.", "en"),
    ("For 2026, the distributor expects revenue of £300m.", "en"),
    ("Le fabricant a prévenu que son chiffre d'affaires pourrait reculer de 5 % cette année.", "fr"),
    ("Pour 2026, le fabricant table sur un chiffre d'affaires de 300 millions d'euros.", "fr"),
])
def test_a_company_named_by_its_trade_speaks_on_the_record(text, lang):
    a = _analysed(text, lang)
    assert a.checkable, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang", [
    # a disclosure in the active future with its month or season: the date a party set for what it will publish
    ("Velmor will publish its medium-term roadmap at an investor day in September.", "en"),
    ("The group will present its new roadmap in the autumn.", "en"),
    ("Il présentera son nouveau plan stratégique en novembre.", "fr"),
])
def test_an_active_disclosure_on_the_calendar_is_checkable(text, lang):
    a = _analysed(text, lang)
    assert a.checkable, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, claims", [
    # a speech verb's participle after a determiner qualifies a noun: one clause, no speaker ("on a reported basis")
    ("Ferry revenue at Osterland fell 6 per cent on a reported basis to €48.2m.", "en", 1),
    ("Osterland counted an estimated 3,400 cabins across the fleet.", "en", 1),
    # the verb after its speaker still frames what it said; « a indiqué »: the auxiliary, no determiner
    ("Osterland reported that ferry revenue fell 6 per cent to €48.2m.", "en", 2),
    ("Osterland a indiqué que le chiffre d'affaires des ferries avait reculé de 6 %.", "fr", 2),
])
def test_a_participle_after_a_determiner_is_no_speech_verb(text, lang, claims):
    a = _analysed(text, lang)
    assert len([c for c in a.claims if c.checkable or c.role == "attribution-frame"]) == claims, \
        [(c.role, c.text, c.kind) for c in a.claims]


@pytest.mark.parametrize("text, lang, negated", [
    # « sans aucun », « sans la moindre » deny the noun after them, « ne » or not …
    ("Le bénéfice de Brevanne a été obtenu sans aucun produit exceptionnel en 2024.", "fr", True),
    ("Les ventes de Brevanne ont progressé sans la moindre aide publique en 2024.", "fr", True),
    # … but not in the idiom « sans aucun doute » (certainly), nor « sans » before a plain noun
    ("Sans aucun doute, les ventes de Brevanne ont progressé en 2024.", "fr", False),
    ("Sans sa filiale belge, les ventes de Brevanne auraient progressé en 2024.", "fr", False),
])
def test_sans_and_a_denying_determiner_deny(text, lang, negated):
    a = _analysed(text, lang)
    assert any(c.negated for c in a.claims) == negated, [(c.role, c.text, c.negated) for c in a.claims]


@pytest.mark.parametrize("text, want", [
    # « n'en … pas moins » says "nonetheless": the dividend is proposed, nothing is denied
    ("Harbour City n'en propose pas moins un dividende de 2 euros par action.", False),
    ("La compagnie n'en reste pas moins rentable en 2024.", False),
    # a plain denial stays one
    ("Harbour City ne propose pas de dividende au titre de 2024.", True),
])
def test_a_nonetheless_negation_denies_nothing(text, want):
    a = _analysed(text, "fr")
    assert any(c.negated for c in a.claims) == want, [(c.text, c.negated) for c in a.claims]
