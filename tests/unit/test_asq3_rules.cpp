#include "tandem/domain/Asq3Rules.h"

#include "QtCatch.h"

#include <algorithm>

using namespace tandem;
using namespace tandem::domain;

namespace Catch {
template <>
struct StringMaker<Zone> {
    static std::string convert(Zone z) { return Zones::token(z).toStdString(); }
};
template <>
struct StringMaker<std::optional<double>> {
    static std::string convert(const std::optional<double>& v) { return v ? std::to_string(*v) : std::string("none"); }
};
} // namespace Catch

namespace {

const QStringList kDomains = {QStringLiteral("communication"), QStringLiteral("gross-motor"), QStringLiteral("fine-motor"),
                              QStringLiteral("problem-solving"), QStringLiteral("personal-social")};

// Synthetic child: born 03/05/2024 at term. On 10/05/2026 she is 24 months 7 days old.
const QDate kBirth(2024, 5, 3);
const QDate kOn(2026, 5, 10);
const QDate kToday(2026, 6, 30);

const InstrumentDefinitions& shipped()
{
    static const InstrumentDefinitions defs = [] {
        const Result<InstrumentDefinitions> r = InstrumentFiles::builtIn();
        REQUIRE(r.ok());
        return r.value();
    }();
    return defs;
}

const Asq3Definition& asq3() { return shipped().asq3; }

Child ada(std::optional<int> gestation = 40)
{
    Child c;
    c.uuid = QStringLiteral("child-1");
    c.familyUuid = QStringLiteral("family-1");
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Example");
    c.dateOfBirth = kBirth;
    c.gestationWeeks = gestation;
    return c;
}

QList<Asq3Answer> answers(const char* letters) { return *Asq3Answers::fromLetters(QString::fromLatin1(letters)); }

// Items mode, one answer string per domain in form order.
Asq3Draft itemsDraft(const QStringList& letters, const QDate& on = kOn)
{
    Asq3Draft d;
    d.childUuid = QStringLiteral("child-1");
    d.assessedOn = on;
    d.entryMode = Asq3EntryMode::Items;
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        d.domains.append({kDomains.at(i), *Asq3Answers::fromLetters(letters.at(i)), std::nullopt});
    return d;
}

Asq3Draft totalsDraft(const QList<double>& totals, const QDate& on = kOn)
{
    Asq3Draft d;
    d.childUuid = QStringLiteral("child-1");
    d.assessedOn = on;
    d.entryMode = Asq3EntryMode::Totals;
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        d.domains.append({kDomains.at(i), {}, totals.at(i)});
    return d;
}

Asq3DomainInput total(const QString& domain, double value) { return {domain, {}, value}; }

QStringList messages(const FieldIssues& issues, const QString& field)
{
    QStringList out;
    for (const FieldIssue& i : issues)
        if (i.field == field)
            out.append(i.message);
    return out;
}

QStringList fields(const FieldIssues& issues)
{
    QStringList out;
    for (const FieldIssue& i : issues)
        out.append(i.field);
    return out;
}

const AssessmentPart& part(const Assessment& a, const QString& domain)
{
    for (const AssessmentPart& p : a.parts)
        if (p.part == domain)
            return p;
    FAIL("no part " << domain.toStdString());
    return a.parts.first();
}

double cents(qint64 hundredths) { return static_cast<double>(hundredths) / 100; }

} // namespace

TEST_CASE("ASQ-3 zones exactly at the cutoff, 0.01 either side, and at the monitoring threshold", "[asq3]")
{
    CHECK(Asq3Rules::zoneFor(25.17, 25.17, 35.17) == Zone::Monitoring);
    CHECK(Asq3Rules::zoneFor(25.16, 25.17, 35.17) == Zone::Refer);
    CHECK(Asq3Rules::zoneFor(25.18, 25.17, 35.17) == Zone::Monitoring);
    CHECK(Asq3Rules::zoneFor(35.16, 25.17, 35.17) == Zone::Monitoring);
    CHECK(Asq3Rules::zoneFor(35.17, 25.17, 35.17) == Zone::OnSchedule);
    CHECK(Asq3Rules::zoneFor(35.18, 25.17, 35.17) == Zone::OnSchedule);
    CHECK(Asq3Rules::zoneFor(0, 0, 0) == Zone::OnSchedule);
    CHECK(Asq3Rules::zoneFor(60, 25.17, 35.17) == Zone::OnSchedule);
    // Sums that are not exact in binary still compare by their hundredths.
    CHECK(Asq3Rules::zoneFor(0.1 + 0.2, 0.3, 0.4) == Zone::Monitoring);
    CHECK(Asq3Rules::zoneFor(10.0 * 3.3, 33.0, 40) == Zone::Monitoring);
    // A cutoff equal to its monitoring threshold: no monitoring zone, the cutoff is on schedule.
    CHECK(Asq3Rules::zoneFor(30, 30, 30) == Zone::OnSchedule);
    CHECK(Asq3Rules::zoneFor(29.99, 30, 30) == Zone::Refer);

    // Every shipped threshold, through scoreDomain, from totals typed as cutoff and monitoring
    // threshold and 0.01 either side of each.
    for (const Asq3Interval& interval : asq3().intervals) {
        for (const QString& domain : kDomains) {
            INFO(interval.months << " months, " << domain.toStdString());
            const qint64 cut = qRound64(interval.cutoff(domain)->value * 100);
            const qint64 mon = qRound64(interval.monitoringThreshold(domain)->value * 100);
            REQUIRE(mon - cut >= 2);
            const auto zone = [&](qint64 h) {
                return Asq3Rules::scoreDomain(asq3(), interval, total(domain, cents(h)), Asq3EntryMode::Totals).zone;
            };
            CHECK(zone(cut) == Zone::Monitoring);
            CHECK(zone(cut - 1) == Zone::Refer);
            CHECK(zone(cut + 1) == Zone::Monitoring);
            CHECK(zone(mon - 1) == Zone::Monitoring);
            CHECK(zone(mon) == Zone::OnSchedule);
            CHECK(zone(mon + 1) == Zone::OnSchedule);
            CHECK(zone(0) == (cut > 0 ? Zone::Refer : Zone::Monitoring));
            CHECK(zone(6000) == Zone::OnSchedule);
        }
    }
}

TEST_CASE("ASQ-3 domain scores record the thresholds they were scored against", "[asq3]")
{
    const Asq3Interval& i24 = *asq3().interval(24);
    const AssessmentPart p = Asq3Rules::scoreDomain(asq3(), i24, total(QStringLiteral("communication"), 25.17),
                                                    Asq3EntryMode::Totals);
    CHECK(p.part == QStringLiteral("communication"));
    CHECK(p.score == 25.17);
    REQUIRE(p.cutoff.has_value());
    REQUIRE(p.monitoring.has_value());
    CHECK(p.cutoff->value == 25.17);
    CHECK_FALSE(p.cutoff->verified);
    CHECK(p.cutoff->source == i24.cutoff(QStringLiteral("communication"))->source);
    CHECK(p.monitoring->value == 35.17);
    CHECK_FALSE(p.adjusted);
    CHECK(p.missing == 0);
    CHECK(p.answers.isEmpty());

    const Asq3Interval& i36 = *asq3().interval(36);
    const AssessmentPart q = Asq3Rules::scoreDomain(asq3(), i36, total(QStringLiteral("fine-motor"), 18.06),
                                                    Asq3EntryMode::Totals);
    CHECK(q.zone == Zone::Refer);
    CHECK(q.cutoff->verified);

    const AssessmentPart none = Asq3Rules::scoreDomain(asq3(), i24, {QStringLiteral("communication"), {}, std::nullopt},
                                                       Asq3EntryMode::Totals);
    CHECK(none.zone == Zone::NotScored);
    CHECK_FALSE(none.score.has_value());
    CHECK(none.note == QStringLiteral("Not scored: no total was entered."));
}

TEST_CASE("ASQ-3 item answers: points, and averaging for up to 2 missing items", "[asq3]")
{
    const Asq3Interval& i24 = *asq3().interval(24); // Communication: cutoff 25.17, monitoring 35.17
    const auto score = [&](const char* letters) {
        return Asq3Rules::scoreDomain(asq3(), i24, {QStringLiteral("communication"), answers(letters), std::nullopt},
                                      Asq3EntryMode::Items);
    };

    SECTION("no missing items")
    {
        CHECK(score("YYYYYY").score == 60);
        CHECK(score("NNNNNN").score == 0);
        const AssessmentPart p = score("YYYSSN");
        CHECK(p.score == 40);
        CHECK_FALSE(p.adjusted);
        CHECK(p.missing == 0);
        CHECK(p.answers == answers("YYYSSN"));
        CHECK(p.zone == Zone::OnSchedule);
        CHECK(score("YYSSNN").score == 30);
        CHECK(score("YYSSNN").zone == Zone::Monitoring);
        CHECK(score("SSSSNN").score == 20);
        CHECK(score("SSSSNN").zone == Zone::Refer);
    }

    SECTION("one missing item: total / 5 answered x 6")
    {
        const AssessmentPart p = score("YYYYY-");
        CHECK(p.score == 60);
        CHECK(p.adjusted);
        CHECK(p.missing == 1);
        CHECK(p.zone == Zone::OnSchedule);
        CHECK(score("SSSSN-").score == 24);     // 20 / 5 x 6
        CHECK(score("SSSSN-").zone == Zone::Refer);
        CHECK(score("YSSSN-").score == 30);     // 25 / 5 x 6
        CHECK(score("YSSSN-").zone == Zone::Monitoring);
        CHECK(score("-NNNNN").score == 0);
        CHECK(score("YYYS-N").score == 42);     // 35 / 5 x 6
    }

    SECTION("two missing items: total / 4 answered x 6")
    {
        const AssessmentPart p = score("YYSS--");
        CHECK(p.score == 45);                    // 30 / 4 x 6
        CHECK(p.adjusted);
        CHECK(p.missing == 2);
        CHECK(score("YS-N-S").score == 30);     // 20 / 4 x 6
        CHECK(score("SSN--N").score == 15);     // 10 / 4 x 6
        CHECK(score("SSN--N").zone == Zone::Refer);
        CHECK(score("YSS--N").score == 30);
        CHECK(score("YYS--N").score == 37.5);   // 25 / 4 x 6
        CHECK(score("YYS--N").zone == Zone::OnSchedule);
    }

    SECTION("three or more missing items: not scored, and the note says why")
    {
        const AssessmentPart p = score("YYY---");
        CHECK(p.zone == Zone::NotScored);
        CHECK_FALSE(p.score.has_value());
        CHECK(p.missing == 3);
        CHECK_FALSE(p.adjusted);
        CHECK(p.note == QStringLiteral("Not scored: 3 of 6 items were not answered (up to 2 can be adjusted)."));
        CHECK(p.cutoff.has_value()); // the thresholds of the questionnaire are still recorded
        CHECK(score("------").note ==
              QStringLiteral("Not scored: 6 of 6 items were not answered (up to 2 can be adjusted)."));
    }

    SECTION("averaging at every count of missing items, for every pattern of answers")
    {
        // All 4^6 answer patterns: the score is the points, scaled up from the answered items
        // when 1 or 2 are missing, and the zone follows the rounded score.
        const Asq3Answer all[] = {Asq3Answer::Yes, Asq3Answer::Sometimes, Asq3Answer::NotYet, Asq3Answer::Missing};
        for (int code = 0; code < 4096; ++code) {
            QList<Asq3Answer> a;
            int points = 0, missing = 0;
            for (int k = 0, c = code; k < 6; ++k, c /= 4) {
                a.append(all[c % 4]);
                points += Asq3Answers::points(all[c % 4]);
                missing += all[c % 4] == Asq3Answer::Missing;
            }
            const AssessmentPart p = Asq3Rules::scoreDomain(asq3(), i24, {QStringLiteral("communication"), a, std::nullopt},
                                                            Asq3EntryMode::Items);
            INFO(Asq3Answers::toLetters(a).toStdString());
            CHECK(p.missing == missing);
            if (missing > 2) {
                CHECK(p.zone == Zone::NotScored);
                continue;
            }
            REQUIRE(p.score.has_value());
            CHECK(qRound64(*p.score * 100) == qRound64(points * 600.0 / (6 - missing)));
            CHECK(p.adjusted == (missing > 0));
            CHECK(p.zone == Asq3Rules::zoneFor(*p.score, 25.17, 35.17));
        }
    }
}

TEST_CASE("ASQ-3 check: dates", "[asq3]")
{
    Asq3Draft d = totalsDraft({40, 40, 40, 40, 40});
    CHECK(Asq3Rules::check(d, ada(), kToday, asq3()).isEmpty());

    d.assessedOn = kToday;
    CHECK(Asq3Rules::check(d, ada(), kToday, asq3()).isEmpty());

    d.assessedOn = kToday.addDays(1);
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.assessedOn")) ==
          QStringList{QStringLiteral("The assessment date cannot be in the future.")});

    d.assessedOn = kBirth.addDays(-1);
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.assessedOn")) ==
          QStringList{QStringLiteral("The assessment date is before Ada's date of birth (03/05/2024).")});

    d.assessedOn = QDate();
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.assessedOn")) ==
          QStringList{QStringLiteral("Enter the date of the assessment.")});

    Child unborn = ada();
    unborn.dateOfBirth.reset();
    unborn.expectedDeliveryDate = kToday.addDays(30);
    d.assessedOn = kOn;
    CHECK(messages(Asq3Rules::check(d, unborn, kToday, asq3()), QStringLiteral("asq3.assessedOn")) ==
          QStringList{QStringLiteral("Ada is not born yet: record the date of birth before entering a questionnaire.")});

    Child preferred = ada();
    preferred.preferredName = QStringLiteral("Addie");
    d.assessedOn = kBirth.addDays(-1);
    CHECK(messages(Asq3Rules::check(d, preferred, kToday, asq3()), QStringLiteral("asq3.assessedOn")) ==
          QStringList{QStringLiteral("The assessment date is before Addie's date of birth (03/05/2024).")});
}

TEST_CASE("ASQ-3 check: the interval", "[asq3]")
{
    Asq3Draft d = totalsDraft({40, 40, 40, 40, 40});
    d.intervalMonths = 24;
    CHECK(Asq3Rules::check(d, ada(), kToday, asq3()).isEmpty());

    d.intervalMonths = 22;
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.interval")) ==
          QStringList{QStringLiteral("The 22-month questionnaire covers 21 months 0 days to 22 months 30 days, not the "
                                     "child's age 24 months 7 days on that day: use the 24-month questionnaire.")});

    d.intervalMonths = 25;
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.interval")) ==
          QStringList{QStringLiteral("ASQ-3 has no 25-month questionnaire; the intervals are 2, 4, 6, 8, 9, 10, 12, 14, "
                                     "16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48, 54, 60 months.")});

    // In the 8/9-month overlap either questionnaire may be used.
    d.assessedOn = kBirth.addMonths(8).addDays(5);
    for (int months : {8, 9}) {
        d.intervalMonths = months;
        CHECK(Asq3Rules::check(d, ada(), kToday, asq3()).isEmpty());
    }
    d.intervalMonths = 10;
    CHECK(fields(Asq3Rules::check(d, ada(), kToday, asq3())) == QStringList{QStringLiteral("asq3.interval")});

    // Corrected age decides: born at 34 weeks, 8 months 5 days old is 6 months 25 days corrected.
    d.intervalMonths = 8;
    CHECK(messages(Asq3Rules::check(d, ada(34), kToday, asq3()), QStringLiteral("asq3.interval")) ==
          QStringList{QStringLiteral("The 8-month questionnaire covers 7 months 0 days to 8 months 30 days, not the "
                                     "child's corrected age 6 months 25 days on that day: use the 6-month questionnaire.")});

    // Too young for any questionnaire: the choice's reason is the message.
    d.intervalMonths.reset();
    d.assessedOn = kBirth.addDays(20);
    const QStringList young = messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.interval"));
    REQUIRE(young.size() == 1);
    CHECK(young.first().endsWith(QStringLiteral("ASQ-3 questionnaires start at 1 month 0 days: no questionnaire fits "
                                                "this age yet.")));
    d.intervalMonths = 2;
    CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.interval")) ==
          QStringList{QStringLiteral("The 2-month questionnaire covers 1 month 0 days to 2 months 30 days, not the "
                                     "child's age 20 days on that day: no ASQ-3 questionnaire fits this age.")});
}

TEST_CASE("ASQ-3 check: totals", "[asq3]")
{
    const QString field = QStringLiteral("asq3.communication");
    const auto issuesFor = [&](std::optional<double> value) {
        Asq3Draft d = totalsDraft({40, 40, 40, 40, 40});
        d.domains[0].total = value;
        return messages(Asq3Rules::check(d, ada(), kToday, asq3()), field);
    };
    for (double ok : {0.0, 0.01, 25.17, 33.3, 59.99, 60.0})
        CHECK(issuesFor(ok).isEmpty());
    CHECK(issuesFor(60.01) == QStringList{QStringLiteral("Communication: a total above 60 is not possible (6 items of 10 "
                                                         "points).")});
    CHECK(issuesFor(61) == QStringList{QStringLiteral("Communication: a total above 60 is not possible (6 items of 10 "
                                                      "points).")});
    CHECK(issuesFor(-1) == QStringList{QStringLiteral("Communication: a total below 0 is not possible.")});
    CHECK(issuesFor(-0.01) == QStringList{QStringLiteral("Communication: a total below 0 is not possible.")});
    CHECK(issuesFor(33.333) ==
          QStringList{QStringLiteral("Communication: use at most two decimals (for example 33.33).")});
    CHECK(issuesFor(33.001) ==
          QStringList{QStringLiteral("Communication: use at most two decimals (for example 33).")});
    CHECK(issuesFor(std::nullopt) ==
          QStringList{QStringLiteral("Communication: enter the total from the scored form.")});

    Asq3Draft d = totalsDraft({40, 61, 40, 40, -2});
    const FieldIssues issues = Asq3Rules::check(d, ada(), kToday, asq3());
    CHECK(fields(issues) == QStringList{QStringLiteral("asq3.gross-motor"), QStringLiteral("asq3.personal-social")});
    CHECK(messages(issues, QStringLiteral("asq3.gross-motor")) ==
          QStringList{QStringLiteral("Gross Motor: a total above 60 is not possible (6 items of 10 points).")});
}

TEST_CASE("ASQ-3 check: answers and the set of domains", "[asq3]")
{
    SECTION("six answers per domain in item mode")
    {
        Asq3Draft d = itemsDraft({"YYYYYY", "YYYYY", "YYYYYYY", "", "YYY---"});
        const FieldIssues issues = Asq3Rules::check(d, ada(), kToday, asq3());
        CHECK(fields(issues) ==
              QStringList{QStringLiteral("asq3.gross-motor"), QStringLiteral("asq3.fine-motor"),
                          QStringLiteral("asq3.problem-solving")});
        CHECK(messages(issues, QStringLiteral("asq3.gross-motor")) ==
              QStringList{QStringLiteral("Gross Motor: enter 6 answers (yes, sometimes, not yet or not answered); 5 "
                                         "given.")});
        CHECK(messages(issues, QStringLiteral("asq3.fine-motor")) ==
              QStringList{QStringLiteral("Fine Motor: enter 6 answers (yes, sometimes, not yet or not answered); 7 "
                                         "given.")});
    }

    SECTION("every domain exactly once")
    {
        Asq3Draft d = totalsDraft({40, 40, 40, 40, 40});
        d.domains.removeAt(1);
        CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.domains")) ==
              QStringList{QStringLiteral("Enter every area; missing: Gross Motor.")});

        d = totalsDraft({40, 40, 40, 40, 40});
        d.domains.append(total(QStringLiteral("communication"), 30));
        CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.domains")) ==
              QStringList{QStringLiteral("Each area is entered once; entered more than once: Communication.")});

        d = totalsDraft({40, 40, 40, 40, 40});
        d.domains[4].domain = QStringLiteral("walking");
        CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.domains")) ==
              QStringList{QStringLiteral("Not an ASQ-3 area: walking. The areas are Communication, Gross Motor, Fine "
                                         "Motor, Problem Solving and Personal-Social."),
                          QStringLiteral("Enter every area; missing: Personal-Social.")});

        d.domains.clear();
        CHECK(messages(Asq3Rules::check(d, ada(), kToday, asq3()), QStringLiteral("asq3.domains")) ==
              QStringList{QStringLiteral("Enter every area; missing: Communication, Gross Motor, Fine Motor, Problem "
                                         "Solving, Personal-Social.")});
    }

    SECTION("free text is trimmed and limited to 2000 characters")
    {
        Asq3Draft d = totalsDraft({40, 40, 40, 40, 40});
        d.parentConcerns = QStringLiteral("  Worried about her speech.\n ");
        d.followUpPlan = QStringLiteral("\tReview in 3 months ");
        CHECK(Asq3Rules::check(d, ada(), kToday, asq3()).isEmpty());
        CHECK(d.parentConcerns == QStringLiteral("Worried about her speech."));
        CHECK(d.followUpPlan == QStringLiteral("Review in 3 months"));

        d.parentConcerns = QString(2000, u'a');
        d.followUpPlan = QString(2001, u'b');
        const FieldIssues issues = Asq3Rules::check(d, ada(), kToday, asq3());
        CHECK(fields(issues) == QStringList{QStringLiteral("asq3.followUpPlan")});
        CHECK(messages(issues, QStringLiteral("asq3.followUpPlan")) ==
              QStringList{QStringLiteral("Shorten the follow-up plan to 2000 characters or fewer; it has 2001.")});
    }
}

TEST_CASE("ASQ-3 score: outcome, follow-up and the interval", "[asq3]")
{
    // 24 months: Comm 25.17 / 35.17, GM 38.07 / 48.07, FM 35.16 / 45.16, PS 29.78 / 39.78, PSoc 31.54 / 41.54.
    SECTION("all on schedule")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({35.17, 48.07, 45.16, 39.78, 41.54}), ada(), asq3());
        CHECK(a.kind == AssessmentKind::Asq3);
        CHECK(a.childUuid == QStringLiteral("child-1"));
        CHECK(a.familyUuid == QStringLiteral("family-1"));
        CHECK(a.assessedOn == kOn);
        CHECK(a.entryMode == Asq3EntryMode::Totals);
        CHECK(a.intervalMonths == 24);
        CHECK_FALSE(a.correctedAge);
        CHECK(a.intervalReason ==
              QStringLiteral("Age 24 months 7 days, chronological: born at 40 weeks, so no correction for prematurity (it "
                             "applies from 3 weeks early). The 24-month ASQ-3 questionnaire covers 23 months 0 days to 25 "
                             "months 15 days."));
        CHECK(a.outcome == QStringLiteral("On schedule in all five areas."));
        CHECK_FALSE(a.needsFollowUp);
        CHECK(a.definitionVersion == QStringLiteral("asq3 2026.1"));
        REQUIRE(a.parts.size() == 5);
        for (int i = 0; i < 5; ++i) {
            CHECK(a.parts.at(i).part == kDomains.at(i));
            CHECK(a.parts.at(i).zone == Zone::OnSchedule);
        }
    }

    SECTION("below cutoff and monitoring, in form order")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({25.16, 38.07, 35.15, 39.78, 41.54}), ada(), asq3());
        CHECK(a.outcome == QStringLiteral("Below cutoff: Communication, Fine Motor. Monitoring: Gross Motor."));
        CHECK(a.needsFollowUp);
        CHECK(part(a, QStringLiteral("communication")).zone == Zone::Refer);
        CHECK(part(a, QStringLiteral("gross-motor")).zone == Zone::Monitoring);
        CHECK(part(a, QStringLiteral("fine-motor")).zone == Zone::Refer);
    }

    SECTION("monitoring only: no follow-up needed")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({25.17, 48.07, 45.16, 39.77, 41.54}), ada(), asq3());
        CHECK(a.outcome == QStringLiteral("Monitoring: Communication, Problem Solving."));
        CHECK_FALSE(a.needsFollowUp);
    }

    SECTION("a domain not scored")
    {
        Assessment a = Asq3Rules::score(itemsDraft({"SSNN-N", "YYYYYY", "YYYYYY", "YYY---", "YYYYYY"}), ada(), asq3());
        CHECK(a.outcome == QStringLiteral("Below cutoff: Communication. Not scored: Problem Solving (3 items not answered)."));
        CHECK(a.needsFollowUp);
        CHECK(part(a, QStringLiteral("problem-solving")).note ==
              QStringLiteral("Not scored: 3 of 6 items were not answered (up to 2 can be adjusted)."));

        a = Asq3Rules::score(itemsDraft({"YYYYYY", "YYYYYY", "YYYYYY", "Y-----", "YYYYYY"}), ada(), asq3());
        CHECK(a.outcome == QStringLiteral("On schedule: Communication, Gross Motor, Fine Motor, Personal-Social. Not "
                                          "scored: Problem Solving (5 items not answered)."));
        CHECK_FALSE(a.needsFollowUp);
    }

    SECTION("parts follow the form's order whatever the entry order")
    {
        Asq3Draft d = totalsDraft({35.17, 48.07, 45.16, 39.78, 41.54});
        std::reverse(d.domains.begin(), d.domains.end());
        const Assessment a = Asq3Rules::score(d, ada(), asq3());
        for (int i = 0; i < 5; ++i)
            CHECK(a.parts.at(i).part == kDomains.at(i));
    }

    SECTION("a practitioner's choice in an overlap is kept and explained")
    {
        Asq3Draft d = totalsDraft({50, 50, 50, 50, 50}, kBirth.addMonths(8).addDays(5));
        d.intervalMonths = 9;
        const Assessment a = Asq3Rules::score(d, ada(), asq3());
        CHECK(a.intervalMonths == 9);
        CHECK(a.intervalReason.endsWith(
            QStringLiteral("The practitioner chose the 9-month questionnaire, which also covers this age.")));
        CHECK(part(a, QStringLiteral("communication")).cutoff->value == 13.97);
    }

    SECTION("corrected age picks the questionnaire")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({50, 50, 50, 50, 50}, QDate(2026, 3, 1)), ada(34), asq3());
        CHECK(a.correctedAge);
        CHECK(a.intervalMonths == 20); // 21 months 26 days old, 20 months 15 days corrected
        CHECK(a.intervalReason.startsWith(QStringLiteral("Corrected age 20 months 15 days (chronological age 21 months 26 days;")));
    }

    SECTION("parent's concerns and the plan are kept")
    {
        Asq3Draft d = totalsDraft({35.17, 48.07, 45.16, 39.78, 41.54});
        d.parentConcerns = QStringLiteral("Says few words");
        d.followUpPlan = QStringLiteral("Review in 2 months");
        d.practitionerUserUuid = QStringLiteral("user-7");
        const Assessment a = Asq3Rules::score(d, ada(), asq3());
        CHECK(a.parentConcerns == QStringLiteral("Says few words"));
        CHECK(a.followUpPlan == QStringLiteral("Review in 2 months"));
        CHECK(a.practitionerUserUuid == QStringLiteral("user-7"));
    }
}

TEST_CASE("ASQ-3 score: unverified values that drove the result are listed", "[asq3]")
{
    const Asq3Interval& i24 = *asq3().interval(24);
    const QString commCutoff = i24.cutoff(QStringLiteral("communication"))->source;
    const QString commMonitoring = i24.monitoringThreshold(QStringLiteral("communication"))->source;

    SECTION("24 months: the window, every cutoff, and monitoring thresholds except where the score is below cutoff")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({25.16, 48.07, 45.16, 39.78, 41.54}), ada(), asq3());
        CHECK(a.unverified.size() == 1 + 5 + 4);
        CHECK(a.unverified.first() ==
              QStringLiteral("The 24-month ASQ-3 window (23 months 0 days to 25 months 15 days) is unverified: ") +
                  i24.window.source);
        CHECK(a.unverified.contains(QStringLiteral("Communication cutoff at 24 months (25.17) is unverified: ") + commCutoff));
        CHECK_FALSE(a.unverified.contains(QStringLiteral("Communication monitoring threshold at 24 months (35.17) is "
                                                         "unverified: ") +
                                          commMonitoring));
        CHECK(a.unverified.contains(QStringLiteral("Gross Motor monitoring threshold at 24 months (48.07) is unverified: ") +
                                    i24.monitoringThreshold(QStringLiteral("gross-motor"))->source));
    }

    SECTION("36 months: verified cutoffs and window are not listed")
    {
        const Assessment a = Asq3Rules::score(totalsDraft({50, 50, 50, 50, 50}, kBirth.addMonths(36)), ada(), asq3());
        CHECK(a.intervalMonths == 36);
        CHECK(a.unverified.size() == 5);
        for (const QString& s : a.unverified)
            CHECK(s.contains(QStringLiteral("monitoring threshold at 36 months")));
        CHECK(a.unverified.first().startsWith(QStringLiteral("Communication monitoring threshold at 36 months (40.99) is "
                                                             "unverified: Estimate")));
    }

    SECTION("the missing-item rule when it was used")
    {
        const Assessment a =
            Asq3Rules::score(itemsDraft({"YYYYY-", "YYYYYY", "YYYY--", "YYYYYY", "YYY---"}), ada(), asq3());
        CHECK(a.unverified.contains(QStringLiteral("The adjustment for missing items (used for Communication, Fine Motor) "
                                                   "is unverified: ") +
                                    asq3().missingItemRule.source));
        // A domain not scored drove no result: none of its thresholds are listed.
        for (const QString& s : a.unverified)
            CHECK_FALSE(s.startsWith(QStringLiteral("Personal-Social")));
        const Assessment complete =
            Asq3Rules::score(itemsDraft({"YYYYYY", "YYYYYY", "YYYYYY", "YYYYYY", "YYYYYY"}), ada(), asq3());
        for (const QString& s : complete.unverified)
            CHECK_FALSE(s.contains(QStringLiteral("missing items")));
    }

    SECTION("the prematurity rule when corrected age was used and the rule is unverified")
    {
        Asq3Definition def = asq3();
        const QDate on(2026, 3, 1);
        CHECK(Asq3Rules::score(totalsDraft({50, 50, 50, 50, 50}, on), ada(34), def).unverified.filter(
                  QStringLiteral("corrected age")).isEmpty());
        def.prematurity.verified = false;
        def.prematurity.source = QStringLiteral("Test source");
        const Assessment a = Asq3Rules::score(totalsDraft({50, 50, 50, 50, 50}, on), ada(34), def);
        CHECK(a.unverified.contains(QStringLiteral("The ASQ-3 rule for corrected age (from 3 weeks early, until 24 months) "
                                                   "is unverified: Test source")));
        // Not listed when the child was not corrected.
        CHECK(Asq3Rules::score(totalsDraft({50, 50, 50, 50, 50}, on), ada(40), def).unverified.filter(
                  QStringLiteral("corrected age")).isEmpty());
    }

    SECTION("an administrator's correction applies to new results and is no longer unverified")
    {
        ThresholdOverride o;
        o.instrument = QStringLiteral("asq3");
        o.intervalMonths = 24;
        o.part = QStringLiteral("communication");
        o.kind = QStringLiteral("cutoff");
        o.value = 26;
        o.reason = QStringLiteral("Checked against the User's Guide");
        o.setByName = QStringLiteral("Sam Admin");
        o.setAt = QStringLiteral("2026-04-01T09:00:00.000Z");
        const Asq3Definition corrected = applyOverrides(shipped(), {o}).asq3;
        const Asq3Draft d = totalsDraft({25.5, 48.07, 45.16, 39.78, 41.54});

        const Assessment before = Asq3Rules::score(d, ada(), asq3());
        const Assessment after = Asq3Rules::score(d, ada(), corrected);
        CHECK(part(before, QStringLiteral("communication")).zone == Zone::Monitoring);
        CHECK(part(after, QStringLiteral("communication")).zone == Zone::Refer);
        CHECK(after.definitionVersion == QStringLiteral("asq3 2026.1+store.1"));
        CHECK(part(after, QStringLiteral("communication")).cutoff->verified);
        CHECK(part(after, QStringLiteral("communication")).cutoff->source ==
              QStringLiteral("Corrected in this store by Sam Admin on 01/04/2026: Checked against the User's Guide"));
        CHECK(after.unverified.filter(QStringLiteral("Communication cutoff")).isEmpty());
        CHECK(before.unverified.filter(QStringLiteral("Communication cutoff")).size() == 1);
    }
}
