#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/Result.h"
#include "tandem/services/Session.h"

#include <QList>
#include <QString>

#include <memory>

namespace tandem::bench {

// Opens the synthetic benchmark store at path, creating it first (with the test-only KDF
// cost, as the data is synthetic) when it is missing. children: size of a new store.
Result<std::unique_ptr<Session>> openOrCreateStore(const QString& path, int children);

struct Stats {
    double median = 0;
    double p90 = 0;
    double max = 0;
    int samples = 0;
};
Stats summarise(QList<double> millis);

// "| label | median | p90 | max | n |" as a Markdown table row.
QString tableRow(const QString& label, const Stats& s, const QString& note = {});
QString machineDescription();

} // namespace tandem::bench
