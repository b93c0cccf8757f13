#include "FollowUpDialog.h"
#include "ui_FollowUpDialog.h"

#include "AssessmentText.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/Asq3Rules.h"
#include "tandem/services/AssessmentService.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr int kMinPlan = 5; // as AssessmentService::recordFollowUp: enough to say what happens next
constexpr int kMaxPlan = domain::Asq3Rules::kMaxFreeText;
} // namespace

FollowUpDialog::FollowUpDialog(Session& session, const Assessment& assessment, QWidget* parent)
    : QDialog(parent), m_session(session), m_assessment(assessment), m_ui(std::make_unique<Ui::FollowUpDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("followUpDialog"));
    const bool replacing = !assessment.followUpPlan.trimmed().isEmpty();
    setWindowTitle(replacing ? tr("Change the follow-up plan") : tr("Record the follow-up"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save plan"), tr("Save the follow-up plan"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    QString heading = tr("<b>%1</b> on %2").arg(AssessmentText::instrument(assessment).toHtmlEscaped(),
                                                  RecordText::date(assessment.assessedOn));
    if (!assessment.practitionerName.isEmpty())
        heading = tr("%1, by %2").arg(heading, assessment.practitionerName.toHtmlEscaped());
    m_ui->assessmentLabel->setText(heading);
    m_ui->assessmentLabel->setWordWrap(true);

    // The outcome, then each part that needs attention, so the plan can answer it.
    QStringList lines{tr("Outcome: %1").arg(AssessmentText::outcome(assessment)).toHtmlEscaped()};
    for (const AssessmentPart& part : assessment.parts) {
        const bool attention = part.zone == Zone::Refer || part.zone == Zone::Monitoring || part.result == QLatin1String("red") ||
                               part.result == QLatin1String("amber") || part.result == QLatin1String("possible-delay");
        if (!attention)
            continue;
        QString line = part.score ? tr("%1: score %2").arg(AssessmentText::partName(part.part), AssessmentText::partScore(part))
                                  : AssessmentText::partName(part.part);
        line = tr("%1 — %2.").arg(line, AssessmentText::partResult(part, assessment.kind));
        const QString limits = AssessmentText::thresholds(part, assessment.kind);
        if (!limits.isEmpty())
            line = tr("%1 %2").arg(line, limits);
        lines << QStringLiteral("• %1").arg(line.toHtmlEscaped());
    }
    if (!assessment.parentConcerns.isEmpty())
        lines << tr("Parent's concerns: %1").arg(assessment.parentConcerns).toHtmlEscaped();
    m_ui->outcomeLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->outcomeLabel->setWordWrap(true);
    m_ui->outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->planEdit->setPlainText(assessment.followUpPlan);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->planEdit, m_ui->planIssue);
    m_feedback->fitToWidth(m_ui->planIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(620, 380)));
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::validate()
{
    const qsizetype length = m_ui->planEdit->toPlainText().trimmed().size();
    QString issue;
    if (length < kMinPlan)
        issue = tr("Say what will happen next and who will do it (at least %1 characters).").arg(kMinPlan);
    else if (length > kMaxPlan)
        issue = tr("The plan is %1 characters long; shorten it to %2 or fewer.").arg(length).arg(kMaxPlan);
    m_feedback->setIssue(m_ui->planEdit, issue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void FollowUpDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto saved = AssessmentService(m_session).recordFollowUp(m_assessment.uuid, m_ui->planEdit->toPlainText().trimmed());
    if (!saved.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, saved.message());
        return;
    }
    m_saved = std::move(saved).value();
    accept();
}

} // namespace tandem::gui
