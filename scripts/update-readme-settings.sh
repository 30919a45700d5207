#!/usr/bin/env bash
# Replaces README.md's settings table with `marqueed --list-settings` (tst_serversettings checks they match).
# Usage: scripts/update-readme-settings.sh [path/to/marqueed]
set -euo pipefail
cd "$(dirname "$0")/.."
marqueed="${1:-build/dev/daemon/marqueed}"
table="$(QT_QPA_PLATFORM=offscreen "$marqueed" --list-settings)"
python3 - "$table" <<'PY'
import sys
table = sys.argv[1].rstrip("\n").split("\n")
lines = open("README.md").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("| Variable | Default | Meaning |"))
end = start
while end < len(lines) and lines[end].startswith("|"):
    end += 1
lines[start:end] = table
open("README.md", "w").write("\n".join(lines))
PY
