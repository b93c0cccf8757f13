#pragma once

#include "tandem/core/ChildSummary.h"
#include "tandem/core/Family.h"
#include "tandem/core/Involvement.h"
#include "tandem/core/Timeline.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// What a registration would collide with.
struct DuplicateCheck {
    std::optional<ChildSummary> sameNhsNumber; // blocks the registration
    QList<ChildSummary> similarNames;          // same date of birth, similar name: warn

    bool blocked() const { return sameNhsNumber.has_value(); }
    bool needsConfirmation() const { return !similarNames.isEmpty(); }
};

// Everything the record screen shows, loaded in one go.
struct FamilyRecord {
    Family family;                  // current address, adults, children and relationships
    QList<AddressChange> addresses; // newest first; the first is the current address
    QList<Involvement> involved;    // active first, then ended; key worker first
    QList<TimelineEvent> timeline;  // newest first
    QString keyWorkerName;
};

struct WriteOptions {
    // The user has seen the similar-name warning and confirms this is a different child.
    bool confirmedNotDuplicate = false;
};

} // namespace tandem
