#pragma once

#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Every write runs inside one of these. Rolls back unless commit() succeeded, so an early
// return on error leaves the store exactly as it was. Nests through savepoints.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> commit();
    void rollback();

private:
    Transaction(Database* db, int level) : m_db(db), m_level(level) {}
    Database* m_db = nullptr;
    int m_level = 0;
    bool m_open = true;
};

} // namespace tandem::store
