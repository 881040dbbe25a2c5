#include "WelcomePage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {

QPushButton *choice(const QString &title, const QString &details, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(title);
    button->setAccessibleDescription(details);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), button);
    auto *text = new QLabel(details, button);
    text->setWordWrap(true);
    for (QLabel *label : {heading, text})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(heading);
    layout->addWidget(text);
    button->setMinimumHeight(layout->sizeHint().height() + 8);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent),
      m_demo(choice(tr("Try it with the offline USCIS sandbox"),
                    tr("Sample clients and USCIS's documented sandbox receipt numbers, answered by a simulator "
                       "built into CaseWatch. Their statuses move about once a minute, so you can watch a "
                       "timeline grow and a notification arrive. Nothing leaves this computer, and the demo "
                       "keeps its own database: it never mixes with your firm's cases."),
                    "tryDemoButton", this)),
      m_credentials(choice(tr("Enter my firm's API credentials"),
                           tr("The client ID and secret of your firm's app on developer.uscis.gov (sandbox or "
                              "production). They are kept in this computer's keychain, never in a file."),
                           "enterCredentialsButton", this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setWindowTitle(tr("Welcome to CaseWatch"));
    setAccessibleName(tr("Welcome to CaseWatch"));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/casewatch/icons/casewatch.svg")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to CaseWatch").toHtmlEscaped()), this);
    title->setAlignment(Qt::AlignCenter);
    auto *intro = new QLabel(tr("CaseWatch follows your clients' USCIS cases for you: it checks each receipt number "
                                "with USCIS in the background, keeps every status in a timeline in English and "
                                "Spanish, and tells you when a case gets a Request for Evidence or is approved."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    auto *later = new QLabel(tr("You can switch at any time in Settings."), this);
    later->setAlignment(Qt::AlignCenter);
    later->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(14);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addWidget(m_credentials);
    layout->addWidget(later);
    layout->addStretch(1);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoChosen);
    connect(m_credentials, &QPushButton::clicked, this, &WelcomePage::credentialsChosen);
    m_demo->setDefault(true);
    m_demo->setFocus();
    resize(640, 560);
}

} // namespace cw
