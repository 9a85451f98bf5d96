#!/usr/bin/env bash
# Starts the web app on loopback with the fast pipeline (rate limit raised for the load), runs bench api-load against
# it with its pid (memory sampled), and stops it. Usage: bench/scripts/api-load.sh [SECONDS=60] [CONCURRENCY=8] [PATHOLOGICAL=10] [PORT=5391]
set -u
cd "$(dirname "$0")/../.."
SECONDS_=${1:-60}; CONC=${2:-8}; PATHO=${3:-10}; PORT=${4:-5391}
dotnet build src/NewsLens.Web -c Release -v q -nologo >/dev/null || exit 2
dotnet build bench/NewsLens.Bench -c Release -v q -nologo >/dev/null || exit 2
dotnet src/NewsLens.Web/bin/Release/net10.0/NewsLens.Web.dll --urls "http://127.0.0.1:$PORT" --NewsLens:Pipeline=fast \
  --NewsLens:RateLimit:PerMinute=1000000 > "${TMPDIR:-/tmp}/newslens-api-load-server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null' EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
dotnet bench/NewsLens.Bench/bin/Release/net10.0/NewsLens.Bench.dll api-load "http://127.0.0.1:$PORT" "$SECONDS_" "$CONC" "$PATHO" --pid "$SERVER"
