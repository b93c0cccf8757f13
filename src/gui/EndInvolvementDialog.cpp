#include "EndInvolvementDialog.h"
#include "ui_EndInvolvementDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

EndInvolvementDialog::EndInvolvementDialog(Session& session, const Involvement& involvement, QWidget* parent)
    : QDialog(parent), m_session(session), m_involvement(involvement), m_ui(std::make_unique<Ui::EndInvolvementDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("endInvolvementDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("End involvement"), tr("End the involvement"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    const QString who = involvement.organisation.isEmpty()
                            ? involvement.workerName
                            : tr("%1, %2").arg(involvement.workerName, involvement.organisation);
    m_ui->summaryLabel->setText(tr("<b>%1</b>: %2, involved %3. The involvement stays on the record, shown as ended.")
                                    .arg(InvolvementServices::serviceDisplayName(involvement.service).toHtmlEscaped(),
                                         who.toHtmlEscaped(), RecordText::involvementDates(involvement).toHtmlEscaped()));
    m_ui->untilEdit->setMaximumDate(session.today());
    m_ui->untilEdit->setDate(session.today());

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->untilEdit, m_ui->untilIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EndInvolvementDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

EndInvolvementDialog::~EndInvolvementDialog() = default;

void EndInvolvementDialog::validate()
{
    const QDate until = m_ui->untilEdit->date();
    QString issue;
    if (until < m_involvement.since || until > m_session.today())
        issue = tr("The end date must be between the start (%1) and today.").arg(RecordText::date(m_involvement.since));
    m_feedback->setIssue(m_ui->untilEdit, issue);
    m_feedback->touch(m_ui->untilEdit); // a date is never empty: say at once when it is out of range
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void EndInvolvementDialog::save()
{
    validate();
    if (m_feedback->hasIssues())
        return;
    auto ended = FamilyService(m_session).endInvolvement(m_involvement.uuid, m_ui->untilEdit->date());
    if (!ended.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, ended.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
