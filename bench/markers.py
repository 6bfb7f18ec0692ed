#!/usr/bin/env python3
"""How well the word-list markers of claim detection read in context, measured on tagged text.

    python bench/markers.py                         # on bench/data/ud_markers.tsv
    python bench/markers.py --extract ../shared/benchmarks/ud   # rebuild that file from the UD test treebanks

The Universal Dependencies test treebanks (English-EWT, French-GSD, French-Sequoia; licences in
bench/data/) tag each word's part of speech and verb features. From them, the sentences that matter for
the markers are kept in ``bench/data/ud_markers.tsv`` (language, gold label, sentence):

- ``month``/``modal``: English sentences with "May" capitalised, tagged PROPN (the month) or AUX (the modal);
- ``future``/``plain``: sentences with a verb in the future or the conditional (French ``Tense=Fut`` or
  ``Mood=Cnd``; English AUX will/would/shall/may/might/could), and as many without one, for contrast.

It prints, for "May", how often the detector reads the month or the modal right; and for forecasts, the
precision and recall of the prediction markers (``data/lang/<code>/claims.yaml``) at the sentence level:
the error rate of the POS-free approach, as the claims issue asks.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checks.detect import claim_lexicon, is_month  # noqa: E402
from factcheck.checks.text import fold  # noqa: E402

DATA = ROOT / "bench" / "data" / "ud_markers.tsv"
TREEBANKS = {"en_ewt-ud-test.conllu": "en", "fr_gsd-ud-test.conllu": "fr", "fr_sequoia-ud-test.conllu": "fr"}
EN_MODALS = {"will", "would", "shall", "may", "might", "could"}


def sentences(path: Path):
    text, tokens = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[9:]
        elif not line.strip():
            if text and tokens:
                yield text, tokens
            text, tokens = None, []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tokens.append(cols)


def extract(folder: Path) -> None:
    rows = []
    for name, lang in TREEBANKS.items():
        plain_budget = 0
        for text, toks in sentences(folder / name):
            label = None
            if lang == "en" and any(t[1] == "May" and t[3] in ("PROPN", "AUX") for t in toks):
                label = "month" if any(t[1] == "May" and t[3] == "PROPN" for t in toks) else "modal"
                rows.append((lang, label, text))
                label = None
            if lang == "fr":
                future = any(t[3] in ("VERB", "AUX") and ("Tense=Fut" in t[5] or "Mood=Cnd" in t[5]) for t in toks)
            else:
                future = any(t[3] == "AUX" and t[2].lower() in EN_MODALS for t in toks)
            if future:
                rows.append((lang, "future", text))
                plain_budget += 1
            elif plain_budget > 0:
                rows.append((lang, "plain", text))
                plain_budget -= 1
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_text("".join(f"{lang}\t{label}\t{text}\n" for lang, label, text in rows), encoding="utf-8")
    print(f"{len(rows)} sentences written to {DATA.relative_to(ROOT)}")


def measure() -> None:
    rows = [line.split("\t", 2) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    # "May": month or modal
    may = [(label, text) for lang, label, text in rows if label in ("month", "modal")]
    lex = claim_lexicon("en")
    right = 0
    for label, text in may:
        reads = [is_month(text, m.start(), m.end(), lex) for m in re.finditer(r"\bMay\b", text)]
        right += (any(reads) if label == "month" else not all(reads))
    print(f'"May" month vs modal (English-EWT): {right}/{len(may)} right ({1 - right / max(1, len(may)):.1%} errors)')
    # forecasts: sentence level, by language
    for lang in ("en", "fr"):
        lex = claim_lexicon(lang)
        tp = fp = fn = tn = 0
        for lg, label, text in rows:
            if lg != lang or label not in ("future", "plain"):
                continue
            f = fold(text)
            flagged = any(not (m.group(0).lower() == "may" and is_month(text, m.start(), m.end(), lex))
                          for m in lex.prediction.finditer(f)) or bool(
                lex.future_form and any(m.group(0) not in lex.future_exclusions for m in lex.future_form.finditer(f)))
            gold = label == "future"
            tp += flagged and gold
            fp += flagged and not gold
            fn += gold and not flagged
            tn += not gold and not flagged
        p = tp / max(1, tp + fp)
        r = tp / max(1, tp + fn)
        print(f"forecast markers, {lang}: precision {p:.2f}, recall {r:.2f} "
              f"({tp} found, {fp} false, {fn} missed, {tn} plain sentences left alone)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extract", type=Path, help="folder of the UD test treebanks, to rebuild the sentence file")
    a = ap.parse_args()
    if a.extract:
        extract(a.extract)
    measure()


if __name__ == "__main__":
    main()
