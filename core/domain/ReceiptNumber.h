#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

// A USCIS receipt number: three letters (the office that took the case) and ten digits.
// Parsing accepts what people paste — lower case, spaces, dashes, asterisks, quotes — and
// rejects anything else with a reason that names the problem.
class ReceiptNumber final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptNumber)

public:
    ReceiptNumber() = default;

    static Result<ReceiptNumber> parse(QStringView input);

    // Splits a pasted block (one per line, or separated by commas, semicolons, tabs, or several
    // run together with spaces) into the pieces a person meant as separate receipts.
    static QStringList splitList(QStringView text);

    // The office that owns a prefix, or an empty string for a prefix we do not know.
    static QString officeForPrefix(QStringView prefix);
    static QStringList knownPrefixes();

    bool isValid() const { return m_value.size() == 13; }
    const QString &toString() const { return m_value; }
    QString prefix() const { return m_value.left(3); }
    QString office() const { return officeForPrefix(prefix()); }
    bool hasKnownPrefix() const { return !office().isEmpty(); }
    // A warning for a valid number whose prefix we have never seen (empty when known).
    QString warning() const;

    friend bool operator==(const ReceiptNumber &a, const ReceiptNumber &b) = default;

private:
    explicit ReceiptNumber(QString value) : m_value(std::move(value)) { }
    QString m_value;
};

} // namespace cw
