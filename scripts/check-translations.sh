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
# The Spanish glossary (translations/GLOSSARY.md): words that must not appear in a translation.
glossary_bad=$(python3 - <<'PY'
import re, xml.etree.ElementTree as ET
forbidden = [r'\bla firma\b(?! del)', r'\bdel? (?:mi |su )?firma\b(?! del)(?!ad)', r'(?i)\bañad', r'\bequipos?\b', r'\bordenador',
             r'\bsandbox\b(?! o | y |, |\b[a-z-]*[=/])', r'«', r'»', r'\bemitid[ao]s?\b', r'\bIngres[ea]\b', r'(?<!Aviso de )\b[Ii]ntención de [Dd]enegar',
             r'\bRFE\b', r'\btú\b']
allowed = [r'(?i)secreto de firma', r'firmado', r'firmada', r'firmados']
out = []
for ctx in ET.parse('translations/casewatch_es.ts').getroot().iter('context'):
    for m in ctx.iter('message'):
        t = m.find('translation')
        texts = [t.text or ''] + [n.text or '' for n in t.iter('numerusform')]
        for text in texts:
            probe = text
            for a in allowed:
                probe = re.sub(a, '', probe)
            for f in forbidden:
                if re.search(f, probe):
                    out.append(f'{f}: {text[:120]}')
for line in out:
    print(line)
PY
)
if [ -n "$glossary_bad" ]; then
  echo "Spanish strings that break translations/GLOSSARY.md:" >&2
  echo "$glossary_bad" >&2
  status=1
fi
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
