#pragma once

#include <QString>

namespace cw {

// A USCIS form number as written ("I-485", "I485", "Form I-485", "n-400") reduced to one spelling
// ("I485"), so that a form typed by a person and the form USCIS reports can be compared.
inline QString formKey(const QString &form)
{
    QString key;
    for (const QChar c : form.trimmed().toUpper())
        if (c.isLetterOrNumber())
            key += c;
    if (key.startsWith(u"FORM"))
        key.remove(0, 4);
    return key;
}

// True when both are known and name different forms: a common data-entry slip (a receipt number
// typed under the wrong case, or the wrong form chosen).
inline bool formsDiffer(const QString &recorded, const QString &uscis)
{
    const QString a = formKey(recorded);
    const QString b = formKey(uscis);
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

} // namespace cw
