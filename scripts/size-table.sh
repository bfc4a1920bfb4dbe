#!/usr/bin/env bash
# Where the first load's bytes go: builds the app's wasm as the release build does (scripts/release-build.sh's
# toolchain, wasm-bindgen, wasm-opt -Oz) but keeping function names, then prints the table by crate and by area of
# the app (scripts/size-table.mjs reads twiggy's list). Installs twiggy once (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
command -v twiggy >/dev/null || cargo install --locked twiggy --version 0.8.0
eval "$(grep '^export \(RUSTUP_TOOLCHAIN\|CARGO_UNSTABLE\)' scripts/release-build.sh)"
out=target/size-table
CARGO_PROFILE_RELEASE_STRIP=false cargo build --quiet --release --target wasm32-unknown-unknown --bin rop \
  --target-dir "$out/cargo"
wasm-bindgen --target web --keep-debug --out-dir "$out" "$out/cargo/wasm32-unknown-unknown/release/rop.wasm"
# The same features Trunk enables (index.html), and -g to keep the names.
wasm-opt -Oz -g --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$out/rop_bg.wasm" -o "$out/named.wasm"
twiggy top -n 1000000 -f csv "$out/named.wasm" > "$out/top.csv"
node scripts/size-table.mjs "$out/top.csv"
