#include "tandem/services/AppointmentService.h"

#include "FamilyWriter.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/AppointmentRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::AppointmentService", text); }
constexpr int kMaxPurpose = 500;
} // namespace

Result<Appointment> AppointmentService::book(Appointment a)
{
    TANDEM_TRY(m_session.require(Permission::RecordContacts));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(a.familyUuid));
    a.purpose = a.purpose.simplified();
    if (!a.startsAt.isValid())
        return makeError(ErrorCode::Invalid, tr("Give the date and time of the visit."));
    if (a.startsAt.date() < m_session.today())
        return makeError(ErrorCode::Invalid, tr("A visit cannot be booked for a day that has passed; log it as a contact instead."));
    if (!ContactTypes::tokens().contains(a.type))
        return makeError(ErrorCode::Invalid, tr("Choose the type of visit: %1.").arg(ContactTypes::tokens().join(QStringLiteral(", "))));
    if (ContactTypes::isMissedAttempt(a.type))
        return makeError(ErrorCode::Invalid, tr("A planned visit cannot be booked as %1.").arg(ContactTypes::displayName(a.type).toLower()));
    if (!ContactPlaces::tokens().contains(a.place))
        return makeError(ErrorCode::Invalid, tr("Choose where the visit is: %1.").arg(ContactPlaces::tokens().join(QStringLiteral(", "))));
    if (a.durationMinutes < 5 || a.durationMinutes > domain::ContactRules::kMaxDurationMinutes)
        return makeError(ErrorCode::Invalid, tr("Plan between 5 and %1 minutes.").arg(domain::ContactRules::kMaxDurationMinutes));
    if (a.purpose.size() > kMaxPurpose)
        return makeError(ErrorCode::Invalid, tr("Keep the purpose to %1 characters; put detail in a note.").arg(kMaxPurpose));
    auto children = store::ChildRepository(db).forFamily(a.familyUuid);
    TANDEM_TRY(children);
    for (const QString& uuid : a.childUuids)
        if (std::none_of(children.value().cbegin(), children.value().cend(), [&](const Child& c) { return c.uuid == uuid; }))
            return makeError(ErrorCode::Invalid, tr("One of the children chosen is not in this household."));
    if (a.practitionerUserUuid.isEmpty())
        a.practitionerUserUuid = m_session.user().uuid;
    if (a.practitionerUserUuid != m_session.user().uuid) {
        TANDEM_TRY(m_session.require(Permission::ViewTeamCaseload));
        auto user = store::UserRepository(db).findByUuid(a.practitionerUserUuid);
        TANDEM_TRY(user);
        if (!user.value() || !user.value()->active)
            return makeError(ErrorCode::Invalid, tr("The practitioner is not an active user of this store."));
        a.practitionerName = user.value()->displayName;
    } else {
        a.practitionerName = m_session.user().displayName;
    }
    a.uuid = FamilyWriter::newUuid();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::AppointmentRepository(db).insert(a, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(a.familyUuid, {}, QStringLiteral("appointment.booked"), a.type));
    TANDEM_TRY(m_session.audit(QStringLiteral("appointment.book"), QStringLiteral("appointment"), {a.familyUuid, a.uuid}));
    TANDEM_TRY(txn.value().commit());
    return a;
}

Result<void> AppointmentService::cancel(const QString& appointmentUuid, const QString& reasonIn)
{
    TANDEM_TRY(m_session.require(Permission::RecordContacts));
    QString reason = reasonIn;
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkReason(reason, QStringLiteral("appointment.cancelReason"))));
    store::Database& db = m_session.database();
    store::AppointmentRepository appointments(db);
    auto a = appointments.load(appointmentUuid);
    TANDEM_TRY(a);
    if (a.value().status != QLatin1String("booked"))
        return makeError(ErrorCode::Invalid, a.value().status == QLatin1String("done") ? tr("This visit already took place; it cannot be cancelled.")
                                                                                       : tr("This visit was already cancelled."));
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(appointments.cancel(appointmentUuid, reason, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(a.value().familyUuid, {}, QStringLiteral("appointment.cancelled"), a.value().type));
    TANDEM_TRY(m_session.audit(QStringLiteral("appointment.cancel"), QStringLiteral("appointment"), {a.value().familyUuid, appointmentUuid}));
    return txn.value().commit();
}

Result<QList<Appointment>> AppointmentService::upcomingForFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    return store::AppointmentRepository(db).forFamilyFrom(familyUuid, m_session.today());
}

} // namespace tandem
