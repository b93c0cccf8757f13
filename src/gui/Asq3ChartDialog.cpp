#include "Asq3ChartDialog.h"

#include "AssessmentText.h"
#include "Asq3Chart.h"
#include "RecordText.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Column { DateColumn, AgeColumn, IntervalColumn, ScoreColumn, CutoffColumn, MonitoringColumn, ResultColumn, ColumnCount };
constexpr int kMaxTableRows = 6;
constexpr int kEmptyWidth = 560;
} // namespace

Asq3ChartDialog::Asq3ChartDialog(Session& session, const Child& child, QWidget* parent)
    : QDialog(parent), m_session(session), m_child(child)
{
    setObjectName(QStringLiteral("asq3ChartDialog"));
    setWindowTitle(tr("ASQ-3 over time for %1").arg(RecordText::childName(child)));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    m_domainLabel = new QLabel(tr("&Domain:"), this);
    auto* domainLabel = m_domainLabel;
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("domainCombo"));
    m_domain->setAccessibleName(tr("ASQ-3 domain to chart"));
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    domainLabel->setBuddy(m_domain);
    top->addWidget(domainLabel);
    top->addWidget(m_domain);
    top->addSpacing(16);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("chartProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("background: #ecf1f7; border-radius: 4px; padding: 12px;"));
    m_empty->hide();
    layout->addWidget(m_empty);

    m_chart = new Asq3Chart(this);
    layout->addWidget(m_chart, 1);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("chartPointsTable"));
    m_table->setAccessibleName(tr("The charted results as a table"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Age"), tr("Questionnaire"), tr("Score"), tr("Cutoff"), tr("Monitoring below"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the chart"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] { showDomain(m_domain->currentData().toString()); });
    load();
}

void Asq3ChartDialog::load()
{
    if (auto results = AssessmentService(m_session).forChild(m_child.uuid, AssessmentKind::Asq3); results.ok())
        m_asq3 = results.value();
    else {
        m_problem->setText(results.message());
        m_problem->show();
    }
    // The domains in form order; without the definitions, those the results name.
    QList<std::pair<QString, QString>> domains;
    if (auto definitions = InstrumentService(m_session).definitions(); definitions.ok()) {
        for (const domain::NamedKey& d : definitions.value().asq3.domains) {
            const QString known = AssessmentText::partName(d.key);
            domains.append({d.key, known == d.key ? d.name : known});
        }
    } else if (!m_asq3.isEmpty()) {
        for (const AssessmentPart& part : m_asq3.first().parts)
            domains.append({part.part, AssessmentText::partName(part.part)});
    }
    {
        const QSignalBlocker quiet(m_domain);
        for (const auto& [key, name] : std::as_const(domains))
            m_domain->addItem(name, key);
    }

    const bool none = m_asq3.isEmpty();
    m_empty->setVisible(none && m_problem->isHidden());
    m_empty->setText(tr("No ASQ-3 is recorded for %1 yet. Record one with <b>ASQ-3…</b> under Assessments on the family "
                        "record; the chart shows each domain once there is a result.")
                         .arg(RecordText::childName(m_child).toHtmlEscaped()));
    m_chart->setVisible(!none);
    m_table->setVisible(!none);
    m_domain->setVisible(!none);
    m_domainLabel->setVisible(!none);
    if (m_domain->count() > 0)
        showDomain(m_domain->currentData().toString());
    if (none) // a sentence and a button: no need for a chart-sized window
        resize(kEmptyWidth, layout()->totalHeightForWidth(kEmptyWidth));
    else
        resize(900, 680);
}

void Asq3ChartDialog::showDomain(const QString& domainKey)
{
    const int index = m_domain->findData(domainKey);
    if (index < 0)
        return;
    if (m_domain->currentIndex() != index) {
        m_domain->setCurrentIndex(index); // comes back here
        return;
    }
    const QString name = m_domain->itemText(index);
    const QDate birth = m_child.dateOfBirth.value_or(QDate());
    const QList<Asq3Chart::Point> points = Asq3Chart::pointsFor(birth, m_asq3, domainKey);
    m_chart->setDomain(RecordText::childName(m_child), name, points);
    m_chart->setAccessibleName(tr("ASQ-3 chart: %1").arg(name));
    if (!m_asq3.isEmpty())
        m_summary->setText((points.size() == 1 ? tr("1 ASQ-3 result.") : tr("%1 ASQ-3 results.").arg(points.size())) + QLatin1Char(' ') +
                           tr("The dashed lines are the thresholds each result was scored against."));
    fillTable();
}

void Asq3ChartDialog::fillTable()
{
    const QList<Asq3Chart::Point>& points = m_chart->points();
    m_table->setRowCount(static_cast<int>(points.size()));
    const QDate birth = m_child.dateOfBirth.value_or(QDate());
    for (int row = 0; row < points.size(); ++row) {
        const Asq3Chart::Point& p = points.at(row);
        auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(DateColumn, RecordText::date(p.assessedOn));
        set(AgeColumn, AssessmentText::age(birth, p.assessedOn));
        set(IntervalColumn, AssessmentText::interval(p.intervalMonths));
        QString score = QStringLiteral("—");
        if (p.score)
            score = p.adjusted ? tr("%1 (adjusted)").arg(AssessmentText::score(*p.score)) : AssessmentText::score(*p.score);
        set(ScoreColumn, score);
        set(CutoffColumn, p.cutoff ? AssessmentText::threshold(*p.cutoff) : QString());
        set(MonitoringColumn, p.monitoring ? AssessmentText::threshold(*p.monitoring) : QString());
        QTableWidgetItem* result = set(ResultColumn, p.result);
        result->setForeground(AssessmentText::zoneColour(p.zone));
    }
    m_table->resizeRowsToContents();
    // As tall as its rows, up to a few; the chart keeps the rest.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int row = 0; row < std::min(m_table->rowCount(), kMaxTableRows); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace tandem::gui
