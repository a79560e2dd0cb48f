#!/usr/bin/env bash
# Benchmark: throughput and peak memory of `annalist run` on COPIES copies of the seed documents.
# Usage: tools/bench.sh [COPIES] [THREADS]   (defaults 40 and the number of cores)
# Prints documents, words, wall time, words per second and peak resident memory.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-40}"
threads="${2:-$(nproc)}"
jar="$here/cli/target/annalist.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq 1 "$copies"); do
  for f in "$here"/seeds/*.txt; do cp "$f" "$work/in/$(basename "$f" .txt)_$i.txt"; done
done
docs=$(ls "$work/in" | wc -l)
words=$(cat "$work/in"/*.txt | wc -w)
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v java ${JAVA_OPTS:-} -jar "$jar" run "$work/in" --out "$work/out" -q --threads "$threads" 2> "$work/time.txt"
  rss=$(grep "Maximum resident" "$work/time.txt" | awk '{print $NF}')
else
  java ${JAVA_OPTS:-} -jar "$jar" run "$work/in" --out "$work/out" -q --threads "$threads"
  rss="n/a (install GNU time)"
fi
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
printf 'documents %d, words %d, threads %d\nwall %.1f s, %.0f words/s, %.1f documents/s\npeak RSS %s KiB\n' \
  "$docs" "$words" "$threads" "$secs" "$(echo "$words / $secs" | bc -l)" "$(echo "$docs / $secs" | bc -l)" "$rss"
