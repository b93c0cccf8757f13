#pragma once

// Internal to the services: who may write a note with a given restriction. Defined in
// NoteService.cpp; VisitService applies it to notes written at a contact.

#include "tandem/core/Contact.h"
#include "tandem/core/Result.h"

namespace tandem {
class Session;
Result<void> checkNoteWriter(const Session& session, NoteRestriction restriction);
} // namespace tandem
