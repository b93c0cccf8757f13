#include "tandem/store/Transaction.h"
#include "tandem/store/Database.h"

#include <utility>

namespace tandem::store {

namespace {
QString savepointName(int level) { return QStringLiteral("tandem_sp_%1").arg(level); }
}

Result<Transaction> Transaction::begin(Database& db)
{
    const int level = db.m_depth + 1;
    // IMMEDIATE takes the write lock now, so a busy store fails here rather than mid-way.
    const QString sql = level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(level);
    TANDEM_TRY(db.exec(sql));
    db.m_depth = level;
    return Transaction(&db, level);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_level(other.m_level), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open || !m_db)
        return makeError(ErrorCode::Internal, QCoreApplication::translate("tandem::store::Transaction", "The change was already finished."));
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_level);
    auto done = m_db->exec(sql);
    if (!done.ok()) {
        rollback();
        return done;
    }
    m_open = false;
    m_db->m_depth = m_level - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open || !m_db)
        return;
    if (m_level == 1) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString name = savepointName(m_level);
        (void)m_db->exec(QStringLiteral("ROLLBACK TO ") + name + QStringLiteral("; RELEASE ") + name);
    }
    m_open = false;
    m_db->m_depth = m_level - 1;
}

} // namespace tandem::store
