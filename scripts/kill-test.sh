#!/usr/bin/env bash
# Crash safety: runs a poll + import workload against the built-in simulator and SIGKILLs it at a
# random moment, again and again (KILLS, default 50), checking the SQLite database after every
# kill: integrity_check ok; no half-recorded change (each case's status is that of its last
# event); no duplicated event (no two events in a row with the same status for a case); no lost
# observation (the count never goes down). Prints one summary line; exits 1 on any violation.
# Usage: scripts/kill-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-${CASEWATCH_BUILD_DIR:-build}}
CLI="$BUILD_DIR/app/casewatch-cli"
KILLS=${KILLS:-50}
work=$(mktemp -d)
sandbox_pid=""
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db="$work/kill.sqlite"
mkdir -p "$work/notices"
"$BUILD_DIR/tests/make_notices" "$work/notices" 12

port=$(( 30000 + RANDOM % 20000 ))
"$CLI" sandbox --port "$port" --step-seconds 1 >/dev/null 2>&1 &
sandbox_pid=$!
sleep 1
api="http://127.0.0.1:$port"
"$CLI" --db "$db" profiles add --name "Kill Test" >/dev/null
for r in EAC9999103403 EAC9999103404 EAC9999103405 EAC9999103410 LIN9999106498 LIN9999106499 \
         SRC9999102777 SRC9999102778 SRC9999102779 SRC9999132710 IOE9999000001 IOE9999000002; do
  "$CLI" --db "$db" cases add --profile 1 "$r" >/dev/null
done

q() { sqlite3 -batch -noheader "$db" "$1"; }
violations=0
previous_observations=0
ok_integrity=0
for i in $(seq 1 "$KILLS"); do
  q "UPDATE cases SET next_poll_at = '' WHERE last_error_code = ''" >/dev/null
  "$CLI" --db "$db" --environment demo --api-base "$api" --rate-limit 40 poll >/dev/null 2>&1 &
  poll_pid=$!
  "$CLI" --db "$db" import "$work/notices" --profile 1 >/dev/null 2>&1 &
  import_pid=$!
  sleep "0.$(( RANDOM % 10 ))$(( RANDOM % 10 ))"
  kill -9 "$poll_pid" "$import_pid" 2>/dev/null || true
  wait "$poll_pid" "$import_pid" 2>/dev/null || true

  integrity=$(q "PRAGMA integrity_check")
  if [ "$integrity" = "ok" ]; then ok_integrity=$((ok_integrity + 1)); else
    echo "kill $i: integrity_check: $integrity" >&2; violations=$((violations + 1)); fi
  half=$(q "SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM status_events e WHERE e.case_id = c.id)
            AND c.category <> (SELECT e.category FROM status_events e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1)")
  if [ "$half" != "0" ]; then echo "kill $i: $half case(s) whose status is not their last event's" >&2; violations=$((violations + 1)); fi
  dup=$(q "SELECT count(*) FROM status_events a JOIN status_events b ON b.case_id = a.case_id
           AND b.id = (SELECT min(id) FROM status_events x WHERE x.case_id = a.case_id AND x.id > a.id)
           WHERE a.category = b.category AND a.status_en = b.status_en AND a.modified_date = b.modified_date")
  if [ "$dup" != "0" ]; then echo "kill $i: $dup duplicated event(s)" >&2; violations=$((violations + 1)); fi
  observations=$(q "SELECT count(*) FROM observations")
  if [ "$observations" -lt "$previous_observations" ]; then
    echo "kill $i: observations went from $previous_observations to $observations" >&2; violations=$((violations + 1)); fi
  previous_observations=$observations
done
events=$(q "SELECT count(*) FROM status_events")
documents=$(q "SELECT count(*) FROM documents")
imported=$(q "SELECT count(*) FROM cases WHERE receipt_number LIKE 'LIN26%'")
echo "kill-test: $KILLS SIGKILLs during poll+import; integrity ok $ok_integrity/$KILLS; observations $observations" \
     "(never decreased); events $events, none duplicated or half-recorded; documents $documents, imported cases" \
     "$imported; violations $violations"
[ "$violations" -eq 0 ]
