#!/usr/bin/env bash
# Coverage-guided fuzzing of one NewsLens harness with AFL++ and SharpFuzz for a fixed number of executions.
# Usage: bench/scripts/afl-fuzz.sh TARGET [EXECUTIONS=1000000] [OUTDIR=${TMPDIR:-/tmp}/newslens-afl/TARGET]
# Targets: text json jsonl csv tsv xml html warc auto segmenter pipeline (fuzz/NewsLens.Fuzz/FuzzTargets.cs).
# Set REBUILD=1 after changing the code. Installs afl++ (Debian) and the sharpfuzz dotnet tool when missing, builds fuzz/NewsLens.Fuzz, copies its output to
# ${TMPDIR:-/tmp}/newslens-afl/bin and instruments NewsLens.Core.dll and NewsLens.Ingest.dll there (never the build
# output that tests use). Seeds: fuzz/seeds/TARGET (segmenter and pipeline use fuzz/seeds/text), plus gzip copies
# made here for auto and warc. Runs niced; prints execs, rate, coverage, crashes and hangs from fuzzer_stats.
# Exit status: 0 when no crash and no hang was saved, 1 otherwise, 2 on a setup problem.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${1:?usage: afl-fuzz.sh TARGET [EXECUTIONS] [OUTDIR]}
EXECS=${2:-1000000}
WORK=${TMPDIR:-/tmp}/newslens-afl
OUT=${3:-$WORK/$TARGET}
BIN=$WORK/bin

command -v afl-fuzz >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y afl++ >/dev/null; } || { echo "afl-fuzz missing: apt-get install afl++" >&2; exit 2; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null || exit 2

# why: one instrumented copy serves every target, and runs in parallel share it, so it is only rebuilt when missing
# or when REBUILD=1 is set (after a code change; no other run may be using it then)
STAMP=$BIN/.instrumented
if [ ! -f "$STAMP" ] || [ "${REBUILD:-0}" = 1 ]; then
  dotnet build fuzz/NewsLens.Fuzz -c Release -v q -nologo >/dev/null || { echo "build failed" >&2; exit 2; }
  rm -rf "$BIN" && mkdir -p "$BIN" && cp -r fuzz/NewsLens.Fuzz/bin/Release/net10.0/. "$BIN/"
  for dll in NewsLens.Core.dll NewsLens.Ingest.dll; do sharpfuzz "$BIN/$dll" || { echo "instrumenting $dll failed" >&2; exit 2; }; done
  touch "$STAMP"
fi

case $TARGET in segmenter|pipeline) SEEDS=fuzz/seeds/text ;; *) SEEDS=fuzz/seeds/$TARGET ;; esac
[ -d "$SEEDS" ] || { echo "no seeds for target '$TARGET' in $SEEDS" >&2; exit 2; }
IN=$WORK/seeds-$TARGET
rm -rf "$IN" && mkdir -p "$IN" && cp "$SEEDS"/* "$IN/"
if [ "$TARGET" = auto ] || [ "$TARGET" = warc ]; then
  for f in "$SEEDS"/*; do gzip -9 -n -c "$f" > "$IN/$(basename "$f").gz"; done
fi

# why: readers get 5 s and the pipeline 20 s before an input counts as a hang (the machine is shared; afl's default
# of a few ms suits native code, not a JIT warming up)
case $TARGET in pipeline) TIMEOUT=20000 ;; *) TIMEOUT=5000 ;; esac
rm -rf "$OUT"
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  nice -n 10 afl-fuzz -i "$IN" -o "$OUT" -E "$EXECS" -t "$TIMEOUT" -m none -x "$ROOT/fuzz/newslens.dict" \
  -- dotnet "$BIN/NewsLens.Fuzz.dll" "$TARGET" > "$OUT.log" 2>&1
STATS=$OUT/default/fuzzer_stats
[ -f "$STATS" ] || { echo "afl-fuzz did not start; see $OUT.log" >&2; tail -20 "$OUT.log" >&2; exit 2; }
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs)' "$STATS" | sed "s/^/$TARGET: /"
crashes=$(awk '/^saved_crashes/ {print $3}' "$STATS"); hangs=$(awk '/^saved_hangs/ {print $3}' "$STATS")
[ "${crashes:-1}" = 0 ] && [ "${hangs:-1}" = 0 ]
