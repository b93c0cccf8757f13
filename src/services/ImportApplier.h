#pragma once

// Internal to BundleImportService: writes a BundlePlan inside the caller's transaction, through
// the same repositories and FamilyWriter steps as a practitioner's own changes (versions,
// timeline). The search index is refreshed once at the end, and the caller writes one audit
// entry for the bundle naming every record in ApplyOutcome::touched.

#include "ImportPlanner.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tandem { class Session; }

namespace tandem::importing {

struct ApplyOutcome {
    QStringList touched;        // uuids of records created or changed (relationships too), items and conflicts
    QStringList families;       // households that received data (real uuids), in bundle order
    int itemsRemoved = 0;       // by withdrawals
};

class ImportApplier {
public:
    explicit ImportApplier(Session& session) : m_session(session) {}

    Result<ApplyOutcome> apply(const BundlePlan& plan);

    // Writes partner values into one record (one update through its repository), refreshes the
    // search index and puts a "share.changed" event per field on the family's timeline.
    Result<void> writeFields(ShareFields::Entity entity, const QString& entityUuid, const QString& familyUuid,
                             const QString& childUuid, const QList<QPair<QString, QString>>& values, const QString& partnerName);

    // "share.changed" and the like: "<field key>|<partner name>".
    static QString fieldDetail(const QString& field, const QString& partnerName);

private:
    Result<void> createChild(const BundlePlan& plan, const ChildPlan& child, ApplyOutcome& out);
    Result<void> completeMatched(const BundlePlan& plan, const ChildPlan& child, ApplyOutcome& out);
    Result<void> applyFields(const BundlePlan& plan, ApplyOutcome& out);
    // writeFields without the search index refresh, which apply() leaves to reindex().
    Result<void> changeFields(ShareFields::Entity entity, const QString& entityUuid, const QString& familyUuid,
                              const QString& childUuid, const QList<QPair<QString, QString>>& values, const QString& partnerName);
    Result<void> reindex(); // the households written since the last call
    QString real(const QString& planned) const { return m_real.value(planned, planned); }

    Session& m_session;
    QHash<QString, QString> m_real; // planned uuid -> uuid FamilyWriter assigned
    QSet<QString> m_reindex;        // households whose search entries are out of date
};

} // namespace tandem::importing
