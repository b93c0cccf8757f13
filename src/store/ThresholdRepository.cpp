#include "tandem/store/ThresholdRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <cmath>

namespace tandem::store {

Result<void> ThresholdRepository::insert(const domain::ThresholdOverride& c, const QString& actor)
{
    // Hundredths, as assessment scores are stored.
    return m_db.run(QStringLiteral("INSERT INTO instrument_threshold (uuid, instrument, interval_months, part, kind, "
                                   "value_hundredths, reason, set_by, set_by_name, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.uuid, c.instrument, c.intervalMonths, c.part, c.kind, static_cast<qint64>(std::llround(c.value * 100.0)),
                     c.reason, actor, c.setByName, c.setAt});
}

Result<QList<domain::ThresholdOverride>> ThresholdRepository::all() const
{
    auto st = m_db.query(QStringLiteral("SELECT instrument, interval_months, part, kind, value_hundredths, reason, set_by_name, "
                                        "set_at, uuid FROM instrument_threshold ORDER BY id"));
    return rows::collect<domain::ThresholdOverride>(st, [](const Statement& s) {
        domain::ThresholdOverride c;
        c.instrument = s.text(0);
        c.intervalMonths = static_cast<int>(s.integer(1));
        c.part = s.text(2);
        c.kind = s.text(3);
        c.value = static_cast<double>(s.integer(4)) / 100.0;
        c.reason = s.text(5);
        c.setByName = s.text(6);
        c.setAt = s.text(7);
        c.uuid = s.text(8);
        return c;
    });
}

} // namespace tandem::store
