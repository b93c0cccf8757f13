#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

namespace tandem {

class Session;

// Registering and changing family records. Every method checks the user's permission,
// validates with domain::RecordRules, writes in one transaction with its audit entry and
// timeline event, and keeps the search index in step. Errors change nothing.
class FamilyService {
public:
    explicit FamilyService(Session& session) : m_session(session) {}

    // NHS number already held -> blocked; same date of birth and similar name -> warning.
    // ignoreChildUuid skips the record being edited.
    Result<DuplicateCheck> checkDuplicates(const Child& draft, const QString& ignoreChildUuid = {}) const;

    // Registers a household with its adults and children (born or unborn). Uuids are
    // assigned here. Errors: Invalid (first problem named, with how many more), Conflict
    // (an NHS number already held: names the existing child), NeedsConfirmation (a similar
    // child exists and options.confirmedNotDuplicate is false: names the candidate).
    Result<Family> registerFamily(Family draft, const WriteOptions& options = {});

    // A new child in an existing household; every adult with parental responsibility for
    // the family's other children is recorded as the same relationship to this child.
    Result<Child> addChild(const QString& familyUuid, Child draft, const WriteOptions& options = {});
    // A new adult, related to every current child of the household.
    Result<Person> addAdult(const QString& familyUuid, Person draft);

    // Records a move: the new address becomes current, the old one stays in the history.
    Result<void> changeAddress(const QString& familyUuid, Address address, const QDate& movedIn);

    // Ward, children's centre, language, interpreter, accessibility needs and key worker.
    // family.meta.version must be the version the user started from, else Conflict.
    Result<void> updateHousehold(const Family& family);
    // Child's details; child.meta.version as above. NHS number duplicate rules apply.
    Result<Child> updateChild(Child child, const WriteOptions& options = {});

    Result<Involvement> addInvolvement(const QString& familyUuid, Involvement involvement);
    Result<void> endInvolvement(const QString& involvementUuid, const QDate& until);

private:
    Session& m_session;
};

} // namespace tandem
