#!/usr/bin/env python3
"""Writes DriftAlign's lemma tables (inflected form -> lemma) for French and Russian from the
lemmatization dictionaries shipped in the PyPI wheel simplemma 2.0.0 (code MIT; data from Michal
Měchura's lemmatization lists (ODbL), Wiktionary via Kaikki (CC BY-SA), FreeLing, spaCy's lookups
data, UniMorph and Wikinflection (CC BY 4.0): see the wheel's METADATA).

    build_lemmas.py WHEEL OUTDIR

Writes OUTDIR/lemmas-fr.tsv.tmp and lemmas-ru.tsv.tmp (scripts/build-lexicon.sh renames them):
UTF-8 lines `form<TAB>lemma`, lower-case single words whose lemma differs from the form, sorted by
the form's UTF-8 bytes (the drift scorer looks forms up by bisection in the file:
Sources/DriftAlignDrift/Lexicons/SortedKeyFile.swift).

No code of the wheel runs: its `simplemma/strategies/dictionaries/data/LANG.plzma` members are
read with the standard library. Each is an lzma stream of a front-coded dictionary, the format
the wheel's frontcode.py documents: the magic b"SMFC1", a flag byte (bit 0: keys and values are
stored reversed), a varint record count (7 bits a byte, low group first, high bit = more), then
per record, keys sorted: a varint count of bytes shared with the previous stored key, a varint
suffix length and the suffix; a trim byte (254: same value as the previous record; 255: the
value is literal; else that many bytes are cut from the end of the stored key), and unless 254 a
varint length and the bytes appended to give the stored value.
"""
import lzma
import sys
import zipfile

# Not English: its forms are few and the encoder knows them ("killed", "spoke"), and on the dev
# halves its table only added weak matches ("spoke" -> "speak" met «précisé» at 0.56 in a seed
# article, which then read «n'a pas précisé» as a reversal): docs/DRIFT.md.
LANGUAGES = ("fr", "ru")
MAGIC = b"SMFC1"


def varint(data, pos):
    value, shift = 0, 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def decode(data):
    """The (key, value) pairs of a decompressed front-coded stream, as bytes."""
    if not data.startswith(MAGIC):
        raise ValueError("not a front-coded dictionary")
    pos = len(MAGIC)
    reverse = bool(data[pos] & 1)
    count, pos = varint(data, pos + 1)
    out = []
    key, value = b"", b""
    while pos < len(data):
        shared, pos = varint(data, pos)
        length, pos = varint(data, pos)
        if shared > len(key) or pos + length > len(data):
            raise ValueError("corrupt record %d" % len(out))
        key = key[:shared] + data[pos:pos + length]
        pos += length
        trim = data[pos]
        pos += 1
        if trim != 254:
            length, pos = varint(data, pos)
            tail = data[pos:pos + length]
            pos += length
            value = tail if trim == 255 else key[:len(key) - trim] + tail
        out.append((key[::-1], value[::-1]) if reverse else (key, value))
    if len(out) != count:
        raise ValueError("%d records, header says %d" % (len(out), count))
    return out


def table(pairs, lang):
    """form -> lemma for lower-case single words that change. Russian ё is written е in both, as
    the scorer's tokens write it (Sources/DriftAlignDrift/Text/WordToken.swift)."""
    out = {}
    for k, v in pairs:
        form, lemma = k.decode("utf-8"), v.decode("utf-8")
        if form != form.lower() or any(c.isspace() or c.isdigit() for c in form) or " " in lemma:
            continue
        lemma = lemma.lower()
        if lang == "ru":
            form, lemma = form.replace("ё", "е"), lemma.replace("ё", "е")
        if lemma != form and lemma:
            out.setdefault(form, lemma)
    return out


def main():
    wheel, outdir = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(wheel) as z:
        for lang in LANGUAGES:
            raw = lzma.decompress(z.read("simplemma/strategies/dictionaries/data/%s.plzma" % lang))
            t = table(decode(raw), lang)
            path = "%s/lemmas-%s.tsv.tmp" % (outdir, lang)
            with open(path, "wb") as f:
                for form in sorted(t, key=lambda w: w.encode("utf-8")):
                    f.write(("%s\t%s\n" % (form, t[form])).encode("utf-8"))
            print("lemmas: %s %d forms" % (lang, len(t)), file=sys.stderr)


if __name__ == "__main__":
    main()
