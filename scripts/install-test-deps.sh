#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# the cs CloudStack client (python3-cs) used as a third-party client, Chromium, which the web
# UI's browser tests drive headless (playwright-core never downloads a browser), and what the
# KVM host's router and security groups run (tests/SharpStack.Agent.Networking.Tests): dnsmasq,
# haproxy, iptables, nftables, iproute2, procps (sysctl) and busybox-static (the guests' DHCP client
# and web server in the namespace tests). PostgreSQL is installed by scripts/test-postgres.sh when
# it starts the test database.
# The KVM agent's tests run real guests: QEMU and qemu-img, and what scripts/build-test-image.sh
# builds the test guest with (busybox-static, syslinux, mtools, dosfstools, e2fsprogs, fdisk).
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
[ -x /usr/bin/qemu-system-x86_64 ] || missing+=(qemu-system-x86)
[ -x /usr/bin/qemu-img ] || missing+=(qemu-utils)
[ -f /usr/share/doc/busybox-static/copyright ] || missing+=(busybox-static)
[ -x /usr/bin/syslinux ] || missing+=(syslinux)
[ -f /usr/lib/syslinux/mbr/mbr.bin ] || missing+=(syslinux-common)
[ -x /usr/bin/mcopy ] || missing+=(mtools)
[ -x /usr/sbin/mkfs.fat ] || missing+=(dosfstools)
[ -x /usr/sbin/mke2fs ] || missing+=(e2fsprogs)
[ -x /usr/sbin/sfdisk ] || missing+=(fdisk)
[ -x /usr/bin/cpio ] || missing+=(cpio)
[ -x /usr/bin/lz4 ] || missing+=(lz4)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = "0" ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
