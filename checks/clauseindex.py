"""The index of the clause facets (``factclauses``): each other figure of a declared fact's sentence, its own clause,
read on its own and indexed apart from the declared facts, so that their candidates, rarities and postings stay those
of the declared facts alone; the judge reads it only for a figure those left undecided (``judge/clausefacets``).
"""
from __future__ import annotations


def clause_index(idx, clauses: list, read_fact):
    """A ``FactIndex`` of the clause facets, sharing the declared index's catalog, matcher, sources and supersessions."""
    out = type(idx)(catalog=idx.catalog, matcher=idx.matcher, sources=idx.sources, superseded_by=idx.superseded_by)
    for fact in clauses:
        index_fact(out, fact, read_fact(fact, idx.matcher))
    out.postings = dict(out.postings)
    return out


def index_fact(idx, fact, reading) -> None:
    """One facet added to a ``FactIndex``: its reading, its keys, its concepts, its postings."""
    i = len(idx.facts)
    idx.facts.append(fact)
    idx.readings.append(reading)
    idx.position[id(fact)] = i
    keys = idx._fact_keys(fact) | _starting_level_keys(reading)
    idx.keys.append({k for k in keys if k[0] != "x"})     # (cognate forms only posted: ``FactIndex.candidates``)
    idx.concepts.append({k[2:] for k in keys if k.startswith("c:")})
    for k in keys:
        idx.postings[k].append(i)


def _starting_level_keys(reading) -> set[str]:
    """The value keys of the starting levels a fact's sentence writes precisely ("up 19.1% from €2,747.4 million in
    2023"): the figure an article gives as that earlier level finds the fact as its own figure does."""
    from .unitkeys import value_key, written_digits
    return {value_key(q.value) for q, base in zip(reading.quantities, reading.baselines)
            if base and q.value is not None and written_digits(q.text) >= 3}
