#!/usr/bin/env python3
"""Fits DriftCalibration (Sources/DriftAlignDrift/API/DriftCalibration.swift) on the dev halves.

  fit_calibration.py BENCH_OUTDIR

BENCH_OUTDIR is what `BENCH_KEEP=DIR scripts/bench-drift.sh` leaves: score-pairs JSON lines with
--evidence. Step 1: logistic regression (Newton's method, small L2) of equivalent vs divergent
REFreSD pairs on cosine, ln(1 + words) and the unmatched fraction. Step 2: a grid over the
severity weights and a scale of the logistic, recomputing each drift from the evidence and the
findings exactly as the Swift formula does, scored on the REFreSD AUCs, the DEMETR accuracies of
the target perturbation types and the MLQE correlation. Prints the coefficients to copy into the
Swift file; benchmark tooling only.
"""
import itertools
import json
import math
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from bench import auc, pearson  # noqa: E402

TARGETS = ["numbers_replaced", "ne_replaced", "ne_removed", "negation", "antonym", "addition"]


def rows(path):
    return [json.loads(l) for l in open(path, encoding="utf-8")]


# The original's coverage shrunk toward a prior by this many pseudo-words (DriftCalibration's
# originalCoveragePrior / originalCoveragePriorWords): the fit sees what the Swift formula uses.
COVERAGE_PRIOR, COVERAGE_PRIOR_WORDS = 0.870, 1.0


def shrunk(coverage, n):
    if n is None or COVERAGE_PRIOR_WORDS <= 0:
        return coverage
    return (n * coverage + COVERAGE_PRIOR_WORDS * COVERAGE_PRIOR) / (n + COVERAGE_PRIOR_WORDS)


def features(r):
    e = r["evidence"]
    return [1.0, e["cosine"] or 0.0, math.log(1 + e["words"]), e["unmatched"],
            shrunk(e["originalCoverage"], e.get("originalContentWords")), e["translationCoverage"]]


def fit(X, y, pairs=(), pair_weight=0.0, mask=None, l2=1e-3, steps=40):
    """Logistic regression of y on X (equivalent = 1) by Newton's method, plus, when pair_weight
    > 0, a pairwise logistic term asking each (better, worse) pair of feature rows to be ranked in
    that order (DEMETR: the unperturbed translation above the perturbed one). Features whose mask
    entry is 0 are held at zero."""
    import numpy as np
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    D = np.asarray([np.subtract(a, b) for a, b in pairs], dtype=float) if pairs else np.zeros((0, X.shape[1]))
    m = np.ones(X.shape[1]) if mask is None else np.asarray(mask, dtype=float)
    X, D = X * m, D * m
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        g = X.T @ (p - y) / len(y) + l2 * w
        H = (X.T * (p * (1 - p))) @ X / len(y) + l2 * np.eye(len(w))
        if len(D):
            q = 1 / (1 + np.exp(-np.clip(D @ w, -30, 30)))
            g += pair_weight * (D.T @ (q - 1)) / len(D)
            H += pair_weight * (D.T * (q * (1 - q))) @ D / len(D)
        w -= np.linalg.solve(H, g)
    return list(w * m)


def drift(r, w, scale, sev):
    z = scale * sum(a * b for a, b in zip(w, features(r)))
    keep = 1 / (1 + math.exp(-max(-30, min(30, z))))
    for f in r["findings"]:
        # The whole-link meaning finding restates a low p (the scorer leaves it out too).
        if not (f["type"] == "meaning" and "does not say what" in f["reason"]):
            keep *= 1 - sev[f["severity"]]
    return 1 - keep


def main(d):
    ref = rows(f"{d}/refresd.jsonl")
    labels = json.load(open(f"{d}/refresd.labels.json"))
    X = [features(r) for r in ref]
    y = [1.0 if l == "no_meaning_difference" else 0.0 for l in labels]
    dem = []
    for code in ("fr", "ru"):
        names = json.load(open(f"{d}/demetr-{code}.labels.json"))
        dem += list(zip(names, rows(f"{d}/demetr-{code}-mt.jsonl"), rows(f"{d}/demetr-{code}-pert.jsonl")))
    mlqe, z = rows(f"{d}/mlqe.jsonl"), json.load(open(f"{d}/mlqe.labels.json"))
    # DEMETR pairs for the ranking term: every perturbation is meant to be worse than the MT,
    # except the reference (a human translation) and code-mixing.
    pairs = [(features(m), features(p)) for n, m, p in dem if not n.endswith(("reference", "codemix"))]
    results = []
    for pw, mask in itertools.product(PAIR_WEIGHTS, MASKS):
        w = fit(X, y, pairs, pw, mask)
        print(f"pair_weight={pw} mask={mask} logistic: " + " ".join(f"{k}={v:.3f}" for k, v in zip(NAMES, w)))
        results += evaluate(w, (pw, tuple(mask)), ref, labels, dem, mlqe, z)
    results.sort(key=lambda t: -t[0])
    for score, pw, w, scale, sev, a1, a2, accs, r in results[:6]:
        print(f"pair_weight={pw} scale={scale} severity={sev} refresd={a1:.3f}/{a2:.3f} mlqe={r:.3f} "
              + " ".join(f"{k}={v:.3f}" for k, v in accs.items()))
    best = results[0]
    print("best: " + " ".join(f"{k}={v * best[3]:.3f}" for k, v in zip(NAMES, best[2])) + f" severity={best[4]}")


NAMES = ["intercept", "cosine", "length", "unmatched", "originalCoverage", "translationCoverage"]
PAIR_WEIGHTS = [0.0, 0.3, 1.0, 3.0]
# Which features may be used: all; without length (MLQE's short sentences suffer from it).
MASKS = [[1, 1, 1, 1, 1, 1], [1, 1, 0, 1, 1, 1], [1, 1, 0, 0, 1, 1]]


def evaluate(w, pw, ref, labels, dem, mlqe, z):
    results = []
    for scale, info, minor, major in itertools.product([0.5, 1.0], [0.02, 0.05, 0.1], [0.1, 0.2, 0.3], [0.3, 0.45, 0.6]):
        sev = {"info": info, "minor": minor, "major": major}
        s = [drift(r, w, scale, sev) for r in ref]
        a1 = auc([v for v, l in zip(s, labels) if l != "no_meaning_difference"], [v for v, l in zip(s, labels) if l == "no_meaning_difference"])
        a2 = auc([v for v, l in zip(s, labels) if l == "some_meaning_difference"], [v for v, l in zip(s, labels) if l == "no_meaning_difference"])
        acc = {t: [] for t in TARGETS}
        for n, m, p in dem:
            for t in TARGETS:
                if n.split("_", 2)[-1] == t:
                    acc[t].append(drift(p, w, scale, sev) > drift(m, w, scale, sev))
        accs = {t: sum(v) / len(v) for t, v in acc.items()}
        r = pearson([-drift(x, w, scale, sev) for x in mlqe], z)
        score = min(a1 - 0.89, a2 - 0.79, min(v - 0.95 for v in accs.values()), r - 0.40) + 0.01 * (a1 + a2 + r)
        results.append((score, pw, w, scale, sev, a1, a2, accs, r))
    return results


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
