#include "tandem/store/Statement.h"
#include "tandem/store/Database.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace tandem::store {

Statement::~Statement() { release(); }

void Statement::release()
{
    if (!m_stmt)
        return;
    if (!m_cacheKey.isEmpty() && m_db)
        m_db->recycle(m_cacheKey, m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_text.clear(); // only now: the statement no longer points into it
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_cacheKey(std::move(other.m_cacheKey)),
      m_text(std::move(other.m_text))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheKey = std::move(other.m_cacheKey);
        m_text = std::move(other.m_text);
    }
    return *this;
}

Result<void> Statement::bind(int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QString: {
            // Kept in m_text until release() resets the statement and clears its bindings.
            m_text.append(static_cast<const QString*>(value.constData())->toUtf8());
            const QByteArray& utf8 = m_text.last();
            rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        return m_db->lastError(QCoreApplication::translate("tandem::store::Statement", "The store could not take a value"));
    return {};
}

Result<bool> Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(QCoreApplication::translate("tandem::store::Statement", "The store could not complete a step"));
}

Result<void> Statement::run()
{
    for (;;) {
        auto more = next();
        TANDEM_TRY(more);
        if (!more.value())
            return {};
    }
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

SecureBuffer Statement::secureBlob(int column) const
{
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    SecureBuffer out(p ? static_cast<std::size_t>(n) : 0);
    if (p && n > 0)
        std::memcpy(out.data(), p, static_cast<std::size_t>(n));
    return out;
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::optional<qint64> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace tandem::store
