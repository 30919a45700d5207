#!/usr/bin/env bash
# Installs the Debian 12 packages Marquee needs to build, test and run. Idempotent: when everything
# is already installed it returns without touching apt.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-image-formats-plugins libqt6sql6-sqlite libgl1-mesa-dev libexpected-dev
    libpqxx-dev libhiredis-dev
    zlib1g-dev libsqlite3-dev  # the IMDb dataset: gzip stream + its own SQLite file
    # Real servers and a browser for the tests (PostgreSQL, Redis, headless Chromium, Xvfb for the app)
    postgresql redis-server chromium xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null || missing+=(nodejs npm)

# Node tools of the suite (s3rver, playwright-core), pinned by tests/node/package-lock.json.
install_node_tools() {
    local dir
    dir="$(dirname "$0")/../tests/node"
    [ -d "$dir/node_modules/s3rver" ] && [ -d "$dir/node_modules/playwright-core" ] && return 0
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

if [ ${#missing[@]} -eq 0 ]; then
    install_node_tools
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_node_tools
