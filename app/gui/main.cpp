// casewatch: the desktop application. The composition root is `Desk`; this file only sets up
// the application, its language and its command line.
#include "Desk.h"

#include "i18n/Translations.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

namespace {

struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Debug output only when asked for (QT_LOGGING_RULES="casewatch.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("casewatch.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationVersion(QStringLiteral(CASEWATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.casewatch.CaseWatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/casewatch/icons/casewatch.svg")));

    cw::Settings settings;
    const QString forcedLanguage = qEnvironmentVariable("CASEWATCH_LANGUAGE");
    cw::Translations::install(app, forcedLanguage.isEmpty() ? settings.language() : forcedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Track USCIS cases for your clients."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Gui::tr("The SQLite database file to open."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption caseOption(QStringLiteral("case"), Gui::tr("Open on this case (a receipt number)."),
                                        QStringLiteral("RECEIPT"));
    parser.addOption(caseOption);
    parser.process(app);

    cw::DeskOptions options;
    options.databasePath = parser.value(dbOption);
    options.openReceipt = parser.value(caseOption);
    cw::KeychainCredentialStore credentials;
    cw::Desk desk(settings, credentials, options);
    int exitCode = 0;
    QObject::connect(&desk, &cw::Desk::quitRequested, &app, [&exitCode](int code) {
        exitCode = code;
        QApplication::exit(code);
    });
    if (!desk.start())
        return 2;
    const int result = QApplication::exec();
    return exitCode != 0 ? exitCode : result;
}
