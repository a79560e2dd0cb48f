#!/usr/bin/env bash
# Measures extraction quality the way the README reports it: runs the main job on the seeds, on the
# evaluation kit's development set and on its corpus-real documents, and scores each with the kit's
# score.py. The kit (../shared beside the checkout) is not part of the repository: its documents'
# licences vary. The gold for corpus-real is ours (eval/corpus-real-gold/, annotated blind); its
# even-numbered half has not been used to find errors since the first round and is reported on its own.
# Usage: tools/measure.sh [KIT]   (KIT defaults to ../shared)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
kit="${1:-$here/../shared}"
score="$kit/eval/score.py"
[ -f "$score" ] || { echo "measure: no scorer at $score (give the kit's folder as the argument)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { "$here/bin/annalist" run "$1" --out "$2" -q --formats csv; }

echo "== seeds: $kit/seeds scored against $kit/gold"
run "$kit/seeds" "$work/seeds"
python3 "$score" "$kit/gold" "$work/seeds"

echo "== development set: $kit/devset/docs scored against $kit/devset/gold"
run "$kit/devset/docs" "$work/dev"
python3 "$score" "$kit/devset/gold" "$work/dev"

real="$here/eval/corpus-real-gold"
echo "== corpus-real: $kit/corpus-real/docs scored against $real"
run "$kit/corpus-real/docs" "$work/real"
mkdir -p "$work/tune" "$work/holdout"
for f in "$real"/*.yaml; do
  n=$(basename "$f" | cut -c1-2)
  if [ $((10#$n % 2)) -eq 1 ]; then cp "$f" "$work/tune/"; else cp "$f" "$work/holdout/"; fi
done
echo "-- all 46 documents"
python3 "$score" "$real" "$work/real"
echo "-- odd-numbered half (used for tuning)"
python3 "$score" "$work/tune" "$work/real"
echo "-- even-numbered half (held out: not used to find errors since the first round)"
python3 "$score" "$work/holdout" "$work/real"
