#pragma once

// Internal to the services: what a reader may see of an assessment. An EYFS progress check
// reaches the health visiting team only when the parent agreed to share it with them; others
// in the team see it whole. Everyone sees that a check exists, when, and from which setting.

#include "tandem/core/Assessment.h"

namespace tandem {

class Session;

class AssessmentAccess {
public:
    explicit AssessmentAccess(const Session& session) : m_session(session) {}

    bool withheld(const Assessment& assessment) const;
    Assessment asSeen(Assessment assessment) const;
    QList<Assessment> asSeen(QList<Assessment> assessments) const;

private:
    const Session& m_session;
};

} // namespace tandem
