#!/usr/bin/env bash
# A dry run of the Windows (NSIS) and macOS (DragNDrop) packages' runtime step on this Linux machine:
# packaging/StageRuntime.cmake — the same file `cmake --install` runs on those platforms — staged
# from stand-ins of a vcpkg triplet folder, Homebrew's prefix and the MSVC runtime folder (empty files
# named as those trees name them). Prints each package's file list and fails unless it names
# QtKeychain, Tesseract, Leptonica, the compiler runtime (Windows) and Tesseract's English data, and
# unless a missing library stops the packaging with a message. (Qt's own DLLs and plugins come from
# windeployqt / macdeployqt, which only run on their platforms.)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/vcpkg/bin" "$tmp/vcpkg/share/tessdata" "$tmp/msvc" "$tmp/brew/lib" "$tmp/brew/share/tessdata"
for f in qt6keychain.dll tesseract55.dll leptonica-1.84.1.dll libpng16.dll jpeg62.dll tiff.dll zlib1.dll libwebp.dll \
         libsharpyuv.dll gif.dll openjp2.dll liblzma.dll archive.dll bz2.dll lz4.dll zstd.dll libcurl.dll \
         libcrypto-3-x64.dll libssl-3-x64.dll; do : > "$tmp/vcpkg/bin/$f"; done
for f in vcruntime140.dll vcruntime140_1.dll msvcp140.dll; do : > "$tmp/msvc/$f"; done
for f in libqt6keychain.1.dylib libtesseract.5.dylib libleptonica.6.dylib libpng16.16.dylib libjpeg.8.dylib \
         libtiff.6.dylib libwebp.7.dylib libsharpyuv.0.dylib libgif.7.dylib libopenjp2.7.dylib libarchive.13.dylib \
         liblzma.5.dylib libzstd.1.dylib liblz4.1.dylib; do : > "$tmp/brew/lib/$f"; done
for d in "$tmp/vcpkg/share/tessdata" "$tmp/brew/share/tessdata"; do : > "$d/eng.traineddata"; : > "$d/osd.traineddata"; done

stage() { # platform sdk destdir [runtime]
  cmake -DSTAGE_PLATFORM="$1" -DSTAGE_SDK="$2" -DSTAGE_TESSDATA="$2/share/tessdata" -DSTAGE_DESTDIR="$3" \
        -DSTAGE_RUNTIME="${4:-}" -P packaging/StageRuntime.cmake
}
require() { # manifest pattern...
  local manifest=$1; shift
  for p in "$@"; do
    grep -Eq "$p" "$manifest" || { echo "installers: the package lacks $p" >&2; exit 1; }
  done
}

stage windows "$tmp/vcpkg" "$tmp/win/bin" "$tmp/msvc"
(cd "$tmp/win" && find . -type f | sort) > "$tmp/windows.txt"
require "$tmp/windows.txt" '^\./bin/qt6keychain\.dll$' '^\./bin/tesseract[0-9]*\.dll$' '^\./bin/leptonica[-.0-9]*\.dll$' \
        '^\./bin/vcruntime140\.dll$' '^\./bin/msvcp140\.dll$' '^\./bin/tessdata/eng\.traineddata$'
stage macos "$tmp/brew" "$tmp/mac/casewatch.app"
(cd "$tmp/mac" && find . -type f | sort) > "$tmp/macos.txt"
require "$tmp/macos.txt" 'Frameworks/libqt6keychain.*\.dylib$' 'Frameworks/libtesseract.*\.dylib$' \
        'Frameworks/libleptonica.*\.dylib$' 'Contents/Resources/tessdata/eng\.traineddata$'

# A tree without Leptonica must stop the packaging, with a message naming it.
rm "$tmp/vcpkg/bin/leptonica-1.84.1.dll"
if out=$(stage windows "$tmp/vcpkg" "$tmp/win2/bin" "$tmp/msvc" 2>&1); then
  echo "installers: packaging went on without Leptonica" >&2; exit 1
fi
grep -q "leptonica" <<<"$out" || { echo "installers: the refusal does not name the missing library" >&2; exit 1; }

echo "installers: Windows package runtime ($(wc -l < "$tmp/windows.txt") files):"; sed 's/^/  /' "$tmp/windows.txt"
echo "installers: macOS bundle runtime ($(wc -l < "$tmp/macos.txt") files):"; sed 's/^/  /' "$tmp/macos.txt"
echo "installers: dry run ok (QtKeychain, Tesseract, Leptonica, compiler runtime, English OCR data; a missing library refuses)"
