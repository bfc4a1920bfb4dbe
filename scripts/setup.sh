#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: each step checks first and is skipped when its
# tool is already there in the right version. Safe to run on every `serve` and `test`.
#   scripts/setup.sh build   -> what `serve` needs (Rust target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh test    -> plus the browsers, their WebDriver servers and Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

TRUNK_VERSION=0.21.14
# wasm-bindgen's CLI must equal the crate version locked in Cargo.lock (the crate is pinned with `=`).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# The test command checks formatting and lints; a minimal rustup profile has neither rustfmt nor clippy.
if ! cargo fmt --version >/dev/null 2>&1; then
  log "adding rustfmt"
  rustup component add rustfmt
fi
if ! cargo clippy --version >/dev/null 2>&1; then
  log "adding clippy"
  rustup component add clippy
fi

# The release build's pinned nightly (scripts/release-build.sh): the standard library rebuilt for size.
NIGHTLY=$(sed -n 's/^export RUSTUP_TOOLCHAIN=//p' scripts/release-build.sh)
if ! rustup run "$NIGHTLY" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library" ] \
  || ! rustup target list --toolchain "$NIGHTLY" --installed | grep -qx wasm32-unknown-unknown; then
  log "installing the release toolchain $NIGHTLY with rust-src (about 2 minutes, once)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
# The standard library it rebuilds has its own dependencies, which Trunk's offline build cannot download: fetch them
# into Cargo's cache (a quick check once they are there).
RUSTUP_TOOLCHAIN="$NIGHTLY" cargo fetch --quiet \
  --manifest-path "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "installing Trunk $TRUNK_VERSION (about 8 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: one of its locked dependency versions is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# wasm-split-cli cuts the app's wasm into lazily loaded parts (scripts/app-wasm.sh).
WASM_SPLIT_VERSION=0.2.4
# (It has no --version: a marker file records which version was installed.)
if ! command -v wasm-split-cli >/dev/null || [ ! -f "$HOME/.cargo/.wasm-split-$WASM_SPLIT_VERSION" ]; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
  touch "$HOME/.cargo/.wasm-split-$WASM_SPLIT_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  log "installing binaryen (wasm-opt) and axe-core from package-lock.json"
  npm ci --no-audit --no-fund
fi

[ "$what" = build ] && exit 0

apt_missing=()
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
[ -x /usr/bin/chromedriver ] || apt_missing+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || apt_missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || apt_missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || apt_missing+=(xvfb)
# Cyrillic glyphs in screenshots.
[ -d /usr/share/fonts/truetype/dejavu ] || apt_missing+=(fonts-dejavu-core)
if [ ${#apt_missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

if ! command -v geckodriver >/dev/null; then
  log "installing geckodriver (about 2 minutes, once)"
  cargo install --locked geckodriver
fi
log "tools ready"
