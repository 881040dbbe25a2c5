#!/usr/bin/env bash
# Builds the .deb, installs it on this machine (CI's machine is throwaway), starts the installed
# casewatch-cli and the installed GUI offscreen, validates the desktop entry and the AppStream
# metainfo, and removes the package again.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CASEWATCH_BUILD_DIR:-build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
deb=$(ls -t "$BUILD_DIR"/casewatch_*.deb | head -1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends

cleanup() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q casewatch >/dev/null 2>&1 || true; }
trap cleanup EXIT
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/dev/null

version=$(/usr/bin/casewatch-cli --version)
expected=$(grep -m1 -oP 'project\(CaseWatch VERSION \K[0-9.]+' CMakeLists.txt)
[ "$version" = "casewatch-cli $expected" ] || { echo "installed casewatch-cli says '$version', expected $expected" >&2; exit 1; }
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/casewatch --version 2>/dev/null | head -1)
[ "$gui_version" = "CaseWatch $expected" ] || { echo "installed casewatch says '$gui_version', expected $expected" >&2; exit 1; }
echo "installed: $version; $gui_version"

home=$(mktemp -d)
# start_gui LABEL: runs the installed GUI offscreen with a throwaway home for a few seconds.
start_gui() {
  XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen /usr/bin/casewatch &
  gui=$!
  sleep 4
  if ! kill -0 "$gui" 2>/dev/null; then
    echo "the installed GUI did not stay up ($1)" >&2
    exit 1
  fi
  kill "$gui"
  wait "$gui" 2>/dev/null || true
}
# A first run opens on the offline demo (the welcome page on top): the demo's own database, and
# not the firm's.
start_gui "first run"
[ -f "$home/data/CaseWatch/casewatch-demo.sqlite" ] || { echo "the installed GUI did not open its demo database" >&2; exit 1; }
[ ! -e "$home/data/CaseWatch/casewatch.sqlite" ] || { echo "the installed GUI wrote the firm's database on a first run" >&2; exit 1; }
rm -rf "$home"
echo "installed GUI started offscreen on the demo (first run) and quit"

desktop-file-validate /usr/share/applications/io.github.casewatch.CaseWatch.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.casewatch.CaseWatch.metainfo.xml
if command -v systemd-analyze >/dev/null; then
  # The polling server's unit: no unknown or invalid setting (the files it names are the firm's own,
  # so "missing file" notes are expected here), and the command it runs.
  unit=/usr/lib/systemd/system/casewatch-poll.service
  if systemd-analyze verify "$unit" 2>&1 | grep -Ei "unknown|invalid|failed to parse|bad "; then
    echo "casewatch-poll.service has settings systemd does not accept" >&2; exit 1
  fi
  grep -q "^ExecStart=/usr/bin/casewatch-cli .* poll --daemon$" "$unit"
  echo "polling server unit: accepted by systemd-analyze verify"
fi
[ -f /usr/share/icons/hicolor/256x256/apps/casewatch.png ] && [ -f /usr/share/icons/hicolor/scalable/apps/casewatch.svg ]
cleanup
trap - EXIT
[ ! -e /usr/bin/casewatch-cli ] || { echo "casewatch-cli is still installed after removal" >&2; exit 1; }
echo "package: installed, started, validated and removed"
