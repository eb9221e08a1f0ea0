#!/usr/bin/env bash
# Benchmarks `driftalign match`: ingests both Truth Social archive files of ../shared/corpora
# (299 records, 297 posts) into a temporary database with the default encoder (USE-m), matches
# seeds 000, 001, 003 and 004 against every stored post, and prints, per seed and overall:
#   - recall@1 and recall@5 of the posts the seed quotes (gold: the set of "post" ids in
#     Corpora/gold/quotes/<stem>.quotes.jsonl); micro = over all gold posts, macro = mean of seeds
#     (seed 001 quotes two posts, so its recall@1 is at most 0.5);
#   - seconds per article (wall, one process per article, model load included) and ingest time.
# Prints figures; it is not a timed test.
#
#   scripts/bench-match.sh                     builds the release CLI into .build-bench-release
#   DRIFTALIGN_BIN=.build/debug/driftalign scripts/bench-match.sh     uses that binary instead
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${DRIFTALIGN_SHARED:-$ROOT/../shared}
PY=${PYTHON:-python3}

scripts/install-model.sh >&2
if [[ -z "${DRIFTALIGN_BIN:-}" ]]; then
    swift build --scratch-path .build-bench-release -c release --product driftalign >&2
    BIN=$ROOT/.build-bench-release/release/driftalign
else
    BIN=$DRIFTALIGN_BIN
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-match.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB=$WORK/corpus.sqlite

t0=$(date +%s%N)
"$BIN" ingest "$SHARED"/corpora/truthsocial/truth_archive.*.json --db "$DB" >"$WORK/ingest.txt"
t1=$(date +%s%N)
tail -1 "$WORK/ingest.txt"

for stem in 000_888ec427b11f09fa 001_40229e60f3d7f096 003_cfb312dc94c31756 004_26eafcd5d4735cad; do
    article=$(ls Corpora/*/articles/"$stem".txt)
    s=$(date +%s%N)
    "$BIN" match "$article" --db "$DB" --format json --top 5 >"$WORK/$stem.json" 2>"$WORK/$stem.err"
    e=$(date +%s%N)
    echo "$stem $(( (e - s) / 1000000 ))" >>"$WORK/times.txt"
done

$PY - "$WORK" "$ROOT/Corpora/gold/quotes" "$(( (t1 - t0) / 1000000 ))" <<'PY'
import json, sys, os
work, gold_dir, ingest_s = sys.argv[1], sys.argv[2], float(sys.argv[3]) / 1000
times = {k: float(v) / 1000 for k, v in (line.split() for line in open(os.path.join(work, "times.txt")))}
hits1 = hits5 = total = 0
macro1, macro5, secs = [], [], []
print("seed                    gold posts                               top 5 (id: confidence)                         r@1   r@5   s")
for stem, t in times.items():
    gold = {json.loads(l)["post"] for l in open(os.path.join(gold_dir, stem + ".quotes.jsonl")) if l.strip()}
    ranked = json.load(open(os.path.join(work, stem + ".json")))
    ids = [r["id"] for r in ranked]
    h1, h5 = len(gold & set(ids[:1])), len(gold & set(ids[:5]))
    hits1, hits5, total = hits1 + h1, hits5 + h5, total + len(gold)
    macro1.append(h1 / len(gold)); macro5.append(h5 / len(gold)); secs.append(float(t))
    top = ", ".join("%s…%s: %.2f" % (r["id"][:3], r["id"][-4:], r["confidence"]) for r in ranked)
    print("%-23s %-40s %-46s %.2f  %.2f  %.1f" % (stem, ",".join(sorted(g[-6:] for g in gold)), top, h1 / len(gold), h5 / len(gold), float(t)))
print()
print("recall@1: %.3f micro (%d/%d gold posts), %.3f macro" % (hits1 / total, hits1, total, sum(macro1) / len(macro1)))
print("recall@5: %.3f micro (%d/%d gold posts), %.3f macro" % (hits5 / total, hits5, total, sum(macro5) / len(macro5)))
print("seconds per article: %.2f mean (%.2f–%.2f; one process each, model load included)" % (sum(secs) / len(secs), min(secs), max(secs)))
print("ingest of 299 records: %.1f s" % ingest_s)
PY
