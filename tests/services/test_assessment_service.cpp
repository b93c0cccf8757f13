#include "AssessmentFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
qint64 count(Session& s, const QString& sql) { return s.database().scalarInt(sql).value(); }

// Born 10 Jan 2024: on 15 Jan 2026 (the fixture's today) 24 months 5 days, the 24-month questionnaire.
const QDate kBorn(2024, 1, 10);

const AssessmentPart& part(const Assessment& a, const char* key)
{
    for (const AssessmentPart& p : a.parts)
        if (p.part == QLatin1String(key))
            return p;
    FAIL("no part " << key);
    return a.parts.first();
}
} // namespace

TEST_CASE("AssessmentService: an ASQ-3 from domain totals is scored against the 24-month cutoffs and stored as scored",
          "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Ivo"), QStringLiteral("Quennell"), kBorn, 61);
    const QString child = f.children.first().uuid;

    // Communication exactly at its cutoff, Gross Motor 0.01 below, Fine Motor at its monitoring threshold.
    Asq3Draft draft = asq3Totals(child, t.today(), {25.17, 38.06, 45.16, 35.0, 60.0});
    draft.parentConcerns = QStringLiteral("Mum wonders about his running.");
    auto added = AssessmentService(*hv).addAsq3(draft);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    const Assessment& a = added.value();
    CHECK(a.intervalMonths == 24);
    CHECK_FALSE(a.correctedAge);
    CHECK(a.definitionVersion == QStringLiteral("asq3 2026.1"));
    CHECK(a.practitionerName == hv->user().displayName);
    CHECK(a.needsFollowUp);
    CHECK_FALSE(a.unverified.isEmpty()); // the 24-month cutoffs come from one unchecked source

    auto stored = AssessmentService(*hv).assessment(a.uuid);
    REQUIRE(stored.ok());
    const Assessment& s = stored.value();
    REQUIRE(s.parts.size() == 5);
    CHECK(part(s, "communication").zone == Zone::Monitoring);
    CHECK(part(s, "communication").score == 25.17);
    CHECK(part(s, "communication").cutoff->value == 25.17);
    CHECK(part(s, "gross-motor").zone == Zone::Refer);
    CHECK(part(s, "fine-motor").zone == Zone::OnSchedule);
    CHECK(part(s, "problem-solving").zone == Zone::Monitoring);
    CHECK(part(s, "personal-social").zone == Zone::OnSchedule);
    CHECK_FALSE(part(s, "gross-motor").cutoff->verified);
    CHECK(s.parentConcerns == draft.parentConcerns);
    CHECK(s.unverified == a.unverified);
    CHECK(s.outcome == a.outcome);

    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'assessment.create'")) == 1);
    auto record = FamilyRecordService(*hv).record(f.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().timeline.first().category == QStringLiteral("assessment"));
    CHECK(record.value().timeline.first().summary.startsWith(QStringLiteral("ASQ-3: ")));
}

TEST_CASE("AssessmentService: item answers with up to two missing are averaged; more leave the domain unscored",
          "[services][assessments]")
{
    HealthVisitingStore t;
    auto cc = t.as("cc"); // children's centre staff record ASQ-3s too
    const Family f = registerHvFamily(*t.as("hv"), QStringLiteral("Juno"), QStringLiteral("Rathbone"), kBorn, 62);
    auto added = AssessmentService(*cc).addAsq3(asq3Items(f.children.first().uuid, t.today(),
                                                          {"YYYYY-", "YYYYYY", "YYSS--", "YY---Y", "YYYYYY"}));
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    const Assessment& a = added.value();
    CHECK(part(a, "communication").adjusted);
    CHECK(part(a, "communication").score == 60.0); // 50 over 5 answered, times 6
    CHECK(part(a, "fine-motor").score == 45.0);    // 30 over 4 answered, times 6
    CHECK(part(a, "problem-solving").zone == Zone::NotScored);
    CHECK_FALSE(part(a, "problem-solving").score.has_value());
    CHECK(part(a, "problem-solving").note.contains(QStringLiteral("3")));
    auto stored = AssessmentService(*cc).assessment(a.uuid);
    REQUIRE(stored.ok());
    CHECK(Asq3Answers::toLetters(part(stored.value(), "fine-motor").answers) == QStringLiteral("YYSS--"));
    CHECK(part(stored.value(), "problem-solving").zone == Zone::NotScored);
}

TEST_CASE("AssessmentService: bad input is refused with the reason and nothing is stored", "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Kit"), QStringLiteral("Sallow"), kBorn, 63);
    const QString child = f.children.first().uuid;
    AssessmentService service(*hv);

    auto tooHigh = service.addAsq3(asq3Totals(child, t.today(), {61, 50, 50, 50, 50}));
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().code == ErrorCode::Invalid);
    CHECK(tooHigh.message().contains(QStringLiteral("60")));

    auto beforeBirth = service.addAsq3(asq3Totals(child, kBorn.addDays(-1), {50, 50, 50, 50, 50}));
    REQUIRE_FALSE(beforeBirth.ok());
    CHECK(beforeBirth.message().contains(QStringLiteral("birth")));

    auto future = service.addAsq3(asq3Totals(child, t.today().addDays(1), {50, 50, 50, 50, 50}));
    REQUIRE_FALSE(future.ok());
    CHECK(future.message().contains(QStringLiteral("future")));

    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM assessment")) == 0);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM assessment_part")) == 0);

    auto admin = t.store().unlockAdmin();
    auto denied = AssessmentService(*admin).addAsq3(asq3Totals(child, t.today(), {50, 50, 50, 50, 50}));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("AssessmentService: a follow-up plan can be added later and is audited", "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Lev"), QStringLiteral("Tamsin"), kBorn, 64);
    AssessmentService service(*hv);
    auto added = service.addAsq3(asq3Totals(f.children.first().uuid, t.today(), {10, 50, 50, 50, 50}));
    REQUIRE(added.ok());
    CHECK(added.value().followUpPlan.isEmpty());

    auto tooShort = service.recordFollowUp(added.value().uuid, QStringLiteral("ok"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::Invalid);

    auto planned = service.recordFollowUp(added.value().uuid, QStringLiteral("  Refer to speech and language therapy drop-in.  "));
    INFO(planned.message().toStdString());
    REQUIRE(planned.ok());
    CHECK(planned.value().followUpPlan == QStringLiteral("Refer to speech and language therapy drop-in."));
    CHECK(planned.value().followUpRecordedOn == t.today());
    CHECK(planned.value().meta.version == 2);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'assessment.follow-up'")) == 1);
}

TEST_CASE("AssessmentService: an EYFS check the parent did not agree to share is withheld from health visiting",
          "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto cc = t.as("cc");
    const Family f = registerHvFamily(*hv, QStringLiteral("Mae"), QStringLiteral("Underhill"), kBorn, 65);
    const QString child = f.children.first().uuid;
    auto notShared = AssessmentService(*cc).addEyfs(eyfsDraft(child, t.today(), false, QStringLiteral("possible-delay")));
    INFO(notShared.message().toStdString());
    REQUIRE(notShared.ok());
    CHECK_FALSE(notShared.value().withheld); // the setting's own staff see it
    CHECK(notShared.value().needsFollowUp);

    auto seenByHv = AssessmentService(*hv).forChild(child);
    REQUIRE(seenByHv.ok());
    REQUIRE(seenByHv.value().size() == 1);
    const Assessment& withheld = seenByHv.value().first();
    CHECK(withheld.withheld);
    CHECK(withheld.parts.isEmpty());
    CHECK_FALSE(withheld.outcome.contains(QStringLiteral("delay")));
    CHECK(withheld.setting == QStringLiteral("Little Acorns Nursery"));
    auto lead = t.as("lead");
    CHECK(AssessmentService(*lead).assessment(notShared.value().uuid).value().withheld);
    CHECK(AssessmentService(*hv).recordFollowUp(notShared.value().uuid, QStringLiteral("Discuss with the setting")).error().code ==
          ErrorCode::PermissionDenied);

    // The timeline names the setting only.
    auto record = FamilyRecordService(*hv).record(f.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().timeline.first().summary == QStringLiteral("EYFS progress check at two recorded by Little Acorns Nursery"));

    auto shared = AssessmentService(*cc).addEyfs(eyfsDraft(child, t.today(), true));
    REQUIRE(shared.ok());
    CHECK_FALSE(AssessmentService(*hv).assessment(shared.value().uuid).value().withheld);
    CHECK(AssessmentService(*hv).assessment(shared.value().uuid).value().parts.size() == 3);
}

TEST_CASE("AssessmentService: ASQ:SE-2 and WellComm are scored and listed newest first", "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Nell"), QStringLiteral("Vantongeren"), kBorn, 66);
    const QString child = f.children.first().uuid;
    AssessmentService service(*hv);

    AsqSe2Draft se;
    se.childUuid = child;
    se.assessedOn = t.today().addDays(-7);
    se.total = 70; // above the (unverified) 24-month cutoff of 65: higher is more concern
    auto seAdded = service.addAsqSe2(se);
    INFO(seAdded.message().toStdString());
    REQUIRE(seAdded.ok());
    CHECK(seAdded.value().parts.first().zone == Zone::Refer);
    CHECK(seAdded.value().definitionVersion == QStringLiteral("asqse2 2026.1"));

    auto section = service.wellCommSection(child, t.today());
    REQUIRE(section.ok());
    CHECK(section.value() == 4);
    auto wc = service.addWellComm(wellCommDraft(child, t.today(), QStringLiteral("4:amber,3:amber,2:green")));
    INFO(wc.message().toStdString());
    REQUIRE(wc.ok());
    CHECK(wc.value().needsFollowUp); // amber in two sections

    auto all = service.forChild(child);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    CHECK(all.value().at(0).kind == AssessmentKind::WellComm);
    CHECK(all.value().at(1).kind == AssessmentKind::AsqSe2);
    auto onlyWellComm = service.forChild(child, AssessmentKind::WellComm);
    REQUIRE(onlyWellComm.ok());
    CHECK(onlyWellComm.value().size() == 1);
    CHECK(onlyWellComm.value().first().parts.size() == 3);
}

TEST_CASE("AssessmentService: the interval for a premature baby uses corrected age until 24 months", "[services][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Otto"), QStringLiteral("Wyndham"), QDate(2025, 5, 10), 67);
    // Recorded through the store for brevity: born at 32 weeks, 8 weeks early.
    REQUIRE(hv->database().run(QStringLiteral("UPDATE child SET gestation_weeks = 32 WHERE uuid = ?"), {f.children.first().uuid}).ok());
    auto interval = AssessmentService(*hv).asq3Interval(f.children.first().uuid, t.today());
    REQUIRE(interval.ok());
    CHECK(interval.value().corrected);
    CHECK(interval.value().months == 6); // 8 months 5 days chronological, 6 months 10 days corrected
    CHECK(interval.value().reason.contains(QStringLiteral("32")));
}
