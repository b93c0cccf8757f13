#include "Asq3Chart.h"

#include "AssessmentText.h"
#include "RecordText.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QPen>

#include <algorithm>
#include <cmath>

namespace tandem::gui {

namespace {
constexpr int kMaxScore = 60;
constexpr double kEmptyAgeRange = 36; // months shown before there is anything to show
const QColor kScoreColour(0x0b, 0x4f, 0x8a);
const QColor kCutoffColour(0xb0, 0x00, 0x20);
const QColor kMonitoringColour(0xc7, 0x77, 0x00);

QLineSeries* makeSeries(const QString& name, const QColor& colour, Qt::PenStyle style, QObject* parent)
{
    auto* series = new QLineSeries(parent);
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(style == Qt::SolidLine ? 2.5 : 2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true); // a single assessment is a point, not a line
    series->setMarkerSize(style == Qt::SolidLine ? 7 : 6);
    return series;
}
} // namespace

QList<Asq3Chart::Point> Asq3Chart::pointsFor(const QDate& birth, const QList<Assessment>& asq3, const QString& domainKey)
{
    QList<Point> points;
    for (const Assessment& a : asq3) {
        if (a.kind != AssessmentKind::Asq3)
            continue;
        const auto age = AssessmentText::ageInMonths(birth, a.assessedOn);
        if (!age)
            continue;
        for (const AssessmentPart& part : a.parts) {
            if (part.part != domainKey)
                continue;
            Point p;
            p.assessmentUuid = a.uuid;
            p.assessedOn = a.assessedOn;
            p.ageMonths = *age;
            p.intervalMonths = a.intervalMonths;
            p.score = part.score;
            p.adjusted = part.adjusted;
            p.zone = part.zone;
            p.result = AssessmentText::partResult(part, AssessmentKind::Asq3);
            p.cutoff = part.cutoff;
            p.monitoring = part.monitoring;
            points << p;
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.assessedOn < b.assessedOn; });
    return points;
}

Asq3Chart::Asq3Chart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("asq3Chart"));
    setAccessibleName(tr("ASQ-3 chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(560, 340);
    setDomain(QString(), QString(), {});
}

void Asq3Chart::setDomain(const QString& childName, const QString& domainName, const QList<Point>& points)
{
    m_points = points;
    auto* chart = new QChart;
    chart->setTitle(domainName.isEmpty() ? QString() : tr("%1: scores by age, against the cutoff").arg(domainName));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_scores = makeSeries(tr("Score"), kScoreColour, Qt::SolidLine, chart);
    m_cutoffs = makeSeries(tr("Cutoff (below it: refer)"), kCutoffColour, Qt::DashLine, chart);
    m_monitoring = makeSeries(tr("Monitoring threshold (below it: monitor)"), kMonitoringColour, Qt::DashLine, chart);
    m_scores->setPointLabelsVisible(true);
    // Qt centres a label just above its point, under the marker: the leading spaces move the value
    // to the upper right of it, where it can be read.
    m_scores->setPointLabelsFormat(QStringLiteral("        @yPoint"));
    m_scores->setPointLabelsClipping(false);
    QFont labels = m_scores->pointLabelsFont();
    labels.setBold(true);
    m_scores->setPointLabelsFont(labels);
    m_scores->setPointLabelsColor(kScoreColour);

    QStringList spoken;
    double minAge = kEmptyAgeRange;
    double maxAge = 0;
    for (const Point& p : std::as_const(m_points)) {
        minAge = std::min(minAge, p.ageMonths);
        maxAge = std::max(maxAge, p.ageMonths);
        if (p.score)
            m_scores->append(p.ageMonths, *p.score);
        if (p.cutoff)
            m_cutoffs->append(p.ageMonths, p.cutoff->value);
        if (p.monitoring)
            m_monitoring->append(p.ageMonths, p.monitoring->value);
        QString line = tr("%1 (%2 months)").arg(RecordText::date(p.assessedOn), QString::number(p.ageMonths, 'f', 1));
        line = p.score ? tr("%1: score %2, %3").arg(line, AssessmentText::score(*p.score), p.result) : tr("%1: %2").arg(line, p.result);
        if (p.cutoff)
            line = tr("%1; cutoff %2").arg(line, AssessmentText::threshold(*p.cutoff));
        spoken << line;
    }
    // The thresholds first, so the child's line and its values are drawn over them.
    for (QLineSeries* series : {m_monitoring, m_cutoffs, m_scores})
        chart->addSeries(series);

    auto* x = new QValueAxis(chart);
    x->setTitleText(tr("Age (months)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    if (m_points.isEmpty())
        x->setRange(0, kEmptyAgeRange);
    else
        x->setRange(std::max(0.0, std::floor(minAge) - 1), std::ceil(maxAge) + 1);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(maxAge - minAge > 24 ? 6 : maxAge - minAge > 8 ? 2 : 1);
    auto* y = new QValueAxis(chart);
    y->setTitleText(tr("Score"));
    y->setRange(0, kMaxScore);
    y->setTickCount(7);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {m_monitoring, m_cutoffs, m_scores}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }

    QChart* old = this->chart();
    setChart(chart);
    delete old; // setChart leaves the previous chart to its owner, which is this view

    if (domainName.isEmpty())
        setAccessibleDescription(QString());
    else if (m_points.isEmpty())
        setAccessibleDescription(tr("No ASQ-3 %1 results for %2 yet.").arg(domainName, childName));
    else
        setAccessibleDescription(tr("%1 scores for %2, oldest first: %3.").arg(domainName, childName, spoken.join(QStringLiteral("; "))));
}

} // namespace tandem::gui
