#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace cw {

// How CaseWatch connects to a shared PostgreSQL database (docs/ARCHITECTURE.md §5, "Shared
// database"): encrypted and verified unless someone says otherwise.
//  - A server on another computer gets sslmode=verify-full: the connection is encrypted, the
//    server's certificate must chain to a trusted root (the address's sslrootcert=, else
//    PostgreSQL's own ~/.postgresql/root.crt, else the system's certificate authorities) and name
//    the host in the address.
//  - A weaker sslmode written in the address is honoured, with a warning the desk and
//    casewatch-cli show every time they connect.
//  - A server on this computer (loopback, or a Unix socket) keeps libpq's default.
// Values from the address are quoted for libpq, so an address cannot add settings of its own.
class PostgresTls final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTls)

public:
    struct Plan
    {
        QString connectOptions; // for QSqlDatabase::setConnectOptions
        QString sslMode; // what is asked of libpq (empty: libpq's default)
        QString warning; // non-empty: the connection is weaker than verify-full on a network
    };

    static bool isLocalHost(const QString &host);
    static Result<Plan> plan(const QUrl &url);
    // A certificate or TLS failure explained (std::nullopt: not one).
    static std::optional<Error> explain(const QString &driverText, const QUrl &url);
    // The system's bundle of certificate authorities, when this platform has one libpq can read.
    static QString systemRootCertificates();
};

} // namespace cw
