#include "updates/EmailMessage.h"

#include <QLocale>
#include <QUrlQuery>

namespace cw {

namespace {

// RFC 2047: a header text that is not plain ASCII goes as =?UTF-8?B?…?= words of at most 75 chars.
QByteArray encodedWords(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    QByteArray out;
    QString chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (QChar c : text) {
        // 36 bytes of UTF-8 make 48 of base64: with the markers and a header name, within 76 characters.
        if ((chunk + c).toUtf8().size() > 36)
            flush();
        chunk += c;
    }
    flush();
    return out;
}

} // namespace

QUrl EmailMessage::mailto() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(toAddress);
    QUrlQuery query;
    // Line breaks as CRLF (RFC 6068); every reserved character percent-encoded.
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(subject)));
    query.addQueryItem(QStringLiteral("body"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString(body).replace(u'\n', QStringLiteral("\r\n")))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QByteArray EmailMessage::eml(const QDateTime &date) const
{
    QByteArray out;
    if (!toAddress.isEmpty())
        out += "To: " + (toName.isEmpty() ? QByteArray() : encodedWords(toName) + " ") + "<" + toAddress.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWords(subject) + "\r\n";
    const int offset = date.offsetFromUtc() / 60;
    out += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           QStringLiteral(" %1%2%3").arg(QChar(offset < 0 ? u'-' : u'+')).arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0')).arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0')).toLatin1() +
           "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "X-Unsent: 1\r\n";
    out += "\r\n";
    const QByteArray encoded = QString(body).replace(u'\n', QStringLiteral("\r\n")).toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace cw
