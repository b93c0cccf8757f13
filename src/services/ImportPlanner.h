#pragma once

// Internal to BundleImportService: works out what a verified bundle would do to this store,
// reading only. The plan names every record it would create by a uuid chosen here (FamilyWriter
// may assign others; ImportApplier maps them) and every field decision, so the preview and the
// import are the same computation.

#include "ShareFields.h"

#include "tandem/core/Result.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/sharing/BundleFile.h"
#include "tandem/sharing/SharedRecord.h"
#include "tandem/store/SharedItemRepository.h"

#include <QHash>
#include <QSet>

namespace tandem::store { class Database; }

namespace tandem::importing {

struct FieldDecision {
    enum class Action { Baseline, Apply, Keep, Conflict };
    Action action = Action::Baseline;
    ShareFields::Entity entity = ShareFields::Entity::Child;
    QString entityUuid;      // local, or planned for a record the import creates
    QString childUuid;       // the child whose entry carried the value
    QString familyUuid;
    QString childName;
    QString adultName;       // for adult fields
    QString field;
    QString localValue;      // stored forms
    QString partnerValue;
    bool baselineCurrent = false; // the stored baseline already holds partnerValue
};

// The first baseline of a record the import creates: every field of it, as the partner sent it.
struct CreatedBaseline {
    QString entityUuid;      // planned
    QList<QPair<QString, QString>> values; // field key -> stored form
};

struct AdultPlan {
    sharing::SharedAdult shared;
    QString uuid;            // local, or planned when create
    bool create = false;     // a new adult of the child's household
    bool relate = false;     // relate to the child (not yet related)
};

struct ChildPlan {
    enum class Kind { New, Matched, Withdrawal };
    Kind kind = Kind::New;
    sharing::SharedChild shared;
    QString name;            // the local name when matched
    QString uuid;            // local, or planned when new
    QString familyUuid;      // local, or planned when createsFamily
    bool createsFamily = false;
    bool matchedByNhs = false;
    bool known = true;       // withdrawal: the child is in this store
    QList<AdultPlan> adults;
    QList<store::SharedItem> items; // family and child uuids may be planned
};

struct BundlePlan {
    sharing::BundleHeader header;
    sharing::SharedBundleInfo info;
    Partner partner;
    QString origin;          // "partner:<code>:<bundle uuid>"
    bool alreadyImported = false;
    QString olderThanImported;
    QList<ChildPlan> children;
    QList<FieldDecision> fields;            // for records already here
    QList<CreatedBaseline> createdBaselines; // for records the import creates: nothing to decide
    QSet<QString> created;   // planned uuids of the records the import creates

    ImportPreview preview() const;
};

class ImportPlanner {
public:
    explicit ImportPlanner(store::Database& db) : m_db(db) {}

    // Invalid error for content that cannot be applied (a child with no date, an NHS number twice).
    Result<BundlePlan> plan(const sharing::BundleHeader& header, const sharing::SharedBundleInfo& info,
                            const QList<sharing::SharedChild>& children, const Partner& partner);

private:
    Result<void> planChild(BundlePlan& plan, const sharing::SharedChild& shared);
    Result<void> planWithdrawal(BundlePlan& plan, const sharing::SharedChild& shared);
    // The live local child a partner id is linked to (following a merge), or empty.
    Result<QString> linkedChild(const QString& remoteId) const;
    Result<void> planAdults(ChildPlan& child, bool childIsNew);
    Result<void> compare(BundlePlan& plan, const ChildPlan& child, ShareFields::Entity entity, const QString& entityUuid,
                         bool created, const sharing::SharedAdult* adult);
    void baselineCreated(BundlePlan& plan, const ChildPlan& child, ShareFields::Entity entity, const QString& entityUuid,
                         const sharing::SharedAdult* adult);

    store::Database& m_db;
    // Records planned so far in this bundle: partner adult id -> (adult uuid, family uuid).
    QHash<QString, QPair<QString, QString>> m_plannedAdults;
    QHash<QString, QString> m_plannedChildren; // partner child id -> planned uuid
    QSet<QString> m_plannedNhs;
    QSet<QString> m_decided;                   // entity uuid + field already decided
    QSet<QString> m_baselined;                 // created records whose baseline is planned
    QSet<QString> m_createdEntities;           // planned uuids of records the import creates
    QHash<QString, QString> m_links;           // the sender's links, read once: remote id -> local uuid
    QSet<QString> m_linkedLocal;               // their local uuids
};

} // namespace tandem::importing
