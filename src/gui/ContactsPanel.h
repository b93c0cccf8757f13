#pragma once

#include "tandem/core/Contact.h"
#include "tandem/services/FamilyTypes.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {
class Session;
}

namespace tandem::gui {

// "Contacts and notes": every contact with the family, newest first, each with its outcome,
// follow-up actions and notes below it, and the notes written on their own. A restricted
// note shows only that it exists, its date and author; a reader NoteService allows gets a
// "Show text" button that reveals it in place (an audited read). Nobody else gets a button,
// and the text never reaches this panel for them. Open actions can be marked done.
// Logging a contact and adding a note open their dialogs from here; after any change the
// panel reloads and emits recordChanged().
class ContactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContactsPanel(Session& session, QWidget* parent = nullptr);

    void setRecord(const FamilyRecord& record);
    // Where Log contact… and Add note… find the child to start with (the page's selected child).
    void setFocusChildSource(std::function<QString()> source) { m_focusChild = std::move(source); }
    void reload();
    QTreeWidget* view() const { return m_view; }

Q_SIGNALS:
    void recordChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void addContactRows(const Contact& contact, int position);
    void addNoteRows(const Note& note, int position);
    void addNoteLine(QTreeWidgetItem* parent, const Note& note);
    void addActionLine(QTreeWidgetItem* parent, const FollowUpAction& action, const Contact& contact);
    QTreeWidgetItem* detailLine(QTreeWidgetItem* parent, const QString& text);
    QPushButton* rowButton(QTreeWidgetItem* item, const QString& text, const char* name, const QString& accessibleName);
    void fitHeight();
    void toggleNote(const QString& noteUuid);
    void markDone(const QString& actionUuid);
    void activated(QTreeWidgetItem* item);
    void logContact();
    void addNote();
    void changed();
    QTreeWidgetItem* findLine(int kind, const QString& uuid) const;
    void showProblem(const QString& message);

    Session& m_session;
    FamilyRecord m_record;
    QList<Contact> m_contacts;            // newest first
    QList<Note> m_notes;                  // written on their own (not at a contact), newest first
    QHash<QString, bool> m_expanded;      // the user's choice per contact or note, kept across reloads
    std::function<QString()> m_focusChild;
    QTreeWidget* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_addNote = nullptr;
    QPointer<QPushButton> m_lastRowButton; // the Tab order runs through the row buttons in order
};

} // namespace tandem::gui
