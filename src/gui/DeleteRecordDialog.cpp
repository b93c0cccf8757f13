#include "DeleteRecordDialog.h"
#include "ui_DeleteRecordDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/services/RecordAdminService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr int kMinReason = 5; // as RecordAdminService
constexpr int kMaxReason = 500;
constexpr int KindRole = Qt::UserRole;
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
}

DeleteRecordDialog::DeleteRecordDialog(Session& session, const FamilyRecord& record, const QString& preselectChildUuid,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::DeleteRecordDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteRecordDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Delete"), tr("Delete the record"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    auto addItem = [this](const QString& text, Kind kind, const QString& uuid, const QString& name) {
        m_ui->whatCombo->addItem(text);
        const int row = m_ui->whatCombo->count() - 1;
        m_ui->whatCombo->setItemData(row, static_cast<int>(kind), KindRole);
        m_ui->whatCombo->setItemData(row, uuid, UuidRole);
        m_ui->whatCombo->setItemData(row, name, NameRole);
    };
    for (const Child& c : record.family.children)
        addItem(tr("Child: %1").arg(RecordText::childDescription(c)), Kind::Child, c.uuid,
                RecordText::fullName(c.givenName, c.familyName));
    for (const Person& p : record.family.adults)
        addItem(tr("Adult: %1 (%2)").arg(RecordText::fullName(p.givenName, p.familyName), RecordText::relationshipsOf(p, record.family)),
                Kind::Adult, p.uuid, RecordText::fullName(p.givenName, p.familyName));
    addItem(tr("The whole household: %1, everyone in it").arg(RecordText::householdName(record.family)), Kind::Family,
            record.family.uuid, RecordText::householdName(record.family));
    const int preselect = m_ui->whatCombo->findData(preselectChildUuid, UuidRole);
    m_ui->whatCombo->setCurrentIndex(preselect >= 0 ? preselect : 0);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->whatCombo, nullptr);
    m_feedback->add(m_ui->reasonEdit, m_ui->reasonIssue);
    m_feedback->add(m_ui->confirmCheck, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->whatCombo, &QComboBox::currentIndexChanged, this, &DeleteRecordDialog::selectionChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeleteRecordDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectionChanged();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

DeleteRecordDialog::~DeleteRecordDialog() = default;

void DeleteRecordDialog::selectionChanged()
{
    const auto kind = static_cast<Kind>(m_ui->whatCombo->currentData(KindRole).toInt());
    const QString name = m_ui->whatCombo->currentData(NameRole).toString();
    QString consequence;
    switch (kind) {
    case Kind::Child:
        consequence = tr("%1 will no longer appear in the family record, lists or search, and their links to the adults end.").arg(name);
        break;
    case Kind::Adult:
        consequence = tr("%1 will no longer appear in the family record.").arg(name);
        break;
    case Kind::Family:
        consequence = tr("The household and every child and adult in it will no longer appear in lists or search.");
        break;
    }
    m_ui->consequenceLabel->setText(
        tr("%1 Tandem keeps the deleted record, with your reason, for audit; it cannot be brought back from this screen.").arg(consequence));
    m_ui->confirmCheck->setText(tr("I am sure: delete %1").arg(name));
    m_ui->confirmCheck->setChecked(false);
    validate();
}

void DeleteRecordDialog::validate()
{
    const qsizetype length = m_ui->reasonEdit->toPlainText().simplified().size();
    QString issue;
    if (length < kMinReason)
        issue = tr("Say why this record is deleted (at least %1 characters): the reason is kept for audit.").arg(kMinReason);
    else if (length > kMaxReason)
        issue = tr("Shorten the reason to %1 characters or fewer; it has %2.").arg(kMaxReason).arg(length);
    m_feedback->setIssue(m_ui->reasonEdit, issue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues() && m_ui->confirmCheck->isChecked());
}

void DeleteRecordDialog::save()
{
    validate();
    if (m_feedback->hasIssues() || !m_ui->confirmCheck->isChecked()) {
        m_feedback->revealAll();
        return;
    }
    const auto kind = static_cast<Kind>(m_ui->whatCombo->currentData(KindRole).toInt());
    const QString uuid = m_ui->whatCombo->currentData(UuidRole).toString();
    const QString reason = m_ui->reasonEdit->toPlainText();
    RecordAdminService admin(m_session);
    Result<void> done = kind == Kind::Child   ? admin.deleteChild(uuid, reason)
                        : kind == Kind::Adult ? admin.deleteAdult(uuid, reason)
                                              : admin.deleteFamily(uuid, reason);
    if (!done.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, done.message());
        return;
    }
    m_deletedFamily = kind == Kind::Family;
    accept();
}

} // namespace tandem::gui
