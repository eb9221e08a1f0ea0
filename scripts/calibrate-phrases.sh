#!/usr/bin/env bash
# Refits the phrase miner's confidence model (QuoteCalibration.phrases) on the Tatoeba dev pairs
# (see scripts/aligner/calibrate_phrases.py). Prints the coefficients; about a minute.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
cd "$root"
swift build -c release --product driftalign >/dev/null
python3 scripts/aligner/calibrate_phrases.py "$(swift build -c release --show-bin-path)/driftalign" "$bench/tatoeba"
