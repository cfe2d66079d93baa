#!/usr/bin/env bash
# One command that installs everything the atlas needs to run and test on a fresh machine:
# npm packages from the lockfile, and Debian's Chromium for the browser tests (npm cannot
# download browsers here). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing Chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is not installed and this script cannot install it (needs root and apt-get)." >&2
    echo "Install it yourself (e.g. 'sudo apt-get install chromium') or set CHROMIUM_PATH; the app itself runs without it." >&2
  fi
fi

npm ci --no-audit --no-fund
