#!/usr/bin/env python3
"""Figures for scripts/bench-encoder.sh (benchmark tooling only, never used at run time).

  compare.py ids SWIFT.txt REF.txt LABEL       identical piece-id lines, first mismatches
  compare.py parity SWIFT.f32 REF.f32          mean and minimum cosine, row by row
  compare.py retrieval VECS.f32 LABEL          Tatoeba fr->en and ru->en nearest-neighbour accuracy;
                                               rows: fra-eng.eng, fra-eng.fra, rus-eng.eng, rus-eng.rus (1000 each)
  compare.py evict FILE...                     drop the files' pages from the page cache (cold start)
  compare.py sentences SEED.txt...             seed lines and their sentences, one per line, to stdout
"""
import os
import re
import sys

import numpy as np


def load(path):
    return np.fromfile(path, dtype="<f4").reshape(-1, 512)


def main():
    cmd = sys.argv[1]
    if cmd == "ids":
        a = open(sys.argv[2], encoding="utf-8").read().split("\n")
        b = open(sys.argv[3], encoding="utf-8").read().split("\n")
        bad = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        n = min(len(a), len(b)) - 1
        print(f"token_ids_identical_{sys.argv[4]}={n - len(bad)}/{n}")
        for i in bad[:3]:
            print(f"  line {i + 1}: swift [{a[i][:80]}] ref [{b[i][:80]}]", file=sys.stderr)
    elif cmd == "parity":
        a, b = load(sys.argv[2]), load(sys.argv[3])
        cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
        print(f"parity_mean_cosine={cos.mean():.7f} parity_min_cosine={cos.min():.7f} parity_rows={len(cos)}")
    elif cmd == "retrieval":
        v = load(sys.argv[2])
        v = v / np.linalg.norm(v, axis=1, keepdims=True)
        out = []
        for name, src, eng in (("fr_en", 1, 0), ("ru_en", 3, 2)):
            s, e = v[src * 1000:(src + 1) * 1000], v[eng * 1000:(eng + 1) * 1000]
            acc = float((np.argmax(s @ e.T, axis=1) == np.arange(1000)).mean())
            out.append(f"retrieval_{name}_{sys.argv[3]}={acc:.4f}")
        print(" ".join(out))
    elif cmd == "evict":
        for path in sys.argv[2:]:
            fd = os.open(path, os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
    elif cmd == "sentences":
        for path in sys.argv[2:]:
            for line in open(path, encoding="utf-8").read().split("\n"):
                line = line.strip()
                if not line:
                    continue
                print(line)
                parts = [p for p in re.split(r"(?<=[.!?»…])\s+", line) if p]
                if len(parts) > 1:
                    for p in parts:
                        print(p)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
