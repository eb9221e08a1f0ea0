#!/usr/bin/env bash
# Corpus-scale benchmark (prints figures; not a test): builds 1,000 article/original cases from the
# Tatoeba dev pairs in ../shared/bench (each "article" is 8 consecutive French or Russian sentences,
# its original the 8 English sentences they translate plus 4 unrelated ones), then runs
# `driftalign corpus run` over them with 1 and 2 workers, and prints articles per minute and peak RSS.
#   scripts/bench-scale.sh [N_CASES]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
n=${1:-1000}
cd "$root"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product driftalign >/dev/null
bin=$(swift build -c release --show-bin-path)/driftalign
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$bench/tatoeba" "$tmp/cases" "$n" <<'PY'
import json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sets = []
for lang, a, b in [("fr", "fra-eng.fra", "fra-eng.eng"), ("ru", "rus-eng.rus", "rus-eng.eng")]:
    t = open(f"{src}/tatoeba.{a}").read().splitlines(); e = open(f"{src}/tatoeba.{b}").read().splitlines()
    sets.append((lang, t, e))
for k in range(n):
    lang, t, e = sets[k % 2]
    start = (k * 37) % (len(t) - 8)
    d = f"{out}/case{k:04d}"
    os.makedirs(f"{d}/articles"); os.makedirs(f"{d}/originals")
    open(f"{d}/articles/article.txt", "w").write("\n".join(t[start:start + 8]) + "\n")
    other = [e[(start + 500 + j) % len(e)] for j in range(4)]
    open(f"{d}/originals/original.txt", "w").write("\n".join(e[start:start + 8] + other) + "\n")
    json.dump({"schema": "driftalign-case/1", "case": f"case{k:04d}",
               "translations": [{"path": "articles/article.txt", "language": lang, "source": "text"}],
               "originals": [{"path": "originals/original.txt", "language": "en", "source": "text"}]},
              open(f"{d}/manifest.json", "w"))
PY
echo "cases: $n (8 sentences per article, 12 per original)"
for jobs in 1 2; do
    cpus=$([ "$jobs" = 1 ] && echo 0 || echo 0,1)
    rm -rf "$tmp/out$jobs"
    /usr/bin/time -f "%e %M" -o "$tmp/time$jobs" taskset -c "$cpus" "$bin" corpus run "$tmp/cases" --jobs "$jobs" \
        -o "$tmp/out$jobs" --format json > /dev/null 2> "$tmp/log$jobs"
    read -r secs rss < "$tmp/time$jobs"
    python3 -c "print(f'jobs $jobs on $(echo $cpus | tr ',' ' ' | wc -w) core(s): {$n} articles in {$secs:.1f} s = {$n * 60 / $secs:.0f} articles/min, peak RSS {$rss / 1024:.0f} MB')"
done
