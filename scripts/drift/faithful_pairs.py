#!/usr/bin/env python3
"""False alarms on faithful translations: one-to-one gold links of the alignment dev halves.

The drift benchmarks have no pair with a Russian original and a French translation, and their
English-French pairs are short Wikipedia sentences. The alignment golds in ../shared/bench link
faithful human translations sentence by sentence, so their one-to-one links are pairs an editor
would not want flagged (the FLORES fr and ru sides are both translations of English, siblings
rather than source and target, so some divergence there is real). This script samples them
(seed 7, at most 400 pairs a set, originals of four words or more) and summarizes what
`driftalign score-pairs --evidence` finds on them. It prints figures; it is not a test.

    scripts/drift/faithful_pairs.py prepare OUTDIR        writes OUTDIR/{rufr,enfr,defr}.tsv
    driftalign score-pairs OUTDIR/enfr.tsv --src-lang en --tgt-lang fr --evidence > OUTDIR/enfr.jsonl
    scripts/drift/faithful_pairs.py summary OUTDIR/*.jsonl
"""
import collections
import json
import os
import random
import statistics
import sys

BENCH = os.environ.get("BENCH", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "bench"))


def links(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        a, b = line.split(":")[:2]
        side = lambda s: [int(x) for x in s.strip("[]").split(",") if x.strip()]
        out.append((side(a), side(b)))
    return out


def one_to_one(src, tgt, gold):
    a = open(src, encoding="utf-8").read().split("\n")
    b = open(tgt, encoding="utf-8").read().split("\n")
    return [(a[o[0]].strip(), b[t[0]].strip()) for o, t in links(gold) if len(o) == 1 and len(t) == 1]


def prepare(outdir):
    os.makedirs(outdir, exist_ok=True)
    sets = {
        "rufr": [p for i in range(17) for p in one_to_one(*(f"{BENCH}/flores-fr-ru/flores{i:02d}.{e}" for e in ("ru", "fr", "rufr")))],
        "enfr": [p for book in ("Candide", "AlicesAdventuresInWonderland", "Emma", "LesConfessions")
                 for p in one_to_one(*(f"{BENCH}/transread-en-fr/{book}.{e}" for e in ("en", "fr", "enfr")))],
        "defr": one_to_one(*(f"{BENCH}/textberg-de-fr/dev.{e}" for e in ("de", "fr", "defr"))),
    }
    random.seed(7)
    for name, pairs in sets.items():
        pairs = [p for p in pairs if len(p[0].split()) >= 4 and "\t" not in p[0] + p[1]]
        random.shuffle(pairs)
        pairs = pairs[:400]
        with open(os.path.join(outdir, name + ".tsv"), "w", encoding="utf-8") as f:
            for a, b in pairs:
                f.write(a + "\t" + b + "\n")
        print(f"{name}: {len(pairs)} pairs")


def summary(paths):
    for path in paths:
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        counts = collections.Counter((f["type"], f["severity"]) for r in rows for f in r["findings"])
        with_major = sum(1 for r in rows if any(f["severity"] == "major" for f in r["findings"]))
        eq = statistics.mean(r["evidence"]["equivalence"] for r in rows if "evidence" in r)
        majors = sum(n for (t, s), n in counts.items() if s == "major")
        print(f"{os.path.basename(path)}: {len(rows)} pairs, {with_major} with a major finding, {majors} major findings, "
              f"mean probability of equivalence {eq:.3f}")
        print("  " + " ".join(f"{t}/{s}:{n}" for (t, s), n in sorted(counts.items()) if s != "info"))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "prepare":
        prepare(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "summary":
        summary(sys.argv[2:])
    else:
        sys.exit(__doc__)
