#include "NamedHealthVisitorDialog.h"
#include "ui_NamedHealthVisitorDialog.h"

#include "FieldFeedback.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

NamedHealthVisitorDialog::NamedHealthVisitorDialog(Session& session, const CareTeam& team, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(team.familyUuid), m_currentUuid(team.namedHealthVisitorUuid),
      m_ui(std::make_unique<Ui::NamedHealthVisitorDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("namedHealthVisitorDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the named health visitor"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    auto* combo = m_ui->namedHealthVisitorCombo;
    combo->addItem(tr("No named health visitor"), QString());
    if (auto holders = CaseloadService(session).caseloadHolders(); holders.ok()) {
        for (const User& u : holders.value())
            combo->addItem(tr("%1 (%2)").arg(u.displayName, roleDisplayName(u.role)), u.uuid);
    } else {
        FieldFeedback::showMessage(m_ui->messageLabel, holders.message());
    }
    // Someone named earlier who no longer holds a caseload here stays visible as the current choice.
    if (!m_currentUuid.isEmpty() && combo->findData(m_currentUuid) < 0)
        combo->addItem(tr("%1 (no longer holds a caseload)").arg(team.namedHealthVisitorName), m_currentUuid);
    combo->setCurrentIndex(std::max(0, combo->findData(m_currentUuid)));

    m_feedback = new FieldFeedback(this);
    m_feedback->add(combo, m_ui->namedHealthVisitorIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NamedHealthVisitorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

NamedHealthVisitorDialog::~NamedHealthVisitorDialog() = default;

void NamedHealthVisitorDialog::validate()
{
    const bool unchanged = m_ui->namedHealthVisitorCombo->currentData().toString() == m_currentUuid;
    m_feedback->setIssue(m_ui->namedHealthVisitorCombo,
                         unchanged ? tr("This is the family's named health visitor now; choose someone else.") : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void NamedHealthVisitorDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto named = CareTeamService(m_session).setNamedHealthVisitor(m_familyUuid, m_ui->namedHealthVisitorCombo->currentData().toString());
    if (!named.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, named.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
