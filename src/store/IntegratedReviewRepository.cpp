#include "tandem/store/IntegratedReviewRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::IntegratedReviewRepository", text); }

const QString kColumns = QStringLiteral(
    "r.uuid, r.child_uuid, r.family_uuid, r.contact_uuid, c.occurred_at, c.place, c.practitioner, coalesce(u.display_name, ''), "
    "coalesce(r.setting_practitioner, ''), coalesce(c.people_present, ''), c.duration_minutes, r.asq3_uuid, "
    "coalesce(r.asqse2_uuid, ''), coalesce(r.eyfs_uuid, ''), coalesce(r.wellcomm_uuid, ''), r.parent_views, "
    "coalesce(r.summary, ''), ");

IntegratedReview read(const Statement& s)
{
    IntegratedReview r;
    r.uuid = s.text(0);
    r.childUuid = s.text(1);
    r.familyUuid = s.text(2);
    r.contactUuid = s.text(3);
    r.reviewedAt = QDateTime::fromString(s.text(4), Qt::ISODate);
    r.place = s.text(5);
    r.practitionerUserUuid = s.text(6);
    r.practitionerName = s.text(7);
    r.settingPractitioner = s.text(8);
    r.peoplePresent = s.text(9);
    r.durationMinutes = static_cast<int>(s.integer(10));
    r.asq3Uuid = s.text(11);
    r.asqSe2Uuid = s.text(12);
    r.eyfsUuid = s.text(13);
    r.wellCommUuid = s.text(14);
    r.parentViews = s.text(15);
    r.summary = s.text(16);
    r.meta = rows::readMeta(s, 17);
    return r;
}
} // namespace

Result<void> IntegratedReviewRepository::insert(IntegratedReview& r, const QString& actor, const QString& at)
{
    r.meta = RecordMeta{at, actor, at, actor, 1, r.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO integrated_review (uuid, child_uuid, family_uuid, contact_uuid, setting_practitioner, "
                                   "asq3_uuid, asqse2_uuid, eyfs_uuid, wellcomm_uuid, parent_views, summary, origin, created_at, "
                                   "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.uuid, r.childUuid, r.familyUuid, r.contactUuid, textOrNull(r.settingPractitioner), r.asq3Uuid,
                     textOrNull(r.asqSe2Uuid), textOrNull(r.eyfsUuid), textOrNull(r.wellCommUuid), r.parentViews,
                     textOrNull(r.summary), r.meta.origin, at, actor, at, actor});
}

Result<QList<IntegratedReview>> IntegratedReviewRepository::select(const QString& where, const QVariantList& params) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + rows::metaColumns(QStringLiteral("r")) +
                             QStringLiteral(" FROM integrated_review r JOIN contact c ON c.uuid = r.contact_uuid "
                                            "LEFT JOIN app_user u ON u.uuid = c.practitioner WHERE ") +
                             where + QStringLiteral(" AND r.deleted_at IS NULL ORDER BY c.occurred_at DESC, r.id DESC"),
                         params);
    return rows::collect<IntegratedReview>(st, read);
}

Result<IntegratedReview> IntegratedReviewRepository::load(const QString& uuid) const
{
    auto found = select(QStringLiteral("r.uuid = ?"), {uuid});
    TANDEM_TRY(found);
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("No such integrated review in this store."));
    return found.value().first();
}

Result<void> IntegratedReviewRepository::moveChild(const QString& from, const QString& to, const QString& toFamily,
                                                  const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE integrated_review SET child_uuid = ?, family_uuid = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE child_uuid = ?"),
                    {to, toFamily, at, actor, from});
}

Result<QList<IntegratedReview>> IntegratedReviewRepository::forChild(const QString& childUuid) const
{
    return select(QStringLiteral("r.child_uuid = ?"), {childUuid});
}

} // namespace tandem::store
