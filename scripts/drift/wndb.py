"""Reads WordNet 3.0's data files (format in the wndb(5) manual page), for the scripts that
derive DriftAlign's WordNet data (extract_antonyms.py, wordnet_common_words.py).

A data.{adj,adv,noun,verb} line is `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr ...
| gloss`, w_cnt in hex; lines starting with two spaces are the licence header.
"""
import re


def synsets(path):
    """Synsets by offset: (words as WordNet writes them, adjective markers such as "(a)" removed;
    the line's fields; the index of its pointer count)."""
    out = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        n, k, words = int(f[3], 16), 4, []
        for _ in range(n):
            words.append(re.sub(r"\(.*\)$", "", f[k]))
            k += 2
        out[f[0]] = (words, f, k)
    return out
