#include "FieldIssueHelpers.h"
#include "tandem/domain/ThresholdRules.h"

#include "QtCatch.h"

#include <limits>

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::ThresholdRules;

namespace {

SourcedValue value(double v) { return {v, false, QStringLiteral("Synthetic test value")}; }

// One ASQ-3 interval (24 months) and one ASQ:SE-2 interval (24 months), built by hand.
InstrumentDefinitions definitions()
{
    InstrumentDefinitions d;
    d.asq3.version = QStringLiteral("2026.1");
    d.asq3.domains = {{QStringLiteral("communication"), QStringLiteral("Communication")},
                      {QStringLiteral("gross-motor"), QStringLiteral("Gross Motor")},
                      {QStringLiteral("fine-motor"), QStringLiteral("Fine Motor")},
                      {QStringLiteral("problem-solving"), QStringLiteral("Problem Solving")},
                      {QStringLiteral("personal-social"), QStringLiteral("Personal-Social")}};
    Asq3Interval i24;
    i24.months = 24;
    const double cutoffs[] = {25.17, 38.07, 35.16, 29.78, 31.54};
    for (int k = 0; k < 5; ++k) {
        i24.cutoffs.append({d.asq3.domains[k].key, value(cutoffs[k])});
        i24.monitoring.append({d.asq3.domains[k].key, value(cutoffs[k] + 10)});
    }
    d.asq3.intervals = {i24};

    d.asqSe2.version = QStringLiteral("2026.1");
    AsqSe2Interval s24;
    s24.months = 24;
    s24.cutoff = value(50);
    s24.monitoring = value(40);
    s24.maxTotal = 300;
    d.asqSe2.intervals = {s24};
    return d;
}

ThresholdOverride asq3(const char* kind, double v, const char* part = "communication")
{
    ThresholdOverride o;
    o.instrument = QStringLiteral("asq3");
    o.intervalMonths = 24;
    o.part = QString::fromLatin1(part);
    o.kind = QString::fromLatin1(kind);
    o.value = v;
    o.reason = QStringLiteral("Checked against the User's Guide table");
    return o;
}

ThresholdOverride asqSe2(const char* kind, double v)
{
    ThresholdOverride o = asq3(kind, v, "total");
    o.instrument = QStringLiteral("asqse2");
    return o;
}

FieldIssues checked(ThresholdOverride o) { return Rules::check(o, definitions()); }

const QString kValue = QStringLiteral("threshold.value");

} // namespace

TEST_CASE("Threshold correction: a valid change passes", "[threshold]")
{
    CHECK(checked(asq3("cutoff", 26)).isEmpty());
    CHECK(checked(asq3("monitoring", 44.5, "fine-motor")).isEmpty());
    CHECK(checked(asqSe2("cutoff", 55)).isEmpty());
    CHECK(checked(asqSe2("monitoring", 35)).isEmpty());
}

TEST_CASE("Threshold correction: every field", "[threshold]")
{
    SECTION("instrument")
    {
        ThresholdOverride o = asq3("cutoff", 26);
        o.instrument = QStringLiteral("wellcomm");
        const FieldIssues issues = checked(o);
        CHECK(fields(issues) == QStringList{QStringLiteral("threshold.instrument")});
        CHECK(message(issues, QStringLiteral("threshold.instrument")) == QStringLiteral("Choose ASQ-3 or ASQ:SE-2."));
    }
    SECTION("ASQ-3 interval")
    {
        ThresholdOverride o = asq3("cutoff", 26);
        o.intervalMonths = 25;
        const FieldIssues issues = checked(o);
        CHECK(fields(issues) == QStringList{QStringLiteral("threshold.interval")});
        CHECK(message(issues, QStringLiteral("threshold.interval")) ==
              QStringLiteral("ASQ-3 has no 25-month questionnaire; choose one of 24."));
    }
    SECTION("ASQ:SE-2 interval")
    {
        ThresholdOverride o = asqSe2("cutoff", 55);
        o.intervalMonths = 27;
        CHECK(fields(checked(o)) == QStringList{QStringLiteral("threshold.interval")});
    }
    SECTION("ASQ-3 part is a domain")
    {
        CHECK(fields(checked(asq3("cutoff", 26, "total"))) == QStringList{QStringLiteral("threshold.part")});
    }
    SECTION("ASQ:SE-2 part is the total")
    {
        ThresholdOverride o = asqSe2("cutoff", 55);
        o.part = QStringLiteral("communication");
        const FieldIssues issues = checked(o);
        CHECK(fields(issues) == QStringList{QStringLiteral("threshold.part")});
        CHECK(message(issues, QStringLiteral("threshold.part")) ==
              QStringLiteral("ASQ:SE-2 thresholds apply to the total score."));
    }
    SECTION("kind")
    {
        CHECK(fields(checked(asq3("mean", 26))) == QStringList{QStringLiteral("threshold.kind")});
    }
    SECTION("reason")
    {
        ThresholdOverride o = asq3("cutoff", 26);
        o.reason = QStringLiteral(" typo ");
        CHECK(fields(checked(o)) == QStringList{QStringLiteral("threshold.reason")});
        o.reason.clear();
        CHECK(fields(checked(o)) == QStringList{QStringLiteral("threshold.reason")});
        o.reason = QString(501, QLatin1Char('r'));
        CHECK(fields(checked(o)) == QStringList{QStringLiteral("threshold.reason")});
        o.reason = QStringLiteral("  Typo   fixed ");
        CHECK(Rules::check(o, definitions()).isEmpty());
        CHECK(o.reason == QStringLiteral("Typo fixed"));
    }
    SECTION("several at once")
    {
        ThresholdOverride o = asq3("both", 26.123, "speech");
        o.intervalMonths = 13;
        o.reason.clear();
        CHECK(fields(checked(o)) == QStringList{QStringLiteral("threshold.kind"), kValue,
                                                QStringLiteral("threshold.interval"), QStringLiteral("threshold.part"),
                                                QStringLiteral("threshold.reason")});
    }
}

TEST_CASE("Threshold correction: the value", "[threshold]")
{
    SECTION("ASQ-3 range 0 to 60")
    {
        CHECK(fields(checked(asq3("cutoff", -0.01))) == QStringList{kValue});
        CHECK(fields(checked(asq3("monitoring", 60.01))) == QStringList{kValue});
        CHECK(checked(asq3("monitoring", 60)).isEmpty());
        CHECK(checked(asq3("cutoff", 0)).isEmpty());
    }
    SECTION("ASQ:SE-2 range 0 to the interval's maximum")
    {
        CHECK(fields(checked(asqSe2("cutoff", 300.01))) == QStringList{kValue});
        CHECK(checked(asqSe2("cutoff", 300)).isEmpty());
        CHECK(fields(checked(asqSe2("monitoring", -5))) == QStringList{kValue});
    }
    SECTION("at most two decimals")
    {
        const FieldIssues issues = checked(asq3("cutoff", 25.175));
        CHECK(fields(issues) == QStringList{kValue});
        CHECK(message(issues, kValue) == QStringLiteral("Enter the value with at most two decimals, as in the "
                                                        "published tables."));
        CHECK(checked(asq3("cutoff", 25.18)).isEmpty());
        CHECK(checked(asq3("cutoff", 35.17)).isEmpty());
    }
    SECTION("not a number")
    {
        CHECK(fields(checked(asq3("cutoff", std::numeric_limits<double>::quiet_NaN()))) == QStringList{kValue});
        CHECK(fields(checked(asq3("cutoff", std::numeric_limits<double>::infinity()))) == QStringList{kValue});
    }
}

TEST_CASE("Threshold correction: ASQ-3 cutoff at or below the monitoring threshold", "[threshold]")
{
    SECTION("a cutoff above the monitoring threshold is refused")
    {
        const FieldIssues issues = checked(asq3("cutoff", 45));
        CHECK(fields(issues) == QStringList{kValue});
        CHECK(message(issues, kValue) == QStringLiteral("A cutoff of 45.00 would be above the monitoring threshold for "
                                                        "Communication at 24 months (35.17); correct the monitoring "
                                                        "threshold first, or choose a lower value."));
        CHECK(fields(checked(asq3("cutoff", 35.18))) == QStringList{kValue});
    }
    SECTION("a cutoff equal to the monitoring threshold is allowed")
    {
        CHECK(checked(asq3("cutoff", 35.17)).isEmpty());
    }
    SECTION("a monitoring threshold below the cutoff is refused")
    {
        const FieldIssues issues = checked(asq3("monitoring", 20, "gross-motor"));
        CHECK(fields(issues) == QStringList{kValue});
        CHECK(message(issues, kValue) == QStringLiteral("A monitoring threshold of 20.00 would be below the cutoff for "
                                                        "Gross Motor at 24 months (38.07); correct the cutoff first, or "
                                                        "choose a higher value."));
        CHECK(fields(checked(asq3("monitoring", 38.06, "gross-motor"))) == QStringList{kValue});
    }
    SECTION("a monitoring threshold equal to the cutoff is allowed")
    {
        CHECK(checked(asq3("monitoring", 38.07, "gross-motor")).isEmpty());
    }
}

TEST_CASE("Threshold correction: ASQ:SE-2 monitoring at or below the cutoff", "[threshold]")
{
    SECTION("a monitoring threshold above the cutoff is refused")
    {
        const FieldIssues issues = checked(asqSe2("monitoring", 60));
        CHECK(fields(issues) == QStringList{kValue});
        CHECK(message(issues, kValue) == QStringLiteral("A monitoring threshold of 60.00 would be above the cutoff for "
                                                        "the total at 24 months (50.00); correct the cutoff first, or "
                                                        "choose a lower value."));
    }
    SECTION("a cutoff below the monitoring threshold is refused")
    {
        const FieldIssues issues = checked(asqSe2("cutoff", 35));
        CHECK(fields(issues) == QStringList{kValue});
        CHECK(message(issues, kValue).contains(QStringLiteral("below the monitoring threshold for the total at 24 "
                                                              "months (40.00)")));
    }
    SECTION("equal values are allowed")
    {
        CHECK(checked(asqSe2("monitoring", 50)).isEmpty());
        CHECK(checked(asqSe2("cutoff", 40)).isEmpty());
    }
}
