#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Notes. Listing never reads the body column of a restricted note, so restricted text cannot
// leave the store by accident; NoteService decides who may call body().
class NoteRepository {
public:
    explicit NoteRepository(Database& db) : m_db(db) {}

    Result<void> insert(Note& note, const QString& actor, const QString& at);
    // Newest first. Unrestricted notes carry their text; restricted ones have withheld = true.
    Result<QList<Note>> forFamily(const QString& familyUuid) const;
    Result<Note> load(const QString& noteUuid) const; // as forFamily: restricted text withheld
    Result<QString> body(const QString& noteUuid) const;

private:
    Database& m_db;
};

} // namespace tandem::store
