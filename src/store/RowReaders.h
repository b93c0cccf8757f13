#pragma once

// Shared between the store's repositories: column lists and the code that reads them back,
// so every query returns records the same way.

#include "tandem/core/ChildSummary.h"
#include "tandem/core/Family.h"
#include "tandem/store/Statement.h"

#include <QVariant>

namespace tandem::store::rows {

// "<p>.origin, <p>.created_at, ... , <p>.version": 6 columns.
QString metaColumns(const QString& prefix);
RecordMeta readMeta(const Statement& st, int first);

// 10 columns; needs child c joined with family f.
QString childSummaryColumns();
ChildSummary readChildSummary(const Statement& st, int first);

std::optional<QDate> optionalDate(const Statement& st, int column);
QVariant dateValue(const std::optional<QDate>& date);
QVariant textOrNull(const QString& text);

// Steps a query to the end, reading each row with read(statement).
template <typename T, typename Read>
Result<QList<T>> collect(Result<Statement>& st, Read read)
{
    TANDEM_TRY(st);
    QList<T> out;
    for (;;) {
        auto more = st.value().next();
        TANDEM_TRY(more);
        if (!more.value())
            return out;
        out.append(read(st.value()));
    }
}

// Steps a query to the end, handing each row to use(statement); for results gathered into maps.
template <typename Use>
Result<void> forEach(Result<Statement>& st, Use use)
{
    TANDEM_TRY(st);
    for (;;) {
        auto more = st.value().next();
        TANDEM_TRY(more);
        if (!more.value())
            return {};
        use(st.value());
    }
}

} // namespace tandem::store::rows
