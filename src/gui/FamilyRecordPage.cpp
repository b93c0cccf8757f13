#include "FamilyRecordPage.h"

#include "AddAdultDialog.h"
#include "AddChildDialog.h"
#include "AddInvolvementDialog.h"
#include "AssessmentsPanel.h"
#include "ChangeAddressDialog.h"
#include "ContactsPanel.h"
#include "DeleteRecordDialog.h"
#include "EndInvolvementDialog.h"
#include "FamilyRecordHeader.h"
#include "HealthVisitingPanel.h"
#include "InvolvementPanel.h"
#include "MergeChildrenDialog.h"
#include "PeoplePanel.h"
#include "SharingPanel.h"
#include "TimelinePanel.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/Session.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
QPushButton* actionButton(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(accessibleName);
    return button;
}

QFrame* rule(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: #d0d4d9;"));
    return line;
}
} // namespace

FamilyRecordPage::FamilyRecordPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("familyRecordPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);

    m_header = new FamilyRecordHeader(this);
    layout->addWidget(m_header);
    m_actions = new QWidget(this);
    buildActions(m_actions);
    layout->addWidget(m_actions);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recordProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 10px;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // Everything below the header scrolls together, so a small window never clips a panel.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("recordScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* body = new QWidget(m_scroll);
    body->setObjectName(QStringLiteral("recordBody"));
    // A little air in the record's lists; the rows are read more than they are scanned.
    // A selection the user is not working in (say the child the record was opened for) is quieter.
    body->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 4px; }"
                                       "QTreeView:!focus { selection-background-color: #d6e4f5; selection-color: #1d2733; }"));
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->setSpacing(10);
    m_involvement = new InvolvementPanel(body);
    m_healthVisiting = new HealthVisitingPanel(m_session, body);
    m_assessments = new AssessmentsPanel(m_session, body);
    m_sharing = new SharingPanel(m_session, body);
    m_people = new PeoplePanel(body);
    m_contacts = new ContactsPanel(m_session, body);
    m_timeline = new TimelinePanel(body);
    for (QWidget* panel : {static_cast<QWidget*>(m_involvement), static_cast<QWidget*>(m_healthVisiting),
                           static_cast<QWidget*>(m_assessments), static_cast<QWidget*>(m_sharing), static_cast<QWidget*>(m_people),
                           static_cast<QWidget*>(m_contacts)}) {
        bodyLayout->addWidget(panel);
        bodyLayout->addWidget(rule(body));
    }
    bodyLayout->addWidget(m_timeline, 1);
    m_scroll->setWidget(body);
    layout->addWidget(m_scroll, 1);

    const bool canEdit = m_session.can(Permission::EditFamilies);
    m_involvement->setEditable(canEdit);
    m_actions->setVisible(canEdit || m_session.can(Permission::DeleteRecords) || m_session.can(Permission::MergeRecords));

    connect(m_header, &FamilyRecordHeader::backRequested, this, &FamilyRecordPage::backRequested);
    for (const QKeySequence& keys : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)}) {
        auto* back = new QShortcut(keys, this);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, this, &FamilyRecordPage::backRequested);
    }
    connect(m_involvement, &InvolvementPanel::addRequested, this, &FamilyRecordPage::addInvolvement);
    connect(m_involvement, &InvolvementPanel::endRequested, this, &FamilyRecordPage::endInvolvement);
    // The panels change the record through their own dialogs; the page then shows it afresh.
    m_contacts->setFocusChildSource([this] { return focusChild(); });
    connect(m_healthVisiting, &HealthVisitingPanel::recordChanged, this, &FamilyRecordPage::panelChanged);
    connect(m_assessments, &AssessmentsPanel::recordChanged, this, &FamilyRecordPage::panelChanged);
    connect(m_sharing, &SharingPanel::recordChanged, this, &FamilyRecordPage::panelChanged);
    connect(m_sharing, &SharingPanel::sharingAreaRequested, this, &FamilyRecordPage::sharingAreaRequested);
    connect(m_contacts, &ContactsPanel::recordChanged, this, &FamilyRecordPage::panelChanged);
}

void FamilyRecordPage::buildActions(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    const bool canEdit = m_session.can(Permission::EditFamilies);
    auto* move = actionButton(bar, tr("Record a &move…"), "recordMoveButton", tr("Record a move to a new address"));
    auto* child = actionButton(bar, tr("Add &child…"), "addChildButton", tr("Add a child to the household"));
    auto* adult = actionButton(bar, tr("Add a&dult…"), "addAdultButton", tr("Add an adult to the household"));
    for (QPushButton* b : {move, child, adult}) {
        b->setVisible(canEdit);
        row->addWidget(b);
    }
    row->addStretch(1);
    // Administrators only. The core refuses anyone else; hiding the buttons just keeps the screen honest.
    m_merge = actionButton(bar, tr("M&erge duplicate child…"), "mergeChildrenButton", tr("Merge a duplicate record of a child"));
    m_delete = actionButton(bar, tr("De&lete…"), "deleteRecordButton", tr("Delete a child, an adult or the whole household"));
    m_merge->setVisible(m_session.can(Permission::MergeRecords));
    m_delete->setVisible(m_session.can(Permission::DeleteRecords));
    row->addWidget(m_merge);
    row->addWidget(m_delete);

    connect(move, &QPushButton::clicked, this, &FamilyRecordPage::recordMove);
    connect(child, &QPushButton::clicked, this, &FamilyRecordPage::addChild);
    connect(adult, &QPushButton::clicked, this, &FamilyRecordPage::addAdult);
    connect(m_merge, &QPushButton::clicked, this, &FamilyRecordPage::mergeChildren);
    connect(m_delete, &QPushButton::clicked, this, &FamilyRecordPage::deleteRecord);
}

void FamilyRecordPage::showFamily(const QString& familyUuid, const QString& focusChildUuid)
{
    m_focusChildUuid = focusChildUuid;
    FamilyRecordService records(m_session);
    auto loaded = familyUuid.isEmpty() ? records.recordForChild(focusChildUuid) : records.record(familyUuid);
    if (!loaded.ok()) {
        m_record = {};
        showProblem(loaded.message());
        return;
    }
    m_record = std::move(loaded).value();
    m_problem->hide();
    m_actions->setEnabled(true);
    m_scroll->show();
    m_header->setRecord(m_record);
    m_involvement->setInvolvements(m_record.involved);
    m_people->setFamily(m_record.family);
    m_people->selectChild(m_focusChildUuid);
    m_healthVisiting->setRecord(m_record, focusChild());
    m_assessments->setRecord(m_record, focusChild());
    m_sharing->setRecord(m_record, focusChild());
    m_contacts->setRecord(m_record);
    m_timeline->setRecord(m_record);
    m_merge->setEnabled(!m_record.family.children.isEmpty());
}

void FamilyRecordPage::reload()
{
    if (!m_record.family.uuid.isEmpty())
        showFamily(m_record.family.uuid, focusChild());
}

void FamilyRecordPage::panelChanged()
{
    reload();
    Q_EMIT recordChanged();
}

void FamilyRecordPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Opened from the list: start in the record (so Esc and Alt+Left work), at who is involved.
    if (isAncestorOf(QApplication::focusWidget()))
        return;
    for (const char* name : {"involvementView", "childrenView", "recordBackButton"}) {
        auto* target = findChild<QWidget*>(QString::fromLatin1(name));
        if (target && target->isVisibleTo(this) && target->isEnabled()) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void FamilyRecordPage::showProblem(const QString& message)
{
    m_header->clear(tr("Family record"));
    m_problem->setText(message);
    m_problem->show();
    m_actions->setEnabled(false);
    m_scroll->hide();
}

QString FamilyRecordPage::focusChild() const
{
    const QString selected = m_people->currentChildUuid();
    return selected.isEmpty() ? m_focusChildUuid : selected;
}

// Dialogs are children of the page, window-modal, deleted when closed. Accepting one
// means the core has changed the record.
template <typename Dialog, typename... Args>
Dialog* FamilyRecordPage::openDialog(Args&&... args)
{
    auto* dialog = new Dialog(m_session, std::forward<Args>(args)..., this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT recordChanged();
    });
    dialog->open();
    return dialog;
}

void FamilyRecordPage::recordMove() { openDialog<ChangeAddressDialog>(m_record); }

void FamilyRecordPage::addChild()
{
    auto* dialog = openDialog<AddChildDialog>(m_record);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_people->selectChild(dialog->addedChildUuid()); });
}

void FamilyRecordPage::addAdult() { openDialog<AddAdultDialog>(m_record); }

void FamilyRecordPage::addInvolvement() { openDialog<AddInvolvementDialog>(m_record); }

void FamilyRecordPage::endInvolvement(const Involvement& involvement) { openDialog<EndInvolvementDialog>(involvement); }

void FamilyRecordPage::deleteRecord()
{
    auto* dialog = new DeleteRecordDialog(m_session, m_record, focusChild(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->deletedFamily()) {
            m_record = {};
            showProblem(tr("This household's record has been deleted."));
            Q_EMIT recordChanged();
            Q_EMIT backRequested();
            return;
        }
        reload();
        Q_EMIT recordChanged();
    });
    dialog->open();
}

void FamilyRecordPage::mergeChildren() { openDialog<MergeChildrenDialog>(m_record, focusChild()); }

} // namespace tandem::gui
