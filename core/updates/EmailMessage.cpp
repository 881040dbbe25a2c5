#include "updates/EmailMessage.h"

#include <QLocale>
#include <QUrlQuery>

namespace cw {

namespace {

// RFC 2047: a header text that is not plain ASCII goes as =?UTF-8?B?…?= words, each short enough
// for a 76-character line, never splitting a character (a surrogate pair stays together).
QByteArray encodedWords(const QString &text)
{
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
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        // 36 bytes of UTF-8 make 48 of base64: with the markers and a header name, within 76.
        if ((chunk + character).toUtf8().size() > 36)
            flush();
        chunk += character;
        i += length;
    }
    flush();
    return out;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// A display name in a To: header: plain ASCII as an RFC 5322 quoted string (a comma or a quote
// in a client's name must not split it), anything else as encoded words.
QByteArray displayName(const QString &name)
{
    if (!isPlainAscii(name))
        return encodedWords(name);
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

QByteArray headerText(const QString &text)
{
    return isPlainAscii(text) ? text.toLatin1() : encodedWords(text);
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
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                   QString(body).replace(u'\n', QStringLiteral("\r\n")))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QByteArray EmailMessage::eml(const QDateTime &date) const
{
    QByteArray out;
    // An address with a line break or a non-ASCII character cannot go in the header (a profile's
    // email is checked when saved; this guards the file anyway): the letter is then addressed by hand.
    const QString address = toAddress.trimmed();
    if (!address.isEmpty() && isPlainAscii(address) && !address.contains(u'<') && !address.contains(u'>'))
        out +=
            "To: " + (toName.isEmpty() ? QByteArray() : displayName(toName) + " ") + "<" + address.toLatin1() + ">\r\n";
    out += "Subject: " + headerText(subject) + "\r\n";
    const int offset = date.offsetFromUtc() / 60;
    out += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
           + QStringLiteral(" %1%2%3")
                 .arg(QChar(offset < 0 ? u'-' : u'+'))
                 .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                 .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'))
                 .toLatin1()
           + "\r\n";
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
