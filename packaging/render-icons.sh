#!/usr/bin/env bash
# Renders the committed PNG icons (resources/icons/mine2ai-<size>.png) from the SVG sources.
# Run after editing resources/icons/mine2ai.svg or mine2ai-small.svg; needs rsvg-convert
# (Debian: librsvg2-bin). Sizes up to 24 px come from mine2ai-small.svg, which is drawn on a
# 16-pixel grid so that the rack's edges stay sharp; larger sizes come from mine2ai.svg.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  src=mine2ai.svg
  (( size <= 24 )) && src=mine2ai-small.svg
  rsvg-convert --width "$size" --height "$size" "$src" --output "mine2ai-$size.png"
done
echo "rendered $(ls mine2ai-*.png | wc -l) PNGs in resources/icons"
