#!/usr/bin/env bash
# Fails when a POSIX-, Linux- or Windows-only header or call stands outside a platform guard in
# app/, core/, ui/ or bench/: such code must sit inside #if Q_OS_… / _WIN32 / __APPLE__ / __linux__
# blocks (their #else branches count as guarded too), with a counterpart or a clear "not on this
# platform" for the others. `--self-test` checks that the scan catches a planted violation.
set -euo pipefail
cd "$(dirname "$0")/.."

scan() {
  awk '
    function guarded(   i) { for (i = 1; i <= depth; ++i) if (stack[i]) return 1; return 0 }
    FNR == 1 { depth = 0 }
    /^[ \t]*#[ \t]*if/ {
      depth++
      stack[depth] = ($0 ~ /Q_OS_|_WIN32|_MSC_VER|__APPLE__|__unix__|__linux__|__FreeBSD__/) ? 1 : 0
      next
    }
    /^[ \t]*#[ \t]*(elif|else)/ { next }
    /^[ \t]*#[ \t]*endif/ { if (depth > 0) depth--; next }
    {
      line = $0
      sub(/\/\/.*/, "", line)
      if (line ~ /#[ \t]*include[ \t]*<(unistd\.h|termios\.h|pwd\.h|grp\.h|dlfcn\.h|fcntl\.h|poll\.h|pthread\.h|sys\/[a-z_]+\.h|windows\.h|psapi\.h|io\.h|conio\.h)>/ ||
          line ~ /(^|[^A-Za-z_:.>])(isatty|tcgetattr|tcsetattr|getrusage|fork|execv[pe]?|getuid|geteuid|umask|chmod|getpid|setrlimit|getrlimit|SetConsoleMode|GetConsoleMode)[ \t]*\(/ ||
          line ~ /"\/proc\//) {
        if (!guarded()) { printf "%s:%d: outside a platform guard: %s\n", FILENAME, FNR, $0; bad = 1 }
      }
    }
    END { exit bad }
  ' "$@"
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  printf '#include <unistd.h>\nint f() { return isatty(0); }\n' > "$tmp/bad.cpp"
  printf '#ifdef Q_OS_UNIX\n#include <unistd.h>\n#else\n#include <io.h>\n#endif\n' > "$tmp/good.cpp"
  if scan "$tmp/bad.cpp" >/dev/null; then echo "portability: the scan missed a planted violation" >&2; exit 1; fi
  scan "$tmp/good.cpp" || { echo "portability: the scan flagged guarded code" >&2; exit 1; }
  echo "portability: self-test ok"
  exit 0
fi

mapfile -t files < <(find app core ui bench -name '*.cpp' -o -name '*.h' | sort)
if scan "${files[@]}"; then
  echo "portability: no platform-only header or call outside a platform guard (${#files[@]} files)"
else
  echo "portability: put the lines above behind a platform guard, with a counterpart for the other platforms" >&2
  exit 1
fi
