#include "tandem/domain/ContactSchedule.h"

#include "tandem/core/Contact.h"

#include <QCoreApplication>

#include <utility>

namespace tandem::domain {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::ContactSchedule", text); }

constexpr MandatedContact kAll[] = {MandatedContact::Antenatal, MandatedContact::NewBirth,
                                    MandatedContact::SixToEightWeek, MandatedContact::TwelveMonth,
                                    MandatedContact::TwoYear};

constexpr int kFullTermWeeks = 40;
constexpr int kAntenatalOpensBeforeDue = 84; // 28 weeks of a 40-week pregnancy

QString showDate(const QDate& date) { return date.toString(QStringLiteral("d MMM yyyy")); }

std::optional<QDate> validDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date : std::nullopt;
}

// The due date the antenatal window counts back from, and why it is estimated (empty if recorded).
struct DueDate {
    QDate date;
    QString estimate;
};

std::optional<DueDate> dueDate(const ScheduleInput& in)
{
    const std::optional<QDate> dob = validDate(in.dateOfBirth);
    if (const std::optional<QDate> edd = validDate(in.expectedDelivery))
        return DueDate{*edd, {}};
    if (dob && in.gestationWeeks)
        return DueDate{dob->addDays(qint64(kFullTermWeeks - *in.gestationWeeks) * 7),
                       tr("Estimated: no expected delivery date was recorded, so the due date is worked out from "
                          "the date of birth at %1 weeks of pregnancy.")
                           .arg(*in.gestationWeeks)};
    if (dob)
        return DueDate{*dob, tr("Estimated: no expected delivery date or gestation was recorded, so the window is "
                                "counted back from the date of birth.")};
    return std::nullopt;
}

ScheduledContact antenatalWindow(const DueDate& due, const std::optional<QDate>& dob)
{
    ScheduledContact s;
    s.contact = MandatedContact::Antenatal;
    s.opens = due.date.addDays(-kAntenatalOpensBeforeDue);
    // Born: the chance ends at birth. Unborn: due by the due date, never closed until the birth is known.
    s.dueBy = dob ? *dob : due.date;
    s.closes = dob ? *dob : QDate();
    s.lateBy = s.dueBy;
    s.estimated = !due.estimate.isEmpty();
    s.reason = due.estimate;
    return s;
}

// Windows of the contacts after birth, counted from day 0 (the actual or the expected birth).
ScheduledContact postnatalWindow(MandatedContact contact, const QDate& day0)
{
    ScheduledContact s;
    s.contact = contact;
    switch (contact) {
    case MandatedContact::NewBirth:
        s.opens = day0.addDays(10), s.dueBy = day0.addDays(14), s.closes = day0.addDays(41);
        break;
    case MandatedContact::SixToEightWeek:
        s.opens = day0.addDays(42), s.dueBy = day0.addDays(56), s.closes = day0.addMonths(9);
        break;
    case MandatedContact::TwelveMonth:
        s.opens = day0.addMonths(9), s.dueBy = day0.addMonths(12), s.closes = day0.addMonths(15);
        break;
    case MandatedContact::TwoYear:
        s.opens = day0.addMonths(24), s.dueBy = day0.addMonths(30), s.closes = day0.addMonths(36);
        break;
    case MandatedContact::Antenatal: break; // antenatalWindow
    }
    // Only the 12-month review has a second, later metric (by 15 months).
    s.lateBy = contact == MandatedContact::TwelveMonth ? s.closes : s.dueBy;
    return s;
}

// A contact counts from the window's opening (any time after birth for the new birth visit), and
// must fall on the right side of the birth.
bool counts(const ScheduledContact& s, const QDate& date, const std::optional<QDate>& dob)
{
    if (s.contact == MandatedContact::Antenatal)
        return date >= s.opens && (!dob || date < *dob);
    if (!dob || date < *dob)
        return false;
    return s.contact == MandatedContact::NewBirth || date >= s.opens;
}

const ScheduleContact* earliestCounting(const ScheduledContact& s, const ScheduleInput& in,
                                        const std::optional<QDate>& dob)
{
    const ScheduleContact* best = nullptr;
    for (const ScheduleContact& c : in.contacts) {
        if (!c.date.isValid() || mandatedContactForType(c.type) != s.contact || !counts(s, c.date, dob))
            continue;
        // Ties on the day go to the first in the list: callers list contacts in the order they
        // happened (time of day, then when recorded), so a second visit never takes over.
        if (!best || c.date < best->date)
            best = &c;
    }
    return best;
}

// Several decisions for one contact: the most recent one stands (later in the list on a tie).
const ScheduleExclusion* latestExclusion(MandatedContact contact, const QList<ScheduleExclusion>& exclusions)
{
    const ScheduleExclusion* latest = nullptr;
    for (const ScheduleExclusion& e : exclusions)
        if (e.contact == contact && (!latest || e.recordedOn >= latest->recordedOn))
            latest = &e;
    return latest;
}

ContactStatus byDate(const ScheduledContact& s, const QDate& today)
{
    if (today < s.opens)
        return ContactStatus::NotYetDue;
    if (today <= s.dueBy)
        return ContactStatus::Due;
    if (!s.closes.isValid() || today <= s.closes)
        return ContactStatus::Overdue;
    return ContactStatus::Missed;
}

void settle(ScheduledContact& s, const ScheduleInput& in, const std::optional<QDate>& dob, const QDate& today)
{
    if (const ScheduleContact* done = earliestCounting(s, in, dob)) {
        s.status = done->date <= s.dueBy ? ContactStatus::DoneOnTime : ContactStatus::DoneLate;
        s.doneOn = done->date;
        s.contactUuid = done->contactUuid;
        return;
    }
    if (const ScheduleExclusion* e = latestExclusion(s.contact, in.exclusions)) {
        s.status = e->declined ? ContactStatus::Declined : ContactStatus::NotApplicable;
        s.reason = e->reason;
        return;
    }
    // Born at or before 28 weeks: there never was a day an antenatal contact could count.
    if (s.contact == MandatedContact::Antenatal && dob && s.opens >= *dob) {
        s.status = ContactStatus::NotApplicable;
        s.reason = tr("Born before 28 weeks of pregnancy, so there was no antenatal contact to offer.");
        return;
    }
    // A window that had already closed before the family left stays missed: the move does not
    // rewrite what happened while they lived here.
    if (const std::optional<QDate> left = validDate(in.leftArea);
        left && *left <= today && !(dob && s.closes.isValid() && s.closes < *left)) {
        s.status = ContactStatus::NotApplicable;
        s.reason = tr("Moved out of area on %1").arg(showDate(*left));
        return;
    }
    // Contacts after birth cannot happen before it, however late the birth is recorded.
    s.status = (s.contact != MandatedContact::Antenatal && !dob) ? ContactStatus::NotYetDue : byDate(s, today);
}

} // namespace

QList<ScheduledContact> computeSchedule(const ScheduleInput& input, const QDate& today)
{
    const std::optional<QDate> dob = validDate(input.dateOfBirth);
    const std::optional<DueDate> due = dueDate(input);
    if (!due)
        return {}; // neither born nor expected: nothing to schedule from

    QList<ScheduledContact> schedule;
    for (MandatedContact contact : kAll) {
        ScheduledContact s = contact == MandatedContact::Antenatal ? antenatalWindow(*due, dob)
                                                                   : postnatalWindow(contact, dob ? *dob : due->date);
        if (contact != MandatedContact::Antenatal && !dob) {
            s.estimated = true;
            s.reason = tr("Estimated from the expected delivery date: the window is set from the date of birth once "
                          "it is recorded.");
        }
        settle(s, input, dob, today);
        schedule.append(s);
    }
    return schedule;
}

QString contactToken(MandatedContact contact)
{
    switch (contact) {
    case MandatedContact::Antenatal: return QStringLiteral("antenatal");
    case MandatedContact::NewBirth: return QStringLiteral("new-birth");
    case MandatedContact::SixToEightWeek: return QStringLiteral("six-to-eight-week");
    case MandatedContact::TwelveMonth: return QStringLiteral("twelve-month");
    case MandatedContact::TwoYear: return QStringLiteral("two-year");
    }
    return {};
}

std::optional<MandatedContact> contactFromToken(const QString& token)
{
    const QString t = token.trimmed().toLower();
    for (MandatedContact c : kAll)
        if (contactToken(c) == t)
            return c;
    return std::nullopt;
}

QStringList contactTokens()
{
    QStringList out;
    for (MandatedContact c : kAll)
        out.append(contactToken(c));
    return out;
}

// The mandated contact tokens are also contact type tokens: one translated name for both.
QString contactDisplayName(MandatedContact contact) { return ContactTypes::displayName(contactToken(contact)); }

QString statusToken(ContactStatus status)
{
    switch (status) {
    case ContactStatus::NotYetDue: return QStringLiteral("not-yet-due");
    case ContactStatus::Due: return QStringLiteral("due");
    case ContactStatus::Overdue: return QStringLiteral("overdue");
    case ContactStatus::Missed: return QStringLiteral("missed");
    case ContactStatus::DoneOnTime: return QStringLiteral("done-on-time");
    case ContactStatus::DoneLate: return QStringLiteral("done-late");
    case ContactStatus::Declined: return QStringLiteral("declined");
    case ContactStatus::NotApplicable: return QStringLiteral("not-applicable");
    }
    return {};
}

QString statusDisplayName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::NotYetDue: return tr("Not yet due");
    case ContactStatus::Due: return tr("Due");
    case ContactStatus::Overdue: return tr("Overdue");
    case ContactStatus::Missed: return tr("Missed");
    case ContactStatus::DoneOnTime: return tr("Done on time");
    case ContactStatus::DoneLate: return tr("Done late");
    case ContactStatus::Declined: return tr("Declined");
    case ContactStatus::NotApplicable: return tr("Not applicable");
    }
    return {};
}

std::optional<MandatedContact> mandatedContactForType(const QString& contactType)
{
    // Stored types are exact tokens; anything else (additional, no-access, ...) completes nothing.
    for (MandatedContact c : kAll)
        if (contactToken(c) == contactType)
            return c;
    return std::nullopt;
}

bool isOpen(ContactStatus status) { return status == ContactStatus::Due || status == ContactStatus::Overdue; }

bool dueWithinWeek(const ScheduledContact& contact, const QDate& today)
{
    const bool toDo = contact.status == ContactStatus::Due || contact.status == ContactStatus::NotYetDue;
    return toDo && contact.dueBy.isValid() && contact.dueBy >= today && contact.dueBy <= today.addDays(6);
}

std::optional<ScheduledContact> nextContact(const QList<ScheduledContact>& schedule)
{
    // Earliest by key among those with the status; the first in the list wins a tie.
    auto first = [&](ContactStatus status, QDate ScheduledContact::*key) -> const ScheduledContact* {
        const ScheduledContact* best = nullptr;
        for (const ScheduledContact& s : schedule)
            if (s.status == status && (!best || s.*key < best->*key))
                best = &s;
        return best;
    };
    for (const auto& [status, key] : {std::pair{ContactStatus::Overdue, &ScheduledContact::dueBy},
                                      std::pair{ContactStatus::Due, &ScheduledContact::dueBy},
                                      std::pair{ContactStatus::NotYetDue, &ScheduledContact::opens}})
        if (const ScheduledContact* s = first(status, key))
            return *s;
    return std::nullopt;
}

} // namespace tandem::domain
