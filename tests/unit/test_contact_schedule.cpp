#include "tandem/domain/ContactSchedule.h"

#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"

#include "QtCatch.h"

#include <QSet>

using namespace tandem;
using namespace tandem::domain;
using MC = MandatedContact;
using CS = ContactStatus;

namespace Catch {
template <>
struct StringMaker<ContactStatus> {
    static std::string convert(ContactStatus s) { return statusToken(s).toStdString(); }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate).toStdString() : "invalid"; }
};
} // namespace Catch

namespace {

// Synthetic dates only. A Monday, in a leap year, away from month ends.
const QDate kBirth(2024, 3, 4);

ScheduleInput bornOn(const QDate& dob)
{
    ScheduleInput in;
    in.dateOfBirth = dob;
    return in;
}

ScheduleInput expectedOn(const QDate& edd)
{
    ScheduleInput in;
    in.expectedDelivery = edd;
    return in;
}

ScheduleContact visit(const QString& type, const QDate& date, const QString& uuid = QStringLiteral("c-1"))
{
    return {uuid, type, date};
}

ScheduleExclusion exclusion(MC contact, bool declined, const QString& reason, const QDate& recordedOn)
{
    return {contact, declined, reason, recordedOn};
}

ScheduledContact entry(const ScheduleInput& in, MC contact, const QDate& today)
{
    const QList<ScheduledContact> schedule = computeSchedule(in, today);
    for (const ScheduledContact& s : schedule)
        if (s.contact == contact)
            return s;
    FAIL("no entry for " << contactToken(contact).toStdString());
    return {};
}

CS statusOn(const ScheduleInput& in, MC contact, const QDate& today) { return entry(in, contact, today).status; }

// Status of a contact done on `doneOn` by a contact of its own type, looked at long after.
CS doneStatus(const QDate& dob, MC contact, const QDate& doneOn)
{
    ScheduleInput in = bornOn(dob);
    in.contacts = {visit(contactToken(contact), doneOn)};
    return statusOn(in, contact, dob.addYears(4));
}

ScheduledContact made(MC contact, CS status, const QDate& opens, const QDate& dueBy)
{
    ScheduledContact s;
    s.contact = contact;
    s.status = status;
    s.opens = opens;
    s.dueBy = dueBy;
    s.lateBy = dueBy;
    s.closes = dueBy.addDays(30);
    return s;
}

} // namespace

// ---------------------------------------------------------------- windows

TEST_CASE("Schedule: a born child has the five contacts in order with the national windows", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.expectedDelivery = QDate(2024, 3, 10);
    const QList<ScheduledContact> s = computeSchedule(in, kBirth);
    REQUIRE(s.size() == 5);
    CHECK(s[0].contact == MC::Antenatal);
    CHECK(s[1].contact == MC::NewBirth);
    CHECK(s[2].contact == MC::SixToEightWeek);
    CHECK(s[3].contact == MC::TwelveMonth);
    CHECK(s[4].contact == MC::TwoYear);

    // Antenatal: 28 weeks of pregnancy (EDD - 84 days) until the birth.
    CHECK(s[0].opens == QDate(2023, 12, 17));
    CHECK(s[0].dueBy == kBirth);
    CHECK(s[0].closes == kBirth);
    CHECK(s[0].lateBy == kBirth);
    CHECK_FALSE(s[0].estimated);

    CHECK(s[1].opens == QDate(2024, 3, 14));
    CHECK(s[1].dueBy == QDate(2024, 3, 18));
    CHECK(s[1].lateBy == QDate(2024, 3, 18));
    CHECK(s[1].closes == QDate(2024, 4, 14));

    CHECK(s[2].opens == QDate(2024, 4, 15));
    CHECK(s[2].dueBy == QDate(2024, 4, 29));
    CHECK(s[2].lateBy == QDate(2024, 4, 29));
    CHECK(s[2].closes == QDate(2024, 12, 4));

    CHECK(s[3].opens == QDate(2024, 12, 4));
    CHECK(s[3].dueBy == QDate(2025, 3, 4));
    CHECK(s[3].lateBy == QDate(2025, 6, 4));
    CHECK(s[3].closes == QDate(2025, 6, 4));

    CHECK(s[4].opens == QDate(2026, 3, 4));
    CHECK(s[4].dueBy == QDate(2026, 9, 4));
    CHECK(s[4].lateBy == QDate(2026, 9, 4));
    CHECK(s[4].closes == QDate(2027, 3, 4));

    for (const ScheduledContact& c : s.mid(1)) {
        CHECK_FALSE(c.estimated);
        CHECK(c.reason.isEmpty());
        CHECK_FALSE(c.doneOn.has_value());
        CHECK(c.contactUuid.isEmpty());
    }
}

TEST_CASE("Schedule: nothing to schedule without a date of birth or a due date", "[domain][schedule]")
{
    CHECK(computeSchedule(ScheduleInput{}, kBirth).isEmpty());
    ScheduleInput gestationOnly;
    gestationOnly.gestationWeeks = 39;
    CHECK(computeSchedule(gestationOnly, kBirth).isEmpty());
    ScheduleInput invalid;
    invalid.dateOfBirth = QDate();
    CHECK(computeSchedule(invalid, kBirth).isEmpty());
}

// ---------------------------------------------------------------- new birth visit

TEST_CASE("Schedule: new birth visit, status by day after birth", "[domain][schedule]")
{
    const ScheduleInput in = bornOn(kBirth);
    CHECK(statusOn(in, MC::NewBirth, kBirth) == CS::NotYetDue);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(9)) == CS::NotYetDue);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(10)) == CS::Due);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(14)) == CS::Due);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(15)) == CS::Overdue);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(41)) == CS::Overdue);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(42)) == CS::Missed);
}

TEST_CASE("Schedule: new birth visit done within 14 days is on time, from the day of birth", "[domain][schedule]")
{
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(9)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(10)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(14)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(15)) == CS::DoneLate);
    // "Within 14 days": a visit on the day of birth counts, one the day before does not.
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(-1)) == CS::Missed);
    // A late visit after the window closed still completes it, late.
    CHECK(doneStatus(kBirth, MC::NewBirth, kBirth.addDays(60)) == CS::DoneLate);

    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(12), QStringLiteral("nb-1"))};
    const ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(12));
    CHECK(s.status == CS::DoneOnTime);
    REQUIRE(s.doneOn.has_value());
    CHECK(*s.doneOn == kBirth.addDays(12));
    CHECK(s.contactUuid == QStringLiteral("nb-1"));
}

// ---------------------------------------------------------------- 6-8 week review

TEST_CASE("Schedule: 6-8 week review window", "[domain][schedule]")
{
    const ScheduleInput in = bornOn(kBirth);
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(41)) == CS::NotYetDue);
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(42)) == CS::Due);
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(56)) == CS::Due);
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(57)) == CS::Overdue);
    CHECK(statusOn(in, MC::SixToEightWeek, QDate(2024, 12, 4)) == CS::Overdue); // 9 months: last day
    CHECK(statusOn(in, MC::SixToEightWeek, QDate(2024, 12, 5)) == CS::Missed);

    // Day 56 is the end of week 8: on time. Day 57 is late.
    CHECK(doneStatus(kBirth, MC::SixToEightWeek, kBirth.addDays(42)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::SixToEightWeek, kBirth.addDays(56)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::SixToEightWeek, kBirth.addDays(57)) == CS::DoneLate);
}

TEST_CASE("Schedule: a 6-8 week review before day 42 does not count", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("six-to-eight-week"), kBirth.addDays(41))};
    const ScheduledContact s = entry(in, MC::SixToEightWeek, kBirth.addDays(50));
    CHECK(s.status == CS::Due);
    CHECK_FALSE(s.doneOn.has_value());
    CHECK(s.contactUuid.isEmpty());
}

// ---------------------------------------------------------------- 12-month review

TEST_CASE("Schedule: 12-month review, due by 12 months and counted by 15", "[domain][schedule]")
{
    const ScheduleInput in = bornOn(kBirth);
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2024, 12, 3)) == CS::NotYetDue);
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2024, 12, 4)) == CS::Due);     // 9 months
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 3, 3)) == CS::Due);      // the day before 12 months
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 3, 4)) == CS::Due);      // exactly 12 months
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 3, 5)) == CS::Overdue);  // + 1 day
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 6, 4)) == CS::Overdue);  // exactly 15 months
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 6, 5)) == CS::Missed);   // 15 months + 1 day
}

TEST_CASE("Schedule: 12-month review done late is counted by lateBy up to 15 months", "[domain][schedule]")
{
    CHECK(doneStatus(kBirth, MC::TwelveMonth, QDate(2025, 3, 3)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::TwelveMonth, QDate(2025, 3, 4)) == CS::DoneOnTime);

    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("twelve-month"), QDate(2025, 3, 5))};
    ScheduledContact s = entry(in, MC::TwelveMonth, QDate(2025, 8, 1));
    CHECK(s.status == CS::DoneLate);
    CHECK(*s.doneOn <= s.lateBy); // counted in the 15-month metric

    in.contacts = {visit(QStringLiteral("twelve-month"), QDate(2025, 6, 4))};
    s = entry(in, MC::TwelveMonth, QDate(2025, 8, 1));
    CHECK(s.status == CS::DoneLate);
    CHECK(*s.doneOn == s.lateBy);

    in.contacts = {visit(QStringLiteral("twelve-month"), QDate(2025, 6, 5))};
    s = entry(in, MC::TwelveMonth, QDate(2025, 8, 1));
    CHECK(s.status == CS::DoneLate);
    CHECK(*s.doneOn > s.lateBy); // done, but outside both metrics
}

TEST_CASE("Schedule: a 12-month review at 8 months does not count", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("twelve-month"), QDate(2024, 11, 4))};
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 1, 1)) == CS::Due);
    CHECK(statusOn(in, MC::TwelveMonth, QDate(2025, 6, 5)) == CS::Missed);
    // The day before 9 months does not count; 9 months does.
    CHECK(doneStatus(kBirth, MC::TwelveMonth, QDate(2024, 12, 3)) == CS::Missed);
    CHECK(doneStatus(kBirth, MC::TwelveMonth, QDate(2024, 12, 4)) == CS::DoneOnTime);
}

// ---------------------------------------------------------------- 2-2 1/2 year review

TEST_CASE("Schedule: 2-2 1/2 year review window", "[domain][schedule]")
{
    const ScheduleInput in = bornOn(kBirth);
    CHECK(statusOn(in, MC::TwoYear, QDate(2026, 3, 3)) == CS::NotYetDue);
    CHECK(statusOn(in, MC::TwoYear, QDate(2026, 3, 4)) == CS::Due);     // 24 months
    CHECK(statusOn(in, MC::TwoYear, QDate(2026, 9, 4)) == CS::Due);     // exactly 30 months
    CHECK(statusOn(in, MC::TwoYear, QDate(2026, 9, 5)) == CS::Overdue); // 30 months + 1 day
    CHECK(statusOn(in, MC::TwoYear, QDate(2027, 3, 4)) == CS::Overdue); // 36 months
    CHECK(statusOn(in, MC::TwoYear, QDate(2027, 3, 5)) == CS::Missed);  // 36 months + 1 day

    CHECK(doneStatus(kBirth, MC::TwoYear, QDate(2026, 3, 3)) == CS::Missed); // before the window
    CHECK(doneStatus(kBirth, MC::TwoYear, QDate(2026, 3, 4)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::TwoYear, QDate(2026, 9, 4)) == CS::DoneOnTime);
    CHECK(doneStatus(kBirth, MC::TwoYear, QDate(2026, 9, 5)) == CS::DoneLate);
}

// ---------------------------------------------------------------- month ends

TEST_CASE("Schedule: months from a 31 January birthday end on the last day of shorter months", "[domain][schedule]")
{
    const QDate dob(2023, 1, 31);
    const QList<ScheduledContact> s = computeSchedule(bornOn(dob), dob);
    CHECK(s[2].closes == QDate(2023, 10, 31)); // 9 months
    CHECK(s[3].opens == QDate(2023, 10, 31));
    CHECK(s[3].dueBy == QDate(2024, 1, 31));
    CHECK(s[3].closes == QDate(2024, 4, 30)); // 15 months: 31 April does not exist
    CHECK(s[4].opens == QDate(2025, 1, 31));
    CHECK(s[4].dueBy == QDate(2025, 7, 31));
    CHECK(s[4].closes == QDate(2026, 1, 31));

    // 31 August + 30 months lands in February.
    const QList<ScheduledContact> aug = computeSchedule(bornOn(QDate(2023, 8, 31)), dob);
    CHECK(aug[3].opens == QDate(2024, 5, 31));
    CHECK(aug[4].dueBy == QDate(2026, 2, 28));
    CHECK(statusOn(bornOn(QDate(2023, 8, 31)), MC::TwoYear, QDate(2026, 2, 28)) == CS::Due);
    CHECK(statusOn(bornOn(QDate(2023, 8, 31)), MC::TwoYear, QDate(2026, 3, 1)) == CS::Overdue);
    // 31 May + 9 months is 29 February in a leap year.
    CHECK(computeSchedule(bornOn(QDate(2023, 5, 31)), dob)[2].closes == QDate(2024, 2, 29));
}

TEST_CASE("Schedule: a 29 February birthday", "[domain][schedule]")
{
    const QDate dob(2024, 2, 29);
    const QList<ScheduledContact> s = computeSchedule(bornOn(dob), dob);
    CHECK(s[1].dueBy == QDate(2024, 3, 14));
    CHECK(s[2].dueBy == QDate(2024, 4, 25));
    CHECK(s[3].opens == QDate(2024, 11, 29));
    CHECK(s[3].dueBy == QDate(2025, 2, 28));
    CHECK(s[3].closes == QDate(2025, 5, 29));
    CHECK(s[4].opens == QDate(2026, 2, 28));
    CHECK(s[4].dueBy == QDate(2026, 8, 29));
    CHECK(s[4].closes == QDate(2027, 2, 28));

    CHECK(statusOn(bornOn(dob), MC::TwelveMonth, QDate(2025, 2, 28)) == CS::Due);
    CHECK(statusOn(bornOn(dob), MC::TwelveMonth, QDate(2025, 3, 1)) == CS::Overdue);
    CHECK(doneStatus(dob, MC::TwelveMonth, QDate(2025, 2, 28)) == CS::DoneOnTime);
    CHECK(doneStatus(dob, MC::TwelveMonth, QDate(2025, 3, 1)) == CS::DoneLate);
}

// ---------------------------------------------------------------- antenatal

TEST_CASE("Schedule: a baby born at 33 weeks without a due date", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.gestationWeeks = 33;
    const QDate estimatedDue = kBirth.addDays(49); // 7 weeks to go

    const ScheduledContact antenatal = entry(in, MC::Antenatal, kBirth);
    CHECK(antenatal.opens == estimatedDue.addDays(-84));
    CHECK(antenatal.opens == QDate(2024, 1, 29));
    CHECK(antenatal.dueBy == kBirth);
    CHECK(antenatal.closes == kBirth);
    CHECK(antenatal.estimated);
    CHECK(antenatal.reason.contains(QStringLiteral("33")));
    CHECK(antenatal.status == CS::Due); // the day of birth is the last day of the window
    CHECK(statusOn(in, MC::Antenatal, kBirth.addDays(1)) == CS::Missed);

    // At 30 weeks' gestation: 10 weeks before the estimated due date, 3 weeks before the birth.
    ScheduleInput seen = in;
    seen.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 2, 12), QStringLiteral("an-1"))};
    const ScheduledContact done = entry(seen, MC::Antenatal, kBirth.addDays(30));
    CHECK(done.status == CS::DoneOnTime);
    CHECK(done.contactUuid == QStringLiteral("an-1"));

    // At 27+6 weeks it is too early to count.
    ScheduleInput early = in;
    early.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 1, 28))};
    CHECK(statusOn(early, MC::Antenatal, kBirth.addDays(30)) == CS::Missed);

    // Windows after birth run from the actual birth, not corrected for prematurity.
    const ScheduledContact newBirth = entry(in, MC::NewBirth, kBirth);
    CHECK(newBirth.opens == QDate(2024, 3, 14));
    CHECK(newBirth.dueBy == QDate(2024, 3, 18));
    CHECK_FALSE(newBirth.estimated);
    CHECK(entry(in, MC::SixToEightWeek, kBirth).dueBy == QDate(2024, 4, 29));
}

TEST_CASE("Schedule: antenatal window from the date of birth alone is estimated", "[domain][schedule]")
{
    const ScheduledContact s = entry(bornOn(kBirth), MC::Antenatal, kBirth);
    CHECK(s.opens == QDate(2023, 12, 11));
    CHECK(s.dueBy == kBirth);
    CHECK(s.estimated);
    CHECK_FALSE(s.reason.isEmpty());
}

TEST_CASE("Schedule: a recorded due date wins over gestation for the antenatal window", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.gestationWeeks = 33;
    in.expectedDelivery = QDate(2024, 4, 1);
    const ScheduledContact s = entry(in, MC::Antenatal, kBirth);
    CHECK(s.opens == QDate(2024, 1, 8));
    CHECK_FALSE(s.estimated);
    CHECK(s.reason.isEmpty());
}

TEST_CASE("Schedule: antenatal contact only counts between 28 weeks and the birth", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.expectedDelivery = QDate(2024, 3, 10); // window opens 17 Dec 2023
    const QDate after = kBirth.addDays(20);

    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2023, 10, 22))}; // 20 weeks
    CHECK(statusOn(in, MC::Antenatal, after) == CS::Missed);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2023, 12, 16))}; // 27+6
    CHECK(statusOn(in, MC::Antenatal, after) == CS::Missed);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2023, 12, 17))}; // 28+0
    CHECK(statusOn(in, MC::Antenatal, after) == CS::DoneOnTime);
    in.contacts = {visit(QStringLiteral("antenatal"), kBirth.addDays(-1))};
    CHECK(statusOn(in, MC::Antenatal, after) == CS::DoneOnTime);
    in.contacts = {visit(QStringLiteral("antenatal"), kBirth)}; // on the day of birth: too late
    CHECK(statusOn(in, MC::Antenatal, after) == CS::Missed);

    // The early contact does not hide a later one in the window.
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2023, 10, 22), QStringLiteral("early")),
                   visit(QStringLiteral("antenatal"), QDate(2024, 1, 15), QStringLiteral("in-window"))};
    const ScheduledContact s = entry(in, MC::Antenatal, after);
    CHECK(s.status == CS::DoneOnTime);
    CHECK(s.contactUuid == QStringLiteral("in-window"));
}

TEST_CASE("Schedule: a baby born at or before 28 weeks had no antenatal window", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.gestationWeeks = 27;
    ScheduledContact s = entry(in, MC::Antenatal, kBirth.addDays(5));
    CHECK(s.status == CS::NotApplicable);
    CHECK_FALSE(s.reason.isEmpty());
    in.gestationWeeks = 28;
    CHECK(statusOn(in, MC::Antenatal, kBirth.addDays(5)) == CS::NotApplicable);
    in.gestationWeeks = 29; // one week of window before the birth
    CHECK(statusOn(in, MC::Antenatal, kBirth.addDays(5)) == CS::Missed);
    in.contacts = {visit(QStringLiteral("antenatal"), kBirth.addDays(-7))};
    CHECK(statusOn(in, MC::Antenatal, kBirth.addDays(5)) == CS::DoneOnTime);
}

TEST_CASE("Schedule: an unborn child with a due date", "[domain][schedule]")
{
    const QDate edd(2024, 9, 1);
    const ScheduleInput in = expectedOn(edd);

    const ScheduledContact a = entry(in, MC::Antenatal, QDate(2024, 6, 8));
    CHECK(a.opens == QDate(2024, 6, 9));
    CHECK(a.dueBy == edd);
    CHECK(a.lateBy == edd);
    CHECK_FALSE(a.closes.isValid()); // never closes until the birth is recorded
    CHECK_FALSE(a.estimated);
    CHECK(a.status == CS::NotYetDue);                                       // 27+6
    CHECK(statusOn(in, MC::Antenatal, QDate(2024, 6, 9)) == CS::Due);       // 28+0
    CHECK(statusOn(in, MC::Antenatal, edd) == CS::Due);
    CHECK(statusOn(in, MC::Antenatal, QDate(2024, 9, 2)) == CS::Overdue);
    CHECK(statusOn(in, MC::Antenatal, QDate(2025, 9, 2)) == CS::Overdue);   // never Missed while unborn

    // The four contacts after birth are estimated from the due date and cannot be due yet.
    for (MC c : {MC::NewBirth, MC::SixToEightWeek, MC::TwelveMonth, MC::TwoYear}) {
        const ScheduledContact s = entry(in, c, QDate(2027, 1, 1));
        CHECK(s.status == CS::NotYetDue);
        CHECK(s.estimated);
        CHECK_FALSE(s.reason.isEmpty());
    }
    const ScheduledContact nb = entry(in, MC::NewBirth, edd);
    CHECK(nb.opens == QDate(2024, 9, 11));
    CHECK(nb.dueBy == QDate(2024, 9, 15));
    CHECK(entry(in, MC::TwelveMonth, edd).lateBy == QDate(2025, 12, 1));

    // A new birth visit recorded against an unborn child completes nothing.
    ScheduleInput early = in;
    early.contacts = {visit(QStringLiteral("new-birth"), QDate(2024, 9, 12))};
    CHECK(statusOn(early, MC::NewBirth, QDate(2024, 9, 20)) == CS::NotYetDue);
}

TEST_CASE("Schedule: antenatal contact for an unborn child", "[domain][schedule]")
{
    const QDate edd(2024, 9, 1);
    ScheduleInput in = expectedOn(edd);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 6, 9))};
    CHECK(statusOn(in, MC::Antenatal, QDate(2024, 6, 9)) == CS::DoneOnTime);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 6, 8))};
    CHECK(statusOn(in, MC::Antenatal, QDate(2024, 7, 1)) == CS::Due);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 9, 3))}; // overdue baby, visit after EDD
    CHECK(statusOn(in, MC::Antenatal, QDate(2024, 9, 4)) == CS::DoneLate);
}

TEST_CASE("Schedule: once the birth is recorded the antenatal window closes at birth", "[domain][schedule]")
{
    ScheduleInput in = expectedOn(QDate(2024, 9, 1));
    in.dateOfBirth = QDate(2024, 8, 25);
    const ScheduledContact a = entry(in, MC::Antenatal, QDate(2024, 8, 26));
    CHECK(a.dueBy == QDate(2024, 8, 25));
    CHECK(a.closes == QDate(2024, 8, 25));
    CHECK(a.status == CS::Missed);
    // Windows after birth now run from the actual birth and are no longer estimated.
    const ScheduledContact nb = entry(in, MC::NewBirth, QDate(2024, 8, 26));
    CHECK(nb.opens == QDate(2024, 9, 4));
    CHECK_FALSE(nb.estimated);
    CHECK(nb.status == CS::NotYetDue);
}

// ---------------------------------------------------------------- matching contacts

TEST_CASE("Schedule: contact types that are not mandated never complete anything", "[domain][schedule]")
{
    for (const QString& type : {QStringLiteral("additional"), QStringLiteral("clinic"), QStringLiteral("phone-video"),
                                QStringLiteral("not-brought"), QStringLiteral("no-access"), QStringLiteral(""),
                                QStringLiteral("New-Birth"), QStringLiteral("newbirth")}) {
        INFO(type.toStdString());
        ScheduleInput in = bornOn(kBirth);
        in.contacts = {visit(type, kBirth.addDays(12))};
        const ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(12));
        CHECK(s.status == CS::Due);
        CHECK_FALSE(s.doneOn.has_value());
    }
}

TEST_CASE("Schedule: a contact completes only its own mandated contact", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("six-to-eight-week"), kBirth.addDays(12))};
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(12)) == CS::Due);
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(50))};
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(50)) == CS::Due);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(50)) == CS::DoneLate);
}

TEST_CASE("Schedule: the earliest counting contact completes it, whatever the input order", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(20), QStringLiteral("late")),
                   visit(QStringLiteral("new-birth"), kBirth.addDays(12), QStringLiteral("first")),
                   visit(QStringLiteral("new-birth"), QDate(), QStringLiteral("no-date"))};
    ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(30));
    CHECK(s.status == CS::DoneOnTime);
    CHECK(s.contactUuid == QStringLiteral("first"));
    CHECK(*s.doneOn == kBirth.addDays(12));

    // Two on the same day: the first listed (the store lists them in the order they happened),
    // so a second visit that day never takes over.
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(12), QStringLiteral("morning")),
                   visit(QStringLiteral("new-birth"), kBirth.addDays(12), QStringLiteral("afternoon"))};
    CHECK(entry(in, MC::NewBirth, kBirth.addDays(30)).contactUuid == QStringLiteral("morning"));
    std::swap(in.contacts[0], in.contacts[1]);
    CHECK(entry(in, MC::NewBirth, kBirth.addDays(30)).contactUuid == QStringLiteral("afternoon"));
}

// ---------------------------------------------------------------- exclusions

TEST_CASE("Schedule: declined and not applicable decisions", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.exclusions = {exclusion(MC::NewBirth, true, QStringLiteral("Family declined the visit"), kBirth.addDays(11))};
    ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(20));
    CHECK(s.status == CS::Declined);
    CHECK(s.reason == QStringLiteral("Family declined the visit"));
    // Other contacts are unaffected.
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(50)) == CS::Due);

    in.exclusions = {exclusion(MC::NewBirth, false, QStringLiteral("Baby still in hospital"), kBirth.addDays(11))};
    s = entry(in, MC::NewBirth, kBirth.addDays(20));
    CHECK(s.status == CS::NotApplicable);
    CHECK(s.reason == QStringLiteral("Baby still in hospital"));
    // A decision stands even once the window has closed.
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(100)) == CS::NotApplicable);
}

TEST_CASE("Schedule: the most recent decision stands", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    const ScheduleExclusion older = exclusion(MC::NewBirth, true, QStringLiteral("Declined at first"), kBirth.addDays(11));
    const ScheduleExclusion newer = exclusion(MC::NewBirth, false, QStringLiteral("Baby in hospital"), kBirth.addDays(13));
    in.exclusions = {older, newer};
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(20)) == CS::NotApplicable);
    in.exclusions = {newer, older};
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(20)) == CS::NotApplicable);
    // Recorded the same day: the later in the list.
    const ScheduleExclusion sameDay = exclusion(MC::NewBirth, true, QStringLiteral("Declined after all"), kBirth.addDays(13));
    in.exclusions = {newer, sameDay};
    CHECK(entry(in, MC::NewBirth, kBirth.addDays(20)).reason == QStringLiteral("Declined after all"));
}

TEST_CASE("Schedule: a done contact stays done whatever decision is recorded", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(16))};
    in.exclusions = {exclusion(MC::NewBirth, true, QStringLiteral("Declined"), kBirth.addDays(20))};
    in.leftArea = kBirth.addDays(25);
    const ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(30));
    CHECK(s.status == CS::DoneLate);
    CHECK(s.reason.isEmpty());
}

// ---------------------------------------------------------------- moved away

TEST_CASE("Schedule: a family that moved out of the area", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.expectedDelivery = QDate(2024, 3, 10);
    in.contacts = {visit(QStringLiteral("antenatal"), QDate(2024, 1, 15)),
                   visit(QStringLiteral("new-birth"), kBirth.addDays(12))};
    in.leftArea = QDate(2024, 4, 3);

    const QList<ScheduledContact> s = computeSchedule(in, QDate(2024, 4, 20));
    CHECK(s[0].status == CS::DoneOnTime);
    CHECK(s[1].status == CS::DoneOnTime);
    for (const ScheduledContact& c : s.mid(2)) {
        CHECK(c.status == CS::NotApplicable);
        CHECK(c.reason == QStringLiteral("Moved out of area on 3 Apr 2024"));
    }
    // On the day they leave it already applies; the day before it does not yet.
    CHECK(statusOn(in, MC::SixToEightWeek, QDate(2024, 4, 3)) == CS::NotApplicable);
    CHECK(statusOn(in, MC::SixToEightWeek, QDate(2024, 4, 2)) == CS::NotYetDue);

    // A move planned for the future has no effect yet.
    in.leftArea = QDate(2024, 6, 1);
    const ScheduledContact later = entry(in, MC::SixToEightWeek, QDate(2024, 4, 20));
    CHECK(later.status == CS::Due);
    CHECK(later.reason.isEmpty());
}

TEST_CASE("Schedule: moving away ends open contacts but keeps ones already missed", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    in.leftArea = kBirth.addDays(100);
    // Closed (day 41, and birth) before the family left: still missed.
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(120)) == CS::Missed);
    CHECK(statusOn(in, MC::Antenatal, kBirth.addDays(120)) == CS::Missed);
    // Overdue when they left (6-8 weeks closes at 9 months): nothing more to do here.
    CHECK(statusOn(in, MC::SixToEightWeek, kBirth.addDays(120)) == CS::NotApplicable);
    // Left on the day the window closed: it was still open that day.
    in.leftArea = kBirth.addDays(41);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(120)) == CS::NotApplicable);
    in.leftArea = kBirth.addDays(42);
    CHECK(statusOn(in, MC::NewBirth, kBirth.addDays(120)) == CS::Missed);
    in.leftArea = kBirth.addDays(100);
    // A recorded decision is kept rather than replaced by the move.
    in.exclusions = {exclusion(MC::NewBirth, true, QStringLiteral("Declined"), kBirth.addDays(11))};
    const ScheduledContact s = entry(in, MC::NewBirth, kBirth.addDays(120));
    CHECK(s.status == CS::Declined);
    CHECK(s.reason == QStringLiteral("Declined"));
}

TEST_CASE("Schedule: an unborn child's family that moved away", "[domain][schedule]")
{
    ScheduleInput in = expectedOn(QDate(2024, 9, 1));
    in.leftArea = QDate(2024, 7, 1);
    for (const ScheduledContact& s : computeSchedule(in, QDate(2024, 7, 2)))
        CHECK(s.status == CS::NotApplicable);
}

// ---------------------------------------------------------------- helpers

TEST_CASE("Schedule: isOpen is Due or Overdue only", "[domain][schedule]")
{
    CHECK(isOpen(CS::Due));
    CHECK(isOpen(CS::Overdue));
    for (CS s : {CS::NotYetDue, CS::Missed, CS::DoneOnTime, CS::DoneLate, CS::Declined, CS::NotApplicable})
        CHECK_FALSE(isOpen(s));
}

TEST_CASE("Schedule: due within the week starting today", "[domain][schedule]")
{
    const ScheduleInput in = bornOn(kBirth); // new birth visit due by day 14
    CHECK(dueWithinWeek(entry(in, MC::NewBirth, kBirth.addDays(7)), kBirth.addDays(7)) == false); // 7 days away
    CHECK(dueWithinWeek(entry(in, MC::NewBirth, kBirth.addDays(8)), kBirth.addDays(8)));         // NotYetDue, 6 days
    CHECK(dueWithinWeek(entry(in, MC::NewBirth, kBirth.addDays(12)), kBirth.addDays(12)));       // Due
    CHECK(dueWithinWeek(entry(in, MC::NewBirth, kBirth.addDays(14)), kBirth.addDays(14)));       // due today
    CHECK_FALSE(dueWithinWeek(entry(in, MC::NewBirth, kBirth.addDays(15)), kBirth.addDays(15))); // overdue

    ScheduleInput done = in;
    done.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(11))};
    CHECK_FALSE(dueWithinWeek(entry(done, MC::NewBirth, kBirth.addDays(12)), kBirth.addDays(12)));
    ScheduleInput declined = in;
    declined.exclusions = {exclusion(MC::NewBirth, true, QStringLiteral("Declined"), kBirth)};
    CHECK_FALSE(dueWithinWeek(entry(declined, MC::NewBirth, kBirth.addDays(12)), kBirth.addDays(12)));

    ScheduledContact noDeadline = made(MC::Antenatal, CS::Due, kBirth, QDate());
    CHECK_FALSE(dueWithinWeek(noDeadline, kBirth));
}

TEST_CASE("Schedule: next contact to act on", "[domain][schedule]")
{
    CHECK_FALSE(nextContact({}).has_value());

    const QDate d(2024, 5, 1);
    const ScheduledContact overdueLater = made(MC::SixToEightWeek, CS::Overdue, d, d.addDays(10));
    const ScheduledContact overdueFirst = made(MC::NewBirth, CS::Overdue, d, d.addDays(5));
    const ScheduledContact dueSoon = made(MC::TwelveMonth, CS::Due, d, d.addDays(1));
    const ScheduledContact dueLater = made(MC::TwoYear, CS::Due, d, d.addDays(3));
    const ScheduledContact opensLater = made(MC::TwoYear, CS::NotYetDue, d.addDays(20), d.addDays(21));
    const ScheduledContact opensFirst = made(MC::TwelveMonth, CS::NotYetDue, d.addDays(10), d.addDays(40));
    const ScheduledContact missed = made(MC::Antenatal, CS::Missed, d.addDays(-100), d.addDays(-50));

    auto next = [](const QList<ScheduledContact>& s) { return nextContact(s)->contact; };
    // Overdue first, the earliest deadline among them, even before a Due with an earlier deadline.
    CHECK(next({missed, dueSoon, overdueLater, overdueFirst, opensFirst}) == MC::NewBirth);
    CHECK(next({missed, dueLater, overdueLater, dueSoon}) == MC::SixToEightWeek);
    // Then Due, earliest deadline.
    CHECK(next({opensFirst, dueLater, dueSoon}) == MC::TwelveMonth);
    // Then NotYetDue, earliest opening (not earliest deadline).
    CHECK(next({missed, opensLater, opensFirst}) == MC::TwelveMonth);
    // Ties go to the first in the list.
    ScheduledContact twin = dueSoon;
    twin.contact = MC::Antenatal;
    CHECK(next({twin, dueSoon}) == MC::Antenatal);
    CHECK(next({dueSoon, twin}) == MC::TwelveMonth);

    // Nothing left to do.
    const ScheduledContact done = made(MC::NewBirth, CS::DoneOnTime, d, d);
    const ScheduledContact declined = made(MC::TwelveMonth, CS::Declined, d, d);
    const ScheduledContact notApplicable = made(MC::TwoYear, CS::NotApplicable, d, d);
    CHECK_FALSE(nextContact({missed, done, declined, notApplicable}).has_value());
}

TEST_CASE("Schedule: next contact on real schedules", "[domain][schedule]")
{
    ScheduleInput in = bornOn(kBirth);
    CHECK(nextContact(computeSchedule(in, kBirth.addDays(20)))->contact == MC::NewBirth); // overdue
    in.contacts = {visit(QStringLiteral("new-birth"), kBirth.addDays(12))};
    CHECK(nextContact(computeSchedule(in, kBirth.addDays(20)))->contact == MC::SixToEightWeek); // not yet due
    CHECK(nextContact(computeSchedule(in, kBirth.addDays(45)))->contact == MC::SixToEightWeek); // due
    CHECK(nextContact(computeSchedule(expectedOn(QDate(2024, 9, 1)), QDate(2024, 3, 1)))->contact == MC::Antenatal);
    in.leftArea = kBirth.addDays(13);
    CHECK_FALSE(nextContact(computeSchedule(in, kBirth.addDays(20))).has_value());
}

// ---------------------------------------------------------------- tokens

TEST_CASE("Schedule tokens: mandated contacts round trip", "[domain][schedule][tokens]")
{
    CHECK(contactTokens() == QStringList{QStringLiteral("antenatal"), QStringLiteral("new-birth"),
                                         QStringLiteral("six-to-eight-week"), QStringLiteral("twelve-month"),
                                         QStringLiteral("two-year")});
    for (MC c : {MC::Antenatal, MC::NewBirth, MC::SixToEightWeek, MC::TwelveMonth, MC::TwoYear}) {
        REQUIRE(contactFromToken(contactToken(c)).has_value());
        CHECK(*contactFromToken(contactToken(c)) == c);
        CHECK(mandatedContactForType(contactToken(c)) == c);
        CHECK(ContactTypes::isMandated(contactToken(c)));
        CHECK_FALSE(contactDisplayName(c).isEmpty());
        CHECK(contactDisplayName(c) != contactToken(c));
    }
    CHECK(contactDisplayName(MC::NewBirth) == QStringLiteral("New birth visit"));
    // Typed on the command line: case and spaces are forgiven; stored types are exact.
    CHECK(contactFromToken(QStringLiteral(" New-Birth ")) == MC::NewBirth);
    CHECK_FALSE(mandatedContactForType(QStringLiteral("New-Birth")).has_value());
    for (const QString& unknown : {QString(), QStringLiteral("twelve-months"), QStringLiteral("additional"),
                                   QStringLiteral("6-8-week")}) {
        CHECK_FALSE(contactFromToken(unknown).has_value());
        CHECK_FALSE(mandatedContactForType(unknown).has_value());
    }
}

TEST_CASE("Schedule tokens: statuses", "[domain][schedule][tokens]")
{
    const QList<CS> all = {CS::NotYetDue, CS::Due,      CS::Overdue,  CS::Missed,
                           CS::DoneOnTime, CS::DoneLate, CS::Declined, CS::NotApplicable};
    QStringList tokens;
    QSet<QString> names;
    for (CS s : all) {
        tokens.append(statusToken(s));
        names.insert(statusDisplayName(s));
    }
    CHECK(tokens == QStringList{QStringLiteral("not-yet-due"), QStringLiteral("due"), QStringLiteral("overdue"),
                                QStringLiteral("missed"), QStringLiteral("done-on-time"), QStringLiteral("done-late"),
                                QStringLiteral("declined"), QStringLiteral("not-applicable")});
    CHECK(names.size() == all.size());
    CHECK_FALSE(names.contains(QString()));
    CHECK(statusDisplayName(CS::DoneLate) == QStringLiteral("Done late"));
}

TEST_CASE("Contact tokens: types, places and note restrictions", "[domain][schedule][tokens]")
{
    const QStringList types = ContactTypes::tokens();
    CHECK(types == QStringList{QStringLiteral("antenatal"), QStringLiteral("new-birth"),
                               QStringLiteral("six-to-eight-week"), QStringLiteral("twelve-month"),
                               QStringLiteral("two-year"), QStringLiteral("additional"), QStringLiteral("clinic"),
                               QStringLiteral("phone-video"), QStringLiteral("not-brought"), QStringLiteral("no-access")});
    QSet<QString> typeNames;
    for (const QString& t : types) {
        typeNames.insert(ContactTypes::displayName(t));
        CHECK(ContactTypes::displayName(t) != t);
        CHECK(ContactTypes::isMandated(t) == contactTokens().contains(t));
        CHECK(ContactTypes::isMissedAttempt(t) == (t == QLatin1String("not-brought") || t == QLatin1String("no-access")));
    }
    CHECK(typeNames.size() == types.size());
    CHECK(ContactTypes::displayName(QStringLiteral("home-visit")) == QStringLiteral("home-visit"));
    CHECK_FALSE(ContactTypes::isMandated(QStringLiteral("home-visit")));
    CHECK_FALSE(ContactTypes::isMissedAttempt(QString()));

    const QStringList places = ContactPlaces::tokens();
    CHECK(places == QStringList{QStringLiteral("home"), QStringLiteral("clinic"), QStringLiteral("childrens-centre"),
                                QStringLiteral("virtual")});
    for (const QString& p : places)
        CHECK(ContactPlaces::displayName(p) != p);
    CHECK(ContactPlaces::displayName(QStringLiteral("home")) == QStringLiteral("Home"));
    CHECK(ContactPlaces::displayName(QStringLiteral("garden")) == QStringLiteral("garden"));

    CHECK(NoteRestrictions::tokens() == QStringList{QStringLiteral("none"), QStringLiteral("health-visiting"),
                                                    QStringLiteral("safeguarding")});
    for (NoteRestriction r : {NoteRestriction::None, NoteRestriction::HealthVisiting, NoteRestriction::Safeguarding}) {
        CHECK(NoteRestrictions::fromToken(NoteRestrictions::token(r)) == r);
        CHECK_FALSE(NoteRestrictions::displayName(r).isEmpty());
    }
    CHECK(NoteRestrictions::displayName(NoteRestriction::HealthVisiting) == QStringLiteral("Health visiting only"));
    CHECK(NoteRestrictions::fromToken(QStringLiteral(" Safeguarding")) == NoteRestriction::Safeguarding);
    CHECK_FALSE(NoteRestrictions::fromToken(QStringLiteral("secret")).has_value());
    CHECK_FALSE(NoteRestrictions::fromToken(QString()).has_value());
}

TEST_CASE("Service level tokens and names", "[domain][schedule][tokens]")
{
    CHECK(ServiceLevels::tokens() == QStringList{QStringLiteral("your-community"), QStringLiteral("universal"),
                                                 QStringLiteral("universal-plus"),
                                                 QStringLiteral("universal-partnership-plus")});
    CHECK(ServiceLevels::displayName(QStringLiteral("your-community")) == QStringLiteral("Your Community"));
    CHECK(ServiceLevels::displayName(QStringLiteral("universal")) == QStringLiteral("Universal"));
    CHECK(ServiceLevels::displayName(QStringLiteral("universal-plus")) == QStringLiteral("Universal Plus"));
    CHECK(ServiceLevels::displayName(QStringLiteral("universal-partnership-plus"))
          == QStringLiteral("Universal Partnership Plus"));
    CHECK(ServiceLevels::displayName(QStringLiteral("targeted")) == QStringLiteral("targeted"));
    CHECK(ServiceLevels::tokens().contains(ServiceLevels::defaultLevel()));
}
