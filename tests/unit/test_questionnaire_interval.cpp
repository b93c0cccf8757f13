#include "tandem/domain/QuestionnaireInterval.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
namespace QI = tandem::domain::QuestionnaireInterval;

namespace Catch {
template <>
struct StringMaker<std::optional<int>> {
    static std::string convert(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("none"); }
};
template <>
struct StringMaker<AgeSpan> {
    static std::string convert(const AgeSpan& a) { return std::to_string(a.months) + "m" + std::to_string(a.days) + "d"; }
};
} // namespace Catch

namespace {

// Synthetic birthdays: mid-month, and month ends and a leap day where calendar months bite.
const QDate kBirth(2022, 3, 15);

const Asq3Definition& asq3()
{
    static const Asq3Definition def = [] {
        const Result<InstrumentDefinitions> r = InstrumentFiles::builtIn();
        REQUIRE(r.ok());
        return r.value().asq3;
    }();
    return def;
}

const AsqSe2Definition& asqSe2()
{
    static const AsqSe2Definition def = [] {
        const Result<InstrumentDefinitions> r = InstrumentFiles::builtIn();
        REQUIRE(r.ok());
        return r.value().asqSe2;
    }();
    return def;
}

IntervalChoice chooseAsq3(const QDate& birth, std::optional<int> gestation, const QDate& on)
{
    return QI::choose(QI::windows(asq3()), asq3().prematurity, QStringLiteral("ASQ-3"), birth, gestation, on);
}

// The first day a child born on `birth` is `age` old.
QDate firstDay(const QDate& birth, const AgeSpan& age) { return birth.addMonths(age.months).addDays(age.days); }

// The last day the child is at most `age` old: `age` itself, or the day before the next monthly
// birthday when that month is too short to reach it (no "8 months 30 days" in a 30-day month).
QDate lastDay(const QDate& birth, const AgeSpan& age)
{
    return std::min(birth.addMonths(age.months).addDays(age.days), birth.addMonths(age.months + 1).addDays(-1));
}

std::string iso(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }

} // namespace

TEST_CASE("windows() lists one window per interval in order", "[interval]")
{
    const QList<QI::Window> w = QI::windows(asq3());
    REQUIRE(w.size() == 21);
    CHECK(w.first().months == 2);
    CHECK(w.first().window.from == AgeSpan{1, 0});
    CHECK(w.last().months == 60);
    CHECK(w.last().window.to == AgeSpan{66, 0});
    for (qsizetype i = 1; i < w.size(); ++i)
        CHECK(w.at(i - 1).months < w.at(i).months);
    const QList<QI::Window> se = QI::windows(asqSe2());
    REQUIRE(se.size() == 9);
    CHECK(se.at(4).months == 24);
    CHECK(se.at(4).window.from == AgeSpan{21, 0});
    CHECK(se.at(4).window.to == AgeSpan{26, 30});
}

TEST_CASE("Every ASQ-3 window: its first and last day, and the days either side", "[interval]")
{
    const QList<QI::Window> windows = QI::windows(asq3());
    const QDate births[] = {kBirth, QDate(2022, 1, 31), QDate(2023, 8, 31), QDate(2024, 2, 29)};
    for (const QDate& birth : births) {
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const QI::Window& w = windows.at(i);
            const QDate first = firstDay(birth, w.window.from);
            const QDate last = lastDay(birth, w.window.to);
            INFO("born " << iso(birth) << ", " << w.months << "-month window " << iso(first) << " to " << iso(last));
            const IntervalChoice atFirst = chooseAsq3(birth, 40, first);
            const IntervalChoice before = chooseAsq3(birth, 40, first.addDays(-1));
            const IntervalChoice atLast = chooseAsq3(birth, 40, last);
            const IntervalChoice after = chooseAsq3(birth, 40, last.addDays(1));
            CHECK(atFirst.used == w.window.from);
            CHECK(atFirst.candidates.contains(w.months));
            CHECK(atLast.candidates.contains(w.months));
            CHECK_FALSE(before.candidates.contains(w.months));
            CHECK_FALSE(after.candidates.contains(w.months));
            CHECK_FALSE(atFirst.corrected);
            // Outside the 8/9/10-month overlaps the window's own questionnaire is the one chosen.
            if (atFirst.candidates.size() == 1)
                CHECK(atFirst.months == w.months);
            if (atLast.candidates.size() == 1)
                CHECK(atLast.months == w.months);
            // The windows leave no gaps: the day before one window is in the previous one.
            if (i > 0)
                CHECK(before.candidates.contains(windows.at(i - 1).months));
            else
                CHECK_FALSE(before.months.has_value());
            if (i + 1 < windows.size())
                CHECK(after.candidates.contains(windows.at(i + 1).months));
            else
                CHECK_FALSE(after.months.has_value());
        }
    }
}

TEST_CASE("Where the 8, 9 and 10-month windows overlap, the nearest interval wins", "[interval]")
{
    struct Case {
        AgeSpan age;
        QList<int> candidates;
        int chosen;
    };
    const Case cases[] = {
        {{7, 30}, {8}, 8},      {{8, 0}, {8, 9}, 8},   {{8, 15}, {8, 9}, 8},  {{8, 16}, {8, 9}, 9},
        {{8, 29}, {8, 9}, 9},   {{9, 0}, {9, 10}, 9},  {{9, 15}, {9, 10}, 9}, {{9, 16}, {9, 10}, 10},
        {{9, 30}, {9, 10}, 10}, {{10, 0}, {10}, 10},   {{10, 30}, {10}, 10},  {{11, 0}, {12}, 12},
    };
    for (const Case& c : cases) {
        const QDate on = firstDay(kBirth, c.age);
        INFO("age " << c.age.months << "m" << c.age.days << "d on " << iso(on));
        const IntervalChoice choice = chooseAsq3(kBirth, 40, on);
        REQUIRE(choice.used == c.age);
        CHECK(choice.candidates == c.candidates);
        CHECK(choice.months == c.chosen);
    }
    const IntervalChoice overlap = chooseAsq3(kBirth, 40, firstDay(kBirth, {8, 5}));
    CHECK(overlap.reason ==
          QStringLiteral("Age 8 months 5 days, chronological: born at 40 weeks, so no correction for prematurity (it "
                         "applies from 3 weeks early). The 8-month ASQ-3 questionnaire covers 7 months 0 days to 8 months "
                         "30 days. The 9-month questionnaire (8 months 0 days to 9 months 30 days) also covers this age; "
                         "the 8-month is nearer to it."));
}

TEST_CASE("Equally near intervals: the younger one wins", "[interval]")
{
    const QList<QI::Window> windows = {{8, {{7, 0}, {10, 30}, true, {}}}, {10, {{8, 0}, {11, 0}, true, {}}}};
    const IntervalChoice c = QI::choose(windows, PrematurityRule{}, QStringLiteral("ASQ-3"), kBirth, 40,
                                        firstDay(kBirth, {9, 0}));
    CHECK(c.candidates == QList<int>{8, 10});
    CHECK(c.months == 8);
}

TEST_CASE("Born 3 weeks early: corrected age; 2 weeks early: chronological", "[interval]")
{
    // 7 months 10 days old; born at 37 weeks the due date was 3 weeks later, so 6 months 20 days corrected.
    const QDate on(2022, 10, 25);
    const IntervalChoice early = chooseAsq3(kBirth, 37, on);
    CHECK(early.corrected);
    CHECK(early.weeksEarly == 3);
    CHECK(early.chronological == AgeSpan{7, 10});
    CHECK(early.used == AgeSpan{6, 20}); // from the due date, 05/04/2022
    CHECK(early.months == 6);
    CHECK(early.reason ==
          QStringLiteral("Corrected age 6 months 20 days (chronological age 7 months 10 days; born at 37 weeks, 3 weeks "
                         "early; corrected until 24 months). The 6-month ASQ-3 questionnaire covers 5 months 0 days to 6 "
                         "months 30 days."));

    const IntervalChoice nearTerm = chooseAsq3(kBirth, 38, on);
    CHECK_FALSE(nearTerm.corrected);
    CHECK(nearTerm.weeksEarly == 2);
    CHECK(nearTerm.used == AgeSpan{7, 10});
    CHECK(nearTerm.months == 8);
    CHECK(nearTerm.reason ==
          QStringLiteral("Age 7 months 10 days, chronological: born at 38 weeks, 2 weeks early, so no correction for "
                         "prematurity (it applies from 3 weeks early). The 8-month ASQ-3 questionnaire covers 7 months 0 "
                         "days to 8 months 30 days."));

    const IntervalChoice late = chooseAsq3(kBirth, 42, on);
    CHECK_FALSE(late.corrected);
    CHECK(late.weeksEarly == 0);
    CHECK(late.reason.startsWith(QStringLiteral("Age 7 months 10 days, chronological: born at 42 weeks, so no correction")));

    // The due date is birth + 3 weeks exactly: a corrected age of 1 month starts a month after it.
    CHECK(chooseAsq3(kBirth, 37, QDate(2022, 5, 5)).used == AgeSpan{1, 0});
    CHECK(chooseAsq3(kBirth, 37, QDate(2022, 5, 5)).months == 2);
    CHECK(chooseAsq3(kBirth, 37, QDate(2022, 5, 4)).used == AgeSpan{0, 29});
    CHECK_FALSE(chooseAsq3(kBirth, 37, QDate(2022, 5, 4)).months.has_value());
}

TEST_CASE("Corrected age stops at 24 months chronological", "[interval]")
{
    // Born at 34 weeks (6 weeks early): due 26/04/2022.
    const QDate dayBefore(2024, 3, 14); // 23 months 28 days chronological
    const QDate birthday(2024, 3, 15);  // 24 months 0 days

    const IntervalChoice before = chooseAsq3(kBirth, 34, dayBefore);
    CHECK(before.chronological == AgeSpan{23, 28});
    CHECK(before.corrected);
    CHECK(before.weeksEarly == 6);
    CHECK(before.used == AgeSpan{22, 17});
    CHECK(before.months == 22);
    CHECK(before.reason ==
          QStringLiteral("Corrected age 22 months 17 days (chronological age 23 months 28 days; born at 34 weeks, 6 "
                         "weeks early; corrected until 24 months). The 22-month ASQ-3 questionnaire covers 21 months 0 "
                         "days to 22 months 30 days."));

    const IntervalChoice on = chooseAsq3(kBirth, 34, birthday);
    CHECK(on.chronological == AgeSpan{24, 0});
    CHECK_FALSE(on.corrected);
    CHECK(on.weeksEarly == 6);
    CHECK(on.used == AgeSpan{24, 0});
    CHECK(on.months == 24);
    CHECK(on.reason ==
          QStringLiteral("Age 24 months 0 days, chronological: born at 34 weeks, 6 weeks early, but corrected "
                         "age is used only until 24 months. The 24-month ASQ-3 questionnaire covers 23 months 0 days to 25 "
                         "months 15 days."));
}

TEST_CASE("Gestation not recorded: chronological age, and the reason says so", "[interval]")
{
    const IntervalChoice c = chooseAsq3(kBirth, std::nullopt, QDate(2022, 10, 25));
    CHECK_FALSE(c.corrected);
    CHECK(c.weeksEarly == 0);
    CHECK(c.months == 8);
    CHECK(c.reason ==
          QStringLiteral("Age 7 months 10 days, chronological: gestation at birth is not recorded, so no correction for "
                         "prematurity was made (record it if the child was born 3 weeks early or more). The 8-month "
                         "ASQ-3 questionnaire covers 7 months 0 days to 8 months 30 days."));
}

TEST_CASE("Before the first window and after the last", "[interval]")
{
    const IntervalChoice young = chooseAsq3(kBirth, 40, kBirth.addDays(20));
    CHECK_FALSE(young.months.has_value());
    CHECK(young.candidates.isEmpty());
    CHECK(young.reason ==
          QStringLiteral("Age 20 days, chronological: born at 40 weeks, so no correction for prematurity (it applies "
                         "from 3 weeks early). ASQ-3 questionnaires start at 1 month 0 days: no questionnaire fits this "
                         "age yet."));
    CHECK(chooseAsq3(kBirth, 40, kBirth).used == AgeSpan{0, 0});
    CHECK_FALSE(chooseAsq3(kBirth, 40, kBirth).months.has_value());

    const QDate last = kBirth.addMonths(66); // 66 months 0 days: the 60-month window's last day
    CHECK(chooseAsq3(kBirth, 40, last).months == 60);
    const IntervalChoice old = chooseAsq3(kBirth, 40, last.addDays(1));
    CHECK_FALSE(old.months.has_value());
    CHECK(old.candidates.isEmpty());
    CHECK(old.reason.endsWith(QStringLiteral("ASQ-3 questionnaires end at 66 months 0 days: no questionnaire fits this age.")));
}

TEST_CASE("Assessed before the due date of a baby born early", "[interval]")
{
    // Born at 28 weeks: due 12 weeks later, on 07/06/2022.
    const QDate due(2022, 6, 7);
    REQUIRE(kBirth.addDays(84) == due);
    const IntervalChoice c = chooseAsq3(kBirth, 28, QDate(2022, 5, 4));
    CHECK(c.corrected);
    CHECK(c.weeksEarly == 12);
    CHECK_FALSE(c.months.has_value());
    CHECK(c.candidates.isEmpty());
    CHECK(c.chronological == AgeSpan{1, 19});
    CHECK(c.used == AgeSpan{0, 0});
    CHECK(c.reason ==
          QStringLiteral("Corrected age: not reached yet, the assessment date is before the due date 07/06/2022 "
                         "(chronological age 1 month 19 days; born at 28 weeks, 12 weeks early; corrected until 24 "
                         "months). ASQ-3 questionnaires start at 1 month 0 days corrected age."));

    const IntervalChoice onDue = chooseAsq3(kBirth, 28, due);
    CHECK(onDue.corrected);
    CHECK(onDue.used == AgeSpan{0, 0});
    CHECK_FALSE(onDue.months.has_value());
    CHECK(onDue.reason.contains(QStringLiteral("ASQ-3 questionnaires start at 1 month 0 days: no questionnaire fits this "
                                               "corrected age yet.")));

    const IntervalChoice monthAfter = chooseAsq3(kBirth, 28, due.addMonths(1));
    CHECK(monthAfter.used == AgeSpan{1, 0});
    CHECK(monthAfter.months == 2);
}

TEST_CASE("Assessed before birth: no choice", "[interval]")
{
    const IntervalChoice c = chooseAsq3(kBirth, 40, kBirth.addDays(-1));
    CHECK_FALSE(c.months.has_value());
    CHECK(c.candidates.isEmpty());
    CHECK(c.reason ==
          QStringLiteral("The assessment date 14/03/2022 is before the date of birth 15/03/2022: no ASQ-3 questionnaire "
                         "can be chosen."));
    CHECK_FALSE(chooseAsq3(QDate(), 40, kBirth).months.has_value());
}

TEST_CASE("ASQ:SE-2 windows and its own name in the reason", "[interval]")
{
    const auto choose = [](const QDate& on, std::optional<int> gestation) {
        return QI::choose(QI::windows(asqSe2()), asqSe2().prematurity, QStringLiteral("ASQ:SE-2"), kBirth, gestation, on);
    };
    CHECK(choose(firstDay(kBirth, {1, 0}), 40).months == 2);
    CHECK_FALSE(choose(firstDay(kBirth, {0, 30}), 40).months.has_value());
    CHECK(choose(lastDay(kBirth, {8, 30}), 40).months == 6);
    CHECK(choose(firstDay(kBirth, {9, 0}), 40).months == 12);
    CHECK(choose(firstDay(kBirth, {72, 0}), 40).months == 60);
    const IntervalChoice old = choose(firstDay(kBirth, {72, 1}), 40);
    CHECK_FALSE(old.months.has_value());
    CHECK(old.reason.endsWith(QStringLiteral("ASQ:SE-2 questionnaires end at 72 months 0 days: no questionnaire fits "
                                             "this age.")));
    // Born at 33 weeks: 9 months 15 days old, 7 months 27 days corrected.
    const IntervalChoice premature = choose(QDate(2022, 12, 30), 33);
    CHECK(premature.corrected);
    CHECK(premature.used == AgeSpan{7, 27});
    CHECK(premature.months == 6);
    CHECK(premature.reason.contains(QStringLiteral("The 6-month ASQ:SE-2 questionnaire covers 3 months 0 days to 8 "
                                                   "months 30 days.")));
    CHECK(choose(QDate(2022, 12, 30), 40).months == 12);
}
