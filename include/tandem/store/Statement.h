#pragma once

#include "tandem/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace tandem::store {

class Database;

// A prepared statement; finalised on destruction.
class Statement {
public:
    Statement(const Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Result<void> bind(int index, const QVariant& value); // 1-based
    Result<bool> next();                                 // true while a row is available
    Result<void> run();                                  // step to completion

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    const Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tandem::store
