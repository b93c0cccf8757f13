#pragma once

#include "tandem/core/Family.h"

#include <QString>

#include <optional>

class QTableWidget;

namespace tandem::gui {

// The merge dialog's side-by-side view of the kept record and the duplicate. Cells the
// merge would fill on the kept record are green; values that prove two different children
// (NHS number, date of birth) are red.
namespace MergeComparison {

struct Side {
    Child child;
    QString postcode; // the household's current postcode
};

// Fills the table (rows: the child's details; columns: kept, duplicate) and returns why the
// two cannot be merged, or an empty string.
QString fill(QTableWidget* table, const Side& keep, const std::optional<Side>& duplicate);

} // namespace MergeComparison
} // namespace tandem::gui
