# Fails the build when a file under core/ includes a QtGui or QtWidgets header. The notice reader
# (core/import, its own library) is the one exception, and only for QtGui's image classes: it
# decodes photos and scans into gray pixels for OCR (docs/ARCHITECTURE.md §1).
# Run as: cmake -DROOT=<core dir> -P CheckCoreLayer.cmake
file(GLOB_RECURSE _sources "${ROOT}/*.h" "${ROOT}/*.cpp")
set(_gui_classes
  QWidget QApplication QMainWindow QDialog QLabel QPushButton QLineEdit QMessageBox QAction QMenu
  QSystemTrayIcon QGuiApplication QImage QPixmap QIcon QPainter QColor QFont QPalette QScreen QWindow
  QClipboard QDesktopServices QAbstractButton QTableView QTreeView QListView QLayout)
list(JOIN _gui_classes "|" _class_alternatives)
set(_pattern "#[ \t]*include[ \t]*[<\"](Qt(Gui|Widgets|PdfWidgets)/|(${_class_alternatives})[>\"])")
set(_violations "")
foreach(_file IN LISTS _sources)
  file(STRINGS "${_file}" _hits REGEX "${_pattern}")
  foreach(_hit IN LISTS _hits)
    if(_file MATCHES "/import/[^/]+$" AND _hit MATCHES "[<\"](QImage|QImageReader|QTransform)[>\"]")
      continue()
    endif()
    string(APPEND _violations "\n  ${_file}: ${_hit}")
  endforeach()
endforeach()
if(_violations)
  message(FATAL_ERROR "core/ must not include GUI headers (docs/ARCHITECTURE.md §1):${_violations}")
endif()
