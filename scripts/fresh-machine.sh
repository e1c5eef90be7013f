#!/usr/bin/env bash
# Proves the README's two commands on a fresh machine. Builds a minimal Debian root filesystem
# with debootstrap (git, sudo, curl and ca-certificates; no Node, npm, bubblewrap or podman),
# clones this checkout's HEAD into a copy of it, and runs the two commands of the README's quick
# start there, in fresh mount, pid, uts and ipc namespaces:
#   user: as an ordinary user with passwordless sudo (like GitHub's runner user)
#   root: as root
# Each run gets its own copy of the root filesystem; nothing either installs survives it, and the
# pid namespace ends every process it started (a podman service included). The host's network is
# shared: set-up reaches Debian's mirror and the npm registry.
#
# Usage: scripts/fresh-machine.sh [user|root]...   (default: user root)
# Needs root, or sudo. SANDBOX_ACTION_REQUIRE_ENGINES passes through (CI sets it).
# Settings: FRESH_SUITE (bookworm), FRESH_MIRROR (http://deb.debian.org/debian),
#           FRESH_DIR (a new directory under /var/tmp; removed afterwards unless FRESH_KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
log() { printf '[fresh-machine] %s\n' "$*" >&2; }
if [ "$(id -u)" -ne 0 ]; then exec sudo -n --preserve-env=SANDBOX_ACTION_REQUIRE_ENGINES,FRESH_SUITE,FRESH_MIRROR,FRESH_DIR,FRESH_KEEP "$0" "$@"; fi
. scripts/common.sh

runs=("$@"); [ ${#runs[@]} -gt 0 ] || runs=(user root)
for who in "${runs[@]}"; do
  case "$who" in user | root) ;; *) log "unknown run '$who' (user or root)"; exit 2 ;; esac
done
suite=${FRESH_SUITE:-bookworm}
mirror=${FRESH_MIRROR:-http://deb.debian.org/debian}
work=${FRESH_DIR:-$(mktemp -d /var/tmp/sandbox-action-fresh.XXXXXX)}
mkdir -p "$work"
cleanup() {
  [ "${FRESH_KEEP:-}" = 1 ] && { log "kept $work"; return; }
  # Mounts made in the runs' namespaces ended with them; only files are left.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# Every run tests the same commit: HEAD now, whatever the checkout does meanwhile.
commit=$(git rev-parse HEAD)
log "testing commit $commit"

# The README's quick start: the first ```sh block after its heading, two lines.
mapfile -t commands < <(git show "$commit:README.md" | awk '/^## Quick start/ { q = 1 } q && /^```sh/ { b = 1; next } b && /^```/ { exit } b')
[ ${#commands[@]} -eq 2 ] || { log "README.md's quick start should hold two commands, found ${#commands[@]}"; exit 1; }

need_commands debootstrap:debootstrap
if [ ! -x "$work/base/bin/sh" ]; then
  log "debootstrap $suite (minbase + git sudo curl ca-certificates) from $mirror"
  debootstrap --variant=minbase --include=git,sudo,curl,ca-certificates "$suite" "$work/base" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
fi

status=0
for who in "${runs[@]}"; do
  root="$work/$who"
  log "$who: a copy of the fresh root filesystem at $root"
  rm -rf --one-file-system "$root"
  cp -a "$work/base" "$root"
  # The host's network comes along: its resolver, and the CAs it trusts (a network that inspects
  # TLS, like this project's CI machine's, has a CA of its own; Node reads it from NODE_EXTRA_CA_CERTS).
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # what an installed Debian has (debootstrap writes no /etc/hosts)
  printf '127.0.0.1\tlocalhost\n127.0.1.1\tfresh-debian\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
  awk -v dir="$root/usr/local/share/ca-certificates" '/BEGIN CERTIFICATE/ { n++ } n { print > (dir "/host-" n ".crt") }' \
    /etc/ssl/certs/ca-certificates.crt
  chroot "$root" update-ca-certificates >/dev/null 2>&1
  if [ "$who" = user ]; then
    home=/home/tester
    chroot "$root" useradd --create-home --shell /bin/bash tester
    printf 'tester ALL=(ALL) NOPASSWD: ALL\n' >"$root/etc/sudoers.d/tester"
  else
    home=/root
  fi
  git clone --quiet --no-hardlinks --no-checkout "$checkout" "$root$home/sandbox-action"
  git -C "$root$home/sandbox-action" checkout --quiet --detach "$commit"
  [ "$who" = user ] && chroot "$root" chown -R tester:tester "$home/sandbox-action"
  # The script that runs inside, as the user: the README's two commands, one after the other.
  {
    printf 'set -eo pipefail\ncd %q/sandbox-action\n' "$home"
    for command in "${commands[@]}"; do
      printf 'echo "[fresh-machine] $ %s"\n%s || exit $?\n' "$command" "$command"
    done
    # and the checkout is as the commands found it
    printf '%s\n' 'left=$(git status --porcelain --untracked-files=all)' \
      '[ -z "$left" ] || { echo "[fresh-machine] the commands changed or left files in the checkout:"; echo "$left"; exit 1; }'
  } >"$root/fresh-commands.sh"
  as=(); [ "$who" = user ] && as=(runuser -u tester --)
  log "$who: ${commands[0]}; ${commands[1]}"
  started=$(date +%s)
  # pivot_root, not chroot: the kernel refuses to create a user namespace (bubblewrap's first
  # step) for a chrooted process. Pid 1 waits for the run, which also reaps orphans adopted by it;
  # --kill-child ends the namespace, and all in it, when this script is stopped.
  if unshare --mount --pid --fork --kill-child --uts --ipc --propagation private -- bash -s -- "$root" "$home" "${as[@]}" <<'INSIDE'; then
set -euo pipefail
root=$1 home=$2; shift 2
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=0755 tmpfs "$root/run"
hostname fresh-debian
cd "$root"
mkdir -p .old-root
pivot_root . .old-root
cd /
umount -l /.old-root
rmdir /.old-root
env -i HOME="$home" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  ${SANDBOX_ACTION_REQUIRE_ENGINES:+SANDBOX_ACTION_REQUIRE_ENGINES=$SANDBOX_ACTION_REQUIRE_ENGINES} \
  ${NODE_EXTRA_CA_CERTS:+NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt} \
  "$@" bash /fresh-commands.sh </dev/null &
wait $!
INSIDE
    log "$who: passed in $(($(date +%s) - started)) s"
  else
    status=$?
    log "$who: FAILED (exit $status) after $(($(date +%s) - started)) s"
  fi
done
exit "$status"
