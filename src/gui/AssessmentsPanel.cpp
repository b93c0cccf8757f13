#include "AssessmentsPanel.h"

#include "AssessmentDetailsView.h"
#include "AssessmentHistoryView.h"
#include "Asq3ChartDialog.h"
#include "Asq3Dialog.h"
#include "AsqSe2Dialog.h"
#include "EyfsCheckDialog.h"
#include "FollowUpDialog.h"
#include "IntegratedReviewDialog.h"
#include "RecordText.h"
#include "WellCommDialog.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Form { Asq3Form, AsqSe2Form, WellCommForm, EyfsForm, ReviewForm, ChartForm };

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}
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

    m_history = new AssessmentHistoryView(this);
    layout->addWidget(m_history);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("assessmentsEmptyLabel"));
    m_empty->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_details = new AssessmentDetailsView(this);
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

QTreeWidget* AssessmentsPanel::historyView() const { return m_history; }

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
    const QString keep = m_history->currentUuid();
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
    m_history->selectUuid(keep);
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
            m_history->addAssessment(*e.assessment);
        else if (e.review)
            m_history->addReview(*e.review);
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
    m_history->fitHeight();
}

const AssessmentsPanel::Entry* AssessmentsPanel::selected() const
{
    const QString uuid = m_history->currentUuid();
    if (uuid.isEmpty())
        return nullptr;
    for (const Entry& e : m_entries)
        if (e.uuid() == uuid)
            return &e;
    return nullptr;
}

void AssessmentsPanel::showDetails()
{
    const Entry* e = selected();
    if (!e) {
        m_details->showNothing();
    } else if (e->assessment) {
        m_details->setAssessment(*e->assessment);
    } else {
        QList<Assessment> assessments; // to name the ones the review brings together
        for (const Entry& other : std::as_const(m_entries))
            if (other.assessment)
                assessments << *other.assessment;
        m_details->setReview(*e->review, assessments);
    }
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
