#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the app's own wasm and splits it, then runs scripts/post-build.mjs.
# Trunk cannot split a wasm (trunk issue 1022), so this hook does what `cargo leptos --split` does: the routes marked
# `#[lazy_route]` in src/ui/mod.rs go to modules of their own, fetched when first opened (and precached by the
# service worker for offline use); the first load keeps only what starting the app and its daily screens need.
#   1. cargo builds `rop` with relocations kept (the splitter needs them) and Leptos's type-erased views
#      (`--cfg erase_components`: one copy of the view code, not one per component type; 27 KB gzip less in the
#      first load and a quarter less in the lazy modules), in its own target folder;
#   2. wasm-split-cli cuts it into the main module, one module per lazy route, shared chunks, and the loader
#      `__wasm_split.js`;
#   3. wasm-bindgen makes the JS glue of the main module, keeping the exports the other modules use;
#   4. wasm-opt -Oz shrinks every module;
#   5. all of it goes to `wasm-<hash>/` in Trunk's staging folder (a new name for new code, so no cache serves an old
#      module with a new glue), and index.html gets the module script that starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run this from Trunk}"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/app-wasm
FEATURES=(--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# An 8 MB stack instead of wasm-ld's 1 MB. The stack sits below the data, so an overflow is no panic but an
# "out of bounds memory access" trap, the trap WebKitGTK runs showed and the other engines never did. The traps'
# stacks later pointed at memory going bad in WebKit rather than an overflow (tests/e2e/browser.rs), but the WebKit
# runs failed less often with this stack than without it (2026-12-07, JSC's optimizing tier off: 1 first run in 5
# against 2 in 2), so it stays until the cause is known. Untouched stack pages cost nothing to download and are not
# committed memory.
# Panic locations name files by short paths (`library/core/…`, `tachys-0.2.19/src/…`, `src/…`) rather than this
# machine's folders: the same build on every machine, and about 0.6 KB gzip less on the first load (136 paths;
# measured by taking the prefixes out of a built main module).
REMAP="--remap-path-prefix=$PWD/= --remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust/="
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  REMAP="$REMAP --remap-path-prefix=$registry="
done
RUSTFLAGS="-Clink-args=--emit-relocs -Clink-arg=-zstack-size=8388608 --cfg erase_components $REMAP" cargo build --quiet --release --target wasm32-unknown-unknown --bin rop --features split \
  --target-dir "$out/cargo"
rm -rf "$out/split" "$out/bindgen" "$out/stage"
mkdir -p "$out/stage"
wasm-split-cli --target web --out-name rop "$out/cargo/wasm32-unknown-unknown/release/rop.wasm" "$out/split" >/dev/null
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out/bindgen" "$out/split/rop.wasm" 2>/dev/null
cp "$out/bindgen/rop.js" "$out/split/__wasm_split.js" "$out/stage/"
wasm-opt -Oz "${FEATURES[@]}" "$out/bindgen/rop_bg.wasm" -o "$out/stage/rop_bg.wasm"
for f in "$out"/split/*.wasm; do
  name=$(basename "$f")
  [ "$name" = rop.wasm ] && continue
  wasm-opt -Oz "${FEATURES[@]}" "$f" -o "$out/stage/$name" 2>/dev/null
done
hash=$(cat "$out"/stage/* | sha256sum | cut -c1-16)
cp -r "$out/stage" "$TRUNK_STAGING_DIR/wasm-$hash"
# The starter: a module script (relative to <base href>, so a sub-folder build works too).
starter="<link rel=\"modulepreload\" href=\"wasm-$hash/rop.js\"><script type=\"module\">import init from \"./wasm-$hash/rop.js\"; init();</script>"
node -e '
  const fs = require("fs");
  const [file, starter] = process.argv.slice(1);
  const html = fs.readFileSync(file, "utf8");
  if (!html.includes("<!--app-wasm-->")) throw new Error("index.html has no <!--app-wasm--> marker");
  // The skipped link is left in the page by Trunk; it has done its job.
  fs.writeFileSync(file, html.replace("<!--app-wasm-->", starter).replace(/<link data-trunk rel="rust"[^>]*data-trunk-skip[^>]*>/, ""));
' "$TRUNK_STAGING_DIR/index.html" "$starter"
echo "app-wasm: wasm-$hash with $(ls "$out/stage" | wc -l) files"
exec node scripts/post-build.mjs
