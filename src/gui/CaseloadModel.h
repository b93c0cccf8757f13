#pragma once

#include "tandem/services/VisitTypes.h"

#include <QAbstractTableModel>

namespace tandem::gui {

// My caseload as a table: one row per family, in the order CaseloadService sorts them
// (overdue first, then by next deadline). Rows with an overdue contact say "Overdue" in
// words and are also shown in bold dark red; colour is never the only sign. The flags
// column names each child's flags (no follow-up plan, review due, consent expiring) with a marker;
// its tooltip gives them in full.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FamilyColumn,
        AddressColumn,
        ServiceLevelColumn,
        NextContactColumn,
        DueByColumn,
        StatusColumn,
        OverdueColumn,
        DevelopmentColumn,
        LastContactColumn,
        NextVisitColumn,
        ColumnCount
    };
    enum Role { FamilyUuidRole = Qt::UserRole, OverdueRole = Qt::UserRole + 1, FlaggedRole = Qt::UserRole + 2 };

    explicit CaseloadModel(QObject* parent = nullptr);

    void setCaseload(Caseload caseload);
    const Caseload& caseload() const { return m_caseload; }
    // A default entry for a row out of range.
    CaseloadEntry entryAt(int row) const { return m_caseload.entries.value(row); }
    int rowOf(const QString& familyUuid) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Okafor / Brennan" over "Ada (7 months), Kai (unborn, due 3 Feb 2027)".
    static QString familyText(const CaseloadEntry& entry, const QDate& today);
    static QString nextContactText(const CaseloadEntry& entry);
    static QString statusText(const CaseloadEntry& entry);

private:
    QString displayText(const CaseloadEntry& entry, int column) const;
    QString toolTip(const CaseloadEntry& entry, int column) const;

    Caseload m_caseload;
};

} // namespace tandem::gui
