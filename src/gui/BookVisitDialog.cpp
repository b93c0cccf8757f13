#include "BookVisitDialog.h"
#include "ui_BookVisitDialog.h"

#include "CaseloadText.h"
#include "DateInput.h"
#include "FieldFeedback.h"

#include "tandem/core/Contact.h"
#include "tandem/services/AppointmentService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr int kMaxPurpose = 500; // as AppointmentService::book

// The next weekday after today: most visits are booked ahead.
QDate nextWorkingDay(const QDate& today)
{
    QDate day = today.addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

bool hasOpenContact(const CaseloadChild& child)
{
    for (const domain::ScheduledContact& c : child.schedule)
        if (domain::isOpen(c.status))
            return true;
    return false;
}
} // namespace

BookVisitDialog::BookVisitDialog(Session& session, const CaseloadEntry& family, const QString& practitionerUserUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(family.familyUuid), m_ui(std::make_unique<Ui::BookVisitDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bookVisitDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("&Book visit"), tr("Book the visit"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    fillChoices(family, practitionerUserUuid);

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->childrenNote);
    m_ui->childrenNote->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_feedback->add(m_ui->visitDateEdit, m_ui->visitDateIssue);
    m_feedback->add(m_ui->purposeEdit, m_ui->purposeIssue);
    m_feedback->add(m_ui->durationSpin, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->visitDateEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto date = DateInput::parse(m_ui->visitDateEdit->text()))
            m_ui->visitDateEdit->setText(DateInput::format(*date));
    });
    // A clinic appointment is at the clinic and a call is virtual; the place follows the type
    // until the user picks one themselves.
    connect(m_ui->visitTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->visitPlaceCombo->property("chosen").toBool())
            return;
        const QString type = m_ui->visitTypeCombo->currentData().toString();
        const QString place = type == QLatin1String("clinic")        ? QStringLiteral("clinic")
                              : type == QLatin1String("phone-video") ? QStringLiteral("virtual")
                                                                     : QStringLiteral("home");
        m_ui->visitPlaceCombo->setCurrentIndex(std::max(0, m_ui->visitPlaceCombo->findData(place)));
    });
    connect(m_ui->visitPlaceCombo, &QComboBox::activated, this, [this] { m_ui->visitPlaceCombo->setProperty("chosen", true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BookVisitDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_ui->visitDateEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

BookVisitDialog::~BookVisitDialog()
{
    // ~QDialog hides the dialog, and the date field then reports losing focus: by then m_ui is gone.
    m_ui->visitDateEdit->disconnect(this);
}

void BookVisitDialog::fillChoices(const CaseloadEntry& family, const QString& practitionerUserUuid)
{
    QString where = family.addressLine;
    if (!family.postcode.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + family.postcode;
    m_ui->familyLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(family.familyName.toHtmlEscaped(), where.toHtmlEscaped()));

    const QDate today = m_session.today();
    bool anyOpen = false;
    for (const CaseloadChild& c : family.children)
        anyOpen = anyOpen || hasOpenContact(c);
    for (const CaseloadChild& c : family.children) {
        auto* item = new QListWidgetItem(CaseloadText::childWithAge(c, today), m_ui->childrenList);
        item->setData(Qt::UserRole, c.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(!anyOpen || hasOpenContact(c) ? Qt::Checked : Qt::Unchecked);
    }
    // Space ticks the current child; nothing is highlighted as "selected", since ticks are the choice.
    m_ui->childrenList->setSelectionMode(QAbstractItemView::NoSelection);
    m_ui->childrenList->setSpacing(1);
    if (m_ui->childrenList->count() > 0)
        m_ui->childrenList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    const int rows = std::clamp(static_cast<int>(m_ui->childrenList->count()), 1, 4);
    const int height = (m_ui->childrenList->sizeHintForRow(0) + 2) * rows + 2 * m_ui->childrenList->frameWidth() + 6;
    m_ui->childrenList->setFixedHeight(height);

    // Booking in another worker's diary is for team leads; everyone else books in their own.
    const bool forOthers = m_session.can(Permission::ViewTeamCaseload);
    if (forOthers) {
        auto holders = CaseloadService(m_session).caseloadHolders();
        if (holders.ok()) {
            for (const User& u : holders.value()) {
                const bool self = u.uuid == m_session.user().uuid;
                m_ui->practitionerCombo->addItem(self ? tr("%1 (you)").arg(u.displayName) : u.displayName, u.uuid);
            }
        }
        const int index = m_ui->practitionerCombo->findData(practitionerUserUuid.isEmpty() ? m_session.user().uuid : practitionerUserUuid);
        m_ui->practitionerCombo->setCurrentIndex(std::max(0, index));
    }
    m_ui->formLayout->setRowVisible(m_ui->practitionerCombo, forOthers && m_ui->practitionerCombo->count() > 0);

    m_ui->visitDateEdit->setText(DateInput::format(nextWorkingDay(today)));
    m_ui->visitTimeEdit->setTime(QTime(9, 30));

    for (const QString& token : ContactTypes::tokens()) {
        if (!ContactTypes::isMissedAttempt(token)) // not brought / no access are logged afterwards, never booked
            m_ui->visitTypeCombo->addItem(ContactTypes::displayName(token), token);
    }
    for (const QString& token : ContactPlaces::tokens())
        m_ui->visitPlaceCombo->addItem(ContactPlaces::displayName(token), token);
    m_ui->visitPlaceCombo->setCurrentIndex(std::max(0, m_ui->visitPlaceCombo->findData(QStringLiteral("home"))));
    const QString type = family.next ? domain::contactToken(family.next->contact) : QStringLiteral("additional");
    m_ui->visitTypeCombo->setCurrentIndex(std::max(0, m_ui->visitTypeCombo->findData(type)));
}

Appointment BookVisitDialog::draft() const
{
    Appointment a;
    a.familyUuid = m_familyUuid;
    for (int i = 0; i < m_ui->childrenList->count(); ++i) {
        const QListWidgetItem* item = m_ui->childrenList->item(i);
        if (item->checkState() == Qt::Checked)
            a.childUuids << item->data(Qt::UserRole).toString();
    }
    if (m_ui->practitionerCombo->count() > 0 && m_session.can(Permission::ViewTeamCaseload))
        a.practitionerUserUuid = m_ui->practitionerCombo->currentData().toString();
    const auto date = DateInput::parse(m_ui->visitDateEdit->text());
    a.startsAt = date ? QDateTime(*date, m_ui->visitTimeEdit->time()) : QDateTime();
    a.durationMinutes = m_ui->durationSpin->value();
    a.type = m_ui->visitTypeCombo->currentData().toString();
    a.place = m_ui->visitPlaceCombo->currentData().toString();
    a.purpose = m_ui->purposeEdit->text().simplified();
    return a;
}

void BookVisitDialog::validate()
{
    const QString dateText = m_ui->visitDateEdit->text().trimmed();
    const auto date = DateInput::parse(dateText);
    QString dateIssue;
    if (dateText.isEmpty())
        dateIssue = tr("Enter the day of the visit, as dd/mm/yyyy.");
    else if (!date)
        dateIssue = DateInput::formatHint();
    else if (*date < m_session.today())
        dateIssue = tr("That day has passed. Book today or a later day; log a visit that happened as a contact instead.");
    m_feedback->setIssue(m_ui->visitDateEdit, dateIssue);

    const QString purpose = m_ui->purposeEdit->text().simplified();
    m_feedback->setIssue(m_ui->purposeEdit, purpose.size() > kMaxPurpose
                                                ? tr("Shorten the purpose to %1 characters or fewer; it has %2.").arg(kMaxPurpose).arg(purpose.size())
                                                : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void BookVisitDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto booked = AppointmentService(m_session).book(draft());
    if (!booked.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, booked.message());
        return;
    }
    m_booked = std::move(booked).value();
    accept();
}

} // namespace tandem::gui
