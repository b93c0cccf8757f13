#include "tandem/services/AuditService.h"
#include "tandem/services/Session.h"

namespace tandem {

Result<store::AuditVerification> AuditService::verify() const
{
    TANDEM_TRY(m_session.require(Permission::VerifyAudit));
    return store::AuditLog(m_session.database()).verify();
}

} // namespace tandem
