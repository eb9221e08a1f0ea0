#!/usr/bin/env python3
"""Converts Debian's FreeDict dictionaries (dictd format) into DriftAlign's word lexicon:
UTF-8 lines `lang<TAB>word<TAB>lang<TAB>word` (see Sources/DriftAlignDrift/Lexicons/BilingualLexicon.swift).

  build_lexicon.py DICTD_DIR OUT.tsv [PROPER.txt]

PROPER.txt, when given, receives `lang<TAB>word` (lower-cased) for every word the dictionaries
write only with a capital, headword or translation ("France", "Bahreïn", "Франция"): proper
nouns, which the name check must not take for common words because the dictionary knows them.

Reads freedict-{eng-fra,fra-eng,eng-rus,fra-rus}.{index,dict.dz}. A dictd index line is
`headword<TAB>offset<TAB>length` with offset and length in dictd's base64 digits; the entry
starts with the headword line (pronunciation in slashes, part of speech in <...>), then
translations, comma-separated, sometimes numbered ("1. actuel", or fra-rus's «час 2.", where the
next sense's number ends the line). Only single-word headwords and translations are kept (the
scorer compares single words); for fra-rus, lines not in Cyrillic are glosses and are skipped.
Licences: eng-fra, fra-eng, eng-rus GPL-2.0-or-later; fra-rus CC BY-SA 3.0 (WikDict); the
output is derived data under those licences: do not commit it.
"""
import gzip
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DICTS = [("eng-fra", "en", "fr"), ("fra-eng", "fr", "en"), ("eng-rus", "en", "ru"), ("fra-rus", "fr", "ru")]
WORD = re.compile(r"^[^\W\d_][\w'’\-]*$")


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def entries(base):
    data = gzip.open(base + ".dict.dz").read()
    for line in open(base + ".index", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        off, ln = b64(parts[1]), b64(parts[2])
        yield data[off:off + ln].decode("utf-8", "replace")


def is_cyrillic(s):
    return any("\u0400" <= c <= "\u04ff" for c in s)


def clean(line):
    """One entry line with Unicode's hyphens as ASCII ones ("après‐midi", «из‐за»: U+2010 and
    U+2011, which the word pattern refuses) and without bidirectional marks («возможно» + U+200E)."""
    line = line.replace("\u2010", "-").replace("\u2011", "-")
    return line.replace("\u200e", "").replace("\u200f", "").strip()


def parse(entry, target):
    lines = [l for l in map(clean, entry.split("\n")) if l]
    if not lines:
        return None, []
    head = re.sub(r"\s*/[^/]*/", " ", lines[0])
    head = re.sub(r"<[^>]*>", " ", head).strip()
    out = []
    for l in lines[1:]:
        # A sense's number opens its line ("1. actuel"); WikDict's fra-rus also ends a line with
        # the next sense's number ("heure": «час 2.»), which would hide the last translation.
        l = re.sub(r"^\d+\.\s*", "", l)
        l = re.sub(r"\s+\d+\.$", "", l)
        if target == "ru" and not is_cyrillic(l):
            continue
        for t in re.split(r"[,;]", l):
            t = re.sub(r"\([^)]*\)", "", t).strip().replace("\u0301", "").replace("’", "'")
            if WORD.match(t):
                out.append(t)
    return head, out


def main(src, dst, proper_out=None):
    seen = set()
    capitalized, lower = set(), set()

    def note(lang, word):
        (capitalized if word[:1].isupper() else lower).add((lang, word.lower()))

    with open(dst, "w", encoding="utf-8") as f:
        for name, l1, l2 in DICTS:
            n = 0
            try:
                for e in entries(f"{src}/freedict-{name}"):
                    raw_head, raw_trans = parse(e, l2)
                    if not raw_head or not WORD.match(raw_head):
                        continue
                    note(l1, raw_head)
                    for t in raw_trans:
                        note(l2, t)
                    head, trans = raw_head.lower(), [t.lower() for t in raw_trans]
                    for t in trans:
                        key = (l1, head, l2, t) if (l1, l2) < (l2, l1) else (l2, t, l1, head)
                        if key in seen:
                            continue
                        seen.add(key)
                        f.write("\t".join(key) + "\n")
                        n += 1
            except FileNotFoundError:
                print(f"build_lexicon: {name} not installed, skipped", file=sys.stderr)
                continue
            print(f"build_lexicon: {name}: {n} pairs", file=sys.stderr)
    if proper_out:
        proper = sorted(capitalized - lower)
        with open(proper_out, "w", encoding="utf-8") as f:
            for lang, word in proper:
                f.write(f"{lang}\t{word}\n")
        print(f"build_lexicon: {len(proper)} words written only with a capital", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None)
