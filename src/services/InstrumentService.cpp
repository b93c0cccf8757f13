#include "tandem/services/InstrumentService.h"

#include "FamilyWriter.h"
#include "tandem/domain/ThresholdRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ThresholdRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {


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
    change.uuid = FamilyWriter::newUuid();

    store::Database& db = m_session.database();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    // The row keeps the new value, the reason and who; the history of rows gives the old value.
    TANDEM_TRY(store::ThresholdRepository(db).insert(change, m_session.user().uuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("instrument.threshold"), QStringLiteral("instrument_threshold"), {change.uuid}));
    return txn.value().commit();
}

} // namespace tandem
