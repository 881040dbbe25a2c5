#!/usr/bin/env bash
# CI: the code's structure (docs/ARCHITECTURE.md §1).
#  - No include cycle between core's folders: each folder's includes of another folder
#    ("folder/File.h") make an edge; the graph must have no cycle.
#  - No source file over 500 lines.
#  - With a build directory: casewatch-cli's dynamic dependencies hold no Qt6Widgets, and Qt6Gui
#    only as the README explains (QtPdf, which reads notices, needs it).
# --self-test: shows that each check fails on a planted problem.
set -euo pipefail
cd "$(dirname "$0")/.."

check_cycles() { # $1: the core directory
    python3 - "$1" <<'PY'
import os, re, sys
core = sys.argv[1]
folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
edges = {f: set() for f in folders}
where = {}
for f in folders:
    for name in os.listdir(os.path.join(core, f)):
        if not name.endswith(('.h', '.cpp')):
            continue
        with open(os.path.join(core, f, name), encoding='utf-8') as src:
            for line in src:
                m = re.match(r'\s*#\s*include\s+"([a-z_]+)/', line)
                if m and m.group(1) in edges and m.group(1) != f:
                    edges[f].add(m.group(1))
                    where.setdefault((f, m.group(1)), f"{f}/{name}")
state, stack, bad = {}, [], []
def visit(n):
    state[n] = 1; stack.append(n)
    for m in sorted(edges[n]):
        if state.get(m) == 1:
            cyc = stack[stack.index(m):] + [m]
            bad.append(" -> ".join(cyc) + "   (" + ", ".join(where[(a, b)] for a, b in zip(cyc, cyc[1:])) + ")")
        elif m not in state:
            visit(m)
    stack.pop(); state[n] = 2
for n in folders:
    if n not in state:
        visit(n)
for b in bad:
    print(f"include cycle between core folders: {b}")
sys.exit(1 if bad else 0)
PY
}

check_sizes() { # $@: directories
    local bad=0 f n
    while IFS= read -r f; do
        n=$(wc -l < "$f")
        if (( n > 500 )); then
            echo "$f: $n lines (at most 500: split it)"
            bad=1
        fi
    done < <(find "$@" \( -name '*.cpp' -o -name '*.h' \) -type f | sort)
    return $bad
}

check_cli_libs() { # $1: casewatch-cli, $2: README
    local libs
    libs=$(ldd "$1" | awk '{print $1}')
    if grep -q 'libQt6Widgets' <<<"$libs"; then
        echo "$1 links Qt6Widgets: the command line must not"
        return 1
    fi
    if grep -q 'libQt6Gui' <<<"$libs" && ! grep -q 'casewatch-cli links Qt6Gui' "$2"; then
        echo "$1 links Qt6Gui and the README does not say why (a line saying 'casewatch-cli links Qt6Gui …')"
        return 1
    fi
    echo "casewatch-cli: Qt libraries: $(grep -o 'libQt6[A-Za-z]*' <<<"$libs" | sort -u | tr '\n' ' ')"
}

self_test() {
    local tmp
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' RETURN
    mkdir -p "$tmp/core/a" "$tmp/core/b" "$tmp/core/c"
    printf '#include "b/B.h"\n' > "$tmp/core/a/A.h"
    printf '#include "c/C.h"\n' > "$tmp/core/b/B.h"
    printf '#include "domain/X.h"\n' > "$tmp/core/c/C.h"
    check_cycles "$tmp/core" >/dev/null || { echo "self-test: an acyclic graph was refused"; return 1; }
    printf '#include "a/A.h"\n' >> "$tmp/core/c/C.h"
    if check_cycles "$tmp/core" >/dev/null; then echo "self-test: the cycle a -> b -> c -> a was not found"; return 1; fi
    seq 501 > "$tmp/core/a/Long.cpp"
    if check_sizes "$tmp/core" >/dev/null; then echo "self-test: a 501-line file was not found"; return 1; fi
    echo "check-structure self-test: a cycle and a long file are caught"
}

if [[ "${1:-}" == "--self-test" ]]; then
    self_test
    exit
fi
status=0
check_cycles core || status=1
check_sizes core ui app tests bench fuzz || status=1
build="${1:-}"
if [[ -n "$build" ]]; then
    check_cli_libs "$build/app/casewatch-cli" README.md || status=1
fi
[[ $status == 0 ]] && echo "check-structure: no include cycle between core folders, no file over 500 lines"
exit $status
