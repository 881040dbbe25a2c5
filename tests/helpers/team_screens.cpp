// team_screens LANG OUTDIR: the README's pictures of the team features, from the real widgets
// (the main window with My Cases on and the Tasks panel, the Tracking Health page), on a
// database seeded like the offline demo (its clients, and the demo firm's staff) whose cases went
// through some status changes, with 30 days of polling tallies. Run by scripts/screenshots.sh.
#include "HealthDialog.h"
#include "MainWindow.h"
#include "TasksView.h"
#include "TeamMenu.h"

#include "CaseTableModel.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "sandbox/DemoData.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/HealthReport.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"
#include "storage/StaffStore.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace cw;

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();
}

void record(const Database &db, qint64 caseId, const QString &receipt, const QString &status, const QString &category,
            int hoursAgo, const DeadlineChanges &deadlines = {})
{
    CaseSnapshot s;
    s.receiptNumber = receipt;
    s.statusEn = status;
    s.category = category;
    s.modifiedDate = sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600));
    (void)ObservationStore(db).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s, deadlines);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3)
        qFatal("usage: team_screens LANG OUTDIR");
    const QString lang = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    Translations::install(app, lang);
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"team.sqlite"_qs)).value();
    ProfileStore profiles(*db);
    CaseStore cases(*db);
    (void)DemoData::seedIfEmpty(profiles, cases);
    const QList<TrackedCase> all = cases.list().value();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = 0; i < all.size(); ++i) {
        const TrackedCase &c = all[i];
        const QString receipt = c.receipt.toString();
        record(*db, c.id, receipt, u"Case Was Received"_qs, u"RECEIVED"_qs, 24 * 60);
        if (i % 4 == 0)
            record(*db, c.id, receipt, u"Request for Evidence Was Sent"_qs, u"RFE_ISSUED"_qs, 2 + i,
                   {{{DeadlineKind::RfeResponse, today.addDays(87 - 9 * i), true}}, {}});
        else if (i % 4 == 1)
            record(*db, c.id, receipt, u"Interview Was Scheduled"_qs, u"INTERVIEW_SCHEDULED"_qs, 5 + i,
                   {{{DeadlineKind::Interview, today.addDays(12 + i), true}}, {}});
        else if (i % 4 == 2)
            record(*db, c.id, receipt, u"Case Was Approved"_qs, u"APPROVED"_qs, 1 + i);
    }
    // 30 days of polling: mostly answered, a few rate limits and server errors.
    QRandomGenerator rng(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 29; day >= 0; --day) {
        const QDateTime when = now.addDays(-day);
        const int ok = 40 + int(rng.bounded(25));
        for (int n = 0; n < ok; ++n)
            (void)HealthReport::tally(*db, u"demo"_qs, u"ok"_qs, when);
        for (int n = 0; n < int(rng.bounded(4)); ++n)
            (void)HealthReport::tally(*db, u"demo"_qs, u"rate_limited"_qs, when);
        if (day % 9 == 4)
            (void)HealthReport::tally(*db, u"demo"_qs, u"transient:api.server_error"_qs, when);
    }

    SystemClock clock;
    Session session(*db, SessionConfig{}, clock);
    const StaffStore::Me me = StaffStore(*db).me().value();
    MainWindow window(session);
    window.resize(1280, 800);
    window.applyRole(me);
    auto *dock = new QDockWidget(QCoreApplication::translate("cw::Desk", "Tasks"), &window);
    auto *tasks = new TasksView(session, dock);
    tasks->setMe(me.member ? me.member->id : 0, true);
    dock->setWidget(tasks);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    auto *team = new TeamMenu(me.member.has_value(), true, window.menuBar()); // as the desk adds it
    const QList<QAction *> top = window.menuBar()->actions();
    window.menuBar()->insertMenu(top.last(), team);
    team->myCases->setChecked(true);
    window.resizeDocks({dock}, {230}, Qt::Vertical);
    window.show();
    QTimer::singleShot(0, [] {});
    for (int i = 0; i < 50 && window.caseModel()->totalCases() == 0; ++i) {
        settle();
        QThread::msleep(50);
    }
    const auto mine = StaffStore(*db).casesOf(me.member ? me.member->id : 0).value();
    window.setMyCases(QSet<qint64>(mine.cbegin(), mine.cend()));
    settle();
    window.grab().save(out + u"/my-cases-"_qs + lang + u".png"_qs);
    tasks->resize(1100, 260);
    tasks->grab().save(out + u"/tasks-"_qs + lang + u".png"_qs);
    HealthDialog health(session, u"demo"_qs, 1000, &window);
    health.resize(760, 560);
    health.show();
    settle();
    health.grab().save(out + u"/health-"_qs + lang + u".png"_qs);
    return 0;
}
