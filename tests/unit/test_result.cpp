#include "tandem/core/Result.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {
Result<int> half(int n)
{
    if (n % 2)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}
Result<int> quarter(int n)
{
    auto h = half(n);
    TANDEM_TRY(h);
    return half(h.value());
}
}

TEST_CASE("Result: carries a value or an error, and TANDEM_TRY propagates the error", "[core]")
{
    CHECK(quarter(8).value() == 2);
    auto bad = quarter(6);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Invalid);
    CHECK(bad.message() == QStringLiteral("3 is odd"));
    Result<void> fine;
    CHECK(fine.ok());
    CHECK(fine.message().isEmpty());
    Result<void> failed = makeError(ErrorCode::Io, QStringLiteral("disk"));
    CHECK_FALSE(failed.ok());
}

TEST_CASE("Result: every error code has a distinct stable name", "[core]")
{
    QStringList names;
    for (ErrorCode c : {ErrorCode::Invalid, ErrorCode::NotFound, ErrorCode::WrongPassphrase, ErrorCode::NotAStore, ErrorCode::NewerVersion,
                        ErrorCode::DamagedKeyslot, ErrorCode::Io, ErrorCode::PermissionDenied, ErrorCode::Conflict, ErrorCode::AuditBroken,
                        ErrorCode::Internal})
        names.append(errorCodeName(c));
    names.removeDuplicates();
    CHECK(names.size() == 11);
    CHECK(errorCodeName(ErrorCode::WrongPassphrase) == QStringLiteral("wrong_passphrase"));
}
