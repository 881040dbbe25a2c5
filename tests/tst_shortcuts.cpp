#include "TestSupport.h"

#include "AboutDialog.h"
#include "AddCasesDialog.h"
#include "CaseDialog.h"
#include "DeadlinesView.h"
#include "TasksView.h"
#include "TeamMenu.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "StaffDialog.h"
#include "HealthDialog.h"
#include "SettingsDialog.h"
#include "StatusReviewDialog.h"
#include "TemplatesDialog.h"
#include "UpdatesDialog.h"
#include "WebhookDialog.h"
#include "WelcomePage.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "normalize/StatusNormalizer.h"
#include "notify/NotificationRules.h"
#include "secrets/KeychainCredentialStore.h"
#include "session/Session.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>

#include <map>

using namespace cw;

// Walks every menu and every dialog, in English and in Spanish, and fails when one shortcut letter
// (the letter after "&") is used twice where one press of Alt+letter must reach one thing: one
// menu, one dialog page together with the dialog's own buttons, the main window's menu titles
// together with its docks' buttons.
class TestShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void noLetterTwice_data();
    void noLetterTwice();
    void theWalkerSeesAClash();
};

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

using Clashes = QStringList;

void add(std::map<QChar, QString> &seen, const QString &text, const QString &scope, Clashes &clashes)
{
    const QChar m = mnemonic(text);
    if (m.isNull())
        return;
    if (qEnvironmentVariableIsSet("CASEWATCH_SHORTCUTS_DUMP")) // to choose a free letter
        qInfo("%s: %s", qPrintable(scope), qPrintable(text));
    auto [it, inserted] = seen.emplace(m, text);
    if (!inserted)
        clashes << u"%1: \"%2\" and \"%3\" both use &%4"_qs.arg(scope, it->second, text, m);
}

void walkMenu(QMenu *menu, const QString &scope, Clashes &clashes)
{
    std::map<QChar, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        add(seen, a->text(), scope, clashes);
        if (a->menu())
            walkMenu(a->menu(), scope + u" › "_qs + a->text(), clashes);
    }
}

// The page of a tab or stack a widget is on (nullptr: always shown with the window).
QWidget *pageOf(QWidget *w, QWidget *window)
{
    for (QWidget *p = w; p && p != window; p = p->parentWidget())
        if (qobject_cast<QStackedWidget *>(p->parentWidget()))
            return p;
    return nullptr;
}

void collect(QWidget *window, std::multimap<QWidget *, QString> &byPage)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (qobject_cast<QMenu *>(w) || w->window() != window)
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            text = g->title();
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                byPage.emplace(nullptr, tabs->tabText(i));
        if (!text.isEmpty())
            byPage.emplace(pageOf(w, window), text);
    }
}

// Every page checked together with what the window always shows.
void walkWindow(QWidget *window, const QString &scope, Clashes &clashes, const QStringList &alsoAlways = {})
{
    std::multimap<QWidget *, QString> byPage;
    collect(window, byPage);
    for (const QString &t : alsoAlways)
        byPage.emplace(nullptr, t);
    QList<QWidget *> pages{nullptr};
    for (const auto &[page, text] : byPage)
        if (page && !pages.contains(page))
            pages << page;
    for (QWidget *page : pages) {
        std::map<QChar, QString> seen;
        for (const auto &[p, text] : byPage)
            if (p == nullptr || p == page)
                add(seen, text, page ? scope + u" (page "_qs + page->objectName() + u")"_qs : scope, clashes);
    }
}

} // namespace

void TestShortcuts::noLetterTwice_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_qs;
    QTest::newRow("Spanish") << u"es"_qs;
}

void TestShortcuts::noLetterTwice()
{
    QFETCH(QString, language);
    Translations::install(*qApp, language);
    test::TempDatabase t;
    SystemClock clock;
    Session session(*t.db, {}, clock);
    Clashes clashes;

    {
        MainWindow window(session);
        auto *dock = new QDockWidget(&window);
        dock->setWidget(new DeadlinesView(session, dock)); // as the desk docks it
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        auto *tasks = new QDockWidget(&window);
        tasks->setWidget(new TasksView(session, tasks));
        window.addDockWidget(Qt::BottomDockWidgetArea, tasks);
        const QList<QAction *> top = window.menuBar()->actions();
        window.menuBar()->insertMenu(top.last(), new TeamMenu(true, true, window.menuBar())); // as the desk adds it
        QStringList titles;
        for (QAction *a : window.menuBar()->actions()) {
            titles << a->text();
            if (a->menu())
                walkMenu(a->menu(), a->text(), clashes);
        }
        walkWindow(&window, u"main window"_qs, clashes, titles);
    }

    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(u"s.ini"_qs), QSettings::IniFormat));
    KeychainCredentialStore keychain(u"CaseWatch-tests"_qs);
    StatusNormalizer builtIn;
    Profile p;
    p.name = u"Ana"_qs;
    TrackedCase c;
    c.receipt = ReceiptNumber::parse(u"EAC9999103403").value();
    const auto check = [&](QWidget &w, const QString &name) { walkWindow(&w, name, clashes); };
    {
        SettingsDialog d(settings, keychain, {});
        check(d, u"Settings"_qs);
    }
    {
        WebhookDialog d(settings, keychain, *t.db, clock);
        check(d, u"Webhook"_qs);
    }
    {
        ProfileDialog d(p);
        check(d, u"Profile"_qs);
    }
    {
        CaseDialog d(c, {p});
        check(d, u"Case"_qs);
    }
    {
        AddCasesDialog d(u"Ana"_qs);
        check(d, u"Add Cases"_qs);
    }
    {
        StatusReviewDialog d(*t.db, builtIn);
        check(d, u"Statuses to Review"_qs);
    }
    {
        UpdatesDialog d(*t.db, NotificationRules::defaultCategories());
        check(d, u"Updates to Send"_qs);
    }
    {
        TemplatesDialog d(*t.db);
        check(d, u"Letter Templates"_qs);
    }
    {
        ImportReviewDialog d(session.profiles(), session.cases(), {}, 0);
        check(d, u"Import"_qs);
    }
    {
        AboutDialog d({});
        check(d, u"About"_qs);
    }
    {
        StaffDialog d(*t.db, true);
        check(d, u"Staff and Roles"_qs);
    }
    {
        HealthDialog d(session, u"demo"_qs, 1000);
        check(d, u"Tracking Health"_qs);
    }
    {
        AssignDialog d({}, u"Two cases:"_qs);
        check(d, u"Assign To"_qs);
    }
    {
        WelcomePage w;
        check(w, u"Welcome"_qs);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(u"\n"_qs + clashes.join(u'\n')));
    Translations::install(*qApp, u"en"_qs);
}

// The walker itself: a planted clash is found.
void TestShortcuts::theWalkerSeesAClash()
{
    QWidget w;
    auto *a = new QLabel(u"&Name:"_qs, &w);
    a->setBuddy(new QLineEdit(&w));
    new QPushButton(u"&New"_qs, &w);
    new QPushButton(u"&Other"_qs, &w);
    Clashes clashes;
    walkWindow(&w, u"planted"_qs, clashes);
    QCOMPARE(clashes.size(), 1);
    QVERIFY(clashes.first().contains(u"&n"));
    QCOMPARE(mnemonic(u"Save && &Close"_qs), QChar(u'c'));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
