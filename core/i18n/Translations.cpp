#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "casewatch.core.i18n")

namespace cw {

QLocale Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale asked = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QLocale locale = localeFor(QLocale::languageToCode(asked.language()));
    QLocale::setDefault(locale);

    for (QTranslator *old :
         app.findChildren<QTranslator *>(QStringLiteral("casewatchTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto load = [&app](const QLocale &loc, const QString &name, const QString &dir) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("casewatchTranslator"));
        if (translator->load(loc, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
        } else {
            qCDebug(lcI18n) << "no translation" << name << "for" << loc.name() << "in" << dir;
            delete translator;
        }
    };
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(locale, QStringLiteral("casewatch"), QStringLiteral(":/i18n"));
    return locale;
}

QLocale Translations::localeFor(const QString &language)
{
    // A US firm's conventions in either language: US Spanish (es_US: 14,400; "3 nov 2026") rather
    // than Spain's (14.400), US English.
    if (language.startsWith(u"es"))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace cw
