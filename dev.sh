#!/usr/bin/env bash
# CaseWatch's developer entry point: the two commands of the README's quick start.
#   ./dev.sh run    install what is missing, build, and start the app
#   ./dev.sh test   install what is missing, build, and run every test
# Other verbs: deps (install only), build, bench (prints the benchmarks' figures).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${CASEWATCH_BUILD_DIR:-build}
BUILD_TYPE=${CASEWATCH_BUILD_TYPE:-RelWithDebInfo}

# Debian/Ubuntu packages: build tools, Qt 6 modules, QtKeychain, Tesseract, and the real services
# the tests use (D-Bus, gnome-keyring, Xvfb, PostgreSQL).
PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql
  libtesseract-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd qt6-image-formats-plugins libtiff-tools
  poppler-utils qpdf fonts-dejavu-core sqlite3
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools postgresql openssl
  dpkg-dev file desktop-file-utils appstream qt6-qpa-plugins libqt6svg6
)

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
    -DCASEWATCH_WERROR="${CASEWATCH_WERROR:-ON}" \
    -DCASEWATCH_BUILD_BENCHMARKS="${CASEWATCH_BUILD_BENCHMARKS:-ON}" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${CASEWATCH_OPT_FLAGS:--O2 -g -DNDEBUG}" >/dev/null
  cmake --build "$BUILD_DIR"
}

# Runs the test suite inside a private D-Bus session (bus outside, display inside: the other
# order can hang on a keyring prompt), with a throwaway unlocked gnome-keyring, its own XDG
# folders, and a PostgreSQL server on loopback — never the developer's own keyring or data.
tests_in_session() {
  TEST_TMP=$(mktemp -d)

  export XDG_DATA_HOME="$TEST_TMP/data" XDG_CONFIG_HOME="$TEST_TMP/config" XDG_CACHE_HOME="$TEST_TMP/cache"
  export XDG_RUNTIME_DIR="$TEST_TMP/runtime"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  echo -n casewatch-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export CASEWATCH_KEYRING_PASSWORD=casewatch-test
  start_postgres
  trap 'stop_postgres; rm -rf "$TEST_TMP" "$PG_DATA"' EXIT
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${CASEWATCH_TEST_JOBS:-2}" "$@"
}

PG_DATA=""
start_postgres() {
  local pgbin port
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pgbin" ] || { echo "PostgreSQL is not installed; run ./dev.sh deps" >&2; return 1; }
  port=$(( 20000 + RANDOM % 20000 ))
  PG_DATA=$(mktemp -d "${TMPDIR:-/tmp}/casewatch-pg.XXXXXX")
  chmod 755 "$PG_DATA"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DATA"
    as=(su postgres -s /bin/sh -c)
  else
    as=(sh -c)
  fi
  "${as[@]}" "$pgbin/initdb -D $PG_DATA/data -U postgres -A trust --no-sync -E UTF8" >/dev/null
  # TLS with a certificate of the tests' own authority, issued to "localhost" only (tst_pgtls:
  # verify-full refuses it without that root, accepts it with, and refuses 127.0.0.1 by name).
  local tls="$PG_DATA/tls"
  mkdir -p "$tls"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=CaseWatch test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost\n' > "$tls/ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
    -extfile "$tls/ext" -out "$tls/server.crt" 2>/dev/null
  chmod 600 "$tls/server.key"
  [ "$(id -u)" -ne 0 ] || chown -R postgres: "$tls"
  chmod 644 "$tls/ca.crt"
  "${as[@]}" "$pgbin/pg_ctl -D $PG_DATA/data -l $PG_DATA/log -w -o '-p $port -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key' start" >/dev/null
  export CASEWATCH_TEST_POSTGRES_CA="$tls/ca.crt"
  "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE casewatch_test" >/dev/null
  export CASEWATCH_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/casewatch_test"
  PG_BIN="$pgbin"
}

stop_postgres() {
  [ -n "$PG_DATA" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DATA/data -m immediate stop" >/dev/null 2>&1 || true
  else
    "$PG_BIN/pg_ctl" -D "$PG_DATA/data" -m immediate stop >/dev/null 2>&1 || true
  fi
}

verb=${1:-}
shift || true
case "$verb" in
  deps) deps ;;
  build) deps; build ;;
  run)
    deps; build
    exec "$BUILD_DIR/app/casewatch" "$@" ;;
  test)
    deps; build
    exec dbus-run-session -- "$0" _tests_in_session "$@" ;;
  bench)
    deps; build
    for b in "$BUILD_DIR"/bench/bench_*; do
      [ -x "$b" ] || continue
      echo "== $(basename "$b")"
      "$b" "$@"
    done ;;
  _tests_in_session) tests_in_session "$@" ;;
  *)
    echo "usage: ./dev.sh run | test | bench | deps | build" >&2
    exit 2 ;;
esac
