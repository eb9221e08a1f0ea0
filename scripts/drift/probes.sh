#!/usr/bin/env bash
# Scores the probe sets of scripts/drift/probes/ (README there) and prints, per file, the lines
# with a minor or major finding and the findings by type. Prints figures; it is not a test.
#   scripts/drift/probes.sh [path/to/driftalign]      (builds the release CLI when no binary is given)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -ge 1 ]; then BIN=$1; else
    swift build -c release --product driftalign >&2
    BIN=$(swift build -c release --show-bin-path)/driftalign
fi
OUT=$(mktemp -d "${TMPDIR:-/tmp}/probes.XXXXXX"); trap 'rm -rf "$OUT"' EXIT
for f in scripts/drift/probes/*.tsv; do
    name=$(basename "$f" .tsv)
    lang=${name%%.*}; lang=${lang##*-}
    "$BIN" score-pairs "$f" --src-lang "$lang" --tgt-lang fr --threads "${THREADS:-2}" >"$OUT/$name.jsonl"
    python3 - "$f" "$OUT/$name.jsonl" <<'PY'
import collections, json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
flagged, types = 0, collections.Counter()
for l in open(sys.argv[2], encoding="utf-8"):
    found = [f for f in json.loads(l)["findings"] if f["severity"] in ("minor", "major")]
    flagged += bool(found)
    types.update(f'{f["type"]}/{f["severity"]}' for f in found)
name = sys.argv[1].rsplit("/", 1)[-1]
print(f"{name}: {flagged}/{len(lines)} lines with a minor or major finding  " + " ".join(f"{k}={v}" for k, v in sorted(types.items())))
PY
done
