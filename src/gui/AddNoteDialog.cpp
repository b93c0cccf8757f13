#include "AddNoteDialog.h"
#include "ui_AddNoteDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"
#include "VisitText.h"

#include "tandem/domain/ContactRules.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
// The explanation changes with the choice; its form row follows the label's height at its width.
void setExplanation(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(0);
    label->setMaximumHeight(QWIDGETSIZE_MAX);
    if (label->width() > 0)
        label->setFixedHeight(label->heightForWidth(label->width()));
}
} // namespace

AddNoteDialog::AddNoteDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::AddNoteDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addNoteDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Add note"), tr("Add the note"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    m_ui->noteAboutCombo->addItem(tr("The household"), QString());
    for (const Child& c : record.family.children)
        if (c.mergedInto.isEmpty())
            m_ui->noteAboutCombo->addItem(RecordText::childName(c), c.uuid);
    m_ui->noteAboutCombo->setCurrentIndex(std::max(0, m_ui->noteAboutCombo->findData(focusChildUuid)));
    for (NoteRestriction r : VisitText::restrictionChoices(session.can(Permission::WriteHealthVisitingNotes)))
        m_ui->noteRestrictionCombo->addItem(NoteRestrictions::displayName(r), NoteRestrictions::token(r));
    m_ui->noteRestrictionHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto explain = [this] { setExplanation(m_ui->noteRestrictionHint, VisitText::restrictionExplanation(draft().restriction)); };
    explain();

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->noteRestrictionHint);
    m_feedback->add(m_ui->noteAboutCombo, nullptr);
    m_feedback->add(m_ui->noteEdit, m_ui->noteIssue);
    m_feedback->add(m_ui->noteRestrictionCombo, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this, explain] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        explain();
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddNoteDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

AddNoteDialog::~AddNoteDialog() = default;

Note AddNoteDialog::draft() const
{
    Note n;
    n.familyUuid = m_familyUuid;
    n.childUuid = m_ui->noteAboutCombo->currentData().toString();
    n.text = m_ui->noteEdit->toPlainText();
    n.restriction = NoteRestrictions::fromToken(m_ui->noteRestrictionCombo->currentData().toString()).value_or(NoteRestriction::None);
    return n;
}

void AddNoteDialog::validate()
{
    Note n = draft();
    const domain::FieldIssues issues = domain::ContactRules::checkNote(n);
    m_feedback->setIssue(m_ui->noteEdit, issues.isEmpty() ? QString() : issues.first().message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void AddNoteDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto added = NoteService(m_session).addNote(draft());
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
