#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::domain {

// The five mandated Healthy Child Programme contacts (DOMAIN.md).
enum class MandatedContact { Antenatal, NewBirth, SixToEightWeek, TwelveMonth, TwoYear };

enum class ContactStatus {
    NotYetDue,     // today is before the window opens
    Due,           // window open, deadline not passed
    Overdue,       // deadline passed, still worth doing (window not closed)
    Missed,        // the window closed without the contact (e.g. no antenatal contact before birth)
    DoneOnTime,
    DoneLate,
    Declined,      // the family declined; reason recorded
    NotApplicable, // with a reason, e.g. moved out of area, baby still in hospital
};

// A recorded contact of a mandated type that covered the child.
struct ScheduleContact {
    QString contactUuid;
    QString type; // ContactTypes token
    QDate date;
};

// A decision recorded for one mandated contact of one child.
struct ScheduleExclusion {
    MandatedContact contact;
    bool declined = false; // false: not applicable
    QString reason;
    QDate recordedOn;
};

struct ScheduleInput {
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDelivery; // used for the antenatal window
    std::optional<int> gestationWeeks;     // at birth; estimates the due date when none was recorded
    std::optional<QDate> leftArea;         // the family moved out of the area on this day
    QList<ScheduleContact> contacts;       // in the order they happened; only mandated types matter
    QList<ScheduleExclusion> exclusions;
};

// One mandated contact for one child, with its window and where it stands today.
struct ScheduledContact {
    MandatedContact contact;
    QDate opens;    // first day a contact counts (practice timing)
    QDate dueBy;    // last day it counts as on time (national metric)
    QDate lateBy;   // for the 12-month review: last day it still counts in the 15-month metric; else == dueBy
    QDate closes;   // after this day an undone contact is Missed
    ContactStatus status = ContactStatus::NotYetDue;
    std::optional<QDate> doneOn;
    QString contactUuid; // the contact that completed it
    QString reason;      // for Declined / NotApplicable, or why a window is estimated
    bool estimated = false; // window estimated (e.g. antenatal from a date of birth without a due date)
};

// Windows, all inclusive, day 0 = date of birth (chronological age; contacts are not corrected
// for prematurity):
//  antenatal: opens at 28 weeks of pregnancy (due date - 84 days), due by and closes at birth
//             (unborn: due by the due date, then Overdue until the birth is recorded);
//             due date = expectedDelivery, else date of birth + (40 - gestation) weeks, else
//             the date of birth (estimated);
//  new birth: opens day 10, due by day 14, closes day 41; a visit from day 0 counts (the metric is
//             "within 14 days");
//  6-8 week: opens day 42, due by day 56 (8 weeks), closes at 9 months;
//  12 month: opens at 9 months, due by 12 months, late-counted by 15 months, closes at 15 months;
//  2-2 1/2 year: opens at 24 months, due by 30 months, closes at 36 months.
// The earliest matching contact on or after the opening day (day 0 for the new birth visit)
// completes it; before the window it does not count. A completed contact stays completed
// whatever else happens. Otherwise an exclusion applies (Declined / NotApplicable). Otherwise,
// if the family left the area, the contact is NotApplicable ("Moved out of area on ...") unless its
// window had already closed before they left (then it stays Missed). Else
// the status follows from today against the window.
// A baby born at or before 28 weeks never had an antenatal window: NotApplicable with a reason.
// Unborn, the four contacts after birth get windows estimated from the due date and stay
// NotYetDue. With neither a date of birth nor a due date the schedule is empty.
[[nodiscard]] QList<ScheduledContact> computeSchedule(const ScheduleInput& input, const QDate& today);

// Tokens as stored and used on the command line.
QString contactToken(MandatedContact contact);  // "antenatal", "new-birth", "six-to-eight-week", "twelve-month", "two-year"
std::optional<MandatedContact> contactFromToken(const QString& token);
QStringList contactTokens();
QString contactDisplayName(MandatedContact contact); // translated: "New birth visit"
QString statusToken(ContactStatus status);  // "not-yet-due", "due", "overdue", "missed", "done-on-time", "done-late", "declined", "not-applicable"
QString statusDisplayName(ContactStatus status); // translated
// The mandated contact a contact type completes, if any.
std::optional<MandatedContact> mandatedContactForType(const QString& contactType);

bool isOpen(ContactStatus status); // Due or Overdue: something to do
// Deadline falls within the 7 days starting today and the contact is still to do.
bool dueWithinWeek(const ScheduledContact& contact, const QDate& today);

// The contact to act on next: the first Overdue (earliest deadline), else the first Due,
// else the first NotYetDue (earliest opening). None when nothing is left to do.
[[nodiscard]] std::optional<ScheduledContact> nextContact(const QList<ScheduledContact>& schedule);

} // namespace tandem::domain
