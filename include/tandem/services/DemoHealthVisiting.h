#pragma once

#include "tandem/core/Result.h"

#include <functional>

namespace tandem {

class Session;

// Gives the signed-in health visitor a realistic synthetic caseload in a demo or benchmark
// store: named health visitor on up to `families` households that have none, their past
// mandated contacts (mostly on time, some late, some missed or declined; ASQ-3s at the 12-month
// review and integrated reviews at 2-2 1/2, some below cutoff without a plan yet), service levels with
// reasons, follow-up actions, notes (some restricted) and a few visits booked for today and
// tomorrow. Goes through the same services as the screens, in one transaction.
// Returns the number of households added to the caseload.
class DemoHealthVisiting {
public:
    static Result<int> addCaseload(Session& healthVisitor, int families, quint32 seed,
                                   const std::function<void(int done, int total)>& progress = {});
};

} // namespace tandem
