#pragma once

#include <QHash>
#include <QString>

namespace cw {

// One shared copy of each distinct text: thousands of case rows carry the same few statuses,
// forms and client names. Copies handed out share their data (and so their constData()).
class TextInterner final
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return {};
        auto it = m_seen.constFind(text);
        if (it == m_seen.constEnd())
            it = m_seen.insert(text, text);
        return *it;
    }
    qsizetype size() const { return m_seen.size(); }
    // Each distinct text once (as keys and values alike).
    const QHash<QString, QString> &texts() const { return m_seen; }

private:
    QHash<QString, QString> m_seen;
};

} // namespace cw
