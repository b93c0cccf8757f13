#pragma once

#include "tandem/core/Contact.h"
#include "tandem/domain/RecordRules.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

class QPushButton;
class QTableWidget;

namespace tandem::gui {

// The "agreed follow-up actions" table a contact or a review records: what needs doing, by when
// and who will do it. The table and its Add and Remove buttons belong to the dialog's form; this
// sets them up, adds and removes rows, names each cell editor for screen readers and reads the
// rows back. The dialog validates on changed() and shows issueText() under the table.
class ActionsTable : public QObject {
    Q_OBJECT
public:
    // dueInDays: a new action's default due date, counted from day() (the contact or review day).
    // A new action is owned by ownerName; an action still owned by that name is linked to ownerUserUuid.
    ActionsTable(QTableWidget* table, QPushButton* addButton, QPushButton* removeButton, int dueInDays,
                 std::function<QDate()> day, const QString& ownerName, const QString& ownerUserUuid, QObject* parent);

    // The rows as actions; a due date that cannot be read is added to parseIssues ("actions[N].dueOn").
    QList<FollowUpAction> actions(domain::FieldIssues* parseIssues) const;

    // Whether an issue is about an action (the dialog shows those under the table, not elsewhere).
    static bool isActionIssue(const domain::FieldIssue& issue);
    // The action issues, one line each (the first per key), for the table's issue label.
    static QString issueText(const domain::FieldIssues& issues);

Q_SIGNALS:
    void cellEdited(); // the user changed a cell: comes before changed()
    void changed();    // rows were added, removed or edited

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addAction();
    void removeAction();

    QTableWidget* m_table;
    QPushButton* m_removeButton;
    int m_dueInDays;
    std::function<QDate()> m_day;
    QString m_ownerName;
    QString m_ownerUserUuid;
};

} // namespace tandem::gui
