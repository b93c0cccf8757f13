#include "tandem/services/DemoHealthVisiting.h"

#include "DemoAssessments.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/Session.h"
#include "tandem/services/VisitService.h"
#include "tandem/store/CaseloadQuery.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/Transaction.h"

#include <random>

namespace tandem {

namespace {
const char* const kOutcomes[] = {
    "Feeding well; weight on the 50th centile. Safe sleep discussed.",
    "Mother well; baby settled. Immunisations discussed; next review booked.",
    "Development on track. Talked about play, reading and screen time.",
    "Parent asked about sleep; routine agreed. Will review by phone.",
    "Growth and development reviewed; no concerns raised.",
};
const char* const kPlusReasons[] = {
    "Low mood after the birth; weekly listening visits agreed",
    "Feeding support after slow weight gain",
    "Sleep and behaviour support requested by parent",
};
const char* const kPartnershipReasons[] = {
    "Early help plan with family support and the children's centre",
    "Multi-agency support agreed at team around the family meeting",
};

struct Rng {
    std::mt19937 engine;
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(engine) < p; }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, std::max(low, high))(engine); }
    template <typename T, size_t N>
    QString pick(const T (&list)[N]) { return QString::fromUtf8(list[between(0, static_cast<int>(N) - 1)]); }
};

QString typeFor(domain::MandatedContact c)
{
    switch (c) {
    case domain::MandatedContact::Antenatal: return QStringLiteral("antenatal");
    case domain::MandatedContact::NewBirth: return QStringLiteral("new-birth");
    case domain::MandatedContact::SixToEightWeek: return QStringLiteral("six-to-eight-week");
    case domain::MandatedContact::TwelveMonth: return QStringLiteral("twelve-month");
    case domain::MandatedContact::TwoYear: return QStringLiteral("two-year");
    }
    return {};
}

// Past mandated contacts for one child: most on time, some late, a few left undone.
Result<void> pastContacts(Session& s, Rng& rng, const QString& familyUuid, const ChildSchedule& schedule)
{
    const QDate yesterday = s.today().addDays(-1);
    const QDate earliest = s.today().addDays(-700); // contacts more than two years back are refused
    for (const domain::ScheduledContact& c : schedule.contacts) {
        if (!c.opens.isValid() || c.opens > yesterday || c.estimated || c.status == domain::ContactStatus::NotApplicable)
            continue;
        if (!rng.chance(0.85)) {
            if (rng.chance(0.2) && c.status != domain::ContactStatus::Missed)
                TANDEM_TRY(ScheduleService(s).recordDecision(schedule.childUuid, c.contact, true,
                                                             QStringLiteral("Family declined; information given by phone"), yesterday));
            continue;
        }
        QDate onTimeEnd = std::min(c.dueBy, yesterday);
        if (c.contact == domain::MandatedContact::Antenatal && schedule.dateOfBirth)
            onTimeEnd = std::min(onTimeEnd, schedule.dateOfBirth->addDays(-1));
        QDate day = c.opens.addDays(rng.between(0, static_cast<int>(c.opens.daysTo(onTimeEnd))));
        if (rng.chance(0.15) && c.closes.isValid() && c.dueBy < yesterday)
            day = c.dueBy.addDays(rng.between(1, static_cast<int>(c.dueBy.daysTo(std::min(c.closes, yesterday)))));
        if (day < earliest || day > yesterday)
            continue;
        // Development reviews: an ASQ-3 at the 12-month review; the 2-2 1/2 year review is
        // mostly an integrated review, which records the contact itself.
        DemoAssessments assessments(s, rng.engine);
        if (c.contact == domain::MandatedContact::TwoYear && rng.chance(0.7)) {
            TANDEM_TRY(assessments.integratedReview(schedule.childUuid, day));
            continue;
        }
        if (c.contact == domain::MandatedContact::TwelveMonth && rng.chance(0.8))
            TANDEM_TRY(assessments.asq3(schedule.childUuid, day));
        Contact contact;
        contact.familyUuid = familyUuid;
        contact.childUuids = {schedule.childUuid};
        contact.occurredAt = QDateTime(day, QTime(rng.between(9, 16), rng.chance(0.5) ? 0 : 30));
        contact.type = typeFor(c.contact);
        contact.place = c.contact == domain::MandatedContact::TwoYear && rng.chance(0.5) ? QStringLiteral("clinic") : QStringLiteral("home");
        contact.peoplePresent = QStringLiteral("Parent and child");
        contact.durationMinutes = rng.between(30, 75);
        contact.outcome = rng.pick(kOutcomes);
        if (rng.chance(0.15))
            contact.actions << FollowUpAction{{}, QStringLiteral("Weigh again at the baby clinic"), day.addDays(14),
                                              s.user().displayName, s.user().uuid, {}, {}};
        if (rng.chance(0.08)) {
            Note note;
            note.restriction = NoteRestriction::HealthVisiting;
            note.text = QStringLiteral("Synthetic demo note: family circumstances discussed in confidence.");
            contact.notes << note;
        }
        auto logged = VisitService(s).logContact(contact);
        TANDEM_TRY(logged);
    }
    return {};
}
} // namespace

Result<int> DemoHealthVisiting::addCaseload(Session& s, int families, quint32 seed,
                                            const std::function<void(int done, int total)>& progress)
{
    store::Database& db = s.database();
    auto total = store::FamilyRepository(db).countFamilies();
    TANDEM_TRY(total);
    const int stride = std::max<qint64>(1, total.value() / std::max(1, families));
    auto chosen = store::CaseloadQuery(db).familiesWithoutNamedHv(families, static_cast<int>(stride));
    TANDEM_TRY(chosen);
    Rng rng{std::mt19937(seed)};
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    int done = 0;
    for (const QString& family : chosen.value()) {
        CareTeamService care(s);
        TANDEM_TRY(care.setNamedHealthVisitor(family, s.user().uuid));
        if (rng.chance(0.15))
            TANDEM_TRY(care.setServiceLevel(family, QStringLiteral("universal-plus"), rng.pick(kPlusReasons), s.today()));
        else if (rng.chance(0.05))
            TANDEM_TRY(care.setServiceLevel(family, QStringLiteral("universal-partnership-plus"), rng.pick(kPartnershipReasons), s.today()));
        auto schedules = ScheduleService(s).forFamily(family);
        TANDEM_TRY(schedules);
        for (const ChildSchedule& child : schedules.value())
            TANDEM_TRY(pastContacts(s, rng, family, child));
        if (rng.chance(0.08)) {
            Appointment visit;
            visit.familyUuid = family;
            visit.startsAt = QDateTime(s.today().addDays(rng.between(0, 1)), QTime(rng.between(9, 15), rng.chance(0.5) ? 0 : 30));
            visit.type = QStringLiteral("additional");
            auto next = domain::nextContact(schedules.value().isEmpty() ? QList<domain::ScheduledContact>{}
                                                                        : schedules.value().first().contacts);
            if (next && domain::isOpen(next->status))
                visit.type = typeFor(next->contact);
            visit.place = QStringLiteral("home");
            visit.durationMinutes = 60;
            visit.purpose = QStringLiteral("Review and weigh");
            TANDEM_TRY(AppointmentService(s).book(visit));
        }
        ++done;
        if (progress && (done % 50 == 0 || done == chosen.value().size()))
            progress(done, static_cast<int>(chosen.value().size()));
    }
    TANDEM_TRY(txn.value().commit());
    return done;
}

} // namespace tandem
