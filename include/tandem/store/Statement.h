#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace tandem::store {

class Database;

// A prepared statement; finalised on destruction, or handed back to the database's cache
// when it came from there.
class Statement {
public:
    Statement(const Database* db, sqlite3_stmt* stmt, QString cacheKey = {})
        : m_db(db), m_stmt(stmt), m_cacheKey(std::move(cacheKey)) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Result<void> bind(int index, const QVariant& value); // 1-based
    Result<bool> next();                                 // true while a row is available
    Result<void> run();                                  // step to completion

    QString text(int column) const;
    QByteArray blob(int column) const;
    // For secret keys: copied straight into sodium_malloc memory, never a QByteArray.
    SecureBuffer secureBlob(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    friend class Database;
    const Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_cacheKey;
    // Bound text, kept until the statement is released so SQLite need not copy it.
    QList<QByteArray> m_text;
    void release();
};

} // namespace tandem::store
