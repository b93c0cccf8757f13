#include "tandem/store/FamilyRepository.h"
#include "RowReaders.h"
#include "tandem/domain/TextFold.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QUuid>

namespace tandem::store {

using rows::dateValue;
using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::FamilyRepository", text); }
QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Error notFound() { return makeError(ErrorCode::NotFound, tr("That family record does not exist or has been deleted.")); }
Error changedElsewhere()
{
    return makeError(ErrorCode::Conflict,
                     tr("Someone else changed this family record after you opened it. Reopen it to see their change, "
                        "then make yours again."));
}
} // namespace

Result<void> FamilyRepository::insert(Family& f, const QDate& movedIn, const QString& actor, const QString& at)
{
    f.meta = RecordMeta{at, actor, at, actor, 1, f.meta.origin};
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, address_line2, town, postcode, ward, childrens_centre, "
                                       "main_language, interpreter_needed, accessibility_needs, key_worker, origin, created_at, "
                                       "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {f.uuid, f.address.line1, textOrNull(f.address.line2), textOrNull(f.address.town), f.address.postcode,
                         textOrNull(f.ward), textOrNull(f.childrensCentre), textOrNull(f.mainLanguage), f.interpreterNeeded,
                         textOrNull(f.accessibilityNeeds), textOrNull(f.keyWorkerUuid), f.meta.origin, at, actor, at, actor}));
    return m_db.run(QStringLiteral("INSERT INTO family_address (uuid, family_uuid, line1, line2, town, postcode, moved_in, origin, "
                                   "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {newUuid(), f.uuid, f.address.line1, textOrNull(f.address.line2), textOrNull(f.address.town),
                     f.address.postcode, dateValue(movedIn.isValid() ? std::optional<QDate>(movedIn) : std::nullopt),
                     f.meta.origin, at, actor, at, actor});
}

Result<Family> FamilyRepository::load(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT f.uuid, f.address_line1, f.address_line2, f.town, f.postcode, f.ward, "
                                        "f.childrens_centre, f.main_language, f.interpreter_needed, f.accessibility_needs, "
                                        "f.key_worker, ") +
                             rows::metaColumns(QStringLiteral("f")) +
                             QStringLiteral(" FROM family f WHERE f.uuid = ? AND f.deleted_at IS NULL"),
                         {familyUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return notFound();
    const Statement& s = st.value();
    Family f;
    f.uuid = s.text(0);
    f.address = Address{s.text(1), s.text(2), s.text(3), s.text(4)};
    f.ward = s.text(5);
    f.childrensCentre = s.text(6);
    f.mainLanguage = s.text(7);
    f.interpreterNeeded = s.integer(8) != 0;
    f.accessibilityNeeds = s.text(9);
    f.keyWorkerUuid = s.text(10);
    f.meta = rows::readMeta(s, 11);
    return f;
}

Result<void> FamilyRepository::updateHousehold(const Family& f, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET ward = ?, childrens_centre = ?, main_language = ?, interpreter_needed = ?, "
                                       "accessibility_needs = ?, key_worker = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE uuid = ? AND version = ? AND deleted_at IS NULL"),
                        {textOrNull(f.ward), textOrNull(f.childrensCentre), textOrNull(f.mainLanguage), f.interpreterNeeded,
                         textOrNull(f.accessibilityNeeds), textOrNull(f.keyWorkerUuid), at, actor, f.uuid, f.meta.version}));
    if (m_db.changes() == 1)
        return {};
    auto exists = load(f.uuid);
    TANDEM_TRY(exists);
    return changedElsewhere();
}

Result<AddressChange> FamilyRepository::moveTo(const QString& familyUuid, const Address& a, const QDate& movedIn,
                                                const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET address_line1 = ?, address_line2 = ?, town = ?, postcode = ?, updated_at = ?, "
                                       "updated_by = ?, version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                        {a.line1, textOrNull(a.line2), textOrNull(a.town), a.postcode, at, actor, familyUuid}));
    if (m_db.changes() != 1)
        return notFound();
    AddressChange change{newUuid(), a, movedIn, RecordMeta{at, actor, at, actor, 1, QStringLiteral("local")}};
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO family_address (uuid, family_uuid, line1, line2, town, postcode, moved_in, "
                                       "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {change.uuid, familyUuid, a.line1, textOrNull(a.line2), textOrNull(a.town), a.postcode,
                         dateValue(movedIn.isValid() ? std::optional<QDate>(movedIn) : std::nullopt), at, actor, at, actor}));
    return change;
}

Result<QList<AddressChange>> FamilyRepository::addressHistory(const QString& familyUuid) const
{
    // Entries without a moved-in date (recorded before history was kept) sort by when recorded.
    auto st = m_db.query(QStringLiteral("SELECT a.uuid, a.line1, a.line2, a.town, a.postcode, a.moved_in, ") +
                             rows::metaColumns(QStringLiteral("a")) +
                             QStringLiteral(" FROM family_address a WHERE a.family_uuid = ? AND a.deleted_at IS NULL "
                                            "ORDER BY coalesce(a.moved_in, substr(a.created_at, 1, 10)) DESC, a.id DESC"),
                         {familyUuid});
    return rows::collect<AddressChange>(st, [](const Statement& s) {
        AddressChange c;
        c.uuid = s.text(0);
        c.address = Address{s.text(1), s.text(2), s.text(3), s.text(4)};
        c.movedIn = rows::optionalDate(s, 5).value_or(QDate());
        c.meta = rows::readMeta(s, 6);
        return c;
    });
}

Result<QString> FamilyRepository::findByAddress(const QString& postcode, const QString& line1) const
{
    auto st = m_db.query(QStringLiteral("SELECT uuid, address_line1 FROM family WHERE postcode = ? AND deleted_at IS NULL"), {postcode});
    TANDEM_TRY(st);
    const QString wanted = domain::TextFold::fold(line1);
    for (;;) {
        auto more = st.value().next();
        TANDEM_TRY(more);
        if (!more.value())
            return QString();
        if (domain::TextFold::fold(st.value().text(1)) == wanted)
            return st.value().text(0);
    }
}

Result<void> FamilyRepository::setKeyWorker(const QString& familyUuid, const QString& userUuid, const QString& actor,
                                            const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET key_worker = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE uuid = ? AND deleted_at IS NULL"),
                        {textOrNull(userUuid), at, actor, familyUuid}));
    if (m_db.changes() != 1)
        return notFound();
    return {};
}

Result<void> FamilyRepository::softDelete(const QString& familyUuid, const QString& reason, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, updated_at = ?, "
                                       "updated_by = ?, version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                        {at, actor, reason, at, actor, familyUuid}));
    if (m_db.changes() != 1)
        return notFound();
    return {};
}

Result<qint64> FamilyRepository::countFamilies() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM family WHERE deleted_at IS NULL"));
}

Result<void> FamilyRepository::setNamedHealthVisitor(const QString& familyUuid, const QString& userUuid, const QString& actor,
                                                     const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET named_hv = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE uuid = ? AND deleted_at IS NULL"),
                        {textOrNull(userUuid), at, actor, familyUuid}));
    return m_db.changes() == 1 ? Result<void>() : Result<void>(notFound());
}

Result<void> FamilyRepository::setLeftArea(const QString& familyUuid, const std::optional<QDate>& on, const QString& reason,
                                           const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE family SET left_area_on = ?, left_area_reason = ?, updated_at = ?, updated_by = ?, "
                                       "version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                        {dateValue(on), textOrNull(on ? reason : QString()), at, actor, familyUuid}));
    return m_db.changes() == 1 ? Result<void>() : Result<void>(notFound());
}

Result<FamilyCareRow> FamilyRepository::careRow(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT coalesce(named_hv, ''), left_area_on, coalesce(left_area_reason, ''), created_at "
                                        "FROM family WHERE uuid = ? AND deleted_at IS NULL"),
                         {familyUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return notFound();
    const Statement& s = st.value();
    return FamilyCareRow{s.text(0), rows::optionalDate(s, 1), s.text(2),
                         QDateTime::fromString(s.text(3), Qt::ISODateWithMs).toLocalTime().date()};
}

} // namespace tandem::store
