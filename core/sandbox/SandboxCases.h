#pragma once

#include <QDate>

#include <algorithm>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

// The receipts the built-in simulator knows: every sandbox receipt documented by USCIS
// (seeds/004, with and without history) plus a few IOE (online-filed) ones, each following a
// scripted, time-compressed progression of real USCIS titles in English and Spanish.
struct SandboxStage
{
    QString titleEn;
    QString titleEs;
    QString descriptionEn; // may contain HTML, as USCIS's do
    QString descriptionEs;
};

struct SandboxCase
{
    QString receipt;
    QString formType;
    bool withHistory = true;
    QDate submitted;
    QList<SandboxStage> script;

    // The date USCIS would show for a stage: stages are about three weeks apart.
    // Never after today: a stage the demo reaches early is dated today, not in the future.
    QDate dateOf(int stage) const { return std::min(submitted.addDays(stage * 23), QDate::currentDate()); }
};

class SandboxCases final
{
public:
    static const QList<SandboxCase> &all();
    static const SandboxCase *find(const QString &receipt);
    static QStringList receiptsWithHistory();
    static QStringList receiptsWithoutHistory();
};

} // namespace cw
