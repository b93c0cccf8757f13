#include "RegisterFamilyDialog.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "ui_RegisterFamilyDialog.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"
#include "tandem/services/UserService.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
const QString kChild = QStringLiteral("children[0].");
QString childKey(const char* field) { return kChild + QLatin1String(field); }

// Tidies a field the user has left: the canonical form of a valid value, else what they typed.
void tidyOnLeave(QLineEdit* edit, QString (*tidy)(const QString&))
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, tidy] {
        const QString tidied = tidy(edit->text());
        if (!tidied.isEmpty() && tidied != edit->text())
            edit->setText(tidied);
    });
}
QString tidyNhs(const QString& t) { auto n = domain::NhsNumber::parse(t); return n.ok() ? domain::NhsNumber::format(n.value()) : QString(); }
QString tidyPostcode(const QString& t) { auto p = domain::Postcode::parse(t); return p.ok() ? p.value() : QString(); }
QString tidyDate(const QString& t) { auto d = DateInput::parse(t); return d ? DateInput::format(*d) : QString(); }
} // namespace

RegisterFamilyDialog::RegisterFamilyDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RegisterFamilyDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    m_ui->adult1Fields->setOrdinal(0);
    m_ui->adult1Fields->setDefaults(QStringLiteral("mother"), true);
    m_ui->adult2Fields->setOrdinal(1);

    m_registerButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_registerButton->setText(tr("&Register"));
    m_registerButton->setAccessibleName(tr("Register the family"));
    m_registerButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel registration"));
    m_ui->duplicateFrame->hide();
    FieldFeedback::showMessage(m_ui->problemLabel, QString());

    fillChoices();
    watchFields();
    setUnborn(false);
    m_ui->childGivenNameEdit->setFocus();

    connect(m_registerButton, &QPushButton::clicked, this, &RegisterFamilyDialog::attemptRegister);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->notBornCheck, &QCheckBox::toggled, this, &RegisterFamilyDialog::setUnborn);
    connect(m_ui->secondAdultCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->secondAdultGroup->setVisible(on);
        validate();
    });
    connect(m_ui->confirmDifferentChildCheck, &QCheckBox::toggled, this, &RegisterFamilyDialog::updateRegisterButton);
    connect(m_ui->openExistingButton, &QPushButton::clicked, this, [this] {
        if (m_existing)
            Q_EMIT openExisting(m_existing->uuid, m_existing->familyUuid);
    });
}

RegisterFamilyDialog::~RegisterFamilyDialog() = default;

void RegisterFamilyDialog::fillChoices()
{
    for (const QString& token : {QStringLiteral("unknown"), QStringLiteral("female"), QStringLiteral("male")})
        m_ui->childSexCombo->addItem(domain::RecordRules::sexDisplayName(token), token);

    m_ui->keyWorkerCombo->addItem(tr("No key worker yet"), QString());
    auto users = UserService(m_session).listUsers();
    if (!users.ok()) {
        FieldFeedback::showMessage(m_ui->problemLabel, users.error().message);
        return;
    }
    for (const User& u : users.value())
        m_ui->keyWorkerCombo->addItem(tr("%1 (%2)").arg(u.displayName, roleDisplayName(u.role)), u.uuid);
    // Whoever registers a family usually carries on working with it.
    m_ui->keyWorkerCombo->setCurrentIndex(std::max(0, m_ui->keyWorkerCombo->findData(m_session.user().uuid)));
}

void RegisterFamilyDialog::watchFields()
{
    m_feedback = new FieldFeedback(this);
    const Ui::RegisterFamilyDialog& ui = *m_ui;
    m_issueFields = {
        {childKey("givenName"), ui.childGivenNameEdit},     {childKey("familyName"), ui.childFamilyNameEdit},
        {childKey("preferredName"), ui.childPreferredNameEdit}, {childKey("dateOfBirth"), ui.childDateOfBirthEdit},
        {childKey("expectedDeliveryDate"), ui.childDueDateEdit}, {childKey("nhsNumber"), ui.childNhsNumberEdit},
    };
    m_issueFields += ui.adult1Fields->issueFields(QStringLiteral("adults[0]."));
    m_issueFields += ui.adult2Fields->issueFields(QStringLiteral("adults[1]."));
    m_issueFields += {
        {QStringLiteral("family.addressLine1"), ui.addressLine1Edit}, {QStringLiteral("family.addressLine2"), ui.addressLine2Edit},
        {QStringLiteral("family.town"), ui.townEdit},                 {QStringLiteral("family.postcode"), ui.postcodeEdit},
        {QStringLiteral("family.ward"), ui.wardEdit},                 {QStringLiteral("family.childrensCentre"), ui.childrensCentreEdit},
        {QStringLiteral("family.mainLanguage"), ui.mainLanguageEdit}, {QStringLiteral("family.accessibilityNeeds"), ui.accessibilityEdit},
    };
    for (const auto& [key, field] : std::as_const(m_issueFields)) {
        if (field->parentWidget() == ui.adult1Fields || field->parentWidget() == ui.adult2Fields)
            continue; // the adults' rows register themselves below
        // In the .ui each input "postcodeEdit" has its message label "postcodeIssue" under it.
        auto* issue = findChild<QLabel*>(field->objectName().chopped(field->objectName().endsWith(QLatin1String("Edit")) ? 4 : 0) +
                                         QStringLiteral("Issue"));
        m_feedback->add(field, issue);
    }
    ui.adult1Fields->watch(*m_feedback);
    ui.adult2Fields->watch(*m_feedback);
    for (QWidget* choice : {static_cast<QWidget*>(ui.childSexCombo), static_cast<QWidget*>(ui.notBornCheck),
                            static_cast<QWidget*>(ui.interpreterCheck), static_cast<QWidget*>(ui.keyWorkerCombo)})
        m_feedback->add(choice, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, &RegisterFamilyDialog::validate);

    tidyOnLeave(ui.childNhsNumberEdit, tidyNhs);
    tidyOnLeave(ui.postcodeEdit, tidyPostcode);
    tidyOnLeave(ui.childDateOfBirthEdit, tidyDate);
    tidyOnLeave(ui.childDueDateEdit, tidyDate);
    // A duplicate answer is about this child as typed; any change to who the child is makes it stale.
    for (QLineEdit* edit : {ui.childGivenNameEdit, ui.childFamilyNameEdit, ui.childDateOfBirthEdit, ui.childDueDateEdit, ui.childNhsNumberEdit})
        connect(edit, &QLineEdit::textChanged, this, &RegisterFamilyDialog::clearDuplicate);
    connect(ui.notBornCheck, &QCheckBox::toggled, this, &RegisterFamilyDialog::clearDuplicate);
}

Family RegisterFamilyDialog::draft(domain::FieldIssues* parseIssues) const
{
    const Ui::RegisterFamilyDialog& ui = *m_ui;
    Family f;
    f.address = {ui.addressLine1Edit->text(), ui.addressLine2Edit->text(), ui.townEdit->text(), ui.postcodeEdit->text()};
    f.ward = ui.wardEdit->text();
    f.childrensCentre = ui.childrensCentreEdit->text();
    f.mainLanguage = ui.mainLanguageEdit->text();
    f.interpreterNeeded = ui.interpreterCheck->isChecked();
    f.accessibilityNeeds = ui.accessibilityEdit->toPlainText().trimmed();
    f.keyWorkerUuid = ui.keyWorkerCombo->currentData().toString();

    Child c;
    c.givenName = ui.childGivenNameEdit->text();
    c.familyName = ui.childFamilyNameEdit->text();
    c.preferredName = ui.childPreferredNameEdit->text();
    c.sex = ui.childSexCombo->currentData().toString();
    const bool unborn = ui.notBornCheck->isChecked();
    const QString dateText = (unborn ? ui.childDueDateEdit : ui.childDateOfBirthEdit)->text();
    if (!dateText.trimmed().isEmpty()) {
        if (const auto date = DateInput::parse(dateText))
            (unborn ? c.expectedDeliveryDate : c.dateOfBirth) = *date;
        else if (parseIssues)
            parseIssues->append({childKey(unborn ? "expectedDeliveryDate" : "dateOfBirth"), DateInput::formatHint()});
    }
    if (!unborn)
        c.nhsNumber = ui.childNhsNumberEdit->text(); // an unborn child has none; the hidden field is ignored
    f.children << c;
    f.adults << ui.adult1Fields->person();
    if (ui.secondAdultCheck->isChecked())
        f.adults << ui.adult2Fields->person();
    return f;
}

void RegisterFamilyDialog::validate()
{
    domain::FieldIssues issues;
    Family f = draft(&issues);
    issues += domain::RecordRules::checkRegistration(f, m_session.today());
    const bool unborn = m_ui->notBornCheck->isChecked();
    for (domain::FieldIssue& issue : issues) {
        // RecordRules asks for "the date" under dateOfBirth; before a birth that is the due date.
        if (unborn && issue.field == childKey("dateOfBirth"))
            issue.field = childKey("expectedDeliveryDate");
        if (issue.field == QLatin1String("adults"))
            issue.field = QStringLiteral("adults[0].parentalResponsibility");
    }
    QStringList needed;
    for (const auto& [key, field] : std::as_const(m_issueFields)) {
        const QString message = FieldFeedback::issueFor(issues, key);
        m_feedback->setIssue(field, message);
        if (!message.isEmpty())
            needed << field->accessibleName();
    }
    m_formValid = issues.isEmpty();
    growToFit();
    m_ui->summaryLabel->setText(needed.isEmpty() ? QString() : tr("Still needed before you can register: %1.").arg(needed.join(QStringLiteral(", "))));
    updateRegisterButton();
}

void RegisterFamilyDialog::growToFit()
{
    // A window's layout does not grow it for wrapped text (height for width), so messages
    // appearing under fields could be squeezed; make room for them instead.
    if (!isVisible() || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void RegisterFamilyDialog::updateRegisterButton()
{
    const bool duplicateAllows = m_duplicate == Duplicate::None ||
                                 (m_duplicate == Duplicate::NeedsConfirmation && m_ui->confirmDifferentChildCheck->isChecked());
    m_registerButton->setEnabled(m_formValid && duplicateAllows);
}

void RegisterFamilyDialog::setUnborn(bool unborn)
{
    for (QWidget* w : {static_cast<QWidget*>(m_ui->childDateOfBirthLabel), static_cast<QWidget*>(m_ui->childDateOfBirthEdit),
                       static_cast<QWidget*>(m_ui->childNhsNumberLabel), static_cast<QWidget*>(m_ui->childNhsNumberEdit)})
        w->setVisible(!unborn);
    m_ui->childDueDateLabel->setVisible(unborn);
    m_ui->childDueDateEdit->setVisible(unborn);
    // "Baby" is the usual name until a child is named; it goes again if the box was ticked by mistake.
    const QString placeholderName = tr("Baby");
    if (unborn && m_ui->childGivenNameEdit->text().trimmed().isEmpty())
        m_ui->childGivenNameEdit->setText(placeholderName);
    else if (!unborn && m_ui->childGivenNameEdit->text() == placeholderName)
        m_ui->childGivenNameEdit->clear();
    validate();
}

void RegisterFamilyDialog::attemptRegister()
{
    validate();
    if (!m_registerButton->isEnabled())
        return;
    FieldFeedback::showMessage(m_ui->problemLabel, QString());
    const Family family = draft(nullptr);
    WriteOptions options;
    options.confirmedNotDuplicate = m_duplicate == Duplicate::NeedsConfirmation && m_ui->confirmDifferentChildCheck->isChecked();
    FamilyService service(m_session);
    auto registered = service.registerFamily(family, options);
    if (registered.ok()) {
        m_registered = std::move(registered).value();
        accept();
        return;
    }
    const Error& error = registered.error();
    if (error.code != ErrorCode::Conflict && error.code != ErrorCode::NeedsConfirmation) {
        FieldFeedback::showMessage(m_ui->problemLabel, error.message);
        return;
    }
    // The service's message names the other child; ask again for its record so it can be opened.
    std::optional<ChildSummary> existing;
    if (auto check = service.checkDuplicates(family.children.first()); check.ok()) {
        if (error.code == ErrorCode::Conflict)
            existing = check.value().sameNhsNumber;
        else if (check.value().similarNames.size() == 1)
            existing = check.value().similarNames.first();
    }
    showDuplicate(error.code == ErrorCode::Conflict ? Duplicate::Blocked : Duplicate::NeedsConfirmation, error.message, existing);
}

void RegisterFamilyDialog::showDuplicate(Duplicate kind, const QString& message, const std::optional<ChildSummary>& existing)
{
    m_duplicate = kind;
    m_existing = existing;
    const bool blocked = kind == Duplicate::Blocked;
    m_ui->duplicateFrame->setStyleSheet(blocked ? QStringLiteral("#duplicateFrame { background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; }")
                                                : QStringLiteral("#duplicateFrame { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; }"));
    m_ui->duplicateLabel->setText(message);
    m_ui->openExistingButton->setVisible(existing.has_value());
    m_ui->confirmDifferentChildCheck->setChecked(false);
    m_ui->confirmDifferentChildCheck->setVisible(!blocked);
    m_ui->duplicateFrame->show();
    growToFit();
    if (existing)
        m_ui->openExistingButton->setFocus();
    else
        (blocked ? static_cast<QWidget*>(m_ui->childNhsNumberEdit) : m_ui->confirmDifferentChildCheck)->setFocus();
    updateRegisterButton();
}

void RegisterFamilyDialog::clearDuplicate()
{
    if (m_duplicate == Duplicate::None)
        return;
    m_duplicate = Duplicate::None;
    m_existing.reset();
    m_ui->duplicateFrame->hide();
    updateRegisterButton();
}

} // namespace tandem::gui
