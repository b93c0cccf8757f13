#include "AddChildDialog.h"
#include "ui_AddChildDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

AddChildDialog::AddChildDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::AddChildDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addChildDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Add child"), tr("Add the child"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    for (const QString& token : domain::RecordRules::sexTokens())
        m_ui->sexCombo->addItem(domain::RecordRules::sexDisplayName(token), token);
    m_ui->sexCombo->setCurrentIndex(m_ui->sexCombo->findData(QStringLiteral("unknown")));
    if (!record.family.children.isEmpty())
        m_ui->familyNameEdit->setText(record.family.children.first().familyName);
    else if (!record.family.adults.isEmpty())
        m_ui->familyNameEdit->setText(record.family.adults.first().familyName);
    m_ui->childDateEdit->setDate(session.today());
    m_ui->confirmNotDuplicateCheck->hide();

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->bornRadio, nullptr);
    m_feedback->add(m_ui->unbornRadio, nullptr);
    m_feedback->add(m_ui->givenNameEdit, m_ui->givenNameIssue);
    m_feedback->add(m_ui->familyNameEdit, m_ui->familyNameIssue);
    m_feedback->add(m_ui->preferredNameEdit, m_ui->preferredNameIssue);
    m_feedback->add(m_ui->sexCombo, nullptr);
    m_feedback->add(m_ui->childDateEdit, m_ui->childDateIssue);
    m_feedback->add(m_ui->nhsNumberEdit, m_ui->nhsNumberIssue);
    m_feedback->add(m_ui->upnEdit, m_ui->upnIssue);
    m_feedback->add(m_ui->gpPracticeEdit, m_ui->gpPracticeIssue);
    m_feedback->add(m_ui->gestationSpin, m_ui->gestationIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        // Any edit answers the service afresh: a new duplicate warning needs a new confirmation.
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        m_ui->confirmNotDuplicateCheck->setChecked(false);
        m_ui->confirmNotDuplicateCheck->hide();
        validate();
    });
    connect(m_ui->unbornRadio, &QRadioButton::toggled, this, &AddChildDialog::statusChanged);
    connect(m_ui->confirmNotDuplicateCheck, &QCheckBox::toggled, this, [this] { validate(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddChildDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    statusChanged();
    resize(sizeHint().expandedTo(QSize(540, 0)));
}

AddChildDialog::~AddChildDialog() = default;

Child AddChildDialog::draft() const
{
    Child c;
    c.familyUuid = m_familyUuid;
    c.givenName = m_ui->givenNameEdit->text();
    c.familyName = m_ui->familyNameEdit->text();
    c.preferredName = m_ui->preferredNameEdit->text();
    c.sex = m_ui->sexCombo->currentData().toString();
    if (m_ui->unbornRadio->isChecked()) {
        c.expectedDeliveryDate = m_ui->childDateEdit->date();
    } else {
        c.dateOfBirth = m_ui->childDateEdit->date();
        c.nhsNumber = m_ui->nhsNumberEdit->text();
        if (m_ui->gestationSpin->value() > 0)
            c.gestationWeeks = m_ui->gestationSpin->value();
    }
    c.upn = m_ui->upnEdit->text();
    c.gpPractice = m_ui->gpPracticeEdit->text();
    return c;
}

void AddChildDialog::statusChanged()
{
    const bool unborn = m_ui->unbornRadio->isChecked();
    const QDate today = m_session.today();
    m_ui->childDateLabel->setText(unborn ? tr("Expected &delivery date:") : tr("&Date of birth:"));
    m_ui->childDateEdit->setAccessibleName(unborn ? tr("Expected delivery date") : tr("Date of birth"));
    m_ui->childDateEdit->setMaximumDate(unborn ? today.addDays(44 * 7) : today);
    m_ui->givenNameEdit->setPlaceholderText(unborn ? tr("\"Baby\" until the child is named") : QString());
    // An unborn child has no NHS number or gestation at birth yet.
    m_ui->nhsNumberEdit->setEnabled(!unborn);
    m_ui->gestationSpin->setEnabled(!unborn);
    validate();
}

void AddChildDialog::validate()
{
    Child child = draft();
    const domain::FieldIssues issues = domain::RecordRules::checkChild(child, m_session.today());
    auto issue = [&](const char* field) { return FieldFeedback::issueFor(issues, QString::fromLatin1(field)); };
    m_feedback->setIssue(m_ui->givenNameEdit, issue("child.givenName"));
    m_feedback->setIssue(m_ui->familyNameEdit, issue("child.familyName"));
    m_feedback->setIssue(m_ui->preferredNameEdit, issue("child.preferredName"));
    const QString dateIssue = issue("child.dateOfBirth");
    m_feedback->setIssue(m_ui->childDateEdit, dateIssue.isEmpty() ? issue("child.expectedDeliveryDate") : dateIssue);
    QString nhsIssue = issue("child.nhsNumber");
    if (nhsIssue.isEmpty() && !child.nhsNumber.isEmpty()) {
        // Say at once when the number is already held, rather than after OK.
        auto check = FamilyService(m_session).checkDuplicates(child);
        if (check.ok() && check.value().blocked())
            nhsIssue = tr("%1 already has this NHS number: open that record instead.").arg(check.value().sameNhsNumber->describe());
    }
    m_feedback->setIssue(m_ui->nhsNumberEdit, nhsIssue);
    m_feedback->setIssue(m_ui->upnEdit, issue("child.upn"));
    m_feedback->setIssue(m_ui->gpPracticeEdit, issue("child.gpPractice"));
    m_feedback->setIssue(m_ui->gestationSpin, issue("child.gestationWeeks"));
    const bool awaitingConfirmation = !m_ui->confirmNotDuplicateCheck->isHidden() && !m_ui->confirmNotDuplicateCheck->isChecked();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues() && !awaitingConfirmation);
}

void AddChildDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    WriteOptions options;
    options.confirmedNotDuplicate = !m_ui->confirmNotDuplicateCheck->isHidden() && m_ui->confirmNotDuplicateCheck->isChecked();
    auto added = FamilyService(m_session).addChild(m_familyUuid, draft(), options);
    if (!added.ok()) {
        if (added.error().code == ErrorCode::NeedsConfirmation) {
            m_ui->confirmNotDuplicateCheck->setChecked(false);
            m_ui->confirmNotDuplicateCheck->show();
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        }
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    m_addedUuid = added.value().uuid;
    accept();
}

} // namespace tandem::gui
