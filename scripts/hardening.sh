#!/usr/bin/env bash
# Hardening, run by .ci/run after the main build:
#  1. a clang build with AddressSanitizer + UndefinedBehaviorSanitizer that runs the test suite but
#     its widget tests (in the same private D-Bus session / keyring / Xvfb / PostgreSQL setup as
#     ./dev.sh test) — everything that reads untrusted input (replies, PDFs, pictures, databases) or
#     runs threads; the widgets run in ./dev.sh test (CI's 30 minutes on two cores do not hold a
#     second build of them),
#  2. a clang build with ThreadSanitizer that runs the poller tests (tst_poller: the poller thread,
#     the GUI thread, the network manager's thread), two canaries that must be reported and
#     one that must not,
#  3. the libFuzzer targets (receipt parser, API response parser, I-797 extractor), each from its
#     committed seed corpus for FUZZ_SECONDS.
# Debian's Qt is not built with TSan: tests/tsan/QtTsanBridge.cpp annotates the hand-overs TSan
# cannot see (Qt's posted-event queue: release on emit/invokeMethod/postEvent, acquire on delivery;
# a QThread's end: release after its deferred deletes, acquire when wait() returns), and
# tests/tsan/suppressions.txt ignores interceptor calls made inside Qt and GLib themselves, and
# races whose stack is in Qt's copy of a queued signal's argument (made after the emission's
# release, posted under Qt's mutex: no hook in between). Without the bridge tst_poller gets 88
# reports, all inside Qt's event queue; with the bridge and no suppressions 11, all between two
# frames of Qt or GLib; with both, none — while the canaries "plain" (a plain race) and "queued" (a
# write after a queued hand-over) are still caught, and "signal" (a queued signal's argument) and
# "join" (a worker object deleted as its thread ends, read after wait()) are not reported.
# Leak detection is off: Qt, fontconfig and the keyring libraries keep process-lifetime caches
# that LeakSanitizer reports; use-after-free, overflows and undefined behaviour all stop the run.
set -euo pipefail
cd "$(dirname "$0")/.."
ASAN_DIR=${CASEWATCH_ASAN_DIR:-build-asan}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
flags="-O1 -gline-tables-only"

# clang and its sanitizer/libFuzzer runtimes (Debian 12 splits the runtimes into libclang-rt-14-dev).
need=()
for p in clang $(apt-cache show libclang-rt-14-dev >/dev/null 2>&1 && echo libclang-rt-14-dev); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi

echo "== ASan + UBSan build"
cmake -S . -B "$ASAN_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="$flags" -DCASEWATCH_SANITIZE=address,undefined -DCASEWATCH_WERROR=OFF \
  -DCASEWATCH_BUILD_BENCHMARKS=OFF >/dev/null
# The widget tests (they link the widgets library) are left to ./dev.sh test.
gui_tests='^(tst_mainwindow|tst_mainwindowload|tst_settingsdialog|tst_shortcuts|tst_datetext|tst_timelineview|tst_aboutdialog|tst_desktopnotifier|tst_deadlinesview|tst_team|tst_statusreviewdialog|tst_estimaterunner|tst_updatesdialog|tst_webhookdialog|tst_importreviewdialog|tst_desk|tst_traynotifications)$'
targets=$(ctest --test-dir "$ASAN_DIR" -N -E "$gui_tests" | sed -n 's/^ *Test *#[0-9]*: *//p')
cmake --build "$ASAN_DIR" --target casewatch-cli fuzz_receipt fuzz_response fuzz_i797 $targets
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "== the test suite under ASan + UBSan"
CASEWATCH_BUILD_DIR="$ASAN_DIR" dbus-run-session -- ./dev.sh _tests_in_session -E "$gui_tests"

echo "== ThreadSanitizer build: the poller tests"
TSAN_DIR=${CASEWATCH_TSAN_DIR:-build-tsan}
cmake -S . -B "$TSAN_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="$flags" -DCASEWATCH_SANITIZE=thread -DCASEWATCH_WERROR=OFF >/dev/null
cmake --build "$TSAN_DIR" --target tst_poller tst_tsan_canary
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan/suppressions.txt" \
  ctest --test-dir "$TSAN_DIR" --output-on-failure -R "^(tst_poller|tst_tsan_canary_.*)$"

echo "== fuzzing, ${FUZZ_SECONDS}s per target"
mkdir -p "$ASAN_DIR/fuzz-artifacts"
for target in fuzz_receipt fuzz_response fuzz_i797; do
  corpus=$(mktemp -d)
  cp -r "fuzz/corpus/${target#fuzz_}/." "$corpus/"
  QT_QPA_PLATFORM=offscreen "$ASAN_DIR/fuzz/$target" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=20 -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix="$ASAN_DIR/fuzz-artifacts/" "$corpus" 2>&1 | grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR|SUMMARY" \
    | sed "s/^/$target: /"
  status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  [ "$status" -eq 0 ] || { echo "$target failed" >&2; exit 1; }
done

echo "hardening: the test suite under ASan+UBSan, the poller tests under TSan and ${FUZZ_SECONDS}s of fuzzing per target passed"
