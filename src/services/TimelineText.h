#pragma once

#include <QString>

namespace tandem {

// The one line the record screen shows for a timeline event, in the reader's language.
// Kinds this version does not know (written by a newer Tandem) still read sensibly.
QString timelineSummary(const QString& kind, const QString& detail);

} // namespace tandem
