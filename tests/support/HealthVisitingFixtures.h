#pragma once

#include "TestStore.h"

#include "tandem/core/Contact.h"
#include "tandem/core/Family.h"

#include <memory>

namespace tandem::test {

inline constexpr const char* kPractitionerPassphrase = "synthetic practitioner passphrase";

// A test store with a health visitor ("hv", Amara Nwosu-Lane), a children's centre
// practitioner ("cc", Jo Pemberton-Hale) and a team lead ("lead", Priya Castellan), all with
// kPractitionerPassphrase. The clock starts at 15 Jan 2026 09:00 UTC.
class HealthVisitingStore {
public:
    HealthVisitingStore();
    TestStore& store() { return m_store; }
    ManualClock& clock() { return m_store.clock(); }
    QDate today() const { return QDate(2026, 1, 15); }
    std::unique_ptr<Session> as(const char* username); // REQUIREs success
    QString userUuid(const char* username) const;

private:
    TestStore m_store;
};

// Registers (as the given session) a household with one child born on dob, names the session's
// user (when a health visitor or lead) as named health visitor, and returns the family.
Family registerHvFamily(Session& session, const QString& given, const QString& familyName, const QDate& dob, int nhsSeed,
                        bool nameMe = true);

// A minimal valid contact draft for the family's first child.
Contact contactDraft(const Family& family, const QString& type, const QDateTime& at, const QString& place = QStringLiteral("home"));

} // namespace tandem::test
