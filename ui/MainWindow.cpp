#include "MainWindow.h"

#include "session/Session.h"

#include "EstimateRunner.h"
#include "estimate/DecisionEstimator.h"
#include "updates/ClientUpdates.h"

#include "CaseDetailsView.h"
#include "CaseTableModel.h"
#include "DashboardStrip.h"
#include "FileDropFilter.h"
#include "PollerStatusBar.h"
#include "ProfileSidebar.h"
#include "poller/Poller.h"
#include "settings/Settings.h"
#include "storage/CaseStore.h"
#include "storage/CaseSummaryStore.h"
#include "storage/Database.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QDate>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw {

template<typename Change>
void MainWindow::keepingSelection(Change change)
{
    QList<qint64> ids = selectedCaseIds();
    const qint64 current = m_caseView->currentIndex().data(CaseTableModel::CaseIdRole).toLongLong();
    change();
    if (ids.size() > 1000) // selecting back a huge selection costs more than it helps
        ids.clear();
    QItemSelection selection;
    for (qint64 id : std::as_const(ids)) {
        const int row = m_caseModel->rowOfCase(id);
        if (row >= 0)
            selection.select(m_caseModel->index(row, 0), m_caseModel->index(row, CaseTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *model = m_caseView->selectionModel();
    const int currentRow = m_caseModel->rowOfCase(current);
    if (currentRow >= 0)
        model->setCurrentIndex(m_caseModel->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    updateActions();
    updateDetails();
}

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_profiles(session.profiles()), m_cases(session.cases()),
      m_observations(session.observations()), m_summaries(std::make_unique<CaseSummaryStore>(session.database())),
      m_sidebar(new ProfileSidebar(session.profiles(), this)), m_scopeHeader(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_countLabel(new QLabel(this)), m_caseModel(new CaseTableModel(this)),
      m_dashboard(new DashboardStrip(*m_caseModel, this)), m_caseView(new QTableView(this)),
      m_details(new CaseDetailsView(this)), m_mainSplitter(new QSplitter(this)),
      m_caseSplitter(new QSplitter(Qt::Vertical, this))
{
    setWindowTitle(tr("CaseWatch"));
    setObjectName(QStringLiteral("mainWindow"));
    m_estimates = new EstimateRunner(session.database(), this);
    connect(&session, &Session::changed, this, &MainWindow::applyChange);
    connect(&session, &Session::pollerStatus, this, &MainWindow::showPollerStatus);
    connect(m_estimates, &EstimateRunner::ready, this,
            [this](std::shared_ptr<const DecisionEstimator> estimator, const QHash<qint64, qint64> &expected) {
                m_estimator = std::move(estimator);
                m_caseModel->setExpectedDays(expected);
                updateDetails(true);
                emit estimatesReady();
            });

    // I-797 PDFs (and folders of them) dropped anywhere on the window, or on a profile.
    auto *drops = new FileDropFilter(this);
    setAcceptDrops(true);
    installEventFilter(drops);
    QWidget *profileViewport = m_sidebar->view()->viewport();
    profileViewport->setAcceptDrops(true);
    profileViewport->installEventFilter(drops);
    connect(drops, &FileDropFilter::dropped, this,
            [this, profileViewport](const QStringList &paths, QObject *target, const QPoint &pos) {
                importFiles(paths, target == profileViewport ? m_sidebar->profileAt(pos) : 0);
            });

    m_scopeHeader->setObjectName(QStringLiteral("profileHeader"));
    m_scopeHeader->setWordWrap(true);
    m_scopeHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setPlaceholderText(tr("Filter cases: receipt, client, form, status… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter cases"));
    m_countLabel->setObjectName(QStringLiteral("caseCount"));

    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setModel(m_caseModel);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setWordWrap(false);
    m_caseView->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_caseView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_caseView->verticalHeader()->setDefaultSectionSize(m_caseView->fontMetrics().height() + 8);
    QHeaderView *header = m_caseView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CaseTableModel::ReceiptColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { keepingSelection([&] { m_caseModel->sort(column, order); }); });
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // Room for the usual contents, and never less than the header's own words (Spanish ones are long).
    const int columnWidths[CaseTableModel::ColumnCount] = {115, 160, 60, 110, 110, 240, 85, 60, 80, 120, 110};
    for (int c = 0; c < CaseTableModel::ColumnCount; ++c)
        header->resizeSection(c, std::max(columnWidths[c], header->sectionSizeHint(c)));
    header->hideSection(CaseTableModel::LabelColumn); // shown on request (header menu)
    m_caseView->setAccessibleName(tr("Cases"));
    m_caseView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scopeHeader);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_countLabel);
    rightLayout->addLayout(filterRow);
    rightLayout->addWidget(m_dashboard);
    m_caseSplitter->setObjectName(QStringLiteral("caseSplitter"));
    m_caseSplitter->addWidget(m_caseView);
    m_caseSplitter->addWidget(m_details);
    m_caseSplitter->setStretchFactor(0, 3);
    m_caseSplitter->setStretchFactor(1, 2);
    rightLayout->addWidget(m_caseSplitter, 1);

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({220, 1060});
    setCentralWidget(m_mainSplitter);

    createActions();
    createMenus();
    connect(m_sidebar, &ProfileSidebar::profileSelected, this, &MainWindow::profileChanged);
    connect(m_sidebar, &ProfileSidebar::profileActivated, this, &MainWindow::editProfile);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { keepingSelection([&] { m_caseModel->setTextFilter(text); }); });
    connect(m_dashboard, &DashboardStrip::selectionChanged, this,
            [this](const QString &key) { keepingSelection([&] { m_caseModel->setDashboardFilter(key); }); });
    connect(m_caseModel, &CaseTableModel::countsChanged, this, &MainWindow::updateCountLabel);
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_caseView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_caseView, &QTableView::activated, this, &MainWindow::editCase);

    reloadAllCases();
    reloadProfiles();
    if (!m_loader)
        QTimer::singleShot(0, this, &MainWindow::casesLoaded);
    resize(1280, 800);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    if (m_loader) {
        m_loader->wait(); // it reads through the database the stores own: let it finish first
        delete m_loader;
    }
}

void MainWindow::reloadProfiles()
{
    if (Status loaded = m_sidebar->reload(); !loaded)
        showError(tr("Profiles could not be loaded"), loaded.error());
}

void MainWindow::reloadAllCases()
{
    // Up to this many rows load at once (well under a second); a larger book loads its first
    // screen at once and the rest from a background thread.
    constexpr int kLoadAtOnce = 20'000;
    auto count = m_summaries->count();
    if (count && count.value() > kLoadAtOnce) {
        loadAllInBackground();
        return;
    }
    auto rows = m_summaries->all();
    if (!rows) {
        showError(tr("Cases could not be loaded"), rows.error());
        return;
    }
    keepingSelection([&] { m_caseModel->setCases(std::move(rows).value()); });
    updateDetails(true); // everything was read again: so is the shown case
    m_estimates->run();
}

void MainWindow::loadAllInBackground()
{
    if (m_loader) {
        m_reloadAgain = true; // what the running load reads may already be stale
        return;
    }
    if (m_caseModel->totalCases() == 0) {
        if (auto page = m_summaries->firstPage(500))
            keepingSelection([&] { m_caseModel->setCases(std::move(page).value()); });
    }
    statusBar()->showMessage(tr("Loading every case…"));
    auto result = std::make_shared<Result<std::vector<CaseSummary>>>(std::vector<CaseSummary>{});
    const Database &db = m_cases.database();
    m_loader = QThread::create([&db, result] {
        *result = CaseSummaryStore(db).all();
        db.releaseThreadConnection();
    });
    connect(m_loader, &QThread::finished, this, [this, result] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (!*result) {
            showError(tr("Cases could not be loaded"), result->error());
            return;
        }
        keepingSelection([&] { m_caseModel->setCases(std::move(*result).value()); });
        updateDetails(true);
        statusBar()->clearMessage();
        // Changes recorded while the rows were being read: read those again.
        const QList<qint64> changed(m_changedWhileLoading.cbegin(), m_changedWhileLoading.cend());
        m_changedWhileLoading.clear();
        applyCaseChanges(changed);
        if (std::exchange(m_reloadAgain, false)) {
            loadAllInBackground();
        } else {
            emit casesLoaded();
            m_estimates->run();
        }
    });
    m_loader->start();
}

void MainWindow::refreshFromDatabase()
{
    reloadAllCases();
    reloadProfiles();
}

void MainWindow::applyCaseChanges(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (m_loader) {
        for (qint64 id : ids)
            m_changedWhileLoading.insert(id);
    }
    auto rows = m_summaries->some(ids);
    if (!rows) {
        statusBar()->showMessage(rows.error().message, 10000);
        return;
    }
    keepingSelection([&] { m_caseModel->updateCases(ids, std::move(rows).value()); });
    if (ids.contains(m_detailsCaseId))
        updateDetails(true); // its status, dates or timeline moved
}

void MainWindow::profileChanged(qint64 id)
{
    if (id <= 0) {
        m_scopeHeader->setText(tr("<b>All cases</b><br>Every client of the firm"));
    } else if (auto profile = m_profiles.get(id)) {
        const Profile &p = profile.value();
        QStringList facts{p.kind == ProfileKind::Petitioner ? tr("Petitioner") : tr("Applicant")};
        for (const QString &fact : {p.organization, p.aNumber, p.email, p.phone}) {
            if (!fact.isEmpty() && fact != p.name)
                facts << fact;
        }
        m_scopeHeader->setText(QStringLiteral("<b>%1</b><br>%2")
                                   .arg(p.name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
    keepingSelection([&] { m_caseModel->setProfileFilter(id); });
}

void MainWindow::updateCountLabel()
{
    const QLocale locale;
    const int shown = m_caseModel->rowCount();
    const int inScope = m_caseModel->counts().total;
    const QString count = shown == inScope ? tr("%n case(s)", nullptr, shown)
                                           : tr("%1 of %2 cases").arg(locale.toString(shown), locale.toString(inScope));
    m_countLabel->setText(m_caseModel->hasCaseSetFilter() ? tr("%1 — my cases").arg(count) : count);
}

void MainWindow::updateDetails(bool caseChanged)
{
    const auto ids = selectedCaseIds();
    const int row = ids.size() == 1 ? m_caseModel->rowOfCase(ids.first()) : -1;
    const CaseSummary *summary = m_caseModel->caseAt(row);
    if (!summary) {
        m_detailsCaseId = 0;
        m_details->showNothing(int(ids.size()));
        return;
    }
    // The same case still shown (a keystroke in the filter, another case's update): its timeline
    // is not read again.
    if (summary->id == m_detailsCaseId && !caseChanged)
        return;
    m_detailsCaseId = summary->id;
    auto entries = m_observations.timeline(summary->id);
    m_details->showCase(*summary, entries ? entries.value() : QList<TimelineEntry>{},
                        QDate::currentDate().toJulianDay());
    if (auto letter = ClientUpdates(m_cases.database()).lastSent(summary->id))
        m_details->showLastLetter(letter->sentAt, letter->language, letter->sentBy);
    if (m_estimator) {
        const auto estimate = m_estimator->estimate(summary->id);
        m_details->showEstimate(&estimate);
    } else {
        m_details->showEstimate(nullptr);
    }
}

qint64 MainWindow::selectedProfileId() const
{
    return m_sidebar->selectedProfileId();
}

void MainWindow::selectProfile(qint64 id)
{
    m_sidebar->selectProfile(id);
}

void MainWindow::selectCase(qint64 id)
{
    const int row = m_caseModel->rowOfCase(id);
    if (row < 0)
        return;
    m_caseView->selectRow(row);
    m_caseView->scrollTo(m_caseModel->index(row, 0));
}

bool MainWindow::openCase(const QString &receipt)
{
    auto parsed = ReceiptNumber::parse(receipt);
    if (!parsed)
        return false;
    auto found = m_cases.findByReceipt(parsed.value());
    if (!found || !found.value())
        return false;
    const qint64 id = found.value()->id;
    if (m_caseModel->rowOfCase(id) < 0) {
        // Hidden by a filter, or added by another desktop since: show the case's profile unfiltered.
        m_sidebar->clearSearch();
        m_filter->clear();
        m_dashboard->setSelection(QString());
        if (m_caseModel->rowOfCase(id) < 0)
            applyCaseChanges({id});
        selectProfile(found.value()->profileId);
    }
    selectCase(id);
    return m_caseModel->rowOfCase(id) >= 0;
}

void MainWindow::showCase(const QString &receipt)
{
    showNormal();
    raise();
    activateWindow();
    openCase(receipt);
}

QList<qint64> MainWindow::selectedCaseIds() const
{
    QList<qint64> ids;
    const auto rows = m_caseView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(CaseTableModel::CaseIdRole).toLongLong();
    return ids;
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_caseView->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < CaseTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_caseModel->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != CaseTableModel::ReceiptColumn); // a row without its receipt means nothing
        connect(action, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::saveLayout(Settings &settings) const
{
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::MainSplitter, m_mainSplitter->saveState());
    settings.setValue(Settings::Key::CaseSplitter, m_caseSplitter->saveState());
    settings.setValue(Settings::Key::CaseColumns, m_caseView->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout(const Settings &settings)
{
    // Each piece on its own: a piece saved by another version is ignored, not fatal.
    restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    m_mainSplitter->restoreState(settings.value(Settings::Key::MainSplitter).toByteArray());
    m_caseSplitter->restoreState(settings.value(Settings::Key::CaseSplitter).toByteArray());
    QHeaderView *header = m_caseView->horizontalHeader();
    if (header->restoreState(settings.value(Settings::Key::CaseColumns).toByteArray())) {
        header->setSectionHidden(CaseTableModel::ReceiptColumn, false);
        m_caseModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void MainWindow::setPoller(Poller *poller, const QString &unavailableReason)
{
    if (m_poller)
        m_poller->disconnect(this);
    m_poller = poller;
    m_pollerUnavailable = unavailableReason;
    if (poller) {
        showPollerStatus(poller->status());
    } else {
        m_pollerStatus->showUnavailable(unavailableReason);
    }
    updateActions();
}

void MainWindow::showPollerStatus(const PollerStatus &s)
{
    m_pollerStatus->showStatus(s);
    if ((s.state == PollerStatus::State::Blocked || s.state == PollerStatus::State::QuotaExhausted)
        && !s.message.isEmpty())
        statusBar()->showMessage(s.message, 20000);
    const QSignalBlocker block(m_pausePolling);
    m_pausePolling->setChecked(s.state == PollerStatus::State::Paused);
}

void MainWindow::togglePolling(bool paused)
{
    if (!m_poller)
        return;
    if (paused)
        m_poller->pause();
    else
        m_poller->resume();
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentLabel->setText(name);
    setWindowTitle(tr("CaseWatch — %1").arg(name));
}

void MainWindow::showError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(error.message, 10000);
}

} // namespace cw
