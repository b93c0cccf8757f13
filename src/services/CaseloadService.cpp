#include "tandem/services/CaseloadService.h"

#include "AssessmentFlags.h"
#include "ConsentFlags.h"
#include "ScheduleInputs.h"
#include "tandem/domain/ConsentRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/AppointmentRepository.h"
#include "tandem/store/AssessmentRepository.h"
#include "tandem/store/CaseloadQuery.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ContactRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/ScheduleRepository.h"
#include "tandem/store/ServiceLevelRepository.h"
#include "tandem/store/UserRepository.h"

#include <algorithm>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::CaseloadService", text); }

// Same order as domain::nextContact, applied across the household's children.
std::pair<int, QDate> urgency(const domain::ScheduledContact& s)
{
    if (s.status == domain::ContactStatus::Overdue)
        return {0, s.dueBy};
    if (s.status == domain::ContactStatus::Due)
        return {1, s.dueBy};
    return {2, s.opens};
}

void summarise(CaseloadEntry& e, const QDate& today)
{
    for (const CaseloadChild& c : e.children) {
        for (const domain::ScheduledContact& s : c.schedule) {
            if (s.status == domain::ContactStatus::Overdue)
                ++e.overdueCount;
            if (domain::dueWithinWeek(s, today))
                e.dueThisWeek = true;
        }
        e.flagCount += static_cast<int>(c.flags.size());
        const auto next = domain::nextContact(c.schedule);
        if (next && (!e.next || urgency(*next) < urgency(*e.next))) {
            e.next = next;
            e.nextChildUuid = c.uuid;
            e.nextChildName = c.name;
        }
    }
}

// Overdue first (earliest deadline), then by the next deadline, then by name.
bool before(const CaseloadEntry& a, const CaseloadEntry& b)
{
    const bool ao = a.overdueCount > 0, bo = b.overdueCount > 0;
    if (ao != bo)
        return ao;
    const QDate ad = a.next ? a.next->dueBy : QDate(9999, 12, 31);
    const QDate bd = b.next ? b.next->dueBy : QDate(9999, 12, 31);
    if (ad != bd)
        return ad < bd;
    return a.familyName.localeAwareCompare(b.familyName) < 0;
}

bool passes(const CaseloadEntry& e, const CaseloadFilter& f)
{
    if (!f.serviceLevel.isEmpty() && e.serviceLevel != f.serviceLevel)
        return false;
    if (f.overdueOnly && e.overdueCount == 0)
        return false;
    if (f.dueThisWeek && !e.dueThisWeek)
        return false;
    if (f.flaggedOnly && e.flagCount == 0)
        return false;
    return true;
}
} // namespace

Result<QList<User>> CaseloadService::caseloadHolders() const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto users = store::UserRepository(m_session.database()).list(false);
    TANDEM_TRY(users);
    QList<User> out;
    for (const User& u : users.value())
        if (u.active && (u.role == Role::HealthVisitor || u.role == Role::TeamLead))
            out << u;
    return out;
}

Result<Caseload> CaseloadService::caseload(const CaseloadFilter& filter) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    const QString worker = filter.workerUserUuid.isEmpty() ? m_session.user().uuid : filter.workerUserUuid;
    if (worker != m_session.user().uuid)
        TANDEM_TRY(m_session.require(Permission::ViewTeamCaseload));
    if (!filter.serviceLevel.isEmpty() && !ServiceLevels::tokens().contains(filter.serviceLevel))
        return makeError(ErrorCode::Invalid,
                         tr("Unknown service level \"%1\"; use one of %2.").arg(filter.serviceLevel, ServiceLevels::tokens().join(QStringLiteral(", "))));
    store::Database& db = m_session.database();
    auto user = store::UserRepository(db).findByUuid(worker);
    TANDEM_TRY(user);
    if (!user.value())
        return makeError(ErrorCode::NotFound, tr("No such user in this store."));

    const QDate today = m_session.today();
    store::CaseloadQuery query(db);
    auto families = query.families(worker, today);
    TANDEM_TRY(families);
    auto children = query.children(worker);
    TANDEM_TRY(children);
    auto last = query.lastContacts(worker);
    TANDEM_TRY(last);
    store::ScheduleRepository schedule(db);
    ScheduleSource source;
    auto contacts = schedule.contactsForWorker(worker);
    TANDEM_TRY(contacts);
    source.contacts = std::move(contacts.value());
    auto decisions = schedule.decisionsForWorker(worker);
    TANDEM_TRY(decisions);
    source.decisions = std::move(decisions.value());
    auto levels = store::ServiceLevelRepository(db).currentForWorker(worker);
    TANDEM_TRY(levels);
    auto appointments = store::AppointmentRepository(db).nextForWorkerFamilies(worker, today);
    TANDEM_TRY(appointments);
    auto openFollowUps = store::AssessmentRepository(db).openFollowUpsForWorker(worker);
    TANDEM_TRY(openFollowUps);
    QHash<QString, QList<store::OpenFollowUpRow>> followUpsByChild;
    for (const store::OpenFollowUpRow& row : openFollowUps.value())
        followUpsByChild[row.childUuid] << row;
    // Consents due for review within the warning window; ConsentRules has the last word per child.
    auto expiring = query.consentsForReview(worker, today, today.addDays(domain::ConsentRules::kExpiryWarningDays), today);
    TANDEM_TRY(expiring);
    QHash<QString, QList<Consent>> consentsByFamily;
    for (const Consent& c : expiring.value())
        consentsByFamily[c.familyUuid] << c;

    Caseload out;
    out.workerUserUuid = worker;
    out.workerName = user.value()->displayName;
    out.today = today;
    out.familiesHeld = static_cast<int>(families.value().size());
    QHash<QString, qsizetype> index;
    QList<CaseloadEntry> entries;
    entries.reserve(families.value().size());
    for (const store::CaseloadFamilyRow& f : families.value()) {
        index.insert(f.uuid, entries.size());
        CaseloadEntry e;
        e.familyUuid = f.uuid;
        e.addressLine = f.addressLine;
        e.postcode = f.postcode;
        e.serviceLevel = levels.value().value(f.uuid, ServiceLevels::defaultLevel());
        if (last.value().contains(f.uuid))
            e.lastContact = last.value().value(f.uuid);
        if (appointments.value().contains(f.uuid))
            e.nextAppointment = appointments.value().value(f.uuid);
        entries << e;
    }
    for (const store::CaseloadChildRow& c : children.value()) {
        const auto at = index.find(c.familyUuid);
        if (at == index.end())
            continue; // household moved away
        CaseloadChild child{c.uuid, c.givenName + QLatin1Char(' ') + c.familyName, c.dateOfBirth, c.expectedDelivery, {}, {}};
        child.schedule = domain::computeSchedule(
            scheduleInput(c.dateOfBirth, c.expectedDelivery, c.gestationWeeks, std::nullopt, c.uuid, source), today);
        child.flags = assessmentFlags(child.schedule, followUpsByChild.value(c.uuid));
        if (const auto consents = consentsByFamily.constFind(c.familyUuid); consents != consentsByFamily.cend())
            child.flags << consentFlags(c.uuid, c.familyUuid, *consents, today);
        CaseloadEntry& entry = entries[*at];
        entry.children << child;
        if (!entry.familyName.split(QStringLiteral(" / ")).contains(c.familyName))
            entry.familyName = entry.familyName.isEmpty() ? c.familyName : entry.familyName + QStringLiteral(" / ") + c.familyName;
    }
    for (CaseloadEntry& e : entries) {
        summarise(e, today);
        if (passes(e, filter))
            out.entries << e;
    }
    std::sort(out.entries.begin(), out.entries.end(), before);
    return out;
}

Result<DayPlan> CaseloadService::dayPlan(const QDate& date, const QString& workerUserUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    const QString worker = workerUserUuid.isEmpty() ? m_session.user().uuid : workerUserUuid;
    if (worker != m_session.user().uuid)
        TANDEM_TRY(m_session.require(Permission::ViewTeamCaseload));
    if (!date.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the day to plan."));
    store::Database& db = m_session.database();
    auto user = store::UserRepository(db).findByUuid(worker);
    TANDEM_TRY(user);
    if (!user.value())
        return makeError(ErrorCode::NotFound, tr("No such user in this store."));
    auto appointments = store::AppointmentRepository(db).forPractitionerOn(worker, date);
    TANDEM_TRY(appointments);

    DayPlan plan{worker, user.value()->displayName, date, {}};
    store::FamilyRepository families(db);
    store::ScheduleRepository schedule(db);
    for (const Appointment& a : appointments.value()) {
        DayPlanVisit v;
        v.appointment = a;
        auto family = families.load(a.familyUuid);
        if (!family.ok())
            continue; // the household was deleted after the booking
        v.address = family.value().address;
        v.mainLanguage = family.value().mainLanguage;
        v.interpreterNeeded = family.value().interpreterNeeded;
        v.accessibilityNeeds = family.value().accessibilityNeeds;
        auto care = families.careRow(a.familyUuid);
        TANDEM_TRY(care);
        auto levels = store::ServiceLevelRepository(db).history(a.familyUuid);
        TANDEM_TRY(levels);
        v.serviceLevel = levels.value().isEmpty() ? ServiceLevels::defaultLevel() : levels.value().first().level;
        auto people = store::PersonRepository(db).forFamily(a.familyUuid);
        TANDEM_TRY(people);
        auto relationships = store::PersonRepository(db).relationshipsForFamily(a.familyUuid);
        TANDEM_TRY(relationships);
        for (const Person& p : people.value()) {
            const bool responsible = std::any_of(relationships.value().cbegin(), relationships.value().cend(),
                                                 [&](const Relationship& r) { return r.personUuid == p.uuid && r.parentalResponsibility; });
            if (responsible && !p.phone.isEmpty())
                v.phoneNumbers << QStringLiteral("%1 %2: %3").arg(p.givenName, p.familyName, p.phone);
        }
        ScheduleSource source;
        auto contacts = schedule.contactsForFamily(a.familyUuid);
        TANDEM_TRY(contacts);
        source.contacts = contacts.value();
        auto decisions = schedule.decisionsForFamily(a.familyUuid);
        TANDEM_TRY(decisions);
        source.decisions = decisions.value();
        auto children = store::ChildRepository(db).forFamily(a.familyUuid);
        TANDEM_TRY(children);
        QStringList surnames;
        for (const Child& c : children.value()) {
            if (!surnames.contains(c.familyName))
                surnames << c.familyName;
            if (!a.childUuids.isEmpty() && !a.childUuids.contains(c.uuid))
                continue;
            const ChildSchedule s = childSchedule(c, care.value().leftArea, source, date);
            v.children << CaseloadChild{c.uuid, s.childName, c.dateOfBirth, c.expectedDeliveryDate, s.contacts, {}};
        }
        v.familyName = surnames.join(QStringLiteral(" / "));
        auto actions = store::ContactRepository(db).openActions(a.familyUuid);
        TANDEM_TRY(actions);
        v.openActions = actions.value();
        auto last = store::ContactRepository(db).forFamily(a.familyUuid);
        TANDEM_TRY(last);
        for (const Contact& c : last.value())
            if (!ContactTypes::isMissedAttempt(c.type) && c.occurredAt.date() < date) {
                v.lastContact = c.occurredAt.date();
                break;
            }
        plan.visits << v;
    }
    return plan;
}

} // namespace tandem
