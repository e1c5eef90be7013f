#!/usr/bin/env bash
# The container engine the docker backend's tests run against, and the local test images.
#   - A Docker engine that already answers (DOCKER_HOST or /var/run/docker.sock, as on GitHub's
#     runners) is used as it is.
#   - Otherwise Podman's Docker-compatible API: installs podman and runc, writes the settings this
#     kind of machine needs (runc, default ulimits), and starts `podman system service` on a socket.
#   - Builds the test images without a registry (`import` of a root filesystem made here):
#       node:    busybox + the host's node and its shared libraries (glibc)
#       glibc:   busybox + glibc and the libraries node needs, but no node
#       static:  busybox only, no C library at all (stands in for a musl image without node)
# Writes the engine's address to .tools/test-docker-host, where the tests look when DOCKER_HOST is
# unset. Idempotent; no stdin is read.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log() { printf '[test-engine] %s\n' "$*" >&2; }
. scripts/common.sh

# Bump when the images' content changes: tests ask for this exact tag.
IMAGE_TAG=3
IMAGE_REPO=localhost/sandbox-action-test
# podman's own default for a rootful service
PODMAN_SOCKET=/run/podman/podman.sock
# the pid of the service this script started, so that a rerun never starts a second one
PODMAN_PIDFILE=/run/podman/sandbox-action-service.pid

ping_socket() { curl -sf --max-time 2 --unix-socket "$1" http://engine/_ping >/dev/null 2>&1; }

# What the tests run on the host besides the engine: curl (engine pings), wget (the egress suite
# runs it in local sandboxes, which see the host's /usr), git, and sudo (test/security/as-user.test.ts
# runs the local security suites as an ordinary user with passwordless sudo, as on GitHub's runners).
need_commands curl:curl wget:wget git:git sudo:sudo

# --- the engine --------------------------------------------------------------------------------
engine_host=""
cli=""
if [ -n "${DOCKER_HOST:-}" ] && [[ "$DOCKER_HOST" == unix://* ]] && ping_socket "${DOCKER_HOST#unix://}"; then
  engine_host=$DOCKER_HOST
elif ping_socket /var/run/docker.sock && command -v docker >/dev/null; then
  engine_host=unix:///var/run/docker.sock
fi
if [ -n "$engine_host" ] && command -v docker >/dev/null; then
  cli="docker"
  log "using the Docker engine at $engine_host"
else
  need=()
  command -v podman >/dev/null || need+=(podman)
  command -v runc >/dev/null || need+=(runc)
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
  # crun fails on this kind of machine's cgroup setup, and containers need explicit ulimits.
  conf=/etc/containers/containers.conf.d/50-sandbox-action.conf
  if [ ! -f "$conf" ]; then
    log "writing $conf (runc runtime, default ulimits)"
    $sudo mkdir -p "$(dirname "$conf")"
    printf '%s\n' '[containers]' 'default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]' \
      '[engine]' 'runtime = "runc"' | $sudo tee "$conf" >/dev/null
  fi
  # The service runs as root (rootful podman, like Docker's daemon). Asked through sudo whether it
  # answers: an ordinary user cannot open its socket until it is handed to the user's group below.
  if ! $sudo curl -sf --max-time 2 --unix-socket "$PODMAN_SOCKET" http://engine/_ping >/dev/null 2>&1; then
    # A service of ours that stopped answering is ended, not left beside the new one.
    if [ -f "$PODMAN_PIDFILE" ]; then $sudo kill "$($sudo cat "$PODMAN_PIDFILE")" 2>/dev/null || true; fi
    log "starting podman system service on $PODMAN_SOCKET"
    $sudo mkdir -p "$(dirname "$PODMAN_SOCKET")"
    $sudo rm -f "$PODMAN_SOCKET"
    # Outlives this script on purpose: the tests that follow talk to it. Started in its socket's
    # directory: conmon inherits the service's working directory and writes an `oom` file there when
    # a container is OOM-killed (the limits tests do that), which must not land in the checkout.
    (cd "$(dirname "$PODMAN_SOCKET")" && exec $sudo setsid nohup sh -c 'echo $$ >"$1" && exec podman system service --time=0 "unix://$2"' \
      sh "$PODMAN_PIDFILE" "$PODMAN_SOCKET" >/tmp/sandbox-action-podman.log 2>&1 </dev/null) &
    for _ in $(seq 1 100); do $sudo test -S "$PODMAN_SOCKET" && break; sleep 0.1; done
  fi
  if [ -n "$sudo" ]; then
    # As a member of the socket's group, the user reaches the engine the way a runner in the
    # `docker` group reaches Docker's (as powerful as root: a test machine's choice).
    $sudo chgrp "$(id -g)" "$PODMAN_SOCKET" 2>/dev/null && $sudo chmod 660 "$PODMAN_SOCKET" || true
  fi
  for _ in $(seq 1 100); do ping_socket "$PODMAN_SOCKET" && break; sleep 0.1; done
  ping_socket "$PODMAN_SOCKET" || { log "podman's API did not answer at $PODMAN_SOCKET; see /tmp/sandbox-action-podman.log"; exit 1; }
  engine_host=unix://$PODMAN_SOCKET
  cli="$sudo podman"
  log "using $(podman --version) at $engine_host"
fi
mkdir -p .tools
printf '%s\n' "$engine_host" >.tools/test-docker-host

# --- test images -------------------------------------------------------------------------------
image_exists() { $cli image inspect "$1" >/dev/null 2>&1; }
if image_exists "$IMAGE_REPO/node:$IMAGE_TAG" && image_exists "$IMAGE_REPO/glibc:$IMAGE_TAG" \
  && image_exists "$IMAGE_REPO/static:$IMAGE_TAG"; then
  log "test images $IMAGE_REPO/{node,glibc,static}:$IMAGE_TAG present"
  exit 0
fi
# A static busybox: the images have no C library of their own but what we copy in.
is_static() { [ -x "$1" ] && ! ldd "$1" >/dev/null 2>&1; }
busybox=/bin/busybox
is_static "$busybox" || apt_install busybox-static
is_static "$busybox" || { log "$busybox is not a static busybox (apt-get install busybox-static)"; exit 1; }
node_bin=$(PATH="$root/.tools/node/bin:$PATH" command -v node)
node_bin=$(readlink -f "$node_bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

base_rootfs() { # DIR: busybox with its applets, a passwd that knows uid 1000, the usual dirs
  local dir=$1
  mkdir -p "$dir"/{bin,etc,tmp,proc,sys,dev,workspace,usr/local/bin}
  chmod 1777 "$dir/tmp"
  cp "$busybox" "$dir/bin/busybox"
  for applet in $("$busybox" --list); do [ -e "$dir/bin/$applet" ] || ln -s busybox "$dir/bin/$applet"; done
  printf 'root:x:0:0:root:/root:/bin/sh\nsandbox:x:1000:1000:sandbox:/tmp:/bin/sh\n' >"$dir/etc/passwd"
  printf 'root:x:0:\nsandbox:x:1000:\n' >"$dir/etc/group"
}
add_node_libs() { # DIR: the dynamic loader and every library node links, at the same paths
  local dir=$1 lib
  for lib in $(ldd "$node_bin" | grep -o '/[^ ]*'); do
    mkdir -p "$dir$(dirname "$lib")"
    cp -L "$lib" "$dir$lib"
  done
}
build() { # NAME DIR
  log "building $IMAGE_REPO/$1:$IMAGE_TAG"
  # owned by root inside, whoever builds them: the sandbox user (uid 1000) must own nothing of /etc
  tar -C "$2" --owner=0 --group=0 --numeric-owner -cf "$work/$1.tar" .
  $cli import --change 'CMD ["/bin/sh"]' "$work/$1.tar" "$IMAGE_REPO/$1:$IMAGE_TAG" >/dev/null 2>"$work/import.log" \
    || { cat "$work/import.log" >&2; exit 1; }
}

base_rootfs "$work/static"
build static "$work/static"
base_rootfs "$work/glibc"
add_node_libs "$work/glibc"
build glibc "$work/glibc"
base_rootfs "$work/node"
add_node_libs "$work/node"
cp "$node_bin" "$work/node/usr/local/bin/node"
build node "$work/node"
log "test images built"
