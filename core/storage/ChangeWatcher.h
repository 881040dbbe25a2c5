#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace cw {

class Database;

// Notices changes another desktop made to a shared database: a cheap look, every few seconds, at
// the newest status event and the newest check. Emits changed() when either moved.
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

private:
    QString fingerprint() const;

    const Database &m_db;
    QTimer m_timer;
    QString m_last;
};

} // namespace cw
