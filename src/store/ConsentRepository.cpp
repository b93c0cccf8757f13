#include "tandem/store/ConsentRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {

QString joinTokens(const QStringList& tokens) { return tokens.join(QLatin1Char(' ')); }
QStringList splitTokens(const QString& text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

QList<ShareCategory> readCategories(const QString& text)
{
    QList<ShareCategory> out;
    for (const QString& t : splitTokens(text))
        if (auto c = ShareCategories::fromToken(t))
            out << *c;
    return out;
}

const QString kConsentColumns = QStringLiteral(
    "c.uuid, c.family_uuid, coalesce(c.child_uuid, ''), c.given_by, trim(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')), "
    "c.partner_codes, c.categories, c.purpose, c.method, c.given_on, c.review_on, c.withdrawn_on, coalesce(c.withdrawal_reason, ''), "
    "coalesce(u.display_name, ''), ");
const QString kConsentFrom = QStringLiteral(" FROM consent c LEFT JOIN person p ON p.uuid = c.given_by "
                                            "LEFT JOIN app_user u ON u.uuid = c.created_by ");

Consent readConsent(const Statement& s)
{
    Consent c;
    c.uuid = s.text(0);
    c.familyUuid = s.text(1);
    c.childUuid = s.text(2);
    c.givenByPersonUuid = s.text(3);
    c.givenByName = s.text(4);
    c.partnerCodes = splitTokens(s.text(5));
    c.categories = readCategories(s.text(6));
    c.purpose = s.text(7);
    c.method = s.text(8);
    c.givenOn = QDate::fromString(s.text(9), Qt::ISODate);
    c.reviewOn = QDate::fromString(s.text(10), Qt::ISODate);
    c.withdrawnOn = rows::optionalDate(s, 11);
    c.withdrawalReason = s.text(12);
    c.recordedByName = s.text(13);
    c.meta = rows::readMeta(s, 14);
    return c;
}

const QString kDecisionColumns = QStringLiteral(
    "d.uuid, d.family_uuid, d.child_uuid, d.share, d.partner_code, d.categories, d.reason, d.decided_on, d.share_until, d.authoriser, "
    "coalesce(a.display_name, ''), coalesce(u.display_name, ''), ");
const QString kDecisionFrom = QStringLiteral(" FROM safeguarding_decision d LEFT JOIN app_user a ON a.uuid = d.authoriser "
                                             "LEFT JOIN app_user u ON u.uuid = d.created_by ");

SafeguardingDecision readDecision(const Statement& s)
{
    SafeguardingDecision d;
    d.uuid = s.text(0);
    d.familyUuid = s.text(1);
    d.childUuid = s.text(2);
    d.share = s.integer(3) != 0;
    d.partnerCode = s.text(4);
    d.categories = readCategories(s.text(5));
    d.reason = s.text(6);
    d.decidedOn = QDate::fromString(s.text(7), Qt::ISODate);
    d.shareUntil = rows::optionalDate(s, 8);
    d.authoriserUserUuid = s.text(9);
    d.authoriserName = s.text(10);
    d.recordedByName = s.text(11);
    d.meta = rows::readMeta(s, 12);
    return d;
}

} // namespace

Result<void> ConsentRepository::insert(Consent& c, const QString& actor, const QString& at)
{
    c.meta = RecordMeta{at, actor, at, actor, 1, c.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO consent (uuid, family_uuid, child_uuid, given_by, partner_codes, categories, purpose, method, "
                                   "given_on, review_on, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.uuid, c.familyUuid, rows::textOrNull(c.childUuid), c.givenByPersonUuid, joinTokens(c.partnerCodes),
                     joinTokens(ShareCategories::tokensOf(c.categories)), c.purpose, c.method, c.givenOn.toString(Qt::ISODate),
                     c.reviewOn.toString(Qt::ISODate), c.meta.origin, at, actor, at, actor});
}

Result<void> ConsentRepository::withdraw(Consent& c, const QDate& on, const QString& reason, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE consent SET withdrawn_on = ?, withdrawal_reason = ?, updated_at = ?, updated_by = ?, "
                                       "version = version + 1 WHERE uuid = ? AND withdrawn_on IS NULL"),
                        {on.toString(Qt::ISODate), reason, at, actor, c.uuid}));
    c.withdrawnOn = on;
    c.withdrawalReason = reason;
    c.meta.updatedAt = at;
    c.meta.updatedBy = actor;
    ++c.meta.version;
    return {};
}

Result<std::optional<Consent>> ConsentRepository::byUuid(const QString& uuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kConsentColumns + rows::metaColumns(QStringLiteral("c")) + kConsentFrom +
                             QStringLiteral("WHERE c.uuid = ?"),
                         {uuid});
    auto list = rows::collect<Consent>(st, readConsent);
    TANDEM_TRY(list);
    if (list.value().isEmpty())
        return std::optional<Consent>();
    return std::optional<Consent>(list.value().first());
}

Result<QList<Consent>> ConsentRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kConsentColumns + rows::metaColumns(QStringLiteral("c")) + kConsentFrom +
                             QStringLiteral("WHERE c.family_uuid = ? ORDER BY c.given_on DESC, c.id DESC"),
                         {familyUuid});
    return rows::collect<Consent>(st, readConsent);
}

Result<QList<Consent>> ConsentRepository::all() const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kConsentColumns + rows::metaColumns(QStringLiteral("c")) + kConsentFrom +
                         QStringLiteral("ORDER BY c.id"));
    return rows::collect<Consent>(st, readConsent);
}

Result<QStringList> ConsentRepository::familiesWithReviewBetween(const QDate& from, const QDate& to) const
{
    auto st = m_db.query(QStringLiteral("SELECT DISTINCT family_uuid FROM consent WHERE withdrawn_on IS NULL AND review_on BETWEEN ? AND ?"),
                         {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    return rows::collect<QString>(st, [](const Statement& s) { return s.text(0); });
}

Result<void> ConsentRepository::insertDecision(SafeguardingDecision& d, const QString& actor, const QString& at)
{
    d.meta = RecordMeta{at, actor, at, actor, 1, d.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO safeguarding_decision (uuid, family_uuid, child_uuid, share, partner_code, categories, reason, "
                                   "decided_on, share_until, authoriser, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {d.uuid, d.familyUuid, d.childUuid, d.share ? 1 : 0, d.partnerCode, joinTokens(ShareCategories::tokensOf(d.categories)),
                     d.reason, d.decidedOn.toString(Qt::ISODate), rows::dateValue(d.shareUntil), d.authoriserUserUuid, d.meta.origin, at,
                     actor, at, actor});
}

Result<QList<SafeguardingDecision>> ConsentRepository::decisionsForFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kDecisionColumns + rows::metaColumns(QStringLiteral("d")) + kDecisionFrom +
                             QStringLiteral("WHERE d.family_uuid = ? ORDER BY d.decided_on DESC, d.id DESC"),
                         {familyUuid});
    return rows::collect<SafeguardingDecision>(st, readDecision);
}

Result<QList<SafeguardingDecision>> ConsentRepository::allDecisions() const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kDecisionColumns + rows::metaColumns(QStringLiteral("d")) + kDecisionFrom +
                         QStringLiteral("ORDER BY d.id"));
    return rows::collect<SafeguardingDecision>(st, readDecision);
}

} // namespace tandem::store
