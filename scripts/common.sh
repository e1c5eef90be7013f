# Sourced by the set-up scripts: logging, apt-get through sudo, and packages from the npm registry
# fetched with curl alone (a fresh machine has neither Node nor npm). Expects `log` to be defined.

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"

apt_install() { # PACKAGE...
  log "installing $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq </dev/null >/dev/null || log "apt-get update failed; trying the install anyway"
  $sudo apt-get install -y -qq "$@" </dev/null >/dev/null
}

need_commands() { # COMMAND:PACKAGE...: installs the packages whose command is missing
  local pair missing=()
  for pair in "$@"; do command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}"); done
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

npm_registry() { local url=${npm_config_registry:-https://registry.npmjs.org/}; printf '%s' "${url%/}"; }

# Unpacks the newest MAJOR.x of an npm registry package into DEST (its `package/` folder's content),
# checking the tarball against the registry's sha512 integrity. Prints the version it unpacked.
fetch_registry_package() { # NAME MAJOR DEST
  local name=$1 major=$2 dest=$3 registry version meta tarball integrity actual tmp
  need_commands curl:curl openssl:openssl base64:coreutils
  registry=$(npm_registry)
  # The abbreviated document lists every version; the registry may print it with or without spaces.
  version=$(curl -fsSL -H 'Accept: application/vnd.npm.install-v1+json' "$registry/$name" \
    | grep -o "\"$major\.[0-9]*\.[0-9]*\": *{" | grep -o '[0-9][0-9.]*[0-9]' | sort -uV | tail -1) || true
  [ -n "$version" ] || { log "the registry at $registry has no $name@$major.x (is it reachable?)"; return 1; }
  meta=$(curl -fsSL "$registry/$name/$version")
  tarball=$(printf '%s' "$meta" | grep -o '"tarball": *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
  integrity=$(printf '%s' "$meta" | grep -o '"integrity": *"sha512-[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
  [ -n "$tarball" ] && [ -n "$integrity" ] || { log "$name@$version: the registry gave no tarball or integrity"; return 1; }
  tmp=$(mktemp -d)
  curl -fsSL "$tarball" -o "$tmp/package.tgz" || { rm -rf "$tmp"; log "downloading $tarball failed"; return 1; }
  actual="sha512-$(openssl dgst -sha512 -binary "$tmp/package.tgz" | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    rm -rf "$tmp"
    log "$tarball does not match the registry's integrity ($integrity); not installed"
    return 1
  fi
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xzf "$tmp/package.tgz" -C "$dest" --strip-components=1
  rm -rf "$tmp"
  printf '%s\n' "$version"
}
