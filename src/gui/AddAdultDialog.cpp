#include "AddAdultDialog.h"
#include "ui_AddAdultDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

AddAdultDialog::AddAdultDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::AddAdultDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addAdultDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Add adult"), tr("Add the adult"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    for (const QString& token : domain::RecordRules::relationshipTokens())
        m_ui->relationshipCombo->addItem(domain::RecordRules::relationshipDisplayName(token), token);
    m_ui->relationshipCombo->setCurrentIndex(m_ui->relationshipCombo->findData(QStringLiteral("parent")));
    m_ui->preferredContactCombo->addItem(tr("Not stated"), QString());
    for (const QString& token : domain::RecordRules::contactMethodTokens())
        m_ui->preferredContactCombo->addItem(RecordText::contactMethodDisplayName(token), token);
    if (!record.family.children.isEmpty())
        m_ui->familyNameEdit->setText(record.family.children.first().familyName);

    QStringList children;
    for (const Child& c : record.family.children)
        children << (c.preferredName.isEmpty() ? c.givenName : c.preferredName);
    m_ui->relationshipNote->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->relationshipNote->setText(children.isEmpty() ? tr("There are no children in this household yet.")
                                                       : tr("Recorded for every child in the household: %1.")
                                                             .arg(children.join(QStringLiteral(", "))));
    m_ui->dateOfBirthEdit->setMaximumDate(session.today());
    m_ui->dateOfBirthEdit->setDate(session.today().addYears(-30));
    m_ui->dateOfBirthEdit->setEnabled(false);
    connect(m_ui->dateOfBirthKnownCheck, &QCheckBox::toggled, m_ui->dateOfBirthEdit, &QDateEdit::setEnabled);

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->relationshipNote);
    m_feedback->add(m_ui->givenNameEdit, m_ui->givenNameIssue);
    m_feedback->add(m_ui->familyNameEdit, m_ui->familyNameIssue);
    m_feedback->add(m_ui->dateOfBirthKnownCheck, nullptr);
    m_feedback->add(m_ui->dateOfBirthEdit, m_ui->dateOfBirthIssue);
    m_feedback->add(m_ui->relationshipCombo, nullptr);
    m_feedback->add(m_ui->parentalResponsibilityCheck, nullptr);
    m_feedback->add(m_ui->phoneEdit, m_ui->phoneIssue);
    m_feedback->add(m_ui->emailEdit, m_ui->emailIssue);
    m_feedback->add(m_ui->preferredContactCombo, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddAdultDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(540, 0)));
}

AddAdultDialog::~AddAdultDialog() = default;

Person AddAdultDialog::draft() const
{
    Person p;
    p.givenName = m_ui->givenNameEdit->text();
    p.familyName = m_ui->familyNameEdit->text();
    if (m_ui->dateOfBirthKnownCheck->isChecked())
        p.dateOfBirth = m_ui->dateOfBirthEdit->date();
    p.relationship = m_ui->relationshipCombo->currentData().toString();
    p.parentalResponsibility = m_ui->parentalResponsibilityCheck->isChecked();
    p.phone = m_ui->phoneEdit->text();
    p.email = m_ui->emailEdit->text();
    p.preferredContact = m_ui->preferredContactCombo->currentData().toString();
    return p;
}

void AddAdultDialog::validate()
{
    Person person = draft();
    const domain::FieldIssues issues = domain::RecordRules::checkPerson(person, m_session.today());
    auto issue = [&](const char* field) { return FieldFeedback::issueFor(issues, QString::fromLatin1(field)); };
    m_feedback->setIssue(m_ui->givenNameEdit, issue("person.givenName"));
    m_feedback->setIssue(m_ui->familyNameEdit, issue("person.familyName"));
    m_feedback->setIssue(m_ui->dateOfBirthEdit, issue("person.dateOfBirth"));
    m_feedback->setIssue(m_ui->phoneEdit, issue("person.phone"));
    m_feedback->setIssue(m_ui->emailEdit, issue("person.email"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void AddAdultDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto added = FamilyService(m_session).addAdult(m_familyUuid, draft());
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
