#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cw {

// Installs CaseWatch's own translations and Qt's base translations for one language.
class Translations final
{
public:
    // `language` is "en", "es" or empty for the system's language. Returns the locale in use,
    // which also becomes QLocale's default so that dates and numbers follow the language.
    static QLocale install(QCoreApplication &app, const QString &language);
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    // The one place a language becomes a locale: "es" → es_US, anything else → en_US.
    static QLocale localeFor(const QString &language);
};

} // namespace cw
