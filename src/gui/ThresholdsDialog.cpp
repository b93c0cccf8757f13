#include "ThresholdsDialog.h"
#include "ui_ThresholdsDialog.h"

#include "AssessmentText.h"
#include "FieldFeedback.h"
#include "VisitText.h"

#include "tandem/core/Assessment.h"
#include "tandem/domain/ThresholdRules.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <cmath>

namespace tandem::gui {

namespace {
enum CorrectionColumn { When, Threshold, Value, Reason, By, CorrectionColumnCount };

const QString kAsq3 = QStringLiteral("asq3");
const QString kAsqSe2 = QStringLiteral("asqse2");
const QString kCutoff = QStringLiteral("cutoff");

QString instrumentName(const QString& token)
{
    return AssessmentKinds::displayName(AssessmentKinds::fromToken(token).value_or(AssessmentKind::Asq3));
}

// "ASQ-3, 24-month questionnaire: Communication cutoff"
QString describe(const domain::ThresholdOverride& o)
{
    const QString kind = o.kind == kCutoff ? ThresholdsDialog::tr("cutoff") : ThresholdsDialog::tr("monitoring threshold");
    return ThresholdsDialog::tr("%1, %2: %3 %4")
        .arg(instrumentName(o.instrument), AssessmentText::interval(o.intervalMonths), AssessmentText::partName(o.part), kind);
}

// What the threshold does, so the administrator knows which way a change moves results.
QString meaning(const QString& instrument, const QString& kind)
{
    if (instrument == kAsq3)
        return kind == kCutoff ? ThresholdsDialog::tr("a domain score below it is below cutoff: refer")
                               : ThresholdsDialog::tr("from the cutoff up to this value is the monitoring zone");
    return kind == kCutoff ? ThresholdsDialog::tr("a total above it means refer (higher is more concern)")
                           : ThresholdsDialog::tr("from this value up to the cutoff is the monitoring zone");
}
} // namespace

ThresholdsDialog::ThresholdsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ThresholdsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("thresholdsDialog"));
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false); // Enter in the form saves the correction, never closes
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->keepLabel->setStyleSheet(QStringLiteral("color: #0b4f8a; font-weight: bold;"));
    m_ui->sourceLabel->setStyleSheet(QStringLiteral("color: #3d4752;"));
    m_ui->sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->currentValueLabel->setTextFormat(Qt::RichText);
    m_ui->savedLabel->setWordWrap(true);
    m_ui->savedLabel->setStyleSheet(
        QStringLiteral("background: #e6f4ea; border: 1px solid #9ccfa9; border-radius: 4px; padding: 8px; color: #1b5e2f;"));
    m_ui->savedLabel->hide();
    m_ui->noCorrectionsLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    m_ui->instrumentCombo->addItem(instrumentName(kAsq3), kAsq3);
    m_ui->instrumentCombo->addItem(instrumentName(kAsqSe2), kAsqSe2);
    m_ui->kindCombo->addItem(tr("Cutoff"), kCutoff);
    m_ui->kindCombo->addItem(tr("Monitoring threshold"), QStringLiteral("monitoring"));

    auto* view = m_ui->correctionsView;
    view->setColumnCount(CorrectionColumnCount);
    view->setHeaderLabels({tr("When"), tr("Threshold"), tr("Value"), tr("Reason"), tr("By")});
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    view->setMinimumHeight(120);
    // Spare height goes to the list, or to the line saying there is none yet, never between the form's rows.
    m_ui->mainLayout->setStretchFactor(view, 1);
    m_ui->mainLayout->setStretchFactor(m_ui->noCorrectionsLabel, 1);
    m_ui->noCorrectionsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    loadDefinitions();
    fillIntervals();
    fillParts();
    setUpFeedback();
    connect(m_ui->instrumentCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillIntervals();
        fillParts();
        updateCurrent();
        validate();
    });
    for (QComboBox* choice : {m_ui->intervalCombo, m_ui->partCombo, m_ui->kindCombo})
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            updateCurrent();
            validate();
        });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ThresholdsDialog::save);

    // Only administrators are offered this dialog; the service refuses anyone else in any case.
    if (!m_session.can(Permission::ManageInstruments)) {
        FieldFeedback::showMessage(m_ui->messageLabel, tr("Only an administrator can correct instrument thresholds."));
        for (QWidget* input : std::initializer_list<QWidget*>{m_ui->instrumentCombo, m_ui->intervalCombo, m_ui->partCombo,
                                                              m_ui->kindCombo, m_ui->valueEdit, m_ui->reasonEdit})
            input->setEnabled(false);
    }
    loadCorrections();
    updateCurrent();
    validate();
    resize(sizeHint().expandedTo(QSize(860, 0)));
}

ThresholdsDialog::~ThresholdsDialog() = default;

void ThresholdsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The source was measured before the dialog had its width; now that it has, fit the height once.
    if (!m_heightFitted) {
        m_heightFitted = true;
        layout()->activate();
        resize(width(), sizeHint().height());
    }
}

bool ThresholdsDialog::loadDefinitions()
{
    auto definitions = InstrumentService(m_session).definitions();
    if (!definitions.ok()) {
        m_definitions.reset();
        FieldFeedback::showMessage(m_ui->messageLabel, definitions.message());
        return false;
    }
    m_definitions = std::move(definitions).value();
    return true;
}

void ThresholdsDialog::loadCorrections()
{
    auto* view = m_ui->correctionsView;
    view->clear();
    auto corrections = InstrumentService(m_session).corrections();
    if (!corrections.ok())
        FieldFeedback::showMessage(m_ui->messageLabel, corrections.message());
    const QList<domain::ThresholdOverride> list = corrections.ok() ? corrections.value() : QList<domain::ThresholdOverride>{};
    for (auto it = list.crbegin(); it != list.crend(); ++it) { // newest first
        const QDateTime at = QDateTime::fromString(it->setAt, Qt::ISODate);
        auto* item = new QTreeWidgetItem(view);
        item->setText(When, at.isValid() ? VisitText::dateTime(at.toLocalTime()) : it->setAt);
        item->setText(Threshold, describe(*it));
        item->setText(Value, AssessmentText::score(it->value));
        item->setText(Reason, it->reason);
        item->setToolTip(Reason, it->reason);
        item->setText(By, it->setByName);
    }
    if (view->topLevelItemCount() > 0) // the keyboard starts on the newest, without highlighting it
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    view->setVisible(!list.isEmpty());
    m_ui->correctionsLabel->setVisible(!list.isEmpty());
    m_ui->noCorrectionsLabel->setVisible(corrections.ok() && list.isEmpty());
}

// Each correction starts with a clean form: nothing is said about a field until it is edited.
void ThresholdsDialog::setUpFeedback()
{
    delete m_feedback;
    m_feedback = new FieldFeedback(this);
    m_feedback->fitToWidth(m_ui->sourceLabel);
    m_feedback->add(m_ui->valueEdit, m_ui->valueIssue);
    m_feedback->add(m_ui->reasonEdit, m_ui->reasonIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        m_ui->savedLabel->hide();
        validate();
    });
}

void ThresholdsDialog::fillIntervals()
{
    const int keep = m_ui->intervalCombo->currentData().toInt();
    const QSignalBlocker quiet(m_ui->intervalCombo);
    m_ui->intervalCombo->clear();
    if (!m_definitions)
        return;
    QList<int> months;
    if (m_ui->instrumentCombo->currentData().toString() == kAsq3) {
        for (const domain::Asq3Interval& i : m_definitions->asq3.intervals)
            months << i.months;
    } else {
        for (const domain::AsqSe2Interval& i : m_definitions->asqSe2.intervals)
            months << i.months;
    }
    for (int m : months)
        m_ui->intervalCombo->addItem(tr("%1 months").arg(m), m);
    m_ui->intervalCombo->setCurrentIndex(std::max(0, m_ui->intervalCombo->findData(keep)));
}

void ThresholdsDialog::fillParts()
{
    const QString keep = m_ui->partCombo->currentData().toString();
    const QSignalBlocker quiet(m_ui->partCombo);
    m_ui->partCombo->clear();
    const bool asq3 = m_ui->instrumentCombo->currentData().toString() == kAsq3;
    m_ui->partLabel->setText(asq3 ? tr("&Domain:") : tr("&Part:"));
    if (!m_definitions)
        return;
    if (asq3) {
        for (const domain::NamedKey& d : m_definitions->asq3.domains) {
            const QString name = AssessmentText::partName(d.key);
            m_ui->partCombo->addItem(name == d.key ? d.name : name, d.key);
        }
    } else {
        m_ui->partCombo->addItem(AssessmentText::partName(QStringLiteral("total")), QStringLiteral("total"));
    }
    m_ui->partCombo->setCurrentIndex(std::max(0, m_ui->partCombo->findData(keep)));
}

const domain::SourcedValue* ThresholdsDialog::current() const
{
    if (!m_definitions)
        return nullptr;
    const int months = m_ui->intervalCombo->currentData().toInt();
    const QString part = m_ui->partCombo->currentData().toString();
    const bool cutoff = m_ui->kindCombo->currentData().toString() == kCutoff;
    if (m_ui->instrumentCombo->currentData().toString() == kAsq3) {
        const domain::Asq3Interval* interval = m_definitions->asq3.interval(months);
        if (!interval)
            return nullptr;
        return cutoff ? interval->cutoff(part) : interval->monitoringThreshold(part);
    }
    const domain::AsqSe2Interval* interval = m_definitions->asqSe2.interval(months);
    if (!interval)
        return nullptr;
    return cutoff ? &interval->cutoff : &interval->monitoring;
}

void ThresholdsDialog::updateCurrent()
{
    const QString instrument = m_ui->instrumentCombo->currentData().toString();
    const domain::SourcedValue* value = current();
    if (!value) {
        m_ui->currentValueLabel->setText(QStringLiteral("—"));
        m_feedback->setFittedText(m_ui->sourceLabel, {});
        m_ui->valueEdit->setPlaceholderText({});
    } else {
        const QString state = value->verified ? tr("verified") : AssessmentText::unverified();
        m_ui->currentValueLabel->setText(tr("<b>%1</b> (%2): %3")
                                             .arg(AssessmentText::score(value->value), state.toHtmlEscaped(),
                                                  meaning(instrument, m_ui->kindCombo->currentData().toString()).toHtmlEscaped()));
        const QString plain = m_ui->currentValueLabel->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
        m_ui->currentValueLabel->setAccessibleDescription(plain);
        m_feedback->setFittedText(m_ui->sourceLabel, value->source); // one line or three: the row follows
        m_ui->valueEdit->setPlaceholderText(tr("Now %1").arg(AssessmentText::score(value->value)));
    }
    QString version;
    if (m_definitions)
        version = instrument == kAsq3 ? m_definitions->asq3.version : m_definitions->asqSe2.version;
    m_ui->versionLabel->setText(version.isEmpty() ? QString() : tr("%1 %2").arg(instrumentName(instrument), version));
}

domain::ThresholdOverride ThresholdsDialog::draft(domain::FieldIssues* parseIssues) const
{
    domain::ThresholdOverride c;
    c.instrument = m_ui->instrumentCombo->currentData().toString();
    c.intervalMonths = m_ui->intervalCombo->currentData().toInt();
    c.part = m_ui->partCombo->currentData().toString();
    c.kind = m_ui->kindCombo->currentData().toString();
    c.reason = m_ui->reasonEdit->toPlainText();
    const QString text = m_ui->valueEdit->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok); // "25.17" whatever the user's locale
    if (ok) {
        c.value = value;
        const domain::SourcedValue* now = current();
        if (parseIssues && now && std::abs(now->value - value) < 0.005)
            parseIssues->append({QStringLiteral("threshold.value"), tr("That is the value in force already; enter the corrected one.")});
    } else if (parseIssues) {
        parseIssues->append({QStringLiteral("threshold.value"),
                             text.isEmpty() ? tr("Enter the corrected value.") : tr("Enter a number, for example 25.17.")});
    }
    return c;
}

void ThresholdsDialog::validate()
{
    domain::FieldIssues issues;
    domain::ThresholdOverride c = draft(&issues);
    if (m_definitions)
        issues += domain::ThresholdRules::check(c, *m_definitions);
    QString valueIssue;
    QString reasonIssue;
    for (const domain::FieldIssue& issue : issues) {
        if (issue.field == QLatin1String("threshold.reason")) {
            if (reasonIssue.isEmpty())
                reasonIssue = issue.message;
        } else if (valueIssue.isEmpty()) {
            valueIssue = issue.message; // the value, or the choice above it
        }
    }
    m_feedback->setIssue(m_ui->valueEdit, valueIssue);
    m_feedback->setIssue(m_ui->reasonEdit, reasonIssue);
    m_ui->saveButton->setEnabled(m_definitions.has_value() && m_session.can(Permission::ManageInstruments) && !m_feedback->hasIssues());
}

void ThresholdsDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    const domain::ThresholdOverride change = draft(nullptr);
    auto saved = InstrumentService(m_session).correctThreshold(change);
    if (!saved.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, saved.message());
        return;
    }
    ++m_savedCount;
    loadDefinitions();
    loadCorrections();
    delete m_feedback; // so emptying the form for the next correction is not taken as editing it
    m_feedback = nullptr;
    m_ui->valueEdit->clear();
    m_ui->reasonEdit->clear();
    setUpFeedback();
    updateCurrent();
    validate();
    m_ui->savedLabel->setText(tr("Saved: %1 is now %2. New assessments are scored with it.")
                                  .arg(describe(change), AssessmentText::score(change.value)));
    m_ui->savedLabel->show();
    m_ui->valueEdit->setFocus();
}

} // namespace tandem::gui
