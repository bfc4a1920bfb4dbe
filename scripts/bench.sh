#!/usr/bin/env bash
# The benchmark command: the first-load transfer size of dist/ (gzip -9 of each file, and the total), checked
# against the budget. Run after a release build (scripts/serve.sh or scripts/test.sh make one).
# The budget was 400 KB for the foundation; planning (three screens, five record kinds) took the app to ~500 KB,
# about 70 % of it Leptos view code and serde per record kind. 560 KB is about 1.5 s on a 3 Mbit/s tablet link,
# once: the service worker serves every later start offline.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_KB=${BUDGET_KB:-560}
[ -f dist/index.html ] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }
total=0
printf '%-44s %10s %10s\n' "file" "bytes" "gzip"
while IFS= read -r f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f ! -name '404.html' ! -name '_headers' | sort)
printf '%-44s %10s %10d  (%d KB; budget %d KB)\n' "total (first load, gzip)" "" "$total" $((total / 1024)) "$BUDGET_KB"
[ $((total / 1024)) -le "$BUDGET_KB" ] || { echo "over the size budget" >&2; exit 1; }
