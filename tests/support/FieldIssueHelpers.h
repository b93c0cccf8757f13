#pragma once

// Reading domain::FieldIssues in tests: which fields were flagged, and the message for one.

#include "tandem/domain/RecordRules.h"

#include <QStringList>

namespace tandem::test {

inline QStringList fields(const domain::FieldIssues& issues)
{
    QStringList out;
    for (const domain::FieldIssue& i : issues)
        out.append(i.field);
    return out;
}

inline QString message(const domain::FieldIssues& issues, const QString& field)
{
    for (const domain::FieldIssue& i : issues)
        if (i.field == field)
            return i.message;
    return {};
}

} // namespace tandem::test
