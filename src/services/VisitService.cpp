#include "tandem/services/VisitService.h"

#include "FamilyWriter.h"
#include "NotePolicy.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/AppointmentRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ContactRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/NoteRepository.h"
#include "tandem/store/Transaction.h"

#include <QHash>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::VisitService", text); }

// Notes written at each contact, from the family's notes (restricted text already withheld).
void attachNotes(QList<Contact>& contacts, const QList<Note>& notes)
{
    QHash<QString, Contact*> byUuid;
    for (Contact& c : contacts)
        byUuid.insert(c.uuid, &c);
    for (const Note& n : notes)
        if (Contact* c = byUuid.value(n.contactUuid))
            c->notes << n;
}
} // namespace

Result<Contact> VisitService::logContact(Contact c, const QString& appointmentUuid)
{
    TANDEM_TRY(m_session.require(ContactTypes::isMandated(c.type) ? Permission::RecordMandatedContacts : Permission::RecordContacts));
    for (const Note& n : c.notes)
        TANDEM_TRY(checkNoteWriter(m_session, n.restriction));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(c.familyUuid));
    auto children = store::ChildRepository(db).forFamily(c.familyUuid);
    TANDEM_TRY(children);
    const QDateTime now = m_session.clock().nowUtc().toLocalTime();
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkContact(c, children.value(), now)));

    auto practitioner = FamilyWriter(m_session).practitionerName(c.practitionerUserUuid);
    TANDEM_TRY(practitioner);
    c.practitionerName = practitioner.value();

    store::AppointmentRepository appointments(db);
    if (!appointmentUuid.isEmpty()) {
        auto appointment = appointments.load(appointmentUuid);
        TANDEM_TRY(appointment);
        if (appointment.value().familyUuid != c.familyUuid || appointment.value().status != QLatin1String("booked"))
            return makeError(ErrorCode::Invalid, tr("That planned visit is not an open booking for this family."));
    }

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    c.uuid = FamilyWriter::newUuid();
    for (FollowUpAction& a : c.actions)
        a.uuid = FamilyWriter::newUuid();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ContactRepository(db).insert(c, actor, at));
    store::NoteRepository notes(db);
    for (Note& n : c.notes) {
        n.uuid = FamilyWriter::newUuid();
        n.familyUuid = c.familyUuid;
        n.contactUuid = c.uuid;
        n.childUuid = c.childUuids.size() == 1 ? c.childUuids.first() : QString();
        n.authorUserUuid = actor;
        n.authorName = m_session.user().displayName;
        n.writtenAt = m_session.clock().nowUtc();
        TANDEM_TRY(notes.insert(n, actor, at));
    }
    FamilyWriter writer(m_session);
    const QDateTime occurred = c.occurredAt.toUTC();
    for (const QString& child : c.childUuids)
        TANDEM_TRY(writer.timeline(c.familyUuid, child, QStringLiteral("contact.") + c.type, c.place, occurred));
    if (!appointmentUuid.isEmpty())
        TANDEM_TRY(appointments.markDone(appointmentUuid, c.uuid, actor, at));
    QStringList ids{c.familyUuid, c.uuid};
    ids << c.childUuids;
    TANDEM_TRY(m_session.audit(QStringLiteral("contact.create"), QStringLiteral("contact"), ids));
    TANDEM_TRY(txn.value().commit());

    // Hand back what any reader would see: restricted text stays in the store.
    for (Note& n : c.notes) {
        n.withheld = n.restriction != NoteRestriction::None;
        if (n.withheld)
            n.text.clear();
    }
    return c;
}

Result<QList<Contact>> VisitService::contactsForFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    auto contacts = store::ContactRepository(db).forFamily(familyUuid);
    TANDEM_TRY(contacts);
    auto notes = store::NoteRepository(db).forFamily(familyUuid);
    TANDEM_TRY(notes);
    attachNotes(contacts.value(), notes.value());
    return contacts;
}

Result<QList<Contact>> VisitService::contactsForChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto child = store::ChildRepository(db).load(childUuid);
    TANDEM_TRY(child);
    auto contacts = store::ContactRepository(db).forChild(childUuid);
    TANDEM_TRY(contacts);
    auto notes = store::NoteRepository(db).forFamily(child.value().familyUuid);
    TANDEM_TRY(notes);
    attachNotes(contacts.value(), notes.value());
    return contacts;
}

Result<Contact> VisitService::contact(const QString& contactUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto contact = store::ContactRepository(db).load(contactUuid);
    TANDEM_TRY(contact);
    auto notes = store::NoteRepository(db).forFamily(contact.value().familyUuid);
    TANDEM_TRY(notes);
    QList<Contact> one{contact.value()};
    attachNotes(one, notes.value());
    return one.first();
}

Result<void> VisitService::completeAction(const QString& actionUuid, const QDate& doneOn)
{
    TANDEM_TRY(m_session.require(Permission::RecordContacts));
    store::Database& db = m_session.database();
    store::ContactRepository contacts(db);
    auto row = contacts.loadAction(actionUuid);
    TANDEM_TRY(row);
    if (row.value().action.doneOn)
        return makeError(ErrorCode::Invalid, tr("This action was already marked done on %1.")
                                                 .arg(row.value().action.doneOn->toString(QStringLiteral("d MMM yyyy"))));
    if (!doneOn.isValid() || doneOn > m_session.today() || doneOn < row.value().contactDate)
        return makeError(ErrorCode::Invalid, tr("The date it was done must be between the contact (%1) and today.")
                                                 .arg(row.value().contactDate.toString(QStringLiteral("d MMM yyyy"))));
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(contacts.completeAction(actionUuid, doneOn, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(m_session.audit(QStringLiteral("action.complete"), QStringLiteral("follow_up_action"),
                               {row.value().familyUuid, actionUuid}));
    return txn.value().commit();
}

} // namespace tandem
