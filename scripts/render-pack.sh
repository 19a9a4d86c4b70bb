#!/usr/bin/env bash
# Render the demo panel pack to PNG with headless Chromium (Debian packages chromium + chromium-driver).
# Usage: scripts/render-pack.sh [case-file] [out.png]    (build first: mvn -q -B -DskipTests package)
set -euo pipefail
case_file="${1:-cases/demo/demo-authority.json}"
png="${2:-target/panel-pack.png}"
html="${png%.png}.html"
java -jar target/placement-review.jar review "$case_file" --format html --out "$html"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=900,2400 \
  --screenshot="$png" "file://$(realpath "$html")" 2>/dev/null
rm -rf "$profile"
echo "$png"
