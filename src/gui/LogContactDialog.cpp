#include "LogContactDialog.h"
#include "ui_LogContactDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"
#include "VisitText.h"

#include "tandem/domain/ContactRules.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/Session.h"
#include "tandem/services/VisitService.h"

#include <QChildEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

#include <algorithm>

namespace tandem::gui {

namespace {
enum ActionColumn { Description, DueOn, Owner, ActionColumnCount };
constexpr int UuidRole = Qt::UserRole;
constexpr int kDefaultActionDays = 7; // a follow-up is usually within the week

QString issueKeyField(const QString& key)
{
    for (const char* prefix : {"contact.occurredAt", "contact.type", "contact.place", "contact.children", "contact.duration",
                               "contact.outcome", "contact.peoplePresent", "actions[", "notes["})
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

    auto* table = m_ui->actionsTable;
    table->setColumnCount(ActionColumnCount);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Due by"), tr("Who will do it")});
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing or F2 starts editing a cell; moving between cells with the arrows does not.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                           QAbstractItemView::SelectedClicked);
    table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(DueOn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Interactive);
    table->setColumnWidth(DueOn, 110);
    table->setColumnWidth(Owner, 150);
    m_ui->removeActionButton->setEnabled(false);
    table->viewport()->installEventFilter(this); // names each cell editor as it opens

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
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == DueOn) { // tidy a typed date to dd/mm/yyyy once it is understood
            if (const auto date = DateInput::parse(item->text()); date && DateInput::format(*date) != item->text()) {
                item->setText(DateInput::format(*date));
                return; // itemChanged comes again
            }
        }
        m_feedback->touch(m_ui->actionsTable);
        validate();
    });
    connect(table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->removeActionButton->setEnabled(!m_ui->actionsTable->selectedItems().isEmpty()); });
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
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &LogContactDialog::addAction);
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &LogContactDialog::removeAction);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogContactDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(920, 0)));
}

LogContactDialog::~LogContactDialog() = default;

bool LogContactDialog::eventFilter(QObject* watched, QEvent* event)
{
    // A cell editor says which cell it edits, for someone who cannot see the table.
    if (event->type() == QEvent::ChildPolished && watched == m_ui->actionsTable->viewport()) {
        if (auto* editor = qobject_cast<QLineEdit*>(static_cast<QChildEvent*>(event)->child())) {
            const int row = m_ui->actionsTable->currentRow() + 1;
            switch (m_ui->actionsTable->currentColumn()) {
            case DueOn:
                editor->setObjectName(QStringLiteral("actionDueOnEditor"));
                editor->setAccessibleName(tr("Action %1: due by").arg(row));
                editor->setPlaceholderText(tr("dd/mm/yyyy"));
                break;
            case Owner:
                editor->setObjectName(QStringLiteral("actionOwnerEditor"));
                editor->setAccessibleName(tr("Action %1: who will do it").arg(row));
                break;
            default:
                editor->setObjectName(QStringLiteral("actionDescriptionEditor"));
                editor->setAccessibleName(tr("Action %1: what needs doing").arg(row));
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

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

    const QTableWidget* table = m_ui->actionsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) { return table->item(row, column) ? table->item(row, column)->text() : QString(); };
        FollowUpAction a;
        a.description = text(Description);
        const QString due = text(DueOn);
        if (const auto dueOn = DateInput::parse(due))
            a.dueOn = *dueOn;
        else if (parseIssues && !due.trimmed().isEmpty())
            parseIssues->append({QStringLiteral("actions[%1].dueOn").arg(row),
                                 tr("Action %1: %2").arg(QString::number(row + 1), DateInput::formatHint())});
        a.ownerName = text(Owner);
        if (a.ownerName.simplified() == m_session.user().displayName)
            a.ownerUserUuid = m_session.user().uuid;
        c.actions << a;
    }

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
    QSet<QString> actionKeys;
    QStringList actionLines;
    QStringList other;
    for (const domain::FieldIssue& issue : issues) {
        const QString field = issueKeyField(issue.field);
        if (field == QLatin1String("actions[")) {
            if (!actionKeys.contains(issue.field)) // the rules name the action ("Describe action 2, …")
                actionLines << issue.message;
            actionKeys.insert(issue.field);
        } else if (field.isEmpty()) {
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
    m_feedback->setIssue(m_ui->actionsTable, actionLines.join(QLatin1Char('\n')));
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

void LogContactDialog::addAction()
{
    auto* table = m_ui->actionsTable;
    const QSignalBlocker quiet(table); // one validation once the row is complete
    const int row = table->rowCount();
    table->insertRow(row);
    const QDate from = DateInput::parse(m_ui->contactDateInput->text()).value_or(m_session.today());
    table->setItem(row, Description, new QTableWidgetItem);
    table->setItem(row, DueOn, new QTableWidgetItem(DateInput::format(from.addDays(kDefaultActionDays))));
    table->setItem(row, Owner, new QTableWidgetItem(m_session.user().displayName));
    table->item(row, DueOn)->setToolTip(DateInput::formatHint());
    table->setCurrentCell(row, Description);
    m_ui->removeActionButton->setEnabled(true);
    validate();
    table->setFocus();
    table->editItem(table->item(row, Description));
}

void LogContactDialog::removeAction()
{
    auto* table = m_ui->actionsTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    m_ui->removeActionButton->setEnabled(table->rowCount() > 0 && !table->selectedItems().isEmpty());
    validate();
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
