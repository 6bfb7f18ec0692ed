"""The engine's module-level imports follow the data flow (docs/architecture.md): no cycle, no module
importing a later stage, no private name (``_x``) imported from another module."""
from __future__ import annotations

import ast
from pathlib import Path

CHECKS = Path(__file__).resolve().parent.parent / "checks"

# stage of each module, in the order data flows; a module may import its own stage or an earlier one
STAGES = [
    {"model", "errors", "resources", "text", "cache", "tablestore"},   # values and helpers every stage uses
    {"yamlsafe", "yamlsafe.containers", "yamlsafe.loader", "yamlsafe.files",
     "load", "web", "html", "markdown"},                               # load
    {"language", "split", "split.tables", "split.lists", "split.sentences", "split.bylines",
     "split.layout"},                                                  # split
    {"numbers", "numbers.vocabulary", "numbers.tables", "numbers.numerals", "numbers.countscale", "numbers.figure", "numbers.spans",
     "numbers.ranges", "numbers.scan", "numbers.durations", "numbers.bands", "numbers.quantities", "numbers.dates",
     "units", "lostcount", "appraisedway", "openingcause", "growthnoun", "counted", "acronyms", "terms", "placenames", "entities", "roletokens", "stakes", "roles", "recordnever", "slots", "recordscope", "detect", "detect.lexicon", "detect.frames",
     "numbers.ranges", "numbers.scan", "numbers.durations", "numbers.quantities", "numbers.dates",
     "units", "lostcount", "appraisedway", "openingcause", "growthnoun", "counted", "terms", "placenames", "entities", "roletokens", "stakes", "roles", "tradeflow", "recordnever", "slots", "orders", "recordscope", "detect", "detect.lexicon", "detect.frames",
     "detect.clauses", "detect.figures", "detect.multiplied", "detect.inherited", "detect.verbbounds", "detect.negation", "detect.subjects", "detect.finedates", "detect.decided", "detect.forecasts", "detect.reportedframe", "detect.forecastmarks", "detect.kinds", "detect.running", "detect.attributed", "detect.backrefs", "detect.claims", "detect.repeats"},   # read
    {"sources", "sources.files", "sources.values", "sources.schema", "sources.catalog",
     "figurewords", "measurephrases", "factclauses", "heldnames", "factread", "measurepart"},                                    # read the facts
    {"match", "clauseindex", "unitkeys"},                                                         # match
    {"compare", "unitfit", "judge", "judge.findings", "judge.nounslip", "judge.boundslip", "judge.boundwritten", "judge.groupshare", "judge.sentencefigures", "judge.topicality", "judge.figures", "judge.expectitems", "judge.expectside", "judge.figuresense", "judge.names", "judge.eventwords", "judge.denial", "judge.ownannouncement", "judge.incises", "judge.boundonly", "judge.apposed", "judge.namedrank", "judge.namednumbers", "judge.settingnames", "judge.creditedparty", "judge.place", "judge.pairing", "judge.basis", "judge.placeparts", "judge.segment", "judge.divisions", "judge.placerelative", "judge.breakdown", "judge.bareplace", "judge.otherplace", "judge.otherparty", "judge.samefigure", "judge.declaredunit", "judge.published", "judge.titledate", "judge.figuredate", "judge.glossmeasure", "judge.revisedtarget", "judge.boundnext", "judge.slotcheck", "judge.periodend", "judge.ordinalrank", "judge.runcount", "judge.causes", "judge.parts", "judge.cleft", "judge.swapsides", "judge.ratelevel", "judge.startlevel", "judge.familymember", "judge.droppedqualifier", "judge.actors", "judge.agents", "judge.complements", "judge.objectdoer", "judge.ownerdoer", "judge.readroles", "judge.namewords", "judge.declared", "judge.owners", "judge.signs", "judge.turned", "judge.beside", "judge.clausemeasure", "judge.ownrole", "judge.figurescope", "judge.exactfig", "judge.causeway", "judge.sharechange", "judge.writtenfigure", "judge.roundedonly", "judge.closerclause", "judge.closernamed", "judge.sharebase", "judge.creditedsource", "judge.clausefacets", "judge.aims", "judge.revised", "judge.revision", "judge.guidancesaid", "judge.overtaken", "judge.measurenoun", "judge.otherwords", "judge.plainmeasure", "judge.rivals", "judge.rankmeasure", "judge.governed", "judge.partclause", "judge.recordbeaten", "judge.siblings", "judge.measureword", "judge.listwords", "judge.listedpart", "judge.partgate", "judge.measured", "judge.weakwords", "judge.declaredclause", "judge.measurefirst", "judge.countednoun", "judge.nobearing", "judge.changes", "judge.figurerole", "judge.levelends", "judge.outrank", "judge.recordback", "judge.beforechange", "judge.revisionway", "judge.ownway", "judge.prevlevel", "judge.levelmove", "judge.startyear", "judge.baseline", "judge.clauses",
     "judge.periods", "judge.wholescope", "judge.divisionname", "judge.subsets", "judge.openingphrase", "judge.spanparts", "judge.yearparts", "judge.laterpart", "judge.quarterbase", "judge.yeartodate", "judge.unsaidhalf", "judge.partfit", "judge.dateparts", "judge.wholeyear", "judge.periodsibling", "judge.seriesperiod", "judge.runningyear", "judge.precisedate", "judge.monthyear", "judge.yearclose", "judge.yearinstead", "judge.timespans", "judge.spanlength", "judge.ownfact", "judge.forecastfact", "judge.occasions", "judge.levelratio", "judge.aheadof", "judge.counter", "judge.officers", "judge.creditedfigure", "judge.figurecredit", "judge.reference", "judge.noneitem", "judge.series", "judge.running", "judge.groups", "judge.plans", "judge.qualifiers", "judge.partytrade", "judge.scope", "judge.agreement", "judge.rules", "judge.steadylevel", "judge.carry", "judge.levelbeside", "judge.denials", "judge.inclusion", "judge.glossperiod", "judge.listedrate", "judge.contrasts", "judge.ownversion",
     "judge.rules.quantity", "judge.rules.derived", "judge.rules.difference", "judge.rules.multiple", "judge.rules.roles", "judge.rules.dates", "judge.rules.negation",
     "judge.rules.exclusive", "judge.rules.comparison", "judge.rules.alongside", "judge.factway", "judge.rules.endlevel", "judge.rules.ranking", "judge.rules.direction",
     "judge.rules.terms", "judge.bandwords", "judge.scaleslip", "judge.boundends", "judge.partynames", "judge.rules.attribution", "judge.rules.credit", "judge.reportdate", "judge.likedenial", "judge.denialyear", "judge.sincerecord", "judge.marginshare"},                  # judge
    {"report", "formats", "formats.common", "formats.html", "formats.markdown", "formats.claimreview",
     "formats.jsonl", "formats.analysis", "stream"},                   # report
    {"pipeline", "batch", "archive", "archive_inputs", "archive_results", "cluster", "draft", "links"},     # running the stages
]
STAGE = {m: i for i, mods in enumerate(STAGES) for m in mods}


def modules() -> dict[str, Path]:
    out = {}
    for path in CHECKS.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        name = path.relative_to(CHECKS).with_suffix("").as_posix().replace("/", ".")
        out[name.removesuffix(".__init__") if name != "__init__" else "__init__"] = path
    return out


def imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names) for each module-level relative import."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[:len(package.split(".")) - (node.level - 1)] if package else []
            target = ".".join([*base, node.module] if node.module else base)
            names = [a.name for a in node.names]
            if not node.module:                   # "from . import units": the modules themselves
                out.extend((".".join([*base, n]).strip("."), []) for n in names)
            else:
                out.append((target.strip("."), names))
    return out


def test_every_engine_module_has_a_stage():
    assert sorted(set(modules()) - set(STAGE) - {"__init__"}) == []


def test_the_import_reader_sees_the_imports(tmp_path):
    judge = dict(imports("judge.rules.quantity", modules()["judge.rules.quantity"]))
    assert "compare" in judge and "compare_quantity" in judge["compare"] and "judge.findings" in judge
    package = tmp_path / "__init__.py"        # a package's "from . import html" (checks/formats imports its own lazily)
    package.write_text("from . import html\n", encoding="utf-8")
    assert ("formats.html", []) in imports("formats", package)


def test_imports_follow_the_data_flow_and_use_no_private_names():
    late, private = [], []
    for name, path in modules().items():
        for target, names in imports(name, path):
            if name in STAGE and target in STAGE and STAGE[target] > STAGE[name]:
                late.append(f"{name} imports {target}")
            private += [f"{name} imports {target}.{n}" for n in names if n.startswith("_") and not n.startswith("__")]
    assert late == [] and private == []


def test_no_import_cycle():
    graph = {name: {t for t, _ in imports(name, path) if t in modules() and t != name}
             for name, path in modules().items()}
    seen, on_path, cycles = set(), [], []

    def visit(node: str) -> None:
        if node in on_path:
            cycles.append(on_path[on_path.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        on_path.append(node)
        for nxt in sorted(graph.get(node, ())):
            visit(nxt)
        on_path.pop()

    for name in sorted(graph):
        visit(name)
    assert cycles == []
