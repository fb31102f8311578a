#!/usr/bin/env bash
# Builds the tiny test guest the KVM agent's tests and the demo boot (see docs/operators.md).
#
# From Debian packages only: the cloud kernel (apt-get download, never installed), busybox-static
# and an /init script in an initramfs, on a disk that boots by itself: syslinux MBR, a FAT16 boot
# partition (kernel, initramfs, syslinux.cfg) and a small ext4 partition for state that persists
# across reboots; then compressed to qcow2 (~12 MB).
#
# The guest prints markers on its serial console: "guest-boot", "dhcp-ok ip=ADDR",
# "userdata: LINE" for each line of the userdata it fetched from its DHCP server
# (http://ROUTER/latest/user-data), "boots=N", "disk-seen vdX sectors=N" when a disk appears,
# and "guest-ready" once it serves http://IP/ (a page naming its hostname) on port 80. The ACPI
# power button powers it off.
#
# Output: $SHARPSTACK_CACHE/test-image/sharpstack-test-<hash of this script>.qcow2 (default ~/.cache/sharpstack),
# rebuilt only when missing (or with --force). Prints the image's path.
set -euo pipefail

cache="${SHARPSTACK_CACHE:-$HOME/.cache/sharpstack}/test-image"
# The image's name carries a hash of this script, so a changed guest is rebuilt instead of reused.
image="$cache/sharpstack-test-$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-12).qcow2"
if [ "${1:-}" != "--force" ] && [ -s "$image" ]; then
  echo "$image"
  exit 0
fi

for tool in apt-get dpkg-deb strings cpio gzip qemu-img sfdisk mkfs.fat mcopy syslinux mke2fs; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/install-test-deps.sh" >&2; exit 1; }
done
busybox=/bin/busybox
[ -f /usr/share/doc/busybox-static/copyright ] || { echo "busybox-static is not installed: run scripts/install-test-deps.sh" >&2; exit 1; }
mbr=/usr/lib/syslinux/mbr/mbr.bin

mkdir -p "$cache"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The kernel: the newest linux-image-*-cloud-amd64 the apt sources offer, extracted, not installed.
kernel_pkg=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-/{print $2; exit}')
[ -n "$kernel_pkg" ] || { echo "no linux-image-cloud-amd64 in the apt sources" >&2; exit 1; }
(cd "$work" && apt-get download -q "$kernel_pkg" >/dev/null 2>&1 || apt-get download "$kernel_pkg" >&2)
dpkg-deb -x "$work"/"$kernel_pkg"_*.deb "$work/kernel"
version=$(ls "$work/kernel/lib/modules")
modules="$work/kernel/lib/modules/$version/kernel"

# The initramfs: busybox, the modules in load order, /init.
root="$work/initramfs"
mkdir -p "$root"/{bin,sbin,etc/acpi/PWRF,etc/acpi/PWRB,proc,sys,dev,tmp,www,data,lib/modules,run}
cp "$busybox" "$root/bin/busybox"
# Each module after the modules it depends on (read from its .modinfo; the package has no modules.dep).
order=""
add_module() {
  local m=$1 found dep
  case " $order " in *" $m "*) return;; esac
  found=$(find "$modules" -name "$m.ko" | head -1)
  [ -n "$found" ] || { echo "module $m not in $kernel_pkg" >&2; exit 1; }
  for dep in $(strings "$found" | sed -n 's/^depends=//p' | tr ',' ' '); do add_module "$dep"; done
  cp "$found" "$root/lib/modules/"
  order="$order $m"
}
for m in virtio_pci virtio_net virtio_blk button evdev; do add_module "$m"; done
echo "$order" > "$root/lib/modules/order"

for button in PWRF PWRB; do
  printf '#!/bin/sh\necho guest-poweroff > /dev/console\nsync\numount /data 2>/dev/null\npoweroff -f\n' > "$root/etc/acpi/$button/00000080"
  chmod +x "$root/etc/acpi/$button/00000080"
done

cat > "$root/udhcpc.sh" <<'EOF'
#!/bin/sh
# udhcpc's event script: configure eth0 and remember the server (the router) and the hostname.
case "$1" in
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    echo "${serverid:-${router%% *}}" > /run/dhcp-server
    echo "$ip" > /run/ip
    [ -n "$hostname" ] && hostname "$hostname"
    ;;
esac
exit 0
EOF

cat > "$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
exec </dev/console >/dev/console 2>&1
echo guest-boot
for m in $(cat /lib/modules/order); do insmod /lib/modules/$m.ko; done
hostname sharpstack-guest
# acpid opens the input devices once, at start: wait for the power button's.
for i in 1 2 3 4 5 6 7 8 9 10; do [ -e /dev/input/event0 ] && break; sleep 0.1; done
acpid -c /etc/acpi -l /dev/console

# State that survives reboots lives on the disk's second partition.
for i in 1 2 3 4 5 6 7 8 9 10; do [ -b /dev/vda2 ] && break; sleep 0.2; done
if mount -t ext4 /dev/vda2 /data 2>/dev/null; then
  boots=$(( $(cat /data/boots 2>/dev/null || echo 0) + 1 ))
  echo $boots > /data/boots
  sync
  echo "boots=$boots"
  [ -f /data/marker ] && echo "marker=$(cat /data/marker)"
fi

# Disks as they come and go (hot-plug).
(
  seen=""
  while true; do
    now=""
    for d in /sys/block/vd*; do
      [ -e "$d" ] || continue
      name=${d##*/}
      now="$now $name"
      case " $seen " in *" $name "*) ;; *) echo "disk-seen $name sectors=$(cat $d/size)";; esac
    done
    for name in $seen; do
      case " $now " in *" $name "*) ;; *) echo "disk-gone $name";; esac
    done
    seen=$now
    sleep 0.5
  done
) &

ip link set lo up
if ip link set eth0 up 2>/dev/null; then
  if udhcpc -i eth0 -s /udhcpc.sh -t 6 -T 1 -A 1 -n -q -x hostname:sharpstack-guest >/dev/null 2>&1; then
    echo "dhcp-ok ip=$(cat /run/ip)"
    server=$(cat /run/dhcp-server)
    # busybox wget crashes in this guest; nc speaks plain HTTP/1.0 instead.
    printf 'GET /latest/user-data HTTP/1.0\r\nHost: %s\r\n\r\n' "$server" | nc -w 3 "$server" 80 > /tmp/userdata.http 2>/dev/null
    if head -1 /tmp/userdata.http | grep -q ' 200'; then
      sed '1,/^\r\{0,1\}$/d' /tmp/userdata.http | while IFS= read -r line || [ -n "$line" ]; do echo "userdata: $line"; done
    else
      echo "userdata-none"
    fi
  else
    echo "dhcp-failed"
  fi
fi

echo "<html><body>sharpstack test guest $(hostname) $(cat /run/ip 2>/dev/null)</body></html>" > /www/index.html
httpd -p 80 -h /www
echo guest-ready
while true; do sleep 3600; done
EOF
chmod +x "$root/init" "$root/udhcpc.sh"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -9) > "$work/initrd.gz"

# The disk: MBR (syslinux), p1 FAT16 boot (16 MiB), p2 ext4 state (8 MiB).
disk="$work/disk.raw"
truncate -s 26M "$disk"
printf 'label: dos\nstart=2048, size=32768, type=6, bootable\nstart=34816, size=16384, type=83\n' | sfdisk -q "$disk"
dd if="$mbr" of="$disk" bs=440 count=1 conv=notrunc status=none
boot="$work/boot.fat"
truncate -s 16M "$boot"
mkfs.fat -F 16 -n SSBOOT "$boot" >/dev/null
cat > "$work/syslinux.cfg" <<'EOF'
DEFAULT guest
TIMEOUT 0
PROMPT 0
LABEL guest
  KERNEL /vmlinuz
  INITRD /initrd.gz
  APPEND console=ttyS0 quiet panic=-1
EOF
mcopy -i "$boot" "$work/kernel/boot/vmlinuz-$version" ::/vmlinuz
mcopy -i "$boot" "$work/initrd.gz" ::/initrd.gz
mcopy -i "$boot" "$work/syslinux.cfg" ::/syslinux.cfg
syslinux --install "$boot"
dd if="$boot" of="$disk" bs=512 seek=2048 conv=notrunc status=none
state="$work/state.ext4"
mkdir -p "$work/state"
echo 0 > "$work/state/boots"
mke2fs -q -t ext4 -O ^has_journal -d "$work/state" "$state" 8M >/dev/null
dd if="$state" of="$disk" bs=512 seek=34816 conv=notrunc status=none

qemu-img convert -c -O qcow2 "$disk" "$work/image.qcow2"
mv "$work/image.qcow2" "$image"
echo "$image"
