#!/usr/bin/env python3
"""Writes the English common words of WordNet 3.0, one lower-case word a line, for the drift
scorer's name check (Sources/DriftAlignDrift/Lexicons/BilingualLexicon.swift, commonWordsFile);
with --phrases, its common phrases of two or three words instead ("northern lights", "world
war"; commonPhrasesFile), words separated by a space.

  wordnet_common_words.py [WORDNET_DIR] > wordnet-en-common.txt
  wordnet_common_words.py --phrases [WORDNET_DIR] > wordnet-en-phrases.txt
  wordnet_common_words.py --capitalized-adjectives [WORDNET_DIR] > wordnet-en-adjectives.txt

--capitalized-adjectives writes the single-word adjectives WordNet capitalizes ("Swedish",
"Indian", "Atlantic"): English capitalizes demonyms that French and Russian write in lower case
(«suédois», «шведский»), so the name check does not take them for proper nouns
(capitalizedAdjectivesFile).

WORDNET_DIR defaults to /usr/share/wordnet (Debian package wordnet-base). Words are read from the
synsets of data.{adj,adv,noun,verb} (format in wndb(5)), single alphabetic words only. A word that
WordNet also writes capitalized somewhere ("Bush", "May", "Northern") is left out, so that a name
which is also a common word stays a name; likewise a phrase WordNet also capitalizes ("Supreme
Court", "Cold War", "Middle East") is left out (measured on the REFreSD and DEMETR dev halves, keeping
or dropping those 1,290 words moved no figure by more than 0.001). WordNet 3.0 licence (Princeton University):
the output is derived data, built on each machine like the FreeDict lexicon.
"""
import sys

from wndb import synsets


def capitalized_adjectives(wn):
    out = set()
    for words, _, _ in synsets(f"{wn}/data.adj").values():
        for w in words:
            w = w.split("(")[0]  # adjective markers: "Swedish(a)"
            if w.isalpha() and not w.islower():
                out.add(w.lower())
    for w in sorted(out):
        print(w)


def main(wn, phrases=False):
    lower, capitalized = set(), set()
    for pos in ("adj", "adv", "noun", "verb"):
        for words, _, _ in synsets(f"{wn}/data.{pos}").values():
            for w in words:
                parts = w.split("_")
                wanted = 2 <= len(parts) <= 3 if phrases else len(parts) == 1
                if wanted and all(p.isalpha() for p in parts):
                    (lower if w.islower() else capitalized).add(w.lower())
    for w in sorted(lower - capitalized):
        print(w.replace("_", " "))


if __name__ == "__main__":
    args = sys.argv[1:]
    phrases = "--phrases" in args
    adjectives = "--capitalized-adjectives" in args
    args = [a for a in args if a not in ("--phrases", "--capitalized-adjectives")]
    if adjectives:
        capitalized_adjectives(args[0] if args else "/usr/share/wordnet")
    else:
        main(args[0] if args else "/usr/share/wordnet", phrases)
