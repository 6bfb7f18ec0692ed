"""Plain dataclasses that flow between the stages.

load -> Article; split -> Statement; detect -> Claim (with Quantity, Mention, Roles);
sources -> Catalog (Source, Fact, Entity); judge -> ClaimResult / StatementResult; report -> Report.
Every offset is a character offset into ``Article.text`` (the decoded article), so that
``article.text[x.start:x.end] == x.text`` holds for statements, claims, quantities and mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# --- verdicts and kinds -----------------------------------------------------------------------

SUPPORTED = "supported"
CONTRADICTED = "contradicted"
MIXED = "mixed"
OUTDATED = "outdated"
UNVERIFIED = "unverified"
NOT_CHECKABLE = "not-checkable"
VERDICTS = (SUPPORTED, CONTRADICTED, MIXED, OUTDATED, UNVERIFIED, NOT_CHECKABLE)

# statement kinds given by the splitter (layout); claim kinds given by detection (content)
LAYOUT_KINDS = ("headline", "subhead", "metadata", "label", "list-item", "sentence")
CHECKABLE_KINDS = ("quantity", "relation", "attribution", "event", "comparison", "ranking", "cause", "composition")
UNCHECKABLE_KINDS = ("opinion", "prediction", "question", "headline", "metadata", "label")

# quantity bounds (schema v1) and the extra "range" used when min/max are given
BOUNDS = ("exact", "about", "at-most", "at-least")


# --- article ----------------------------------------------------------------------------------

@dataclass
class Article:
    """An article as loaded: its decoded text and what is known about it."""
    text: str                         # the decoded text every offset refers to
    source: str                       # path, URL or "-"
    language: str = "und"             # "fr", "en" or "und"
    title: Optional[str] = None
    published: Optional[str] = None   # ISO date if known
    outlet: Optional[str] = None
    author: Optional[str] = None
    format: str = "text"              # text | markdown | html
    notes: list[str] = field(default_factory=list)   # what the reader should know (a --lang the text contradicts)


# --- statements -------------------------------------------------------------------------------

@dataclass
class Statement:
    """One statement of an article: its text, offsets and layout."""
    index: int
    text: str
    start: int
    end: int
    layout: str = "sentence"          # one of LAYOUT_KINDS
    paragraph: int = 0                # paragraph number (blank-line separated blocks)


# --- quantities -------------------------------------------------------------------------------

@dataclass
class Quantity:
    """A normalised figure. Either ``value`` or ``min``/``max`` is set.

    ``unit``: ISO 4217 code (USD, EUR...), "percent" (value 30 for 30 %), "ratio" (a share 0-1,
    e.g. 1/3 for "un tiers"), "year", or a plain noun for counted things ("containers"); None
    for a bare number. ``bound``: exact | about | at-most | at-least.
    """
    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    bound: str = "about"
    text: str = ""
    start: int = -1
    end: int = -1
    scale: Optional[str] = None       # the magnitude word as written: "milliard", "billion", "M"
    of: Optional[str] = None          # for ratios: what it is a share of ("de la valeur" -> "valeur")
    approximate: bool = False         # a hedge like "environ", "about" was used
    step: Optional[float] = None      # a duration written in several units: its smallest, in ``unit`` (a minute of days)
    strict: bool = False              # a bound a verb gives that leaves its figure out ("topped 60 %", « a dépassé 2 milliards »)

    @property
    def low(self) -> Optional[float]:
        return self.min if self.min is not None else self.value

    @property
    def high(self) -> Optional[float]:
        return self.max if self.max is not None else self.value


@dataclass
class DateRef:
    """A date or period in the text: year, optionally month and day."""
    year: int
    month: Optional[int] = None
    day: Optional[int] = None
    text: str = ""
    start: int = -1
    end: int = -1
    # ("of": a month that dates a document or an event, "the January deadline", not the period of a figure)
    relation: str = "at"              # at | since | until | before | after | baseline | of

    def iso(self) -> str:
        s = f"{self.year:04d}"
        if self.month:
            s += f"-{self.month:02d}"
            if self.day:
                s += f"-{self.day:02d}"
        return s


# --- entities and claims ----------------------------------------------------------------------

@dataclass
class Mention:
    """A name of a listed entity found in a text."""
    entity: str                       # entity id from the source lists
    text: str
    start: int
    end: int


@dataclass
class Roles:
    """Who gives and who receives in a claim, and the verb that says so."""
    giver: Optional[str] = None       # who acts, gives, pays, supplies, says (fact.subject)
    receiver: Optional[str] = None    # who receives or is acted on (fact.object)
    verb: Optional[str] = None        # the concept of the verb that gave the roles ("pay", "supply"...)


@dataclass
class Claim:
    """One atomic claim of a statement: its kind, figures, dates, parties and context."""
    text: str
    start: int
    end: int
    kind: str                         # quantity | relation | attribution | event | opinion | prediction | question
    checkable: bool
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: Roles = field(default_factory=Roles)
    negated: bool = False             # real negation: "n'a pas", "not", "never", "aucun"
    only: bool = False                # restriction "ne ... que", "only"
    attributed_to: Optional[str] = None   # entity id or name of who is said to state it
    commissioned_by: Optional[str] = None # entity id or name of who commissioned the study cited
    authored_by: Optional[str] = None     # entity id or name of who wrote or published it ("rédigée par X")
    terms: list[str] = field(default_factory=list)  # folded content-word stems, for retrieval
    concepts: list[str] = field(default_factory=list)  # bilingual concept ids from the lexicon
    role: str = "main"                # main | item | gloss | relative | attribution-frame
    exclusive: bool = False           # "seule", "alone", "solely": the actor did it alone
    # what a gloss/item/relative inherits from its main clause, for retrieval only
    context_concepts: list[str] = field(default_factory=list)
    context_entities: list[str] = field(default_factory=list)
    context_terms: list[str] = field(default_factory=list)
    focus: str = ""                   # ``text`` with the nested claims blanked out (same length): what this claim says
    context_year: Optional[int] = None  # the main clause's year, for a nested claim with none of its own
    context_text: str = ""             # the main clause's own words, for a nested claim (what a gloss glosses)
    # (year, month) of the last statement before that dates what it says: the period an undated figure is read in
    period_before: Optional[tuple] = None
    # the words of the statement that set that period and of those read in it since (a part of the year they name, « Au
    # premier semestre, … », makes it no whole year's: ``checks/judge/wholeyear.py``)
    period_words: str = ""
    # the words before a demonstrative period of the claim (« ces trois mois », "over the period"), back to the start of
    # the statement before in its paragraph: the period it points to is the last they name (``detect/running.py``)
    period_back: str = ""
    context_values: list[float] = field(default_factory=list)   # the other figures of the statement
    antecedent: Optional["Claim"] = field(default=None, repr=False)  # the previous statement's claim "That …" points to


@dataclass
class AnalysedStatement:
    """A statement read: its kind and its claims."""
    statement: Statement
    kind: str                         # the statement's kind (headline, metadata, quantity, opinion...)
    checkable: bool
    claims: list[Claim] = field(default_factory=list)
    language: str = "und"


# --- sources ----------------------------------------------------------------------------------

@dataclass
class Entity:
    """An entity a source list declares, with its names."""
    id: str
    names: list[str]
    file: str = ""
    line: int = 0


@dataclass
class Fact:
    """A fact of a source list."""
    id: str
    source: str                       # source id
    statement: str
    subject: Optional[str] = None
    object: Optional[str] = None
    terms: list[str] = field(default_factory=list)
    quantity: Optional[Quantity] = None
    as_of: Optional[str] = None
    quote: Optional[str] = None
    file: str = ""
    line: int = 0
    clause_of: Optional[str] = None   # another figure's facet: the whole sentence its statement, a clause, is cut from


@dataclass
class Source:
    """A trusted source of a source list and its facts."""
    id: str
    title: str
    facts: list[Fact] = field(default_factory=list)
    publisher: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    superseded_by: Optional[str] = None
    file: str = ""
    line: int = 0


@dataclass
class Catalog:
    """Everything loaded from one or more source lists."""
    sources: list[Source] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def source(self, source_id: str) -> Optional[Source]:
        for s in self.sources:
            if s.id == source_id:
                return s
        return None

    def facts(self):
        for s in self.sources:
            yield from s.facts


# --- verdicts ---------------------------------------------------------------------------------

@dataclass
class Evidence:
    """A fact cited for a claim, and how it bears on it."""
    source: str
    fact: str
    statement: str
    relation: str                     # supports | contradicts | related
    title: str = ""
    url: Optional[str] = None
    quote: Optional[str] = None


PART_STATUSES = ("confirmed", "contradicted", "unchecked")


@dataclass(frozen=True)
class Part:
    """One checkable part of a claim (a figure, a date, who acted on whom, or the whole clause) and what the
    source list says of it. A statement is supported only when a part is confirmed, none is contradicted and
    no figure, date, rank or named party is unchecked (a clause without a figure beside a confirmed one is its
    setting)."""
    text: str
    status: str                      # confirmed | contradicted | unchecked
    rule: str = ""                   # the rule that decided it ("" when nothing did)
    fact: str = ""                   # "source/fact" of the deciding fact


@dataclass
class ClaimResult:
    """A claim judged: its verdict, explanation and evidence."""
    claim: Claim
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    rules: list[str] = field(default_factory=list)   # names of the judgement rules that decided
    wrong_actor: tuple[str, ...] = ()                # "source/fact" ids whose parties the claim inverts
    parts: tuple[Part, ...] = ()                     # what was confirmed, contradicted, left unchecked


@dataclass
class StatementResult:
    """A statement judged: its verdict and its claims' results."""
    analysis: AnalysedStatement
    verdict: str
    claims: list[ClaimResult] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def statement(self) -> Statement:
        return self.analysis.statement


@dataclass
class Report:
    """An article checked: its statements' results against a catalog."""
    article: Article
    catalog: Catalog
    statements: list[StatementResult]


def same_value(a: float, b: float) -> bool:
    """Whether two figures' values are one, to a relative 1e-9 of ``b`` (at least 1e-9): what a float keeps of a
    figure read twice ("12.3" and 12,3)."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))
