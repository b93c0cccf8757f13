#include "LogContactDialog.h"
#include "ui_LogContactDialog.h"

#include "ActionsTable.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"
#include "VisitText.h"

#include "tandem/domain/ContactRules.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/Session.h"
#include "tandem/services/VisitService.h"

#include <QPushButton>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int kDefaultActionDays = 7; // a follow-up is usually within the week

QString issueKeyField(const QString& key)
{
    for (const char* prefix : {"contact.occurredAt", "contact.type", "contact.place", "contact.children", "contact.duration",
                               "contact.outcome", "contact.peoplePresent", "notes["})
        if (key.startsWith(QLatin1String(prefix)))
            return QString::fromLatin1(prefix);
    return {};
}
} // namespace

LogContactDialog::LogContactDialog(Session& session, const FamilyRecord& record, const QString& focusChildUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_family(record.family), m_ui(std::make_unique<Ui::LogContactDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("logContactDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Log contact"), tr("Log the contact"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    if (auto schedules = ScheduleService(session).forFamily(m_family.uuid); schedules.ok())
        m_schedules = schedules.value(); // without it the hint is left out; logging still works

    const QDateTime now = session.clock().nowUtc().toLocalTime();
    m_ui->contactDateInput->setText(DateInput::format(session.today()));
    m_ui->contactTimeEdit->setTime(QTime(now.time().hour(), now.time().minute() - now.time().minute() % 5));
    m_ui->practitionerLabel->setText(session.user().displayName);
    m_ui->contactHintLabel->setStyleSheet(QStringLiteral("color: #0b4f8a;"));
    m_ui->noteRestrictionHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    // Due dates count from the contact day, or from today while that cannot be read.
    m_actions = new ActionsTable(
        m_ui->actionsTable, m_ui->addActionButton, m_ui->removeActionButton, kDefaultActionDays,
        [this] { return DateInput::parse(m_ui->contactDateInput->text()).value_or(m_session.today()); },
        session.user().displayName, session.user().uuid, this);

    fillChoices(focusChildUuid);

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->contactHintLabel);
    m_ui->noteRestrictionHint->setWordWrap(true); // in a box layout, which wraps labels by itself
    m_feedback->add(m_ui->contactDateInput, m_ui->contactDateIssue);
    m_feedback->add(m_ui->contactTimeEdit, nullptr);
    m_feedback->add(m_ui->contactTypeCombo, m_ui->contactTypeIssue);
    m_feedback->add(m_ui->contactPlaceCombo, m_ui->contactPlaceIssue);
    m_feedback->add(m_ui->contactChildrenList, m_ui->contactChildrenIssue);
    m_feedback->add(m_ui->peoplePresentEdit, m_ui->peoplePresentIssue);
    m_feedback->add(m_ui->durationSpin, m_ui->durationIssue);
    m_feedback->add(m_ui->outcomeEdit, m_ui->outcomeIssue);
    m_feedback->add(m_ui->actionsTable, m_ui->actionsIssue);
    m_feedback->add(m_ui->noteEdit, m_ui->noteIssue);
    m_feedback->add(m_ui->noteRestrictionCombo, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    // Inputs FieldFeedback does not watch by itself.
    connect(m_ui->contactTimeEdit, &QTimeEdit::timeChanged, this, [this] {
        if (m_ui->contactTimeEdit->hasFocus())
            m_feedback->touch(m_ui->contactDateInput); // a time in the future is said under the date
        validate();
    });
    connect(m_ui->contactChildrenList, &QListWidget::itemChanged, this, [this] {
        m_feedback->touch(m_ui->contactChildrenList);
        validate();
    });
    connect(m_actions, &ActionsTable::cellEdited, this, [this] { m_feedback->touch(m_ui->actionsTable); });
    connect(m_actions, &ActionsTable::changed, this, &LogContactDialog::validate);
    connect(m_ui->contactPlaceCombo, &QComboBox::activated, this, [this] { m_placeChosen = true; });
    connect(m_ui->contactTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_placeChosen)
            return;
        const QString place = placeFor(m_ui->contactTypeCombo->currentData().toString());
        m_ui->contactPlaceCombo->setCurrentIndex(m_ui->contactPlaceCombo->findData(place));
    });
    auto explainRestriction = [this] {
        const auto restriction = NoteRestrictions::fromToken(m_ui->noteRestrictionCombo->currentData().toString());
        m_ui->noteRestrictionHint->setText(VisitText::restrictionExplanation(restriction.value_or(NoteRestriction::None)));
    };
    connect(m_ui->noteRestrictionCombo, &QComboBox::currentIndexChanged, this, explainRestriction);
    explainRestriction();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogContactDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(920, 0)));
}

LogContactDialog::~LogContactDialog() = default;

void LogContactDialog::fillChoices(const QString& focusChildUuid)
{
    // Someone who may not record the mandated contacts is not offered them.
    const bool mandated = m_session.can(Permission::RecordMandatedContacts);
    for (const QString& token : ContactTypes::tokens())
        if (mandated || !ContactTypes::isMandated(token))
            m_ui->contactTypeCombo->addItem(ContactTypes::displayName(token), token);
    for (const QString& token : ContactPlaces::tokens())
        m_ui->contactPlaceCombo->addItem(ContactPlaces::displayName(token), token);
    for (NoteRestriction r : VisitText::restrictionChoices(m_session.can(Permission::WriteHealthVisitingNotes)))
        m_ui->noteRestrictionCombo->addItem(NoteRestrictions::displayName(r), NoteRestrictions::token(r));

    QList<Child> current;
    for (const Child& c : m_family.children)
        if (c.mergedInto.isEmpty())
            current << c;
    for (const Child& c : current) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(RecordText::childName(c), RecordText::childDates(c)),
                                         m_ui->contactChildrenList);
        item->setData(UuidRole, c.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // The child the record was opened for; with one child there is nobody else it could be.
        const bool ticked = c.uuid == focusChildUuid || current.size() == 1;
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    // Ticking is the choice (no selection to confuse it with); the list is as tall as its children.
    auto* list = m_ui->contactChildrenList;
    if (list->count() > 0)
        list->setCurrentRow(0);
    const int rows = std::clamp(static_cast<int>(list->count()), 2, 5);
    list->setFixedHeight(rows * std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 4) + 2 * list->frameWidth() + 4);
    list->setSizePolicy(list->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed); // else the form hands its spare height to other rows

    const QString type = defaultType(focusChildUuid.isEmpty() && current.size() == 1 ? current.first().uuid : focusChildUuid);
    m_ui->contactTypeCombo->setCurrentIndex(std::max(0, m_ui->contactTypeCombo->findData(type)));
    m_ui->contactPlaceCombo->setCurrentIndex(std::max(0, m_ui->contactPlaceCombo->findData(placeFor(type))));
}

// The mandated contact the child has due or overdue (overdue first), else an additional contact.
QString LogContactDialog::defaultType(const QString& focusChildUuid) const
{
    const QString additional = QStringLiteral("additional");
    if (!m_session.can(Permission::RecordMandatedContacts))
        return additional;
    for (const ChildSchedule& schedule : m_schedules) {
        if (schedule.childUuid != focusChildUuid)
            continue;
        const auto next = domain::nextContact(schedule.contacts);
        if (!next || !domain::isOpen(next->status))
            return additional;
        for (const QString& token : ContactTypes::tokens())
            if (domain::mandatedContactForType(token) == next->contact)
                return token;
    }
    return additional;
}

QString LogContactDialog::placeFor(const QString& type) const
{
    if (type == QLatin1String("clinic"))
        return QStringLiteral("clinic");
    if (type == QLatin1String("phone-video"))
        return QStringLiteral("virtual");
    return QStringLiteral("home");
}

QStringList LogContactDialog::checkedChildren() const
{
    QStringList uuids;
    for (int i = 0; i < m_ui->contactChildrenList->count(); ++i)
        if (const QListWidgetItem* item = m_ui->contactChildrenList->item(i); item->checkState() == Qt::Checked)
            uuids << item->data(UuidRole).toString();
    return uuids;
}

Contact LogContactDialog::draft(domain::FieldIssues* parseIssues) const
{
    Contact c;
    c.familyUuid = m_family.uuid;
    c.childUuids = checkedChildren();
    const QString dateText = m_ui->contactDateInput->text();
    const auto date = DateInput::parse(dateText);
    if (date)
        c.occurredAt = QDateTime(*date, m_ui->contactTimeEdit->time());
    else if (parseIssues && !dateText.trimmed().isEmpty()) // an empty date is the rules' to word
        parseIssues->append({QStringLiteral("contact.occurredAt"), DateInput::formatHint()});
    c.type = m_ui->contactTypeCombo->currentData().toString();
    c.place = m_ui->contactPlaceCombo->currentData().toString();
    c.practitionerUserUuid = m_session.user().uuid;
    c.peoplePresent = m_ui->peoplePresentEdit->text();
    c.durationMinutes = m_ui->durationSpin->value();
    c.outcome = m_ui->outcomeEdit->toPlainText();

    c.actions = m_actions->actions(parseIssues);

    if (!m_ui->noteEdit->toPlainText().trimmed().isEmpty()) {
        Note note;
        note.familyUuid = m_family.uuid;
        note.text = m_ui->noteEdit->toPlainText();
        note.restriction = NoteRestrictions::fromToken(m_ui->noteRestrictionCombo->currentData().toString())
                               .value_or(NoteRestriction::None);
        c.notes << note;
    }
    return c;
}

void LogContactDialog::validate()
{
    domain::FieldIssues issues;
    Contact c = draft(&issues);
    const QDateTime now = m_session.clock().nowUtc().toLocalTime();
    issues += domain::ContactRules::checkContact(c, m_family.children, now);
    showIssues(issues);
    updateHint();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void LogContactDialog::showIssues(const domain::FieldIssues& issues)
{
    // The first problem for each field; action problems are listed together under the table.
    QHash<QString, QString> byField;
    QStringList other;
    for (const domain::FieldIssue& issue : issues) {
        if (ActionsTable::isActionIssue(issue))
            continue;
        const QString field = issueKeyField(issue.field);
        if (field.isEmpty()) {
            other << issue.message; // a rule about the contact as a whole: said under its type
        } else if (!byField.contains(field)) {
            byField.insert(field, issue.message);
        }
    }
    QString typeIssue = byField.value(QStringLiteral("contact.type"));
    if (!other.isEmpty())
        typeIssue = (QStringList{typeIssue} + other).join(QLatin1Char(' ')).trimmed();
    m_feedback->setIssue(m_ui->contactDateInput, byField.value(QStringLiteral("contact.occurredAt")));
    m_feedback->setIssue(m_ui->contactTypeCombo, typeIssue);
    m_feedback->setIssue(m_ui->contactPlaceCombo, byField.value(QStringLiteral("contact.place")));
    m_feedback->setIssue(m_ui->contactChildrenList, byField.value(QStringLiteral("contact.children")));
    m_feedback->setIssue(m_ui->peoplePresentEdit, byField.value(QStringLiteral("contact.peoplePresent")));
    m_feedback->setIssue(m_ui->durationSpin, byField.value(QStringLiteral("contact.duration")));
    m_feedback->setIssue(m_ui->outcomeEdit, byField.value(QStringLiteral("contact.outcome")));
    m_feedback->setIssue(m_ui->actionsTable, ActionsTable::issueText(issues));
    m_feedback->setIssue(m_ui->noteEdit, byField.value(QStringLiteral("notes[")));
    // The child list and the type cannot be left "untouched": a default that is wrong is said at once.
    if (!typeIssue.isEmpty())
        m_feedback->touch(m_ui->contactTypeCombo);
}

void LogContactDialog::updateHint()
{
    const QString hint = VisitText::scheduleHint(m_ui->contactTypeCombo->currentData().toString(),
                                                 DateInput::parse(m_ui->contactDateInput->text()).value_or(QDate()), m_schedules,
                                                 checkedChildren());
    QLabel* label = m_ui->contactHintLabel;
    label->setVisible(!hint.isEmpty());
    if (label->text() == hint)
        return;
    label->setText(hint);
    // A longer sentence needs more lines: the form row follows the label's height at its width.
    label->setMinimumHeight(0);
    label->setMaximumHeight(QWIDGETSIZE_MAX);
    if (label->width() > 0 && !hint.isEmpty())
        label->setFixedHeight(label->heightForWidth(label->width()));
}

void LogContactDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto logged = VisitService(m_session).logContact(draft(nullptr), m_appointmentUuid);
    if (!logged.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, logged.message());
        return;
    }
    m_logged = std::move(logged).value();
    accept();
}

} // namespace tandem::gui
