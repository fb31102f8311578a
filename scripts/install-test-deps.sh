#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# the cs CloudStack client (python3-cs) used as a third-party client, Chromium, which the web
# UI's browser tests drive headless (playwright-core never downloads a browser), and what the
# KVM host's router and security groups run (tests/SharpStack.Agent.Networking.Tests): dnsmasq,
# haproxy, iptables, nftables, iproute2, procps (sysctl) and busybox-static (the guests' DHCP client
# and web server in the namespace tests). PostgreSQL is installed by scripts/test-postgres.sh when
# it starts the test database.
set -euo pipefail

missing=()
[ -x /usr/bin/cloudstack ] || missing+=(cs)
/usr/bin/python3 -c 'import cs' >/dev/null 2>&1 || missing+=(python3-cs)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq-base)
[ -x /usr/sbin/haproxy ] || missing+=(haproxy)
[ -x /usr/sbin/iptables-restore ] || missing+=(iptables)
[ -x /usr/sbin/nft ] || missing+=(nftables)
[ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || missing+=(iproute2)
[ -x /usr/sbin/sysctl ] || [ -x /sbin/sysctl ] || missing+=(procps)
[ -x /bin/busybox ] || [ -x /usr/bin/busybox ] || missing+=(busybox-static)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = "0" ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
