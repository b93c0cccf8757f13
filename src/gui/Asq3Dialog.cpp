#include "Asq3Dialog.h"
#include "ui_Asq3Dialog.h"

#include "AssessmentText.h"
#include "Asq3DomainRow.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/Asq3Rules.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int kTermWeeks = 37; // born before 37 weeks: worth saying beside the name

QString domainIssueKey(const QString& domain) { return QStringLiteral("asq3.%1").arg(domain); }
} // namespace

Asq3Dialog::Asq3Dialog(Session& session, const Child& child, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(child), m_ui(std::make_unique<Ui::Asq3Dialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("asq3Dialog"));
    setWindowTitle(tr("Record an ASQ-3 for %1").arg(RecordText::childName(child)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the ASQ-3"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    QString about = tr("%1, born %2").arg(RecordText::childName(child), RecordText::date(child.dateOfBirth.value_or(QDate())));
    if (child.gestationWeeks && *child.gestationWeeks < kTermWeeks)
        about = tr("%1 at %2 weeks").arg(about).arg(*child.gestationWeeks);
    m_ui->childLabel->setText(about);
    m_ui->assessedOnInput->setText(DateInput::format(session.today()));
    m_ui->entryModeCombo->addItem(tr("Item answers"), static_cast<int>(Asq3EntryMode::Items));
    m_ui->entryModeCombo->addItem(tr("Domain totals"), static_cast<int>(Asq3EntryMode::Totals));
    m_ui->intervalReasonLabel->setStyleSheet(QStringLiteral("color: #0b4f8a;"));
    m_ui->domainsIssue->setWordWrap(true);
    m_ui->domainsIssue->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->domainsIssue->hide();
    m_ui->outcomeLabel->setWordWrap(true);

    if (auto definitions = InstrumentService(session).definitions(); definitions.ok())
        m_definitions = std::move(definitions).value();
    else
        FieldFeedback::showMessage(m_ui->messageLabel, definitions.message());
    m_feedback = new FieldFeedback(this);
    buildRows();
    m_feedback->fitToWidth(m_ui->intervalReasonLabel);
    // The interval follows the date: worked out before the form is checked again.
    connect(m_ui->assessedOnInput, &QLineEdit::textChanged, this, &Asq3Dialog::updateInterval);
    m_feedback->add(m_ui->assessedOnInput, m_ui->assessedOnIssue);
    m_feedback->add(m_ui->intervalCombo, m_ui->intervalIssue);
    m_feedback->add(m_ui->entryModeCombo, nullptr);
    for (Asq3DomainRow* row : std::as_const(m_rows))
        m_feedback->add(row->totalEdit(), row->issueLabel());
    m_feedback->add(m_ui->parentConcernsEdit, m_ui->parentConcernsIssue);
    m_feedback->add(m_ui->followUpPlanEdit, m_ui->followUpPlanIssue);
    // Issue labels keep their height right as the form is laid out again (they appear while typing).
    for (QLabel* label : {m_ui->assessedOnIssue, m_ui->intervalIssue, m_ui->parentConcernsIssue, m_ui->followUpPlanIssue})
        m_feedback->fitToWidth(label);
    for (Asq3DomainRow* row : std::as_const(m_rows))
        m_feedback->fitToWidth(row->issueLabel());
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->entryModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = static_cast<Asq3EntryMode>(m_ui->entryModeCombo->currentData().toInt());
        for (Asq3DomainRow* row : std::as_const(m_rows))
            row->setMode(mode);
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &Asq3Dialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateInterval();
    validate();
    // Wide enough for the form, and as tall as it needs at that width (word-wrapped sentences included).
    const int width = std::max(1080, sizeHint().width());
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
}

Asq3Dialog::~Asq3Dialog() = default;

void Asq3Dialog::buildRows()
{
    if (!m_definitions)
        return;
    int nameWidth = 0;
    for (const domain::NamedKey& domain : m_definitions->asq3.domains) {
        // Translated when Tandem knows the key; else the name the data file gives.
        const QString known = AssessmentText::partName(domain.key);
        auto* row = new Asq3DomainRow(domain.key, known == domain.key ? domain.name : known, m_ui->domainsGroup);
        row->setShowsItemNumbers(m_rows.isEmpty());
        m_ui->domainsLayout->addWidget(row);
        nameWidth = std::max(nameWidth, row->nameWidthHint());
        connect(row, &Asq3DomainRow::edited, this, [this] {
            FieldFeedback::showMessage(m_ui->messageLabel, {});
            validate();
        });
        m_rows << row;
    }
    // Tab runs along each row, then down to the next.
    QWidget* previous = m_ui->entryModeCombo;
    for (Asq3DomainRow* row : std::as_const(m_rows)) {
        row->setNameWidth(nameWidth);
        for (QComboBox* combo : row->itemCombos()) {
            setTabOrder(previous, combo);
            previous = combo;
        }
        setTabOrder(previous, row->totalEdit());
        previous = row->totalEdit();
    }
    setTabOrder(previous, m_ui->parentConcernsEdit);
}

void Asq3Dialog::updateInterval()
{
    const QSignalBlocker quiet(m_ui->intervalCombo); // one check once the choice is settled
    const int previous = m_ui->intervalCombo->currentData().isValid() ? m_ui->intervalCombo->currentData().toInt() : -1;
    m_ui->intervalCombo->clear();
    m_choice = {};
    if (const auto date = DateInput::parse(m_ui->assessedOnInput->text())) {
        // A date the child cannot have had an ASQ-3 on is said under the date by the rules.
        if (auto choice = AssessmentService(m_session).asq3Interval(m_child.uuid, *date); choice.ok())
            m_choice = std::move(choice).value();
    }
    const QList<int> candidates = AssessmentText::intervalChoices(m_choice);
    for (int months : candidates)
        m_ui->intervalCombo->addItem(AssessmentText::interval(months), months);
    // Keep the practitioner's choice among overlapping windows while it still fits the age.
    const int selected = candidates.contains(previous) ? previous : m_choice.months.value_or(-1);
    m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(selected));
    m_ui->intervalCombo->setEnabled(candidates.size() > 1);
    m_ui->intervalCombo->setToolTip(candidates.size() > 1 ? tr("The questionnaire windows overlap at this age: choose the one used.")
                                                          : QString());
    const QString reason = AssessmentText::intervalReason(m_choice);
    QLabel* label = m_ui->intervalReasonLabel;
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
    // A longer reason needs more lines: the form row follows the label's height at its width.
    label->setMinimumHeight(0);
    label->setMaximumHeight(QWIDGETSIZE_MAX);
    if (label->isVisible() && !reason.isEmpty()) // before it is shown, its layout gives it its height
        label->setFixedHeight(label->heightForWidth(label->width()));
    m_ui->intervalCombo->setAccessibleDescription(reason);
}

Asq3Draft Asq3Dialog::draft(domain::FieldIssues* parseIssues) const
{
    Asq3Draft d;
    d.childUuid = m_child.uuid;
    const QString dateText = m_ui->assessedOnInput->text();
    if (const auto date = DateInput::parse(dateText))
        d.assessedOn = *date;
    else if (parseIssues && !dateText.trimmed().isEmpty()) // an empty date is the rules' to word
        parseIssues->append({QStringLiteral("asq3.assessedOn"), DateInput::formatHint()});
    if (m_ui->intervalCombo->currentData().isValid())
        d.intervalMonths = m_ui->intervalCombo->currentData().toInt();
    d.entryMode = static_cast<Asq3EntryMode>(m_ui->entryModeCombo->currentData().toInt());
    for (const Asq3DomainRow* row : m_rows)
        d.domains << row->input(parseIssues);
    d.parentConcerns = m_ui->parentConcernsEdit->toPlainText();
    d.followUpPlan = m_ui->followUpPlanEdit->toPlainText();
    return d;
}

void Asq3Dialog::validate()
{
    domain::FieldIssues issues;
    Asq3Draft d = draft(&issues);
    if (m_definitions)
        issues += domain::Asq3Rules::check(d, m_child, m_session.today(), m_definitions->asq3);
    showIssues(issues);
    showResults(d, issues);

    // An untouched form would save five unscored domains: nothing to record yet.
    const bool entered = d.entryMode == Asq3EntryMode::Totals ||
                         std::any_of(d.domains.begin(), d.domains.end(), [](const Asq3DomainInput& input) {
                             return std::any_of(input.answers.begin(), input.answers.end(),
                                                [](Asq3Answer a) { return a != Asq3Answer::Missing; });
                         });
    if (!entered) {
        m_ui->outcomeLabel->setText(tr("Choose the answers from the form: Y, S or N picks Yes, Sometimes or Not yet."));
        m_ui->outcomeLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        m_ui->outcomeLabel->show();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_definitions && entered && issues.isEmpty() &&
                                                              !m_feedback->hasIssues());
}

void Asq3Dialog::showIssues(const domain::FieldIssues& issues)
{
    QHash<QString, QString> byField;
    QStringList other;
    for (const domain::FieldIssue& issue : issues) {
        if (byField.contains(issue.field))
            continue;
        byField.insert(issue.field, issue.message);
    }
    auto take = [&byField](const QString& key) { return byField.take(key); };
    m_feedback->setIssue(m_ui->assessedOnInput, take(QStringLiteral("asq3.assessedOn")));
    const QString interval = take(QStringLiteral("asq3.interval"));
    m_feedback->setIssue(m_ui->intervalCombo, interval);
    // No questionnaire fits the day: said at once, since the date itself may be fine.
    if (!interval.isEmpty() && DateInput::parse(m_ui->assessedOnInput->text()))
        m_feedback->touch(m_ui->intervalCombo);
    for (Asq3DomainRow* row : std::as_const(m_rows))
        m_feedback->setIssue(row->totalEdit(), take(domainIssueKey(row->key())));
    m_feedback->setIssue(m_ui->parentConcernsEdit, take(QStringLiteral("asq3.parentConcerns")));
    m_feedback->setIssue(m_ui->followUpPlanEdit, take(QStringLiteral("asq3.followUpPlan")));
    // Anything about the domains as a whole, or a field this form has no place for.
    for (const QString& message : std::as_const(byField))
        other << message;
    m_ui->domainsIssue->setText(other.join(QLatin1Char('\n')));
    m_ui->domainsIssue->setVisible(!other.isEmpty());
}

void Asq3Dialog::showResults(const Asq3Draft& d, const domain::FieldIssues& issues)
{
    const domain::Asq3Interval* interval = nullptr;
    if (m_definitions && d.intervalMonths)
        interval = m_definitions->asq3.interval(*d.intervalMonths);
    // A domain left blank is "not scored" once anything is entered; on a fresh form it is just empty.
    auto answered = [](const Asq3DomainInput& input) {
        return std::any_of(input.answers.begin(), input.answers.end(), [](Asq3Answer a) { return a != Asq3Answer::Missing; });
    };
    const bool anyAnswer = std::any_of(d.domains.begin(), d.domains.end(), answered);
    for (int i = 0; i < m_rows.size(); ++i) {
        Asq3DomainRow* row = m_rows.at(i);
        const bool problem = !FieldFeedback::issueFor(issues, domainIssueKey(row->key())).isEmpty();
        const Asq3DomainInput& input = d.domains.at(i);
        const bool hasEntry = d.entryMode == Asq3EntryMode::Items ? anyAnswer : input.total.has_value();
        if (!interval || problem || !hasEntry) {
            row->showResult(std::nullopt);
            continue;
        }
        row->showResult(domain::Asq3Rules::scoreDomain(m_definitions->asq3, *interval, input, d.entryMode));
    }

    if (!interval || !issues.isEmpty()) {
        m_ui->outcomeLabel->hide();
        return;
    }
    const Assessment scored = domain::Asq3Rules::score(d, m_child, m_definitions->asq3);
    QString text = tr("<b>Outcome:</b> %1").arg(scored.outcome.toHtmlEscaped());
    if (!scored.unverified.isEmpty())
        text += QStringLiteral(" <span style='color:#8a4b00'>%1</span>")
                    .arg(tr("Some values behind this result are unverified: check them against the ASQ-3 User's Guide."));
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->setToolTip(AssessmentText::unverifiedList(scored));
    m_ui->outcomeLabel->setStyleSheet(QString());
    m_ui->outcomeLabel->show();
}

void Asq3Dialog::save()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        m_feedback->revealAll();
        return;
    }
    auto added = AssessmentService(m_session).addAsq3(draft(nullptr));
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    m_saved = std::move(added).value();
    accept();
}

} // namespace tandem::gui
