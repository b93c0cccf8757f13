#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Result.h"

namespace tandem {

class Session;

// Notes on the family record, restricted by profession. The rules live here and nowhere else:
// - Writing: anyone who can edit families may write an unrestricted or safeguarding note;
//   only health visitors and team leads may mark a note health-visiting-only.
// - Reading: lists never carry restricted text (Note::withheld is set, Note::text empty), so
//   no export, report or command-line listing can leak it. reveal() returns the text of one
//   note to a reader allowed to read it, and audits the read ("note.read").
// - Allowed readers: the author; for health-visiting notes, health visitors and team leads;
//   for safeguarding notes, health visitors and team leads. Administrators and children's
//   centre practitioners see that the note exists, its date and author, never its text.
class NoteService {
public:
    explicit NoteService(Session& session) : m_session(session) {}

    // A note on the household (childUuid empty) or one child. Timeline event "note.added"
    // (detail: restriction display name only) and audit "note.create".
    Result<Note> addNote(Note draft);

    // Newest first, including notes written at contacts.
    Result<QList<Note>> notesForFamily(const QString& familyUuid) const;

    // Whether the signed-in user may read this note's text.
    bool canRead(const Note& note) const;
    // The full text; PermissionDenied (naming the restriction) for a reader who may not.
    Result<QString> reveal(const QString& noteUuid);

private:
    Session& m_session;
};

} // namespace tandem
