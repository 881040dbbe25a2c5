#pragma once

#include "Result.h"
#include "updates/EmailMessage.h"
#include "updates/MessageTemplates.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cw {

class Database;

// A letter to a client about one case (or, for a digest, all of a client's cases).
struct ClientUpdate
{
    qint64 id = 0; // 0: a fresh draft, not stored yet
    qint64 caseId = 0; // 0 for a digest
    qint64 profileId = 0;
    qint64 statusEventId = 0; // the change it tells about (0: asked for by hand, or a digest)
    QString kind = QStringLiteral("status"); // status | manual | digest
    QString receipt;
    QString clientName;
    QString email;
    QString language; // "en" | "es"
    QString category;
    QString subject;
    QString body;
    // A Spanish letter for a status USCIS gave no Spanish text for: the status is written in the
    // template's own words for the category. The desk says so to the paralegal.
    bool spanishFallback = false;
    int changes = 1; // status changes it tells about (a digest: several)
    QString sentAt; // ISO 8601 UTC, empty while not sent
    QString sentBy;

    EmailMessage message() const { return EmailMessage{clientName, email, subject, body}; }
};

// Client updates: the firm's templates (in the database, so every desktop on a shared database uses
// the same; the built-in ones otherwise), a draft for each alerting status change and on demand,
// "mark as sent" recorded once (with the audit log), and a digest per client.
class ClientUpdates final
{
    Q_DECLARE_TR_FUNCTIONS(ClientUpdates)

public:
    explicit ClientUpdates(const Database &db) : m_db(db) { }

    // The template in use for a category and language: the firm's, else the built-in one.
    Result<MessageTemplate> templateFor(const QString &category, const QString &language) const;
    Result<bool> hasFirmTemplate(const QString &category) const;
    // Saves a category's English and Spanish templates together, after MessageTemplates::checkPair.
    Status saveTemplates(const QString &category, const MessageTemplate &en, const MessageTemplate &es);
    Status resetTemplates(const QString &category);

    // A draft about a case's current status (or the status of `statusEventId`); `language` empty:
    // the client's own.
    Result<ClientUpdate> draft(qint64 caseId, const QString &language = {}, qint64 statusEventId = 0) const;
    // What waits to be sent: drafts saved and not sent, and a fresh draft for each status change in
    // `alertCategories` recorded since client updates began in this database that has none yet.
    Result<QList<ClientUpdate>> toSend(const QStringList &alertCategories) const;
    // Stores a draft (new or edited); returns it with its id.
    Result<ClientUpdate> save(const ClientUpdate &update);
    // Marks a stored letter as sent: true the first time, false when it already was.
    Result<bool> markSent(qint64 id);
    // A digest that went out: it is no one change, so the audit log alone keeps it.
    Status recordDigestSent(const ClientUpdate &digest);
    // The last letter marked as sent for a case (sentAt empty when none was).
    Result<ClientUpdate> lastSent(qint64 caseId) const;
    // One letter per client with status changes since `since` (a day, the client's own time zone
    // being unknown: UTC), covering all their cases, in each client's language.
    Result<QList<ClientUpdate>> digest(const QDate &since) const;

    static QString formName(const QString &formType, const QString &language);
    static QString categoryWords(const QString &category, const QString &language);

private:
    const Database &m_db;
};

} // namespace cw
