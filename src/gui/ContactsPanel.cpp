#include "ContactsPanel.h"

#include "AddNoteDialog.h"
#include "LogContactDialog.h"
#include "MarkActionDoneDialog.h"
#include "VisitText.h"
#include "WrappingItemDelegate.h"

#include "tandem/services/NoteService.h"
#include "tandem/services/Session.h"
#include "tandem/services/VisitService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Column { When, Kind, Children, By, Length, ColumnCount };
enum Line { ContactLine, NoteEntry, DetailLine, ActionLine, NoteLine, NoteTextLine };
constexpr int KindRole = Qt::UserRole;
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int kExpandedByDefault = 5; // the newest few open; older ones are a keypress away
constexpr int kMinHeight = 180;
constexpr int kMaxHeight = 440;

QDateTime localTime(const QDateTime& t) { return t.timeSpec() == Qt::LocalTime ? t : t.toLocalTime(); }
} // namespace

ContactsPanel::ContactsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("contactsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Contacts and notes")), this);
    title->setObjectName(QStringLiteral("contactsTitle"));
    top->addWidget(title);
    top->addSpacing(12);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contactsCountLabel"));
    m_count->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    top->addWidget(m_count);
    top->addStretch(1);
    m_log = new QPushButton(tr("L&og contact…"), this);
    m_log->setObjectName(QStringLiteral("logContactButton"));
    m_log->setAccessibleName(tr("Log a contact with the family"));
    m_addNote = new QPushButton(tr("Add &note…"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAccessibleName(tr("Add a note about the household or a child"));
    top->addWidget(m_log);
    top->addWidget(m_addNote);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("contactsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("contactsView"));
    m_view->setAccessibleName(tr("Contacts and notes, newest first"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("When"), tr("Contact"), tr("Children"), tr("By"), tr("Length")});
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &ContactsPanel::fitHeight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(Kind, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(Children, QHeaderView::Stretch);
    layout->addWidget(m_view);

    m_empty = new QLabel(tr("No contacts or notes are recorded yet."), this);
    m_empty->setObjectName(QStringLiteral("contactsEmptyLabel"));
    m_empty->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_empty);

    // Permissions are the core's; hiding what would be refused keeps the screen honest.
    m_log->setVisible(m_session.can(Permission::RecordContacts));
    m_addNote->setVisible(m_session.can(Permission::RecordContacts));

    connect(m_log, &QPushButton::clicked, this, &ContactsPanel::logContact);
    connect(m_addNote, &QPushButton::clicked, this, &ContactsPanel::addNote);
    connect(m_view, &QTreeWidget::itemActivated, this, &ContactsPanel::activated);
    connect(m_view, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (item->parent() == nullptr)
            m_expanded.insert(item->data(0, UuidRole).toString(), true);
        fitHeight();
    });
    connect(m_view, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        if (item->parent() == nullptr)
            m_expanded.insert(item->data(0, UuidRole).toString(), false);
        fitHeight();
    });
}

void ContactsPanel::setRecord(const FamilyRecord& record)
{
    if (record.family.uuid != m_record.family.uuid)
        m_expanded.clear();
    m_record = record;
    reload();
}

void ContactsPanel::reload()
{
    m_problem->hide();
    m_contacts.clear();
    m_notes.clear();
    if (!m_record.family.uuid.isEmpty()) {
        auto contacts = VisitService(m_session).contactsForFamily(m_record.family.uuid);
        auto notes = NoteService(m_session).notesForFamily(m_record.family.uuid);
        if (!contacts.ok())
            showProblem(contacts.message());
        else
            m_contacts = contacts.value();
        if (!notes.ok())
            showProblem(notes.message());
        else
            for (const Note& n : notes.value())
                if (n.contactUuid.isEmpty())
                    m_notes << n;
    }
    rebuild();
}

void ContactsPanel::rebuild()
{
    m_lastRowButton = nullptr;
    m_view->clear();
    // Contacts and notes written on their own, merged newest first.
    int c = 0;
    int n = 0;
    while (c < m_contacts.size() || n < m_notes.size()) {
        const bool takeContact = n >= m_notes.size() ||
                                 (c < m_contacts.size() && localTime(m_contacts.at(c).occurredAt) >= localTime(m_notes.at(n).writtenAt));
        const int position = c + n;
        if (takeContact)
            addContactRows(m_contacts.at(c++), position);
        else
            addNoteRows(m_notes.at(n++), position);
    }
    const bool empty = m_view->topLevelItemCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    const int contacts = static_cast<int>(m_contacts.size());
    const int notes = static_cast<int>(m_notes.size());
    QStringList counts;
    if (contacts > 0)
        counts << (contacts == 1 ? tr("1 contact") : tr("%1 contacts").arg(contacts));
    if (notes > 0)
        counts << (notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
    m_count->setText(empty ? QString() : tr("%1, newest first").arg(counts.join(QStringLiteral(", "))));
    fitHeight();
}

void ContactsPanel::addContactRows(const Contact& contact, int position)
{
    auto* item = new QTreeWidgetItem(m_view);
    item->setData(0, KindRole, ContactLine);
    item->setData(0, UuidRole, contact.uuid);
    item->setText(When, VisitText::dateTime(localTime(contact.occurredAt)));
    item->setText(Kind, VisitText::contactKind(contact));
    item->setText(Children, VisitText::childNames(m_record.family, contact.childUuids));
    item->setText(By, contact.practitionerName);
    item->setText(Length, VisitText::duration(contact.durationMinutes));
    item->setTextAlignment(Length, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Length, Qt::AccessibleTextRole,
                  contact.durationMinutes > 0 ? tr("%1 minutes").arg(contact.durationMinutes) : tr("No time recorded"));
    if (ContactTypes::isMissedAttempt(contact.type))
        item->setForeground(Kind, QColor(0x7a, 0x4b, 0x00));

    if (!contact.outcome.isEmpty())
        detailLine(item, tr("Outcome: %1").arg(contact.outcome));
    if (!contact.peoplePresent.isEmpty())
        detailLine(item, tr("People present: %1").arg(contact.peoplePresent));
    for (const FollowUpAction& a : contact.actions)
        addActionLine(item, a, contact);
    for (const Note& note : contact.notes)
        addNoteLine(item, note);
    item->setExpanded(m_expanded.value(contact.uuid, position < kExpandedByDefault));
}

void ContactsPanel::addNoteRows(const Note& note, int position)
{
    auto* item = new QTreeWidgetItem(m_view);
    item->setData(0, KindRole, NoteEntry);
    item->setData(0, UuidRole, note.uuid);
    item->setText(When, VisitText::dateTime(localTime(note.writtenAt)));
    item->setText(Kind, note.restriction == NoteRestriction::None
                            ? tr("Note")
                            : tr("Restricted note (%1)").arg(NoteRestrictions::displayName(note.restriction)));
    item->setText(Children, note.childUuid.isEmpty() ? tr("Household") : VisitText::childName(m_record.family, note.childUuid));
    item->setText(By, note.authorName);
    addNoteLine(item, note);
    item->setExpanded(m_expanded.value(note.uuid, position < kExpandedByDefault));
}

QTreeWidgetItem* ContactsPanel::detailLine(QTreeWidgetItem* parent, const QString& text)
{
    auto* line = new QTreeWidgetItem(parent);
    line->setData(0, KindRole, DetailLine);
    line->setText(0, text);
    line->setFirstColumnSpanned(true);
    return line;
}

void ContactsPanel::addActionLine(QTreeWidgetItem* parent, const FollowUpAction& action, const Contact& contact)
{
    QTreeWidgetItem* line = detailLine(parent, tr("Action: %1").arg(VisitText::action(action)));
    line->setData(0, KindRole, ActionLine);
    line->setData(0, UuidRole, action.uuid);
    if (action.doneOn) {
        line->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        return;
    }
    if (action.dueOn.isValid() && action.dueOn < m_session.today()) {
        line->setText(0, tr("Action (overdue): %1").arg(VisitText::action(action)));
        line->setForeground(0, QColor(0x8a, 0x10, 0x20));
    }
    if (!m_session.can(Permission::RecordContacts))
        return;
    auto* done = rowButton(line, tr("Mark done…"), "markActionDoneButton",
                           tr("Mark done: %1, agreed on %2").arg(action.description, VisitText::dateTime(localTime(contact.occurredAt))));
    const QString uuid = action.uuid;
    connect(done, &QPushButton::clicked, this, [this, uuid] { markDone(uuid); });
}

void ContactsPanel::addNoteLine(QTreeWidgetItem* parent, const Note& note)
{
    if (note.restriction == NoteRestriction::None) {
        QTreeWidgetItem* line = detailLine(parent, tr("Note: %1").arg(note.text));
        line->setData(0, KindRole, NoteTextLine);
        return;
    }
    // Only that the note exists, when and by whom. The text is not here: a reader allowed to
    // read it asks NoteService for it, one note at a time.
    QTreeWidgetItem* line = detailLine(parent, VisitText::restrictedNoteHeading(note));
    line->setData(0, KindRole, NoteLine);
    line->setData(0, UuidRole, note.uuid);
    if (!NoteService(m_session).canRead(note))
        return;
    auto* show = rowButton(line, tr("Show text"), "showNoteTextButton",
                           tr("Show the text of the %1").arg(VisitText::restrictedNoteHeading(note)));
    const QString uuid = note.uuid;
    connect(show, &QPushButton::clicked, this, [this, uuid] { toggleNote(uuid); });
}

// A button at the right of a spanned row. The holder covers the row but is masked to its
// button, so a click on the row's text still selects the row.
QPushButton* ContactsPanel::rowButton(QTreeWidgetItem* item, const QString& text, const char* name, const QString& accessibleName)
{
    auto* holder = new QWidget;
    holder->setObjectName(QStringLiteral("%1Holder").arg(QString::fromLatin1(name)));
    auto* row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 1, 6, 1);
    row->addStretch(1);
    auto* button = new QPushButton(text, holder);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    row->addWidget(button);
    holder->installEventFilter(this);
    button->installEventFilter(this);
    item->setData(0, WrappingItemDelegate::ReservedRightRole, button->sizeHint().width() + 16);
    item->setData(0, WrappingItemDelegate::MinimumHeightRole, button->sizeHint().height() + 4);
    m_view->setItemWidget(item, 0, holder);
    // Tab goes from the list through its buttons, top to bottom, then on to the next section.
    QWidget::setTabOrder(m_lastRowButton ? m_lastRowButton.data() : static_cast<QWidget*>(m_view), button);
    m_lastRowButton = button;
    return button;
}

bool ContactsPanel::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget && event->type() == QEvent::Resize && widget->objectName().endsWith(QLatin1String("Holder"))) {
        if (auto* button = widget->findChild<QPushButton*>())
            widget->setMask(button->geometry().adjusted(-2, -2, 2, 2));
    } else if (widget && event->type() == QEvent::FocusIn && qobject_cast<QPushButton*>(widget)) {
        // A button reached with Tab may be scrolled out of sight: bring its row into view.
        const QPoint at = widget->parentWidget()->geometry().center();
        if (QTreeWidgetItem* item = m_view->itemAt(at))
            m_view->scrollToItem(item);
        else
            m_view->scrollTo(m_view->indexAt(at));
    }
    return QWidget::eventFilter(watched, event);
}

void ContactsPanel::fitHeight()
{
    // Tall enough for what is open, up to a limit; the record screen scrolls as a whole.
    int height = m_view->header()->sizeHint().height() + 2 * m_view->frameWidth() + 4;
    for (QTreeWidgetItemIterator it(m_view); *it && height < kMaxHeight; ++it) {
        if ((*it)->parent() && !(*it)->parent()->isExpanded())
            continue;
        const int row = m_view->visualItemRect(*it).height();
        height += row > 0 ? row : fontMetrics().height() + 10;
    }
    m_view->setFixedHeight(std::clamp(height, kMinHeight, kMaxHeight));
}

QTreeWidgetItem* ContactsPanel::findLine(int kind, const QString& uuid) const
{
    for (QTreeWidgetItemIterator it(m_view); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == kind && (*it)->data(0, UuidRole).toString() == uuid)
            return *it;
    return nullptr;
}

void ContactsPanel::toggleNote(const QString& noteUuid)
{
    QTreeWidgetItem* line = findLine(NoteLine, noteUuid);
    QWidget* holder = line ? m_view->itemWidget(line, 0) : nullptr;
    auto* button = holder ? holder->findChild<QPushButton*>() : nullptr;
    if (!button)
        return; // not a note this reader may read
    if (line->childCount() > 0) {
        qDeleteAll(line->takeChildren());
        button->setText(tr("Show text"));
        fitHeight();
        return;
    }
    auto text = NoteService(m_session).reveal(noteUuid);
    if (!text.ok()) {
        showProblem(text.message());
        return;
    }
    auto* shown = new QTreeWidgetItem(line);
    shown->setData(0, KindRole, NoteTextLine);
    shown->setText(0, text.value());
    shown->setFirstColumnSpanned(true);
    line->setExpanded(true);
    button->setText(tr("Hide text"));
    m_view->scrollToItem(shown);
    fitHeight();
}

void ContactsPanel::activated(QTreeWidgetItem* item)
{
    const int kind = item->data(0, KindRole).toInt();
    if (kind == NoteLine)
        toggleNote(item->data(0, UuidRole).toString());
    else if (kind == ActionLine && m_view->itemWidget(item, 0))
        markDone(item->data(0, UuidRole).toString());
}

void ContactsPanel::markDone(const QString& actionUuid)
{
    for (const Contact& c : std::as_const(m_contacts)) {
        for (const FollowUpAction& a : c.actions) {
            if (a.uuid != actionUuid || a.doneOn)
                continue;
            auto* dialog = new MarkActionDoneDialog(m_session, a, localTime(c.occurredAt).date(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            connect(dialog, &QDialog::accepted, this, &ContactsPanel::changed);
            dialog->open();
            return;
        }
    }
}

void ContactsPanel::logContact()
{
    auto* dialog = new LogContactDialog(m_session, m_record, m_focusChild ? m_focusChild() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &ContactsPanel::changed);
    dialog->open();
}

void ContactsPanel::addNote()
{
    auto* dialog = new AddNoteDialog(m_session, m_record, m_focusChild ? m_focusChild() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &ContactsPanel::changed);
    dialog->open();
}

void ContactsPanel::changed()
{
    reload();
    Q_EMIT recordChanged();
}

void ContactsPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace tandem::gui
