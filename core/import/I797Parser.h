#pragma once

#include "import/I797Notice.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

// Reads I-797 notices out of page texts (a PDF's text layer or OCR). A file may hold several
// notices: a page that carries a receipt number under its own RECEIPT NUMBER label starts a new
// notice unless it repeats the previous page's number (page 2 of the same notice). Labels are
// found in both layouts USCIS has used: "Label: value" on one line, and a boxed header with the
// labels on one line and their values on the next.
class I797Parser final
{
public:
    struct Page
    {
        QString text;
        bool fromOcr = false;
        int turned = 0; // degrees a scanned page was turned to read it
    };

    static QList<I797Notice> parse(const QList<Page> &pages);
    static QDate parseDate(const QString &text);
    static QString normalizeFormType(const QString &text);
    static QString noticeType(const QString &text);
};

} // namespace cw
