#include "tandem/services/NoteService.h"

#include "FamilyWriter.h"
#include "NotePolicy.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/NoteRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::NoteService", text); }
} // namespace

// Also used by VisitService for notes written at a contact.
Result<void> checkNoteWriter(const Session& session, NoteRestriction restriction)
{
    if (restriction == NoteRestriction::HealthVisiting && !session.can(Permission::WriteHealthVisitingNotes))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("tandem::NoteService",
                                                     "Only health visitors and team leads can mark a note health visiting only. "
                                                     "Choose another restriction, or ask the named health visitor to write it."));
    return {};
}

bool NoteService::canRead(const Note& note) const
{
    switch (note.restriction) {
    case NoteRestriction::None: return true;
    case NoteRestriction::HealthVisiting:
        return note.authorUserUuid == m_session.user().uuid || m_session.can(Permission::ReadHealthVisitingNotes);
    case NoteRestriction::Safeguarding:
        return note.authorUserUuid == m_session.user().uuid || m_session.can(Permission::ReadSafeguardingNotes);
    }
    return false;
}

Result<Note> NoteService::addNote(Note n)
{
    TANDEM_TRY(m_session.require(Permission::RecordContacts));
    TANDEM_TRY(checkNoteWriter(m_session, n.restriction));
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkNote(n)));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(n.familyUuid));
    if (!n.childUuid.isEmpty()) {
        auto child = store::ChildRepository(db).load(n.childUuid);
        TANDEM_TRY(child);
        if (child.value().familyUuid != n.familyUuid)
            return makeError(ErrorCode::Invalid, tr("That child is not in this household."));
    }
    n.uuid = FamilyWriter::newUuid();
    n.contactUuid.clear();
    n.authorUserUuid = m_session.user().uuid;
    n.authorName = m_session.user().displayName;
    n.writtenAt = m_session.clock().nowUtc();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::NoteRepository(db).insert(n, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(n.familyUuid, n.childUuid, QStringLiteral("note.added"),
                                                NoteRestrictions::token(n.restriction)));
    TANDEM_TRY(m_session.audit(QStringLiteral("note.create"), QStringLiteral("note"), {n.familyUuid, n.uuid}));
    TANDEM_TRY(txn.value().commit());
    n.withheld = n.restriction != NoteRestriction::None;
    if (n.withheld)
        n.text.clear(); // the caller wrote it; the result follows the listing rule all the same
    return n;
}

Result<QList<Note>> NoteService::notesForFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    return store::NoteRepository(db).forFamily(familyUuid);
}

Result<QString> NoteService::reveal(const QString& noteUuid)
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    store::NoteRepository notes(db);
    auto note = notes.load(noteUuid);
    TANDEM_TRY(note);
    if (!canRead(note.value()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("This note is restricted (%1). Your role (%2) can see that it exists, but not what it says.")
                             .arg(NoteRestrictions::displayName(note.value().restriction).toLower(),
                                  roleDisplayName(m_session.user().role)));
    auto body = notes.body(noteUuid);
    TANDEM_TRY(body);
    if (note.value().restriction != NoteRestriction::None) {
        // Reading restricted text is itself recorded, as access to confidential information.
        auto txn = store::Transaction::begin(db);
        TANDEM_TRY(txn);
        TANDEM_TRY(m_session.audit(QStringLiteral("note.read"), QStringLiteral("note"), {note.value().familyUuid, noteUuid}));
        TANDEM_TRY(txn.value().commit());
    }
    return body;
}

} // namespace tandem
