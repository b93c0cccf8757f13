#include "tandem/domain/ChildAge.h"

#include "QtCatch.h"

using namespace tandem::domain;

namespace Catch {
template <>
struct StringMaker<AgeSpan> {
    static std::string convert(const AgeSpan& a) { return std::to_string(a.months) + "m" + std::to_string(a.days) + "d"; }
};
template <>
struct StringMaker<std::optional<AgeSpan>> {
    static std::string convert(const std::optional<AgeSpan>& a)
    {
        return a ? StringMaker<AgeSpan>::convert(*a) : std::string("none");
    }
};
} // namespace Catch

namespace {

std::optional<AgeSpan> span(int months, int days) { return AgeSpan{months, days}; }

} // namespace

TEST_CASE("ChildAge counts calendar months and the days since the last monthly birthday", "[childage]")
{
    const QDate birth(2024, 3, 4);
    CHECK(ChildAge::on(birth, birth) == span(0, 0));
    CHECK(ChildAge::on(birth, QDate(2024, 3, 5)) == span(0, 1));
    CHECK(ChildAge::on(birth, QDate(2024, 4, 3)) == span(0, 30));
    CHECK(ChildAge::on(birth, QDate(2024, 4, 4)) == span(1, 0));
    CHECK(ChildAge::on(birth, QDate(2024, 12, 31)) == span(9, 27));
    CHECK(ChildAge::on(birth, QDate(2025, 3, 3)) == span(11, 27));
    CHECK(ChildAge::on(birth, QDate(2025, 3, 4)) == span(12, 0));
    CHECK(ChildAge::on(birth, QDate(2026, 9, 5)) == span(30, 1));
}

TEST_CASE("ChildAge: a birthday on the 31st falls on the last day of shorter months", "[childage]")
{
    const QDate birth(2023, 1, 31); // 2023 is not a leap year
    CHECK(ChildAge::on(birth, QDate(2023, 2, 27)) == span(0, 27));
    CHECK(ChildAge::on(birth, QDate(2023, 2, 28)) == span(1, 0));
    CHECK(ChildAge::on(birth, QDate(2023, 3, 1)) == span(1, 1));
    CHECK(ChildAge::on(birth, QDate(2023, 3, 30)) == span(1, 30));
    // Counted from the birth date, not from 28 February: March has its 31st.
    CHECK(ChildAge::on(birth, QDate(2023, 3, 31)) == span(2, 0));
    CHECK(ChildAge::on(birth, QDate(2023, 4, 29)) == span(2, 29));
    CHECK(ChildAge::on(birth, QDate(2023, 4, 30)) == span(3, 0));
    CHECK(ChildAge::on(birth, QDate(2023, 5, 1)) == span(3, 1));
    CHECK(ChildAge::on(birth, QDate(2023, 5, 30)) == span(3, 30));
    CHECK(ChildAge::on(birth, QDate(2023, 5, 31)) == span(4, 0));
    CHECK(ChildAge::on(birth, QDate(2024, 1, 31)) == span(12, 0));

    const QDate leapYearBirth(2024, 1, 31);
    CHECK(ChildAge::on(leapYearBirth, QDate(2024, 2, 28)) == span(0, 28));
    CHECK(ChildAge::on(leapYearBirth, QDate(2024, 2, 29)) == span(1, 0));
    CHECK(ChildAge::on(leapYearBirth, QDate(2024, 3, 1)) == span(1, 1));
    CHECK(ChildAge::on(leapYearBirth, QDate(2025, 2, 28)) == span(13, 0));
}

TEST_CASE("ChildAge: a child born on 29 February", "[childage]")
{
    const QDate birth(2024, 2, 29);
    CHECK(ChildAge::on(birth, QDate(2024, 3, 28)) == span(0, 28));
    CHECK(ChildAge::on(birth, QDate(2024, 3, 29)) == span(1, 0));
    CHECK(ChildAge::on(birth, QDate(2025, 2, 27)) == span(11, 29));
    // No 29 February in 2025: the first birthday is the last day of February.
    CHECK(ChildAge::on(birth, QDate(2025, 2, 28)) == span(12, 0));
    CHECK(ChildAge::on(birth, QDate(2025, 3, 1)) == span(12, 1));
    CHECK(ChildAge::on(birth, QDate(2028, 2, 28)) == span(47, 30));
    CHECK(ChildAge::on(birth, QDate(2028, 2, 29)) == span(48, 0));
}

TEST_CASE("ChildAge: before birth and invalid dates", "[childage]")
{
    const QDate birth(2024, 3, 4);
    CHECK_FALSE(ChildAge::on(birth, QDate(2024, 3, 3)).has_value());
    CHECK_FALSE(ChildAge::on(birth, QDate()).has_value());
    CHECK_FALSE(ChildAge::on(QDate(), QDate(2024, 3, 3)).has_value());
    CHECK(ChildAge::wholeMonths(birth, QDate(2024, 3, 3)) == -1);
    CHECK(ChildAge::wholeMonths(birth, birth) == 0);
    CHECK(ChildAge::wholeMonths(birth, QDate(2026, 3, 3)) == 23);
    CHECK(ChildAge::wholeMonths(birth, QDate(2026, 3, 4)) == 24);
}

TEST_CASE("ChildAge: every day for six years after births across month ends and leap days", "[childage]")
{
    const QDate births[] = {QDate(2023, 1, 31), QDate(2023, 3, 15), QDate(2023, 8, 31), QDate(2024, 1, 30),
                            QDate(2024, 2, 29), QDate(2024, 12, 1)};
    for (const QDate& birth : births) {
        INFO("born " << birth.toString(Qt::ISODate).toStdString());
        AgeSpan previous{0, -1};
        for (QDate day = birth; day <= birth.addYears(6); day = day.addDays(1)) {
            const std::optional<AgeSpan> age = ChildAge::on(birth, day);
            REQUIRE(age.has_value());
            INFO("on " << day.toString(Qt::ISODate).toStdString());
            // The monthly birthday is the birth date moved on by whole months (clamped to the
            // month's end), the age the days since it, and the next one not reached yet.
            CHECK(birth.addMonths(age->months).addDays(age->days) == day);
            CHECK(birth.addMonths(age->months + 1) > day);
            CHECK(age->days >= 0);
            CHECK(age->days <= 30);
            CHECK(previous < *age);
            CHECK(ChildAge::wholeMonths(birth, day) == age->months);
            previous = *age;
        }
    }
}

TEST_CASE("ChildAge::describe says years, months and days in the singular or plural", "[childage]")
{
    CHECK(ChildAge::describe({0, 0}) == QStringLiteral("0 days"));
    CHECK(ChildAge::describe({0, 1}) == QStringLiteral("1 day"));
    CHECK(ChildAge::describe({0, 12}) == QStringLiteral("12 days"));
    CHECK(ChildAge::describe({1, 0}) == QStringLiteral("1 month"));
    CHECK(ChildAge::describe({1, 1}) == QStringLiteral("1 month 1 day"));
    CHECK(ChildAge::describe({7, 0}) == QStringLiteral("7 months"));
    CHECK(ChildAge::describe({7, 20}) == QStringLiteral("7 months 20 days"));
    CHECK(ChildAge::describe({11, 30}) == QStringLiteral("11 months 30 days"));
    CHECK(ChildAge::describe({12, 0}) == QStringLiteral("1 year"));
    CHECK(ChildAge::describe({13, 0}) == QStringLiteral("1 year 1 month"));
    CHECK(ChildAge::describe({22, 0}) == QStringLiteral("1 year 10 months"));
    CHECK(ChildAge::describe({22, 5}) == QStringLiteral("1 year 10 months 5 days"));
    CHECK(ChildAge::describe({24, 0}) == QStringLiteral("2 years"));
    CHECK(ChildAge::describe({24, 3}) == QStringLiteral("2 years 3 days"));
    CHECK(ChildAge::describe({25, 1}) == QStringLiteral("2 years 1 month 1 day"));
    CHECK(ChildAge::describe({66, 0}) == QStringLiteral("5 years 6 months"));
}
