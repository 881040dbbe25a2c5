#include "sandbox/DemoData.h"

#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"
#include "storage/StaffStore.h"

namespace cw {

namespace {

struct Sample
{
    ProfileKind kind;
    const char16_t *name;
    const char16_t *organization;
    const char16_t *email;
    QStringList receipts;
    const char16_t *form;
};
const Sample kSamples[] = {
    {ProfileKind::Applicant,
     u"María López García",
     u"",
     u"maria.lopez@example.com",
     {QStringLiteral("EAC9999103403"), QStringLiteral("EAC9999103402")},
     u"I-485"},
    {ProfileKind::Applicant,
     u"Wei Chen",
     u"",
     u"wei.chen@example.com",
     {QStringLiteral("LIN9999106498"), QStringLiteral("LIN9999106501")},
     u"I-765"},
    {ProfileKind::Applicant,
     u"Amina Yusuf",
     u"",
     u"amina.yusuf@example.com",
     {QStringLiteral("IOE9999000001")},
     u"N-400"},
    {ProfileKind::Petitioner,
     u"Acme Robotics LLC",
     u"Acme Robotics LLC",
     u"hr@acme.example",
     {QStringLiteral("SRC9999102777"), QStringLiteral("SRC9999102778"), QStringLiteral("SRC9999132694")},
     u"I-129"},
    {ProfileKind::Petitioner,
     u"Rosa Martínez",
     u"",
     u"rosa.m@example.com",
     {QStringLiteral("EAC9999103404"), QStringLiteral("EAC9999103405")},
     u"I-130"},
};

} // namespace

QString DemoData::formOf(const QString &receipt)
{
    for (const Sample &s : kSamples)
        if (s.receipts.contains(receipt))
            return QString::fromUtf16(s.form);
    return {};
}

Result<int> DemoData::seedIfEmpty(ProfileStore &profiles, CaseStore &cases)
{
    auto existing = profiles.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0;
    // The demo firm's people: this desktop's user is its attorney (and administrator), two
    // paralegals share the clients — so that My Cases, tasks and assignments show something.
    const StaffStore staff(cases.database());
    QList<qint64> paralegals;
    qint64 attorney = 0;
    if (auto list = staff.list(); list && list->isEmpty()) {
        auto ana = staff.add({0,
                              QStringLiteral("Ana Ruiz"),
                              QStringLiteral("ana.ruiz@example.com"),
                              StaffStore::Role::Admin,
                              {},
                              {},
                              true});
        attorney = ana ? ana.value() : 0;
        for (const char *name : {"Pablo Díaz", "Lucía Gómez"}) {
            auto p = staff.add({0, QString::fromUtf8(name), {}, StaffStore::Role::Paralegal, {}, {}, true});
            paralegals << (p ? p.value() : 0);
        }
        if (attorney > 0)
            (void)staff.linkDesktop(attorney);
    }
    int added = 0;
    int index = 0;
    for (const Sample &s : kSamples) {
        Profile p;
        p.kind = s.kind;
        p.name = QString::fromUtf16(s.name);
        p.organization = QString::fromUtf16(s.organization);
        p.email = QString::fromUtf16(s.email);
        auto profile = profiles.add(p);
        if (!profile)
            return profile.error();
        if (attorney > 0 && index % 3 != 2) // most clients are Ana's; the others nobody's yet
            (void)staff.assignProfile(profile->id, StaffStore::Duty::Attorney, attorney);
        if (!paralegals.isEmpty() && paralegals.value(index % 2) > 0)
            (void)staff.assignProfile(profile->id, StaffStore::Duty::Paralegal, paralegals.value(index % 2));
        ++index;
        for (const auto &item : cases.addList(profile->id, s.receipts, QString::fromUtf16(s.form))) {
            if (item.added)
                ++added;
        }
    }
    return added;
}

} // namespace cw
