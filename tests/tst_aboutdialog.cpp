#include "AboutDialog.h"

#include <QLabel>
#include <QTest>

using namespace cw;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionLicenceAndDataLocations();
};

void TestAboutDialog::showsVersionLicenceAndDataLocations()
{
    AboutDialog dialog({u"/home/p/.local/share/CaseWatch/casewatch.sqlite"_qs,
                        u"/home/p/.config/CaseWatch/CaseWatch.conf"_qs, u"USCIS production"_qs});
    const QString text = dialog.findChild<QLabel *>(u"aboutText"_qs)->text();
    QVERIFY(text.contains(QStringLiteral("CaseWatch " CASEWATCH_VERSION)));
    QVERIFY(text.contains(u"GNU General Public License, version 3"));
    QVERIFY(!text.contains(u"all rights reserved"));
    QVERIFY(text.contains(u"/home/p/.local/share/CaseWatch/casewatch.sqlite"));
    QVERIFY(text.contains(u"CaseWatch.conf"));
    QVERIFY(text.contains(u"keychain"));
    QVERIFY(text.contains(u"USCIS production"));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
