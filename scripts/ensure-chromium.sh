#!/usr/bin/env bash
# Makes sure the end-to-end tests have their browser before anything runs: $CHROMIUM_PATH if set,
# else Debian's /usr/bin/chromium. When that is missing, installs Debian's package if it can
# (running as root with apt-get, as on a fresh CI machine), or stops at once with the command to run.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH is $CHROMIUM_PATH, which is not an executable file: point it at a Chromium binary." >&2
  exit 1
fi

browser=/usr/bin/chromium
[ -x "$browser" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's package for the end-to-end tests."
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  [ -x "$browser" ] && exit 0
fi

echo "The end-to-end tests need Chromium at $browser. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "(or set CHROMIUM_PATH to another Chromium binary)" >&2
exit 1
