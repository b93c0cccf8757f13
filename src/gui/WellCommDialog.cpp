#include "WellCommDialog.h"
#include "ui_WellCommDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"

#include "tandem/domain/ChildAge.h"
#include "tandem/domain/WellCommRules.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace tandem::gui {

namespace {
QString givenName(const Child& child) { return child.preferredName.isEmpty() ? child.givenName : child.preferredName; }

// A swatch beside each colour's name: the words carry the result, the colour helps the eye.
QIcon swatch(const QString& result)
{
    QPixmap pixmap(12, 12);
    if (result == QLatin1String("red"))
        pixmap.fill(QColor(0xc6, 0x28, 0x28));
    else if (result == QLatin1String("amber"))
        pixmap.fill(QColor(0xf2, 0xa9, 0x00));
    else
        pixmap.fill(QColor(0x2e, 0x7d, 0x32));
    return QIcon(pixmap);
}
} // namespace

WellCommDialog::WellCommDialog(Session& session, const Child& child, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(child), m_ui(std::make_unique<Ui::WellCommDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("wellCommDialog"));
    setWindowTitle(tr("WellComm screening — %1").arg(RecordText::childName(child)));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Save"), tr("Save the screening"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    if (auto definitions = InstrumentService(session).definitions(); definitions.ok())
        m_definitions = std::move(definitions).value();
    else
        FieldFeedback::showMessage(m_ui->messageLabel, definitions.message()); // nothing can be scored: Save stays off

    m_ui->assessedOnInput->setText(DateInput::format(session.today()));
    m_ui->practitionerLabel->setText(session.user().displayName);
    m_ui->ageSectionLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->guidanceLabel->setStyleSheet(QStringLiteral("color: #0b4f8a; font-weight: bold;"));
    m_ui->referralLabel->setTextFormat(Qt::RichText);
    m_ui->screeningsLayout->setColumnStretch(2, 1);

    // The guidance and the referral box sit in box layouts, which wrap labels by themselves.
    m_ui->guidanceLabel->setWordWrap(true);
    m_ui->referralLabel->setWordWrap(true);
    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->ageSectionLabel);
    m_feedback->fitToWidth(m_ui->assessedOnIssue); // may show before the dialog has its width
    m_feedback->add(m_ui->assessedOnInput, m_ui->assessedOnIssue);
    m_feedback->add(m_ui->screeningsBox, m_ui->screeningsIssue);
    m_feedback->add(m_ui->parentConcernCheck, nullptr);
    m_feedback->add(m_ui->practitionerConcernCheck, nullptr);
    m_feedback->add(m_ui->concernsEdit, m_ui->concernsIssue);
    m_feedback->add(m_ui->followUpPlanEdit, m_ui->followUpPlanIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        if (m_definitions) // a damaged definition file stays said: nothing typed here mends it
            FieldFeedback::showMessage(m_ui->messageLabel, {});
        dateChanged();
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WellCommDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto on = DateInput::parse(m_ui->assessedOnInput->text());
    updateAgeSection(on);
    resetRows(m_ageSection);
    validate();
    resize(sizeHint().expandedTo(QSize(900, 0)));
}

WellCommDialog::~WellCommDialog() = default;

void WellCommDialog::showEvent(QShowEvent* event)
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

// A new date may put the child in another section: screening starts again from that one.
void WellCommDialog::dateChanged()
{
    const std::optional<int> before = m_ageSection;
    updateAgeSection(DateInput::parse(m_ui->assessedOnInput->text()));
    if (m_ageSection != before)
        resetRows(m_ageSection);
}

void WellCommDialog::updateAgeSection(const std::optional<QDate>& on)
{
    m_ageSection.reset();
    const QString name = givenName(m_child);
    QString text;
    if (!m_child.dateOfBirth) {
        text = tr("%1 has no date of birth recorded, so there is no section for their age.").arg(name);
    } else if (!on) {
        text = tr("Enter the date to see the section for %1's age.").arg(name);
    } else if (const auto age = domain::ChildAge::on(*m_child.dateOfBirth, *on); age && m_definitions) {
        const domain::WellCommDefinition& wellComm = m_definitions->wellComm;
        m_ageSection = domain::WellCommRules::sectionForAge(wellComm, age->months);
        if (const domain::WellCommSection* section = m_ageSection ? wellComm.section(*m_ageSection) : nullptr) {
            text = tr("Section %1 (%2 to %3 months): %4 is %5 on that day.")
                       .arg(section->number)
                       .arg(section->fromMonths)
                       .arg(section->toMonths)
                       .arg(name, domain::ChildAge::describe(*age));
        } else if (!wellComm.sections.isEmpty()) {
            text = tr("No section covers %1's age on that day (%2). The sections cover %3 to %4 months.")
                       .arg(name, domain::ChildAge::describe(*age))
                       .arg(wellComm.sections.first().fromMonths)
                       .arg(wellComm.sections.last().toMonths);
        }
    }
    m_feedback->setFittedText(m_ui->ageSectionLabel, text); // a date before birth is said under the date
}

void WellCommDialog::resetRows(std::optional<int> ageSection)
{
    removeRowsAfter(-1);
    if (ageSection)
        addRow(*ageSection);
    updateGuidance();
}

void WellCommDialog::addRow(int section)
{
    const int index = static_cast<int>(m_rows.size());
    Row row;
    row.section = section;
    row.label = new QLabel(index == 0 ? tr("Section %1 (for age):").arg(section) : tr("Section %1:").arg(section), m_ui->screeningsBox);
    row.label->setObjectName(QStringLiteral("screeningSectionLabel%1").arg(index));
    row.result = new QComboBox(m_ui->screeningsBox);
    row.result->setObjectName(QStringLiteral("screeningResultCombo%1").arg(index));
    row.result->setAccessibleName(tr("Result at section %1").arg(section));
    row.result->addItem(tr("Choose the result"), QString());
    for (const QString& token : WellCommResults::tokens())
        row.result->addItem(swatch(token), WellCommResults::displayName(token), token);
    row.label->setBuddy(row.result);
    m_ui->screeningsLayout->addWidget(row.label, index, 0);
    m_ui->screeningsLayout->addWidget(row.result, index, 1);
    // The keyboard meets the sections in the order they are screened, right after the date.
    QWidget::setTabOrder(index == 0 ? static_cast<QWidget*>(m_ui->assessedOnInput) : m_rows.last().result, row.result);
    connect(row.result, &QComboBox::currentIndexChanged, this, [this, index] { resultChosen(index); });
    m_rows << row;
}

void WellCommDialog::removeRowsAfter(int index)
{
    while (m_rows.size() > index + 1) {
        Row row = m_rows.takeLast();
        delete row.label;
        delete row.result;
    }
}

void WellCommDialog::resultChosen(int index)
{
    if (index >= m_rows.size())
        return;
    const QString result = m_rows.at(index).result->currentData().toString();
    if (result.isEmpty() || result == QLatin1String("green")) {
        removeRowsAfter(index); // screening stops at green
    } else if (index == m_rows.size() - 1) {
        if (const auto next = domain::WellCommRules::nextSection(screenings()))
            addRow(*next); // red or amber: the section below comes next
    }
    m_feedback->touch(m_ui->screeningsBox);
    updateGuidance();
    validate();
}

QList<WellCommScreening> WellCommDialog::screenings() const
{
    QList<WellCommScreening> done;
    for (const Row& row : m_rows) {
        const QString result = row.result->currentData().toString();
        if (result.isEmpty())
            break; // a section offered but not screened (yet) is left out
        done << WellCommScreening{row.section, result};
    }
    return done;
}

WellCommDraft WellCommDialog::draft(domain::FieldIssues* parseIssues) const
{
    WellCommDraft d;
    d.childUuid = m_child.uuid;
    const QString dateText = m_ui->assessedOnInput->text();
    if (const auto date = DateInput::parse(dateText))
        d.assessedOn = *date;
    else if (parseIssues && !dateText.trimmed().isEmpty()) // an empty date is the rules' to word
        parseIssues->append({QStringLiteral("wellcomm.assessedOn"), DateInput::formatHint()});
    d.screenings = screenings();
    d.parentConcern = m_ui->parentConcernCheck->isChecked();
    d.practitionerConcern = m_ui->practitionerConcernCheck->isChecked();
    d.parentConcerns = m_ui->concernsEdit->toPlainText();
    d.followUpPlan = m_ui->followUpPlanEdit->toPlainText();
    return d;
}

void WellCommDialog::validate()
{
    domain::FieldIssues issues;
    WellCommDraft d = draft(&issues);
    if (m_definitions)
        issues += domain::WellCommRules::check(d, m_child, m_session.today(), m_definitions->wellComm);
    showIssues(issues);
    updateReferral(d);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_definitions.has_value() && !m_feedback->hasIssues());
}

void WellCommDialog::showIssues(const domain::FieldIssues& issues)
{
    QString dateIssue;
    QStringList screeningIssues;
    QString concernsIssue;
    QString planIssue;
    for (const domain::FieldIssue& issue : issues) {
        if (issue.field.startsWith(QLatin1String("wellcomm.screenings"))) {
            if (!screeningIssues.contains(issue.message))
                screeningIssues << issue.message;
        } else if (issue.field == QLatin1String("wellcomm.parentConcerns")) {
            concernsIssue = concernsIssue.isEmpty() ? issue.message : concernsIssue;
        } else if (issue.field == QLatin1String("wellcomm.followUpPlan")) {
            planIssue = planIssue.isEmpty() ? issue.message : planIssue;
        } else if (dateIssue.isEmpty()) {
            dateIssue = issue.message; // the date, and the child's age on it
        }
    }
    m_feedback->setIssue(m_ui->assessedOnInput, dateIssue);
    m_feedback->setIssue(m_ui->screeningsBox, screeningIssues.join(QLatin1Char('\n')));
    m_feedback->setIssue(m_ui->concernsEdit, concernsIssue);
    m_feedback->setIssue(m_ui->followUpPlanEdit, planIssue);
    // The date starts as today: when the child's age that day is the problem, say so at once.
    if (!dateIssue.isEmpty() && DateInput::parse(m_ui->assessedOnInput->text()))
        m_feedback->touch(m_ui->assessedOnInput);
}

void WellCommDialog::updateGuidance()
{
    const QList<WellCommScreening> done = screenings();
    QString text;
    if (!m_rows.isEmpty())
        text = done.isEmpty() ? tr("Start with section %1, the section for %2's age.").arg(m_rows.first().section).arg(givenName(m_child))
                              : domain::WellCommRules::guidance(done);
    m_ui->guidanceLabel->setText(text);
    m_ui->guidanceLabel->setVisible(!text.isEmpty());
}

void WellCommDialog::updateReferral(const WellCommDraft& d)
{
    const auto referral = domain::WellCommRules::referral(d.screenings, m_ageSection.value_or(0), d.parentConcern, d.practitionerConcern);
    QString plain;
    QString html;
    QString style = QStringLiteral("background: #f3f5f7; border: 1px solid #d0d4d9; border-radius: 4px; padding: 8px;");
    if (referral.suggested) {
        const QString heading = tr("Referral to speech and language therapy suggested");
        QStringList reasons;
        for (const QString& reason : referral.reasons)
            reasons << QStringLiteral("• %1").arg(reason.toHtmlEscaped());
        html = QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), reasons.join(QStringLiteral("<br>")));
        plain = referral.reasons.isEmpty() ? heading : tr("%1: %2").arg(heading, referral.reasons.join(QStringLiteral("; ")));
        style = QStringLiteral("background: #fff4e0; border: 1px solid #e0a84a; border-radius: 4px; padding: 8px; color: #4d3100;");
    } else if (d.screenings.isEmpty() && !m_rows.isEmpty()) {
        plain = tr("Choose the result for section %1 to see whether referral is suggested.").arg(m_rows.first().section);
        html = plain.toHtmlEscaped();
    } else {
        plain = tr("No referral indicated by the WellComm rule.");
        html = plain.toHtmlEscaped();
    }
    m_ui->referralLabel->setStyleSheet(style);
    m_ui->referralLabel->setText(html);
    m_ui->referralLabel->setAccessibleDescription(plain);
}

void WellCommDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto added = AssessmentService(m_session).addWellComm(draft(nullptr));
    if (!added.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, added.message());
        return;
    }
    m_saved = std::move(added).value();
    accept();
}

} // namespace tandem::gui
