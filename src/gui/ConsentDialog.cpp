#include "ConsentDialog.h"
#include "ui_ConsentDialog.h"

#include "ConsentText.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ConsentRules.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"

#include <QCheckBox>
#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr const char* kCodeProperty = "partnerCode";
constexpr const char* kCategoryProperty = "shareCategory";
} // namespace

ConsentDialog::ConsentDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_record(record), m_ui(std::make_unique<Ui::ConsentDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent to share — %1").arg(RecordText::householdName(record.family)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save consent"), tr("Save the consent"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->summaryLabel->setText(tr("Record what the family agreed to share, with which organisations, and until when. Only what "
                                   "is ticked here goes into sharing bundles for the partners ticked here."));
    const QString quiet = QStringLiteral("color: #5f6b7a;");
    m_ui->restrictedLabel->setText(ConsentText::restrictedNotesNeverShared());
    m_ui->restrictedLabel->setStyleSheet(quiet);
    m_ui->reviewOnHint->setText(tr("Consent covers sharing up to and including this day. The caseload flags it 30 days before."));
    m_ui->reviewOnHint->setStyleSheet(quiet);
    m_ui->noPartnersLabel->setStyleSheet(quiet);
    m_ui->givenOnInput->setText(DateInput::format(session.today()));
    m_ui->reviewOnInput->setText(DateInput::format(session.today().addYears(1)));

    m_feedback = new FieldFeedback(this);
    for (QLabel* note : {m_ui->restrictedLabel, m_ui->reviewOnHint, m_ui->noPartnersLabel})
        m_feedback->fitToWidth(note);
    fillChildren(focusChildUuid);
    fillPartners();
    fillCategories();
    fillGivenBy();
    orderTabs();

    m_feedback->add(m_ui->forCombo, nullptr);
    m_feedback->add(m_ui->givenByCombo, m_ui->givenByIssue);
    m_feedback->add(m_ui->partnersBox, m_ui->partnersIssue);
    m_feedback->add(m_ui->categoriesBox, m_ui->categoriesIssue);
    m_feedback->add(m_ui->purposeEdit, m_ui->purposeIssue);
    m_feedback->add(m_ui->methodBox, m_ui->methodIssue);
    m_feedback->add(m_ui->givenOnInput, m_ui->givenOnIssue);
    m_feedback->add(m_ui->reviewOnInput, m_ui->reviewOnIssue);
    // Ticking a box or choosing an option is editing its group.
    for (QCheckBox* check : std::as_const(m_partnerChecks)) {
        m_feedback->add(check, nullptr);
        connect(check, &QCheckBox::clicked, this, [this] { m_feedback->touch(m_ui->partnersBox); });
    }
    for (QCheckBox* check : std::as_const(m_categoryChecks)) {
        m_feedback->add(check, nullptr);
        connect(check, &QCheckBox::clicked, this, [this] { m_feedback->touch(m_ui->categoriesBox); });
    }
    for (QRadioButton* radio : {m_ui->writtenRadio, m_ui->verbalRadio}) {
        m_feedback->add(radio, nullptr);
        connect(radio, &QRadioButton::clicked, this, [this] { m_feedback->touch(m_ui->methodBox); });
    }
    connect(m_ui->forCombo, &QComboBox::currentIndexChanged, this, &ConsentDialog::fillGivenBy);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsentDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

ConsentDialog::~ConsentDialog() = default;

void ConsentDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    FieldFeedback::fitHeightOnShow(this, m_heightFitted);
}

void ConsentDialog::fillChildren(const QString& focusChildUuid)
{
    m_ui->forCombo->addItem(ConsentText::wholeFamily(), QString());
    for (const Child& c : m_record.family.children)
        if (c.mergedInto.isEmpty())
            m_ui->forCombo->addItem(c.isUnborn() ? tr("%1 (%2)").arg(RecordText::childName(c), RecordText::childDates(c))
                                          : tr("%1 (born %2)").arg(RecordText::childName(c), RecordText::childDates(c)),
                                c.uuid);
    m_ui->forCombo->setCurrentIndex(std::max(0, m_ui->forCombo->findData(focusChildUuid)));
}

QStringList ConsentDialog::eligibleAdults(const QString& childUuid) const
{
    QStringList children;
    for (const Child& c : m_record.family.children)
        if (c.mergedInto.isEmpty() && (childUuid.isEmpty() || c.uuid == childUuid))
            children << c.uuid;
    QStringList out;
    if (children.isEmpty())
        return out;
    // As ConsentService checks: responsibility for the child, or for every child for a family consent.
    for (const Person& p : m_record.family.adults) {
        bool forAll = true;
        for (const QString& child : std::as_const(children)) {
            bool pr = false;
            for (const Relationship& r : m_record.family.relationships)
                pr = pr || (r.personUuid == p.uuid && r.childUuid == child && r.parentalResponsibility);
            forAll = forAll && pr;
        }
        if (forAll)
            out << p.uuid;
    }
    return out;
}

void ConsentDialog::fillGivenBy()
{
    const QString keep = m_ui->givenByCombo->currentData().toString();
    const QStringList eligible = eligibleAdults(m_ui->forCombo->currentData().toString());
    const QSignalBlocker quiet(m_ui->givenByCombo);
    m_ui->givenByCombo->clear();
    if (eligible.isEmpty())
        m_ui->givenByCombo->addItem(tr("No adult on the record has parental responsibility"), QString());
    else if (eligible.size() > 1)
        m_ui->givenByCombo->addItem(tr("Choose who gave consent"), QString());
    for (const Person& p : m_record.family.adults)
        if (eligible.contains(p.uuid))
            m_ui->givenByCombo->addItem(RecordText::fullName(p.givenName, p.familyName), p.uuid);
    m_ui->givenByCombo->setCurrentIndex(std::max(0, m_ui->givenByCombo->findData(keep)));
    m_ui->givenByCombo->setEnabled(!eligible.isEmpty());
    if (m_feedback)
        validate();
}

void ConsentDialog::fillPartners()
{
    auto partners = PartnerService(m_session).list();
    if (!partners.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, partners.message());
        return;
    }
    for (const Partner& p : partners.value()) {
        auto* check = new QCheckBox(tr("%1 (%2)").arg(p.name, p.code), m_ui->partnersBox);
        check->setObjectName(QStringLiteral("partnerCheck_%1").arg(p.code));
        check->setAccessibleName(tr("Share with %1").arg(p.name));
        check->setProperty(kCodeProperty, p.code);
        m_ui->partnersLayout->addWidget(check);
        m_partnerChecks << check;
        m_partnerCodes << p.code;
    }
    if (!m_partnerChecks.isEmpty())
        m_ui->partnersLabel->setBuddy(m_partnerChecks.first());
    m_feedback->setFittedText(m_ui->noPartnersLabel,
                              m_partnerChecks.isEmpty() ? tr("This store has no partner organisations yet. Add partners in the "
                                                             "Sharing area (a team lead confirms each one's fingerprint), then "
                                                             "record consent here.")
                                                        : QString());
}

void ConsentDialog::fillCategories()
{
    for (ShareCategory c : ShareCategories::all()) {
        auto* check = new QCheckBox(ShareCategories::displayName(c), m_ui->categoriesBox);
        check->setObjectName(QStringLiteral("categoryCheck_%1").arg(ShareCategories::token(c)));
        check->setAccessibleName(tr("Share %1").arg(ShareCategories::displayName(c)));
        check->setProperty(kCategoryProperty, static_cast<int>(c));
        m_ui->categoriesLayout->addWidget(check);
        m_categoryChecks << check;
    }
    m_ui->categoriesLabel->setBuddy(m_categoryChecks.first());
}

// The boxes are made after the form: put them where they sit on screen.
void ConsentDialog::orderTabs()
{
    QList<QWidget*> order{m_ui->forCombo, m_ui->givenByCombo};
    for (QCheckBox* c : std::as_const(m_partnerChecks))
        order << c;
    for (QCheckBox* c : std::as_const(m_categoryChecks))
        order << c;
    order << m_ui->purposeEdit << m_ui->writtenRadio << m_ui->verbalRadio << m_ui->givenOnInput << m_ui->reviewOnInput;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

Consent ConsentDialog::draft(domain::FieldIssues* parseIssues) const
{
    Consent c;
    c.familyUuid = m_record.family.uuid;
    c.childUuid = m_ui->forCombo->currentData().toString();
    c.givenByPersonUuid = m_ui->givenByCombo->currentData().toString();
    for (const QCheckBox* check : m_partnerChecks)
        if (check->isChecked())
            c.partnerCodes << check->property(kCodeProperty).toString();
    for (const QCheckBox* check : m_categoryChecks)
        if (check->isChecked())
            c.categories << static_cast<ShareCategory>(check->property(kCategoryProperty).toInt());
    c.purpose = m_ui->purposeEdit->toPlainText();
    c.method = m_ui->writtenRadio->isChecked() ? QStringLiteral("written") : m_ui->verbalRadio->isChecked() ? QStringLiteral("verbal") : QString();
    auto date = [&](QLineEdit* input, const char* field, QDate& out) {
        const QString text = input->text();
        if (const auto parsed = DateInput::parse(text))
            out = *parsed;
        else if (parseIssues && !text.trimmed().isEmpty()) // an empty date is the rules' to word
            parseIssues->append({QString::fromLatin1(field), DateInput::formatHint()});
    };
    date(m_ui->givenOnInput, "consent.givenOn", c.givenOn);
    date(m_ui->reviewOnInput, "consent.reviewOn", c.reviewOn);
    return c;
}

void ConsentDialog::validate()
{
    domain::FieldIssues issues;
    Consent c = draft(&issues);
    const bool anyAdult = !eligibleAdults(c.childUuid).isEmpty();
    issues += domain::ConsentRules::validateConsent(c, !c.givenByPersonUuid.isEmpty(), m_partnerCodes, m_session.today());
    QString givenBy = FieldFeedback::issueFor(issues, QStringLiteral("consent.givenBy"));
    if (!anyAdult) {
        givenBy = c.childUuid.isEmpty()
                      ? tr("No adult on the record holds parental responsibility for every child: record consent for each "
                           "child, or record parental responsibility on the family record first.")
                      : tr("No adult on the record holds parental responsibility for this child: record it on the family "
                           "record first.");
        m_feedback->touch(m_ui->givenByCombo); // nothing the user can pick here mends it: say so at once
    }
    m_feedback->setIssue(m_ui->givenByCombo, givenBy);
    m_feedback->setIssue(m_ui->partnersBox, FieldFeedback::issueFor(issues, QStringLiteral("consent.partners")));
    m_feedback->setIssue(m_ui->categoriesBox, FieldFeedback::issueFor(issues, QStringLiteral("consent.categories")));
    m_feedback->setIssue(m_ui->purposeEdit, FieldFeedback::issueFor(issues, QStringLiteral("consent.purpose")));
    m_feedback->setIssue(m_ui->methodBox, FieldFeedback::issueFor(issues, QStringLiteral("consent.method")));
    m_feedback->setIssue(m_ui->givenOnInput, FieldFeedback::issueFor(issues, QStringLiteral("consent.givenOn")));
    m_feedback->setIssue(m_ui->reviewOnInput, FieldFeedback::issueFor(issues, QStringLiteral("consent.reviewOn")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void ConsentDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto recorded = ConsentService(m_session).record(draft(nullptr));
    if (!recorded.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, recorded.message());
        return;
    }
    m_saved = std::move(recorded).value();
    accept();
}

} // namespace tandem::gui
