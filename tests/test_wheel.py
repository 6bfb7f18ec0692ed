"""The installed package: build the wheel, install it in a fresh virtualenv, run it from another folder.

Steps (module fixture ``installed``):

1. copy the project's own files (pyproject.toml, README.md, factcheck/, cli/, checks/, data/) to a temporary folder,
   so the build never writes ``build/`` or ``*.egg-info`` into the checkout;
2. build the wheel with ``python -m build --wheel`` (or ``pip wheel --no-deps`` when ``build`` is not
   installed), without build isolation when this environment can build offline (setuptools >= 70.1, or
   setuptools >= 68 with ``wheel``), else with isolation (pip fetches setuptools/wheel, as
   ``pip install .`` does);
3. ``python -m venv --system-site-packages`` a fresh environment; when the test environment is itself a
   virtualenv, its site-packages are not the "system" ones, so a ``.pth`` file adds them (a plain path
   line: the test environment's own ``.pth`` files, such as an editable install of factcheck, are not
   run); dependencies come from the test environment, nothing is downloaded;
4. ``pip install --no-deps --no-index --ignore-installed`` the wheel into it;
5. run ``factcheck`` and ``python -m factcheck`` of that environment from a temporary working directory.
"""
from __future__ import annotations

import fnmatch
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.checks import __version__
from factcheck.checks.report import schema
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "en-naumann.txt"
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""


def sh(cmd: list, cwd: Path, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env or clean_env(), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP",
                                                              "VIRTUAL_ENV", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def must(proc: subprocess.CompletedProcess, what: str) -> subprocess.CompletedProcess:
    assert proc.returncode == 0, f"{what} failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def can_build_offline() -> bool:
    try:
        from importlib.metadata import version
        setuptools = tuple(int(x) for x in re.findall(r"\d+", version("setuptools"))[:2])
    except Exception:
        return False
    has_wheel = importlib.util.find_spec("wheel") is not None
    return setuptools >= (70, 1) or (setuptools >= (68, 0) and has_wheel)


def copy_project(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "setup.cfg", "setup.py"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    for folder in ("factcheck", "cli", "checks", "data"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    return dest


def build_wheel(src: Path, dist: Path) -> Path:
    offline = can_build_offline()
    spec = importlib.util.find_spec("build")
    if spec is not None and spec.origin is not None:     # a real package, not the checkout's build/ folder
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", dist, *(["--no-isolation"] if offline else []), src]
    else:
        cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", *(["--no-build-isolation"] if offline else []),
               "-w", dist, src]
    must(sh(cmd, cwd=src), "building the wheel")
    [wheel] = dist.glob("factcheck-*.whl")
    return wheel


def make_venv(where: Path) -> Path:
    must(sh([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", where], cwd=where.parent),
         "creating the virtualenv")
    python = where / BIN / f"python{EXE}"
    if sys.prefix != sys.base_prefix:      # the test environment is a virtualenv: share its packages
        purelib = Path(sh([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          cwd=where).stdout.strip())
        ours = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
        (purelib / "_factcheck_test_env.pth").write_text("".join(f"{p}\n" for p in ours), encoding="utf-8")
    return python


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(copy_project(base / "src"), base / "dist")
    python = make_venv(base / "venv")
    must(sh([python, "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
             "--disable-pip-version-check", "--no-compile", wheel], cwd=base), "installing the wheel")
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return {"wheel": wheel, "python": python, "factcheck": base / "venv" / BIN / f"factcheck{EXE}",
            "venv": base / "venv", "cwd": elsewhere}


# --- the wheel's contents -------------------------------------------------------------------------

def test_wheel_contains_the_code_and_the_data(installed):
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    for pattern in ("factcheck/data/sources/*.yaml", "factcheck/data/lang/fr/*.yaml", "factcheck/data/lang/en/*.yaml",
                    "factcheck/data/report.schema.json", "factcheck/checks/formats/*.py", "factcheck/cli/app.py",
                    "factcheck/__main__.py"):
        assert fnmatch.filter(names, pattern), f"no {pattern} in {installed['wheel'].name}"
    # every bundled data file of the checkout ships
    shipped = {n for n in names if n.startswith("factcheck/data/")}
    for path in (ROOT / "data").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (
                ".yaml", ".yml", ".json", ".txt", ".md", ".html", ".py"):
            assert "factcheck/data/" + path.relative_to(ROOT / "data").as_posix() in shipped, path
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "factcheck = factcheck.cli.app:main" in zipfile.ZipFile(installed["wheel"]).read(entry_points).decode()


def test_one_top_level_package(installed):
    """Nothing generic (``cli``, ``checks``) lands in site-packages: one package, ``factcheck``."""
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"factcheck"}, tops
    top_level = next((n for n in names if n.endswith(".dist-info/top_level.txt")), None)
    if top_level:
        assert zipfile.ZipFile(installed["wheel"]).read(top_level).decode().split() == ["factcheck"]
    proc = sh([installed["python"], "-c", "import cli"], cwd=installed["cwd"])
    assert proc.returncode != 0                      # no module named cli


def test_the_installed_package_is_imported_not_the_checkout(installed):
    proc = must(sh([installed["python"], "-c", "import factcheck.checks as checks, factcheck.cli as cli, "
                    "factcheck.checks.resources as r; "
                    "print(checks.__file__); print(cli.__file__); print(r.data_dir())"],
                   cwd=installed["cwd"]), "importing")
    venv = installed["venv"].resolve()
    for line in proc.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv), line


# --- running it from another folder ---------------------------------------------------------------

def test_version(installed):
    proc = must(sh([installed["factcheck"], "--version"], cwd=installed["cwd"]), "factcheck --version")
    assert proc.stdout.strip() == f"factcheck {__version__}"


def test_python_dash_m_factcheck_version(installed):
    proc = must(sh([installed["python"], "-m", "factcheck", "--version"], cwd=installed["cwd"]),
                "python -m factcheck --version")
    assert proc.stdout.strip() == f"factcheck {__version__}"


def test_check_an_article_as_json(installed):
    article = installed["cwd"] / "copy of article.txt"
    shutil.copy(EXAMPLE, article)
    proc = must(sh([installed["factcheck"], article.resolve(), "--json"], cwd=installed["cwd"]), "factcheck --json")
    report = json.loads(proc.stdout)
    jsonschema.Draft202012Validator(schema()).validate(report)
    local = CliRunner().invoke(app, [str(article.resolve()), "--json"])
    assert local.exit_code == 0, local.stderr
    expected = json.loads(local.stdout)
    assert report["statements"] == expected["statements"]
    assert report["summary"] == expected["summary"]
    assert [s["id"] for s in report["sources"]] == [s["id"] for s in expected["sources"]]
    assert all(Path(s["file"]).resolve().is_relative_to(installed["venv"].resolve()) for s in report["sources"])


def test_check_an_article_as_a_table(installed):
    article = installed["cwd"] / "article.txt"
    shutil.copy(EXAMPLE, article)
    proc = must(sh([installed["factcheck"], "article.txt"], cwd=installed["cwd"]), "factcheck article.txt")
    assert "statements," in proc.stdout and "checkable:" in proc.stdout
    assert "\x1b[" not in proc.stdout


def test_sources_validate_the_bundled_list(installed):
    proc = must(sh([installed["factcheck"], "sources", "validate"], cwd=installed["cwd"]), "factcheck sources validate")
    assert proc.stderr == ""


def test_input_error_has_no_traceback(installed):
    proc = sh([installed["factcheck"], "missing.txt"], cwd=installed["cwd"])
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "missing.txt" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_the_bundled_example_runs_from_an_empty_folder(installed):
    """`pip install .` or `pipx install .`, then the README's first command, from a folder with nothing in it."""
    empty = installed["cwd"] / "empty"
    empty.mkdir(exist_ok=True)
    proc = must(sh([installed["factcheck"], "--example", "fr"], cwd=empty), "factcheck --example fr")
    assert "Moscou et Pyongyang" in proc.stdout and "checkable" in proc.stdout
    assert not list(empty.iterdir())
