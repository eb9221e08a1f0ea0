#!/usr/bin/env bash
# Reads a TMX file back with two independent TMX readers and prints what they saw, as one JSON
# object on standard output, for Tests/DriftAlignReportTests (TMX read-back):
#   - well-formedness: xmllint --noout (Debian libxml2-utils);
#   - translate-toolkit's translate.storage.tmx (PyPI translate-toolkit): every unit's id, the
#     xml:lang of each <tuv>, and the language and text of what it takes as source and target;
#   - tmxwc from Debian's libxml-tmx-perl (XML::TMX): its output, and the unit count it reports.
# Installs whichever tool is missing (apt-get, pip); fails loudly, never skips, when one cannot be
# installed or rejects the file.  Usage: scripts/check-tmx.sh FILE.tmx
set -euo pipefail

file=${1:?usage: check-tmx.sh FILE.tmx}
[ -f "$file" ] || { echo "check-tmx: $file: no such file" >&2; exit 2; }
python=${PYTHON:-python3}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

apt_install() {
    echo "check-tmx: installing $* with apt-get" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v xmllint >/dev/null 2>&1; then
    apt_install libxml2-utils || { echo "check-tmx: cannot install libxml2-utils (xmllint)" >&2; exit 3; }
fi
if ! dpkg -s libxml-tmx-perl >/dev/null 2>&1; then
    apt_install libxml-tmx-perl || { echo "check-tmx: cannot install Debian package libxml-tmx-perl (tmxwc)" >&2; exit 3; }
fi
if ! "$python" -c "import translate.storage.tmx" >/dev/null 2>&1; then
    echo "check-tmx: installing translate-toolkit with pip" >&2
    "$python" -m pip install -q --disable-pip-version-check translate-toolkit >&2 \
        || { echo "check-tmx: cannot pip install translate-toolkit" >&2; exit 3; }
fi

# 1. Well-formed XML, or stop here with xmllint's own message.
xmllint --noout "$file" >&2 || { echo "check-tmx: $file is not well-formed XML (xmllint above)" >&2; exit 4; }

# 2. tmxwc (XML::TMX). It prints "<file> <number of translation units>"; keep its output verbatim.
tmxwc=$(command -v tmxwc || true)
[ -n "$tmxwc" ] || tmxwc=$(dpkg -L libxml-tmx-perl | grep -E '/bin/tmxwc$' | head -n1)
[ -n "$tmxwc" ] || { echo "check-tmx: libxml-tmx-perl ships no tmxwc (dpkg -L libxml-tmx-perl)" >&2; exit 3; }
tmxwc_err=$(mktemp)
trap 'rm -f "$tmxwc_err"' EXIT
tmxwc_out=$("$tmxwc" "$file" 2>"$tmxwc_err") || { cat "$tmxwc_err" >&2; echo "check-tmx: tmxwc failed on $file" >&2; exit 5; }

# 3. translate-toolkit, and the JSON report.
TMXWC_OUT="$tmxwc_out" TMXWC_ERR="$(cat "$tmxwc_err")" "$python" - "$file" <<'PY'
import json, os, sys
from translate.__version__ import sver
from translate.misc.xml_helpers import getXMLlang
from translate.storage import tmx

path = sys.argv[1]
with open(path, "rb") as f:
    store = tmx.tmxfile(f)
units = []
for u in store.units:
    langs = [getXMLlang(n) for n in u.getlanguageNodes()]
    units.append({
        "id": u.getid(),
        "languages": langs,
        # The languages of the variants translate-toolkit itself takes as source and target.
        "sourceLanguage": getXMLlang(u.source_dom) if u.source_dom is not None else None,
        "targetLanguage": getXMLlang(target) if (target := u.get_target_dom()) is not None else None,
        "source": u.source,
        "target": u.target,
    })
header = store.document.getroot().find("header")
print(json.dumps({
    "translateToolkit": {
        "version": sver,
        "header": dict(header.attrib) if header is not None else None,
        "units": units,
    },
    "tmxwc": {"stdout": os.environ["TMXWC_OUT"], "stderr": os.environ["TMXWC_ERR"]},
}, ensure_ascii=False, indent=1))
PY
