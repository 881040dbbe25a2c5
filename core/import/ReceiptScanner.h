#pragma once

#include "domain/ReceiptNumber.h"

#include <QList>
#include <QString>

namespace cw {

// Finds USCIS receipt numbers in text extracted from a notice — typed, from a PDF's text layer,
// or from OCR. Tolerant of what OCR does (O/0, I/1, l/1, S/5, B/8 confused; a stray space, dash
// or dot inside the number), then strict: the result must parse as a ReceiptNumber.
//
// What only looks like a receipt is not taken: A-numbers, online account numbers and phone
// numbers have no letter prefix; a number that runs on past 13 characters is something else; and
// three letters + ten digits with a prefix USCIS does not use (an invoice "INV…", a policy
// number) are taken only where the notice labels them as the receipt number.
class ReceiptScanner final
{
public:
    struct Found
    {
        ReceiptNumber receipt;
        qsizetype position = 0; // in the scanned text
        bool corrected = false; // read through an OCR confusion or a stray separator
        bool labelled = false; // right after a "Receipt Number" label
    };

    static QList<Found> scan(const QString &text);
};

} // namespace cw
