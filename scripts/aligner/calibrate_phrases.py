#!/usr/bin/env python3
"""Fits the phrase miner's confidence model (PhraseCalibration in Sources/DriftAlignAligner/Quotes).

The situation simulated: a short French (or Russian) quoted fragment, 2 to 8 words, is compared
with every run of words of the original sentences closest to it, and the best run's cosine and
margin decide whether the fragment quotes that sentence. Data: the Tatoeba dev pairs in
../shared/bench/tatoeba (fr-en, ru-en), embedded by the Swift encoder. A pseudo original sentence
is three random English Tatoeba sentences joined (20-30 words, like a post's sentence); in a
positive episode one of them is the fragment's translation, in a negative episode none is. As in
the miner, the 6 pseudo sentences (of 30) closest to the fragment are cut into runs of half to
1.6 x the fragment's words (+2), none ending on a word that needs the next one (DANGLING); each
sentence keeps its best run; the margin is the best run's
cosine over the mean of the next (up to 4) sentences' best runs (floor 0.05). Label: the best run
lies in the sentence holding the translation. A logistic regression (Newton's method, numpy)
maps (cosine, margin) to a probability; prints the coefficients and held-out accuracy.

Usage: calibrate_phrases.py DRIFTALIGN_BIN TATOEBA_DIR   (scripts/calibrate-phrases.sh runs it)
"""
import os
import subprocess
import sys
import tempfile

import numpy as np

from logistic import fit_and_report

DIM = 512
POOL = 30
TOP = 6
K = 4
EPISODES = 240  # per language pair
rng = np.random.default_rng(11)


def read(path):
    return open(path, encoding="utf-8").read().rstrip("\n").split("\n")


def embed(binary, texts, lang, tmp):
    path = os.path.join(tmp, "in.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(t.replace("\n", " ") for t in texts) + "\n")
    subprocess.run([binary, "embed", path, "--lang", lang, "--presegmented", "-o", path + ".f32", "--threads", "2"],
                   check=True, stderr=subprocess.DEVNULL)
    return np.fromfile(path + ".f32", dtype="<f4").reshape(-1, DIM)


# Words a run may not end on (DanglingWords.english in Sources/DriftAlignAligner/Quotes).
DANGLING = {"the", "a", "an", "our", "my", "your", "his", "their", "its", "every", "each",
            "and", "or", "but", "nor", "i", "we", "he", "she", "they", "of",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must"}


def dangling(word):
    """As DanglingWords.isDangling: punctuation after the word closes the phrase; before it, it is dropped."""
    if not word[-1].isalnum():
        return False
    i = 0
    while i < len(word) and not word[i].isalpha():
        i += 1
    return word[i:].lower() in DANGLING


def runs(words, q):
    lo, hi = max(1, int(q * 0.5)), max(1, int(q * 0.5), int(q * 1.6) + 2)
    return [" ".join(words[s:s + n]) for n in range(lo, hi + 1) if n <= len(words) for s in range(len(words) - n + 1)
            if not dangling(words[s + n - 1])]


def episodes(binary, src, eng, lang, tmp):
    n = len(src)
    short = [i for i in range(n) if 2 <= len(src[i].split()) <= 8]
    plans = []
    for e in range(EPISODES):
        unit = int(rng.choice(short))
        positive = e % 2 == 0
        others = rng.choice(np.setdiff1d(np.arange(n), [unit]), 3 * POOL, replace=False).reshape(POOL, 3)
        pool = [list(map(int, row)) for row in others]
        if positive:
            pool[0][int(rng.integers(3))] = unit
        plans.append((unit, positive, [" ".join(eng[i] for i in row) for row in pool]))
    # Sentence-level ranking, as the miner ranks original sentences before cutting runs.
    u = embed(binary, [src[p[0]] for p in plans], lang, tmp)
    s = embed(binary, [t for p in plans for t in p[2]], "en", tmp).reshape(len(plans), POOL, DIM)
    cut = []
    for e, (unit, positive, texts) in enumerate(plans):
        top = np.argsort(-(s[e] @ u[e]))[:TOP]
        q = len(src[unit].split())
        cut.append([(int(j), r) for j in top for r in runs(texts[j].split(), q)])
    r = embed(binary, [t for c in cut for _, t in c], "en", tmp)
    rows, k = [], 0
    for e, (unit, positive, _) in enumerate(plans):
        sims = r[k:k + len(cut[e])] @ u[e]
        best = {}
        for (j, _), v in zip(cut[e], sims):
            best[j] = max(best.get(j, -1.0), float(v))
        k += len(cut[e])
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        others = [v for _, v in ranked[1:1 + K]]
        if len(ranked) < 3:
            continue  # the miner makes no phrase decision with fewer than three sentences
        margin = ranked[0][1] / max(0.05, sum(others) / len(others))
        label = 1.0 if positive and ranked[0][0] == 0 else 0.0
        rows.append((ranked[0][1], margin, label))
    return np.array(rows)


def main():
    binary, tatoeba = sys.argv[1:3]
    with tempfile.TemporaryDirectory() as tmp:
        data = np.vstack([
            episodes(binary, read(f"{tatoeba}/tatoeba.fra-eng.fra"), read(f"{tatoeba}/tatoeba.fra-eng.eng"), "fr", tmp),
            episodes(binary, read(f"{tatoeba}/tatoeba.rus-eng.rus"), read(f"{tatoeba}/tatoeba.rus-eng.eng"), "ru", tmp),
        ])
    fit_and_report(data, rng)
    for name, col in (("cosine", 0), ("margin", 1)):
        print(f"{name}: positives median {np.median(data[data[:, 2] == 1, col]):.3f}, negatives median {np.median(data[data[:, 2] == 0, col]):.3f}")


if __name__ == "__main__":
    main()
