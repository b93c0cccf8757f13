#include "AssessmentsPanel.h"

#include "AssessmentText.h"
#include "Asq3ChartDialog.h"
#include "Asq3Dialog.h"
#include "AsqSe2Dialog.h"
#include "EyfsCheckDialog.h"
#include "FollowUpDialog.h"
#include "IntegratedReviewDialog.h"
#include "RecordText.h"
#include "VisitText.h"
#include "WellCommDialog.h"
#include "WrappingItemDelegate.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Column { DateColumn, InstrumentColumn, OutcomeColumn, FlagsColumn, ByColumn, ColumnCount };
enum Form { Asq3Form, AsqSe2Form, WellCommForm, EyfsForm, ReviewForm, ChartForm };
constexpr int UuidRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 10;
const QColor kFollowUpText(0x7a, 0x00, 0x14);
const QColor kFollowUpBadge(0xfb, 0xdd, 0xe2);
const QColor kUnverifiedText(0x6b, 0x42, 0x00);
const QColor kUnverifiedBadge(0xfb, 0xec, 0xcd);

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}

QString esc(const QString& text) { return text.toHtmlEscaped(); }

// Multi-line text typed by a person, safe in rich text.
QString paragraph(const QString& text) { return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
} // namespace

QDate AssessmentsPanel::Entry::date() const
{
    return assessment ? assessment->assessedOn : review ? review->reviewedAt.date() : QDate();
}

QString AssessmentsPanel::Entry::uuid() const { return assessment ? assessment->uuid : review ? review->uuid : QString(); }

AssessmentsPanel::AssessmentsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assessmentsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Assessments")), this);
    m_title->setObjectName(QStringLiteral("assessmentsTitle"));
    top->addWidget(m_title);
    top->addSpacing(12);
    m_childCombo = new QComboBox(this);
    m_childCombo->setObjectName(QStringLiteral("assessmentChildCombo"));
    m_childCombo->setAccessibleName(tr("Child whose assessments are shown"));
    m_childCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_childCombo);
    m_childName = new QLabel(this);
    m_childName->setObjectName(QStringLiteral("assessmentChildLabel"));
    m_childName->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    top->addWidget(m_childName);
    top->addStretch(1);
    layout->addLayout(top);

    // Recording on the left, reading and following up on the right.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_asq3 = button(this, tr("AS&Q-3…"), "recordAsq3Button", tr("Record an ASQ-3"));
    m_asqSe2 = button(this, tr("ASQ:SE-&2…"), "recordAsqSe2Button", tr("Record an ASQ:SE-2"));
    m_wellComm = button(this, tr("WellComm…"), "recordWellCommButton", tr("Record a WellComm screening"));
    m_eyfs = button(this, tr("E&YFS check…"), "recordEyfsCheckButton", tr("Record the setting's EYFS progress check at two"));
    m_review = button(this, tr("&Integrated review…"), "integratedReviewButton", tr("Complete the integrated review at 2 to 2½ years"));
    m_chart = button(this, tr("ASQ-3 char&t…"), "asq3ChartButton", tr("Show a chart of the child's ASQ-3 domains over time"));
    m_followUp = button(this, tr("Record follow-&up…"), "recordFollowUpButton", tr("Record the follow-up plan for the selected result"));
    for (QPushButton* b : {m_asq3, m_asqSe2, m_wellComm, m_eyfs, m_review})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_chart);
    actions->addWidget(m_followUp);
    layout->addLayout(actions);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("assessmentsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("assessmentHistoryView"));
    m_history->setAccessibleName(tr("Assessments and reviews, newest first"));
    m_history->setColumnCount(ColumnCount);
    m_history->setHeaderLabels({tr("Date"), tr("Assessment"), tr("Outcome"), tr("Flags"), tr("By")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(m_history);
    m_history->setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &AssessmentsPanel::fitHistoryHeight);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    layout->addWidget(m_history);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("assessmentsEmptyLabel"));
    m_empty->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("assessmentDetailsLabel"));
    m_details->setAccessibleName(tr("Details of the selected assessment"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setStyleSheet(QStringLiteral("QLabel { background: #f6f8fa; border: 1px solid #d0d4d9; border-radius: 4px; padding: 8px; }"));
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->hide();
    layout->addWidget(m_details);
    layout->addStretch(1); // spare height below the panel, never inside the details

    // As the services decide; hiding what would be refused keeps the screen honest.
    const bool record = m_session.can(Permission::RecordAssessments);
    for (QPushButton* b : {m_asq3, m_asqSe2, m_wellComm, m_eyfs, m_followUp})
        b->setVisible(record);
    m_review->setVisible(m_session.can(Permission::RecordMandatedContacts));

    connect(m_asq3, &QPushButton::clicked, this, [this] { openForChild(Asq3Form); });
    connect(m_asqSe2, &QPushButton::clicked, this, [this] { openForChild(AsqSe2Form); });
    connect(m_wellComm, &QPushButton::clicked, this, [this] { openForChild(WellCommForm); });
    connect(m_eyfs, &QPushButton::clicked, this, [this] { openForChild(EyfsForm); });
    connect(m_review, &QPushButton::clicked, this, [this] { openForChild(ReviewForm); });
    connect(m_chart, &QPushButton::clicked, this, [this] { openForChild(ChartForm); });
    connect(m_followUp, &QPushButton::clicked, this, &AssessmentsPanel::recordFollowUp);
    connect(m_childCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_history->clear(); // another child's history: start from their newest
        reload();
    });
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    fillChildren({});
    updateButtons();
}

void AssessmentsPanel::setRecord(const FamilyRecord& record, const QString& focusChildUuid)
{
    const bool otherFamily = record.family.uuid != m_record.family.uuid;
    const QString current = otherFamily ? QString() : currentChildUuid();
    m_record = record;
    if (otherFamily)
        m_history->clear();
    fillChildren(current.isEmpty() ? focusChildUuid : current);
    reload();
}

void AssessmentsPanel::fillChildren(const QString& focusChildUuid)
{
    m_children.clear();
    for (const Child& c : m_record.family.children)
        if (c.mergedInto.isEmpty() && !c.isUnborn())
            m_children << c;
    // The child the record was opened for leads; the rest keep the household's order.
    std::stable_partition(m_children.begin(), m_children.end(), [&](const Child& c) { return c.uuid == focusChildUuid; });
    const QSignalBlocker quiet(m_childCombo);
    m_childCombo->clear();
    for (const Child& c : std::as_const(m_children))
        m_childCombo->addItem(tr("%1 (born %2)").arg(RecordText::childName(c), RecordText::date(*c.dateOfBirth)), c.uuid);
    m_childCombo->setCurrentIndex(m_children.isEmpty() ? -1 : 0);
    m_childCombo->setVisible(m_children.size() > 1);
    m_childName->setVisible(m_children.size() == 1);
    if (m_children.size() == 1)
        m_childName->setText(tr("for %1").arg(RecordText::childName(m_children.first())));
}

void AssessmentsPanel::selectChild(const QString& childUuid)
{
    const int index = m_childCombo->findData(childUuid);
    if (index >= 0)
        m_childCombo->setCurrentIndex(index);
}

QString AssessmentsPanel::currentChildUuid() const { return m_childCombo->currentData().toString(); }

std::optional<Child> AssessmentsPanel::currentChild() const
{
    const QString uuid = currentChildUuid();
    for (const Child& c : m_children)
        if (c.uuid == uuid)
            return c;
    return std::nullopt;
}

void AssessmentsPanel::reload()
{
    // Keep the selected entry across the reload, so what a dialog changed is in front of the user.
    const QTreeWidgetItem* item = m_history->currentItem();
    const QString keep = item ? item->data(DateColumn, UuidRole).toString() : QString();
    m_problem->hide();
    m_entries.clear();
    if (const auto child = currentChild()) {
        if (auto assessments = AssessmentService(m_session).forChild(child->uuid); assessments.ok()) {
            for (const Assessment& a : assessments.value())
                m_entries << Entry{a, std::nullopt};
        } else {
            showProblem(assessments.message());
        }
        // Reviews are health visiting records: a reader the service turns away simply sees none.
        if (auto reviews = ReviewService(m_session).forChild(child->uuid); reviews.ok()) {
            for (const IntegratedReview& r : reviews.value())
                m_entries << Entry{std::nullopt, r};
        } else if (reviews.error().code != ErrorCode::PermissionDenied) {
            showProblem(reviews.message());
        }
    }
    // Newest first; on one day the review, which brings the others together, leads.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.date() != b.date())
            return a.date() > b.date();
        return a.review.has_value() && !b.review.has_value();
    });
    showHistory();
    for (int i = 0; i < m_history->topLevelItemCount(); ++i)
        if (m_history->topLevelItem(i)->data(DateColumn, UuidRole).toString() == keep)
            m_history->setCurrentItem(m_history->topLevelItem(i));
    if (!m_history->currentItem() && m_history->topLevelItemCount() > 0)
        m_history->setCurrentItem(m_history->topLevelItem(0));
    showDetails();
    updateButtons();
}

void AssessmentsPanel::showHistory()
{
    m_history->clear();
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.assessment)
            addAssessmentRow(*e.assessment);
        else if (e.review)
            addReviewRow(*e.review);
    }
    const bool empty = m_history->topLevelItemCount() == 0;
    m_history->setVisible(!empty);
    m_empty->setVisible(empty);
    if (m_record.family.uuid.isEmpty())
        m_empty->clear();
    else if (m_children.isEmpty())
        m_empty->setText(tr("No child in this household is born yet: assessments start after the birth."));
    else if (const auto child = currentChild())
        m_empty->setText(tr("No assessments are recorded for %1 yet.").arg(RecordText::childName(*child)));
    fitHistoryHeight();
}

void AssessmentsPanel::addAssessmentRow(const Assessment& a)
{
    auto* item = new QTreeWidgetItem(m_history);
    item->setData(DateColumn, UuidRole, a.uuid);
    item->setText(DateColumn, RecordText::date(a.assessedOn));
    item->setText(InstrumentColumn, AssessmentText::instrument(a));
    item->setText(OutcomeColumn, AssessmentText::outcome(a));
    item->setText(ByColumn, a.kind == AssessmentKind::Eyfs && !a.completedByName.isEmpty() ? a.completedByName : a.practitionerName);

    // Follow-up first: it is what someone has to do. "unverified" says the result rests on an
    // unchecked value; its tooltip lists which.
    QStringList flags;
    QStringList spoken;
    const bool followUp = AssessmentText::followUpNeeded(a);
    if (followUp) {
        flags << AssessmentText::followUpNeededText();
        spoken << AssessmentText::followUpNeededText();
    } else if (a.needsFollowUp && !a.withheld) {
        flags << tr("Plan recorded");
        spoken << tr("Follow-up plan recorded");
    }
    if (!a.unverified.isEmpty()) {
        flags << AssessmentText::unverified();
        spoken << tr("rests on unverified values");
        item->setToolTip(FlagsColumn, AssessmentText::unverifiedList(a));
        item->setToolTip(OutcomeColumn, AssessmentText::unverifiedList(a));
    }
    item->setText(FlagsColumn, flags.join(QStringLiteral(" · ")));
    item->setData(FlagsColumn, Qt::AccessibleTextRole, spoken.join(QStringLiteral("; ")));
    if (followUp) {
        item->setForeground(FlagsColumn, kFollowUpText);
        item->setData(FlagsColumn, WrappingItemDelegate::BadgeColourRole, kFollowUpBadge);
        QFont bold = item->font(FlagsColumn);
        bold.setBold(true);
        item->setFont(FlagsColumn, bold);
    } else if (!a.unverified.isEmpty()) {
        item->setForeground(FlagsColumn, kUnverifiedText);
        item->setData(FlagsColumn, WrappingItemDelegate::BadgeColourRole, kUnverifiedBadge);
    }
    if (a.withheld)
        item->setForeground(OutcomeColumn, QColor(0x4a, 0x55, 0x63));
}

void AssessmentsPanel::addReviewRow(const IntegratedReview& r)
{
    auto* item = new QTreeWidgetItem(m_history);
    item->setData(DateColumn, UuidRole, r.uuid);
    item->setText(DateColumn, RecordText::date(r.reviewedAt.date()));
    item->setText(InstrumentColumn, tr("Integrated review (2–2½ years)"));
    item->setText(OutcomeColumn, r.summary.isEmpty() ? tr("Review completed with the parent") : r.summary);
    item->setText(ByColumn, r.practitionerName);
}

// Every row in view up to a limit; the record screen scrolls as a whole.
void AssessmentsPanel::fitHistoryHeight()
{
    const int rows = std::min(m_history->topLevelItemCount(), kMaxVisibleRows);
    int height = m_history->header()->sizeHint().height() + 2 * m_history->frameWidth() + 4;
    for (int r = 0; r < std::max(rows, 1); ++r) {
        const int row = r < rows ? m_history->sizeHintForRow(r) : -1;
        height += row > 0 ? row : fontMetrics().height() + 16;
    }
    m_history->setFixedHeight(height);
}

const AssessmentsPanel::Entry* AssessmentsPanel::selected() const
{
    const QTreeWidgetItem* item = m_history->currentItem();
    if (!item)
        return nullptr;
    const QString uuid = item->data(DateColumn, UuidRole).toString();
    for (const Entry& e : m_entries)
        if (e.uuid() == uuid)
            return &e;
    return nullptr;
}

void AssessmentsPanel::showDetails()
{
    const Entry* e = selected();
    if (!e) {
        m_details->clear();
        m_details->hide();
        return;
    }
    m_details->setText(e->assessment ? assessmentDetails(*e->assessment) : reviewDetails(*e->review));
    m_details->setToolTip(e->assessment ? AssessmentText::unverifiedList(*e->assessment) : QString());
    m_details->show();
}

QString AssessmentsPanel::assessmentDetails(const Assessment& a) const
{
    QStringList html;
    QString heading = tr("<b>%1</b>, %2").arg(esc(AssessmentText::instrument(a)), RecordText::date(a.assessedOn));
    if (!a.practitionerName.isEmpty())
        heading = tr("%1, recorded by %2").arg(heading, esc(a.practitionerName));
    html << heading;
    if (a.withheld) {
        html << esc(AssessmentText::withheld(a)) + QLatin1Char('.');
        return html.join(QStringLiteral("<br>"));
    }
    if (!a.intervalReason.isEmpty())
        html << esc(a.intervalReason);
    if (a.kind == AssessmentKind::Eyfs) {
        html << tr("Completed by %1 at %2. %3")
                    .arg(esc(a.completedByName), esc(a.setting),
                         a.parentAgreedToShare ? tr("The parent agreed to share it with the health visitor.")
                                               : tr("The parent has not agreed to share it with the health visitor."));
    }
    if (a.kind == AssessmentKind::WellComm && (a.parentConcern || a.practitionerConcern)) {
        QStringList who;
        if (a.parentConcern)
            who << tr("the parent");
        if (a.practitionerConcern)
            who << tr("the practitioner");
        html << tr("Concern raised by %1.").arg(who.join(tr(" and ")));
    }

    // The parts as scored: the thresholds each was compared with, and whether they are verified.
    if (!a.parts.isEmpty()) {
        const bool scored = a.kind == AssessmentKind::Asq3 || a.kind == AssessmentKind::AsqSe2;
        QString table = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>");
        const QStringList headers = scored ? QStringList{tr("Part"), tr("Score"), tr("Cutoff"), tr("Monitoring"), tr("Result")}
                                           : QStringList{tr("Part"), tr("Result"), tr("Summary")};
        for (const QString& h : headers)
            table += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
        table += QStringLiteral("</tr>");
        for (const AssessmentPart& p : a.parts) {
            const QString result = QStringLiteral("<span style='color:%1'>%2</span>")
                                       .arg(AssessmentText::zoneColour(p.zone).name(), esc(AssessmentText::partResult(p, a.kind)));
            table += QStringLiteral("<tr><td>%1</td>").arg(esc(AssessmentText::partName(p.part)));
            if (scored) {
                table += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                             .arg(esc(AssessmentText::partScore(p)),
                                  esc(p.cutoff ? AssessmentText::threshold(*p.cutoff) : QString()),
                                  esc(p.monitoring ? AssessmentText::threshold(*p.monitoring) : QString()), result);
            } else {
                table += QStringLiteral("<td>%1</td><td>%2</td>").arg(result, paragraph(p.note));
            }
            table += QStringLiteral("</tr>");
        }
        table += QStringLiteral("</table>");
        html << table;
    }
    if (!a.parentConcerns.isEmpty())
        html << tr("<b>Parent's concerns:</b> %1").arg(paragraph(a.parentConcerns));
    if (!a.followUpPlan.isEmpty()) {
        QString plan = tr("<b>Follow-up plan:</b> %1").arg(paragraph(a.followUpPlan));
        if (a.followUpRecordedOn)
            plan = tr("%1 (recorded %2)").arg(plan, RecordText::date(*a.followUpRecordedOn));
        html << plan;
    } else if (a.needsFollowUp) {
        html << QStringLiteral("<span style='color:#7a0014'><b>%1</b></span>")
                    .arg(esc(tr("Follow-up needed: no plan is recorded yet.")));
    }
    if (!a.unverified.isEmpty()) {
        // What is unverified, one line each; where each value came from is in the tooltip.
        QStringList items;
        for (const QString& sentence : a.unverified)
            items << esc(sentence.section(QStringLiteral(": "), 0, 0));
        html << QStringLiteral("<span style='color:#6b4200'>%1 %2.</span>")
                    .arg(esc(tr("Not yet verified:")), items.join(QStringLiteral("; ")));
    }
    if (!a.definitionVersion.isEmpty())
        html << QStringLiteral("<span style='color:#5f6b7a'>%1</span>")
                    .arg(esc(tr("Scored with definitions %1.").arg(a.definitionVersion)));
    return html.join(QStringLiteral("<br>"));
}

QString AssessmentsPanel::linkedName(const QString& assessmentUuid) const
{
    for (const Entry& e : m_entries)
        if (e.assessment && e.assessment->uuid == assessmentUuid)
            return tr("%1 (%2)").arg(AssessmentText::instrument(*e.assessment), RecordText::date(e.assessment->assessedOn));
    return tr("an assessment not shown here");
}

QString AssessmentsPanel::reviewDetails(const IntegratedReview& r) const
{
    QStringList html;
    QString heading = tr("<b>Integrated review</b>, %1").arg(esc(VisitText::dateTime(r.reviewedAt)));
    if (!r.place.isEmpty())
        heading = tr("%1, %2").arg(heading, esc(ContactPlaces::displayName(r.place)));
    if (!r.practitionerName.isEmpty())
        heading = tr("%1, with %2").arg(heading, esc(r.practitionerName));
    html << heading;
    if (!r.settingPractitioner.isEmpty())
        html << tr("From the early-years setting: %1").arg(esc(r.settingPractitioner));
    if (!r.peoplePresent.isEmpty())
        html << tr("People present: %1").arg(esc(r.peoplePresent));
    QStringList linked;
    for (const QString& uuid : {r.asq3Uuid, r.asqSe2Uuid, r.wellCommUuid, r.eyfsUuid})
        if (!uuid.isEmpty())
            linked << esc(linkedName(uuid));
    if (!linked.isEmpty())
        html << tr("Brings together: %1").arg(linked.join(QStringLiteral("; ")));
    if (!r.parentViews.isEmpty())
        html << tr("<b>Parent's views:</b> %1").arg(paragraph(r.parentViews));
    if (!r.summary.isEmpty())
        html << tr("<b>Summary:</b> %1").arg(paragraph(r.summary));
    for (const FollowUpAction& action : r.actions)
        html << tr("Action: %1").arg(esc(VisitText::action(action)));
    return html.join(QStringLiteral("<br>"));
}

void AssessmentsPanel::updateButtons()
{
    const bool child = currentChild().has_value();
    for (QPushButton* b : {m_asq3, m_asqSe2, m_wellComm, m_eyfs, m_review, m_chart})
        b->setEnabled(child);
    const Entry* e = selected();
    const bool followUp = e && e->assessment && e->assessment->needsFollowUp && !e->assessment->withheld;
    m_followUp->setEnabled(followUp);
    m_followUp->setToolTip(followUp ? QString() : tr("Select a result that needs a follow-up plan."));
    m_followUp->setText(followUp && !e->assessment->followUpPlan.isEmpty() ? tr("Change follow-&up…") : tr("Record follow-&up…"));
}

void AssessmentsPanel::open(QDialog* dialog, bool showNewest)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (showNewest) // what was just recorded leads the history: show its details
        connect(dialog, &QDialog::accepted, this, [this] { m_history->setCurrentItem(nullptr); });
    connect(dialog, &QDialog::accepted, this, &AssessmentsPanel::changed);
    dialog->open();
}

void AssessmentsPanel::openForChild(int which)
{
    const auto child = currentChild();
    if (!child)
        return;
    switch (static_cast<Form>(which)) {
    case Asq3Form: open(new Asq3Dialog(m_session, *child, this), true); return;
    case AsqSe2Form: open(new AsqSe2Dialog(m_session, *child, this), true); return;
    case WellCommForm: open(new WellCommDialog(m_session, *child, this), true); return;
    case EyfsForm: open(new EyfsCheckDialog(m_session, *child, this), true); return;
    case ReviewForm: open(new IntegratedReviewDialog(m_session, m_record, child->uuid, this), true); return;
    case ChartForm: {
        auto* chart = new Asq3ChartDialog(m_session, *child, this);
        chart->setAttribute(Qt::WA_DeleteOnClose);
        chart->setWindowModality(Qt::WindowModal);
        chart->open(); // reading only: nothing to reload
        return;
    }
    }
}

void AssessmentsPanel::recordFollowUp()
{
    if (const Entry* e = selected(); e && e->assessment)
        open(new FollowUpDialog(m_session, *e->assessment, this));
}

void AssessmentsPanel::changed()
{
    reload();
    Q_EMIT recordChanged();
}

void AssessmentsPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace tandem::gui
