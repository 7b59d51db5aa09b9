#!/usr/bin/env bash
# Regenerates docs/report-62-42.png, the README's picture of `lineage report`: writes the seed's report with the
# built command and has headless Debian Chromium (/usr/bin/chromium; scripts/install-test-deps.sh installs it, with a
# CJK font) take a screenshot of it with the link 61/78 → 62/42 selected (the page reads it from the address).
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/report
mkdir -p "$out" docs
dotnet run --project src/Lineage.Cli -- report 62/42 seeds --out "$out/report-62-42.html"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=1600,900 \
  --virtual-time-budget=10000 --screenshot="$PWD/docs/report-62-42.png" \
  "file://$PWD/$out/report-62-42.html#A/RES/61/78%3EA/RES/62/42" 2>/dev/null
echo "Wrote docs/report-62-42.png"
