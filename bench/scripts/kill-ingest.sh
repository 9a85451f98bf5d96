#!/usr/bin/env bash
# Kill-and-rerun check of `newslens ingest` (issue 14): N JSONL records (the last D repeat earlier URLs), K runs killed
# with SIGKILL at a random 0-0.7 s after the run's first commit, then one run to the end. The store must hold every
# input record once (N records, N-D articles, D duplicates), every article whole, and pass PRAGMA integrity_check.
# Usage: bench/scripts/kill-ingest.sh [records=600] [kills=40]   (build first: dotnet build src/NewsLens.Cli -c Release)
set -euo pipefail
n=${1:-600}; kills=${2:-40}; d=20
repo=$(cd "$(dirname "$0")/../.." && pwd)
cli="$repo/src/NewsLens.Cli/bin/Release/net10.0/newslens.dll"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$work/in.jsonl" "$n" "$d" <<'PY'
import json, sys
path, n, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as f:
    for i in range(n):
        u = i if i < n - d else i - (n - d)
        f.write(json.dumps({"id": f"r{i}", "url": f"https://news.example/{u}",
            "text": f"The council of town {i} met on Tuesday and voted to repair bridge {i}. Officials said it would cost {i} million pounds."}) + "\n")
PY
records() { python3 -c "import sqlite3,sys
try: print(sqlite3.connect('file:$work/s.db?mode=ro', uri=True).execute('select count(*) from records').fetchone()[0])
except Exception: print(0)"; }
done_kills=0; midway=0
for _ in $(seq 1 "$kills"); do
  before=$(records)
  dotnet "$cli" ingest "$work/in.jsonl" --db "$work/s.db" --pipeline fast --batch 16 -q >/dev/null 2>&1 & pid=$!
  for _ in $(seq 1 400); do kill -0 "$pid" 2>/dev/null || break; [ "$(records)" -gt "$before" ] && break; sleep 0.05; done
  sleep "0.$((RANDOM % 7))"
  if kill -9 "$pid" 2>/dev/null; then
    done_kills=$((done_kills + 1)); after=$(records)
    if [ "$after" -gt 0 ] && [ "$after" -lt "$n" ]; then midway=$((midway + 1)); fi
  fi
  wait "$pid" 2>/dev/null || true
  [ "$(records)" -ge "$n" ] && break
done
dotnet "$cli" ingest "$work/in.jsonl" --db "$work/s.db" --pipeline fast -q
python3 - "$work/s.db" "$n" "$d" "$done_kills" "$midway" <<'PY'
import sqlite3, sys
path, n, d, kills, midway = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
db = sqlite3.connect(path)
q = lambda s: db.execute(s).fetchone()[0]
integrity = q("PRAGMA integrity_check")
records, articles, dups = q("select count(*) from records"), q("select count(*) from articles"), q("select count(*) from records where duplicate_by is not null")
torn = q("select count(*) from (select article_id, count(*) c from layers group by article_id) where c <> (select max(c) from (select count(*) c from layers group by article_id))")
orphans = q("select count(*) from records r left join articles a on a.id = r.article_id where a.id is null")
print(f"kills {kills} ({midway} mid-way): records {records}/{n}, articles {articles}/{n - d}, duplicates {dups}/{d}, torn {torn}, orphans {orphans}, integrity {integrity}")
ok = records == n and articles == n - d and dups == d and torn == 0 and orphans == 0 and integrity == "ok"
sys.exit(0 if ok else 1)
PY
