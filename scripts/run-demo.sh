#!/usr/bin/env bash
# The main job on the bundled Corpora (README): installs what is missing (Debian packages, the
# USE-m model), builds the CLI, and writes the drift report of every case under out/:
# out/<case>.html (for editors), .md, .json, .tsv.
#   bash scripts/run-demo.sh [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/out}
cd "$root"
bash scripts/setup.sh
swift build -c release --product driftalign
bin=$(swift build -c release --show-bin-path)/driftalign
mkdir -p "$out"
for case_dir in Corpora/*/; do
    [ -f "$case_dir/manifest.json" ] || continue
    "$bin" report "$case_dir" -o "$out"
done
echo "reports written under $out (open the .html files in a browser)"
