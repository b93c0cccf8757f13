#include "FamiliesPage.h"
#include "ChildListModel.h"
#include "RegisterFamilyDialog.h"

#include "tandem/services/SearchService.h"
#include "tandem/services/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
constexpr int kDefaultSearchDelayMs = 150; // long enough to skip keystrokes, short enough to feel live
}

FamiliesPage::FamiliesPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("familiesPage"));
    m_model = new ChildListModel(session, this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kDefaultSearchDelayMs);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("familiesStack"));
    m_listView = buildListView();
    m_stack->addWidget(m_listView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_searchTimer, &QTimer::timeout, this, &FamiliesPage::applySearchNow);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearchNow();
        if (m_model->rowCount() > 0) { // Enter again then opens the first result
            m_results->setFocus();
            m_results->selectRow(0);
        }
    });
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, m_problem, &QLabel::hide); // loadFailed follows if it failed again
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The whole list's size, counted once, not on every page the view pulls in as it scrolls.
        if (m_model->query().trimmed().isEmpty()) {
            auto total = SearchService(m_session).countChildren();
            m_totalChildren = total.ok() ? total.value() : m_model->rowCount();
        }
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FamiliesPage::updateState);
    connect(m_model, &ChildListModel::loadFailed, this, &FamiliesPage::showProblem);
    reload();
}

QWidget* FamiliesPage::buildListView()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("familyListView"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Families")), page), 1);
    if (m_session.can(Permission::ImportRecords)) {
        auto* import = new QPushButton(tr("Import from CSV…"), page);
        import->setObjectName(QStringLiteral("importCsvButton"));
        import->setAccessibleName(tr("Import families from a CSV file"));
        import->setToolTip(tr("Register a list of new births from a CSV file"));
        connect(import, &QPushButton::clicked, this, &FamiliesPage::importRequested);
        header->addWidget(import);
    }
    auto* registerFamily = new QPushButton(tr("Register family…"), page);
    registerFamily->setObjectName(QStringLiteral("registerFamilyButton"));
    registerFamily->setAccessibleName(tr("Register a family"));
    registerFamily->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    registerFamily->setToolTip(tr("Register a family, antenatally or after the birth (Ctrl+N)"));
    registerFamily->setVisible(m_session.can(Permission::EditFamilies));
    connect(registerFamily, &QPushButton::clicked, this, &FamiliesPage::openRegisterDialog);
    header->addWidget(registerFamily);
    layout->addLayout(header);

    auto* intro = new QLabel(tr("Find a child by name, NHS number, postcode or date of birth, then open the family's shared record."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("familySearchEdit"));
    m_search->setAccessibleName(tr("Find a child"));
    m_search->setPlaceholderText(tr("Name, NHS number, postcode or date of birth"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    layout->addWidget(m_search);

    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("familyResultCountLabel"));
    m_notice = new QLabel(page);
    m_notice->setObjectName(QStringLiteral("familyNoticeLabel"));
    m_notice->setStyleSheet(QStringLiteral("color: #00703c; font-weight: bold;"));
    m_notice->hide();
    auto* status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_notice);
    layout->addLayout(status);

    m_problem = new QLabel(page);
    m_problem->setObjectName(QStringLiteral("familyProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_results = new QTableView(page);
    m_results->setObjectName(QStringLiteral("familyResultsView"));
    m_results->setAccessibleName(tr("Children found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setSortingEnabled(false); // the service sorts; a view sort would only cover loaded pages
    m_results->setTabKeyNavigation(false); // Tab leaves the list rather than walking its cells
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    const QFontMetrics fm = fontMetrics();
    QHeaderView* columns = m_results->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->resizeSection(ChildListModel::NameColumn, fm.horizontalAdvance(QStringLiteral("M")) * 26);
    columns->resizeSection(ChildListModel::DateOfBirthColumn, fm.horizontalAdvance(tr("Unborn — due 30 Sep 2027")) + 32);
    columns->resizeSection(ChildListModel::NhsNumberColumn, fm.horizontalAdvance(QStringLiteral("999 999 9999")) + 40);
    columns->setStretchLastSection(true);
    layout->addWidget(m_results, 1);

    m_emptyState = new QLabel(page);
    m_emptyState->setObjectName(QStringLiteral("familyEmptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyState->setStyleSheet(QStringLiteral("background: #f3f5f7; border: 1px solid #d0d4d9; border-radius: 4px; padding: 16px;"));
    layout->addWidget(m_emptyState);
    layout->addStretch(0);
    return page;
}

void FamiliesPage::setRecordPage(QWidget* page)
{
    if (m_recordPage) {
        m_stack->removeWidget(m_recordPage);
        m_recordPage->deleteLater();
    }
    m_recordPage = page;
    if (page)
        m_stack->addWidget(page);
}

bool FamiliesPage::isShowingList() const { return m_stack->currentWidget() == m_listView; }

void FamiliesPage::showRecord()
{
    if (m_recordPage)
        m_stack->setCurrentWidget(m_recordPage);
}

void FamiliesPage::showList()
{
    // The record may have changed names or numbers: read the list again, keeping the place.
    const QModelIndex current = m_results->currentIndex();
    const QString childUuid = current.data(ChildListModel::ChildUuidRole).toString();
    const int row = current.row();
    m_model->reload();
    while (row >= m_model->rowCount() && m_model->canFetchMore())
        m_model->fetchMore();
    for (int r = 0; r < m_model->rowCount() && !childUuid.isEmpty(); ++r) {
        if (m_model->summaryAt(r).uuid == childUuid) {
            m_results->selectRow(r);
            m_results->scrollTo(m_model->index(r, 0), QAbstractItemView::PositionAtCenter);
            break;
        }
    }
    m_stack->setCurrentWidget(m_listView);
    (m_results->isVisible() && m_results->currentIndex().isValid() ? static_cast<QWidget*>(m_results) : m_search)->setFocus();
}

void FamiliesPage::applySearchNow()
{
    m_searchTimer->stop();
    m_notice->hide();
    if (m_search->text() != m_model->query())
        m_model->setQuery(m_search->text());
}

void FamiliesPage::setSearchDelay(int milliseconds) { m_searchTimer->setInterval(milliseconds); }

void FamiliesPage::reload()
{
    m_searchTimer->stop();
    m_model->setQuery(m_search->text());
}

void FamiliesPage::updateState()
{
    const int rows = m_model->rowCount();
    const bool searching = !m_model->query().trimmed().isEmpty();
    const QLocale locale;
    if (!searching) {
        m_count->setText(m_totalChildren == 1 ? tr("1 child registered")
                                              : tr("%1 children registered").arg(locale.toString(m_totalChildren)));
    } else if (m_model->canFetchMore()) {
        m_count->setText(tr("Showing the first %1 matches: scroll for more, or type more to narrow the search.").arg(locale.toString(rows)));
    } else {
        m_count->setText(rows == 1 ? tr("1 child found") : tr("%1 children found").arg(locale.toString(rows)));
    }

    m_results->setVisible(rows > 0);
    m_emptyState->setVisible(rows == 0);
    if (rows > 0)
        return;
    if (searching) {
        m_emptyState->setText(tr("<p><b>No children match “%1”.</b></p>"
                                 "<p>Type the start of a given or family name (in any order), a full NHS number, a postcode or its "
                                 "first half such as NG7, or a date of birth as dd/mm/yyyy.</p>")
                                  .arg(m_model->query().trimmed().toHtmlEscaped()));
    } else {
        QString text = tr("<p><b>No families are registered in this store yet.</b></p>"
                          "<p>Choose <b>Register family…</b> (Ctrl+N) to register the first one, before or after the birth.</p>");
        if (m_session.can(Permission::ImportRecords))
            text += tr("<p>To register a list of new births at once, choose <b>Import from CSV…</b>.</p>");
        m_emptyState->setText(text);
    }
}

void FamiliesPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void FamiliesPage::openRow(int row)
{
    const ChildSummary child = m_model->summaryAt(row);
    if (!child.uuid.isEmpty())
        openFamily(child.familyUuid, child.uuid);
}

void FamiliesPage::openFamily(const QString& familyUuid, const QString& childUuid)
{
    Q_EMIT openFamilyRequested(familyUuid, childUuid);
    if (m_recordPage)
        m_stack->setCurrentWidget(m_recordPage);
}

RegisterFamilyDialog* FamiliesPage::openRegisterDialog()
{
    if (m_registerDialog && m_registerDialog->isVisible()) {
        m_registerDialog->raise();
        m_registerDialog->activateWindow();
        return m_registerDialog;
    }
    auto* dialog = new RegisterFamilyDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Family& family = dialog->registeredFamily();
        const Child& child = family.children.first();
        reload();
        m_notice->setText(tr("Registered %1 %2.").arg(child.givenName, child.familyName));
        m_notice->show();
        Q_EMIT familyRegistered(family.uuid);
        openFamily(family.uuid, child.uuid);
    });
    connect(dialog, &RegisterFamilyDialog::openExisting, this, [this, dialog](const QString& childUuid, const QString& familyUuid) {
        dialog->reject();
        openFamily(familyUuid, childUuid);
    });
    m_registerDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace tandem::gui
