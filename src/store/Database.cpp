#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"
#include "tandem/store/StoreLog.h"

#include <sqlite3.h>
#include <sodium.h>

#include <QFileInfo>

#include <cstring>

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::Database", text); }

// "x'<64 hex>'" in secure memory: SQLCipher's raw-key form, handed over through
// sqlite3_key so the key never appears in SQL text.
SecureBuffer rawKeySpec(const SecureBuffer& key)
{
    SecureBuffer spec(3 + key.size() * 2);
    spec.data()[0] = 'x';
    spec.data()[1] = '\'';
    // sodium_bin2hex writes a terminating NUL, so give it the tail plus one and fix the quote.
    SecureBuffer hex(key.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), key.data(), key.size());
    std::memcpy(spec.data() + 2, hex.data(), key.size() * 2);
    spec.data()[spec.size() - 1] = '\'';
    return spec;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBuffer& rawKey, Mode mode)
{
    if (rawKey.size() != 32)
        return makeError(ErrorCode::Internal, tr("The store key has the wrong length."));
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists())
        return makeError(ErrorCode::Io, tr("There is no store at %1.").arg(path));
    if (mode == Mode::CreateNew && info.exists())
        return makeError(ErrorCode::Conflict, tr("A file already exists at %1; choose another name.").arg(path));

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY || rc == SQLITE_PERM)
            return makeError(ErrorCode::Io, tr("Cannot open %1 for writing: check the folder exists and you may write to it.").arg(path));
        return db->lastError(tr("Cannot open %1").arg(path));
    }
    TANDEM_TRY(db->configure(rawKey, mode));
    return db;
}

Result<void> Database::configure(const SecureBuffer& rawKey, Mode mode)
{
    const SecureBuffer spec = rawKeySpec(rawKey);
    if (sqlite3_key(m_db, spec.data(), static_cast<int>(spec.size())) != SQLITE_OK)
        return lastError(tr("Cannot apply the store key"));

    // A plain SQLite build would accept the key silently and write clear text: refuse.
    {
        auto st = query(QStringLiteral("PRAGMA cipher_version"));
        TANDEM_TRY(st);
        auto row = st.value().next();
        TANDEM_TRY(row);
        m_cipherVersion = row.value() ? st.value().text(0) : QString();
    }
    if (m_cipherVersion.isEmpty())
        return makeError(ErrorCode::Internal,
                         tr("This copy of Tandem is linked against SQLite without SQLCipher, so it cannot keep a store encrypted."));

    // Pin the file format so SQLCipher 3.4 and 4.x read each other's stores.
    if (m_cipherVersion.section(QLatin1Char('.'), 0, 0).toInt() >= 4)
        TANDEM_TRY(exec(QStringLiteral("PRAGMA cipher_compatibility = 3;")));
    TANDEM_TRY(exec(QStringLiteral("PRAGMA cipher_page_size = 4096;")));

    // The first real read tells a wrong key or a foreign file apart from a store.
    auto probe = scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe.ok()) {
        if (sqlite3_errcode(m_db) == SQLITE_NOTADB || probe.error().code == ErrorCode::NotAStore)
            return makeError(ErrorCode::NotAStore,
                             tr("%1 is not a Tandem store, or its key file belongs to a different store.").arg(m_path));
        return probe.error();
    }
    if (mode == Mode::OpenExisting && probe.value() == 0)
        return makeError(ErrorCode::NotAStore, tr("%1 is empty: it is not a Tandem store.").arg(m_path));

    sqlite3_busy_timeout(m_db, 5000);
    // 64 MiB of decrypted pages: search and lists on a 100,000-child store stay in memory.
    TANDEM_TRY(exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA cache_size = -65536;")));
    if (mode == Mode::CreateNew)
        TANDEM_TRY(exec(QStringLiteral("PRAGMA journal_mode = WAL;")));
    return {};
}

Database::~Database()
{
    for (sqlite3_stmt* stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) {
        // Fold the WAL back so no side file outlives the session.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Result<void> Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError(tr("The store could not run an update"));
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(tr("The store could not prepare a query"));
    }
    return Statement(this, stmt);
}

Result<Statement> Database::cached(const QString& sql)
{
    if (sqlite3_stmt* stmt = m_cache.take(sql))
        return Statement(this, stmt, sql);
    auto st = prepare(sql);
    TANDEM_TRY(st);
    sqlite3_stmt* raw = nullptr;
    std::swap(raw, st.value().m_stmt);
    return Statement(this, raw, sql);
}

void Database::recycle(const QString& sql, sqlite3_stmt* stmt) const
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_cache.contains(sql) || m_cache.size() >= 256)
        sqlite3_finalize(stmt);
    else
        m_cache.insert(sql, stmt);
}

qint64 Database::changes() const { return sqlite3_changes(m_db); }

Result<Statement> Database::query(const QString& sql, const QVariantList& params)
{
    auto st = cached(sql);
    TANDEM_TRY(st);
    for (int i = 0; i < params.size(); ++i)
        TANDEM_TRY(st.value().bind(i + 1, params.at(i)));
    return st;
}

Result<void> Database::run(const QString& sql, const QVariantList& params)
{
    auto st = query(sql, params);
    TANDEM_TRY(st);
    return st.value().run();
}

Result<qint64> Database::scalarInt(const QString& sql, const QVariantList& params)
{
    auto st = query(sql, params);
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("The store returned no value."));
    return st.value().integer(0);
}


Error Database::lastError(const QString& context) const
{
    const int code = sqlite3_extended_errcode(m_db) & 0xff;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCWarning(lcStore) << "sqlite error" << code << detail;
    switch (code) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotAStore, tr("%1: the file is not a Tandem store.").arg(context));
    case SQLITE_FULL:
        return makeError(ErrorCode::Io, tr("%1: the disk is full. Nothing was changed.").arg(context));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io, tr("%1: the file could not be written (%2). Nothing was changed.").arg(context, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Io, tr("%1: the store is busy in another window or program. Try again.").arg(context));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Conflict, tr("%1: %2.").arg(context, detail));
    default:
        return makeError(ErrorCode::Internal, tr("%1: %2.").arg(context, detail));
    }
}

} // namespace tandem::store
