#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cw {

AboutDialog::AboutDialog(const Locations &locations, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About CaseWatch"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/casewatch/icons/casewatch.svg")).pixmap(96, 96));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setText(tr("<h2>CaseWatch %1</h2>"
                     "<p>Tracks your clients' USCIS cases.</p>"
                     "<p>Built with Qt %2. CaseWatch is free software under the GNU General Public License, version 3 "
                     "or (at your option) any later version; it comes with no warranty. Qt, QtKeychain, Tesseract and "
                     "the other libraries it ships are used under their own licences (THIRD-PARTY-NOTICES).</p>"
                     "<p><b>Database:</b> %3<br><b>Settings:</b> %4<br><b>USCIS credentials:</b> the system keychain, "
                     "service \"CaseWatch\"<br><b>Environment:</b> %5</p>")
                      .arg(QStringLiteral(CASEWATCH_VERSION), QString::fromLatin1(qVersion()),
                           QDir::toNativeSeparators(locations.database).toHtmlEscaped(),
                           QDir::toNativeSeparators(locations.settings).toHtmlEscaped(),
                           locations.environment.toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace cw
