#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# the cs CloudStack client (python3-cs) used as a third-party client, and Chromium, which the web
# UI's browser tests drive headless (playwright-core never downloads a browser). PostgreSQL is
# installed by scripts/test-postgres.sh when it starts the test database.
set -euo pipefail

missing=()
[ -x /usr/bin/cloudstack ] || missing+=(cs)
/usr/bin/python3 -c 'import cs' >/dev/null 2>&1 || missing+=(python3-cs)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = "0" ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
