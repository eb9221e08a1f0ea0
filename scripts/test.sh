#!/usr/bin/env bash
# The test command (README): installs what is missing, builds, runs every test.
#   bash scripts/test.sh            all tests
#   bash scripts/test.sh --filter X passes its arguments to `swift test`
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
# The CLI tests run the built binary, so build it with the tests.
swift build --product driftalign
swift test "$@"
