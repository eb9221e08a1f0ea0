#!/usr/bin/env python3
"""Drift benchmark figures for scripts/bench-drift.sh (benchmark tooling only; DriftAlign never
runs Python at run time).

  bench.py prepare SHARED_BENCH OUTDIR   writes the score-pairs inputs (TSV) and their labels
  bench.py report OUTDIR                 reads score-pairs' JSON lines and prints the figures

Sets (dev halves in ../shared/bench, see its README):
  refresd-en-fr: ROC AUC of drift for divergent vs equivalent and for "some meaning difference"
    vs equivalent (Briakou & Carpuat, EMNLP 2020);
  demetr-fr-ru-en: per perturbation type, the accuracy of drift(src, pert) > drift(src, mt), the
    source (fr or ru) as original and the English as translation (Karpinska et al., EMNLP 2022);
  mlqe-ru-en: Pearson correlation of -drift with the z_mean adequacy score (Fomicheva et al.);
  false alarms (when the sets are there): the share of faithful translations that get a minor or
    major finding, what an editor would look at for nothing: Tatoeba's English→French and
    Russian→English pairs (direct translations of short sentences) and FLORES-200's
    Russian–French 1-1 pairs of the alignment set (both translated from English: siblings, looser
    than a direct translation, so an upper bound).
Every figure is printed beside the plain-cosine baseline (-similarity from the same run).
"""
import csv
import json
import math
import os
import sys
from collections import defaultdict

csv.field_size_limit(10_000_000)


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def write_tsv(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        for a, b in pairs:
            f.write(f"{clean(a)}\t{clean(b)}\n")


def files(folder, suffix):
    """The files of a set's folder ending in `suffix`, sorted: the dev halves hold one each
    (refresd.tsv, demetr.jsonl, dev.ruen.df.short.tsv); another half of a set laid out the same
    way (BENCH=… pointing at it) may name or split its files otherwise."""
    found = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(suffix)) if os.path.isdir(folder) else []
    if not found:
        sys.exit(f"bench.py: no *{suffix} file in {folder}")
    return found


def prepare(bench, out):
    os.makedirs(out, exist_ok=True)
    rows = [r for f in files(f"{bench}/refresd-en-fr", ".tsv")
            for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t")]
    write_tsv(f"{out}/refresd.tsv", [(r["english"], r["french"]) for r in rows])
    json.dump([r["label"] for r in rows], open(f"{out}/refresd.labels.json", "w"))
    items = [json.loads(l) for f in files(f"{bench}/demetr-fr-ru-en", ".jsonl") for l in open(f, encoding="utf-8") if l.strip()]
    for tag, code in (("french", "fr"), ("russian", "ru")):
        sel = [x for x in items if x["lang_tag"] == tag]
        write_tsv(f"{out}/demetr-{code}-mt.tsv", [(x["src_sent"], x["mt_sent"]) for x in sel])
        write_tsv(f"{out}/demetr-{code}-pert.tsv", [(x["src_sent"], x["pert_sent"]) for x in sel])
        json.dump([x["pert_name"] for x in sel], open(f"{out}/demetr-{code}.labels.json", "w"))
    rows = [r for f in files(f"{bench}/mlqe-ru-en", ".tsv")
            for r in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)]
    write_tsv(f"{out}/mlqe.tsv", [(r["original"], r["translation"]) for r in rows])
    json.dump([float(r["z_mean"]) for r in rows], open(f"{out}/mlqe.labels.json", "w"))
    prepare_faithful(bench, out)


def lines(path):
    return open(path, encoding="utf-8").read().split("\n")


def prepare_faithful(bench, out):
    """Faithful pairs for the false-alarm figures, each set only when its folder is there."""
    t = f"{bench}/tatoeba"
    if os.path.isdir(t):
        fra, eng = lines(f"{t}/tatoeba.fra-eng.fra"), lines(f"{t}/tatoeba.fra-eng.eng")
        write_tsv(f"{out}/faithful-tatoeba-en-fr.tsv", [(e, f) for f, e in zip(fra, eng) if f.strip() and e.strip()])
        rus, eng = lines(f"{t}/tatoeba.rus-eng.rus"), lines(f"{t}/tatoeba.rus-eng.eng")
        write_tsv(f"{out}/faithful-tatoeba-ru-en.tsv", [(r, e) for r, e in zip(rus, eng) if r.strip() and e.strip()])
    f = f"{bench}/flores-fr-ru"
    if os.path.isdir(f):
        pairs = []
        for gold in sorted(x for x in os.listdir(f) if x.endswith(".rufr")):
            base = f"{f}/{gold[:-5]}"
            ru, fr = lines(base + ".ru"), lines(base + ".fr")
            for link in open(f"{f}/{gold}", encoding="utf-8"):
                a, _, b = link.strip().partition(":")
                a, b = json.loads(a), json.loads(b)
                if len(a) == 1 and len(b) == 1:
                    pairs.append((ru[a[0]], fr[b[0]]))
        write_tsv(f"{out}/faithful-flores-ru-fr.tsv", pairs)


def load(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    drift = [r["drift"] for r in rows]
    base = [-(r.get("similarity") if r.get("similarity") is not None else 0.0) for r in rows]
    return drift, base, rows


def auc(pos, neg):
    """ROC AUC by the Mann-Whitney statistic, ties counted half."""
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    ranks, i = {}, 0
    rank_sum = 0.0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        r = (i + j + 1) / 2
        rank_sum += r * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def report(out):
    labels = json.load(open(f"{out}/refresd.labels.json"))
    drift, base, _ = load(f"{out}/refresd.jsonl")
    print("## refresd-en-fr (dev half): ROC AUC, drift (plain cosine baseline)")
    for name, pos_labels in (("divergent_vs_equivalent", {"some_meaning_difference", "unrelated"}),
                             ("some_difference_vs_equivalent", {"some_meaning_difference"})):
        figs = []
        for s in (drift, base):
            pos = [v for v, l in zip(s, labels) if l in pos_labels]
            neg = [v for v, l in zip(s, labels) if l == "no_meaning_difference"]
            figs.append(auc(pos, neg))
        print(f"refresd_{name}_auc={figs[0]:.3f} (baseline {figs[1]:.3f})")
    print("## demetr-fr-ru-en (dev half): accuracy of drift(src, pert) > drift(src, mt), drift (plain cosine baseline)")
    acc, accb = defaultdict(list), defaultdict(list)
    for code in ("fr", "ru"):
        names = json.load(open(f"{out}/demetr-{code}.labels.json"))
        dm, bm, _ = load(f"{out}/demetr-{code}-mt.jsonl")
        dp, bp, _ = load(f"{out}/demetr-{code}-pert.jsonl")
        for n, a, b, c, d in zip(names, dp, dm, bp, bm):
            key = n.split("_", 2)[2] if n.count("_") >= 2 else n
            acc[key].append(a > b)
            accb[key].append(c > d)
    for k in sorted(acc, key=lambda k: (-sum(acc[k]) / len(acc[k]), k)):
        print(f"demetr_{k}={sum(acc[k]) / len(acc[k]):.3f} (baseline {sum(accb[k]) / len(accb[k]):.3f}, n={len(acc[k])})")
    allv = [v for k in acc for v in acc[k]]
    allb = [v for k in accb for v in accb[k]]
    print(f"demetr_all={sum(allv) / len(allv):.3f} (baseline {sum(allb) / len(allb):.3f}, n={len(allv)})")
    z = json.load(open(f"{out}/mlqe.labels.json"))
    drift, base, _ = load(f"{out}/mlqe.jsonl")
    print("## mlqe-ru-en (dev): Pearson r of -drift with z_mean (plain cosine baseline)")
    print(f"mlqe_pearson={pearson([-v for v in drift], z):.3f} (baseline {pearson([-v for v in base], z):.3f}, n={len(z)})")
    faithful = [n for n in ("tatoeba-en-fr", "tatoeba-ru-en", "flores-ru-fr") if os.path.exists(f"{out}/faithful-{n}.jsonl")]
    if faithful:
        print("## false alarms: share of faithful translations with a minor or major finding (with a major one)")
    for n in faithful:
        _, _, rows = load(f"{out}/faithful-{n}.jsonl")
        flagged = sum(any(x["severity"] in ("minor", "major") for x in r["findings"]) for r in rows)
        major = sum(any(x["severity"] == "major" for x in r["findings"]) for r in rows)
        kinds = defaultdict(int)
        for r in rows:
            for k in {x["type"] for x in r["findings"] if x["severity"] in ("minor", "major")}:
                kinds[k] += 1
        top = " ".join(f"{k}={v / len(rows):.2f}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:4])
        print(f"false_alarms_{n.replace('-', '_')}={flagged / len(rows):.3f} (major {major / len(rows):.3f}, n={len(rows)}; by type {top})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "report":
        report(sys.argv[2])
    else:
        sys.exit(__doc__)
