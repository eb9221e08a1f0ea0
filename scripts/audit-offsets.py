#!/usr/bin/env python3
"""Audit of the promise "everything the tool prints about a text is traceable to offsets in the input".

Runs the driftalign CLI on varied inputs and checks every excerpt object it writes:
- `segment FILE --format json`: sentences, their quotes, attribution cues and speakers (a
  speaker is a name: the words at speakerStart-speakerEnd joined by one space);
- `align ORIG TRANS --format json`: link sides and their spans, document voices;
- `report CASE -o DIR --format json` and `report --original F --translation F`: link and finding
  spans, declared-section headings, document voices.

Checks, with offsets in Unicode scalars (Python string indices):
(a) `text` is the document's displayed text between `start` and `end`. The displayed text is the
    decoded input for plain text (source `text`, `presegmented`, or `frenchpress` on a file that
    is not HTML); for HTML and JSON sources it is known where `segment` puts sentences, and what
    lies between sentences must be white space. An alignment side's `text` is its sentences'
    texts joined by one space (docs/ALIGNMENT-JSON.md), checked as such, with start/end the
    first sentence's start and the last one's end.
(b) plain text: fileStart == start, fileEnd == end, and the decoded file sliced there is `text`.
(c) HTML/JSON: 0 <= fileStart <= fileEnd <= file length, and the file stretch, once JSON escapes
    are decoded, tags removed, HTML entities decoded, UTF-8-read-as-Latin-1 repaired, NFC applied
    and white space removed, contains each line of the excerpt's text (white space removed) as a
    substring, in order (for a side, each sentence's text); for an excerpt of one line it is that
    text and nothing more (a sentence points at its own characters, not at its paragraph's).
    A null fileStart/fileEnd must come as a pair, never on plain text, and only in a document
    whose warnings say why (docs/REPORT-JSON.md).
(d) The same alignment written as `links`, `tsv` and `tmx`: one links line and one TSV row per
    JSON link with its sentence indices and texts, one TMX unit per link with both sides (the
    quotation's words for a link with a span), by tuid; texts compared without white space and
    control characters, which each writer handles by its format's rules. The report's TSV: one
    row per JSON link, with its original document, both sides' sentence numbers and texts; its
    Markdown and HTML: every sourced link's texts and every finding's reason, shown.

Inputs: both Corpora cases (manifest-driven), ../shared/seeds, Tests/Fixtures (Kremlin, White
House, Truth Social), ../shared/corpora/truthsocial, and the hand-made variants of
scripts/audit_offsets_variants.py (CRLF, byte-order marks, NFD, astral characters, no-break
spaces, tabs, entities, mojibake, UTF-16), also aligned `--presegmented` (one sentence a line).

    python3 scripts/audit-offsets.py [--bin PATH] [--work DIR] [--shared DIR] [--quick] [-v]

--quick leaves out the align and report runs (no model needed). Prints each mismatch and the
counts of excerpts checked; exits 1 when any check fails, 2 when a command fails.
"""
import argparse
import csv
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from xml.etree import ElementTree

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audit_offsets_variants as variants  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Audit:
    def __init__(self, binary, verbose):
        self.bin, self.verbose = binary, verbose
        self.failures, self.counts, self.nulls = [], {}, {}
        # HTML/JSON excerpts of one line: how many file stretches hold just their text, and how
        # many characters more the others hold (a sentence given its whole paragraph's stretch).
        self.tight, self.wide, self.extra = 0, 0, 0
        self.segmented = {}  # (path, options) -> {(file, id): Doc}
        self.files = {}

    # ---------- running the CLI ----------
    def run(self, args, ok=(0,)):
        p = subprocess.run([self.bin] + args, capture_output=True, text=True)
        if p.returncode not in ok:
            print(f"command failed ({p.returncode}): driftalign {' '.join(args)}\n{p.stderr[-2000:]}", file=sys.stderr)
            sys.exit(2)
        return p.stdout

    def file_text(self, path):
        """The input as InputReader decodes it: a byte-order mark removed, UTF-16/32 by their mark."""
        if path not in self.files:
            data = open(path, "rb").read()
            if data.startswith(b"\xef\xbb\xbf"):
                text = data[3:].decode("utf-8")
            elif data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
                text = data.decode("utf-32")
            elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                text = data.decode("utf-16")
            else:
                text = data.decode("utf-8")
            self.files[path] = text[1:] if text.startswith("\ufeff") else text
        return self.files[path]

    def segment(self, path, options=()):
        key = (path, tuple(options))
        if key not in self.segmented:
            out = json.loads(self.run(["segment", path, "--format", "json", *options]))
            docs = {}
            for d in out["documents"]:
                doc = Doc(d, self.file_text(d["file"]))
                docs[(d["file"], d["id"])] = doc
                self.check_segment_doc(doc, d, f"segment {path}")
            self.segmented[key] = docs
        return self.segmented[key]

    # ---------- bookkeeping ----------
    def count(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def fail(self, where, what):
        self.failures.append(f"{where}: {what}")
        if self.verbose:
            print(f"FAIL {where}: {what}")

    # ---------- checks ----------
    def check_slice(self, doc, ex, where):
        """(a): `text` is the displayed text at [start, end)."""
        s, e, text = ex["start"], ex["end"], ex["text"]
        if not (0 <= s <= e):
            return self.fail(where, f"start {s} > end {e}")
        bad = doc.mismatch(s, e, text)
        if bad:
            self.fail(where, f"text {short(text)} is not the document text at {s}-{e}: {bad}")

    def check_file(self, doc, ex, where, pieces=None):
        """(b) and (c): the file offsets, for one excerpt or (pieces) a side's sentences."""
        fs, fe = ex.get("fileStart"), ex.get("fileEnd")
        if fs is None or fe is None:
            self.nulls[doc.label] = self.nulls.get(doc.label, 0) + 1
            if (fs is None) != (fe is None):
                self.fail(where, f"only one of fileStart/fileEnd is null ({fs}, {fe})")
            elif doc.plain:
                self.fail(where, "null file offsets on plain text")
            elif not doc.warnings:
                self.fail(where, f"null file offsets in {doc.label}, whose warnings say nothing of it")
            return
        n = len(doc.file)
        if not (0 <= fs <= fe <= n):
            return self.fail(where, f"file offsets {fs}-{fe} outside 0-{n}")
        if doc.plain:
            if (fs, fe) != (ex["start"], ex["end"]):
                self.fail(where, f"plain text: file offsets {fs}-{fe} differ from {ex['start']}-{ex['end']}")
            want = ex["text"] if pieces is None else doc.display[ex["start"]:ex["end"]]
            if doc.file[fs:fe] != want:
                self.fail(where, f"file at {fs}-{fe} is {short(doc.file[fs:fe])}, not {short(want)}")
            return
        stretch = readable(doc.file[fs:fe], doc.is_json, doc.is_feed)
        if pieces is None and "\n" not in ex["text"].strip():
            if stretch == squeeze(ex["text"]):
                self.tight += 1
            else:
                self.wide += 1
                self.extra += max(0, len(stretch) - len(squeeze(ex["text"])))
                self.fail(where, f"file stretch {fs}-{fe} {short(doc.file[fs:fe])} holds more than {short(ex['text'])}")
        at = 0
        # Paragraphs in order: what a plugin leaves out between two (a dateline, a share widget)
        # may sit between them in the file.
        for piece in pieces or re.split(r"\s*\n\s*", ex["text"]):
            k = stretch.find(squeeze(piece), at)
            if k < 0:
                return self.fail(where, f"file stretch {fs}-{fe} {short(doc.file[fs:fe])} does not hold {short(piece)}")
            at = k + len(squeeze(piece))

    def excerpt(self, doc, ex, kind, where):
        self.count(kind)
        self.check_slice(doc, ex, where)
        self.check_file(doc, ex, where)

    def check_segment_doc(self, doc, d, where):
        for s in d["sentences"]:
            w = f"{where}: {doc.label} sentence {s['index']}"
            self.excerpt(doc, s, "segment sentence", w)
            if len(s["text"]) != s["end"] - s["start"]:
                self.fail(w, f"text has {len(s['text'])} scalars for {s['start']}-{s['end']}")
            for q in s["quotes"]:
                self.count("segment quote")
                self.check_slice(doc, q, f"{w} quote")
                if not (s["start"] <= q["start"] <= q["end"] <= s["end"]):
                    self.fail(f"{w} quote", f"{q['start']}-{q['end']} outside its sentence")
        for a in d["attributions"]:
            self.count("segment attribution cue")
            self.check_slice(doc, {"start": a["start"], "end": a["end"], "text": a["cue"]}, f"{where}: {doc.label} cue")
            if a.get("speakerStart") is not None:
                # The speaker is a name: its words as written, joined by one space.
                self.count("segment attribution speaker")
                written = " ".join(doc.slice(a["speakerStart"], a["speakerEnd"]).split())
                if written != a.get("speaker"):
                    self.fail(f"{where}: {doc.label} speaker", f"{short(a.get('speaker') or '')} at "
                              f"{a['speakerStart']}-{a['speakerEnd']}, where the document has {short(written)}")

    def check_voices(self, doc, voices, where):
        for v in voices or []:
            self.count("voice")
            self.check_slice(doc, v, f"{where} voice")

    def check_side(self, doc, side, where):
        """An alignment side: sentences' texts joined by a space; its span an exact excerpt."""
        self.count("align side")
        sents = [doc.sentences.get(i) for i in side["sentences"]]
        if None in sents or not sents:
            return self.fail(where, f"sentences {side['sentences']} not in {doc.label}")
        if side["text"] != " ".join(t["text"] for t in sents):
            self.fail(where, f"text {short(side['text'])} is not its sentences' texts joined")
        lo, hi = min(t["start"] for t in sents), max(t["end"] for t in sents)
        if (side["start"], side["end"]) != (lo, hi):
            self.fail(where, f"{side['start']}-{side['end']} is not its sentences' {lo}-{hi}")
        self.check_file(doc, side, where, pieces=[t["text"] for t in sents])
        if side.get("span"):
            self.excerpt(doc, side["span"], "align span", where + " span")
            if not (side["start"] <= side["span"]["start"] <= side["span"]["end"] <= side["end"]):
                self.fail(where + " span", "outside its side")

    def presegmented(self, d):
        """A `--presegmented` document: the file itself, one sentence a line (a CR before LF left out)."""
        text, sentences, start = self.file_text(d["file"]), [], 0
        for k, line in enumerate(text.split("\n")):
            if k == text.count("\n") and not line:
                break
            body = line[:-1] if line.endswith("\r") else line
            sentences.append({"index": k, "text": body, "start": start, "end": start + len(body)})
            start += len(line) + 1
        return Doc({"file": d["file"], "id": d["id"], "source": "presegmented", "sentences": sentences}, text)

    def check_alignment(self, orig, trans, options=()):
        out = json.loads(self.run(["align", orig, trans, "--format", "json", *options]))
        where = f"align {os.path.basename(orig)} {os.path.basename(trans)}"
        if "--presegmented" in options:
            docs = {(d["file"], d["id"]): self.presegmented(d) for d in out["originals"] + [out["translation"]]}
        else:
            docs = {**self.segment(orig), **self.segment(trans, options)}
        for d in out["originals"] + [out["translation"]]:
            self.check_voices(docs[(d["file"], d["id"])], d.get("voices"), f"{where} {d['id']}")
        by_id = {}
        for d in out["originals"] + [out["translation"]]:
            by_id[d["id"]] = docs[(d["file"], d["id"])]
        for k, link in enumerate(out["links"]):
            for name in ("original", "translation"):
                if link.get(name):
                    self.check_side(by_id[link[name]["document"]], link[name], f"{where} link {k} {name}")
        # The links format numbers original sentences through the original documents in order.
        first, n = {}, 0
        for d in out["originals"]:
            first[d["id"]] = n
            n += len(by_id[d["id"]].sentences)
        self.check_writers(out["links"], first, [orig, trans, *options], where)

    def check_writers(self, links, first, args, where):
        """(d): the links, TSV and TMX outputs of the same alignment say what its JSON says."""
        def side(link, name):
            return link.get(name) or {"sentences": [], "text": ""}

        def numbers(link):
            o = link.get("original")
            return [[first[o["document"]] + i for i in o["sentences"]] if o else [], side(link, "translation")["sentences"]]
        rows = self.run(["align", *args, "--format", "links"]).splitlines()
        if len(rows) != len(links):
            return self.fail(where + " links", f"{len(rows)} lines for {len(links)} JSON links")
        for k, (row, link) in enumerate(zip(rows, links)):
            self.count("writer links line")
            m = re.fullmatch(r"\[([0-9, ]*)\]:\[([0-9, ]*)\]:[0-9.]+", row)
            got = m and [[int(x) for x in g.split(",") if x.strip()] for g in m.groups()]
            if got != numbers(link):
                self.fail(where + f" links line {k}", f"{row!r} is not JSON link {k}'s sentences")
        rows = self.run(["align", *args, "--format", "tsv"]).split("\n")[:-1]
        if len(rows) != len(links):
            return self.fail(where + " tsv", f"{len(rows)} lines for {len(links)} JSON links")
        for k, (row, link) in enumerate(zip(rows, links)):
            self.count("writer tsv row")
            cells = row.split("\t")
            want = [visible(side(link, n)["text"]) for n in ("original", "translation")]
            if len(cells) != 3 or [visible(c) for c in cells[:2]] != want:
                self.fail(where + f" tsv line {k}", f"{short(row)} does not hold JSON link {k}'s texts")
        root = ElementTree.fromstring(self.run(["align", *args, "--format", "tmx"]).encode("utf-8"))
        for tu in root.iter("tu"):
            self.count("writer tmx unit")
            k = int(tu.get("tuid")) - 1
            segs = ["".join(tuv.find("seg").itertext()) for tuv in tu.iter("tuv")]
            link = links[k] if 0 <= k < len(links) else None
            want = link and [visible((side(link, n).get("span") or side(link, n))["text"]) for n in ("original", "translation")]
            if want != [visible(x) for x in segs]:
                self.fail(where + f" tmx tuid {k + 1}", f"segs {short(' | '.join(segs))} do not hold JSON link {k}'s texts")

    def check_report(self, args, segment_args, label):
        with tempfile.TemporaryDirectory() as out:
            self.run(["report", *args, "-o", out, "--format", "json"], ok=(0, 1))
            paths = glob.glob(os.path.join(out, "**", "*.json"), recursive=True)
            if not paths:
                return self.fail(label, "report wrote no JSON")
            reports = [json.load(open(p, encoding="utf-8")) for p in paths]
        with tempfile.TemporaryDirectory() as out:
            self.run(["report", *args, "-o", out, "--format", "tsv"], ok=(0, 1))
            rows = [r for p in glob.glob(os.path.join(out, "**", "*.tsv"), recursive=True)
                    for r in list(csv.reader(open(p, encoding="utf-8", newline=""), delimiter="\t"))[1:]]
        self.check_report_tsv(rows, [r for top in reports for r in top["reports"]], label)
        for fmt in ("md", "html"):
            with tempfile.TemporaryDirectory() as out:
                self.run(["report", *args, "-o", out, "--format", fmt], ok=(0, 1))
                text = "".join(open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(out, "**", "*." + fmt), recursive=True))
            self.check_report_text(text, fmt, [r for top in reports for r in top["reports"]], label)
        docs = {}
        for a in segment_args:
            docs.update(self.segment(*a))
        for rep in (r for top in reports for r in top["reports"]):
            by_id = {}
            for d in rep["originals"] + [rep["translation"]]:
                doc = docs.get((d["file"], d["id"]))
                if doc is None:
                    return self.fail(label, f"no segmentation of {d['file']} {d['id']}")
                by_id[d["id"]] = doc
                self.check_voices(doc, d.get("voices"), f"{label} {d['id']}")
            spans = [(f"link {l['number']} {n}", l[n]) for l in rep["links"] for n in ("original", "translation") if l.get(n)]
            spans += [(f"finding {k} {n}", f[n]) for k, f in enumerate(rep["findings"]) for n in ("original", "translation") if f.get(n)]
            spans += [(f"section {k} heading", s["heading"]) for k, s in enumerate(rep["declaredSections"]) if s.get("heading")]
            for name, sp in spans:
                doc, w = by_id[sp["document"]], f"{label} {rep['translation']['id']} {name}"
                self.excerpt(doc, sp, "report span", w)
                sents = [doc.sentences.get(i) for i in sp["sentences"]]
                if sents and (None in sents or not (min(t["start"] for t in sents) <= sp["start"] <= sp["end"]
                                                    <= max(t["end"] for t in sents))):
                    self.fail(w, f"{sp['start']}-{sp['end']} outside its sentences {sp['sentences']}")


    def check_report_tsv(self, rows, reports, label):
        """(d): the report TSV has one row per JSON link, with its document, sentences and texts."""
        links = {(r["translation"]["id"], str(l["number"])): l for r in reports for l in r["links"]}
        if len(rows) != len(links):
            return self.fail(label + " tsv", f"{len(rows)} rows for {len(links)} JSON links")

        def cell(c):  # the formula guard off; a cut text keeps its beginning
            return c[1:] if c[:2] in ("'=", "'+", "'-", "'@") else c
        for row in rows:
            self.count("writer report tsv row")
            where = f"{label} tsv {row[0] if row else '?'} link {row[1] if len(row) > 1 else '?'}"
            link = links.get((row[0], row[1])) if len(row) == 10 else None
            if link is None:
                self.fail(where, f"row {short(chr(9).join(row))} is no JSON link")
                continue
            o, t = link.get("original") or {}, link.get("translation") or {}
            want = [o.get("document", ""), ",".join(map(str, o.get("sentences", []))), ",".join(map(str, t.get("sentences", [])))]
            if [cell(row[2]), row[3], row[4]] != want:
                self.fail(where, f"document and sentences {row[2:5]} are not the JSON link's {want}")
            for c, side in ((row[8], o), (row[9], t)):
                got, text = visible(cell(c)), visible(side.get("text", ""))
                if not (got == text or (c.endswith("…") and text.startswith(got[:-1]))):
                    self.fail(where, f"text {short(c)} is not the JSON link's {short(side.get('text', ''))}")


    def check_report_text(self, text, fmt, reports, label):
        """(d): the Markdown and HTML reports show every sourced link's texts (Markdown: the
        first 150 characters of each, as its table cells are cut at 160) and every finding's reason."""
        rows = 40  # MarkdownReportWriter.maxRows: the Markdown tables stop there ("…and N more")
        if fmt == "md":
            shown = visible(re.sub(r"\\(.)", r"\1", text))
        else:
            body = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.S | re.I)
            body = re.sub(r'<a class="num"[^>]*>[^<]*</a>', "", body)  # the link numbers set in the texts
            shown = visible(html.unescape(re.sub(r"<[^>]*>", "", body)))
        for r in reports:
            sourced = [l for l in r["links"] if l.get("original") and l.get("translation")]
            if fmt == "md" and len(sourced) > rows:
                cut = sorted((l.get("drift") or 0 for l in sourced), reverse=True)[rows - 1]
                sourced = [l for l in sourced if (l.get("drift") or 0) > cut]
            for link in sourced:
                self.count(f"writer report {fmt} link")
                for side in ("original", "translation"):
                    want = visible(" ".join(link[side]["text"].split())[:150] if fmt == "md" else link[side]["text"])
                    if want not in shown:
                        self.fail(f"{label} {fmt} link {link['number']} {side}", f"{short(link[side]['text'])} is not in the report")
            for k, f in enumerate(r["findings"][:rows] if fmt == "md" else r["findings"]):
                self.count(f"writer report {fmt} finding")
                want = visible(f["reason"][:150] if fmt == "md" else f["reason"])
                if want not in shown:
                    self.fail(f"{label} {fmt} finding {k}", f"reason {short(f['reason'])} is not in the report")


class Doc:
    """A segmented document: its displayed text where known, and its input file."""

    def __init__(self, d, file_text):
        self.label = f"{d['file']}#{d['id']}"
        self.file, self.warnings = file_text, d.get("warnings") or []
        self.sentences = {s["index"]: s for s in d["sentences"]}
        self.is_json = d["source"] == "truthsocial"
        is_html = file_text.lstrip().startswith("<")
        # A feed (RSS, Atom) holds each entry's HTML escaped once more, as XML text.
        self.is_feed = file_text.lstrip().startswith("<?xml")
        self.plain = d["source"] in ("text", "presegmented") or (d["source"] == "frenchpress" and not is_html)
        self.display = file_text if self.plain else None
        self.known = {}
        if not self.plain:
            for s in d["sentences"]:
                for k, c in enumerate(s["text"]):
                    self.known[s["start"] + k] = c

    def slice(self, s, e):
        """The displayed text at [s, e), white space where no sentence tells."""
        if self.plain:
            return self.display[s:e]
        return "".join(self.known.get(p, " ") for p in range(s, e))

    def mismatch(self, s, e, text):
        """Why `text` is not the displayed text at [s, e), or None."""
        if self.plain:
            return None if self.display[s:e] == text else f"the document has {short(self.display[s:e])}"
        if len(text) != e - s:
            return f"{len(text)} scalars for a range of {e - s}"
        for p, c in zip(range(s, e), text):
            k = self.known.get(p)
            if (k is None and not c.isspace()) or (k is not None and k != c):
                return f"offset {p}: {c!r} where the document has {k!r} (None: between sentences)"
        return None


def short(s, n=70):
    s = s if len(s) <= n else s[:n - 1] + "…"
    return json.dumps(s, ensure_ascii=False)


BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible(s):
    """A text without white space, control characters and bidi controls: what every writer must
    keep of it (the report TSV drops bidi controls, the alignment TSV keeps them)."""
    return "".join(c for c in s if not c.isspace() and unicodedata.category(c) != "Cc" and c not in BIDI)


def squeeze(s):
    return "".join(c for c in unicodedata.normalize("NFC", s) if not c.isspace())


ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])')
SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]+")


def readable(stretch, is_json, is_feed=False):
    """A file stretch as a reader sees it, white space removed: see (c) in the module docstring."""
    if is_json:
        stretch = ESCAPE.sub(lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == "u" else SIMPLE[m.group(1)], stretch)
        stretch = stretch.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    for _ in range(2 if is_feed else 1):
        stretch = html.unescape(re.sub(r"<[^<>]*>", "", stretch))

    def repair(m):
        for enc in ("latin-1", "cp1252"):
            try:
                return m.group(0).encode(enc).decode("utf-8")
            except UnicodeError:
                pass
        return m.group(0)
    return squeeze(MOJIBAKE.sub(repair, stretch))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "driftalign"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"), help="the shared folder (seeds, corpora)")
    ap.add_argument("--work", help="where to write the hand-made variants (default: a temporary folder)")
    ap.add_argument("--quick", action="store_true", help="segmentation only: no align or report runs")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    os.chdir(ROOT)
    audit = Audit(os.path.abspath(a.bin), a.verbose)
    work = a.work or tempfile.mkdtemp(prefix="audit-offsets-")
    plain, pages, originals, readouts, lines = variants.make(ROOT, work)
    shared = os.path.normpath(a.shared)
    seeds = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))
    archives = sorted(glob.glob(os.path.join(shared, "corpora", "truthsocial", "*.json")))
    fixtures = sorted(glob.glob("Tests/Fixtures/kremlin/76470.*.html") + glob.glob("Tests/Fixtures/kremlin/events-all-feed.ru.xml")
                      + glob.glob("Tests/Fixtures/whitehouse/*.html") + glob.glob("Tests/Fixtures/whitehouse/*.xml")
                      + ["Tests/Fixtures/truthsocial/api-statuses.json"])
    cases = ["Corpora/2025-02-12-call", "Corpora/2025-03-18-call"]

    for c in cases:
        audit.segment(c)
    for f in seeds + archives + fixtures + plain + pages + originals + readouts:
        audit.segment(f)
    for f in plain:
        audit.segment(f, ("--source", "text", "--lang", "fr"))
    if not a.quick:
        posts = "Corpora/2025-03-18-call/originals/truthsocial.json"
        for c in cases:
            audit.check_report([c], [(c,)], f"report {c}")
        kremlin, whitehouse = "Tests/Fixtures/kremlin/76470.ru.html", "Tests/Fixtures/whitehouse/readout-trump-putin-2025-03-18.html"
        if seeds:
            audit.check_report(["--original", posts, "--original", kremlin, "--original", whitehouse, "--translation", seeds[0]],
                               [(posts,), (kremlin,), (whitehouse,), (seeds[0],)], "report seed 000")
            audit.check_alignment(kremlin, seeds[2])
            audit.check_alignment(whitehouse, seeds[0])
        if archives:
            audit.check_alignment(archives[-1], seeds[3] if seeds else plain[0])
        audit.check_alignment("Tests/Fixtures/kremlin/76470.en.html", "Tests/Fixtures/kremlin/76470.ru.html")
        audit.check_alignment(readouts[0], seeds[2] if seeds else plain[0])
        audit.check_alignment(readouts[2], pages[1])
        for f in plain:
            audit.check_alignment(posts, f)
        for f in pages:
            audit.check_alignment(posts, f)
        for o, t in zip(lines[0::2], lines[1::2]):
            audit.check_alignment(o, t, ("--presegmented", "--src-lang", "en"))
        for o in originals:
            audit.check_alignment(o, plain[-1])
            audit.check_report(["--original", o, "--translation", pages[-1]], [(o,), (pages[-1],)], f"report {os.path.basename(o)}")

    for kind, n in sorted(audit.counts.items()):
        print(f"{n:7d}  {kind}")
    print(f"{sum(audit.counts.values()):7d}  excerpts checked in all; {sum(audit.nulls.values())} with null file offsets")
    print(f"{audit.tight:7d}  one-line HTML/JSON excerpts whose file stretch holds just their text; {audit.wide} hold "
          f"{audit.extra} characters more in all")
    for label, n in sorted(audit.nulls.items()):
        print(f"         {n} null in {label}")
    seen = set()
    for f in audit.failures:
        if f not in seen:
            print("FAIL " + f)
            seen.add(f)
    print(f"{len(audit.failures)} failed checks" if audit.failures else "every check passed")
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if audit.failures else 0)


if __name__ == "__main__":
    main()
