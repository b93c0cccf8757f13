#pragma once

// Internal to the services: reads what a share decision allows for one child from the store
// into the neutral SharedChild form. Everything a category does not cover stays behind; notes
// are never read at all.

#include "tandem/core/Result.h"
#include "tandem/domain/ConsentRules.h"
#include "tandem/sharing/SharedRecord.h"

#include <QHash>

namespace tandem::store {
class Database;
}

namespace tandem {

class ShareGatherer {
public:
    ShareGatherer(store::Database& db, const QDate& today) : m_db(db), m_today(today) {}

    // consents/decisions: the child's records named by the decision (others are ignored).
    Result<sharing::SharedChild> gather(const Child& child, const Family& family, const domain::ShareDecision& decision,
                                        const QList<Consent>& consents, const QList<SafeguardingDecision>& decisions);
    // The minimum identification plus the withdrawn consents: the partner removes its copy.
    sharing::SharedChild withdrawalNotice(const Child& child, const QList<Consent>& withdrawn, const QString& partnerCode);

private:
    Result<void> addContactsAndPlan(sharing::SharedChild& out, const Child& child, const Family& family, bool contacts, bool plan);
    Result<void> addAssessments(sharing::SharedChild& out, const Child& child, bool assessments, bool eyfs);

    store::Database& m_db;
    QDate m_today;
};

} // namespace tandem
