#pragma once

#include "tandem/core/Assessment.h"

#include <QList>
#include <QtCharts/QChartView>

#include <optional>

class QLineSeries;

namespace tandem::gui {

// One ASQ-3 domain over time for a child (Qt Charts): x is the child's age in months at each
// assessment, y the score 0..60. The child's scores are a line with points; the cutoff and the
// monitoring threshold each assessment was scored against are dashed lines (red and amber).
// Thresholds come from the stored results, never today's definitions: a later correction does
// not move an old result's line. The accessible description says every point in words.
class Asq3Chart : public QChartView {
    Q_OBJECT
public:
    // One assessment's result in the domain.
    struct Point {
        QString assessmentUuid;
        QDate assessedOn;
        double ageMonths = 0;
        int intervalMonths = 0;
        std::optional<double> score;        // none when the domain was not scored
        bool adjusted = false;
        Zone zone = Zone::NotScored;
        QString result;                     // the zone in words, or why it was not scored
        std::optional<ThresholdUsed> cutoff;
        std::optional<ThresholdUsed> monitoring;
    };

    // The domain's points, oldest first; assessments from before birth or without the domain are left out.
    static QList<Point> pointsFor(const QDate& birth, const QList<Assessment>& asq3, const QString& domainKey);

    explicit Asq3Chart(QWidget* parent = nullptr);

    void setDomain(const QString& childName, const QString& domainName, const QList<Point>& points);
    const QList<Point>& points() const { return m_points; }

    QLineSeries* scoreSeries() const { return m_scores; }
    QLineSeries* cutoffSeries() const { return m_cutoffs; }
    QLineSeries* monitoringSeries() const { return m_monitoring; }

private:
    QList<Point> m_points;
    QLineSeries* m_scores = nullptr;
    QLineSeries* m_cutoffs = nullptr;
    QLineSeries* m_monitoring = nullptr;
};

} // namespace tandem::gui
