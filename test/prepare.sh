#!/usr/bin/env bash
# Before the tests: the browser tests need Debian's Chromium at /usr/bin/chromium (driven by
# playwright-core; no browser is ever downloaded); the benchmark harness's check compares Kedja end
# to end with a pandas + networkx script run by /usr/bin/python3 and measures peak memory with GNU
# time. Installs what is missing with apt-get, and only that, so running this again is cheap.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/time ] || missing+=(time)
/usr/bin/python3 -c 'import pandas, networkx' 2>/dev/null || missing+=(python3-pandas python3-networkx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "test/prepare.sh: installing Debian's ${missing[*]} with apt-get" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
