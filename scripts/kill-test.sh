#!/usr/bin/env bash
# Crash safety: a poll and an import run against the built-in simulator and are SIGKILLed at a
# random moment while they write, again and again (KILLS, default 100). The simulator answers
# 3,000 cases at up to 1,000 req/s, so the poller records answers as fast as it can the whole time;
# each round imports six new notices. (A poller that takes over from a killed one leaves a second
# clear first, so each kill is aimed from 1.1 to 1.7 s after the start.) Every process traces its transactions (CASEWATCH_TRACE_TRANSACTIONS), and the script
# aims each kill at the poller's next transaction (tests/helpers/kill_in_transaction.cpp), then
# counts from the trace the kills that really landed inside an open transaction — most must.
# After every kill: integrity_check ok; no half-recorded change (each case's status is that of its
# last event); no duplicated event; no lost observation (the count never goes down); documents and
# cases agree (every imported case has its document and every document's receipts are tracked).
# Claims a killed poller leaves are not reset by the script: the next run's poller takes over its
# lease and gives them back, and a last clean poll must leave no case claimed and every case checked.
# Work floors: events, observations and documents all above zero. Prints one summary line; exits 1
# on any violation.
# Usage: scripts/kill-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-${CASEWATCH_BUILD_DIR:-build}}
CLI="$BUILD_DIR/app/casewatch-cli"
KILLS=${KILLS:-100}
work=$(mktemp -d)
sandbox_pid=""
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" "$work/trace" && chmod 700 "$XDG_RUNTIME_DIR"
db="$work/kill.sqlite"

port=$(( 30000 + RANDOM % 20000 ))
"$CLI" --rate-limit 1000 --daily-quota 100000000 sandbox --port "$port" --step-seconds 1 --any-receipt >/dev/null 2>&1 &
sandbox_pid=$!
api="http://127.0.0.1:$port"
"$CLI" --db "$db" profiles add --name "Kill Test" >/dev/null
receipts=(EAC9999103403 EAC9999103404 EAC9999103405 EAC9999103410 LIN9999106498 LIN9999106499
          SRC9999102777 SRC9999102778 SRC9999102779 SRC9999132710 IOE9999000001 IOE9999000002)
for i in $(seq 1 2988); do receipts+=("$(printf 'EAC77%08d' "$i")"); done
"$CLI" --db "$db" cases add --profile 1 "${receipts[@]}" >/dev/null
up=0
for _ in $(seq 1 50); do if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then up=1; break; fi; sleep 0.1; done
[ "$up" -eq 1 ] || { echo "kill-test: the simulator did not start on port $port" >&2; exit 1; }

q() { sqlite3 -batch -noheader "$db" "$1"; }
in_transaction() { [ -s "$work/trace/$1" ] && [ "$(tail -c 1 "$work/trace/$1")" = "B" ]; }
violations=0
previous_observations=0
ok_integrity=0
hits=0
recovered=0
for i in $(seq 1 "$KILLS"); do
  # Fetched cases come due again; cases a killed poller still claims are left for the next one.
  q "UPDATE cases SET next_poll_at = '' WHERE claimed_by = '' AND last_error_code = ''" >/dev/null
  stale=$(q "SELECT count(*) FROM cases WHERE claimed_by <> ''")
  batch="$work/notices/$i"
  mkdir -p "$batch"
  "$BUILD_DIR/tests/make_notices" "$batch" 6 $(( i * 10 ))
  CASEWATCH_TRACE_TRANSACTIONS="$work/trace" "$CLI" --db "$db" --environment demo --api-base "$api" \
    --rate-limit 1000 --daily-quota 100000000 poll --once --in-flight 16 >/dev/null 2>&1 &
  poll_pid=$!
  CASEWATCH_TRACE_TRANSACTIONS="$work/trace" "$CLI" --db "$db" import "$batch" --profile 1 >/dev/null 2>&1 &
  import_pid=$!
  sleep "1.$(( 1 + RANDOM % 6 ))$(( RANDOM % 10 ))"
  # Aimed: the poll dies inside its next transaction (or after half a second, whatever it does).
  "$BUILD_DIR/tests/kill_in_transaction" "$poll_pid" "$work/trace/$poll_pid" 500
  kill -9 "$import_pid" 2>/dev/null || true
  wait "$poll_pid" "$import_pid" 2>/dev/null || true
  if in_transaction "$poll_pid" || in_transaction "$import_pid"; then hits=$((hits + 1)); fi
  if [ "$stale" -gt 0 ]; then
    # The claims of the poller killed last time: given back by this run's poller once it led.
    left=$(q "SELECT count(*) FROM cases WHERE claimed_by <> '' AND claimed_by NOT LIKE '%/$poll_pid/%'")
    [ "$left" -lt "$stale" ] && recovered=$((recovered + stale - left))
  fi

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
  orphans=$(q "SELECT count(*) FROM cases c WHERE c.receipt_number LIKE 'LIN26%'
               AND NOT EXISTS (SELECT 1 FROM documents d WHERE instr(d.receipts, c.receipt_number) > 0)")
  untracked=$(q "SELECT count(*) FROM documents d WHERE d.receipts <> ''
                 AND NOT EXISTS (SELECT 1 FROM cases c WHERE instr(d.receipts, c.receipt_number) > 0)")
  if [ "$orphans" != "0" ] || [ "$untracked" != "0" ]; then
    echo "kill $i: $orphans imported case(s) without their document, $untracked document(s) without their cases" >&2
    violations=$((violations + 1)); fi
done

# A last poll, not killed: it takes over the last killed poller's lease, gives its claims back and
# checks everything due.
q "UPDATE cases SET next_poll_at = '' WHERE claimed_by = '' AND last_error_code = ''" >/dev/null
stale=$(q "SELECT count(*) FROM cases WHERE claimed_by <> ''")
"$CLI" --db "$db" --environment demo --api-base "$api" --rate-limit 1000 --daily-quota 100000000 poll --once --in-flight 16 >/dev/null 2>&1 || true
recovered=$((recovered + stale))
still_claimed=$(q "SELECT count(*) FROM cases WHERE claimed_by <> ''")
unchecked=$(q "SELECT count(*) FROM cases WHERE last_checked_at = '' AND last_error_code = ''")
if [ "$still_claimed" != "0" ] || [ "$unchecked" != "0" ]; then
  echo "after the last poll: $still_claimed case(s) still claimed, $unchecked never checked" >&2; violations=$((violations + 1)); fi

events=$(q "SELECT count(*) FROM status_events")
documents=$(q "SELECT count(*) FROM documents")
imported=$(q "SELECT count(*) FROM cases WHERE receipt_number LIKE 'LIN26%'")
for floor in "events:$events" "observations:$observations" "documents:$documents"; do
  if [ "${floor#*:}" -le 0 ]; then echo "no ${floor%%:*} were recorded: the workload did no work" >&2; violations=$((violations + 1)); fi
done
if [ $((hits * 2)) -le "$KILLS" ]; then
  echo "only $hits of $KILLS kills landed inside a transaction: the test did not test writes" >&2; violations=$((violations + 1)); fi
echo "kill-test: $KILLS SIGKILLs during poll+import, $hits inside an open transaction; integrity ok $ok_integrity/$KILLS;" \
     "observations $observations (never decreased); events $events, none duplicated or half-recorded; documents" \
     "$documents and imported cases $imported, always agreeing; claims of killed pollers given back: $recovered;" \
     "violations $violations"
[ "$violations" -eq 0 ]
