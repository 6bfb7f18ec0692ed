"""factcheck's engine: load -> split -> detect -> normalise -> match -> judge -> report.

    from factcheck.checks import load_article, load_catalog, Checker, to_dict
    checker = Checker.from_catalog(load_catalog(["my-sources.yaml"]))
    report = to_dict(checker.check(load_article("article.txt")))
"""
__version__ = "0.1.0"

from .tablestore import loading_modules  # noqa: E402

with loading_modules():         # dataclasses' code and patterns loaded from the cache, the collector paused
    from .load import load_article  # noqa: E402
    from .pipeline import Checker, analyse_article, check_article, load_checker  # noqa: E402
    from .report import to_dict  # noqa: E402
    from .sources import default_catalog, load_catalog, validate  # noqa: E402

__all__ = ["__version__", "Checker", "analyse_article", "check_article", "default_catalog", "load_article",
           "load_catalog", "load_checker", "to_dict", "validate"]
