#include "LeftAreaDialog.h"
#include "ui_LeftAreaDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ContactRules.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

LeftAreaDialog::LeftAreaDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::LeftAreaDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("leftAreaDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Record move away"), tr("Record that the family moved out of the area"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->introLabel->setText(tr("Record that the %1 moved out of the area. Their remaining mandated contacts will no longer be due "
                                 "and the family leaves every caseload. If they come back, use \"Back in the area\".")
                                  .arg(RecordText::householdName(record.family)));
    m_ui->leftAreaDateInput->setText(DateInput::format(session.today()));
    m_registeredOn = QDateTime::fromString(record.family.meta.createdAt, Qt::ISODateWithMs).toLocalTime().date();

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->leftAreaDateInput, m_ui->leftAreaDateIssue);
    m_feedback->add(m_ui->leftAreaReasonEdit, m_ui->leftAreaReasonIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LeftAreaDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(500, 0)));
}

LeftAreaDialog::~LeftAreaDialog() = default;

void LeftAreaDialog::validate()
{
    const auto on = DateInput::parse(m_ui->leftAreaDateInput->text());
    QString dateIssue;
    if (!on)
        dateIssue = DateInput::formatHint();
    else if (*on > m_session.today())
        dateIssue = tr("Record a move away once it has happened; the date cannot be in the future.");
    else if (m_registeredOn.isValid() && *on < m_registeredOn)
        dateIssue = tr("The family was registered on %1; the date they left must be on or after it.").arg(RecordText::date(m_registeredOn));
    m_feedback->setIssue(m_ui->leftAreaDateInput, dateIssue);
    QString reason = m_ui->leftAreaReasonEdit->toPlainText();
    const domain::FieldIssues issues = domain::ContactRules::checkReason(reason, QStringLiteral("leftArea.reason"));
    m_feedback->setIssue(m_ui->leftAreaReasonEdit, issues.isEmpty() ? QString() : issues.first().message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void LeftAreaDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto left = CareTeamService(m_session).recordLeftArea(m_familyUuid, *DateInput::parse(m_ui->leftAreaDateInput->text()),
                                                          m_ui->leftAreaReasonEdit->toPlainText());
    if (!left.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, left.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
