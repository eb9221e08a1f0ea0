#!/usr/bin/env bash
# Builds DriftAlign's optional word lexicon from Debian's FreeDict dictionaries (English–French,
# French–English, English–Russian, French–Russian) into the user cache, where the drift scorer
# finds it (Sources/DriftAlignDrift/Lexicons/BilingualLexicon.swift), and beside it the English
# common words and two- or three-word phrases of WordNet 3.0 (Debian wordnet-base;
# scripts/drift/wordnet_common_words.py), and the words the dictionaries write only with a
# capital (proper nouns: freedict-proper.txt) and the adjectives WordNet capitalizes (demonyms:
# wordnet-en-adjectives.txt), and the French word forms of Debian's wfrench (every inflection,
# GPL-2.0-or-later: wfrench-forms.txt, lower-cased and sorted by bytes so that the scorer reads it
# in place), which tell a word opening a French sentence is a common word. Last, the lemma tables
# of French and Russian (inflected form → lemma: lemmas-fr.tsv, lemmas-ru.tsv) from the
# lemmatization dictionaries of the PyPI wheel simplemma 2.0.0 (pinned by SHA-256;
# scripts/drift/build_lemmas.py reads its data files and runs none of its code; the data are
# ODbL, CC BY-SA and CC BY 4.0, see the wheel's METADATA).
# Idempotent; --force rebuilds, and so does a change of RECIPE below (written beside the files
# once they are built), so that a machine built by an older version of the scripts is rebuilt.
# The scorer works without it (reduced recall of omissions and additions). The files are derived
# from GPL-2.0-or-later, CC BY-SA, ODbL and CC BY data: they are built on each machine, never
# committed.
#
#   scripts/build-lexicon.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${DRIFTALIGN_LEXICON:-${XDG_CACHE_HOME:-$HOME/.cache}/driftalign/lexicon/freedict.tsv}
DICTD=${DICTD_DIR:-/usr/share/dictd}
WORDS=$(dirname "$OUT")/wordnet-en-common.txt
PHRASES=$(dirname "$OUT")/wordnet-en-phrases.txt
PROPER=$(dirname "$OUT")/freedict-proper.txt
ADJECTIVES=$(dirname "$OUT")/wordnet-en-adjectives.txt
FORMS=$(dirname "$OUT")/wfrench-forms.txt
FRENCH=${WFRENCH_FILE:-/usr/share/dict/french}
WORDNET=${WORDNET_DIR:-/usr/share/wordnet}
LEMMA_WHEEL=simplemma-2.0.0-py3-none-any.whl
LEMMA_WHEEL_SHA256=db33b15f5aed6485a748ce34d1f510ca760af2633289ab9a8493e2afa785c352
LEMMAS="$(dirname "$OUT")/lemmas-fr.tsv $(dirname "$OUT")/lemmas-ru.tsv"
# Bump when a script changes what it writes. 2: fra-rus lines ending with the next sense's number
# («час 2.») and Unicode hyphens ("après‐midi") no longer lose their translations.
RECIPE=2
STAMP=$(dirname "$OUT")/recipe.txt
PACKAGES="dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-rus dict-freedict-fra-rus wordnet-base wfrench"

lemmas_built() { for f in $LEMMAS; do [ -s "$f" ] || return 1; done; }
if [ -s "$OUT" ] && [ -s "$WORDS" ] && [ -s "$PHRASES" ] && [ -s "$PROPER" ] && [ -s "$ADJECTIVES" ] && [ -s "$FORMS" ] && lemmas_built \
    && [ "$(cat "$STAMP" 2>/dev/null)" = "$RECIPE" ] && [ "${1:-}" != "--force" ]; then echo "lexicon: $OUT already built" >&2; exit 0; fi
missing=""
for p in $PACKAGES; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"; done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "lexicon: installing$missing" >&2
        (apt-get install -y --no-install-recommends $missing >/dev/null 2>&1) || (apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends $missing >/dev/null)
    else
        echo "lexicon: missing Debian packages:$missing (run: sudo apt-get install$missing)" >&2; exit 1
    fi
fi
mkdir -p "$(dirname "$OUT")"
python3 scripts/drift/build_lexicon.py "$DICTD" "$OUT.tmp" "$PROPER.tmp"
mv "$OUT.tmp" "$OUT"
mv "$PROPER.tmp" "$PROPER"
echo "lexicon: $(wc -l <"$OUT") word pairs, $(du -h "$OUT" | cut -f1) → $OUT" >&2
python3 scripts/drift/wordnet_common_words.py "$WORDNET" > "$WORDS.tmp"
mv "$WORDS.tmp" "$WORDS"
echo "lexicon: $(wc -l <"$WORDS") English common words (WordNet) → $WORDS" >&2
python3 scripts/drift/wordnet_common_words.py --phrases "$WORDNET" > "$PHRASES.tmp"
mv "$PHRASES.tmp" "$PHRASES"
echo "lexicon: $(wc -l <"$PHRASES") English common phrases (WordNet) → $PHRASES" >&2
python3 scripts/drift/wordnet_common_words.py --capitalized-adjectives "$WORDNET" > "$ADJECTIVES.tmp"
mv "$ADJECTIVES.tmp" "$ADJECTIVES"
echo "lexicon: $(wc -l <"$ADJECTIVES") English capitalized adjectives (WordNet) → $ADJECTIVES" >&2
# Words only: the list's abbreviations end with a period ("apr.", "arrond."). Lower-cased, each once,
# sorted by bytes (Sources/DriftAlignDrift/Lexicons/SortedKeyFile.swift searches it by bisection).
python3 -c '
import sys
words = {w.strip().lower() for w in open(sys.argv[1], encoding="utf-8")}
words = sorted((w for w in words if w and not w.endswith(".") and "\t" not in w), key=lambda w: w.encode("utf-8"))
open(sys.argv[2], "w", encoding="utf-8").write("".join(w + "\n" for w in words))
' "$FRENCH" "$FORMS.tmp"
mv "$FORMS.tmp" "$FORMS"
rm -f "$(dirname "$OUT")/wfrench-words.txt"  # the unsorted list of before 2026-12-06
echo "lexicon: $(wc -l <"$FORMS") French word forms (wfrench) → $FORMS" >&2
# The lemma tables: pip fetches the pinned wheel, its checksum is checked, our script reads it.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/driftalign-lemmas.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: -d "$tmp" simplemma==2.0.0 >&2
sum=$(sha256sum "$tmp/$LEMMA_WHEEL" | cut -d' ' -f1)
if [ "$sum" != "$LEMMA_WHEEL_SHA256" ]; then
    echo "lexicon: $LEMMA_WHEEL has SHA-256 $sum, expected $LEMMA_WHEEL_SHA256; not building the lemma tables" >&2; exit 1
fi
python3 scripts/drift/build_lemmas.py "$tmp/$LEMMA_WHEEL" "$(dirname "$OUT")"
for f in $LEMMAS; do mv "$f.tmp" "$f"; done
echo "lexicon: lemma tables (simplemma 2.0.0) → $(dirname "$OUT")/lemmas-{fr,ru}.tsv" >&2
echo "$RECIPE" > "$STAMP"
