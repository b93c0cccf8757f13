#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"

#include <optional>

namespace tandem::store {

class Database;

// An assessment still waiting for a follow-up plan, for the caseload's flags.
struct OpenFollowUpRow {
    QString assessmentUuid;
    QString childUuid;
    QString familyUuid;
    AssessmentKind kind = AssessmentKind::Asq3;
    QDate assessedOn;
};

// Assessments with their scored parts, stored exactly as scored. Callers own the transaction,
// audit entry and timeline.
class AssessmentRepository {
public:
    explicit AssessmentRepository(Database& db) : m_db(db) {}

    // The assessment and its parts; uuid set by the caller. Sets meta.
    Result<void> insert(Assessment& assessment, const QString& actor, const QString& at);
    Result<Assessment> load(const QString& uuid) const;
    // Newest first (by date, then by when recorded), with parts.
    Result<QList<Assessment>> forChild(const QString& childUuid, std::optional<AssessmentKind> kind = std::nullopt) const;
    // Merging records: the duplicate's assessments become the kept child's (and household's).
    Result<void> moveChild(const QString& fromChildUuid, const QString& toChildUuid, const QString& toFamilyUuid,
                           const QString& actor, const QString& at);
    Result<void> setFollowUp(const QString& uuid, const QString& plan, const QDate& on, const QString& actor,
                             const QString& at);
    // Assessments needing follow-up without a plan, for the households whose named health
    // visitor is the worker. EYFS checks the parent did not agree to share with the health
    // visitor are left out: the caseload is the health visitor's.
    Result<QList<OpenFollowUpRow>> openFollowUpsForWorker(const QString& workerUserUuid) const;

private:
    Result<QList<Assessment>> select(const QString& where, const QVariantList& params) const;
    Result<void> attachParts(QList<Assessment>& assessments) const;
    Database& m_db;
};

} // namespace tandem::store
