#include "tandem/core/Result.h"

namespace tandem {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return QStringLiteral("invalid");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case ErrorCode::NotAStore: return QStringLiteral("not_a_store");
    case ErrorCode::NewerVersion: return QStringLiteral("newer_version");
    case ErrorCode::DamagedKeyslot: return QStringLiteral("damaged_keyslot");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::AuditBroken: return QStringLiteral("audit_broken");
    case ErrorCode::NeedsConfirmation: return QStringLiteral("needs_confirmation");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace tandem
