#include "tandem/store/ChildRepository.h"
#include "tandem/store/SearchIndex.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

using rows::dateValue;
using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::ChildRepository", text); }
Error notFound() { return makeError(ErrorCode::NotFound, tr("That child's record does not exist or has been deleted.")); }

const QString kChildColumns = QStringLiteral("c.uuid, c.family_uuid, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, "
                                             "c.expected_delivery_date, c.sex, c.nhs_number, c.upn, c.gp_practice, "
                                             "c.gestation_weeks, c.merged_into, ");

Child readChild(const Statement& s)
{
    Child c;
    c.uuid = s.text(0);
    c.familyUuid = s.text(1);
    c.givenName = s.text(2);
    c.familyName = s.text(3);
    c.preferredName = s.text(4);
    c.dateOfBirth = rows::optionalDate(s, 5);
    c.expectedDeliveryDate = rows::optionalDate(s, 6);
    c.sex = s.text(7);
    c.nhsNumber = s.text(8);
    c.upn = s.text(9);
    c.gpPractice = s.text(10);
    if (auto weeks = s.optionalInteger(11))
        c.gestationWeeks = static_cast<int>(*weeks);
    c.mergedInto = s.text(12);
    c.meta = rows::readMeta(s, 13);
    return c;
}

QString summarySelect(const QString& where)
{
    return QStringLiteral("SELECT ") + rows::childSummaryColumns() +
           QStringLiteral(" FROM child c JOIN family f ON f.uuid = c.family_uuid WHERE c.deleted_at IS NULL AND "
                          "c.merged_into IS NULL AND ") + where + QStringLiteral(" ORDER BY c.sort_key");
}
} // namespace

Result<void> ChildRepository::insert(const QString& familyUuid, Child& c, const QString& actor, const QString& at)
{
    c.familyUuid = familyUuid;
    c.meta = RecordMeta{at, actor, at, actor, 1, c.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO child (uuid, family_uuid, given_name, family_name, preferred_name, date_of_birth, "
                                   "expected_delivery_date, sex, nhs_number, upn, gp_practice, gestation_weeks, origin, created_at, "
                                   "created_by, updated_at, updated_by, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.uuid, familyUuid, c.givenName, c.familyName, textOrNull(c.preferredName), dateValue(c.dateOfBirth),
                     dateValue(c.expectedDeliveryDate), c.sex, textOrNull(c.nhsNumber), textOrNull(c.upn),
                     textOrNull(c.gpPractice), c.gestationWeeks ? QVariant(*c.gestationWeeks) : QVariant(), c.meta.origin, at,
                     actor, at, actor, SearchIndex::sortKey(c.givenName, c.familyName)});
}

Result<Child> ChildRepository::load(const QString& childUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kChildColumns + rows::metaColumns(QStringLiteral("c")) +
                             QStringLiteral(" FROM child c WHERE c.uuid = ? AND c.deleted_at IS NULL"),
                         {childUuid});
    auto all = rows::collect<Child>(st, readChild);
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return notFound();
    return all.value().first();
}

Result<QList<Child>> ChildRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kChildColumns + rows::metaColumns(QStringLiteral("c")) +
                             QStringLiteral(" FROM child c WHERE c.family_uuid = ? AND c.deleted_at IS NULL AND c.merged_into IS NULL "
                                            "ORDER BY coalesce(c.date_of_birth, c.expected_delivery_date), c.id"),
                         {familyUuid});
    return rows::collect<Child>(st, readChild);
}

Result<void> ChildRepository::update(Child& c, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE child SET given_name = ?, family_name = ?, preferred_name = ?, date_of_birth = ?, "
                                       "expected_delivery_date = ?, sex = ?, nhs_number = ?, upn = ?, gp_practice = ?, "
                                       "gestation_weeks = ?, updated_at = ?, updated_by = ?, version = version + 1, sort_key = ? "
                                       "WHERE uuid = ? AND version = ? AND deleted_at IS NULL AND merged_into IS NULL"),
                        {c.givenName, c.familyName, textOrNull(c.preferredName), dateValue(c.dateOfBirth),
                         dateValue(c.expectedDeliveryDate), c.sex, textOrNull(c.nhsNumber), textOrNull(c.upn),
                         textOrNull(c.gpPractice), c.gestationWeeks ? QVariant(*c.gestationWeeks) : QVariant(), at, actor,
                         SearchIndex::sortKey(c.givenName, c.familyName), c.uuid,
                         c.meta.version}));
    if (m_db.changes() != 1) {
        auto exists = load(c.uuid);
        TANDEM_TRY(exists);
        return makeError(ErrorCode::Conflict, tr("Someone else changed this child's record after you opened it. Reopen it to see "
                                                 "their change, then make yours again."));
    }
    c.meta.updatedAt = at;
    c.meta.updatedBy = actor;
    c.meta.version += 1;
    return {};
}

Result<void> ChildRepository::softDelete(const QString& childUuid, const QString& reason, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE child SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, updated_at = ?, "
                                       "updated_by = ?, version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                        {at, actor, reason, at, actor, childUuid}));
    if (m_db.changes() != 1)
        return notFound();
    return {};
}

Result<void> ChildRepository::markMerged(const QString& duplicateUuid, const QString& keepUuid, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE child SET merged_into = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE uuid = ? AND deleted_at IS NULL AND merged_into IS NULL"),
                        {keepUuid, at, actor, duplicateUuid}));
    if (m_db.changes() != 1)
        return notFound();
    return {};
}

Result<std::optional<ChildSummary>> ChildRepository::withNhsNumber(const QString& nhsNumber, const QString& ignoreUuid) const
{
    auto st = m_db.query(summarySelect(QStringLiteral("c.nhs_number = ? AND c.uuid <> ?")), {nhsNumber, ignoreUuid});
    auto all = rows::collect<ChildSummary>(st, [](const Statement& s) { return rows::readChildSummary(s, 0); });
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return std::optional<ChildSummary>();
    return std::optional<ChildSummary>(all.value().first());
}

Result<QList<ChildSummary>> ChildRepository::bornOn(const QDate& date, bool unborn, const QString& ignoreUuid) const
{
    const QString where = unborn ? QStringLiteral("c.expected_delivery_date = ? AND c.date_of_birth IS NULL AND c.uuid <> ?")
                                 : QStringLiteral("c.date_of_birth = ? AND c.uuid <> ?");
    auto st = m_db.query(summarySelect(where), {date.toString(Qt::ISODate), ignoreUuid});
    return rows::collect<ChildSummary>(st, [](const Statement& s) { return rows::readChildSummary(s, 0); });
}

Result<ChildSummary> ChildRepository::summary(const QString& childUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + rows::childSummaryColumns() +
                             QStringLiteral(" FROM child c JOIN family f ON f.uuid = c.family_uuid WHERE c.uuid = ?"),
                         {childUuid});
    auto all = rows::collect<ChildSummary>(st, [](const Statement& s) { return rows::readChildSummary(s, 0); });
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return notFound();
    return all.value().first();
}

} // namespace tandem::store
