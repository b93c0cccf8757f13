#pragma once

#include "tandem/core/Result.h"
#include "tandem/domain/InstrumentDefinition.h"

namespace tandem {

class Session;

// The instrument definitions in force in this store: the files shipped with Tandem with any
// threshold corrections an administrator made in the store applied on top.
class InstrumentService {
public:
    explicit InstrumentService(Session& session) : m_session(session) {}

    // Any signed-in user (results depend on them). Fails only if a shipped file is damaged.
    Result<domain::InstrumentDefinitions> definitions() const;

    // Corrections in the order they were made (oldest first).
    Result<QList<domain::ThresholdOverride>> corrections() const;

    // Records a correction (domain::ThresholdRules). Administrators only
    // (Permission::ManageInstruments). Audited; the correction is kept as a row of its own, so
    // the history of corrections shows every earlier value.
    // Assessments already stored keep the thresholds they were scored with; new assessments
    // use the corrected value and carry the new definition version.
    Result<void> correctThreshold(domain::ThresholdOverride change);

private:
    Session& m_session;
};

} // namespace tandem
