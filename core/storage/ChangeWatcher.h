#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cw {

class Database;

// Notices changes another desktop made to a shared database: a cheap look, every few seconds, at
// the newest status event, the newest check, the number of cases and the newest audited edit.
// Cases added or removed, or a profile or case edited (every edit is audited): changed() (read
// everything again); only checks and events: casesChanged() with those cases, so a window of
// 100,000 rows updates a few in place.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(const Database &db, int intervalMs = 15000, QObject *parent = nullptr);

    void start();
    void check();

signals:
    void changed();
    void casesChanged(const QList<qint64> &caseIds);

private:
    struct Fingerprint
    {
        QString newestEvent;
        QString newestCheck;
        QString caseCount;
        QString newestEdit;
        bool operator==(const Fingerprint &) const = default;
    };
    Fingerprint fingerprint() const;

    const Database &m_db;
    QTimer m_timer;
    Fingerprint m_last;
};

} // namespace cw
