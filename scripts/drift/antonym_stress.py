#!/usr/bin/env python3
"""Antonym stress test: faithful Tatoeba dev pairs with one English word turned into its opposite.

DEMETR's antonym type has 39 dev items, too few to tell a check that generalizes from one that
knows those 39 words. This test makes more from the faithful pairs the drift benchmark already
uses (bench.py prepare: Tatoeba ru->en and en->fr dev halves, the French read as the original):
in each English sentence, the first word that is a WordNet 3.0 lemma with a direct antonym
(scripts/drift/extract_antonyms.py's pairs, in WordNetAntonyms+Data.swift) and whose antonym is
a common English word (the lexicon's wordnet-en-common.txt) is replaced by that antonym. Left
out: antonyms made with a negative prefix ("tanned" -> "untanned": the prefix check's, and often
no word), and words whose WordNet antonym belongs to another sense or a light verb ("still" ->
"moving", "just" -> "unjust", "left" -> "center", "know" -> "ignore", "have" -> "lack").
Pairs are made by rule, so some perturbed sentences are odd English ("a big nervous" for "a
little nervous"); the figures compare versions of the checks, they are no accuracy to quote as
DEMETR's. Four sets: Tatoeba ru->en and fr->en (`ru`, `fr`), and the news-like MLQE ru->en pairs
rated adequate and REFreSD's equivalent fr->en pairs (`mlqe-ru`, `refresd-fr`).

    antonym_stress.py prepare WORK LEXICON_DIR   writes WORK/stress-antonym-{ru,fr,mlqe-ru,refresd-fr}-{orig,pert}.tsv
    antonym_stress.py report WORK                 prints the figures from the score-pairs outputs

Figures, per set: `ranked`, the share of pairs whose perturbed translation drifts
more than the faithful one (DEMETR's measure); `found`, the share of perturbed translations with
a minor or major negation finding; `faithful`, the same share on the faithful translations (false
alarms).
"""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
DATA = os.path.join(ROOT, "Sources", "DriftAlignDrift", "Lexicons", "WordNetAntonyms+Data.swift")

SKIP = set("""know have still just let never live left right come go take give work please stay ever
in out up down on off over under all no not none some any more less most least first last same other
before after here there yes""".split())
NEGATIVE_PREFIXES = ("un", "dis", "in", "im", "non")
# (name, file in WORK, original column, English column, labels file, which labels to keep):
# Tatoeba's faithful pairs; MLQE's dev pairs rated adequate (z_mean >= 0, machine translations of
# Russian Wikipedia and Reddit sentences); REFreSD's equivalent pairs, the French read as the
# original. The last two are closer to DEMETR's news sentences than Tatoeba's short everyday ones.
SETS = (("ru", "faithful-tatoeba-ru-en.tsv", 0, 1, None, None), ("fr", "faithful-tatoeba-en-fr.tsv", 1, 0, None, None),
        ("mlqe-ru", "mlqe.tsv", 0, 1, "mlqe.labels.json", lambda z: z >= 0),
        ("refresd-fr", "refresd.tsv", 1, 0, "refresd.labels.json", lambda l: l == "no_meaning_difference"))


def antonyms():
    text = open(DATA, encoding="utf-8").read()
    body = text.split('static let data = """', 1)[1].split('"""', 1)[0]
    out = {}
    for line in body.strip().split("\n"):
        a, b = line.replace("\\t", "\t").split("\t")
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    return out


def perturb(sentence, pairs, common):
    for m in re.finditer(r"[A-Za-z]+", sentence):
        word = m.group(0)
        lower = word.lower()
        if len(lower) < 3 or lower in SKIP or lower not in pairs:
            continue
        options = [a for a in pairs[lower] if a in common and not a.startswith(NEGATIVE_PREFIXES)]
        if not options:
            continue
        a = options[0]
        if word[0].isupper():
            a = a[0].upper() + a[1:]
        return sentence[:m.start()] + a + sentence[m.end():], [word, a]
    return None, None


def prepare(work, lexicon):
    pairs = antonyms()
    common = set(w.strip() for w in open(os.path.join(lexicon, "wordnet-en-common.txt"), encoding="utf-8"))
    for lang, name, src, tgt, labels, keep in SETS:
        path = os.path.join(work, name)
        if not os.path.exists(path):
            continue
        rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")]
        if labels:
            kept = json.load(open(os.path.join(work, labels), encoding="utf-8"))
            rows = [r for r, k in zip(rows, kept) if keep(k)]
        orig, pert, swaps = [], [], []
        for r in rows:
            p, swap = perturb(r[tgt], pairs, common)
            if p is None:
                continue
            orig.append(f"{r[src]}\t{r[tgt]}\n")
            pert.append(f"{r[src]}\t{p}\n")
            swaps.append(swap)
        for kind, lines in (("orig", orig), ("pert", pert)):
            with open(os.path.join(work, f"stress-antonym-{lang}-{kind}.tsv"), "w", encoding="utf-8") as f:
                f.writelines(lines)
        json.dump(swaps, open(os.path.join(work, f"stress-antonym-{lang}.swaps.json"), "w"))


def report(work):
    for lang, *_ in SETS:
        o_path = os.path.join(work, f"stress-antonym-{lang}-orig.jsonl")
        p_path = os.path.join(work, f"stress-antonym-{lang}-pert.jsonl")
        if not (os.path.exists(o_path) and os.path.exists(p_path)):
            continue
        o = [json.loads(x) for x in open(o_path, encoding="utf-8")]
        p = [json.loads(x) for x in open(p_path, encoding="utf-8")]
        if not o or len(o) != len(p):
            continue
        negation = lambda r: any(f["type"] == "negation" and f["severity"] != "info" for f in r["findings"])
        ranked = sum(b["drift"] > a["drift"] for a, b in zip(o, p)) / len(o)
        found = sum(map(negation, p)) / len(p)
        faithful = sum(map(negation, o)) / len(o)
        print(f"stress_antonym_{lang.replace('-', '_')}_en: ranked={ranked:.3f} found={found:.3f} faithful={faithful:.3f} (n={len(o)})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "report":
        report(sys.argv[2])
    else:
        sys.exit(__doc__)
