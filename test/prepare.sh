#!/usr/bin/env bash
# Before the tests: the browser tests need Debian's Chromium at /usr/bin/chromium (driven by
# playwright-core; no browser is ever downloaded). Installs it with apt-get only when it is missing,
# so running this again is cheap.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "test/prepare.sh: /usr/bin/chromium is missing; installing Debian's chromium with apt-get" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
