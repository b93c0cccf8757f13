#include "MarkActionDoneDialog.h"
#include "ui_MarkActionDoneDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/services/Session.h"
#include "tandem/services/VisitService.h"

#include <QPushButton>

namespace tandem::gui {

MarkActionDoneDialog::MarkActionDoneDialog(Session& session, const FollowUpAction& action, const QDate& contactDate, QWidget* parent)
    : QDialog(parent), m_session(session), m_actionUuid(action.uuid), m_contactDate(contactDate),
      m_ui(std::make_unique<Ui::MarkActionDoneDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("markActionDoneDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Mark done"), tr("Mark the action done"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->summaryLabel->setText(tr("<b>%1</b><br>Agreed on %2 for %3, due by %4.")
                                    .arg(action.description.toHtmlEscaped(), RecordText::date(contactDate),
                                         action.ownerName.toHtmlEscaped(), RecordText::date(action.dueOn)));
    m_ui->doneOnInput->setText(DateInput::format(session.today()));

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->doneOnInput, m_ui->doneOnIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MarkActionDoneDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

MarkActionDoneDialog::~MarkActionDoneDialog() = default;

void MarkActionDoneDialog::validate()
{
    const auto date = DateInput::parse(m_ui->doneOnInput->text());
    QString issue;
    if (!date)
        issue = DateInput::formatHint();
    else if (*date > m_session.today())
        issue = tr("An action cannot be done in the future.");
    else if (m_contactDate.isValid() && *date < m_contactDate)
        issue = tr("The action was agreed on %1; it cannot have been done before that.").arg(RecordText::date(m_contactDate));
    m_feedback->setIssue(m_ui->doneOnInput, issue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void MarkActionDoneDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto done = VisitService(m_session).completeAction(m_actionUuid, *DateInput::parse(m_ui->doneOnInput->text()));
    if (!done.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, done.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
