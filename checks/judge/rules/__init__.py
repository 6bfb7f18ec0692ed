"""The judge's rules, one a module, each with its literal ``RULE_ID``, examples in both languages in its
docstring, and its check function; ``checks.judge.REGISTRY`` runs them in order.
"""
