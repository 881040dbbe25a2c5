# What the Windows (NSIS) and macOS (DragNDrop) packages carry beside CaseWatch's own executables,
# and the step that copies it into the install tree. Run by `cmake --install` (install(CODE) in
# packaging/CMakeLists.txt) on those platforms, and by scripts/check-installers.sh here, against a
# stand-in of the vcpkg/Homebrew tree, as a dry run that lists what each package would hold.
#
# Inputs: STAGE_PLATFORM (windows | macos), STAGE_SDK (the vcpkg triplet dir or the Homebrew prefix),
# STAGE_TESSDATA (a folder holding eng.traineddata and osd.traineddata), STAGE_DESTDIR (the install
# tree: its bin/ on Windows, the CaseWatch.app bundle on macOS), STAGE_RUNTIME (Windows: the folder of
# the MSVC runtime DLLs; empty when InstallRequiredSystemLibraries installs them).
# Every pattern must match at least one file, or the package is refused: an installer that lacks
# QtKeychain or Tesseract would start and then fail on a client's desktop.

set(CASEWATCH_WINDOWS_LIBRARIES   # from vcpkg's bin/
    "qt6keychain.dll" "tesseract*.dll" "leptonica*.dll" "libpng16.dll" "jpeg62.dll" "tiff.dll" "zlib1.dll"
    "libwebp.dll" "libsharpyuv.dll" "gif.dll" "openjp2.dll" "liblzma.dll" "archive.dll" "bz2.dll" "lz4.dll"
    "zstd.dll" "libcurl.dll" "libcrypto-3-x64.dll" "libssl-3-x64.dll")
set(CASEWATCH_WINDOWS_RUNTIME     # the compiler's runtime
    "vcruntime140.dll" "vcruntime140_1.dll" "msvcp140.dll")
set(CASEWATCH_MACOS_LIBRARIES     # from Homebrew's lib/, into Contents/Frameworks
    "libqt6keychain*.dylib" "libtesseract*.dylib" "libleptonica*.dylib" "libpng16*.dylib" "libjpeg*.dylib"
    "libtiff*.dylib" "libwebp*.dylib" "libsharpyuv*.dylib" "libgif*.dylib" "libopenjp2*.dylib" "libarchive*.dylib"
    "liblzma*.dylib" "libzstd*.dylib" "liblz4*.dylib")
set(CASEWATCH_TESSDATA "eng.traineddata" "osd.traineddata")

function(_casewatch_stage from patterns to)
  foreach(pattern IN LISTS patterns)
    file(GLOB found LIST_DIRECTORIES false "${from}/${pattern}")
    if(NOT found)
      message(FATAL_ERROR "The package needs ${pattern}, and ${from} has none: install it (see the README), then package again.")
    endif()
    file(COPY ${found} DESTINATION "${to}" FOLLOW_SYMLINK_CHAIN)
  endforeach()
endfunction()

if(STAGE_PLATFORM STREQUAL "windows")
  _casewatch_stage("${STAGE_SDK}/bin" "${CASEWATCH_WINDOWS_LIBRARIES}" "${STAGE_DESTDIR}")
  if(STAGE_RUNTIME)
    _casewatch_stage("${STAGE_RUNTIME}" "${CASEWATCH_WINDOWS_RUNTIME}" "${STAGE_DESTDIR}")
  endif()
  _casewatch_stage("${STAGE_TESSDATA}" "${CASEWATCH_TESSDATA}" "${STAGE_DESTDIR}/tessdata")
elseif(STAGE_PLATFORM STREQUAL "macos")
  _casewatch_stage("${STAGE_SDK}/lib" "${CASEWATCH_MACOS_LIBRARIES}" "${STAGE_DESTDIR}/Contents/Frameworks")
  _casewatch_stage("${STAGE_TESSDATA}" "${CASEWATCH_TESSDATA}" "${STAGE_DESTDIR}/Contents/Resources/tessdata")
elseif(STAGE_PLATFORM)
  message(FATAL_ERROR "StageRuntime.cmake: STAGE_PLATFORM is windows or macos, not ${STAGE_PLATFORM}")
endif()
