#pragma once

#include <QString>
#include <QStringList>

namespace tandem::domain {

// Names are matched the way people type them: "zoe obrien" finds "Zoë O'Brien".
// Search indexing and search queries both go through here, so they always agree.
namespace TextFold {

// Canonical decomposition, combining marks removed, case folded; apostrophes
// (' and ’) removed so "O'Brien" -> "obrien"; every other character that is not
// a letter or digit becomes a separator; runs of separators collapse to one space;
// trimmed. Letters of any script are kept.
QString fold(const QString& text);

// fold(text) split on spaces, empty parts dropped.
QStringList tokens(const QString& text);

} // namespace TextFold
} // namespace tandem::domain
