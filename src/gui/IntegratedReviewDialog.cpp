#include "IntegratedReviewDialog.h"
#include "ui_IntegratedReviewDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"
#include "ReviewInputPickers.h"

#include "tandem/domain/ReviewRules.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/Session.h"

#include <QChildEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace tandem::gui {

namespace {
enum ActionColumn { Description, DueOn, Owner, ActionColumnCount };
constexpr int kDefaultActionDays = 14; // what the review agrees usually happens within a fortnight

const char* const kFieldKeys[] = {"review.reviewedAt", "review.place", "review.duration", "review.asq3", "review.asqse2",
                                  "review.eyfs", "review.wellcomm", "review.parentViews", "review.summary",
                                  "review.settingPractitioner", "review.peoplePresent"};
} // namespace

IntegratedReviewDialog::IntegratedReviewDialog(Session& session, const FamilyRecord& record, const QString& childUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(record.family.uuid), m_ui(std::make_unique<Ui::IntegratedReviewDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("integratedReviewDialog"));
    for (const Child& c : record.family.children)
        if (c.uuid == childUuid)
            m_child = c;
    m_child.uuid = childUuid; // a child missing from the record is the service's to refuse
    const QString childName = RecordText::childName(m_child);
    setWindowTitle(tr("Integrated review — %1").arg(childName));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Complete review"), tr("Complete the integrated review"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    const QDateTime now = session.clock().nowUtc().toLocalTime();
    m_ui->reviewDateInput->setText(DateInput::format(session.today()));
    m_ui->reviewTimeEdit->setTime(QTime(now.time().hour(), now.time().minute() - now.time().minute() % 5));
    m_ui->practitionerLabel->setText(session.user().displayName);
    m_ui->completesLabel->setText(tr("Completing the review records the 2–2½ year review for %1.").arg(childName));
    m_ui->completesLabel->setStyleSheet(QStringLiteral("color: #0b4f8a; font-weight: bold;"));
    m_ui->alreadyReviewedLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->alreadyReviewedLabel->hide();
    for (const QString& token : ContactPlaces::tokens())
        m_ui->placeCombo->addItem(ContactPlaces::displayName(token), token);
    m_ui->placeCombo->setCurrentIndex(std::max(0, m_ui->placeCombo->findData(QStringLiteral("home"))));

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
    table->setMinimumHeight(110);
    m_ui->removeActionButton->setEnabled(false);
    table->viewport()->installEventFilter(this); // names each cell editor as it opens

    m_ui->completesLabel->setWordWrap(true); // in the dialog's box layout, which wraps labels by itself
    m_ui->alreadyReviewedLabel->setWordWrap(true);
    m_feedback = new FieldFeedback(this);
    m_pickers = new ReviewInputPickers(session, m_child.uuid,
                                       {{{m_ui->asq3Combo, m_ui->asq3Summary},
                                         {m_ui->asqSe2Combo, m_ui->asqSe2Summary},
                                         {m_ui->eyfsCombo, m_ui->eyfsSummary},
                                         {m_ui->wellCommCombo, m_ui->wellCommSummary}}},
                                       m_feedback, this);
    // Problems these fields can have from the start show before the dialog has its width.
    for (QLabel* issue : {m_ui->reviewDateIssue, m_ui->asq3Issue, m_ui->asqSe2Issue, m_ui->eyfsIssue, m_ui->wellCommIssue})
        m_feedback->fitToWidth(issue);
    m_feedback->add(m_ui->reviewDateInput, m_ui->reviewDateIssue);
    m_feedback->add(m_ui->reviewTimeEdit, nullptr);
    m_feedback->add(m_ui->placeCombo, m_ui->placeIssue);
    m_feedback->add(m_ui->durationSpin, m_ui->durationIssue);
    m_feedback->add(m_ui->settingPractitionerEdit, m_ui->settingPractitionerIssue);
    m_feedback->add(m_ui->peoplePresentEdit, m_ui->peoplePresentIssue);
    m_feedback->add(m_ui->parentViewsEdit, m_ui->parentViewsIssue);
    m_feedback->add(m_ui->summaryEdit, m_ui->summaryIssue);
    m_feedback->add(m_ui->asq3Combo, m_ui->asq3Issue);
    m_feedback->add(m_ui->asqSe2Combo, m_ui->asqSe2Issue);
    m_feedback->add(m_ui->eyfsCombo, m_ui->eyfsIssue);
    m_feedback->add(m_ui->wellCommCombo, m_ui->wellCommIssue);
    m_feedback->add(m_ui->actionsTable, m_ui->actionsIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        loadInputs(); // another day may have other candidates
        validate();
    });
    // Inputs FieldFeedback does not watch by itself.
    connect(m_ui->reviewTimeEdit, &QTimeEdit::timeChanged, this, [this] {
        if (m_ui->reviewTimeEdit->hasFocus())
            m_feedback->touch(m_ui->reviewDateInput); // a time in the future is said under the date
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
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &IntegratedReviewDialog::addAction);
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &IntegratedReviewDialog::removeAction);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IntegratedReviewDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadInputs();
    validate();
    resize(sizeHint().expandedTo(QSize(1100, 0)));
}

IntegratedReviewDialog::~IntegratedReviewDialog() = default;

void IntegratedReviewDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Wrapped lines shown from the start were measured before the dialog had its width; now that
    // they have theirs, fit the height to them once (later the dialog only grows, as FieldFeedback does).
    if (!m_heightFitted) {
        m_heightFitted = true;
        layout()->activate();
        resize(width(), sizeHint().height());
    }
}

bool IntegratedReviewDialog::eventFilter(QObject* watched, QEvent* event)
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

// The candidates depend on the review day (the three months before it): read them again when it changes.
void IntegratedReviewDialog::loadInputs()
{
    const auto on = DateInput::parse(m_ui->reviewDateInput->text());
    if (!on || on == m_pickers->reviewDay())
        return;
    if (const auto loaded = m_pickers->load(*on); !loaded.ok())
        FieldFeedback::showMessage(m_ui->messageLabel, loaded.message());
    m_ui->alreadyReviewedLabel->setText(
        tr("An integrated review is already recorded for %1; completing this one records another.").arg(RecordText::childName(m_child)));
    m_ui->alreadyReviewedLabel->setVisible(m_pickers->alreadyReviewed());
}

IntegratedReview IntegratedReviewDialog::draft(domain::FieldIssues* parseIssues) const
{
    IntegratedReview r;
    r.childUuid = m_child.uuid;
    r.familyUuid = m_familyUuid;
    const QString dateText = m_ui->reviewDateInput->text();
    if (const auto date = DateInput::parse(dateText))
        r.reviewedAt = QDateTime(*date, m_ui->reviewTimeEdit->time());
    else if (parseIssues && !dateText.trimmed().isEmpty()) // an empty date is the rules' to word
        parseIssues->append({QStringLiteral("review.reviewedAt"), DateInput::formatHint()});
    r.place = m_ui->placeCombo->currentData().toString();
    r.practitionerUserUuid = m_session.user().uuid;
    r.practitionerName = m_session.user().displayName;
    r.settingPractitioner = m_ui->settingPractitionerEdit->text();
    r.peoplePresent = m_ui->peoplePresentEdit->text();
    r.durationMinutes = m_ui->durationSpin->value();
    r.asq3Uuid = m_pickers->chosenUuid(ReviewInputPickers::Asq3);
    r.asqSe2Uuid = m_pickers->chosenUuid(ReviewInputPickers::AsqSe2);
    r.eyfsUuid = m_pickers->chosenUuid(ReviewInputPickers::Eyfs);
    r.wellCommUuid = m_pickers->chosenUuid(ReviewInputPickers::WellComm);
    r.parentViews = m_ui->parentViewsEdit->toPlainText();
    r.summary = m_ui->summaryEdit->toPlainText();

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
        r.actions << a;
    }
    return r;
}

void IntegratedReviewDialog::validate()
{
    domain::FieldIssues issues;
    IntegratedReview r = draft(&issues);
    issues += domain::ReviewRules::check(r, m_child, m_pickers->allChosen(), m_session.clock().nowUtc().toLocalTime());
    showIssues(issues);
    m_pickers->showSummaries();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void IntegratedReviewDialog::showIssues(const domain::FieldIssues& issues)
{
    // The first problem for each field; action problems are listed together under the table.
    QHash<QString, QString> byField;
    QSet<QString> actionKeys;
    QStringList actionLines;
    QStringList other;
    QSet<QString> known;
    for (const char* key : kFieldKeys)
        known.insert(QString::fromLatin1(key));
    for (const domain::FieldIssue& issue : issues) {
        if (issue.field.startsWith(QLatin1String("actions["))) {
            if (!actionKeys.contains(issue.field)) // the rules name the action ("Describe action 2, …")
                actionLines << issue.message;
            actionKeys.insert(issue.field);
        } else if (!known.contains(issue.field)) {
            other << issue.message; // about the review as a whole (the child's age on the day): said under the date
        } else if (!byField.contains(issue.field)) {
            byField.insert(issue.field, issue.message);
        }
    }
    QString dateIssue = byField.value(QStringLiteral("review.reviewedAt"));
    if (!other.isEmpty())
        dateIssue = (QStringList{dateIssue} + other).join(QLatin1Char(' ')).trimmed();
    m_feedback->setIssue(m_ui->reviewDateInput, dateIssue);
    m_feedback->setIssue(m_ui->placeCombo, byField.value(QStringLiteral("review.place")));
    m_feedback->setIssue(m_ui->durationSpin, byField.value(QStringLiteral("review.duration")));
    m_feedback->setIssue(m_ui->settingPractitionerEdit, byField.value(QStringLiteral("review.settingPractitioner")));
    m_feedback->setIssue(m_ui->peoplePresentEdit, byField.value(QStringLiteral("review.peoplePresent")));
    m_feedback->setIssue(m_ui->parentViewsEdit, byField.value(QStringLiteral("review.parentViews")));
    m_feedback->setIssue(m_ui->summaryEdit, byField.value(QStringLiteral("review.summary")));
    m_feedback->setIssue(m_ui->actionsTable, actionLines.join(QLatin1Char('\n')));
    const QList<std::pair<QComboBox*, const char*>> pickers = {{m_ui->asq3Combo, "review.asq3"},
                                                               {m_ui->asqSe2Combo, "review.asqse2"},
                                                               {m_ui->eyfsCombo, "review.eyfs"},
                                                               {m_ui->wellCommCombo, "review.wellcomm"}};
    for (const auto& [picker, key] : pickers) {
        QString message = byField.value(QString::fromLatin1(key));
        if (picker == m_ui->asq3Combo && !message.isEmpty() && !m_pickers->hasCandidates(ReviewInputPickers::Asq3)) // nothing to choose: say what to do
            message = tr("No ASQ-3 is recorded for %1 in the 3 months before the review day, and the review needs one. "
                         "Record the ASQ-3 first.")
                          .arg(RecordText::childName(m_child));
        m_feedback->setIssue(picker, message);
        // Nothing to type here: a missing ASQ-3 or a choice that does not fit the day is said at once.
        if (!message.isEmpty())
            m_feedback->touch(picker);
    }
    // The date starts as today: when the child's age that day is the problem, say so at once.
    if (!other.isEmpty() && DateInput::parse(m_ui->reviewDateInput->text()))
        m_feedback->touch(m_ui->reviewDateInput);
}

void IntegratedReviewDialog::addAction()
{
    auto* table = m_ui->actionsTable;
    const QSignalBlocker quiet(table); // one validation once the row is complete
    const int row = table->rowCount();
    table->insertRow(row);
    const QDate from = DateInput::parse(m_ui->reviewDateInput->text()).value_or(m_session.today());
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

void IntegratedReviewDialog::removeAction()
{
    auto* table = m_ui->actionsTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    m_ui->removeActionButton->setEnabled(table->rowCount() > 0 && !table->selectedItems().isEmpty());
    validate();
}

void IntegratedReviewDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto completed = ReviewService(m_session).complete(draft(nullptr));
    if (!completed.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, completed.message());
        return;
    }
    m_saved = std::move(completed).value();
    accept();
}

} // namespace tandem::gui
