#!/usr/bin/env bash
# The main job on the bundled Corpora (README): installs what is missing, builds the CLI, and
# writes each case's output under out/<case>/. Until the drift report exists, the job is the
# segmentation of every document a case lists, as text and as JSON.
#   bash scripts/run-demo.sh [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/out}
cd "$root"
bash scripts/setup.sh
swift build --product driftalign
bin=$(swift build --product driftalign --show-bin-path)/driftalign
mkdir -p "$out"
for case_dir in Corpora/*/; do
    [ -f "$case_dir/manifest.json" ] || continue
    name=$(basename "$case_dir")
    mkdir -p "$out/$name"
    "$bin" segment "$case_dir" > "$out/$name/segments.txt"
    "$bin" segment "$case_dir" --format json > "$out/$name/segments.json"
    docs=$(grep -c '^# ' "$out/$name/segments.txt" || true)
    sents=$(grep -c -v -E '^(#|attribution|	)' "$out/$name/segments.txt" || true)
    echo "$name: $docs documents, $sents sentences -> $out/$name/segments.txt, segments.json"
done
