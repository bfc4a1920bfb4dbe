#!/usr/bin/env bash
# Builds the release bundle and serves it on http://127.0.0.1:8080 (PORT and BASE may be set, e.g.
# BASE=/rop/ to try a sub-folder deployment). Installs the build tools first if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT=${PORT:-8080}
BASE=${BASE:-/}
scripts/release-build.sh --public-url "$BASE"
cargo build --quiet --release --example serve
exec target/release/examples/serve dist "$PORT" "$BASE"
