"""The values of a source list, one at a time: whether a date, a URL or a number is usable (and why not, in a
sentence a journalist understands), and the small helpers every message uses to name a value's type
(``kind``), quote it (``show``), write a number (``fmt``, ``number_text``) and suggest the key or id meant
(``suggest``)."""
from __future__ import annotations

import datetime
import math
import functools
from typing import Any, Iterable, Optional
from urllib.parse import urlsplit

from ..resources import compiled

_P_NUMBER_PROBLEM = compiled(r"[-+]?[\d\s.,_\u00a0\u202f']+")


_INT_TAG, _FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


# --- small helpers ----------------------------------------------------------------------------

def number_text(value: Any) -> str:
    """A number as a person writes it: 2025, 1.5 (not 2025.0)."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def kind(value: Any) -> str:
    """How a journalist would name the type of a YAML value."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping (key: value pairs)"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def show(value: Any, limit: int = 60) -> str:
    """A value quoted for a one-line message."""
    if isinstance(value, float):
        text = fmt(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return f"'{text}'"


def fmt(number: Any) -> str:
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return str(number)


def suggest(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` or ``""``."""
    import difflib                             # only for a word to correct
    close = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


SPACE = compiled(r"\s")
@functools.lru_cache(maxsize=None)
def _date_patterns() -> tuple:
    """(ISO date, quarter), built when a source first has a date."""
    return compiled(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z"), compiled(r"(\d{4})-?[Qq]([1-4])\Z")


def iso_date(value: Any) -> tuple[Optional[str], Optional[str]]:
    """``(iso, None)`` for a valid YYYY / YYYY-MM / YYYY-MM-DD, else ``(None, reason)``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)                 # a bare year such as 2025 (YAML reads it as a number)
    if not isinstance(value, str):
        return None, f"must be a date like 2025-09-18, not {kind(value)}"
    quarter = _date_patterns()[1].match(value.strip())
    if quarter:                            # a quarter, as statistical releases give them: 2024-Q1
        return f"{quarter.group(1)}-Q{quarter.group(2)}", None
    m = _date_patterns()[0].match(value.strip())
    if not m:
        return None, (f"{show(value)} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a quarter YYYY-Q1 "
                      "(e.g. 2025-09-18)")
    year, month, day = (int(g) if g else None for g in m.groups())
    if year == 0:
        return None, f"{show(value)} is not a real date (there is no year 0)"
    if month is not None and not 1 <= month <= 12:
        return None, f"{show(value)} is not a real date (there is no month {month})"
    if day is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            import calendar            # (only for this message: it loads ``locale``, a start-up cost)
            return None, (f"{show(value)} is not a real date ({calendar.month_name[month]} {year} has no "
                          f"day {day})")
    return value.strip(), None


def url_problem(value: str) -> Optional[str]:
    if SPACE.search(value):
        return f"url {show(value)} contains spaces"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        return f"url {show(value)} must start with http:// or https://"
    if not parts.netloc:
        return f"url {show(value)} has no site name after {parts.scheme}://"
    return None


def number_problem(path: str, value: Any) -> Optional[str]:
    """Why ``value`` is not a usable number, or None."""
    if is_number(value):
        if isinstance(value, float) and not math.isfinite(value):
            return f"{path} {show(value)} is not a finite number"
        return None
    if isinstance(value, str):
        from ..yamlsafe import resolve_plain       # with PyYAML: only when a list is read, not at import
        text = value.strip()
        if text and resolve_plain(text) in (_INT_TAG, _FLOAT_TAG):
            hint = " (remove the quotes to make it a number)"
        elif _P_NUMBER_PROBLEM.fullmatch(text) and any(c.isdigit() for c in text):
            hint = " (write digits only, with a dot for decimals: 1200000 or 1.2e6)"
        else:
            hint = ""
        return f"{path} {show(value)} is not a number{hint}"
    if value is None:
        return f"{path} is empty; give a number"
    return f"{path} must be a number, not {kind(value)}"
