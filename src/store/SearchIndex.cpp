#include "tandem/store/SearchIndex.h"
#include "RowReaders.h"
#include "tandem/domain/SearchQuery.h"
#include "tandem/domain/TextFold.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <algorithm>
#include <vector>

namespace tandem::store {

namespace {

struct IndexRow {
    qint64 id = 0;
    bool active = false;
    bool indexed = false;   // has a row in child_search now
    bool sortKeyCurrent = false;
    QString names, adults, nhs, postcode, dob, sortKey;
};

// Bound parameters per statement stay well under SQLite's limit of 999.
constexpr int kBatch = 500;

const QString kActive = QStringLiteral("c.deleted_at IS NULL AND c.merged_into IS NULL");
// Above this many matches without a name, walking the name order beats sorting the matches.
constexpr qint64 kWalkThreshold = 3000;


// Whether a child is indexed is asked of FTS4's content table (docid is its rowid, as the
// SQLite FTS documentation describes): through child_search itself, each lookup prepares a
// statement, which was a tenth of a 10,000-family import.
Result<void> collectRows(Database& db, const QString& where, const QVariantList& params, std::vector<IndexRow>& out)
{
    using namespace domain;
    auto st = db.query(
        QStringLiteral("SELECT c.id, c.given_name, c.family_name, coalesce(c.preferred_name, ''), coalesce(c.nhs_number, ''), "
                       "coalesce(c.date_of_birth, c.expected_delivery_date, ''), f.postcode, "
                       "(c.deleted_at IS NULL AND c.merged_into IS NULL AND f.deleted_at IS NULL), "
                       "(SELECT group_concat(p.given_name || ' ' || p.family_name, ' ') FROM relationship r "
                       " JOIN person p ON p.uuid = r.person_uuid "
                       " WHERE r.child_uuid = c.uuid AND r.deleted_at IS NULL AND p.deleted_at IS NULL), "
                       "EXISTS (SELECT 1 FROM child_search_content s WHERE s.docid = c.id), c.sort_key "
                       "FROM child c JOIN family f ON f.uuid = c.family_uuid WHERE ") +
            where,
        params);
    return rows::forEach(st, [&](const Statement& s) {
        IndexRow row;
        row.id = s.integer(0);
        row.names = TextFold::fold(s.text(1) + QLatin1Char(' ') + s.text(2) + QLatin1Char(' ') + s.text(3));
        row.sortKey = SearchIndex::sortKey(s.text(1), s.text(2));
        row.nhs = s.text(4).isEmpty() ? QString() : SearchKeys::nhsKey(s.text(4));
        const QDate born = QDate::fromString(s.text(5), Qt::ISODate);
        row.dob = born.isValid() ? SearchKeys::dateKey(born) : QString();
        row.postcode = SearchKeys::postcodeKey(s.text(6));
        row.active = s.integer(7) != 0;
        row.adults = TextFold::fold(s.text(8));
        row.indexed = s.integer(9) != 0;
        row.sortKeyCurrent = s.text(10) == row.sortKey;
        out.push_back(std::move(row));
    });
}

// In three passes, each skipping rows with nothing to do. Any UPDATE or DELETE opens a
// statement transaction, and FTS4 writes out its pending terms at every one: interleaved with
// the inserts, that made a segment per child. FTS4 also writes them out whenever a docid is
// lower than the one before, hence the sort.
Result<void> writeRows(Database& db, std::vector<IndexRow>& rows)
{
    std::sort(rows.begin(), rows.end(), [](const IndexRow& a, const IndexRow& b) { return a.id < b.id; });
    for (const IndexRow& row : rows)
        if (!row.sortKeyCurrent)
            TANDEM_TRY(db.run(QStringLiteral("UPDATE child SET sort_key = ? WHERE id = ?"), {row.sortKey, row.id}));
    for (const IndexRow& row : rows)
        if (row.indexed)
            TANDEM_TRY(db.run(QStringLiteral("DELETE FROM child_search WHERE docid = ?"), {row.id}));
    for (const IndexRow& row : rows)
        if (row.active)
            TANDEM_TRY(db.run(QStringLiteral("INSERT INTO child_search (docid, names, adults, nhs, postcode, dob) VALUES (?, ?, ?, ?, ?, ?)"),
                              {row.id, row.names, row.adults, row.nhs, row.postcode, row.dob}));
    return {};
}

} // namespace

QString SearchIndex::sortKey(const QString& givenName, const QString& familyName)
{
    return domain::TextFold::fold(familyName) + QLatin1Char('\x1f') + domain::TextFold::fold(givenName);
}

Result<void> SearchIndex::rebuild()
{
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM child_search")));
    return refreshWhere(QStringLiteral("1"), {});
}

Result<void> SearchIndex::refreshChild(const QString& childUuid)
{
    return refreshWhere(QStringLiteral("c.uuid = ?"), {childUuid});
}

Result<void> SearchIndex::refreshFamily(const QString& familyUuid)
{
    return refreshWhere(QStringLiteral("c.family_uuid = ?"), {familyUuid});
}

Result<void> SearchIndex::refreshFamilies(const QStringList& familyUuids)
{
    std::vector<IndexRow> rows;
    for (qsizetype from = 0; from < familyUuids.size(); from += kBatch) {
        const QStringList batch = familyUuids.mid(from, kBatch);
        QVariantList params;
        for (const QString& uuid : batch)
            params << uuid;
        const QStringList marks(batch.size(), QStringLiteral("?"));
        TANDEM_TRY(collectRows(m_db, QStringLiteral("c.family_uuid IN (%1)").arg(marks.join(QLatin1Char(','))), params, rows));
    }
    return writeRows(m_db, rows);
}

Result<void> SearchIndex::refreshWhere(const QString& where, const QVariantList& params)
{
    // Read first, then write: the writes touch the table being read.
    std::vector<IndexRow> rows;
    TANDEM_TRY(collectRows(m_db, where, params, rows));
    return writeRows(m_db, rows);
}

Result<SearchIndex::Hits> SearchIndex::search(const domain::SearchQuery& query, int offset, int limit, const QString& cursor) const
{
    QString where = kActive;
    QVariantList params;
    QString orderBy = QStringLiteral("c.sort_key, c.id");
    QString indexHint;
    if (!query.isEmpty()) {
        const QString match = query.toFtsMatch();
        if (match.isEmpty())
            return Hits{}; // typed something, but nothing in it can match
        where += QStringLiteral(" AND c.id IN (SELECT docid FROM child_search WHERE child_search MATCH ?)");
        params << match;
        // Two plans: sort the matches (best when few match, and for names, which cluster in
        // the name order), or walk the name order testing each child (best when many match
        // and they are spread through it, as a postcode district or a birthday are).
        auto matches = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM child_search WHERE child_search MATCH ?"), {match});
        TANDEM_TRY(matches);
        // A name query matching over an eighth of all children (a single letter) is spread
        // through the list too, whatever surnames it holds.
        auto size = m_db.scalarInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM child"));
        TANDEM_TRY(size);
        const bool spread = query.namePrefixes.isEmpty() || matches.value() * 8 > size.value();
        if (spread && matches.value() > kWalkThreshold)
            indexHint = QStringLiteral(" INDEXED BY child_sort");
        else
            orderBy = QStringLiteral("+c.sort_key, c.id");
    }
    if (!cursor.isEmpty()) {
        const int split = static_cast<int>(cursor.lastIndexOf(QLatin1Char('\x1e')));
        if (split < 0)
            return makeError(ErrorCode::Invalid, QCoreApplication::translate("tandem::store::SearchIndex", "The list position is not valid."));
        // The first term gives SQLite an index range; the second excludes rows already shown.
        where += QStringLiteral(" AND c.sort_key >= ? AND (c.sort_key > ? OR c.id > ?)");
        params << cursor.left(split) << cursor.left(split) << cursor.mid(split + 1).toLongLong();
        offset = 0;
    }
    const QString sql = QStringLiteral("SELECT ") + rows::childSummaryColumns() + QStringLiteral(", c.sort_key, c.id FROM child c") +
                        indexHint + QStringLiteral(" JOIN family f ON f.uuid = c.family_uuid WHERE ") + where +
                        QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    params << limit + 1 << offset;
    auto st = m_db.query(sql, params);
    TANDEM_TRY(st);
    Hits hits;
    QString lastKey;
    for (;;) {
        auto more = st.value().next();
        TANDEM_TRY(more);
        if (!more.value())
            break;
        hits.rows.append(rows::readChildSummary(st.value(), 0));
        if (hits.rows.size() <= limit)
            lastKey = st.value().text(10) + QLatin1Char('\x1e') + QString::number(st.value().integer(11));
    }
    if (hits.rows.size() > limit)
        hits.nextCursor = lastKey;
    return hits;
}

Result<qint64> SearchIndex::countActive() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM child c WHERE ") + kActive);
}

} // namespace tandem::store
