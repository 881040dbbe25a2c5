#!/bin/sh
# Takes the README's screenshots from the real app under Xvfb, on the offline demo, with a
# throwaway home (settings, keyring and data): the welcome page of a first run (over the demo),
# then the main window on an RFE case in English and in Spanish, and the timeline cut from each.
# Needs ImageMagick (apt-get install imagemagick) besides what ./dev.sh installs.
set -eu
cd "$(dirname "$0")/.."
APP=${APP:-build/app/casewatch}
OUT=docs/screenshots
command -v import >/dev/null || { echo "screenshots.sh: install imagemagick first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # output seconds args...
  out=$1; wait=$2; shift 2
  HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c '
      out=$1; wait=$2; shift 2
      "$@" & pid=$!
      sleep "$wait"; import -window root "$out"
      kill $pid; wait $pid 2>/dev/null || true' sh "$out" "$wait" "$APP" "$@" 2>/dev/null
}

mkdir -p "$work/home/.config/CaseWatch"
shoot "$OUT/welcome.png" 5
for lang in en es; do
  printf '[api]\nenvironment=demo\n' > "$work/home/.config/CaseWatch/CaseWatch.conf"
  CASEWATCH_LANGUAGE=$lang shoot "$work/main-$lang.png" 7 --case EAC9999103403
  convert "$work/main-$lang.png" -crop 1058x290+222+345 +repage "$OUT/timeline-$lang.png"
done
# The team features (My Cases, tasks, Tracking Health) from the real widgets, offscreen, on a
# database seeded like the demo with some status changes (tests/helpers/team_screens.cpp).
[ -n "${TEAM_SCREENS:-}" ] || cmake --build build --target team_screens >/dev/null
for lang in en es; do
  ${TEAM_SCREENS:-build/tests/team_screens} "$lang" "$OUT"
done
cp "$work/main-en.png" "$OUT/main-window.png"
cp "$work/main-es.png" "$OUT/main-window-es.png"
echo "screenshots written to $OUT"
