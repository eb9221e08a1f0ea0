#!/usr/bin/env bash
# Drift benchmark: builds the release CLI, scores the dev halves of REFreSD (en-fr), DEMETR
# (fr/ru-en) and MLQE-PE (ru-en) with `driftalign score-pairs`, and prints every figure beside
# the plain USE-m cosine baseline, then the false alarms on faithful translations (Tatoeba,
# FLORES) (scripts/drift/bench.py computes them), then the antonym stress test
# (scripts/drift/antonym_stress.py). Prints figures; it is not a timed test.
#
#   scripts/bench-drift.sh                    (ENCODER=usem by default; ENCODER=lexical needs no model)
#   BENCH_KEEP=/tmp/drift-bench scripts/bench-drift.sh   keeps the inputs and JSON outputs there
#   DRIFTALIGN_BIN=path/to/driftalign scripts/bench-drift.sh   uses that binary instead of building
#   SCORE_FLAGS=--no-word-vectors scripts/bench-drift.sh      extra score-pairs flags (alignment variants)
#   BENCH=path/to/bench scripts/bench-drift.sh   another half of the sets, laid out as ../shared/bench
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${DRIFTALIGN_SHARED:-$ROOT/../shared}
PY=${PYTHON:-python3}
ENCODER=${ENCODER:-usem}

if [ "$ENCODER" = usem ]; then scripts/install-model.sh >&2; fi
if [ -n "${DRIFTALIGN_BIN:-}" ]; then BIN=$DRIFTALIGN_BIN; else
    swift build --scratch-path .build-drift-release -c release --product driftalign >&2
    BIN=$ROOT/.build-drift-release/release/driftalign
fi

if [ -n "${BENCH_KEEP:-}" ]; then WORK=$BENCH_KEEP; mkdir -p "$WORK"; else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-drift.XXXXXX"); trap 'rm -rf "$WORK"' EXIT; fi
$PY scripts/drift/bench.py prepare "${BENCH:-$SHARED/bench}" "$WORK"

score() {  # score FILE SRC TGT
    local start=$(date +%s.%N)
    "$BIN" score-pairs "$WORK/$1.tsv" --src-lang "$2" --tgt-lang "$3" --encoder "$ENCODER" --threads "${THREADS:-2}" --evidence ${SCORE_FLAGS:-} >"$WORK/$1.jsonl"
    printf 'time_%s=%.1fs pairs=%s\n' "$1" "$(echo "$(date +%s.%N) - $start" | bc)" "$(wc -l <"$WORK/$1.tsv")"
}

LEXICON_FILE=${DRIFTALIGN_LEXICON:-${XDG_CACHE_HOME:-$HOME/.cache}/driftalign/lexicon/freedict.tsv}
echo "# drift benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  encoder=$ENCODER  flags=${SCORE_FLAGS:-none}  lexicon=$( [ -f "$LEXICON_FILE" ] && echo installed || echo none)"
score refresd en fr
for l in fr ru; do score "demetr-$l-mt" "$l" en; score "demetr-$l-pert" "$l" en; done
score mlqe ru en
for f in tatoeba-en-fr:en:fr tatoeba-ru-en:ru:en flores-ru-fr:ru:fr; do
    IFS=: read -r name src tgt <<<"$f"
    if [ -f "$WORK/faithful-$name.tsv" ]; then score "faithful-$name" "$src" "$tgt"; fi
done
# The antonym stress test (scripts/drift/antonym_stress.py): the Tatoeba pairs above, MLQE's
# adequate pairs and REFreSD's equivalent ones, with one English word turned into its WordNet
# opposite; it needs the lexicon's common English words.
if [ -f "$(dirname "$LEXICON_FILE")/wordnet-en-common.txt" ]; then
    $PY scripts/drift/antonym_stress.py prepare "$WORK" "$(dirname "$LEXICON_FILE")"
    for l in ru fr mlqe-ru refresd-fr; do for k in orig pert; do
        if [ -f "$WORK/stress-antonym-$l-$k.tsv" ]; then score "stress-antonym-$l-$k" "${l##*-}" en; fi
    done; done
fi
$PY scripts/drift/bench.py report "$WORK"
echo "## antonym stress test (Tatoeba, MLQE and REFreSD dev pairs, one English word turned into its WordNet antonym; scripts/drift/antonym_stress.py)"
$PY scripts/drift/antonym_stress.py report "$WORK"
