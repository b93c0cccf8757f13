#include "SafeguardingDialog.h"
#include "ui_SafeguardingDialog.h"

#include "ConsentText.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ConsentRules.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"
#include "tandem/services/UserService.h"

#include <QCheckBox>
#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr const char* kCategoryProperty = "shareCategory";
} // namespace

SafeguardingDialog::SafeguardingDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_record(record), m_ui(std::make_unique<Ui::SafeguardingDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("safeguardingDialog"));
    setWindowTitle(tr("Safeguarding decision about sharing — %1").arg(RecordText::householdName(record.family)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Record decision"), tr("Record the safeguarding decision"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->summaryLabel->setText(tr("Information may be shared without consent when a child is at risk of harm. Record the "
                                   "decision and its reason whether or not you share; a team lead must have authorised it. "
                                   "Shares without consent are shown apart from consents and audited."));
    const QString quiet = QStringLiteral("color: #5f6b7a;");
    m_ui->restrictedLabel->setText(tr("Share only what is relevant to the child's safety. %1").arg(ConsentText::restrictedNotesNeverShared()));
    m_ui->restrictedLabel->setStyleSheet(quiet);
    m_ui->shareUntilHint->setText(tr("At most %1 days after the decision: record a new decision if sharing must go on.")
                                      .arg(domain::ConsentRules::kMaxSafeguardingDays));
    m_ui->shareUntilHint->setStyleSheet(quiet);
    m_ui->decidedOnInput->setText(DateInput::format(session.today()));

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->restrictedLabel);
    m_feedback->fitToWidth(m_ui->shareUntilHint);
    fillChildren(focusChildUuid);
    fillPartners();
    fillCategories();
    fillAuthorisers();
    orderTabs();

    m_feedback->add(m_ui->childCombo, nullptr);
    m_feedback->add(m_ui->decisionBox, m_ui->decisionIssue);
    m_feedback->add(m_ui->partnerCombo, m_ui->partnerIssue);
    m_feedback->add(m_ui->categoriesBox, m_ui->categoriesIssue);
    m_feedback->add(m_ui->reasonEdit, m_ui->reasonIssue);
    m_feedback->add(m_ui->decidedOnInput, m_ui->decidedOnIssue);
    m_feedback->add(m_ui->shareUntilInput, m_ui->shareUntilIssue);
    m_feedback->add(m_ui->authoriserCombo, m_ui->authoriserIssue);
    for (QCheckBox* check : std::as_const(m_categoryChecks)) {
        m_feedback->add(check, nullptr);
        connect(check, &QCheckBox::clicked, this, [this] { m_feedback->touch(m_ui->categoriesBox); });
    }
    for (QRadioButton* radio : {m_ui->shareRadio, m_ui->noShareRadio}) {
        m_feedback->add(radio, nullptr);
        connect(radio, &QRadioButton::clicked, this, [this] { m_feedback->touch(m_ui->decisionBox); });
        connect(radio, &QRadioButton::toggled, this, &SafeguardingDialog::decisionChosen);
    }
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SafeguardingDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    decisionChosen();
    validate();
    resize(sizeHint().expandedTo(QSize(660, 0)));
}

SafeguardingDialog::~SafeguardingDialog() = default;

void SafeguardingDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    FieldFeedback::fitHeightOnShow(this, m_heightFitted);
}

void SafeguardingDialog::fillChildren(const QString& focusChildUuid)
{
    for (const Child& c : m_record.family.children)
        if (c.mergedInto.isEmpty())
            m_ui->childCombo->addItem(c.isUnborn() ? tr("%1 (%2)").arg(RecordText::childName(c), RecordText::childDates(c))
                                          : tr("%1 (born %2)").arg(RecordText::childName(c), RecordText::childDates(c)),
                                c.uuid);
    m_ui->childCombo->setCurrentIndex(std::max(0, m_ui->childCombo->findData(focusChildUuid)));
}

void SafeguardingDialog::fillPartners()
{
    auto partners = PartnerService(m_session).list();
    if (!partners.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, partners.message());
        return;
    }
    m_ui->partnerCombo->addItem(partners.value().isEmpty() ? tr("No partner organisations yet: add them in the Sharing area")
                                                           : tr("Choose the partner"),
                                QString());
    for (const Partner& p : partners.value()) {
        m_ui->partnerCombo->addItem(tr("%1 (%2)").arg(p.name, p.code), p.code);
        m_partnerCodes << p.code;
    }
    m_ui->partnerCombo->setEnabled(!m_partnerCodes.isEmpty());
}

void SafeguardingDialog::fillCategories()
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

// Only the store's active team leads can authorise; the service checks the role again.
void SafeguardingDialog::fillAuthorisers()
{
    QList<User> leads;
    if (auto users = UserService(m_session).listUsers(); users.ok()) {
        for (const User& u : users.value())
            if (u.active && u.role == Role::TeamLead)
                leads << u;
    } else {
        FieldFeedback::showMessage(m_ui->messageLabel, users.message());
    }
    m_ui->authoriserCombo->addItem(leads.isEmpty() ? tr("No team lead in this store") : tr("Choose the team lead"), QString());
    for (const User& u : std::as_const(leads)) {
        m_ui->authoriserCombo->addItem(u.displayName, u.uuid);
        m_teamLeads << u.uuid;
    }
    // A team lead recording their own decision is the usual case: offer them first.
    m_ui->authoriserCombo->setCurrentIndex(std::max(0, m_ui->authoriserCombo->findData(m_session.user().uuid)));
    m_ui->authoriserCombo->setEnabled(!leads.isEmpty());
}

void SafeguardingDialog::orderTabs()
{
    QList<QWidget*> order{m_ui->childCombo, m_ui->shareRadio, m_ui->noShareRadio, m_ui->partnerCombo};
    for (QCheckBox* c : std::as_const(m_categoryChecks))
        order << c;
    order << m_ui->reasonEdit << m_ui->decidedOnInput << m_ui->shareUntilInput << m_ui->authoriserCombo;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

// What may be shared and until when belong to a decision to share only.
void SafeguardingDialog::decisionChosen()
{
    const bool share = !m_ui->noShareRadio->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->categoriesLabel, m_ui->categoriesBox, m_ui->restrictedLabel,
                                                      m_ui->shareUntilLabel, m_ui->shareUntilInput, m_ui->shareUntilHint})
        w->setVisible(share); // validate() clears their problems while hidden
}

SafeguardingDecision SafeguardingDialog::draft(domain::FieldIssues* parseIssues) const
{
    SafeguardingDecision d;
    d.familyUuid = m_record.family.uuid;
    d.childUuid = m_ui->childCombo->currentData().toString();
    d.share = m_ui->shareRadio->isChecked();
    d.partnerCode = m_ui->partnerCombo->currentData().toString();
    if (d.share)
        for (const QCheckBox* check : m_categoryChecks)
            if (check->isChecked())
                d.categories << static_cast<ShareCategory>(check->property(kCategoryProperty).toInt());
    d.reason = m_ui->reasonEdit->toPlainText();
    d.authoriserUserUuid = m_ui->authoriserCombo->currentData().toString();
    auto date = [&](QLineEdit* input, const char* field) -> std::optional<QDate> {
        const QString text = input->text();
        const auto parsed = DateInput::parse(text);
        if (!parsed && parseIssues && !text.trimmed().isEmpty())
            parseIssues->append({QString::fromLatin1(field), DateInput::formatHint()});
        return parsed;
    };
    d.decidedOn = date(m_ui->decidedOnInput, "safeguarding.decidedOn").value_or(QDate());
    if (d.share)
        d.shareUntil = date(m_ui->shareUntilInput, "safeguarding.shareUntil");
    return d;
}

void SafeguardingDialog::validate()
{
    domain::FieldIssues issues;
    SafeguardingDecision d = draft(&issues);
    const bool chosen = m_ui->shareRadio->isChecked() || m_ui->noShareRadio->isChecked();
    issues += domain::ConsentRules::validateSafeguarding(d, m_teamLeads.contains(d.authoriserUserUuid), m_partnerCodes,
                                                         m_session.today());
    m_feedback->setIssue(m_ui->decisionBox, chosen ? QString() : tr("Choose whether to share without consent or not to share."));
    m_feedback->setIssue(m_ui->partnerCombo, FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.partner")));
    m_feedback->setIssue(m_ui->categoriesBox, chosen && d.share ? FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.categories")) : QString());
    m_feedback->setIssue(m_ui->reasonEdit, FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.reason")));
    m_feedback->setIssue(m_ui->decidedOnInput, FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.decidedOn")));
    m_feedback->setIssue(m_ui->shareUntilInput, chosen && d.share ? FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.shareUntil")) : QString());
    m_feedback->setIssue(m_ui->authoriserCombo, FieldFeedback::issueFor(issues, QStringLiteral("safeguarding.authoriser")));
    if (m_teamLeads.isEmpty()) // nothing to choose from: say so at once
        m_feedback->touch(m_ui->authoriserCombo);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues() && !m_ui->childCombo->currentData().toString().isEmpty());
}

void SafeguardingDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto recorded = ConsentService(m_session).recordSafeguarding(draft(nullptr));
    if (!recorded.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, recorded.message());
        return;
    }
    m_saved = std::move(recorded).value();
    accept();
}

} // namespace tandem::gui
