#include "WithdrawConsentDialog.h"
#include "ui_WithdrawConsentDialog.h"

#include "ConsentText.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ConsentRules.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

WithdrawConsentDialog::WithdrawConsentDialog(Session& session, const Consent& consent, const Family& family, QWidget* parent)
    : QDialog(parent), m_session(session), m_consent(consent), m_ui(std::make_unique<Ui::WithdrawConsentDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("withdrawConsentDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Withdraw consent"), tr("Withdraw the consent"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->summaryLabel->setText(tr("<b>%1</b>: consent given by %2 on %3 to share with %4.<br>%5")
                                    .arg(ConsentText::consentFor(consent.childUuid, family).toHtmlEscaped(),
                                         consent.givenByName.toHtmlEscaped(), RecordText::date(consent.givenOn),
                                         ConsentText::partnerCodes(consent.partnerCodes).toHtmlEscaped(),
                                         ConsentText::categories(consent.categories).toHtmlEscaped()));
    m_ui->effectLabel->setText(tr("From that day nothing more is shared under this consent. Where something was already sent, the "
                                  "next bundle to that partner tells them to remove it."));
    m_ui->effectLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->withdrawnOnInput->setText(DateInput::format(session.today()));

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->effectLabel);
    m_feedback->add(m_ui->withdrawnOnInput, m_ui->withdrawnOnIssue);
    m_feedback->add(m_ui->reasonEdit, m_ui->reasonIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WithdrawConsentDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

WithdrawConsentDialog::~WithdrawConsentDialog() = default;

void WithdrawConsentDialog::validate()
{
    const QString text = m_ui->withdrawnOnInput->text();
    const auto on = DateInput::parse(text);
    const domain::FieldIssues issues =
        domain::ConsentRules::validateWithdrawal(m_consent, on.value_or(QDate()), m_ui->reasonEdit->toPlainText(), m_session.today());
    QString dateIssue = FieldFeedback::issueFor(issues, QStringLiteral("consent.withdrawnOn"));
    if (!on && !text.trimmed().isEmpty())
        dateIssue = DateInput::formatHint();
    m_feedback->setIssue(m_ui->withdrawnOnInput, dateIssue);
    m_feedback->setIssue(m_ui->reasonEdit, FieldFeedback::issueFor(issues, QStringLiteral("consent.withdrawalReason")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void WithdrawConsentDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto withdrawn = ConsentService(m_session).withdraw(m_consent.uuid, *DateInput::parse(m_ui->withdrawnOnInput->text()),
                                                        m_ui->reasonEdit->toPlainText());
    if (!withdrawn.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, withdrawn.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
