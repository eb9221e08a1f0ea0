#!/usr/bin/env python3
"""Fits the quote miner's confidence model (QuoteCalibration in Sources/DriftAlignAligner/Quotes).

Data: the Tatoeba dev pairs in ../shared/bench/tatoeba (fr-en, ru-en), embedded by the Swift
encoder (`driftalign embed`). We simulate the miner's situation: a French (or Russian) unit looks
for its source among a small pool of English sentences (the sentences of a few posts), the pool
holding the true translation (positive) or not (negative: the best candidate is a wrong one).
Features are those the miner computes for its best candidate: the cosine and the ratio margin
of Artetxe & Schwenk (2019) with k = 4 neighbours on each side. A logistic regression (Newton's
method, plain numpy) maps them to a probability. Prints the coefficients and held-out accuracy.

Usage: calibrate_quotes.py FR.f32 EN_FR.f32 RU.f32 EN_RU.f32
"""
import sys
import numpy as np

from logistic import fit_and_report

DIM = 512
K = 4
POOL = 30
UNITS = 40
rng = np.random.default_rng(7)


def load(path):
    v = np.fromfile(path, dtype="<f4")
    return v.reshape(-1, DIM)


def episodes(src, tgt, count):
    """Yields (cosine, margin, label) for the best candidate of each unit in random episodes."""
    n = len(src)
    rows = []
    for _ in range(count):
        units = rng.choice(n, UNITS, replace=False)
        # Half the units have their translation in the pool.
        with_source = units[: UNITS // 2]
        pool = list(with_source) + list(rng.choice(np.setdiff1d(np.arange(n), units), POOL - len(with_source), replace=False))
        pool = np.array(pool)
        s = src[units] @ tgt[pool].T  # units x pool
        unit_nn = np.sort(s, axis=1)[:, -K:].mean(axis=1)
        cand_nn = np.sort(s, axis=0)[-K:, :].mean(axis=0)
        margin = s / np.maximum(0.05, 0.5 * (unit_nn[:, None] + cand_nn[None, :]))
        best = margin.argmax(axis=1)
        for u in range(UNITS):
            j = best[u]
            label = 1.0 if pool[j] == units[u] else 0.0
            rows.append((s[u, j], margin[u, j], label))
    return np.array(rows)


def main():
    fr, en_fr, ru, en_ru = (load(p) for p in sys.argv[1:5])
    data = np.vstack([episodes(fr, en_fr, 150), episodes(ru, en_ru, 150)])
    fit_and_report(data, rng)


if __name__ == "__main__":
    main()
