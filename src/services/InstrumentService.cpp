#include "tandem/services/InstrumentService.h"

#include "FamilyWriter.h"
#include "tandem/domain/ThresholdRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ThresholdRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {

// The value a correction replaces, for the audit entry.
double currentValue(const domain::InstrumentDefinitions& d, const domain::ThresholdOverride& c)
{
    const bool cutoff = c.kind == QLatin1String("cutoff");
    if (c.instrument == QLatin1String("asq3")) {
        if (const domain::Asq3Interval* interval = d.asq3.interval(c.intervalMonths)) {
            const domain::SourcedValue* v = cutoff ? interval->cutoff(c.part) : interval->monitoringThreshold(c.part);
            return v ? v->value : 0;
        }
    } else if (const domain::AsqSe2Interval* interval = d.asqSe2.interval(c.intervalMonths)) {
        return cutoff ? interval->cutoff.value : interval->monitoring.value;
    }
    return 0;
}

} // namespace

Result<domain::InstrumentDefinitions> InstrumentService::definitions() const
{
    auto shipped = domain::InstrumentFiles::builtIn();
    TANDEM_TRY(shipped);
    auto corrections = store::ThresholdRepository(m_session.database()).all();
    TANDEM_TRY(corrections);
    return domain::applyOverrides(shipped.value(), corrections.value());
}

Result<QList<domain::ThresholdOverride>> InstrumentService::corrections() const
{
    return store::ThresholdRepository(m_session.database()).all();
}

Result<void> InstrumentService::correctThreshold(domain::ThresholdOverride change)
{
    TANDEM_TRY(m_session.require(Permission::ManageInstruments));
    auto effective = definitions();
    TANDEM_TRY(effective);
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ThresholdRules::check(change, effective.value())));
    change.setByName = m_session.user().displayName;
    change.setAt = m_session.now();
    const double before = currentValue(effective.value(), change);

    store::Database& db = m_session.database();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ThresholdRepository(db).insert(change, m_session.user().uuid));
    // Instrument facts, not personal data: the audit entry carries the old and new value.
    TANDEM_TRY(m_session.audit(QStringLiteral("instrument.threshold"), QStringLiteral("instrument_threshold"),
                               {change.instrument, QString::number(change.intervalMonths), change.part, change.kind,
                                QStringLiteral("%1 -> %2").arg(before, 0, 'f', 2).arg(change.value, 0, 'f', 2)}));
    return txn.value().commit();
}

} // namespace tandem
