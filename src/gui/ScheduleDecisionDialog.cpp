#include "ScheduleDecisionDialog.h"
#include "ui_ScheduleDecisionDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ContactRules.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

ScheduleDecisionDialog::ScheduleDecisionDialog(Session& session, const ChildSchedule& child, const domain::ScheduledContact& contact,
                                               QWidget* parent)
    : QDialog(parent), m_session(session), m_childUuid(child.childUuid), m_contact(contact.contact),
      m_ui(std::make_unique<Ui::ScheduleDecisionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scheduleDecisionDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Record decision"), tr("Record the decision"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->summaryLabel->setText(tr("<b>%1</b> for %2: due by %3, now %4.")
                                    .arg(domain::contactDisplayName(contact.contact).toHtmlEscaped(), child.childName.toHtmlEscaped(),
                                         RecordText::date(contact.dueBy), domain::statusDisplayName(contact.status).toLower()));
    // Changing an earlier decision starts from it.
    const bool decided = contact.status == domain::ContactStatus::Declined || contact.status == domain::ContactStatus::NotApplicable;
    m_ui->declinedRadio->setChecked(contact.status == domain::ContactStatus::Declined);
    m_ui->notApplicableRadio->setChecked(contact.status == domain::ContactStatus::NotApplicable);
    if (decided)
        m_ui->decisionReasonEdit->setPlainText(contact.reason);
    m_ui->decisionDateInput->setText(DateInput::format(session.today()));

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->declinedRadio, m_ui->decisionIssue);
    m_feedback->add(m_ui->notApplicableRadio, nullptr);
    m_feedback->add(m_ui->decisionReasonEdit, m_ui->decisionReasonIssue);
    m_feedback->add(m_ui->decisionDateInput, m_ui->decisionDateIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScheduleDecisionDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ScheduleDecisionDialog::~ScheduleDecisionDialog() = default;

void ScheduleDecisionDialog::validate()
{
    const bool chosen = m_ui->declinedRadio->isChecked() || m_ui->notApplicableRadio->isChecked();
    m_feedback->setIssue(m_ui->declinedRadio, chosen ? QString() : tr("Choose whether the family declined it or it does not apply."));
    QString reason = m_ui->decisionReasonEdit->toPlainText();
    const domain::FieldIssues issues = domain::ContactRules::checkReason(reason, QStringLiteral("decision.reason"));
    m_feedback->setIssue(m_ui->decisionReasonEdit, issues.isEmpty() ? QString() : issues.first().message);
    const auto on = DateInput::parse(m_ui->decisionDateInput->text());
    QString dateIssue;
    if (!on)
        dateIssue = DateInput::formatHint();
    else if (*on > m_session.today())
        dateIssue = tr("A decision cannot be recorded for a day in the future.");
    m_feedback->setIssue(m_ui->decisionDateInput, dateIssue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void ScheduleDecisionDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto recorded = ScheduleService(m_session).recordDecision(m_childUuid, m_contact, m_ui->declinedRadio->isChecked(),
                                                              m_ui->decisionReasonEdit->toPlainText(),
                                                              *DateInput::parse(m_ui->decisionDateInput->text()));
    if (!recorded.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, recorded.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
