#pragma once

#include "tandem/core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tandem::store {

class Database;

struct AuditEntry {
    qint64 seq = 0;
    QString at;         // store timestamp, UTC
    QString actor;      // user uuid, or "system"
    QString action;     // token such as "user.add"
    QString entity;     // token such as "user"
    QStringList recordIds; // uuids only
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem;           // human sentence naming the entry
    QString headHash;          // record it elsewhere to notice a rewritten chain
};

// Append-only, hash-chained trail inside the encrypted store. Holds ids and action tokens,
// never names or clinical text, so it can be shown to an auditor as it is.
class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Call inside the caller's transaction, so the entry lands with the change or not at all.
    Result<qint64> append(const QDateTime& at, const QString& actor, const QString& action, const QString& entity,
                          const QStringList& recordIds);
    Result<AuditVerification> verify() const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace tandem::store
