#include "AsqSe2Dialog.h"
#include "ui_AsqSe2Dialog.h"

#include "AssessmentText.h"
#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/AsqSe2Rules.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int kTermWeeks = 37;

ThresholdUsed used(const domain::SourcedValue& value) { return ThresholdUsed{value.value, value.verified, value.source}; }
} // namespace

AsqSe2Dialog::AsqSe2Dialog(Session& session, const Child& child, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(child), m_ui(std::make_unique<Ui::AsqSe2Dialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("asqSe2Dialog"));
    setWindowTitle(tr("Record an ASQ:SE-2 for %1").arg(RecordText::childName(child)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the ASQ:SE-2"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});

    QString about = tr("%1, born %2").arg(RecordText::childName(child), RecordText::date(child.dateOfBirth.value_or(QDate())));
    if (child.gestationWeeks && *child.gestationWeeks < kTermWeeks)
        about = tr("%1 at %2 weeks").arg(about).arg(*child.gestationWeeks);
    m_ui->childLabel->setText(about);
    m_ui->assessedOnInput->setText(DateInput::format(session.today()));
    m_ui->intervalReasonLabel->setStyleSheet(QStringLiteral("color: #0b4f8a;"));
    m_ui->thresholdsLabel->setStyleSheet(QStringLiteral("color: #4a5563;"));
    m_ui->thresholdsLabel->setTextFormat(Qt::RichText);
    m_ui->directionLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->adjustedCheck->hide();

    if (auto definitions = InstrumentService(session).definitions(); definitions.ok()) {
        m_definitions = std::move(definitions).value();
        m_ui->adjustedCheck->setToolTip(
            tr("With more than %1 items left blank, adjust the total by the User's Guide rule before entering it, then tick this.")
                .arg(m_definitions->asqSe2.maxOmittedWithoutAdjustment));
    } else {
        FieldFeedback::showMessage(m_ui->messageLabel, definitions.message());
    }

    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->intervalReasonLabel);
    connect(m_ui->assessedOnInput, &QLineEdit::textChanged, this, &AsqSe2Dialog::updateInterval);
    m_feedback->add(m_ui->assessedOnInput, m_ui->assessedOnIssue);
    m_feedback->add(m_ui->intervalCombo, m_ui->intervalIssue);
    m_feedback->add(m_ui->totalEdit, m_ui->totalIssue);
    m_feedback->add(m_ui->omittedSpin, m_ui->omittedIssue);
    m_feedback->add(m_ui->adjustedCheck, nullptr);
    m_feedback->add(m_ui->parentConcernsEdit, m_ui->parentConcernsIssue);
    m_feedback->add(m_ui->followUpPlanEdit, m_ui->followUpPlanIssue);
    // Issue labels keep their height right as the form is laid out again (they appear while typing).
    for (QLabel* label : {m_ui->assessedOnIssue, m_ui->intervalIssue, m_ui->totalIssue, m_ui->omittedIssue,
                          m_ui->parentConcernsIssue, m_ui->followUpPlanIssue})
        m_feedback->fitToWidth(label);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AsqSe2Dialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateInterval();
    validate();
    // Wide enough for the form, and as tall as it needs at that width (word-wrapped sentences included).
    const int width = std::max(760, sizeHint().width());
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
}

AsqSe2Dialog::~AsqSe2Dialog() = default;

void AsqSe2Dialog::updateInterval()
{
    const QSignalBlocker quiet(m_ui->intervalCombo);
    const int previous = m_ui->intervalCombo->currentData().isValid() ? m_ui->intervalCombo->currentData().toInt() : -1;
    m_ui->intervalCombo->clear();
    m_choice = {};
    if (const auto date = DateInput::parse(m_ui->assessedOnInput->text()))
        if (auto choice = AssessmentService(m_session).asqSe2Interval(m_child.uuid, *date); choice.ok())
            m_choice = std::move(choice).value();
    const QList<int> candidates = AssessmentText::intervalChoices(m_choice);
    for (int months : candidates)
        m_ui->intervalCombo->addItem(AssessmentText::interval(months), months);
    const int selected = candidates.contains(previous) ? previous : m_choice.months.value_or(-1);
    m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(selected));
    m_ui->intervalCombo->setEnabled(candidates.size() > 1);
    const QString reason = AssessmentText::intervalReason(m_choice);
    QLabel* label = m_ui->intervalReasonLabel;
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
    label->setMinimumHeight(0); // the form row follows the label's height at its width
    label->setMaximumHeight(QWIDGETSIZE_MAX);
    if (label->isVisible() && !reason.isEmpty()) // before it is shown, its layout gives it its height
        label->setFixedHeight(label->heightForWidth(label->width()));
    m_ui->intervalCombo->setAccessibleDescription(reason);
}

AsqSe2Draft AsqSe2Dialog::draft(domain::FieldIssues* parseIssues) const
{
    AsqSe2Draft d;
    d.childUuid = m_child.uuid;
    const QString dateText = m_ui->assessedOnInput->text();
    if (const auto date = DateInput::parse(dateText))
        d.assessedOn = *date;
    else if (parseIssues && !dateText.trimmed().isEmpty())
        parseIssues->append({QStringLiteral("asqse2.assessedOn"), DateInput::formatHint()});
    if (m_ui->intervalCombo->currentData().isValid())
        d.intervalMonths = m_ui->intervalCombo->currentData().toInt();
    const QString total = m_ui->totalEdit->text().trimmed();
    if (!total.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(total, &ok);
        if (!ok)
            value = total.toDouble(&ok);
        if (ok)
            d.total = value;
        else if (parseIssues)
            parseIssues->append({QStringLiteral("asqse2.total"), tr("Type the total as a number, a multiple of 5.")});
    }
    d.omittedItems = m_ui->omittedSpin->value();
    d.totalAdjustedPerGuide = !m_ui->adjustedCheck->isHidden() && m_ui->adjustedCheck->isChecked();
    d.parentConcerns = m_ui->parentConcernsEdit->toPlainText();
    d.followUpPlan = m_ui->followUpPlanEdit->toPlainText();
    return d;
}

void AsqSe2Dialog::validate()
{
    // The confirmation only matters once more items are blank than the total can absorb.
    const int allowed = m_definitions ? m_definitions->asqSe2.maxOmittedWithoutAdjustment : 2;
    m_ui->adjustedCheck->setVisible(m_ui->omittedSpin->value() > allowed);

    domain::FieldIssues issues;
    AsqSe2Draft d = draft(&issues);
    if (m_definitions)
        issues += domain::AsqSe2Rules::check(d, m_child, m_session.today(), m_definitions->asqSe2);
    showIssues(issues);
    showResult(d, issues);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_definitions && issues.isEmpty() && !m_feedback->hasIssues());
}

void AsqSe2Dialog::showIssues(const domain::FieldIssues& issues)
{
    QHash<QString, QString> byField;
    for (const domain::FieldIssue& issue : issues)
        if (!byField.contains(issue.field))
            byField.insert(issue.field, issue.message);
    m_feedback->setIssue(m_ui->assessedOnInput, byField.take(QStringLiteral("asqse2.assessedOn")));
    const QString interval = byField.take(QStringLiteral("asqse2.interval"));
    m_feedback->setIssue(m_ui->intervalCombo, interval);
    if (!interval.isEmpty() && DateInput::parse(m_ui->assessedOnInput->text()))
        m_feedback->touch(m_ui->intervalCombo);
    m_feedback->setIssue(m_ui->totalEdit, byField.take(QStringLiteral("asqse2.total")));
    // The adjustment is part of the blank items' question: said under them, as soon as it arises.
    const QString omitted = byField.take(QStringLiteral("asqse2.omittedItems"));
    m_feedback->setIssue(m_ui->omittedSpin, omitted);
    if (!omitted.isEmpty() && !m_ui->adjustedCheck->isHidden())
        m_feedback->touch(m_ui->omittedSpin);
    m_feedback->setIssue(m_ui->parentConcernsEdit, byField.take(QStringLiteral("asqse2.parentConcerns")));
    QString plan = byField.take(QStringLiteral("asqse2.followUpPlan"));
    for (const QString& message : std::as_const(byField)) // a rule this form has no field for
        plan = (QStringList{plan, message}).join(QLatin1Char(' ')).trimmed();
    m_feedback->setIssue(m_ui->followUpPlanEdit, plan);
}

void AsqSe2Dialog::showResult(const AsqSe2Draft& d, const domain::FieldIssues& issues)
{
    const domain::AsqSe2Interval* interval =
        m_definitions && d.intervalMonths ? m_definitions->asqSe2.interval(*d.intervalMonths) : nullptr;
    AssessmentPart part;
    part.part = QStringLiteral("total");
    if (interval) {
        part.cutoff = used(interval->cutoff);
        part.monitoring = used(interval->monitoring);
    }
    QString line = AssessmentText::thresholds(part, AssessmentKind::AsqSe2).toHtmlEscaped();
    const QString marker = AssessmentText::unverified();
    line.replace(QStringLiteral("(%1)").arg(marker), QStringLiteral("<span style='color:#8a4b00'><i>(%1)</i></span>").arg(marker));
    m_ui->thresholdsLabel->setText(line);
    m_ui->thresholdsLabel->setToolTip(interval ? interval->cutoff.source : QString());

    const bool scorable = interval && d.total && FieldFeedback::issueFor(issues, QStringLiteral("asqse2.total")).isEmpty();
    if (!scorable) {
        m_ui->zoneLabel->setText(tr("Enter the total to see the result"));
        m_ui->zoneLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        return;
    }
    part.score = d.total;
    part.zone = domain::AsqSe2Rules::zoneFor(*d.total, interval->cutoff.value, interval->monitoring.value);
    m_ui->zoneLabel->setText(tr("Total %1: %2").arg(AssessmentText::score(*d.total),
                                                    AssessmentText::partResult(part, AssessmentKind::AsqSe2)));
    m_ui->zoneLabel->setStyleSheet(AssessmentText::zoneStyleSheet(part.zone));
}

void AsqSe2Dialog::save()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        m_feedback->revealAll();
        return;
    }
    auto added = AssessmentService(m_session).addAsqSe2(draft(nullptr));
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    m_saved = std::move(added).value();
    accept();
}

} // namespace tandem::gui
