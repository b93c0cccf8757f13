#include "AssessmentFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
const QDate kBorn(2024, 1, 10); // 24 months on the fixture's today

domain::ThresholdOverride communicationCutoffAt24(double value)
{
    domain::ThresholdOverride c;
    c.instrument = QStringLiteral("asq3");
    c.intervalMonths = 24;
    c.part = QStringLiteral("communication");
    c.kind = QStringLiteral("cutoff");
    c.value = value;
    c.reason = QStringLiteral("Checked against the ASQ-3 User's Guide table");
    return c;
}
} // namespace

TEST_CASE("InstrumentService: the shipped definitions are in force until an administrator corrects one", "[services][instruments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto defs = InstrumentService(*hv).definitions();
    INFO(defs.message().toStdString());
    REQUIRE(defs.ok());
    CHECK(defs.value().asq3.version == QStringLiteral("2026.1"));
    REQUIRE(defs.value().asq3.interval(24));
    CHECK(defs.value().asq3.interval(24)->cutoff(QStringLiteral("communication"))->value == 25.17);
    CHECK(InstrumentService(*hv).corrections().value().isEmpty());

    auto admin = t.store().unlockAdmin();
    auto corrected = InstrumentService(*admin).correctThreshold(communicationCutoffAt24(26.0));
    INFO(corrected.message().toStdString());
    REQUIRE(corrected.ok());
    auto after = InstrumentService(*hv).definitions();
    REQUIRE(after.ok());
    const domain::SourcedValue* cutoff = after.value().asq3.interval(24)->cutoff(QStringLiteral("communication"));
    CHECK(cutoff->value == 26.0);
    CHECK(cutoff->verified);
    CHECK(cutoff->source.contains(QStringLiteral("User's Guide")));
    CHECK(after.value().asq3.version == QStringLiteral("2026.1+store.1"));
    CHECK(after.value().asqSe2.version == QStringLiteral("2026.1")); // other instruments untouched
    auto corrections = InstrumentService(*hv).corrections();
    REQUIRE(corrections.value().size() == 1);
    CHECK(corrections.value().first().setByName == admin->user().displayName);
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'instrument.threshold'")).value() == 1);
}

TEST_CASE("InstrumentService: only administrators correct thresholds, and a bad correction changes nothing", "[services][instruments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto denied = InstrumentService(*hv).correctThreshold(communicationCutoffAt24(26.0));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    auto admin = t.store().unlockAdmin();
    // The monitoring threshold at 24 months is 35.17: a cutoff above it is refused.
    auto tooHigh = InstrumentService(*admin).correctThreshold(communicationCutoffAt24(45.0));
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().code == ErrorCode::Invalid);
    domain::ThresholdOverride noReason = communicationCutoffAt24(26.0);
    noReason.reason = QStringLiteral("x");
    CHECK(InstrumentService(*admin).correctThreshold(noReason).error().code == ErrorCode::Invalid);
    CHECK(InstrumentService(*admin).corrections().value().isEmpty());
}

TEST_CASE("InstrumentService: a threshold change applies to new results only", "[services][instruments][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Pia"), QStringLiteral("Ellery"), kBorn, 71);
    const QString child = f.children.first().uuid;
    AssessmentService service(*hv);
    auto before = service.addAsq3(asq3Totals(child, t.today(), {25.5, 50, 50, 50, 50}));
    REQUIRE(before.ok());
    CHECK(before.value().parts.first().zone == Zone::Monitoring);

    auto admin = t.store().unlockAdmin();
    REQUIRE(InstrumentService(*admin).correctThreshold(communicationCutoffAt24(26.0)).ok());

    auto after = service.addAsq3(asq3Totals(child, t.today(), {25.5, 50, 50, 50, 50}));
    REQUIRE(after.ok());
    CHECK(after.value().parts.first().zone == Zone::Refer);
    CHECK(after.value().parts.first().cutoff->value == 26.0);
    CHECK(after.value().parts.first().cutoff->verified);
    CHECK(after.value().definitionVersion == QStringLiteral("asq3 2026.1+store.1"));

    // The earlier result keeps the threshold and version it was scored with.
    auto kept = service.assessment(before.value().uuid);
    REQUIRE(kept.ok());
    CHECK(kept.value().parts.first().zone == Zone::Monitoring);
    CHECK(kept.value().parts.first().cutoff->value == 25.17);
    CHECK(kept.value().definitionVersion == QStringLiteral("asq3 2026.1"));
}
