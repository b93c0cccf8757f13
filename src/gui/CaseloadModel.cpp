#include "CaseloadModel.h"

#include "CaseloadText.h"
#include "RecordText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace tandem::gui {

namespace {
const QColor kOverdueText(0xb0, 0x00, 0x20); // the app's problem red: 6.9:1 on white
const QColor kOverdueRow(0xfd, 0xec, 0xee);
const QColor kFlagText(0x6b, 0x42, 0x00); // dark amber, as the monitoring zone: 8.9:1 on white

bool isOverdue(const CaseloadEntry& entry) { return entry.overdueCount > 0; }
} // namespace

CaseloadModel::CaseloadModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseloadModel::setCaseload(Caseload caseload)
{
    beginResetModel();
    m_caseload = std::move(caseload);
    endResetModel();
}

int CaseloadModel::rowOf(const QString& familyUuid) const
{
    for (int r = 0; r < m_caseload.entries.size(); ++r)
        if (m_caseload.entries.at(r).familyUuid == familyUuid)
            return r;
    return -1;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_caseload.entries.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CaseloadModel::familyText(const CaseloadEntry& entry, const QDate& today)
{
    QStringList children;
    for (const CaseloadChild& c : entry.children) {
        // The family name is on the line above: given names only, unless a child's differs.
        QString name = c.name;
        if (name.endsWith(QLatin1Char(' ') + entry.familyName))
            name.chop(entry.familyName.size() + 1);
        const QString a = CaseloadText::age(c, today);
        children << (a.isEmpty() ? name : tr("%1 (%2)").arg(name, a));
    }
    if (children.isEmpty())
        return entry.familyName;
    return entry.familyName + QLatin1Char('\n') + children.join(QStringLiteral(", "));
}

QString CaseloadModel::nextContactText(const CaseloadEntry& entry)
{
    if (!entry.next)
        return tr("None left to do");
    const QString contact = domain::contactDisplayName(entry.next->contact);
    QString child = entry.nextChildName;
    // Given name only: the family column names the household.
    if (const qsizetype space = child.indexOf(QLatin1Char(' ')); space > 0)
        child.truncate(space);
    return child.isEmpty() ? contact : tr("%1: %2").arg(child, contact);
}

QString CaseloadModel::statusText(const CaseloadEntry& entry)
{
    if (!entry.next)
        return tr("Up to date");
    return CaseloadText::status(*entry.next);
}

QString CaseloadModel::displayText(const CaseloadEntry& entry, int column) const
{
    switch (column) {
    case FamilyColumn: return familyText(entry, m_caseload.today);
    case AddressColumn:
        return entry.postcode.isEmpty() ? entry.addressLine : entry.addressLine + QLatin1Char('\n') + entry.postcode;
    case ServiceLevelColumn: return ServiceLevels::displayName(entry.serviceLevel);
    case NextContactColumn: return nextContactText(entry);
    case DueByColumn: return entry.next ? RecordText::date(entry.next->dueBy) : QString();
    case StatusColumn: return statusText(entry);
    case OverdueColumn: return entry.overdueCount > 0 ? QString::number(entry.overdueCount) : QString(); // blank, so the counts stand out
    case DevelopmentColumn: return CaseloadText::flagSummary(entry);
    case LastContactColumn: {
        if (!entry.lastContact)
            return tr("None recorded");
        // Name the mandated contact that visit completed, so a logged visit shows as done here.
        for (const CaseloadChild& child : entry.children)
            for (const domain::ScheduledContact& c : child.schedule)
                if (c.doneOn == entry.lastContact)
                    return tr("%1\n%2 done").arg(RecordText::date(*entry.lastContact), domain::contactDisplayName(c.contact));
        return RecordText::date(*entry.lastContact);
    }
    case NextVisitColumn:
        return entry.nextAppointment ? CaseloadText::dateTime(*entry.nextAppointment, m_caseload.today) : tr("None booked");
    }
    return {};
}

QString CaseloadModel::toolTip(const CaseloadEntry& entry, int column) const
{
    switch (column) {
    case NextContactColumn:
    case DueByColumn:
    case StatusColumn:
        if (!entry.next)
            return tr("Every mandated contact is done, declined or no longer applies.");
        return tr("%1 for %2. %3")
            .arg(domain::contactDisplayName(entry.next->contact), entry.nextChildName,
                 CaseloadText::deadline(*entry.next, m_caseload.today));
    case OverdueColumn:
        return entry.overdueCount == 1 ? tr("1 overdue contact across the children")
                                       : tr("%1 overdue contacts across the children").arg(entry.overdueCount);
    case DevelopmentColumn: {
        const QStringList flags = CaseloadText::flagDetails(entry);
        return flags.isEmpty() ? tr("No assessment needs a follow-up plan, no review is due and no consent to share expires within 30 days.")
                               : flags.join(QLatin1Char('\n'));
    }
    default:
        return displayText(entry, column).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    }
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_caseload.entries.size())
        return {};
    const CaseloadEntry& entry = m_caseload.entries.at(index.row());
    const int column = index.column();
    const bool overdue = isOverdue(entry);
    switch (role) {
    case Qt::DisplayRole: return displayText(entry, column);
    case Qt::AccessibleTextRole:
        if (column == OverdueColumn)
            return entry.overdueCount == 1 ? tr("1 overdue contact") : tr("%1 overdue contacts").arg(entry.overdueCount);
        if (column == DevelopmentColumn) {
            const QStringList flags = CaseloadText::flagDetails(entry);
            if (flags.isEmpty())
                return tr("No flags");
            return (flags.size() == 1 ? tr("1 flag: %1") : tr("%1 flags: %2").arg(flags.size()))
                .arg(flags.join(QStringLiteral("; ")));
        }
        return displayText(entry, column).replace(QLatin1Char('\n'), QStringLiteral(", "));
    case Qt::ToolTipRole: return toolTip(entry, column);
    case Qt::ForegroundRole:
        if (overdue && (column == StatusColumn || column == DueByColumn || column == OverdueColumn || column == NextContactColumn))
            return QBrush(kOverdueText);
        if (column == DevelopmentColumn && entry.flagCount > 0)
            return QBrush(kFlagText);
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(kOverdueRow);
        return {};
    case Qt::FontRole:
        if (overdue && (column == StatusColumn || column == OverdueColumn || column == DueByColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == OverdueColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case FamilyUuidRole: return entry.familyUuid;
    case OverdueRole: return overdue;
    case FlaggedRole: return entry.flagCount > 0;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FamilyColumn: return tr("Family");
    case AddressColumn: return tr("Address");
    case ServiceLevelColumn: return tr("Service level");
    case NextContactColumn: return tr("Next contact");
    case DueByColumn: return tr("Due by");
    case StatusColumn: return tr("Status");
    case OverdueColumn: return tr("Overdue");
    case DevelopmentColumn: return tr("Flags"); // development, and consents to share about to lapse
    case LastContactColumn: return tr("Last contact");
    case NextVisitColumn: return tr("Next visit");
    }
    return {};
}

} // namespace tandem::gui
