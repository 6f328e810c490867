#!/usr/bin/env bash
# Makes sure the Chromium that the page tests drive (through playwright-core) is installed: Debian's package, never a
# downloaded browser. Called by `npm test` (pretest) and so by `.ci/run`. When it cannot install (not root, no apt-get)
# it says in one line what to install and exits 0: the page tests then fail with that same line, the others still run.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
hint="chromium is missing for the page tests: install it with \`apt-get install chromium\` (as root), or set CHROMIUM_PATH"
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "$hint" >&2
  exit 0
fi
echo "Installing Debian's chromium for the page tests (apt-get, once)…" >&2
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp -t ensure-chromium.XXXXXX.log)"
# Another apt-get (a second worker, unattended upgrades) may hold the dpkg lock: wait for it rather than fail.
if ! { apt-get update -qq -o DPkg::Lock::Timeout=600 && apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium; } >"$log" 2>&1; then
  echo "apt-get could not install chromium (see $log); $hint" >&2
  exit 0
fi
rm -f "$log"
echo "chromium installed: $(command -v chromium)" >&2
