#pragma once

#include <QCoreApplication>
#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace tandem {

// What went wrong, in terms a caller can act on. The CLI maps these to exit codes.
enum class ErrorCode {
    Invalid,          // bad input from the user
    NotFound,
    WrongPassphrase,  // user name or passphrase not accepted
    NotAStore,        // file is not a Tandem store (or keys belong to another store)
    NewerVersion,     // store written by a newer Tandem
    DamagedKeyslot,
    Io,               // file system: missing, unwritable, full
    PermissionDenied, // role does not allow the action
    Conflict,         // e.g. duplicate user name
    AuditBroken,      // audit chain verification failed
    NeedsConfirmation, // a warning the user must confirm first, e.g. a possible duplicate child
    Refused,          // a sharing bundle refused: wrong recipient, unknown sender, damaged, invalid
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // one line, translated, no personal data
};

// A value or a user-facing error; never throws. Use ok() before value().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<T>(m_state); }
    const T& value() const& { assert(ok()); return std::get<T>(m_state); }
    T&& value() && { assert(ok()); return std::get<T>(std::move(m_state)); }

    const Error& error() const { assert(!ok()); return std::get<Error>(m_state); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(!ok()); return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

// Stable identifier for JSON output and docs.
QString errorCodeName(ErrorCode code);

} // namespace tandem

// Propagate an error from an expression returning Result<...>.
#define TANDEM_TRY(expr)                                   \
    do {                                                   \
        auto&& tandem_try_result_ = (expr);                \
        if (!tandem_try_result_.ok())                      \
            return tandem_try_result_.error();             \
    } while (false)
