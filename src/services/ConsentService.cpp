#include "tandem/services/ConsentService.h"

#include "FamilyWriter.h"
#include "tandem/domain/ConsentRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ConsentRepository.h"
#include "tandem/store/PartnerRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::ConsentService", text); }

Result<QStringList> partnerCodes(store::Database& db)
{
    auto partners = store::PartnerRepository(db).list();
    TANDEM_TRY(partners);
    QStringList codes;
    for (const Partner& p : partners.value())
        codes << p.code.toUpper();
    return codes;
}

// Parental responsibility for the consent's child, or for every child of the family for a family consent.
Result<bool> holdsParentalResponsibility(store::Database& db, const Consent& c)
{
    auto adults = store::PersonRepository(db).forFamily(c.familyUuid);
    TANDEM_TRY(adults);
    bool isAdult = false;
    for (const Person& p : adults.value())
        isAdult = isAdult || p.uuid == c.givenByPersonUuid;
    if (!isAdult)
        return false;
    auto familyChildren = store::ChildRepository(db).forFamily(c.familyUuid);
    TANDEM_TRY(familyChildren);
    auto relationships = store::PersonRepository(db).relationshipsForFamily(c.familyUuid);
    TANDEM_TRY(relationships);
    QStringList children;
    for (const Child& child : familyChildren.value())
        if (c.childUuid.isEmpty() || child.uuid == c.childUuid)
            children << child.uuid;
    if (children.isEmpty())
        return false;
    for (const QString& child : children) {
        bool pr = false;
        for (const Relationship& r : relationships.value())
            pr = pr || (r.childUuid == child && r.personUuid == c.givenByPersonUuid && r.parentalResponsibility);
        if (!pr)
            return false;
    }
    return true;
}

QString categoriesLine(const QList<ShareCategory>& categories) { return ShareCategories::tokensOf(categories).join(QLatin1Char(' ')); }

} // namespace

Result<Consent> ConsentService::record(Consent draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordConsent));
    store::Database& db = m_session.database();
    if (!draft.childUuid.isEmpty()) {
        auto child = store::ChildRepository(db).load(draft.childUuid);
        TANDEM_TRY(child);
        if (child.value().familyUuid != draft.familyUuid)
            return makeError(ErrorCode::Invalid, tr("The child is not part of this family."));
        if (!child.value().mergedInto.isEmpty())
            return makeError(ErrorCode::Invalid, tr("This child's record was merged into another; record consent on that record."));
    }
    auto codes = partnerCodes(db);
    TANDEM_TRY(codes);
    auto pr = holdsParentalResponsibility(db, draft);
    TANDEM_TRY(pr);
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ConsentRules::validateConsent(draft, pr.value(), codes.value(), m_session.today())));

    draft.uuid = FamilyWriter::newUuid();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ConsentRepository(db).insert(draft, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(draft.familyUuid, draft.childUuid, QStringLiteral("consent.recorded"),
                                                draft.partnerCodes.join(QLatin1Char(' ')) + QLatin1Char('|') + categoriesLine(draft.categories)));
    TANDEM_TRY(m_session.audit(QStringLiteral("consent.record"), QStringLiteral("consent"), {draft.uuid}));
    TANDEM_TRY(txn.value().commit());
    auto stored = store::ConsentRepository(db).byUuid(draft.uuid);
    TANDEM_TRY(stored);
    return *stored.value();
}

Result<Consent> ConsentService::withdraw(const QString& consentUuid, const QDate& withdrawnOn, const QString& reason)
{
    TANDEM_TRY(m_session.require(Permission::RecordConsent));
    store::Database& db = m_session.database();
    store::ConsentRepository repo(db);
    auto found = repo.byUuid(consentUuid);
    TANDEM_TRY(found);
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no consent record with that id."));
    Consent consent = *found.value();
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ConsentRules::validateWithdrawal(consent, withdrawnOn, reason, m_session.today())));

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(repo.withdraw(consent, withdrawnOn, reason.trimmed(), m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(consent.familyUuid, consent.childUuid, QStringLiteral("consent.withdrawn"),
                                                consent.partnerCodes.join(QLatin1Char(' '))));
    TANDEM_TRY(m_session.audit(QStringLiteral("consent.withdraw"), QStringLiteral("consent"), {consent.uuid}));
    TANDEM_TRY(txn.value().commit());
    return consent;
}

Result<QList<ConsentView>> ConsentService::forFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto consents = store::ConsentRepository(m_session.database()).forFamily(familyUuid);
    TANDEM_TRY(consents);
    const QDate today = m_session.today();
    QList<ConsentView> out;
    for (const Consent& c : consents.value())
        out << ConsentView{c, domain::ConsentRules::status(c, today), domain::ConsentRules::expiresSoon(c, today)};
    return out;
}

Result<ConsentView> ConsentService::consent(const QString& consentUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto found = store::ConsentRepository(m_session.database()).byUuid(consentUuid);
    TANDEM_TRY(found);
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no consent record with that id."));
    const QDate today = m_session.today();
    const Consent& c = *found.value();
    return ConsentView{c, domain::ConsentRules::status(c, today), domain::ConsentRules::expiresSoon(c, today)};
}

Result<SafeguardingDecision> ConsentService::recordSafeguarding(SafeguardingDecision draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordConsent));
    store::Database& db = m_session.database();
    auto child = store::ChildRepository(db).load(draft.childUuid);
    TANDEM_TRY(child);
    draft.familyUuid = child.value().familyUuid;
    bool teamLead = false;
    if (!draft.authoriserUserUuid.isEmpty()) {
        auto user = store::UserRepository(db).findByUuid(draft.authoriserUserUuid);
        TANDEM_TRY(user);
        teamLead = user.value() && user.value()->active && user.value()->role == Role::TeamLead;
    }
    auto codes = partnerCodes(db);
    TANDEM_TRY(codes);
    TANDEM_TRY(FamilyWriter::refuseIssues(
        domain::ConsentRules::validateSafeguarding(draft, teamLead, codes.value(), m_session.today())));

    draft.uuid = FamilyWriter::newUuid();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ConsentRepository(db).insertDecision(draft, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(draft.familyUuid, draft.childUuid,
                                                draft.share ? QStringLiteral("safeguarding.share") : QStringLiteral("safeguarding.no-share"),
                                                draft.partnerCode));
    TANDEM_TRY(m_session.audit(draft.share ? QStringLiteral("safeguarding.share") : QStringLiteral("safeguarding.no-share"),
                               QStringLiteral("safeguarding_decision"), {draft.uuid, draft.childUuid, draft.authoriserUserUuid}));
    TANDEM_TRY(txn.value().commit());
    auto stored = store::ConsentRepository(db).decisionsForFamily(draft.familyUuid);
    TANDEM_TRY(stored);
    for (const SafeguardingDecision& d : stored.value())
        if (d.uuid == draft.uuid)
            return d;
    return draft;
}

Result<QList<SafeguardingDecision>> ConsentService::safeguardingForFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return store::ConsentRepository(m_session.database()).decisionsForFamily(familyUuid);
}

Result<QList<ChildSharing>> ConsentService::sharingForFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);
    auto consents = store::ConsentRepository(db).forFamily(familyUuid);
    TANDEM_TRY(consents);
    auto decisions = store::ConsentRepository(db).decisionsForFamily(familyUuid);
    TANDEM_TRY(decisions);
    auto partners = store::PartnerRepository(db).list();
    TANDEM_TRY(partners);
    QList<ChildSharing> out;
    for (const Child& child : children.value()) {
        for (const Partner& partner : partners.value()) {
            const domain::ShareDecision d = domain::ConsentRules::decide(child.uuid, familyUuid, partner.code, consents.value(),
                                                                         decisions.value(), m_session.today());
            out << ChildSharing{child.uuid, child.givenName + QLatin1Char(' ') + child.familyName, partner.code, d.categories,
                                d.safeguarding, d.leftOutReason};
        }
    }
    return out;
}

} // namespace tandem
