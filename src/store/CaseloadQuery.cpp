#include "tandem/store/CaseloadQuery.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

Result<QList<CaseloadFamilyRow>> CaseloadQuery::families(const QString& workerUuid, const QDate& today) const
{
    auto st = m_db.query(QStringLiteral("SELECT f.uuid, f.address_line1, f.postcode FROM family f WHERE f.named_hv = ? "
                                        "AND f.deleted_at IS NULL AND (f.left_area_on IS NULL OR f.left_area_on > ?)"),
                         {workerUuid, today.toString(Qt::ISODate)});
    return rows::collect<CaseloadFamilyRow>(
        st, [](const Statement& s) { return CaseloadFamilyRow{s.text(0), s.text(1), s.text(2)}; });
}

Result<QList<CaseloadChildRow>> CaseloadQuery::children(const QString& workerUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT c.uuid, c.family_uuid, c.given_name, c.family_name, c.date_of_birth, "
                                        "c.expected_delivery_date, c.gestation_weeks FROM family f JOIN child c ON c.family_uuid = f.uuid "
                                        "WHERE f.named_hv = ? AND f.deleted_at IS NULL AND c.deleted_at IS NULL AND c.merged_into IS NULL "
                                        "ORDER BY c.date_of_birth IS NULL, c.date_of_birth, c.id"),
                         {workerUuid});
    return rows::collect<CaseloadChildRow>(st, [](const Statement& s) {
        CaseloadChildRow c{s.text(0), s.text(1), s.text(2), s.text(3), rows::optionalDate(s, 4), rows::optionalDate(s, 5), {}};
        if (auto g = s.optionalInteger(6))
            c.gestationWeeks = static_cast<int>(*g);
        return c;
    });
}

Result<QHash<QString, QDate>> CaseloadQuery::lastContacts(const QString& workerUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT c.family_uuid, max(c.occurred_at) FROM family f JOIN contact c ON c.family_uuid = f.uuid "
                                        "WHERE f.named_hv = ? AND f.deleted_at IS NULL AND c.deleted_at IS NULL "
                                        "AND c.contact_type NOT IN ('not-brought', 'no-access') GROUP BY c.family_uuid"),
                         {workerUuid});
    QHash<QString, QDate> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) { out.insert(s.text(0), QDate::fromString(s.text(1).left(10), Qt::ISODate)); }));
    return out;
}

Result<QList<Consent>> CaseloadQuery::consentsForReview(const QString& workerUuid, const QDate& from, const QDate& to,
                                                       const QDate& withdrawnAfter) const
{
    // By family (named_hv, then consent_family): a caseload holds a few hundred households, so
    // this stays small however many consents the store holds.
    auto st = m_db.query(QStringLiteral("SELECT c.uuid, c.family_uuid, coalesce(c.child_uuid, ''), c.partner_codes, c.given_on, c.review_on, "
                                        "c.withdrawn_on FROM family f JOIN consent c ON c.family_uuid = f.uuid "
                                        "WHERE f.named_hv = ? AND f.deleted_at IS NULL AND c.review_on BETWEEN ? AND ? "
                                        "AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?) ORDER BY c.review_on, c.id"),
                         {workerUuid, from.toString(Qt::ISODate), to.toString(Qt::ISODate), withdrawnAfter.toString(Qt::ISODate)});
    return rows::collect<Consent>(st, [](const Statement& s) {
        Consent c;
        c.uuid = s.text(0);
        c.familyUuid = s.text(1);
        c.childUuid = s.text(2);
        c.partnerCodes = s.text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        c.givenOn = QDate::fromString(s.text(4), Qt::ISODate);
        c.reviewOn = QDate::fromString(s.text(5), Qt::ISODate);
        c.withdrawnOn = rows::optionalDate(s, 6);
        return c;
    });
}

Result<QStringList> CaseloadQuery::familiesWithoutNamedHv(int limit, int stride) const
{
    auto st = m_db.query(QStringLiteral("SELECT uuid FROM family WHERE named_hv IS NULL AND deleted_at IS NULL AND id % ? = 0 "
                                        "ORDER BY id LIMIT ?"),
                         {std::max(1, stride), limit});
    return rows::collect<QString>(st, [](const Statement& s) { return s.text(0); });
}

} // namespace tandem::store
