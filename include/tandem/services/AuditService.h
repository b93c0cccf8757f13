#pragma once

#include "tandem/core/Result.h"
#include "tandem/store/AuditLog.h"

namespace tandem {

class Session;

class AuditService {
public:
    explicit AuditService(Session& session) : m_session(session) {}
    // Administrators and team leads. An intact result still carries the head hash to record elsewhere.
    Result<store::AuditVerification> verify() const;

private:
    Session& m_session;
};

} // namespace tandem
