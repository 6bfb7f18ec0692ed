"""factcheck: check the facts of a French or English news article against a curated list of trusted
sources, offline.

One import namespace. The repository keeps its folders — ``checks/`` (the engine), ``cli/`` (the command
line), ``data/`` (source lists, language resources) — and the build maps them to ``factcheck.checks``,
``factcheck.cli`` and ``factcheck.data`` (``pyproject.toml``), so an installed factcheck puts one
top-level package in site-packages. In a source checkout this package finds the folders beside it.

    from factcheck.checks import Checker, load_article, load_catalog, to_dict
"""
from __future__ import annotations

import os as _os

_HERE = _os.path.dirname(_os.path.abspath(__file__))
_CHECKOUT = _os.path.dirname(_HERE)
if not _os.path.isdir(_os.path.join(_HERE, "checks")) and _os.path.isdir(_os.path.join(_CHECKOUT, "checks")):
    __path__.append(_CHECKOUT)            # a source checkout: checks/, cli/ and data/ sit beside this folder

from factcheck.checks import __version__  # noqa: E402

__all__ = ["__version__"]
