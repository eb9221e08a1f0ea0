#!/usr/bin/env bash
# Alignment benchmark on the dev halves in ../shared/bench (prints figures; not a test).
#   scripts/bench-aligner.sh [--quick]     --quick skips the 16x scaling run
#   BENCH=path/to/bench scripts/bench-aligner.sh   another half of the sets, laid out as ../shared/bench
# For each set: strict and lax P/R/F1 (Vecalign's definitions, `driftalign eval`), wall seconds,
# sentences per second end to end (process start, model load, encoding, alignment; one thread,
# pinned to one core) and peak RSS, with one process per document; for the sets of several
# documents, also one process for the whole set (`align --pairs`, the model loaded once).
# Then scaling: TransRead's books concatenated 1x, 4x, 16x.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
quick=${1:-}
cd "$root"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product driftalign >/dev/null
bin=$(swift build -c release --show-bin-path)/driftalign
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

# run NAME SRC TGT SRC_LANG GOLD -> appends "gold pred" to $tmp/NAME.pairs, accumulates time/RSS/sentences
run() {
    local name=$1 src=$2 tgt=$3 lang=$4 gold=$5
    local out="$tmp/$name.$(basename "$src").links"
    /usr/bin/time -f "%e %M" -o "$tmp/t" $pin "$bin" align "$src" "$tgt" --presegmented --src-lang "$lang" --tgt-lang fr \
        --mode monotonic --threads 1 > "$out"
    read -r secs rss < "$tmp/t"
    local n=$(( $(wc -l < "$src") + $(wc -l < "$tgt") ))
    echo "$gold $out" >> "$tmp/$name.pairs"
    echo "$src" > "$out.src"; echo "$tgt" > "$out.tgt"
    echo "$secs $rss $n" >> "$tmp/$name.perf"
}

# run_batch NAME SRC_LANG -> aligns every pair of $tmp/NAME.pairs again in one `align --pairs`
# process, checks its links (not their scores) equal the per-document runs, prints its time and rate.
run_batch() {
    local name=$1 lang=$2
    local list="$tmp/$name.batch"
    : > "$list"
    while read -r gold out; do
        printf '%s\t%s\t%s\n' "$(cat "$out.src")" "$(cat "$out.tgt")" "$out.batch" >> "$list"
    done < "$tmp/$name.pairs"
    /usr/bin/time -f "%e %M" -o "$tmp/t" $pin "$bin" align --pairs "$list" --presegmented --src-lang "$lang" --tgt-lang fr \
        --mode monotonic --threads 1 2> /dev/null
    read -r secs rss < "$tmp/t"
    local n; n=$(awk '{s += $3} END {print s}' "$tmp/$name.perf")
    local same=identical
    while read -r gold out; do cmp -s <(cut -d: -f1,2 "$out") <(cut -d: -f1,2 "$out.batch") || same=DIFFERENT; done < "$tmp/$name.pairs"
    printf '%-12s one process for the %d documents (--pairs): %6.1f s  %6.0f sent/s  peak RSS %.0f MB  links %s to the per-document runs (scores may differ in the last digit)\n' \
        "$name" "$(wc -l < "$tmp/$name.pairs")" "$secs" "$(python3 -c "print($n/$secs)")" "$(python3 -c "print($rss/1024)")" "$same"
}

report() {
    local name=$1
    local eval; eval=$("$bin" eval $(cat "$tmp/$name.pairs") --json)
    python3 - "$name" "$eval" "$tmp/$name.perf" <<'PY'
import json, sys
name, ev, perf = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
rows = [list(map(float, l.split())) for l in open(perf)]
secs = sum(r[0] for r in rows); rss = max(r[1] for r in rows) / 1024; n = sum(r[2] for r in rows)
s, l = ev["strict"], ev["lax"]
print(f"{name:12s} docs {ev['documents']:2d}  strict P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
      f"lax P {l['precision']:.4f} R {l['recall']:.4f} F1 {l['f1']:.4f}  |  {secs:6.1f} s  {n/secs:6.0f} sent/s  peak RSS {rss:.0f} MB")
PY
}

# The documents of a set: every SRC file with its .fr side and its gold links (.SRCfr), whatever
# it is called (the dev halves: Text+Berg's dev.de, TransRead's four books, FLORES's flores00–16;
# another half laid out the same way, BENCH=…, may name its documents otherwise).
documents() {
    local dir=$1 src=$2
    for f in "$dir"/*."$src"; do
        if [ -f "$f" ] && [ -f "${f%.$src}.fr" ] && [ -f "${f%.$src}.${src}fr" ]; then echo "${f%.$src}"; fi
    done
}
textberg_docs=$(documents "$bench/textberg-de-fr" de)
transread_docs=$(documents "$bench/transread-en-fr" en)
flores_docs=$(documents "$bench/flores-fr-ru" ru)
for set in textberg:"$textberg_docs" transread:"$transread_docs" flores:"$flores_docs"; do
    [ -n "${set#*:}" ] || { echo "bench-aligner: no documents for ${set%%:*} under $bench" >&2; exit 1; }
done

for d in $textberg_docs; do run textberg "$d.de" "$d.fr" de "$d.defr"; done
report textberg
[ "$(echo "$textberg_docs" | wc -l)" -gt 1 ] && run_batch textberg de
for d in $transread_docs; do run transread "$d.en" "$d.fr" en "$d.enfr"; done
report transread
run_batch transread en
for d in $flores_docs; do run flores "$d.ru" "$d.fr" ru "$d.rufr"; done
report flores
run_batch flores ru

# Scaling: the four TransRead books concatenated k times (gold indices shifted), one document.
echo "scaling (TransRead concatenated):"
for k in 1 4 16; do
    [ "$quick" = "--quick" ] && [ "$k" = 16 ] && continue
    python3 - "$k" "$tmp/scale$k" $transread_docs <<'PY'
import sys, os
k, out, books = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
en, fr, gold = [], [], []
for _ in range(k):
    for bk in books:
        e = open(f"{bk}.en").read().rstrip("\n").split("\n"); f = open(f"{bk}.fr").read().rstrip("\n").split("\n")
        for line in open(f"{bk}.enfr"):
            a, b = line.strip().split(":")[:2]
            a = [int(x) + len(en) for x in a.strip("[]").split(",") if x.strip()]
            b = [int(x) + len(fr) for x in b.strip("[]").split(",") if x.strip()]
            gold.append(f"[{', '.join(map(str, a))}]:[{', '.join(map(str, b))}]")
        en += e; fr += f
open(out + ".en", "w").write("\n".join(en) + "\n"); open(out + ".fr", "w").write("\n".join(fr) + "\n")
open(out + ".gold", "w").write("\n".join(gold) + "\n")
PY
    rm -f "$tmp/scale$k.pairs" "$tmp/scale$k.perf"
    run "scale$k" "$tmp/scale$k.en" "$tmp/scale$k.fr" en "$tmp/scale$k.gold"
    read -r secs rss n < "$tmp/scale$k.perf"
    f1=$("$bin" eval $(cat "$tmp/scale$k.pairs") --json | python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['strict']['f1'])")
    echo "  ${k}x: $n sentences, $secs s, $(python3 -c "print(round($n/$secs))") sent/s, peak RSS $((rss / 1024)) MB, strict F1 $f1"
done
