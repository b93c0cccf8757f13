#pragma once

#include "tandem/core/ChildSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace tandem {
class Session;
}

namespace tandem::gui {

// The Families list: one row per child, from SearchService, in the order the service sorts
// (family name, given name). Rows arrive a page at a time as the view scrolls, so opening a
// store of 100,000 children reads 200 rows, not all of them.
class ChildListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DateOfBirthColumn, NhsNumberColumn, PostcodeColumn, ColumnCount };
    enum Role { ChildUuidRole = Qt::UserRole, FamilyUuidRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ChildListModel(Session& session, QObject* parent = nullptr);

    // Replaces the rows with the first page matching text (empty text: every child).
    void setQuery(const QString& text);
    QString query() const { return m_query; }
    // Reads the current query again from the start, e.g. after a registration.
    void reload() { setQuery(m_query); }
    ChildSummary summaryAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    static QString displayName(const ChildSummary& child);
    static QString displayDate(const ChildSummary& child);

Q_SIGNALS:
    // The service refused or failed; the rows loaded so far stay. Never shown as a dialog here.
    void loadFailed(const QString& message);

private:
    Session& m_session;
    QString m_query;
    QList<ChildSummary> m_rows;
    bool m_hasMore = false;
    QString m_cursor; // SearchPage::nextCursor of the last page loaded
};

} // namespace tandem::gui
