#!/usr/bin/env bash
# Memory after a burst of large requests (issue 19): RUNS times, starts `newslens serve` (fast pipeline, in memory) on
# loopback, runs `bench api-memory` against it (ten concurrent 1 MB pathological requests, then a small request and the
# server's RSS at 0, 30 and 60 s after), stops it; prints every run and the medians.
# Extra serve settings and runtime knobs come from the environment: SERVE_ARGS (e.g. "--NewsLens:Memory:MaxKeptBytes=8000000"),
# and any DOTNET_* variable (DOTNET_gcServer=0, DOTNET_GCConserveMemory=5, ...), which the server inherits.
# NEWSLENS_CLI=path/to/newslens.dll measures another build (e.g. an older commit's) with this bench.
# Usage: bench/scripts/api-memory.sh [RUNS=3] [PATHOLOGICAL=10] [PORT=5392]
set -u
cd "$(dirname "$0")/../.."
RUNS=${1:-3}; PATHO=${2:-10}; PORT=${3:-5392}
[ -n "${NEWSLENS_CLI:-}" ] || dotnet build src/NewsLens.Cli -c Release -v q -nologo >/dev/null || exit 2
dotnet build bench/NewsLens.Bench -c Release -v q -nologo >/dev/null || exit 2
CLI=${NEWSLENS_CLI:-src/NewsLens.Cli/bin/Release/net10.0/newslens.dll}
RESULTS=()
for run in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  dotnet "$CLI" serve --urls "http://127.0.0.1:$PORT" --pipeline fast --NewsLens:RateLimit:PerMinute=1000000 ${SERVE_ARGS:-} \
    > "${TMPDIR:-/tmp}/newslens-api-memory-server.log" 2>&1 &
  SERVER=$!
  for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
  echo "run $run (server pid $SERVER)"
  OUT=$(dotnet bench/NewsLens.Bench/bin/Release/net10.0/NewsLens.Bench.dll api-memory "http://127.0.0.1:$PORT" "$SERVER" "$PATHO")
  echo "$OUT"
  RESULTS+=("$(echo "$OUT" | grep '^result')")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null
done
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for key in before peak t0 t30 t60; do
  printf '%s median %s MB\n' "$key" "$(printf '%s\n' "${RESULTS[@]}" | sed -n "s/.* $key=\([0-9]*\).*/\1/p" | median)"
done
