#!/usr/bin/env bash
# Renders an HTML drift report to PNG with headless Chromium (Debian's `chromium`, installed when
# missing), to look at a report without a desktop browser. Prints the path of each PNG written,
# next to its HTML file.
#   bash scripts/render-report.sh [REPORT.html ...]   (default: out/2025-03-18-call.html)
#   WIDTH=1400 HEIGHT=2400 bash scripts/render-report.sh out/case.html
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
width=${WIDTH:-1400}
height=${HEIGHT:-2400}

if [ $# -eq 0 ]; then
    shopt -s nullglob
    set -- "$root"/out/2025-03-18-call.html
    [ $# -gt 0 ] || [ ! -f "$root/out/2025-03-18-call.html" ] || set -- "$root/out/2025-03-18-call.html"
    shopt -u nullglob
    if [ $# -eq 0 ]; then
        echo "render-report: no report under $root/out/2025-03-18-call/; run scripts/run-demo.sh or give a path" >&2
        exit 1
    fi
fi

if ! command -v chromium >/dev/null 2>&1; then
    echo "render-report: installing chromium (Debian package)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi

for html in "$@"; do
    if [ ! -f "$html" ]; then
        echo "render-report: no such file: $html" >&2
        exit 1
    fi
    abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
    png=${abs%.html}.png
    # A throwaway profile keeps runs independent; Chromium's chatter goes to stderr only on failure.
    profile=$(mktemp -d)
    if ! chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --screenshot="$png" --window-size="$width,$height" "file://$abs" >"$profile.log" 2>&1; then
        cat "$profile.log" >&2
        rm -rf "$profile" "$profile.log"
        exit 1
    fi
    rm -rf "$profile" "$profile.log"
    echo "$png"
done
