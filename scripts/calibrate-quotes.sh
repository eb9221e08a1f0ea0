#!/usr/bin/env bash
# Refits the quote miner's confidence model on the Tatoeba dev pairs (see scripts/aligner/calibrate_quotes.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
cd "$root"
swift build -c release --product driftalign >/dev/null
bin=$(swift build -c release --show-bin-path)/driftalign
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in fra-eng.fra fra-eng.eng rus-eng.rus rus-eng.eng; do
    "$bin" embed "$bench/tatoeba/tatoeba.$f" --presegmented --lang "${f##*.}" -o "$tmp/$f.f32" 2>/dev/null
done
python3 scripts/aligner/calibrate_quotes.py "$tmp/fra-eng.fra.f32" "$tmp/fra-eng.eng.f32" "$tmp/rus-eng.rus.f32" "$tmp/rus-eng.eng.f32"
