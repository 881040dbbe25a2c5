#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <memory>

namespace cw::test {

inline const QString kSecret = QStringLiteral("s3cr3t-shared-with-the-crm");

// The webhook receiver process (tests/helpers/webhook_receiver.cpp): a firm's endpoint that
// verifies signatures, can fail its first requests, and can be killed and started again.
class Receiver
{
public:
    explicit Receiver(QString logPath) : m_log(std::move(logPath)) { }
    ~Receiver() { kill(); }

    bool start(int failFirst, const QString &secret = kSecret)
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral(CASEWATCH_WEBHOOK_RECEIVER),
                         {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--fail-first"),
                          QString::number(failFirst), QStringLiteral("--log"), m_log});
        if (!m_process->waitForStarted(5000))
            return false;
        m_process->write(secret.toUtf8() + '\n');
        m_process->closeWriteChannel();
        if (!QTest::qWaitFor([&] { return m_process->canReadLine(); }, 10000))
            return false;
        const QByteArray line = m_process->readLine().trimmed();
        if (!line.startsWith("LISTENING "))
            return false;
        m_port = line.mid(10).toInt();
        return true;
    }
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port)); }

    // Every request the receiver saw, in order.
    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> out;
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }
    QList<QJsonObject> accepted() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &r : requests()) {
            if (r.value(u"answer").toInt() == 200)
                out << r;
        }
        return out;
    }

private:
    QString m_log;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace cw::test
