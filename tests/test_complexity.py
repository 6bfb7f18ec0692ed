"""No function of the engine (``checks/``) or the command line (``cli/``) has a cyclomatic complexity over 15 unless
it says why.

The complexity is McCabe's, counted on the ``ast``: 1, plus 1 for each ``if``/``elif``, ``for``, ``while``, ``except``
handler, conditional expression, ``if`` of a comprehension and ``case``, plus 1 for each operand of a boolean
operator beyond the first (``a and b or c`` adds 2). A function nested in another counts on its own; a lambda counts
in the function that holds it.

A function over the limit passes when a comment with ``complexity:`` and the reason (on one line or several) sits just
above its ``def`` (or its decorators), or opens its body (after the docstring, if any):
``# complexity: one pass over the tokens with a small state machine; splitting it would scatter the states``.

No module of ``checks/`` or ``cli/`` is over 400 lines either: a module that grows past that holds two themes, and is
split by theme (a rule's reading of one kind of phrase in a module of its own, as ``judge/sincerecord.py``).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 15
REASON = re.compile(r"#\s*complexity:\s*\S.{10,}")

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def complexity(func: ast.AST) -> int:
    """McCabe's number of ``func``, not counting the functions defined inside it."""
    count = 1
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        if isinstance(node, FUNCTIONS) or isinstance(node, ast.ClassDef):
            continue
        if isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.IfExp, ast.match_case)):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += len(node.ifs)
        stack.extend(ast.iter_child_nodes(node))
    return count


def functions(path: Path) -> list[tuple[str, ast.AST]]:
    """(qualified name, node) of every function in a module, methods and nested functions included."""
    out = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FUNCTIONS):
                out.append((prefix + child.name, child))
                walk(child, prefix + child.name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def _comment_block(lines: list[str], first: int, step: int) -> str:
    """The comment lines next to line ``first`` (0-based), going up (``step`` -1) or down (+1), joined."""
    out, i = [], first
    while 0 <= i < len(lines) and lines[i].strip().startswith("#"):
        out.append(lines[i].strip().lstrip("#").strip())
        i += step
    return " ".join(reversed(out) if step < 0 else out)


def explained(func: ast.AST, lines: list[str]) -> bool:
    """Whether a ``# complexity: why`` comment (one line or several) sits just above the ``def`` (or its
    decorators) or opens the body (after the docstring, if any)."""
    top = min([func.lineno] + [d.lineno for d in func.decorator_list])
    first = func.body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
    blocks = [_comment_block(lines, top - 2, -1), _comment_block(lines, first.lineno - 2, -1)]
    if docstring:
        blocks.append(_comment_block(lines, first.end_lineno, 1))
    return any(REASON.search("# " + block) for block in blocks if block)


def over_limit() -> list[tuple[str, int, bool]]:
    """(file:line name, complexity, explained) of every function over the limit in checks/ and cli/."""
    out = []
    for folder in ("checks", "cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            for name, func in functions(path):
                n = complexity(func)
                if n > LIMIT:
                    out.append((f"{path.relative_to(ROOT).as_posix()}:{func.lineno} {name}", n, explained(func, lines)))
    return out


MODULE_LIMIT = 400


def long_modules(limit: int = MODULE_LIMIT) -> list[str]:
    """"path: n lines" of every module of checks/ and cli/ over ``limit`` lines."""
    out = []
    for folder in ("checks", "cli"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            n = len(path.read_text(encoding="utf-8").splitlines())
            if "__pycache__" not in path.parts and n > limit:
                out.append(f"{path.relative_to(ROOT).as_posix()}: {n} lines")
    return out


def test_no_module_over_400_lines():
    assert long_modules() == [], (f"modules over {MODULE_LIMIT} lines; split them by theme:\n" + "\n".join(long_modules()))


def test_a_long_module_is_found():
    assert any(line.startswith("checks/judge/") for line in long_modules(limit=50))


def test_no_function_over_the_limit_without_a_reason():
    unexplained = [f"{where} has complexity {n}" for where, n, ok in over_limit() if not ok]
    assert unexplained == [], (f"functions over {LIMIT} without a '# complexity: why' comment; split them or "
                               "say why they stay whole:\n" + "\n".join(unexplained))


def test_the_count_follows_mccabe():
    src = ("def f(a, b):\n"
           "    if a and b or a:\n"                    # if +1, two operands beyond the first +2
           "        return [x for x in b if x if a]\n"   # comprehension ifs +2
           "    for x in b:\n"                          # +1
           "        while x:\n"                         # +1
           "            x = 1 if a else 2\n"            # +1
           "    try:\n        pass\n    except ValueError:\n        pass\n"   # +1
           "    match a:\n        case 1:\n            pass\n        case _:\n            pass\n"   # +2
           "    def g():\n        if a:\n            pass\n")   # not counted in f
    tree = ast.parse(src)
    f = tree.body[0]
    assert complexity(f) == 1 + 3 + 2 + 1 + 1 + 1 + 1 + 2
    assert complexity(f.body[-1]) == 2


def test_a_reason_above_or_at_the_top_of_the_body_counts():
    src = ("# complexity: one pass over the tokens with a small state machine\n"
           "def f():\n    pass\n"
           "def g():\n    \"\"\"Doc.\"\"\"\n    # complexity: the cases of one table read in one place\n    return 1\n"
           "def h():\n    return 1\n")
    lines = src.splitlines()
    f, g, h = ast.parse(src).body
    assert explained(f, lines) and explained(g, lines) and not explained(h, lines)
    wrapped = "# complexity: one pass over the tokens\n# with a small state machine\ndef k():\n    pass\n"
    assert explained(ast.parse(wrapped).body[0], wrapped.splitlines())
