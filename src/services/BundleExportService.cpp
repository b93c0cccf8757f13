#include "tandem/services/BundleExportService.h"

#include "FamilyWriter.h"
#include "ShareGatherer.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"
#include "tandem/sharing/BundleFile.h"
#include "tandem/sharing/FhirWriter.h"
#include "tandem/store/BundleLogRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ConsentRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/PartnerRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/Transaction.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::BundleExportService", text); }

// One child the bundle will carry: its content, or a withdrawal notice.
struct Entry {
    Child child;
    QString familyUuid;
    domain::ShareDecision decision;
    // The household's own records: looking through every consent in the store for each child
    // would make a large export quadratic.
    QList<Consent> consents;
    QList<SafeguardingDecision> decisions;
};

struct Plan {
    Partner partner;
    QList<Entry> entries;
    QList<Consent> consents;
    QList<SafeguardingDecision> decisions;
    std::map<QString, Family> families; // full households of the families with entries
    ExportPreview preview;
};

QString nameOf(const Child& c) { return c.givenName + QLatin1Char(' ') + c.familyName; }

Result<Family> loadHousehold(store::Database& db, const QString& familyUuid)
{
    auto family = store::FamilyRepository(db).load(familyUuid);
    TANDEM_TRY(family);
    auto adults = store::PersonRepository(db).forFamily(familyUuid);
    TANDEM_TRY(adults);
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);
    auto relationships = store::PersonRepository(db).relationshipsForFamily(familyUuid);
    TANDEM_TRY(relationships);
    family.value().adults = adults.value();
    family.value().children = children.value();
    family.value().relationships = relationships.value();
    return family;
}

bool mentionsChild(const QString& childUuid, const QString& familyUuid, const QList<Consent>& consents,
                   const QList<SafeguardingDecision>& decisions)
{
    for (const Consent& c : consents)
        if (domain::ConsentRules::appliesTo(c, childUuid, familyUuid))
            return true;
    for (const SafeguardingDecision& d : decisions)
        if (d.childUuid == childUuid)
            return true;
    return false;
}

Result<Plan> makePlan(Session& session, const QString& partnerCode)
{
    store::Database& db = session.database();
    Plan plan;
    auto partner = PartnerService(session).byCode(partnerCode);
    TANDEM_TRY(partner);
    plan.partner = partner.value();
    plan.preview.partner = plan.partner;
    auto consents = store::ConsentRepository(db).all();
    TANDEM_TRY(consents);
    plan.consents = consents.value();
    auto decisions = store::ConsentRepository(db).allDecisions();
    TANDEM_TRY(decisions);
    plan.decisions = decisions.value();
    auto sent = store::BundleLogRepository(db).childrenSentTo(plan.partner.uuid);
    TANDEM_TRY(sent);
    const QSet<QString> sentBefore(sent.value().cbegin(), sent.value().cend());

    // Only households with a consent or decision can send anything; group records by household.
    std::map<QString, std::pair<QList<Consent>, QList<SafeguardingDecision>>> byFamily;
    for (const Consent& c : plan.consents)
        byFamily[c.familyUuid].first << c;
    for (const SafeguardingDecision& d : plan.decisions)
        byFamily[d.familyUuid].second << d;

    const QDate today = session.today();
    for (const auto& [familyUuid, records] : byFamily) {
        auto household = loadHousehold(db, familyUuid);
        if (!household.ok() && household.error().code == ErrorCode::NotFound)
            continue; // deleted household: nothing to send
        TANDEM_TRY(household);
        bool used = false;
        for (const Child& child : household.value().children) {
            if (!mentionsChild(child.uuid, familyUuid, records.first, records.second))
                continue;
            const domain::ShareDecision d =
                domain::ConsentRules::decide(child.uuid, familyUuid, plan.partner.code, records.first, records.second, today);
            if (d.included() && child.isUnborn() && !d.categories.contains(ShareCategory::Birth)) {
                plan.preview.leftOut << LeftOutChild{child.uuid, nameOf(child),
                                                     tr("Not born yet: an antenatal record can be shared only with consent to "
                                                        "share birth details.")};
                continue;
            }
            if (d.included() || (d.withdrawn && sentBefore.contains(child.uuid))) {
                plan.entries << Entry{child, familyUuid, d, records.first, records.second};
                used = true;
                continue;
            }
            plan.preview.leftOut << LeftOutChild{child.uuid, nameOf(child), d.leftOutReason};
        }
        if (used)
            plan.families.emplace(familyUuid, household.value());
    }
    return plan;
}

void count(ExportPreview& p, const sharing::SharedChild& c, std::map<ShareCategory, int>& perCategory)
{
    if (c.withdrawalNotice) {
        ++p.withdrawalNotices;
        return;
    }
    ++p.children;
    for (ShareCategory category : c.categories)
        ++perCategory[category];
    bool safeguarding = false;
    for (const sharing::SharedConsent& consent : c.consents)
        safeguarding = safeguarding || consent.safeguarding;
    p.safeguardingShares += safeguarding ? 1 : 0;
    p.contacts += static_cast<int>(c.contacts.size());
    p.assessments += static_cast<int>(c.assessments.size());
    p.eyfsChecks += static_cast<int>(c.eyfsChecks.size());
    p.reviews += static_cast<int>(c.reviews.size());
}

void finishCounts(ExportPreview& p, const std::map<ShareCategory, int>& perCategory)
{
    p.perCategory.clear();
    for (ShareCategory c : ShareCategories::all()) {
        const auto it = perCategory.find(c);
        p.perCategory << qMakePair(c, it == perCategory.end() ? 0 : it->second);
    }
}

// Each entry in turn, gathered from the store only when it is needed.
template <typename Use>
Result<void> forEachShared(Session& session, const Plan& plan, const BundleExportService::Progress& progress, Use use)
{
    ShareGatherer gatherer(session.database(), session.today());
    const int total = static_cast<int>(plan.entries.size());
    int done = 0;
    for (const Entry& e : plan.entries) {
        const Family& family = plan.families.at(e.familyUuid);
        if (e.decision.included()) {
            auto shared = gatherer.gather(e.child, family, e.decision, e.consents, e.decisions);
            TANDEM_TRY(shared);
            TANDEM_TRY(use(e, shared.value()));
        } else {
            QList<Consent> withdrawn;
            for (const Consent& c : e.consents)
                if (domain::ConsentRules::appliesTo(c, e.child.uuid, e.familyUuid))
                    withdrawn << c;
            TANDEM_TRY(use(e, gatherer.withdrawalNotice(e.child, withdrawn, plan.partner.code)));
        }
        if (progress)
            progress(++done, total);
    }
    return {};
}

} // namespace

Result<ExportPreview> BundleExportService::preview(const QString& partnerCode) const
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    auto plan = makePlan(m_session, partnerCode);
    TANDEM_TRY(plan);
    std::map<ShareCategory, int> perCategory;
    TANDEM_TRY(forEachShared(m_session, plan.value(), {}, [&](const Entry&, const sharing::SharedChild& c) -> Result<void> {
        count(plan.value().preview, c, perCategory);
        return {};
    }));
    finishCounts(plan.value().preview, perCategory);
    return plan.value().preview;
}

Result<ExportResult> BundleExportService::exportTo(const QString& partnerCode, const QString& path, const Progress& progress)
{
    TANDEM_TRY(m_session.require(Permission::ExchangeBundles));
    store::Database& db = m_session.database();
    auto plan = makePlan(m_session, partnerCode);
    TANDEM_TRY(plan);
    if (plan.value().entries.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Nothing can be sent to %1 today: no child's consent covers them and no withdrawal is "
                                                "due. The preview lists the children left out and why.").arg(plan.value().partner.name));
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose where to save the bundle."));
    auto keys = store::OrgKeyRepository(db).load();
    TANDEM_TRY(keys);
    if (!keys.value())
        return makeError(ErrorCode::Internal, tr("This store has no organisation keys yet. Lock and unlock it to create them."));

    sharing::BundleHeader header;
    header.senderCode = m_session.organisation().code;
    header.recipientCode = plan.value().partner.code;
    header.bundleUuid = FamilyWriter::newUuid();
    const QDateTime now = m_session.clock().nowUtc();
    header.createdAt = now.addMSecs(-now.time().msec());

    QSaveFile file(QFileInfo(path).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write the bundle to %1: %2.").arg(path, file.errorString()));
    auto writer = sharing::BundleWriter::start(file, header, *keys.value(), plan.value().partner.encryptionKey);
    TANDEM_TRY(writer);
    sharing::FhirWriter fhir({header.bundleUuid, header.senderCode, m_session.organisation().name, header.recipientCode, header.createdAt});
    TANDEM_TRY(writer.value()->write(fhir.begin()));

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    const QString at = m_session.now();
    store::BundleLogRepository log(db);
    FamilyWriter timeline(m_session);
    ExportResult result;
    std::map<ShareCategory, int> perCategory;
    QSet<QString> familiesSent;
    QStringList ids{plan.value().partner.uuid, header.bundleUuid};
    TANDEM_TRY(forEachShared(m_session, plan.value(), progress, [&](const Entry& e, const sharing::SharedChild& c) -> Result<void> {
        TANDEM_TRY(writer.value()->write(fhir.entries(c)));
        count(result.sent, c, perCategory);
        TANDEM_TRY(log.markSent(plan.value().partner.uuid, e.child.uuid, header.bundleUuid, at));
        ids << e.child.uuid;
        if (!familiesSent.contains(e.familyUuid)) {
            familiesSent.insert(e.familyUuid);
            TANDEM_TRY(timeline.timeline(e.familyUuid, {}, QStringLiteral("share.sent"),
                                         plan.value().partner.code + QLatin1Char('|') + header.bundleUuid));
        }
        return {};
    }));
    TANDEM_TRY(writer.value()->write(fhir.end()));
    TANDEM_TRY(writer.value()->finish());
    finishCounts(result.sent, perCategory);
    result.sent.partner = plan.value().partner;
    result.sent.leftOut = plan.value().preview.leftOut;

    QStringList summary;
    for (const auto& [category, n] : result.sent.perCategory)
        summary << ShareCategories::token(category) + QLatin1Char('=') + QString::number(n);
    TANDEM_TRY(log.insert({header.bundleUuid, QStringLiteral("sent"), plan.value().partner.uuid, header.createdAt, at, m_session.user().uuid,
                           result.sent.children + result.sent.withdrawalNotices,
                           summary.join(QLatin1Char(' ')) + QStringLiteral(" withdrawals=") + QString::number(result.sent.withdrawalNotices)}));
    TANDEM_TRY(store::PartnerRepository(db).setLastSent(plan.value().partner.uuid, at));
    TANDEM_TRY(m_session.audit(QStringLiteral("bundle.export"), QStringLiteral("bundle"), ids));
    result.bytes = file.size();
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot finish writing the bundle to %1: %2. Nothing was sent.").arg(path, file.errorString()));
    if (auto done = txn.value().commit(); !done.ok()) {
        QFile::remove(file.fileName()); // the log must match the files that exist
        return done.error();
    }
    result.bundleUuid = header.bundleUuid;
    result.path = QFileInfo(path).absoluteFilePath();
    return result;
}

} // namespace tandem
