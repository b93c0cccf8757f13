#include "ActionsTable.h"

#include "DateInput.h"

#include <QChildEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

namespace tandem::gui {

namespace {
enum ActionColumn { Description, DueOn, Owner, ActionColumnCount };
} // namespace

ActionsTable::ActionsTable(QTableWidget* table, QPushButton* addButton, QPushButton* removeButton, int dueInDays,
                           std::function<QDate()> day, const QString& ownerName, const QString& ownerUserUuid, QObject* parent)
    : QObject(parent), m_table(table), m_removeButton(removeButton), m_dueInDays(dueInDays), m_day(std::move(day)),
      m_ownerName(ownerName), m_ownerUserUuid(ownerUserUuid)
{
    table->setColumnCount(ActionColumnCount);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Due by"), tr("Who will do it")});
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing or F2 starts editing a cell; moving between cells with the arrows does not.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                           QAbstractItemView::SelectedClicked);
    table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(DueOn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(Owner, QHeaderView::Interactive);
    table->setColumnWidth(DueOn, 110);
    table->setColumnWidth(Owner, 150);
    removeButton->setEnabled(false);
    table->viewport()->installEventFilter(this); // names each cell editor as it opens

    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == DueOn) { // tidy a typed date to dd/mm/yyyy once it is understood
            if (const auto date = DateInput::parse(item->text()); date && DateInput::format(*date) != item->text()) {
                item->setText(DateInput::format(*date));
                return; // itemChanged comes again
            }
        }
        Q_EMIT cellEdited();
        Q_EMIT changed();
    });
    connect(table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(addButton, &QPushButton::clicked, this, &ActionsTable::addAction);
    connect(removeButton, &QPushButton::clicked, this, &ActionsTable::removeAction);
}

QList<FollowUpAction> ActionsTable::actions(domain::FieldIssues* parseIssues) const
{
    QList<FollowUpAction> actions;
    const QTableWidget* table = m_table;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) { return table->item(row, column) ? table->item(row, column)->text() : QString(); };
        FollowUpAction a;
        a.description = text(Description);
        const QString due = text(DueOn);
        if (const auto dueOn = DateInput::parse(due))
            a.dueOn = *dueOn;
        else if (parseIssues && !due.trimmed().isEmpty()) // an empty date is the rules' to word
            parseIssues->append({QStringLiteral("actions[%1].dueOn").arg(row),
                                 tr("Action %1: %2").arg(QString::number(row + 1), DateInput::formatHint())});
        a.ownerName = text(Owner);
        if (a.ownerName.simplified() == m_ownerName)
            a.ownerUserUuid = m_ownerUserUuid;
        actions << a;
    }
    return actions;
}

bool ActionsTable::isActionIssue(const domain::FieldIssue& issue)
{
    return issue.field.startsWith(QLatin1String("actions["));
}

QString ActionsTable::issueText(const domain::FieldIssues& issues)
{
    QSet<QString> keys;
    QStringList lines;
    for (const domain::FieldIssue& issue : issues) {
        if (!isActionIssue(issue))
            continue;
        if (!keys.contains(issue.field)) // the rules name the action ("Describe action 2, …")
            lines << issue.message;
        keys.insert(issue.field);
    }
    return lines.join(QLatin1Char('\n'));
}

void ActionsTable::addAction()
{
    auto* table = m_table;
    const QSignalBlocker quiet(table); // one validation once the row is complete
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, Description, new QTableWidgetItem);
    table->setItem(row, DueOn, new QTableWidgetItem(DateInput::format(m_day().addDays(m_dueInDays))));
    table->setItem(row, Owner, new QTableWidgetItem(m_ownerName));
    table->item(row, DueOn)->setToolTip(DateInput::formatHint());
    table->setCurrentCell(row, Description);
    m_removeButton->setEnabled(true);
    Q_EMIT changed();
    table->setFocus();
    table->editItem(table->item(row, Description));
}

void ActionsTable::removeAction()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_removeButton->setEnabled(m_table->rowCount() > 0 && !m_table->selectedItems().isEmpty());
    Q_EMIT changed();
}

bool ActionsTable::eventFilter(QObject* watched, QEvent* event)
{
    // A cell editor says which cell it edits, for someone who cannot see the table.
    if (event->type() == QEvent::ChildPolished && watched == m_table->viewport()) {
        if (auto* editor = qobject_cast<QLineEdit*>(static_cast<QChildEvent*>(event)->child())) {
            const int row = m_table->currentRow() + 1;
            switch (m_table->currentColumn()) {
            case DueOn:
                editor->setObjectName(QStringLiteral("actionDueOnEditor"));
                editor->setAccessibleName(tr("Action %1: due by").arg(row));
                editor->setPlaceholderText(tr("dd/mm/yyyy"));
                break;
            case Owner:
                editor->setObjectName(QStringLiteral("actionOwnerEditor"));
                editor->setAccessibleName(tr("Action %1: who will do it").arg(row));
                break;
            default:
                editor->setObjectName(QStringLiteral("actionDescriptionEditor"));
                editor->setAccessibleName(tr("Action %1: what needs doing").arg(row));
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem::gui
