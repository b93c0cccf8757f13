#include "IntegratedReviewDialog.h"
#include "ui_IntegratedReviewDialog.h"

#include "ActionsTable.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"
#include "ReviewInputPickers.h"

#include "tandem/domain/ReviewRules.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/Session.h"

#include <QPushButton>
#include <QSet>

namespace tandem::gui {

namespace {
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

    // Due dates count from the review day, or from today while that cannot be read.
    m_actions = new ActionsTable(
        m_ui->actionsTable, m_ui->addActionButton, m_ui->removeActionButton, kDefaultActionDays,
        [this] { return DateInput::parse(m_ui->reviewDateInput->text()).value_or(m_session.today()); },
        session.user().displayName, session.user().uuid, this);
    m_ui->actionsTable->setMinimumHeight(110);

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
    connect(m_actions, &ActionsTable::cellEdited, this, [this] { m_feedback->touch(m_ui->actionsTable); });
    connect(m_actions, &ActionsTable::changed, this, &IntegratedReviewDialog::validate);
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

    r.actions = m_actions->actions(parseIssues);
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
    QStringList other;
    QSet<QString> known;
    for (const char* key : kFieldKeys)
        known.insert(QString::fromLatin1(key));
    for (const domain::FieldIssue& issue : issues) {
        if (ActionsTable::isActionIssue(issue))
            continue;
        if (!known.contains(issue.field)) {
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
    m_feedback->setIssue(m_ui->actionsTable, ActionsTable::issueText(issues));
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
