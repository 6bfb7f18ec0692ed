"""Building claims and reading statements: each ``Segment`` of a statement becomes a ``Claim`` (``_make_claim``)
with its own words (its children blanked), figures and dates (``checks.numbers``, then ``figures``), mentions and
roles (``checks.entities``, ``checks.roles``), polarity and kind (``kinds``), the parties of an attribution (who
says it, who commissioned or wrote the study: ``attributed``), and the context it takes from its main clause or, through
``Context``, from the statement before ("Elle a perçu …", "That is up from …"). ``analyse_statement`` gives a
statement its kind from its claims; ``analyse`` reads an article's statements.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterable, Iterator, Optional

from .. import numbers, units
from ..entities import EntityMatcher
from ..model import AnalysedStatement, Claim, Statement
from ..roles import find_roles
from ..slots import starts_a_span
from ..terms import concepts_in, content_stems
from ..text import fold, fold_same_length
from . import figures, forecasts, inherited, kinds, multiplied, negation, verbbounds
from .reportedframe import reported_in_frame
from .attributed import describe_source
from .backrefs import patterns, points_back, speaks_again
from .clauses import Segment, segments
from .frames import share_frame
from .lexicon import ClaimLexicon, claim_lexicon
from .repeats import StatementMemo
from .subjects import continued_guidance, opens_with_party, relative_of_party
from .running import dated_year, last_written_year, point_back, read_in_running_period


NON_CLAIM_LAYOUTS = ("headline", "subhead", "metadata", "label")


@dataclass
class Context:
    """What the statements before tell the one being read."""
    lang: str
    matcher: EntityMatcher
    article_year: Optional[int] = None
    article_month: Optional[int] = None    # the month of the article's date: a month alone after it is of the year before
    last_subject: Optional[str] = None     # the entity the previous statement was about, for "Elle", "It", "They"
    last_claim: Optional[Claim] = None     # the previous statement's main claim, for "That is up from ...", "C'est ..."
    last_year: Optional[int] = None        # the year the previous statement's main claim is dated, for "cette année-là"
    last_written: Optional[int] = None     # the last year the previous statement writes, for "cette année-là" without one
    period: Optional[tuple] = None         # (year, month, words) of the paragraph's last statement that dates what it says,
                                           # and the words read in it since (``Claim.period_words``)
    lede: Optional[tuple] = None           # that of the article's first paragraph, for a new paragraph
    paragraph: int = 0                     # the paragraph ``period`` is of
    first_paragraph: Optional[int] = None  # the article's first paragraph of statements
    next_paragraph: Optional[int] = None   # the one after it, which sets the lede when the first dates nothing
    last_speaker: Callable[[], bool] = partial(bool)   # (False) whether the previous statement has a named party speak or forecast (a call: read when a pronoun asks)
    last_party: Callable[[], bool] = partial(bool)     # (False) whether the previous statement opens with or is about a party ("Velmor had …"; a call)
    last_forecast: bool = False            # whether the previous statement is a party's published forecast, checkable
    last_forecast_year: Optional[int] = None   # the year that forecast is for, which a forecast continuing it inherits
    before: tuple = (-1, "")               # (paragraph, words) of the statement before, for « ces trois mois »


def _blank(text: str, start: int, end: int, children: list[Segment], connectors=()) -> str:
    chars = list(text[start:end])
    for a, b in [(c.start, c.end) for c in children] + list(connectors):
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def _make_claim(st: Statement, text: str, seg: Segment, ctx: Context, parent: Optional[Claim]) -> Claim:
    """The claim of one segment: its own words (its children blanked), figures, dates, parties, roles,
    polarity, kind, and what it inherits from its parent clause or the previous statement."""
    lex = claim_lexicon(ctx.lang)
    s, e, own = _own_words(text, seg)
    f = fold_same_length(own)
    base = st.start + s
    mentions = ctx.matcher.find(own, base)
    quantities, dates = _figures_and_dates(own, f, lex, ctx, base, parent)
    dates = [d for d in dates if not _inside_a_name(d, mentions)]
    roles = find_roles(own, mentions, base, subject_hint=seg.subject_hint, lang=ctx.lang,
                       possessor_hint=seg.possessor_hint)
    negated, only = negation.negation(f, lex, ctx.lang)
    claim = Claim(text=st.text[s:e], start=base, end=st.start + e, kind="event", checkable=False,
                  quantities=[q for q in quantities], dates=dates, mentions=mentions, roles=roles,
                  negated=negated, only=only, role=seg.role,
                  terms=sorted(set(content_stems(own))), concepts=concepts_in(own), focus=own)
    claim.exclusive = _exclusive(f, lex)
    if parent is not None and seg.role in ("gloss", "relative", "item"):
        figures.inherit_units(claim, parent)
    if seg.role == "attribution-frame" or (seg.role == "main" and lex.source_noun.match(f.strip()) and
                                           (lex.authorship.search(f) or lex.commission.search(f))):
        describe_source(claim, own, f, lex, inside=bool(st.text[:s].strip()))
        if seg.role == "main":
            seg.role = claim.role = "attribution-frame"   # "L'étude a été réalisée par le cabinet X": about the source
    claim.kind, claim.checkable = kinds.claim_kind(claim, own, f, lex, seg, ctx.article_year)
    if claim.checkable and parent is not None and kinds.inside_quote(claim, own, parent, text, parent.start - st.start):
        claim.kind, claim.checkable = "opinion", False
    _set_context(claim, seg, ctx, parent, f)
    return claim


def _exclusive(f: str, lex: ClaimLexicon) -> bool:
    """Whether a claim says something of one thing alone: a marker of ``exclusive_markers`` no hedge of
    ``exclusive_hedges`` stands right before ("due entirely to wine", « à lui seul »); "almost entirely due to
    wine", « presque entièrement due au vin », says most of it, a share words in common may confirm."""
    return any(not lex.exclusive_hedge.search(f[:m.start()]) for m in lex.exclusive.finditer(f))


def _inside_a_name(d, mentions: list) -> bool:
    """Whether a date is written inside a name of the list ("Norvale 2030", a committee's name): not the claim's time."""
    return d.start >= 0 and any(m.start <= d.start and d.end <= m.end for m in mentions)


def _own_words(text: str, seg: Segment) -> tuple[int, int, str]:
    """(start, end, text with the children blanked) of a segment: the claim spans its own words only
    ("… nord-coréenne", not the gloss after it)."""
    s, e = seg.start, seg.end
    own = _blank(text, s, e, seg.children, seg.connectors)
    if seg.children:
        lead = len(own) - len(own.lstrip())
        s, e = s + lead, e - (len(own) - len(own.rstrip()))
        while e > s and (text[e - 1] in " ,;:—–-" or own[e - 1 - s] == " "):
            e -= 1
        own = _blank(text, s, e, seg.children, seg.connectors)
    return s, e, own


def _figures_and_dates(own: str, f: str, lex: ClaimLexicon, ctx: Context, base: int,
                       parent: Optional[Claim]) -> tuple[list, list]:
    """The figures (with units per head, bounds a verb gives, multiples, shares and shared units, normalised)
    and the dates (relative years against the parent clause's year or the article's) of a claim's words."""
    quantities = numbers.find_quantities(own, ctx.lang, base)
    dates = numbers.find_dates(own, ctx.lang, base)
    clause_year = next((d.year for d in (parent.dates if parent else []) if d.relation == "at"), None)
    # (a year relative to the clause's — "a year earlier", « la même année » — is, with none in the clause, that of
    # the sentence before)
    dates = figures.years(f, dates, lex, clause_year or ctx.article_year, base, clause_year, own,
                          ctx.last_year if parent is None else None, ctx.last_written if parent is None else None)
    figures.per_units(own, quantities, base)
    figures.parent_rate(own, quantities, parent)      # (« contre 10,65 euros » after a rate per share: that rate)
    verbbounds.verb_bounds(f, quantities, base)
    quantities = figures.multipliers(own, f, quantities, base, ctx.lang)
    multiplied.multiplied_by(f, quantities, base)
    quantities = figures.spread_shares(own, quantities, base)
    figures.shared_units(own, quantities, base)
    for q in quantities:
        units.normalise(q)
    return quantities, dates


def _set_context(claim: Claim, seg: Segment, ctx: Context, parent: Optional[Claim], f: str) -> None:
    """What a claim inherits: its parent clause's year, concepts, entities and terms, or, for a main clause that
    points back ("That is up from 48.9 %"), the previous statement's."""
    if parent is not None:
        # (not the year a stretch of time begins, "the lowest since the register opened in 2009": no figure's year)
        years = [d.year for d in parent.dates if d.relation in ("at", "baseline")
                 and not starts_a_span(parent.text, d.start - parent.start)]
        claim.context_year = years[0] if years else parent.context_year
        claim.context_text = parent.focus or parent.text
        claim.context_concepts = list(dict.fromkeys(parent.concepts + getattr(parent, "context_concepts", [])))
        claim.context_entities = list(dict.fromkeys([m.entity for m in parent.mentions]))
        claim.context_terms = parent.terms
    elif seg.role == "main" and ctx.last_claim is not None and points_back(f.strip()):
        prev = ctx.last_claim           # "That is up from 48.9 %": the figure of the previous statement's topic
        claim.context_concepts = list(dict.fromkeys(prev.concepts))
        claim.context_entities = list(dict.fromkeys([m.entity for m in prev.mentions]))
        claim.context_terms = prev.terms
        claim.antecedent = prev.antecedent or prev
    else:
        claim.context_concepts, claim.context_entities, claim.context_terms = [], [], []


def analyse_statement(st: Statement, analysis_text: str, ctx: Context) -> AnalysedStatement:
    """Kinds and claims of one statement. ``analysis_text`` is the statement's text as analysed
    (Markdown masked), of the same length as ``st.text``."""
    if st.layout in NON_CLAIM_LAYOUTS:
        kind = "headline" if st.layout == "subhead" else st.layout
        return AnalysedStatement(st, kind, False, [], ctx.lang)
    f = fold_same_length(analysis_text)
    if analysis_text.rstrip().endswith(":") and len(analysis_text.split()) <= 12:
        return AnalysedStatement(st, "label", False, [], ctx.lang)     # "Main items in the 2026 budget:"
    question = analysis_text.rstrip().rstrip("»”\" ").endswith("?")
    claims, main_claim = _statement_claims(st, analysis_text, f, ctx)
    share_frame(claims)
    _reported_futures(claims, main_claim, claim_lexicon(ctx.lang))
    figures.difference_units([q for c in claims for q in c.quantities], analysis_text, st.start)
    inherited.inherit_statement_units(claims)
    inherited.inherit_previous_units(claims, ctx.last_claim)
    previous = [q.value for q in ctx.last_claim.quantities if q.value is not None] if ctx.last_claim else []
    for c in claims:
        c.context_values = [q.value for o in claims if o is not c for q in o.quantities if q.value is not None] + previous
    if main_claim is not None:
        _remember(ctx, main_claim, claims, f)
    ctx.last_year = dated_year(main_claim, f, st.start) if main_claim is not None else None
    ctx.last_written = last_written_year(claims)
    read_in_running_period(claims, main_claim, analysis_text, f, st, ctx)
    before = ctx.before[1] if ctx.before[0] == st.paragraph else ""      # the paragraph's statement before
    ctx.before = st.paragraph, point_back(claims, analysis_text, st.start, before)
    _whole_statement_kind(claims, f, question, ctx)
    return _analysed(st, claims, main_claim, question, ctx)


def _whole_statement_kind(claims: list[Claim], f: str, question: bool, ctx: Context) -> None:
    """A question ("Faut-il, comme le réclament plusieurs élus, … ?") or a view ("X argued that pressure was
    still pushing firms under") makes every claim of the statement not checkable."""
    lex = claim_lexicon(ctx.lang)
    kind = "question" if question or kinds.asks_without_figure(claims, f, lex) else \
        "opinion" if kinds.is_view(claims, f, lex) or kinds.answers_before(claims, f, lex) else None
    if kind:
        for c in claims:
            c.checkable, c.kind = False, kind


def _reported_futures(claims: list[Claim], main_claim: Optional[Claim], lex: ClaimLexicon) -> None:
    """A main clause that is only what the named speaker of the frame said would happen is a claim about what was
    said (``reportedframe.reported_in_frame``): a quantity with a figure, else an event."""
    frame = next((c for c in claims if c.role == "attribution-frame"), None)
    if main_claim is not None and frame is not None and reported_in_frame(main_claim, frame, lex):
        main_claim.checkable = True
        main_claim.kind = "quantity" if main_claim.quantities else "event"


def _statement_claims(st: Statement, analysis_text: str, f: str, ctx: Context) -> tuple[list[Claim], Optional[Claim]]:
    """The claims of each segment (the main clause's children after it), and the main clause's claim."""
    lex = claim_lexicon(ctx.lang)
    claims: list[Claim] = []
    main_claim: Optional[Claim] = None
    segs = segments(analysis_text, f, lex, ctx.matcher)
    framed = any(seg.role == "attribution-frame" for seg in segs)     # "…, analysts say": a forecaster of its own
    for seg in segs:
        if seg.role == "main":
            speaks_again(seg, f[seg.start:seg.end], ctx, framed)
        claim = _make_claim(st, analysis_text, seg, ctx, None)
        claims.append(claim)
        _inherit_forecast_year(seg, claim, ctx, lex)
        if seg.role == "main":
            main_claim = claim
            for child in seg.children:
                child.speaker_before = child.role == "relative" and \
                    relative_of_party(child.subject_hint, analysis_text[seg.start:child.start], lex)
                claims.append(_make_claim(st, analysis_text, child, ctx, claim))
    return claims, main_claim


def _remember(ctx: Context, main_claim: Claim, claims: list[Claim], f: str) -> None:
    """What the next statement may point back to: the main claim's party (unless it is itself a pronoun's),
    the main claim (unless it itself points back) and whether a named party spoke or forecast in it."""
    subject = main_claim.roles.giver or main_claim.roles.receiver or \
        (main_claim.mentions[0].entity if main_claim.mentions else None)
    if subject and not patterns()["pronoun"].match(f.strip()):
        ctx.last_subject = subject
    if not patterns()["pronoun"].match(f.strip()):
        ctx.last_party = _once(partial(_names_a_party, subject, f, ctx.lang))
    bearers = [c for c in _forecast_bearers(main_claim, claims) if forecasts.published_forecast_claim(c, claim_lexicon(ctx.lang))]
    ctx.last_forecast = bool(bearers)
    years = [d.year for c in bearers + ([main_claim] if bearers else []) for d in c.dates if d.relation == "at"]
    ctx.last_forecast_year = years[0] if years else next((c.context_year for c in bearers if c.context_year), None)
    if main_claim.checkable and not patterns()["anaphor"].match(f.strip()):
        ctx.last_claim = main_claim
    if not patterns()["pronoun"].match(f.strip()):
        ctx.last_speaker = _once(partial(forecasts.names_forecaster, tuple(claims), claim_lexicon(ctx.lang)))


def _once(read: Callable[[], bool]) -> Callable[[], bool]:
    """``read`` called at the first call only, its answer kept (``functools.cache`` of the partial did the same, but
    built an lru wrapper, its attributes copied, for each statement: most are never asked)."""
    kept: list = []

    def answer() -> bool:
        if not kept:
            kept.append(read())
        return kept[0]
    return answer


def _names_a_party(subject, f: str, lang: str) -> bool:
    """Whether a statement names a party a pronoun after may stand for: an entity of the lists, or a subject that is a
    party on record by its noun ("The bank raised its target …", « Le groupe a relevé … »)."""
    return bool(subject) or opens_with_party(f, claim_lexicon(lang))


def _inherit_forecast_year(seg: Segment, claim: Claim, ctx: Context, lex: ClaimLexicon) -> None:
    """A main clause with no date of its own that continues the forecast before under modals of guidance alone (« Pour
    2025, X vise … La marge devrait s'établir à 12 % ») is that forecast's guidance, for its year."""
    own = claim.focus or claim.text
    if seg.role == "main" and seg.speaker_before and ctx.last_forecast and not claim.dates \
            and continued_guidance(claim.checkable, forecasts.predictions(own, fold(own), lex)):
        claim.context_year = ctx.last_forecast_year


def _forecast_bearers(main_claim: Claim, claims: list[Claim]) -> list[Claim]:
    """The claims whose forecast the next statement may continue: the main claim's, or, when the main claim is only
    a fronted date with no verb nor figure (« Pour 2025, le groupe vise … », "For 2025, the group expects …"), the
    clause that follows it, which says what the statement forecasts."""
    bare_date = main_claim.dates and not main_claim.quantities and not main_claim.roles.verb
    after = [c for c in claims if c is not main_claim and c.start >= main_claim.end]
    return [main_claim] + (after[:1] if bare_date else [])


def _analysed(st: Statement, claims: list[Claim], main_claim: Optional[Claim], question: bool,
              ctx: Context) -> AnalysedStatement:
    """The statement's kind and whether it is checkable, from its claims."""
    checkable = [c for c in claims if c.checkable]
    if not checkable:
        kind = "question" if question else (main_claim.kind if main_claim else "opinion")
        return AnalysedStatement(st, kind, False, claims, ctx.lang)
    # a lone attribution frame around an unverifiable content (an opinion, a forecast) is not a claim
    # to check by itself: what is newsworthy is the forecast, which no source can confirm yet
    if all(c.role == "attribution-frame" for c in checkable) and main_claim and \
            main_claim.kind in ("opinion", "question", "prediction"):
        for c in checkable:
            c.checkable = False
        return AnalysedStatement(st, main_claim.kind, False, claims, ctx.lang)
    # events read by default in a statement that names nothing anywhere: a transition or an appraisal
    lex = claim_lexicon(ctx.lang)
    if all(c.kind == "event" for c in checkable) and (all(kinds.names_nothing(c, lex) for c in claims)
                                                      or _unnamed_view(claims, checkable, lex)):
        for c in checkable:
            c.kind, c.checkable = "opinion", False
        return AnalysedStatement(st, "opinion", False, claims, ctx.lang)
    first = main_claim if main_claim and main_claim.checkable else checkable[0]
    return AnalysedStatement(st, _checkable_kind(first, checkable, claims), True, claims, ctx.lang)


def _unnamed_view(claims: list[Claim], checkable: list[Claim], lex: ClaimLexicon) -> bool:
    """What unnamed speakers read in the facts ("Observers said the numbers point to a turning tide", « Des
    observateurs estiment que la tendance se confirme »): a frame whose speaker is vague (``vague_sources``) and
    nothing in what they said is measured, dated or named."""
    frame = next((c for c in claims if c.role == "attribution-frame"), None)
    if frame is None or frame.checkable or not lex.vague.match(fold_same_length(frame.text).strip()) \
            or forecasts.names_speaker(frame.text, lex):            # "officials": a speaker on the record
        return False
    return not any(c.quantities or c.dates or c.mentions or forecasts.has_proper_noun(c.focus or c.text) for c in checkable)


def _checkable_kind(first: Claim, checkable: list[Claim], claims: list[Claim]) -> str:
    """The kind of a checkable statement: its first checkable claim's, a relation when it names both parties, an
    attribution when a named source reports an event with no figure nor date ("according to the agency, the
    project is behind schedule": what a source confirms is that the named party said it)."""
    kind = "relation" if first.roles.giver and first.roles.receiver else first.kind
    if kind == "event" and any(c.role == "attribution-frame" for c in checkable) \
            and not any(c.quantities for c in claims) and not first.dates:
        return "attribution"
    return kind


MAX_STATEMENT_CHARS = 3000     # longer than any sentence a reporter writes: a run-on or a dump, not read


def analyse(statements: list[Statement], analysis_text: str, lang: str, matcher: EntityMatcher,
            article_year: Optional[int] = None, max_chars: int = MAX_STATEMENT_CHARS,
            article_month: Optional[int] = None) -> list[AnalysedStatement]:
    """Each statement read into claims; one longer than ``max_chars`` is kind ``too-long`` and not read (its
    analysis would grow faster than its length: a 10 MB line without punctuation is one statement)."""
    return list(analyse_each(statements, analysis_text, lang, matcher, article_year, max_chars, article_month))


def analyse_each(statements: Iterable[Statement], analysis_text: str, lang: str, matcher: EntityMatcher,
                 article_year: Optional[int] = None,
                 max_chars: int = MAX_STATEMENT_CHARS,
                 article_month: Optional[int] = None) -> Iterator[AnalysedStatement]:
    """``analyse`` one statement at a time, in order (a statement is read with the one before it: ``Context``)."""
    ctx = Context(lang=lang, matcher=matcher, article_year=article_year, article_month=article_month)
    memo = StatementMemo()                # a statement written again is read once (``repeats``)
    for st in statements:
        if st.end - st.start > max_chars:
            yield AnalysedStatement(st, "too-long", False, [])
            continue
        text = analysis_text[st.start:st.end]
        if st.paragraph != ctx.paragraph:
            ctx.last_year = None          # ("A year earlier" opening a paragraph: the article's period's, not the last one dated)
        key = memo.key(st, text, ctx)
        moved = memo.recall(st, key, ctx)
        if moved is not None:
            yield moved
            continue
        last = ctx.last_claim
        a = analyse_statement(st, text, ctx)
        memo.keep(key, a, ctx, last)
        yield a
