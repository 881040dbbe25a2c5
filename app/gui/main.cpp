// casewatch: the desktop application. This is the composition root: the services are built here
// once and handed to the windows through their constructors.
#include "MainWindow.h"

#include "i18n/Translations.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Debug output only when asked for (QT_LOGGING_RULES="casewatch.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("casewatch.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationVersion(QStringLiteral(CASEWATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("casewatch"));
    cw::Translations::install(app, qEnvironmentVariable("CASEWATCH_LANGUAGE"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Track USCIS cases for your clients."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The SQLite database file to open."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + QStringLiteral("/casewatch.sqlite");
    auto opened = cw::Database::openSqlite(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CaseWatch cannot start"),
                              opened.error().message);
        return 2;
    }
    const std::unique_ptr<cw::Database> db = std::move(opened).value();
    cw::ProfileStore profiles(*db);
    cw::CaseStore cases(*db);

    cw::MainWindow window(profiles, cases);
    window.show();
    return QApplication::exec();
}
