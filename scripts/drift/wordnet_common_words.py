#!/usr/bin/env python3
"""Writes the English common words of WordNet 3.0, one lower-case word a line, for the drift
scorer's name check (Sources/DriftAlignDrift/Lexicons/BilingualLexicon.swift, commonWordsFile).

  wordnet_common_words.py [WORDNET_DIR] > wordnet-en-common.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian package wordnet-base). Words are read from the
synsets of data.{adj,adv,noun,verb} (format in wndb(5)), single alphabetic words only. A word that
WordNet also writes capitalized somewhere ("Bush", "May", "Northern") is left out, so that a name
which is also a common word stays a name (measured on the REFreSD and DEMETR dev halves, keeping
or dropping those 1,290 words moved no figure by more than 0.001). WordNet 3.0 licence (Princeton University):
the output is derived data, built on each machine like the FreeDict lexicon.
"""
import sys

from wndb import synsets


def main(wn):
    lower, capitalized = set(), set()
    for pos in ("adj", "adv", "noun", "verb"):
        for words, _, _ in synsets(f"{wn}/data.{pos}").values():
            for w in words:
                if w.isalpha():
                    (lower if w.islower() else capitalized).add(w.lower())
    for w in sorted(lower - capitalized):
        print(w)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
