#include "tandem/store/NoteRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::NoteRepository", text); }

// The body is selected only for unrestricted notes.
const QString kSelect = QStringLiteral(
    "SELECT n.uuid, n.family_uuid, coalesce(n.child_uuid, ''), coalesce(n.contact_uuid, ''), n.written_at, n.author, "
    "coalesce(u.display_name, ''), n.restriction, CASE n.restriction WHEN 'none' THEN n.body ELSE '' END, ");

Note read(const Statement& s)
{
    Note n;
    n.uuid = s.text(0);
    n.familyUuid = s.text(1);
    n.childUuid = s.text(2);
    n.contactUuid = s.text(3);
    n.writtenAt = QDateTime::fromString(s.text(4), Qt::ISODate);
    n.authorUserUuid = s.text(5);
    n.authorName = s.text(6);
    n.restriction = NoteRestrictions::fromToken(s.text(7)).value_or(NoteRestriction::Safeguarding);
    n.text = s.text(8);
    n.withheld = n.restriction != NoteRestriction::None;
    n.meta = rows::readMeta(s, 9);
    return n;
}

const QString kFrom = QStringLiteral(" FROM note n LEFT JOIN app_user u ON u.uuid = n.author ");
} // namespace

Result<void> NoteRepository::insert(Note& n, const QString& actor, const QString& at)
{
    n.meta = RecordMeta{at, actor, at, actor, 1, n.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO note (uuid, family_uuid, child_uuid, contact_uuid, written_at, author, restriction, "
                                   "body, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {n.uuid, n.familyUuid, textOrNull(n.childUuid), textOrNull(n.contactUuid),
                     n.writtenAt.toUTC().toString(Qt::ISODateWithMs), n.authorUserUuid, NoteRestrictions::token(n.restriction),
                     n.text, n.meta.origin, at, actor, at, actor});
}

Result<QList<Note>> NoteRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(kSelect + rows::metaColumns(QStringLiteral("n")) + kFrom +
                             QStringLiteral("WHERE n.family_uuid = ? AND n.deleted_at IS NULL ORDER BY n.written_at DESC, n.id DESC"),
                         {familyUuid});
    return rows::collect<Note>(st, read);
}

Result<Note> NoteRepository::load(const QString& noteUuid) const
{
    auto st = m_db.query(kSelect + rows::metaColumns(QStringLiteral("n")) + kFrom +
                             QStringLiteral("WHERE n.uuid = ? AND n.deleted_at IS NULL"),
                         {noteUuid});
    auto all = rows::collect<Note>(st, read);
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("That note does not exist or has been deleted."));
    return all.value().first();
}

Result<QString> NoteRepository::body(const QString& noteUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT body FROM note WHERE uuid = ? AND deleted_at IS NULL"), {noteUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("That note does not exist or has been deleted."));
    return st.value().text(0);
}

} // namespace tandem::store
