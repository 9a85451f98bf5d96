#!/usr/bin/env bash
# Kill-and-resume check of `newslens analyze --resume` (issue 19): N inputs, K runs killed with SIGKILL after a random
# 0.3-1.1 s, then one run to the end; every input must be in the JSON Lines output exactly once, and every line whole.
# Usage: bench/scripts/kill-resume.sh [inputs=60] [kills=40]   (build first: dotnet build src/NewsLens.Cli -c Release)
set -euo pipefail
n=${1:-60}; kills=${2:-40}
repo=$(cd "$(dirname "$0")/../.." && pwd)
cli="$repo/src/NewsLens.Cli/bin/Release/net10.0/newslens.dll"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq 1 "$n"); do echo "Story $i. The council met on day $i and said the bridge would reopen, officials said." > "$work/in/s$i.txt"; done
done_kills=0
for _ in $(seq 1 "$kills"); do
  dotnet "$cli" analyze "$work/in" --pipeline fast -o "$work/out.jsonl" --format jsonl --resume -j 1 --quiet >/dev/null 2>&1 & pid=$!
  sleep "0.$((RANDOM % 9 + 3))"
  if kill -9 "$pid" 2>/dev/null; then done_kills=$((done_kills + 1)); fi
  wait "$pid" 2>/dev/null || true
done
dotnet "$cli" analyze "$work/in" --pipeline fast -o "$work/out.jsonl" --format jsonl --resume -j 1 --quiet
python3 - "$work/out.jsonl" "$n" "$done_kills" <<'PY'
import json, sys
path, n, kills = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths, corrupt = [], 0
for line in open(path, encoding="utf-8"):
    try: paths.append(json.loads(line)["metadata"]["input"]["path"])
    except Exception: corrupt += 1
lost = n - len(set(paths)); doubled = len(paths) - len(set(paths))
print(f"kills {kills}: {len(paths)} lines for {n} inputs; lost {lost}, doubled {doubled}, corrupt {corrupt}")
sys.exit(0 if lost == 0 and doubled == 0 and corrupt == 0 else 1)
PY
