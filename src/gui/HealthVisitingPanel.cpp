#include "HealthVisitingPanel.h"

#include "LeadProfessionalDialog.h"
#include "LeftAreaDialog.h"
#include "NamedHealthVisitorDialog.h"
#include "RecordText.h"
#include "ScheduleDecisionDialog.h"
#include "ServiceLevelDialog.h"
#include "VisitText.h"
#include "WrappingItemDelegate.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/Session.h"

#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
using domain::ContactStatus;

enum Column { ChildColumn, ContactColumn, WindowColumn, DueColumn, StatusColumn, OutcomeColumn, ColumnCount };
constexpr int ChildRole = Qt::UserRole;
constexpr int ContactRole = Qt::UserRole + 1;
constexpr int kMaxVisibleRows = 15;

struct StatusColours {
    QColor text;
    QColor badge;
};

// Colour supports the word and the symbol; it never carries the meaning alone.
StatusColours coloursFor(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Due: return {QColor(0x0b, 0x3d, 0x6e), QColor(0xdc, 0xeb, 0xfa)};
    case ContactStatus::Overdue: return {QColor(0x7a, 0x00, 0x14), QColor(0xfb, 0xdd, 0xe2)};
    case ContactStatus::Missed: return {QColor(0x5c, 0x00, 0x10), QColor(0xf1, 0xcd, 0xd3)};
    case ContactStatus::DoneOnTime: return {QColor(0x1b, 0x5e, 0x2f), QColor(0xdc, 0xf1, 0xe1)};
    case ContactStatus::DoneLate: return {QColor(0x6b, 0x42, 0x00), QColor(0xfb, 0xec, 0xcd)};
    case ContactStatus::NotYetDue:
    case ContactStatus::Declined:
    case ContactStatus::NotApplicable: break;
    }
    return {QColor(0x4a, 0x55, 0x63), QColor(0xec, 0xef, 0xf3)};
}

bool isDone(ContactStatus status) { return status == ContactStatus::DoneOnTime || status == ContactStatus::DoneLate; }

QLabel* caption(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    return label;
}

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}
} // namespace

HealthVisitingPanel::HealthVisitingPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("healthVisitingPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Health visiting")), this);
    title->setObjectName(QStringLiteral("healthVisitingTitle"));
    top->addWidget(title);
    top->addStretch(1);
    m_leftArea = button(this, tr("Moved out of &area…"), "leftAreaButton", tr("Record that the family moved out of the area"));
    top->addWidget(m_leftArea);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("healthVisitingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("leftAreaBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #e0b54a; border-radius: 4px; padding: 8px; color: #4d3800;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Who looks after the family: caption, value, and the button that changes it.
    auto* team = new QGridLayout;
    team->setHorizontalSpacing(12);
    team->setVerticalSpacing(4);
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("serviceLevelLabel"));
    m_namedVisitor = new QLabel(this);
    m_namedVisitor->setObjectName(QStringLiteral("namedHealthVisitorLabel"));
    m_lead = new QLabel(this);
    m_lead->setObjectName(QStringLiteral("leadProfessionalLabel"));
    m_changeLevel = button(this, tr("Change &level…"), "changeServiceLevelButton", tr("Change the service level"));
    m_changeVisitor = button(this, tr("C&hange…"), "changeNamedHealthVisitorButton", tr("Change the named health visitor"));
    m_changeLead = button(this, tr("Chan&ge…"), "changeLeadProfessionalButton", tr("Change the lead professional"));
    const QList<std::pair<QString, std::pair<QLabel*, QPushButton*>>> rows{
        {tr("Service level:"), {m_level, m_changeLevel}},
        {tr("Named health visitor:"), {m_namedVisitor, m_changeVisitor}},
        {tr("Lead professional:"), {m_lead, m_changeLead}},
    };
    for (int r = 0; r < rows.size(); ++r) {
        QLabel* name = caption(this, rows.at(r).first);
        team->addWidget(name, r, 0);
        team->addWidget(rows.at(r).second.first, r, 1);
        team->addWidget(rows.at(r).second.second, r, 2);
        rows.at(r).second.first->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    team->setColumnMinimumWidth(1, 320);
    team->setColumnStretch(3, 1);
    layout->addLayout(team);

    layout->addSpacing(6);
    auto* scheduleTop = new QHBoxLayout;
    auto* scheduleTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Mandated contacts")), this);
    scheduleTitle->setObjectName(QStringLiteral("scheduleTitle"));
    scheduleTop->addWidget(scheduleTitle);
    scheduleTop->addSpacing(12);
    m_scheduleSummary = caption(this, QString());
    m_scheduleSummary->setObjectName(QStringLiteral("scheduleSummaryLabel"));
    scheduleTop->addWidget(m_scheduleSummary);
    scheduleTop->addStretch(1);
    m_decide = button(this, tr("&Declined / not applicable…"), "recordDecisionButton",
                      tr("Record that the selected contact was declined or does not apply"));
    m_clearDecision = button(this, tr("Clea&r decision"), "clearDecisionButton",
                             tr("Withdraw the declined or not applicable decision for the selected contact"));
    scheduleTop->addWidget(m_decide);
    scheduleTop->addWidget(m_clearDecision);
    layout->addLayout(scheduleTop);

    m_schedule = new QTreeWidget(this);
    m_schedule->setObjectName(QStringLiteral("scheduleView"));
    m_schedule->setAccessibleName(tr("Mandated contacts for each child"));
    m_schedule->setColumnCount(ColumnCount);
    m_schedule->setHeaderLabels({tr("Child"), tr("Contact"), tr("Window"), tr("Due by"), tr("Status"), tr("Done on / reason")});
    m_schedule->setRootIsDecorated(false);
    m_schedule->setAlternatingRowColors(true);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedule->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_schedule->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(m_schedule);
    m_schedule->setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &HealthVisitingPanel::fitScheduleHeight);
    m_schedule->header()->setStretchLastSection(false);
    m_schedule->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedule->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    layout->addWidget(m_schedule);
    m_noChildren = caption(this, tr("No children are recorded in this household."));
    m_noChildren->setObjectName(QStringLiteral("scheduleEmptyLabel"));
    layout->addWidget(m_noChildren);

    // As the services decide: the level, the named health visitor and the schedule are health
    // visiting decisions; the lead professional and a move away are anyone's to record.
    const bool healthVisiting = m_session.can(Permission::RecordMandatedContacts);
    for (QPushButton* b : {m_changeLevel, m_changeVisitor, m_decide, m_clearDecision})
        b->setVisible(healthVisiting);
    const bool edit = m_session.can(Permission::EditFamilies);
    m_changeLead->setVisible(edit);
    m_leftArea->setVisible(edit);

    connect(m_changeLevel, &QPushButton::clicked, this, &HealthVisitingPanel::changeServiceLevel);
    connect(m_changeVisitor, &QPushButton::clicked, this, &HealthVisitingPanel::changeNamedHealthVisitor);
    connect(m_changeLead, &QPushButton::clicked, this, &HealthVisitingPanel::changeLeadProfessional);
    connect(m_leftArea, &QPushButton::clicked, this, &HealthVisitingPanel::leftArea);
    connect(m_decide, &QPushButton::clicked, this, &HealthVisitingPanel::recordDecision);
    connect(m_clearDecision, &QPushButton::clicked, this, &HealthVisitingPanel::clearDecision);
    connect(m_schedule, &QTreeWidget::currentItemChanged, this, &HealthVisitingPanel::updateButtons);
    updateButtons();
}

void HealthVisitingPanel::setRecord(const FamilyRecord& record, const QString& focusChildUuid)
{
    const bool otherFamily = record.family.uuid != m_record.family.uuid;
    m_record = record;
    if (otherFamily)
        m_schedule->clear();
    reload();
    if (m_schedule->currentItem() || focusChildUuid.isEmpty())
        return;
    for (const ChildSchedule& child : std::as_const(m_schedules))
        if (child.childUuid == focusChildUuid)
            if (const auto next = domain::nextContact(child.contacts))
                select(child.childUuid, static_cast<int>(next->contact));
}

void HealthVisitingPanel::select(const QString& childUuid, int contact)
{
    for (int i = 0; i < m_schedule->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_schedule->topLevelItem(i);
        if (row->data(ChildColumn, ChildRole).toString() == childUuid && row->data(ChildColumn, ContactRole).toInt() == contact)
            m_schedule->setCurrentItem(row);
    }
}

void HealthVisitingPanel::reload()
{
    // Keep the selected row across the reload, so a decision's effect is in front of the user.
    const QTreeWidgetItem* item = m_schedule->currentItem();
    const QString child = item ? item->data(ChildColumn, ChildRole).toString() : QString();
    const int contact = item ? item->data(ChildColumn, ContactRole).toInt() : -1;
    m_problem->hide();
    m_team = {};
    m_schedules.clear();
    if (!m_record.family.uuid.isEmpty()) {
        if (auto team = CareTeamService(m_session).careTeam(m_record.family.uuid); team.ok())
            m_team = team.value();
        else
            showProblem(team.message());
        if (auto schedules = ScheduleService(m_session).forFamily(m_record.family.uuid); schedules.ok())
            m_schedules = schedules.value();
        else
            showProblem(schedules.message());
    }
    showCareTeam();
    showSchedule();
    select(child, contact);
}

void HealthVisitingPanel::showCareTeam()
{
    m_level->setText(VisitText::serviceLevel(m_team));
    m_namedVisitor->setText(m_team.namedHealthVisitorName.isEmpty() ? tr("None named") : m_team.namedHealthVisitorName);
    if (m_team.leadProfessional) {
        const Involvement& lead = *m_team.leadProfessional;
        const QString where = lead.organisation.isEmpty() ? InvolvementServices::serviceDisplayName(lead.service)
                                                          : tr("%1, %2").arg(InvolvementServices::serviceDisplayName(lead.service),
                                                                            lead.organisation);
        m_lead->setText(tr("%1 · %2").arg(lead.workerName, where));
    } else {
        m_lead->setText(tr("None"));
    }
    // The buttons say what they change and what it is now, for someone not looking at the labels.
    m_changeLevel->setAccessibleDescription(tr("Now: %1").arg(m_level->text()));
    m_changeVisitor->setAccessibleDescription(tr("Now: %1").arg(m_namedVisitor->text()));
    m_changeLead->setAccessibleDescription(tr("Now: %1").arg(m_lead->text()));

    const bool away = m_team.leftArea.has_value();
    m_banner->setVisible(away);
    if (away)
        m_banner->setText(tr("<b>Moved out of the area on %1.</b> %2 The remaining mandated contacts do not apply and the "
                             "family is on no caseload.")
                              .arg(RecordText::date(*m_team.leftArea), m_team.leftAreaReason.toHtmlEscaped()));
    m_leftArea->setText(away ? tr("Back in the &area") : tr("Moved out of &area…"));
    m_leftArea->setAccessibleName(away ? tr("Record that the family is back in the area")
                                       : tr("Record that the family moved out of the area"));
}

void HealthVisitingPanel::showSchedule()
{
    m_schedule->clear();
    int overdue = 0;
    int due = 0;
    const QColor repeat(0x6b, 0x74, 0x80); // quieter than the first row, still readable (4.7:1 on white)
    for (const ChildSchedule& child : std::as_const(m_schedules)) {
        bool first = true;
        for (const domain::ScheduledContact& c : child.contacts) {
            auto* item = new QTreeWidgetItem(m_schedule);
            item->setData(ChildColumn, ChildRole, child.childUuid);
            item->setData(ChildColumn, ContactRole, static_cast<int>(c.contact));
            item->setText(ChildColumn, child.childName);
            if (!first)
                item->setForeground(ChildColumn, repeat); // the child's name leads their rows; the rest are quieter
            first = false;
            item->setText(ContactColumn, domain::contactDisplayName(c.contact));
            item->setText(WindowColumn, VisitText::window(c));
            if (c.estimated && !c.reason.isEmpty())
                item->setToolTip(WindowColumn, c.reason);
            item->setText(DueColumn, RecordText::date(c.dueBy));
            if (c.lateBy.isValid() && c.lateBy != c.dueBy)
                item->setToolTip(DueColumn, tr("Still counts, as late, until %1.").arg(RecordText::date(c.lateBy)));
            const StatusColours colours = coloursFor(c.status);
            item->setText(StatusColumn, VisitText::status(c.status));
            item->setData(StatusColumn, Qt::AccessibleTextRole, domain::statusDisplayName(c.status));
            item->setForeground(StatusColumn, colours.text);
            item->setData(StatusColumn, WrappingItemDelegate::BadgeColourRole, colours.badge);
            if (c.status == ContactStatus::Overdue) {
                QFont bold = item->font(StatusColumn);
                bold.setBold(true);
                item->setFont(StatusColumn, bold);
            }
            item->setText(OutcomeColumn, VisitText::outcome(c));
            overdue += c.status == ContactStatus::Overdue ? 1 : 0;
            due += c.status == ContactStatus::Due ? 1 : 0;
        }
    }
    const bool empty = m_schedule->topLevelItemCount() == 0;
    m_schedule->setVisible(!empty);
    m_noChildren->setVisible(empty);
    QStringList summary;
    if (overdue > 0)
        summary << (overdue == 1 ? tr("1 overdue") : tr("%1 overdue").arg(overdue));
    if (due > 0)
        summary << (due == 1 ? tr("1 due now") : tr("%1 due now").arg(due));
    m_scheduleSummary->setText(empty ? QString() : summary.isEmpty() ? tr("Nothing due now") : summary.join(QStringLiteral(", ")));

    fitScheduleHeight();
    updateButtons();
}

// Every row in view up to a limit (rows grow when a reason wraps); the record screen scrolls as a whole.
void HealthVisitingPanel::fitScheduleHeight()
{
    const int rows = std::min(m_schedule->topLevelItemCount(), kMaxVisibleRows);
    int height = m_schedule->header()->sizeHint().height() + 2 * m_schedule->frameWidth() + 4;
    for (int r = 0; r < std::max(rows, 1); ++r) {
        const int row = r < rows ? m_schedule->sizeHintForRow(r) : -1;
        height += row > 0 ? row : fontMetrics().height() + 16;
    }
    m_schedule->setFixedHeight(height);
}

std::optional<HealthVisitingPanel::Selected> HealthVisitingPanel::selected() const
{
    const QTreeWidgetItem* item = m_schedule->currentItem();
    if (!item)
        return std::nullopt;
    const QString childUuid = item->data(ChildColumn, ChildRole).toString();
    const int contact = item->data(ChildColumn, ContactRole).toInt();
    for (const ChildSchedule& child : m_schedules)
        if (child.childUuid == childUuid)
            for (const domain::ScheduledContact& c : child.contacts)
                if (static_cast<int>(c.contact) == contact)
                    return Selected{child, c};
    return std::nullopt;
}

void HealthVisitingPanel::updateButtons()
{
    const auto current = selected();
    const bool canDecide = current && !isDone(current->contact.status);
    // Not every "not applicable" is a decision (a move away, a very early birth); the service
    // says so in words if there is none to clear.
    const bool hasDecision = current && (current->contact.status == ContactStatus::Declined ||
                                         current->contact.status == ContactStatus::NotApplicable);
    m_decide->setEnabled(canDecide);
    m_clearDecision->setEnabled(hasDecision);
    m_decide->setToolTip(canDecide ? QString() : tr("Select a contact that is not done yet."));
    m_clearDecision->setToolTip(hasDecision ? QString() : tr("Select a contact recorded as declined or not applicable."));
}

void HealthVisitingPanel::open(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &HealthVisitingPanel::changed);
    dialog->open();
}

void HealthVisitingPanel::changeServiceLevel() { open(new ServiceLevelDialog(m_session, m_team, this)); }

void HealthVisitingPanel::changeNamedHealthVisitor() { open(new NamedHealthVisitorDialog(m_session, m_team, this)); }

void HealthVisitingPanel::changeLeadProfessional() { open(new LeadProfessionalDialog(m_session, m_record, this)); }

void HealthVisitingPanel::leftArea()
{
    if (!m_team.leftArea) {
        open(new LeftAreaDialog(m_session, m_record, this));
        return;
    }
    // Back in the area: nothing to ask. It can be undone by recording the move again.
    if (auto back = CareTeamService(m_session).recordLeftArea(m_record.family.uuid, QDate(), QString()); !back.ok()) {
        showProblem(back.message());
        return;
    }
    changed();
}

void HealthVisitingPanel::recordDecision()
{
    if (const auto current = selected())
        open(new ScheduleDecisionDialog(m_session, current->child, current->contact, this));
}

void HealthVisitingPanel::clearDecision()
{
    const auto current = selected();
    if (!current)
        return;
    if (auto cleared = ScheduleService(m_session).clearDecision(current->child.childUuid, current->contact.contact); !cleared.ok()) {
        showProblem(cleared.message());
        return;
    }
    changed();
}

void HealthVisitingPanel::changed()
{
    reload();
    Q_EMIT recordChanged();
}

void HealthVisitingPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace tandem::gui
