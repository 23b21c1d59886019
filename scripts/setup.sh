#!/usr/bin/env bash
# One-time set-up on a fresh machine: the Debian packages the tests use, then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: shellcheck lints every generated script, python3-locust runs a real Locust on 127.0.0.1,
# chromium opens the regression report's HTML page in the browser test.
missing=()
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
[ -x /usr/bin/locust ] || missing+=(python3-locust)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install the Debian packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
  fi
fi

# GitHub's Node 24 action runtime, which npm test's jest run uses, fetched beside npm ci (into .cache/;
# its npm package is for linux-x64, the machine class CI and GitHub's runners are).
node24=""
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  node scripts/with-node24.mjs > /dev/null &
  node24=$!
fi
# A cached package is used as is (the lockfile pins its integrity): no revalidation round trips.
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
if [ -n "$node24" ]; then
  wait "$node24" || { echo "setup: fetching Node 24 failed (node scripts/with-node24.mjs)" >&2; exit 1; }
fi
