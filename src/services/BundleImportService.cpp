#include "tandem/services/BundleImportService.h"
#include "FamilyWriter.h"
#include "ImportApplier.h"
#include "ImportPlanner.h"
#include "ShareFields.h"

#include "tandem/services/Session.h"
#include "tandem/sharing/FhirReader.h"
#include "tandem/store/BundleLogRepository.h"
#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/PartnerLinkRepository.h"
#include "tandem/store/PartnerRepository.h"
#include "tandem/store/ShareConflictRepository.h"
#include "tandem/store/Transaction.h"

#include <QFile>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::BundleImportService", text); }

Error refused(const QString& message) { return makeError(ErrorCode::Refused, message); }

Result<void> openFile(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The bundle file could not be opened. Check that it exists and that you may read it."));
    return {};
}

// A bundle that was read to the end, decrypted, verified and parsed: only now may anything act on it.
struct VerifiedBundle {
    sharing::BundleHeader header;
    sharing::SharedBundleInfo info;
    QList<sharing::SharedChild> children;
    Partner partner;
};

Result<VerifiedBundle> readVerified(Session& session, const QString& path)
{
    store::Database& db = session.database();
    auto keys = store::OrgKeyRepository(db).load();
    TANDEM_TRY(keys);
    if (!keys.value())
        return refused(tr("This store has no organisation keys, so it cannot open bundles. Nothing was changed."));
    QFile file(path);
    TANDEM_TRY(openFile(file));

    store::PartnerRepository partners(db);
    std::optional<Partner> sender;
    auto lookup = [&](const QString& code) -> std::optional<QByteArray> {
        auto found = partners.byCode(code);
        if (!found.ok() || !found.value())
            return std::nullopt;
        sender = *found.value();
        return sender->signingKey;
    };
    sharing::FhirReader fhir;
    VerifiedBundle bundle;
    const auto refusal = sharing::BundleReader::read(
        file, session.organisation().code, *keys.value(), lookup, [&](const QByteArray& chunk) { return fhir.feed(chunk); },
        &bundle.header);
    if (refusal)
        return refused(refusal->message);
    auto finished = fhir.finish();
    if (!finished.ok())
        return refused(tr("The bundle's content is not valid: %1 Nothing was changed.").arg(finished.message()));
    if (!sender)
        return refused(tr("The bundle's sender is not a partner of this organisation. Nothing was changed."));
    bundle.info = fhir.info();
    const bool agrees = bundle.info.bundleUuid == bundle.header.bundleUuid &&
                        bundle.info.senderCode.compare(bundle.header.senderCode, Qt::CaseInsensitive) == 0 &&
                        bundle.info.senderCode.compare(sender->code, Qt::CaseInsensitive) == 0 &&
                        bundle.info.recipientCode.compare(bundle.header.recipientCode, Qt::CaseInsensitive) == 0;
    if (!agrees)
        return refused(tr("The bundle's signed content does not match its header (bundle id, sender or recipient). Nothing was "
                          "changed."));
    bundle.children = fhir.takeChildren();
    bundle.partner = *sender;
    return bundle;
}

QString logSummary(const ImportPreview& p, int itemsRemoved)
{
    QStringList parts;
    for (const auto& [category, count] : p.perCategory)
        parts << QStringLiteral("%1 %2").arg(ShareCategories::token(category)).arg(count);
    parts << QStringLiteral("new %1").arg(p.newChildren.size()) << QStringLiteral("matched %1").arg(p.matchedChildren.size())
          << QStringLiteral("changes %1").arg(p.changes.size() - p.conflicts) << QStringLiteral("conflicts %1").arg(p.conflicts)
          << QStringLiteral("items %1").arg(p.sharedItems) << QStringLiteral("withdrawals %1").arg(p.withdrawals.size())
          << QStringLiteral("removed %1").arg(itemsRemoved);
    return parts.join(QStringLiteral(", "));
}

ShareConflict toConflict(const store::StoredConflict& c)
{
    ShareConflict out;
    out.uuid = c.uuid;
    out.partnerCode = c.partnerCode;
    out.partnerName = c.partnerName;
    out.bundleUuid = c.bundleUuid;
    out.familyUuid = c.familyUuid;
    out.childUuid = c.childUuid;
    out.childName = c.childName;
    out.field = c.field;
    out.fieldLabel = c.field.startsWith(QLatin1String("adult.")) && !c.adultName.isEmpty()
                         ? tr("%1 (%2)").arg(ShareFields::label(c.field), c.adultName)
                         : ShareFields::label(c.field);
    out.localValue = ShareFields::displayValue(c.field, c.localValue);
    out.partnerValue = ShareFields::displayValue(c.field, c.partnerValue);
    out.detectedAt = QDateTime::fromString(c.detectedAt, Qt::ISODate);
    return out;
}

} // namespace

Result<sharing::BundleHeader> BundleImportService::inspectHeader(const QString& path)
{
    QFile file(path);
    TANDEM_TRY(openFile(file));
    return sharing::BundleReader::readHeader(file);
}

Result<ImportPreview> BundleImportService::preview(const QString& path) const
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    auto bundle = readVerified(m_session, path);
    TANDEM_TRY(bundle);
    const VerifiedBundle& b = bundle.value();
    auto plan = importing::ImportPlanner(m_session.database()).plan(b.header, b.info, b.children, b.partner);
    TANDEM_TRY(plan);
    return plan.value().preview();
}

Result<ImportResult> BundleImportService::import(const QString& path)
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    auto bundle = readVerified(m_session, path);
    TANDEM_TRY(bundle);
    const VerifiedBundle& b = bundle.value();
    store::Database& db = m_session.database();
    // Planned inside the transaction, so what is applied is exactly what was compared.
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    auto plan = importing::ImportPlanner(db).plan(b.header, b.info, b.children, b.partner);
    TANDEM_TRY(plan);
    ImportResult result;
    result.applied = plan.value().preview();
    if (plan.value().alreadyImported)
        return result; // the same bundle again: nothing to do, nothing written
    if (!plan.value().olderThanImported.isEmpty())
        return refused(plan.value().olderThanImported);

    auto applied = importing::ImportApplier(m_session).apply(plan.value());
    TANDEM_TRY(applied);
    result.itemsRemoved = applied.value().itemsRemoved;

    store::BundleLogEntry entry;
    entry.bundleUuid = b.header.bundleUuid;
    entry.direction = QStringLiteral("received");
    entry.partnerUuid = b.partner.uuid;
    entry.bundleCreatedAt = b.header.createdAt;
    entry.processedAt = m_session.now();
    entry.processedBy = m_session.user().uuid;
    entry.children = static_cast<int>(b.children.size());
    entry.summary = logSummary(result.applied, result.itemsRemoved);
    TANDEM_TRY(store::BundleLogRepository(db).insert(entry));
    TANDEM_TRY(store::PartnerRepository(db).setLastReceived(b.partner.uuid, m_session.now()));
    FamilyWriter writer(m_session);
    for (const QString& family : applied.value().families)
        TANDEM_TRY(writer.timeline(family, {}, QStringLiteral("share.received"), b.partner.name));
    QStringList touched = QStringList{b.header.bundleUuid, b.partner.uuid} + applied.value().touched;
    touched.removeDuplicates();
    TANDEM_TRY(m_session.audit(QStringLiteral("bundle.import"), QStringLiteral("bundle"), touched));
    TANDEM_TRY(txn.value().commit());
    return result;
}

Result<QList<ShareConflict>> BundleImportService::conflicts(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    auto open = store::ShareConflictRepository(m_session.database()).open(familyUuid);
    TANDEM_TRY(open);
    QList<ShareConflict> out;
    for (const store::StoredConflict& c : open.value())
        out << toConflict(c);
    return out;
}

Result<void> BundleImportService::resolve(const QString& conflictUuid, bool keepPartner)
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    store::Database& db = m_session.database();
    store::ShareConflictRepository conflicts(db);
    auto loaded = conflicts.load(conflictUuid);
    TANDEM_TRY(loaded);
    if (!loaded.value())
        return makeError(ErrorCode::NotFound, tr("That conflict does not exist."));
    const store::StoredConflict c = *loaded.value();
    if (!c.resolvedAt.isEmpty())
        return makeError(ErrorCode::Conflict, tr("That conflict has already been resolved."));
    const auto field = ShareFields::find(c.field);
    if (!field)
        return makeError(ErrorCode::Internal, tr("The conflict names a field this version of Tandem does not know."));

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    if (keepPartner)
        TANDEM_TRY(importing::ImportApplier(m_session).writeFields(field->entity, c.entityUuid, c.familyUuid, c.childUuid,
                                                        {qMakePair(c.field, c.partnerValue)}, c.partnerName));
    // Either way the partner's value becomes the baseline, so the same value does not conflict again.
    TANDEM_TRY(store::PartnerLinkRepository(db).setBaseline(c.partnerUuid, c.entityUuid, c.field, c.partnerValue, c.bundleUuid));
    const QString resolution = keepPartner ? QStringLiteral("partner") : QStringLiteral("local");
    TANDEM_TRY(conflicts.resolve(c.uuid, resolution, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(c.familyUuid, c.childUuid, QStringLiteral("share.conflict-resolved"),
                                                c.field + QLatin1Char('|') + resolution));
    TANDEM_TRY(m_session.audit(QStringLiteral("share.resolve"), QStringLiteral("share-conflict"), {c.uuid, c.entityUuid}));
    return txn.value().commit();
}

} // namespace tandem
