"""Hand-made inputs for scripts/audit-offsets.py: real texts of the repository rewritten so that
offsets are easy to get wrong (one scalar is not one UTF-16 unit, one byte or one character).

Each variant keeps the words of its base text, so the aligner still finds links and the audit has
excerpts to check:
- French plain text (Corpora seed 003): CRLF line ends, a UTF-8 byte-order mark, NFD accents
  (e + U+0301), emoji and other astral characters (and a flag: two scalars, one character), no-break
  and narrow no-break spaces before « » ! ? :, tabs, UTF-16LE with its byte-order mark, and all of
  these at once;
- the same article as an HTML page, with &amp; &#8217; &nbsp; &#x1F600; entities (a paragraph
  that starts and ends with one), CRLF, NFD and UTF-16;
- the Kremlin and White House fixture pages with CRLF, byte-order marks, NFD and UTF-16;
- the Truth Social posts of Corpora/2025-03-18-call as an archive (ASCII-escaped JSON, so
  astral characters are \\ud83d\\ude00 pairs; HTML entities and UTF-8-read-as-Latin-1 mojibake
  in `content`, as in the real archive), with CRLF and a byte-order mark, in UTF-8 and UTF-16;
- the same posts as API statuses (HTML `content` with <p> paragraphs and entities), also
  ASCII-escaped;
- posts and article one sentence a line (for `align --presegmented`), CRLF with byte-order
  marks, and UTF-16.
"""
import json
import os
import unicodedata

EMOJI = "\U0001F600"          # 😀, \ud83d\ude00 in ASCII-escaped JSON
FLAG = "\U0001F1EB\U0001F1F7"  # 🇫🇷: two scalars, one character
MATH = "\U0001D413"            # 𝐓


def french_typography(text):
    """No-break spaces as French typography sets them, and a few tabs between words."""
    for a, b in [("« ", "«\u00a0"), (" »", "\u00a0»"), (" !", "\u202f!"), (" ?", "\u202f?"), (" :", "\u00a0:"),
                 (" ;", "\u202f;")]:
        text = text.replace(a, b)
    return text.replace("Donald Trump", "Donald\tTrump").replace("Vladimir Poutine", "Vladimir\u00a0Poutine")


def astral(text):
    """Emoji and astral letters inside sentences and inside a quotation."""
    text = text.replace("Washington (AFP)", f"Washington {FLAG} (AFP)", 1)
    text = text.replace("« se déroulaient bien »", f"« se déroulaient bien {EMOJI} »", 1)
    return text.replace("Trump a déjà", f"{MATH}rump a déjà {EMOJI}{EMOJI}", 1)


def nfd(text):
    return unicodedata.normalize("NFD", text)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def write(path, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
    return path


def html_page(paragraphs, title):
    """A news page: the entities a CMS writes for apostrophes, ampersands and no-break spaces."""
    def entities(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;")
        s = s.replace("’", "&#8217;").replace("'", "&rsquo;").replace("\u00a0", "&nbsp;")
        return s.replace(EMOJI, "&#x1F600;", 1)
    body = "\n".join(f"<p>{entities(p)}</p>" for p in paragraphs[1:])
    return (f"<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{entities(title)}</title>\n"
            f"<meta property=\"og:title\" content=\"{entities(title)}\"></head>\n<body>\n<article>\n"
            f"<h1>{entities(paragraphs[0])}</h1>\n{body}\n<p>Trump &amp; Poutine&nbsp;: l&#8217;appel\u00a0a dur\u00e9 "
            f"plus de deux heures {EMOJI}.</p>\n<p>L&#8217;&Eacute;lys&eacute;e n&#8217;a pas r&eacute;agi&nbsp;; "
            f"\u00ab&nbsp;c&#8217;est <em>trop t&ocirc;t</em>&nbsp;\u00bb, a dit M.&nbsp;Macron &agrave; l&#8217;AFP.</p>\n"
            f"</article>\n</body>\n</html>\n")


def mojibake(s):
    """UTF-8 read as Latin-1, as the archive stores text from March 2025 (FORMATS.md §2)."""
    return s.encode("utf-8").decode("latin-1")


def archive_records(posts):
    out = []
    for k, p in enumerate(posts):
        r = dict(p)
        c = r["content"].replace(" & ", " &amp; ").replace("'", "&#8217;")
        if k == 0:
            c = c.replace("very good", f"very good {EMOJI}", 1).replace("!", " & more! ’Tis", 1) + "\n\nP.S. caf\u00e9 " + nfd("café")
        if k == 1:
            c = mojibake(c.replace("much remains", "much remains \u2014 can\u2019t wait " + EMOJI, 1))
        r["content"] = c
        out.append(r)
    return out


def api_statuses(posts):
    out = []
    for k, p in enumerate(posts):
        sentences = p["content"].replace("'", "&#8217;").replace(" & ", " &amp; ").split(". ")
        half = max(1, len(sentences) // 2)
        paras = [". ".join(sentences[:half]), ". ".join(sentences[half:])]
        if k == 0:
            paras[0] = paras[0].replace("very good", f"very&nbsp;good {EMOJI}", 1)
            paras.append(nfd("Caf\u00e9 d\u00e9j\u00e0 vu") + " &amp; <a href=\"https://x.test/?a=1&amp;b=2\">link</a>")
        out.append({"id": p["id"], "created_at": p["created_at"], "content": "".join(f"<p>{q}</p>" for q in paras if q),
                    "url": p["url"], "uri": p["url"], "visibility": "public", "language": "en",
                    "account": {"acct": "realDonaldTrump", "display_name": "Donald J. Trump"},
                    "media_attachments": [], "reblog": None})
    return out


def make(root, outdir):
    """Writes every variant into `outdir`; returns (French plain texts, French pages, Truth Social
    JSON, Kremlin and White House pages, one-sentence-a-line texts: English, French, English…)."""
    os.makedirs(outdir, exist_ok=True)
    case = os.path.join(root, "Corpora", "2025-03-18-call")
    with open(os.path.join(case, "articles", "003_cfb312dc94c31756.txt"), encoding="utf-8") as f:
        base = f.read()
    with open(os.path.join(case, "originals", "truthsocial.json"), encoding="utf-8") as f:
        posts = json.load(f)
    j = lambda name: os.path.join(outdir, name)
    plain = [
        write(j("fr-crlf.txt"), crlf(base)),
        write(j("fr-bom.txt"), base, bom=True),
        write(j("fr-nfd.txt"), nfd(base)),
        write(j("fr-astral.txt"), astral(base)),
        write(j("fr-nbsp-tabs.txt"), french_typography(base)),
        write(j("fr-utf16.txt"), astral(french_typography(base)), encoding="utf-16"),
        write(j("fr-all.txt"), crlf(nfd(astral(french_typography(base)))), bom=True),
    ]
    paragraphs = [p for p in base.split("\n") if p.strip()]
    page = html_page([astral(french_typography(p)) for p in paragraphs], paragraphs[0][:60])
    html = [
        write(j("fr-page.html"), page),
        write(j("fr-page-crlf-nfd-bom.html"), crlf(nfd(page)), bom=True),
        write(j("fr-page-utf16.html"), page, encoding="utf-16"),
    ]
    fixtures = os.path.join(root, "Tests", "Fixtures")
    with open(os.path.join(fixtures, "kremlin", "76470.ru.html"), encoding="utf-8") as f:
        kremlin = f.read()
    with open(os.path.join(fixtures, "whitehouse", "readout-trump-putin-2025-03-18.html"), encoding="utf-8") as f:
        whitehouse = f.read()
    pages = [
        write(j("kremlin-crlf-bom.ru.html"), crlf(kremlin), bom=True),
        write(j("kremlin-nfd.ru.html"), nfd(kremlin)),
        write(j("whitehouse-crlf-utf16.html"), crlf(whitehouse), encoding="utf-16"),
    ]
    archive = json.dumps(archive_records(posts), indent=2, ensure_ascii=True)
    api = json.dumps(api_statuses(posts), indent=1, ensure_ascii=False)
    originals = [
        write(j("ts-archive.json"), archive),
        write(j("ts-archive-crlf-bom.json"), crlf(archive), bom=True),
        write(j("ts-archive-utf16.json"), archive, encoding="utf-16"),
        write(j("ts-api.json"), api),
        write(j("ts-api-crlf-nfd.json"), crlf(nfd(api))),
        write(j("ts-api-ascii.json"), json.dumps(api_statuses(posts), indent=1, ensure_ascii=True)),
    ]
    # One sentence a line, for `align --presegmented`: the posts and the article, in pairs.
    english = "\n".join(q.strip() + "." for p in posts[:2] for q in p["content"].split(". ") if q.strip())
    french = "\n".join(q.strip() + "." for q in base.replace("\n", " ").split(". ") if q.strip())
    lines = [
        write(j("en-lines-crlf-bom.txt"), crlf(english + "\n"), bom=True),
        write(j("fr-lines-crlf-bom.txt"), crlf(astral(french) + "\n"), bom=True),
        write(j("en-lines-utf16.txt"), english, encoding="utf-16"),
        write(j("fr-lines-nfd-utf16.txt"), nfd(french_typography(french)) + "\n", encoding="utf-16"),
    ]
    return plain, html, originals, pages, lines
