#include "CaseloadPage.h"

#include "AssessmentText.h"
#include "BookVisitDialog.h"
#include "CaseloadModel.h"
#include "CaseloadText.h"
#include "DayPlanDialog.h"

#include "tandem/core/ServiceLevel.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}

QString families(qint64 n, const QLocale& locale)
{
    return n == 1 ? CaseloadPage::tr("1 family") : CaseloadPage::tr("%1 families").arg(locale.toString(n));
}
} // namespace

CaseloadPage::CaseloadPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_model = new CaseloadModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseloadTitle"));
    header->addWidget(m_title, 1);
    buildWorkerChoice();
    if (m_worker) {
        auto* workerLabel = new QLabel(tr("&Worker:"), this);
        workerLabel->setBuddy(m_worker);
        header->addWidget(workerLabel);
        header->addWidget(m_worker);
    }
    m_dayPlan = button(this, tr("&Day plan…"), "dayPlanButton", tr("Day plan: the visits booked for one day, to print"));
    m_dayPlan->setToolTip(tr("Preview, print or save the visits booked for a day, with what you need at each door"));
    header->addWidget(m_dayPlan);
    layout->addLayout(header);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("caseloadIntroLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(12);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("serviceLevelFilter"));
    m_level->setAccessibleName(tr("Service level"));
    m_level->addItem(tr("Any level"), QString());
    for (const QString& token : ServiceLevels::tokens())
        m_level->addItem(ServiceLevels::displayName(token), token);
    auto* levelLabel = new QLabel(tr("Service &level:"), this);
    levelLabel->setBuddy(m_level);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueFilter"));
    m_overdueOnly->setAccessibleName(tr("Overdue only"));
    m_overdueOnly->setToolTip(tr("Only families with a mandated contact past its deadline"));
    m_dueThisWeek = new QCheckBox(tr("D&ue this week"), this);
    m_dueThisWeek->setObjectName(QStringLiteral("dueThisWeekFilter"));
    m_dueThisWeek->setAccessibleName(tr("Due this week"));
    m_dueThisWeek->setToolTip(tr("Only families with a mandated contact whose deadline falls in the next 7 days"));
    m_flaggedOnly = new QCheckBox(tr("Fla&gged"), this);
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedFilter"));
    m_flaggedOnly->setAccessibleName(tr("Flagged only"));
    m_flaggedOnly->setToolTip(
        tr("Only families with a flag: an assessment that needs a follow-up plan, a review that is due, or a consent to share "
           "that expires within 30 days"));
    m_clearFilters = button(this, tr("&Clear filters"), "clearCaseloadFiltersButton", tr("Clear filters"));
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addSpacing(8);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_dueThisWeek);
    filters->addWidget(m_flaggedOnly);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseloadSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_summary);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("caseloadProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 10px;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseloadView"));
    m_view->setAccessibleName(tr("Families on the caseload"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false); // the service's order: overdue first
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm = fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(fm.lineSpacing() * 2 + 14); // two lines: name over children
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The family column takes what the others leave; they fit their usual contents, wrapping to
    // the second line the rows have room for.
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const auto width = [&](const QString& sample) { return fm.horizontalAdvance(sample) + 20; };
    columns->setMinimumSectionSize(width(CaseloadModel::tr("Overdue")));
    columns->resizeSection(CaseloadModel::AddressColumn, em * 12);
    columns->resizeSection(CaseloadModel::ServiceLevelColumn, width(ServiceLevels::displayName(QStringLiteral("universal-plus"))));
    columns->resizeSection(CaseloadModel::NextContactColumn, width(QStringLiteral("Otis: 6–8 week")));
    columns->resizeSection(CaseloadModel::DueByColumn, width(QStringLiteral("30 Sep 2026")));
    columns->resizeSection(CaseloadModel::StatusColumn, width(domain::statusDisplayName(domain::ContactStatus::NotYetDue)));
    columns->resizeSection(CaseloadModel::OverdueColumn, width(CaseloadModel::tr("Overdue")));
    // Wide enough for a flag named with a short given name ("⚑ Otis: Consent expiring").
    const AssessmentFlag consentFlag{AssessmentFlag::Kind::ConsentExpiring, {}, {}};
    columns->resizeSection(CaseloadModel::DevelopmentColumn,
                           std::max(width(CaseloadText::flagMarker() + QLatin1Char(' ') + AssessmentText::followUpNeededText()),
                                    width(CaseloadText::flagMarker() + QStringLiteral(" Otis: ") + CaseloadText::flagKind(consentFlag))));
    // Wide enough for the mandated contact the last visit completed ("12-month review done").
    columns->resizeSection(CaseloadModel::LastContactColumn,
                           width(CaseloadModel::tr("%1 done").arg(domain::contactDisplayName(domain::MandatedContact::TwelveMonth))));
    columns->resizeSection(CaseloadModel::NextVisitColumn, width(QStringLiteral("Wed 30 Sep,")));
    columns->setSectionResizeMode(CaseloadModel::FamilyColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("caseloadEmptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyState->setStyleSheet(QStringLiteral("background: #f3f5f7; border: 1px solid #d0d4d9; border-radius: 4px; padding: 16px;"));
    m_emptyState->hide();
    layout->addWidget(m_emptyState);
    layout->addStretch(0);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_open = button(this, tr("O&pen record"), "openFamilyButton", tr("Open the family's record"));
    m_open->setToolTip(tr("Open the chosen family's record (Enter or double-click)"));
    m_book = button(this, tr("&Book visit…"), "bookVisitButton", tr("Book a visit to the family"));
    m_book->setToolTip(tr("Put a visit to the chosen family in the diary"));
    m_book->setVisible(m_session.can(Permission::RecordContacts));
    actions->addWidget(m_open);
    actions->addWidget(m_book);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_level, &QComboBox::currentIndexChanged, this, &CaseloadPage::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &CaseloadPage::reload);
    connect(m_dueThisWeek, &QCheckBox::toggled, this, &CaseloadPage::reload);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &CaseloadPage::reload);
    connect(m_clearFilters, &QPushButton::clicked, this, &CaseloadPage::clearFilters);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString uuid = index.data(CaseloadModel::FamilyUuidRole).toString();
        if (!uuid.isEmpty())
            Q_EMIT openFamilyRequested(uuid);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseloadPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseloadPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &CaseloadPage::openCurrentFamily);
    connect(m_book, &QPushButton::clicked, this, &CaseloadPage::openBookVisitDialog);
    connect(m_dayPlan, &QPushButton::clicked, this, &CaseloadPage::openDayPlanDialog);
    updateState();
}

void CaseloadPage::buildWorkerChoice()
{
    if (!m_session.can(Permission::ViewTeamCaseload))
        return;
    auto holders = CaseloadService(m_session).caseloadHolders();
    if (holders.ok())
        m_holders = holders.value();
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("caseloadWorkerCombo"));
    m_worker->setAccessibleName(tr("Whose caseload"));
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    int mine = -1;
    for (const User& u : m_holders) {
        const bool self = u.uuid == m_session.user().uuid;
        m_worker->addItem(self ? tr("%1 (you)").arg(u.displayName) : tr("%1 (%2)").arg(u.displayName, roleDisplayName(u.role)), u.uuid);
        if (self)
            mine = m_worker->count() - 1;
    }
    m_worker->setCurrentIndex(mine >= 0 ? mine : 0);
    m_worker->setEnabled(!m_holders.isEmpty());
    connect(m_worker, &QComboBox::currentIndexChanged, this, &CaseloadPage::reload);
}

const Caseload& CaseloadPage::caseload() const { return m_model->caseload(); }

QString CaseloadPage::workerUserUuid() const
{
    if (!m_worker)
        return {};
    const QString uuid = m_worker->currentData().toString();
    return uuid == m_session.user().uuid ? QString() : uuid;
}

bool CaseloadPage::setWorker(const QString& userUuid)
{
    if (!m_worker)
        return userUuid.isEmpty() || userUuid == m_session.user().uuid;
    const int index = m_worker->findData(userUuid.isEmpty() ? m_session.user().uuid : userUuid);
    if (index < 0)
        return false;
    m_worker->setCurrentIndex(index);
    return true;
}

QString CaseloadPage::currentFamilyUuid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::FamilyUuidRole).toString() : QString();
}

QString CaseloadPage::title() const { return m_titleText; }
QString CaseloadPage::summary() const { return m_summary->text(); }

void CaseloadPage::focusList()
{
    if (m_view->isVisibleTo(this))
        m_view->setFocus(Qt::OtherFocusReason);
    else
        m_level->setFocus(Qt::OtherFocusReason);
}

bool CaseloadPage::filtersActive() const
{
    return m_level->currentIndex() > 0 || m_overdueOnly->isChecked() || m_dueThisWeek->isChecked() || m_flaggedOnly->isChecked();
}

void CaseloadPage::clearFilters()
{
    const QSignalBlocker a(m_level), b(m_overdueOnly), c(m_dueThisWeek), d(m_flaggedOnly);
    m_level->setCurrentIndex(0);
    m_overdueOnly->setChecked(false);
    m_dueThisWeek->setChecked(false);
    m_flaggedOnly->setChecked(false);
    reload();
    focusList();
}

void CaseloadPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // a record may have changed since, here or from the Families area
}

void CaseloadPage::reload()
{
    if (m_worker && m_holders.isEmpty()) {
        m_model->setCaseload({});
        m_loaded = false;
        updateState();
        return;
    }
    const QString keep = currentFamilyUuid();
    CaseloadFilter filter;
    filter.workerUserUuid = workerUserUuid();
    filter.serviceLevel = m_level->currentData().toString();
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.dueThisWeek = m_dueThisWeek->isChecked();
    filter.flaggedOnly = m_flaggedOnly->isChecked();
    auto loaded = CaseloadService(m_session).caseload(filter);
    if (!loaded.ok()) {
        m_model->setCaseload({});
        m_loaded = false;
        m_problem->setText(loaded.message());
        m_problem->show();
        updateState();
        return;
    }
    m_problem->hide();
    m_loaded = true;
    m_model->setCaseload(std::move(loaded).value());
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_view->selectRow(row);
    updateState();
}

void CaseloadPage::updateState()
{
    const Caseload& c = m_model->caseload();
    const bool other = !workerUserUuid().isEmpty();
    QString worker = c.workerName;
    if (worker.isEmpty() && m_worker)
        worker = m_holders.value(m_worker->currentIndex()).displayName;
    m_titleText = other && !worker.isEmpty() ? tr("Caseload — %1").arg(worker) : tr("My caseload");
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(m_titleText.toHtmlEscaped()));
    m_intro->setText(other && !worker.isEmpty()
                         ? tr("Families who name %1 as their health visitor, with the mandated contact to do next. "
                              "Overdue contacts come first.").arg(worker)
                         : tr("Families who name you as their health visitor, with the mandated contact to do next. "
                              "Overdue contacts come first."));
    m_clearFilters->setVisible(filtersActive());

    const QLocale locale;
    const int rows = static_cast<int>(c.entries.size());
    int overdue = 0;
    int thisWeek = 0;
    int flagged = 0;
    for (const CaseloadEntry& e : c.entries) {
        overdue += e.overdueCount > 0 ? 1 : 0;
        thisWeek += e.dueThisWeek ? 1 : 0;
        flagged += e.flagCount > 0 ? 1 : 0;
    }
    if (!m_loaded) {
        m_summary->clear();
    } else {
        const QString shown = filtersActive() ? tr("%1 of %2 shown").arg(locale.toString(rows), families(c.familiesHeld, locale))
                                              : families(rows, locale);
        m_summary->setText(tr("%1 · %2 with overdue contacts · %3 due this week · %4 flagged")
                               .arg(shown, locale.toString(overdue), locale.toString(thisWeek), locale.toString(flagged)));
    }
    m_summary->setVisible(m_loaded);

    m_view->setVisible(rows > 0);
    m_emptyState->setVisible(rows == 0 && (m_loaded || (m_worker && m_holders.isEmpty())));
    if (m_worker && m_holders.isEmpty()) {
        m_emptyState->setText(tr("<p><b>No one in this store holds a caseload yet.</b></p>"
                                 "<p>Health visitors and team leads hold caseloads. An administrator adds them with "
                                 "<code>tandem-cli user add</code>.</p>"));
    } else if (m_loaded && c.familiesHeld == 0) {
        m_emptyState->setText(
            other ? tr("<p><b>No families name %1 as their health visitor.</b></p>"
                       "<p>Set the named health visitor on a family's record, under who is involved.</p>")
                        .arg(worker.toHtmlEscaped())
                  : tr("<p><b>No families name you as their health visitor.</b></p>"
                       "<p>Set the named health visitor on a family's record. Families you open from the Families area "
                       "appear here once they name you.</p>"));
    } else if (m_loaded && rows == 0) {
        m_emptyState->setText(tr("<p><b>None of the %1 match these filters.</b></p>"
                                 "<p>Choose <b>Clear filters</b> to see the whole caseload.</p>")
                                  .arg(families(c.familiesHeld, locale)));
    }
    updateButtons();
}

void CaseloadPage::updateButtons()
{
    const bool chosen = !currentFamilyUuid().isEmpty();
    m_open->setEnabled(chosen);
    m_book->setEnabled(chosen);
    m_dayPlan->setEnabled(!(m_worker && m_holders.isEmpty()));
}

void CaseloadPage::openCurrentFamily()
{
    const QString uuid = currentFamilyUuid();
    if (!uuid.isEmpty())
        Q_EMIT openFamilyRequested(uuid);
}

void CaseloadPage::openBookVisitDialog()
{
    const int row = m_model->rowOf(currentFamilyUuid());
    if (row < 0 || !m_session.can(Permission::RecordContacts))
        return;
    QString practitioner = m_worker ? m_worker->currentData().toString() : QString();
    auto* dialog = new BookVisitDialog(m_session, m_model->entryAt(row), practitioner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &CaseloadPage::reload);
    dialog->open();
}

void CaseloadPage::openDayPlanDialog()
{
    auto* dialog = new DayPlanDialog(m_session, m_worker ? m_worker->currentData().toString() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace tandem::gui
