#include "AddInvolvementDialog.h"
#include "ui_AddInvolvementDialog.h"

#include "FieldFeedback.h"

#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr int kMaxText = 200; // as FamilyService::addInvolvement
}

AddInvolvementDialog::AddInvolvementDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::AddInvolvementDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addInvolvementDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Add"), tr("Add who is involved"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    for (const QString& token : InvolvementServices::serviceTokens())
        m_ui->serviceCombo->addItem(InvolvementServices::serviceDisplayName(token), token);
    m_ui->sinceEdit->setMaximumDate(session.today());
    m_ui->sinceEdit->setDate(session.today());

    QString currentKeyWorker;
    for (const Involvement& i : record.involved)
        if (i.keyWorker && !i.until)
            currentKeyWorker = i.workerName;
    m_ui->keyWorkerNote->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->keyWorkerNote->setText(currentKeyWorker.isEmpty()
                                     ? tr("The family has no key worker yet.")
                                     : tr("The key worker is now %1; ticking this makes the new worker key worker instead.")
                                           .arg(currentKeyWorker));

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->keyWorkerNote);
    m_feedback->add(m_ui->serviceCombo, nullptr);
    m_feedback->add(m_ui->workerNameEdit, m_ui->workerNameIssue);
    m_feedback->add(m_ui->organisationEdit, m_ui->organisationIssue);
    m_feedback->add(m_ui->sinceEdit, m_ui->sinceIssue);
    m_feedback->add(m_ui->keyWorkerCheck, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddInvolvementDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

AddInvolvementDialog::~AddInvolvementDialog() = default;

Involvement AddInvolvementDialog::draft() const
{
    Involvement i;
    i.service = m_ui->serviceCombo->currentData().toString();
    i.workerName = m_ui->workerNameEdit->text().simplified();
    i.organisation = m_ui->organisationEdit->text().simplified();
    i.since = m_ui->sinceEdit->date();
    i.keyWorker = m_ui->keyWorkerCheck->isChecked();
    return i;
}

void AddInvolvementDialog::validate()
{
    const Involvement i = draft();
    QString worker;
    if (i.workerName.isEmpty())
        worker = tr("Enter the worker's name, as the family knows them.");
    else if (i.workerName.size() > kMaxText)
        worker = tr("Shorten the worker's name to %1 characters or fewer; it has %2.").arg(kMaxText).arg(i.workerName.size());
    m_feedback->setIssue(m_ui->workerNameEdit, worker);
    m_feedback->setIssue(m_ui->organisationEdit,
                         i.organisation.size() > kMaxText
                             ? tr("Shorten the organisation to %1 characters or fewer; it has %2.").arg(kMaxText).arg(i.organisation.size())
                             : QString());
    m_feedback->setIssue(m_ui->sinceEdit, i.since > m_session.today() ? tr("An involvement cannot start in the future.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void AddInvolvementDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto added = FamilyService(m_session).addInvolvement(m_familyUuid, draft());
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
