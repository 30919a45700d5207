#!/usr/bin/env bash
# README command 2 (and exactly what CI runs): install dependencies, build everything with warnings as
# errors, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-layering.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
