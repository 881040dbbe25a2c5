# Fails the build when a file under core/ includes a QtGui or QtWidgets header.
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
    string(APPEND _violations "\n  ${_file}: ${_hit}")
  endforeach()
endforeach()
if(_violations)
  message(FATAL_ERROR "core/ must not include GUI headers (DESIGN.md §2):${_violations}")
endif()
