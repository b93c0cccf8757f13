#include "ChangeAddressDialog.h"
#include "ui_ChangeAddressDialog.h"

#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
Address addressFrom(const Ui::ChangeAddressDialog& ui)
{
    return Address{ui.addressLine1Edit->text(), ui.addressLine2Edit->text(), ui.townEdit->text(), ui.postcodeEdit->text()};
}
} // namespace

ChangeAddressDialog::ChangeAddressDialog(Session& session, const FamilyRecord& record, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::ChangeAddressDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changeAddressDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Record move"), tr("Record the move"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->townEdit->setText(record.family.address.town);
    m_ui->movedInEdit->setMaximumDate(session.today());
    m_ui->movedInEdit->setDate(session.today());

    // Newest first: the current address, then each earlier one with the day the family left it.
    for (int i = 0; i < record.addresses.size(); ++i) {
        const AddressChange& a = record.addresses.at(i);
        const QString from = a.movedIn.isValid() ? RecordText::date(a.movedIn) : tr("a date not recorded");
        QString when;
        if (i == 0)
            when = tr("Now, since %1").arg(from);
        else if (const QDate left = record.addresses.at(i - 1).movedIn; left.isValid())
            when = tr("%1 to %2").arg(from, RecordText::date(left));
        else
            when = tr("From %1").arg(from);
        m_ui->addressHistoryView->addItem(QStringLiteral("%1: %2").arg(when, RecordText::addressLine(a.address)));
        if (i == 0)
            m_currentMovedIn = a.movedIn;
    }
    m_ui->addressHistoryView->setWordWrap(true);
    m_ui->addressHistoryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->addressHistoryView->setResizeMode(QListView::Adjust);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->addressLine1Edit, m_ui->addressLine1Issue);
    m_feedback->add(m_ui->addressLine2Edit, m_ui->addressLine2Issue);
    m_feedback->add(m_ui->townEdit, m_ui->townIssue);
    m_feedback->add(m_ui->postcodeEdit, m_ui->postcodeIssue);
    m_feedback->add(m_ui->movedInEdit, m_ui->movedInIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeAddressDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ChangeAddressDialog::~ChangeAddressDialog() = default;

void ChangeAddressDialog::validate()
{
    Family probe;
    probe.address = addressFrom(*m_ui);
    const domain::FieldIssues issues = domain::RecordRules::checkFamily(probe);
    m_feedback->setIssue(m_ui->addressLine1Edit, FieldFeedback::issueFor(issues, QStringLiteral("family.addressLine1")));
    m_feedback->setIssue(m_ui->addressLine2Edit, FieldFeedback::issueFor(issues, QStringLiteral("family.addressLine2")));
    m_feedback->setIssue(m_ui->townEdit, FieldFeedback::issueFor(issues, QStringLiteral("family.town")));
    m_feedback->setIssue(m_ui->postcodeEdit, FieldFeedback::issueFor(issues, QStringLiteral("family.postcode")));

    const QDate movedIn = m_ui->movedInEdit->date();
    QString dateIssue;
    if (movedIn > m_session.today())
        dateIssue = tr("The day the family moved cannot be in the future.");
    else if (m_currentMovedIn.isValid() && movedIn < m_currentMovedIn)
        dateIssue = tr("The family moved to their current address on %1; the new address must be from that day or later.")
                        .arg(RecordText::date(m_currentMovedIn));
    m_feedback->setIssue(m_ui->movedInEdit, dateIssue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void ChangeAddressDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto moved = FamilyService(m_session).changeAddress(m_familyUuid, addressFrom(*m_ui), m_ui->movedInEdit->date());
    if (!moved.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, moved.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
