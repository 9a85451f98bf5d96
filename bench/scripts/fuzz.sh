#!/usr/bin/env bash
# Runs the seeded in-process mutation fuzzer (not coverage-guided) on every reader, the segmenter and the fast
# pipeline, a fixed count of executions each. Usage: bench/scripts/fuzz.sh [COUNT=1000000] [PIPELINE_COUNT=COUNT] [SEED=1]
# Crashing inputs go to $TMPDIR/newslens-fuzz/TARGET; exit status is non-zero when any target crashed or hung.
set -u
cd "$(dirname "$0")/../.."
COUNT=${1:-1000000}
PIPELINE_COUNT=${2:-$COUNT}
SEED=${3:-1}
dotnet build bench/NewsLens.Bench -c Release -v q -nologo >/dev/null || exit 2
BENCH=bench/NewsLens.Bench/bin/Release/net10.0/NewsLens.Bench.dll
status=0
for target in text json jsonl csv tsv xml html warc segmenter; do
  nice -n 10 dotnet "$BENCH" fuzz "$target" "$COUNT" "$SEED" "${TMPDIR:-/tmp}/newslens-fuzz/$target" || status=1
done
nice -n 10 dotnet "$BENCH" fuzz pipeline "$PIPELINE_COUNT" "$SEED" "${TMPDIR:-/tmp}/newslens-fuzz/pipeline" || status=1
exit $status
