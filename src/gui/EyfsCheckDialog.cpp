#include "EyfsCheckDialog.h"
#include "ui_EyfsCheckDialog.h"

#include "AssessmentText.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/EyfsRules.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
QString givenName(const Child& child) { return child.preferredName.isEmpty() ? child.givenName : child.preferredName; }

// The data file names areas and statuses in English; the screens translate the keys they know.
QString areaName(const domain::NamedKey& area)
{
    const QString name = AssessmentText::partName(area.key);
    return name == area.key ? area.name : name;
}

QString statusName(const domain::NamedKey& status)
{
    const QString name = AssessmentText::eyfsStatus(status.key);
    return name == status.key ? status.name : name;
}
} // namespace

EyfsCheckDialog::EyfsCheckDialog(Session& session, const Child& child, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(child), m_ui(std::make_unique<Ui::EyfsCheckDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("eyfsCheckDialog"));
    setWindowTitle(tr("EYFS progress check at two — %1").arg(RecordText::childName(child)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the progress check"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    if (auto definitions = InstrumentService(session).definitions(); definitions.ok())
        m_definitions = std::move(definitions).value();
    else
        FieldFeedback::showMessage(m_ui->messageLabel, definitions.message()); // no areas to record: Save stays off

    m_ui->completedOnInput->setText(DateInput::format(session.today()));
    m_ui->ageLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->shareHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->shareHint->setText(tr("Without the parent's agreement, health visitors see only that a check was recorded, "
                                "not what it says."));

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->ageLabel);
    m_feedback->fitToWidth(m_ui->completedOnIssue); // may show before the dialog has its width
    m_feedback->fitToWidth(m_ui->shareHint);
    m_feedback->add(m_ui->completedOnInput, m_ui->completedOnIssue);
    m_feedback->add(m_ui->completedByEdit, m_ui->completedByIssue);
    m_feedback->add(m_ui->settingEdit, m_ui->settingIssue);
    m_feedback->add(m_ui->shareCheck, nullptr);
    m_feedback->add(m_ui->parentConcernsEdit, m_ui->parentConcernsIssue);
    m_feedback->add(m_ui->followUpPlanEdit, m_ui->followUpPlanIssue);
    m_feedback->add(m_ui->areasBox, m_ui->areasIssue);
    buildAreas();
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        if (m_definitions) // a damaged definition file stays said: nothing typed here mends it
            FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EyfsCheckDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(960, 0)));
}

EyfsCheckDialog::~EyfsCheckDialog() = default;

void EyfsCheckDialog::showEvent(QShowEvent* event)
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

void EyfsCheckDialog::buildAreas()
{
    if (!m_definitions)
        return;
    const domain::EyfsDefinition& eyfs = m_definitions->eyfs;
    QWidget* previous = m_ui->followUpPlanEdit;
    for (const domain::NamedKey& area : eyfs.areas) {
        const QString name = areaName(area);
        AreaRow row;
        row.key = area.key;
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), m_ui->areasBox);
        title->setObjectName(QStringLiteral("areaTitle-%1").arg(area.key));

        row.status = new QComboBox(m_ui->areasBox);
        row.status->setObjectName(QStringLiteral("statusCombo-%1").arg(area.key));
        row.status->setAccessibleName(tr("%1: progress").arg(name));
        row.status->addItem(tr("Choose how the child is progressing"), QString());
        for (const domain::NamedKey& status : eyfs.statuses)
            row.status->addItem(statusName(status), status.key);
        title->setBuddy(row.status);
        row.statusIssue = new QLabel(m_ui->areasBox);
        row.statusIssue->setObjectName(QStringLiteral("statusIssue-%1").arg(area.key));

        row.summary = new QPlainTextEdit(m_ui->areasBox);
        row.summary->setObjectName(QStringLiteral("summaryEdit-%1").arg(area.key));
        row.summary->setAccessibleName(tr("%1: the setting's summary").arg(name));
        row.summary->setPlaceholderText(tr("Strengths, anything less than expected, and what the setting will do"));
        row.summary->setTabChangesFocus(true);
        row.summary->setFixedHeight(row.summary->fontMetrics().lineSpacing() * 3 + 14); // three lines show without scrolling
        row.counter = new QLabel(m_ui->areasBox);
        row.counter->setObjectName(QStringLiteral("summaryCount-%1").arg(area.key));
        row.counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.summaryIssue = new QLabel(m_ui->areasBox);
        row.summaryIssue->setObjectName(QStringLiteral("summaryIssue-%1").arg(area.key));

        auto* issues = new QHBoxLayout;
        issues->addWidget(row.summaryIssue, 1);
        issues->addWidget(row.counter, 0, Qt::AlignTop);
        m_ui->areasLayout->addWidget(title);
        m_ui->areasLayout->addWidget(row.status);
        m_ui->areasLayout->addWidget(row.statusIssue);
        m_ui->areasLayout->addWidget(row.summary);
        m_ui->areasLayout->addLayout(issues);
        m_ui->areasLayout->addSpacing(8);

        m_feedback->add(row.status, row.statusIssue);
        m_feedback->add(row.summary, row.summaryIssue);
        // The keyboard reaches the areas after the details, status then summary, in form order.
        QWidget::setTabOrder(previous, row.status);
        QWidget::setTabOrder(row.status, row.summary);
        previous = row.summary;
        connect(row.summary, &QPlainTextEdit::textChanged, this, [this, key = area.key] {
            for (const AreaRow& r : std::as_const(m_areas))
                if (r.key == key)
                    updateCounter(r);
        });
        m_areas << row;
        updateCounter(row);
    }
}

void EyfsCheckDialog::updateCounter(const AreaRow& row)
{
    const qsizetype length = row.summary->toPlainText().trimmed().size();
    row.counter->setText(tr("%1 / %2").arg(length).arg(domain::EyfsRules::kMaxSummary));
    row.counter->setStyleSheet(length > domain::EyfsRules::kMaxSummary ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                                       : QStringLiteral("color: #5f6b7a;"));
    row.counter->setAccessibleName(tr("%1 of %2 characters").arg(length).arg(domain::EyfsRules::kMaxSummary));
}

EyfsDraft EyfsCheckDialog::draft(domain::FieldIssues* parseIssues) const
{
    EyfsDraft d;
    d.childUuid = m_child.uuid;
    const QString dateText = m_ui->completedOnInput->text();
    if (const auto date = DateInput::parse(dateText))
        d.completedOn = *date;
    else if (parseIssues && !dateText.trimmed().isEmpty()) // an empty date is the rules' to word
        parseIssues->append({QStringLiteral("eyfs.completedOn"), DateInput::formatHint()});
    d.completedByName = m_ui->completedByEdit->text();
    d.setting = m_ui->settingEdit->text();
    d.parentAgreedToShare = m_ui->shareCheck->isChecked();
    for (const AreaRow& row : m_areas)
        d.areas << EyfsAreaInput{row.key, row.status->currentData().toString(), row.summary->toPlainText()};
    d.parentConcerns = m_ui->parentConcernsEdit->toPlainText();
    d.followUpPlan = m_ui->followUpPlanEdit->toPlainText();
    return d;
}

void EyfsCheckDialog::validate()
{
    domain::FieldIssues issues;
    EyfsDraft d = draft(&issues);
    if (m_definitions)
        issues += domain::EyfsRules::check(d, m_child, m_session.today(), m_definitions->eyfs);
    showIssues(issues);
    updateAge();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_definitions.has_value() && !m_feedback->hasIssues());
}

void EyfsCheckDialog::showIssues(const domain::FieldIssues& issues)
{
    QHash<QString, QString> byField; // the first problem for each field
    QString dateIssue;
    for (const domain::FieldIssue& issue : issues) {
        if (!byField.contains(issue.field))
            byField.insert(issue.field, issue.message);
    }
    QSet<QString> known{QStringLiteral("eyfs.completedBy"), QStringLiteral("eyfs.setting"), QStringLiteral("eyfs.areas"),
                        QStringLiteral("eyfs.parentConcerns"), QStringLiteral("eyfs.followUpPlan")};
    for (const AreaRow& row : m_areas) {
        const QString status = QStringLiteral("eyfs.%1").arg(row.key);
        known << status << status + QStringLiteral(".summary");
        m_feedback->setIssue(row.status, byField.value(status));
        m_feedback->setIssue(row.summary, byField.value(status + QStringLiteral(".summary")));
    }
    // The date, the child's age on it, and anything about the check as a whole are said under the date.
    for (const domain::FieldIssue& issue : issues)
        if (!known.contains(issue.field) && dateIssue.isEmpty())
            dateIssue = issue.message;
    m_feedback->setIssue(m_ui->completedOnInput, dateIssue);
    m_feedback->setIssue(m_ui->completedByEdit, byField.value(QStringLiteral("eyfs.completedBy")));
    m_feedback->setIssue(m_ui->settingEdit, byField.value(QStringLiteral("eyfs.setting")));
    m_feedback->setIssue(m_ui->areasBox, byField.value(QStringLiteral("eyfs.areas")));
    m_feedback->setIssue(m_ui->parentConcernsEdit, byField.value(QStringLiteral("eyfs.parentConcerns")));
    m_feedback->setIssue(m_ui->followUpPlanEdit, byField.value(QStringLiteral("eyfs.followUpPlan")));
    // The date starts as today: when the child's age that day is the problem, say so at once.
    if (!dateIssue.isEmpty() && DateInput::parse(m_ui->completedOnInput->text()))
        m_feedback->touch(m_ui->completedOnInput);
}

void EyfsCheckDialog::updateAge()
{
    // The child's age that day, unless the line under the date already says what is wrong with it.
    const auto on = DateInput::parse(m_ui->completedOnInput->text());
    QString text;
    if (on && m_child.dateOfBirth && *on >= *m_child.dateOfBirth && m_ui->completedOnIssue->isHidden())
        text = tr("%1 is %2 on that day.").arg(givenName(m_child), AssessmentText::age(*m_child.dateOfBirth, *on));
    m_feedback->setFittedText(m_ui->ageLabel, text);
}

void EyfsCheckDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto added = AssessmentService(m_session).addEyfs(draft(nullptr));
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    m_saved = std::move(added).value();
    accept();
}

} // namespace tandem::gui
