#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, outside the repository's
# tracked files, and prints the cache directory on its last line.
#
#  - Debian packages: chromium (the browser the tests drive), ripgrep (whose
#    binary code-server's ripgrep package gets instead of downloading one),
#    libkrb5-dev and pkg-config (code-server's native kerberos module).
#  - code-server (VS Code in a browser) from the npm registry, into
#    $CORROBORATE_E2E_CACHE (default ~/.cache/corroborate-e2e).
#
# A second run finds everything in place and returns at once.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_DONE="$CS_DIR/.installed"

log() { echo "[e2e setup] $*" >&2; }

install_debian_packages() {
  local wanted=(libkrb5-dev pkg-config ripgrep chromium) missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q)
  # Try first with the lists the machine has; refresh them only when that fails.
  if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
    "${apt[@]}" update >&2
    "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2
  fi
}

# @vscode/ripgrep's postinstall downloads a prebuilt rg unless its cache
# already holds the archive; give it Debian's rg in that archive.
seed_ripgrep_cache() {
  local dir="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  local archive="$dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  [ -s "$archive" ] && return 0
  local staging
  staging="$(mktemp -d)"
  cp /usr/bin/rg "$staging/rg"
  mkdir -p "$dir"
  tar -czf "$archive.tmp" -C "$staging" rg
  mv "$archive.tmp" "$archive"
  rm -rf "$staging"
}

install_code_server() {
  [ -f "$CS_DONE" ] && [ -x "$CS_BIN" ] && return 0
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes, once)"
  seed_ripgrep_cache
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{ "name": "corroborate-e2e-cache", "private": true }' > "$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false \
      npm_config_audit=false npm_config_update_notifier=false \
      npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION" >&2
  )
  "$CS_BIN" --version >&2
  touch "$CS_DONE"
}

install_debian_packages
install_code_server
echo "$CACHE"
