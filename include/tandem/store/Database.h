#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem::store {

class Statement;

// One SQLCipher connection opened with a raw 256-bit key. The only place that talks to
// sqlite3; everything else goes through Statement and Transaction.
class Database {
public:
    enum class Mode { CreateNew, OpenExisting };

    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBuffer& rawKey, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Result<void> exec(const QString& sql); // may hold several statements; no parameters
    Result<Statement> prepare(const QString& sql);
    // Prepare (reusing a cached statement for the same SQL), bind positionally (QString,
    // integers, bool, QByteArray, null) and return it ready to step.
    Result<Statement> query(const QString& sql, const QVariantList& params = {});
    Result<void> run(const QString& sql, const QVariantList& params = {});
    Result<qint64> scalarInt(const QString& sql, const QVariantList& params = {});

    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    sqlite3* handle() const { return m_db; }

    // Maps the connection's last error to a user-facing error with context.
    Error lastError(const QString& context) const;
    int transactionDepth() const { return m_depth; }
    qint64 changes() const; // rows changed by the last statement

private:
    friend class Transaction;
    friend class Statement;
    void recycle(const QString& sql, sqlite3_stmt* stmt) const;
    Result<Statement> cached(const QString& sql);

    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    Result<void> configure(const SecureBuffer& rawKey, Mode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    int m_depth = 0;
    // Idle prepared statements by SQL text; bulk writes would otherwise re-parse each row.
    mutable QHash<QString, sqlite3_stmt*> m_cache;
};

} // namespace tandem::store
