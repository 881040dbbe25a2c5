#!/usr/bin/env bash
# Fails when a .ts file has unfinished or vanished entries, or when the sources hold a string the
# committed .ts files do not (run lupdate into a copy and compare).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
status=0
for ts in translations/casewatch_en.ts translations/casewatch_es.ts; do
  n=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$ts" || true)
  if [ "$n" -gt 0 ]; then
    echo "$ts: $n unfinished or vanished entries" >&2
    status=1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/casewatch_es.ts "$tmp/check_es.ts"
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
"$LUPDATE" -no-obsolete -locations none -I core -I ui "${sources[@]}" -ts "$tmp/check_es.ts" >/dev/null
n=$(grep -c 'type="unfinished"' "$tmp/check_es.ts" || true)
if [ "$n" -gt 0 ]; then
  echo "The sources have $n user-visible strings that translations/*.ts lack:" >&2
  grep -B2 'type="unfinished"' "$tmp/check_es.ts" | grep '<source>' >&2 || true
  echo "Run: cmake --build build --target update_translations, then translate them." >&2
  status=1
fi
[ $status -eq 0 ] && echo "translations: complete in English and Spanish"
exit $status
