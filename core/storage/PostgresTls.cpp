#include "storage/PostgresTls.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace cw {

namespace {

// A libpq connection value in single quotes, backslash and quote escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

bool PostgresTls::isLocalHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/'))
        return true; // a Unix socket
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString PostgresTls::systemRootCertificates()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Debian/Ubuntu, Fedora/RHEL, openSUSE, Alpine/FreeBSD.
    for (const char *path : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                             "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"}) {
        const QString p = QString::fromLatin1(path);
        if (QFileInfo(p).isReadable())
            return p;
    }
#endif
    // macOS and Windows keep their roots in the system's own store, which libpq 15 cannot read:
    // there the firm's root certificate is named in the address (sslrootcert=) or placed where
    // PostgreSQL looks (%APPDATA%\postgresql\root.crt, ~/.postgresql/root.crt).
    return {};
}

Result<PostgresTls::Plan> PostgresTls::plan(const QUrl &url)
{
    Plan plan;
    QStringList options{QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    QString sslMode;
    QString rootCert;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Qt's driver turns ';' into the separator between settings: a value holding one is refused.
        if (value.contains(u';'))
            return Error{QStringLiteral("db.bad_url"),
                         tr("The database address's %1 contains a semicolon, which CaseWatch cannot pass on. "
                            "Move the file to a path without one.")
                             .arg(key)};
        if (key == u"sslmode") {
            if (!sslModes().contains(value))
                return Error{QStringLiteral("db.bad_url"),
                             tr("sslmode=%1 is not a PostgreSQL SSL mode. Use verify-full (the default for a "
                                "server on the network), verify-ca, require, prefer, allow or disable.")
                                 .arg(value)};
            sslMode = value;
        } else if (key == u"sslrootcert") {
            rootCert = value;
        } else if (key == u"application_name") {
            options << QStringLiteral("application_name=") + quoted(value);
        } else {
            return Error{QStringLiteral("db.bad_url"),
                         tr("The database address has a setting CaseWatch does not use (%1). It understands "
                            "sslmode, sslrootcert and application_name.")
                             .arg(key)};
        }
    }
    const bool local = isLocalHost(url.host());
    if (sslMode.isEmpty() && !local)
        sslMode = QStringLiteral("verify-full");
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + quoted(sslMode);
    if (!rootCert.isEmpty()) {
        if (!QFileInfo(rootCert).isReadable())
            return Error{QStringLiteral("db.tls_root_missing"),
                         tr("The root certificate %1 named in the database address cannot be read. Check the path "
                            "and its permissions.")
                             .arg(rootCert)};
        options << QStringLiteral("sslrootcert=") + quoted(rootCert);
    } else if (sslMode == u"verify-full") {
        // PostgreSQL's own file first (a firm's internal CA), else the system's authorities.
        const QString own = QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
        const QString system = systemRootCertificates();
        if (!QFileInfo::exists(own) && !system.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(system);
    }
    if (!local && sslMode != u"verify-full")
        plan.warning = tr("The connection to the database server %1 is not verified (sslmode=%2 in its address): "
                          "someone on the network could read or change client data. Ask the firm's IT to give the "
                          "server a certificate and remove sslmode from the address.")
                           .arg(url.host(), sslMode);
    plan.sslMode = sslMode;
    plan.connectOptions = options.join(u';');
    return plan;
}

std::optional<Error> PostgresTls::explain(const QString &driverText, const QUrl &url)
{
    const QString host = url.host();
    auto error = [](const QString &message) { return Error{QStringLiteral("db.tls"), message}; };
    static const QRegularExpression mismatch(
        QStringLiteral("server certificate for \"([^\"]*)\"( \\(and \\d+ other names?\\))? does not match host name"));
    if (const auto m = mismatch.match(driverText); m.hasMatch())
        return error(tr("The database server's certificate is for %1, not %2: someone may be in between, or the "
                        "address uses another name for the server. Use the name in its certificate in the address.")
                         .arg(m.captured(1), host));
    if (driverText.contains(u"root certificate file"))
        return error(tr("There is no root certificate to check the database server %1 with. Put the firm's root "
                        "certificate in the address (?sslrootcert=/path/to/root.crt).")
                         .arg(host));
    if (driverText.contains(u"certificate has expired"))
        return error(tr("The database server %1's certificate has expired. Ask the firm's IT to renew it.").arg(host));
    if (driverText.contains(u"certificate verify failed") || driverText.contains(u"self-signed certificate")
        || driverText.contains(u"self signed certificate"))
        return error(tr("The database server %1's certificate is not signed by an authority this computer trusts "
                        "(a self-signed or internal certificate?). Put the firm's root certificate in the address "
                        "(?sslrootcert=/path/to/root.crt); CaseWatch did not connect.")
                         .arg(host));
    if (driverText.contains(u"does not support SSL"))
        return error(tr("The database server %1 does not offer encryption, so CaseWatch did not connect. Ask the "
                        "firm's IT to turn on SSL in PostgreSQL (ssl = on).")
                         .arg(host));
    return std::nullopt;
}

} // namespace cw
