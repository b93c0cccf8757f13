#include "AssessmentTestData.h"

#include "Asq3Chart.h"
#include "Asq3ChartDialog.h"

#include "tandem/services/InstrumentService.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

const QStringList kAllYes{QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"),
                          QStringLiteral("YYYYYY")};

// Isla at 18 months 5 days (all yes) and at 24 months 10 days (the mixed answers); then an
// administrator corrects the 18-month communication cutoff from 13.06 to 12.
struct TwoAsq3s {
    AssessmentStore s;
    TwoAsq3s()
    {
        s.addAsq3(*s.hv, s.isla().uuid, QDate(2025, 7, 10), kAllYes);
        s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 15));
        auto admin = s.hs.store().unlockAdmin();
        domain::ThresholdOverride change;
        change.instrument = QStringLiteral("asq3");
        change.intervalMonths = 18;
        change.part = QStringLiteral("communication");
        change.kind = QStringLiteral("cutoff");
        change.value = 12;
        change.reason = QStringLiteral("Checked against the User's Guide table.");
        auto corrected = InstrumentService(*admin).correctThreshold(change);
        INFO(corrected.message().toStdString());
        REQUIRE(corrected.ok());
    }
};

QList<QPointF> pointsOf(QLineSeries* series)
{
    REQUIRE(series != nullptr);
    return series->points();
}

} // namespace

TEST_CASE("ASQ-3 chart: a child's scores by age, against the thresholds each result was scored with", "[gui][asq3-chart]")
{
    TwoAsq3s t;
    // Today's definitions have the corrected value; the chart must not use it for the old result.
    auto definitions = InstrumentService(*t.s.hv).definitions();
    REQUIRE(definitions.ok());
    REQUIRE(definitions.value().asq3.interval(18)->cutoff(QStringLiteral("communication"))->value == Approx(12));

    Asq3ChartDialog dialog(*t.s.hv, t.s.isla());
    dialog.show();
    auto* domain = child<QComboBox>(&dialog, "domainCombo");
    REQUIRE(domain->count() == 5);
    CHECK(domain->currentData().toString() == QStringLiteral("communication"));
    CHECK_FALSE(child<QLabel>(&dialog, "chartEmptyLabel")->isVisible());

    Asq3Chart* chart = dialog.chart();
    CHECK(chart->chart()->series().size() == 3);
    const double first = 18 + 5 / 30.44;
    const double second = 24 + 10 / 30.44;
    const QList<QPointF> scores = pointsOf(chart->scoreSeries());
    REQUIRE(scores.size() == 2);
    CHECK(scores.at(0).x() == Approx(first));
    CHECK(scores.at(0).y() == Approx(60));
    CHECK(scores.at(1).x() == Approx(second));
    CHECK(scores.at(1).y() == Approx(10));
    const QList<QPointF> cutoffs = pointsOf(chart->cutoffSeries());
    REQUIRE(cutoffs.size() == 2);
    CHECK(cutoffs.at(0).y() == Approx(13.06)); // as stored, not the corrected 12
    CHECK(cutoffs.at(1).y() == Approx(25.17));
    const QList<QPointF> monitoring = pointsOf(chart->monitoringSeries());
    REQUIRE(monitoring.size() == 2);
    CHECK(monitoring.at(0).y() == Approx(23.06));
    CHECK(monitoring.at(1).y() == Approx(35.17));
    // Dashed threshold lines, red for the cutoff and amber for monitoring; a legend names them.
    CHECK(chart->cutoffSeries()->pen().style() == Qt::DashLine);
    CHECK(chart->monitoringSeries()->pen().style() == Qt::DashLine);
    CHECK(chart->cutoffSeries()->pen().color() != chart->monitoringSeries()->pen().color());
    CHECK(chart->chart()->legend()->isVisible());
    CHECK(chart->accessibleDescription().contains(QStringLiteral("Communication scores for Isla Marlowe")));
    CHECK(chart->accessibleDescription().contains(QStringLiteral("score 10, Below cutoff: refer")));

    // The same points as a table.
    auto* table = child<QTableWidget>(&dialog, "chartPointsTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("10 Jul 2025"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("18-month questionnaire"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("60"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("13.06 (unverified)"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("10"));
    CHECK(table->item(1, 6)->text() == QStringLiteral("Below cutoff: refer"));
}

TEST_CASE("ASQ-3 chart: a domain not scored has no score point but keeps its thresholds", "[gui][asq3-chart]")
{
    TwoAsq3s t;
    Asq3ChartDialog dialog(*t.s.hv, t.s.isla());
    dialog.showDomain(QStringLiteral("problem-solving"));
    CHECK(child<QComboBox>(&dialog, "domainCombo")->currentData().toString() == QStringLiteral("problem-solving"));
    Asq3Chart* chart = dialog.chart();
    CHECK(pointsOf(chart->scoreSeries()).size() == 1);
    const QList<QPointF> cutoffs = pointsOf(chart->cutoffSeries());
    REQUIRE(cutoffs.size() == 2);
    CHECK(cutoffs.at(0).y() == Approx(25.74));
    CHECK(cutoffs.at(1).y() == Approx(29.78));
    auto* table = child<QTableWidget>(&dialog, "chartPointsTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 3)->text() == QStringLiteral("—"));
    CHECK(table->item(1, 6)->text().startsWith(QStringLiteral("Not scored")));

    dialog.showDomain(QStringLiteral("personal-social"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 3)->text() == QStringLiteral("60 (adjusted)"));
}

TEST_CASE("ASQ-3 chart: a child with no ASQ-3 yet is told so", "[gui][asq3-chart]")
{
    AssessmentStore s;
    Asq3ChartDialog dialog(*s.hv, s.rowan());
    dialog.show();
    auto* empty = child<QLabel>(&dialog, "chartEmptyLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No ASQ-3 is recorded for Rowan Marlowe yet")));
    CHECK_FALSE(dialog.chart()->isVisible());
    CHECK_FALSE(child<QTableWidget>(&dialog, "chartPointsTable")->isVisible());
}

TEST_CASE("Accessibility: the ASQ-3 chart", "[gui][a11y][asq3-chart]")
{
    TwoAsq3s t;
    Asq3ChartDialog dialog(*t.s.hv, t.s.isla());
    checkKeyboardAndNames(&dialog);
}
