#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace cw {

// A letter ready for the firm's email program: a mailto: link (subject and body filled in) and an
// RFC 5322 .eml file (UTF-8 subject as an RFC 2047 encoded word, UTF-8 body in base64, and
// X-Unsent so that Outlook opens it as a draft to send).
struct EmailMessage
{
    QString toName;
    QString toAddress;
    QString subject;
    QString body;

    QUrl mailto() const;
    QByteArray eml(const QDateTime &date = QDateTime::currentDateTime()) const;
};

} // namespace cw
