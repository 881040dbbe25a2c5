#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

// What one I-797 notice says, as far as CaseWatch reads it.
struct I797Notice
{
    QStringList receipts; // every receipt number on the notice, the labelled one first
    QString formType; // "I-485", "I-129", … (from CASE TYPE)
    QString noticeType; // receipt | approval | rfe | noid | transfer | interview | biometrics |
        // rejection | denial | other
    QDate noticeDate;
    QDate receivedDate;
    QDate priorityDate;
    QStringList applicants; // APPLICANT / PETITIONER / BENEFICIARY, as printed
    QStringList petitioners;
    QStringList beneficiaries;
    int firstPage = 0; // 0-based, in the file
    int lastPage = 0;
    bool fromOcr = false;
    int turned = 0; // a scanned page of it was turned this far (degrees clockwise) to be read
    bool corrected = false; // a receipt was read through an OCR confusion

    QStringList names() const { return applicants + petitioners + beneficiaries; }
};

} // namespace cw
