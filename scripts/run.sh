#!/usr/bin/env bash
# README command 1: install dependencies, build, and start marqueed with its embedded defaults
# (SQLite + local disk + the bundled sample library; no key or network needed).
# Extra arguments go to marqueed, e.g. scripts/run.sh --port 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target marqueed
exec build/dev/daemon/marqueed "$@"
