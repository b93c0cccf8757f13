#include "LeadProfessionalDialog.h"
#include "ui_LeadProfessionalDialog.h"

#include "FieldFeedback.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

LeadProfessionalDialog::LeadProfessionalDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::LeadProfessionalDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("leadProfessionalDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the lead professional"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    auto* combo = m_ui->leadProfessionalCombo;
    for (const Involvement& i : record.involved) {
        if (i.until)
            continue; // only those involved now can lead
        const QString service = InvolvementServices::serviceDisplayName(i.service);
        combo->addItem(i.organisation.isEmpty() ? tr("%1 · %2").arg(i.workerName, service)
                                                : tr("%1 · %2, %3").arg(i.workerName, service, i.organisation),
                       i.uuid);
        if (i.keyWorker)
            m_currentUuid = i.uuid;
    }
    combo->setCurrentIndex(std::max(0, combo->findData(m_currentUuid)));
    combo->setEnabled(combo->count() > 0);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(combo, m_ui->leadProfessionalIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LeadProfessionalDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    if (combo->count() == 0)
        m_feedback->revealAll(); // nothing to choose from: say why at once
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

LeadProfessionalDialog::~LeadProfessionalDialog() = default;

void LeadProfessionalDialog::validate()
{
    const QString chosen = m_ui->leadProfessionalCombo->currentData().toString();
    QString issue;
    if (m_ui->leadProfessionalCombo->count() == 0)
        issue = tr("No service or worker is involved with the family now. Add who is involved first.");
    else if (chosen == m_currentUuid)
        issue = tr("This is the lead professional now; choose someone else.");
    m_feedback->setIssue(m_ui->leadProfessionalCombo, issue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void LeadProfessionalDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto lead = CareTeamService(m_session).setLeadProfessional(m_familyUuid, m_ui->leadProfessionalCombo->currentData().toString());
    if (!lead.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, lead.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
