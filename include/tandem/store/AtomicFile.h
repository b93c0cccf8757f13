#pragma once

#include "tandem/core/Result.h"

#include <QByteArray>
#include <QString>

namespace tandem::store {

// Write to a temporary file in the same folder, flush, then rename over the target:
// a crash leaves either the old file or the new one, never half of each.
Result<void> writeFileAtomically(const QString& path, const QByteArray& contents);

} // namespace tandem::store
