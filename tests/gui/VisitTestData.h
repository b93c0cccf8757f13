#pragma once

// The Ashdowns for the health-visiting parts of the record screen. Today is 15 Jan 2026
// (TestStore's clock). Ada was born 12 days ago, so her new birth visit is due (by 17 Jan);
// Amara Nwosu-Lane (health visitor) is their key worker and named health visitor; Dylan
// Prothero works at the children's centre.

#include "FamilyFixtures.h"
#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/UserService.h"
#include "tandem/services/VisitService.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace tandem::test {

struct VisitStore {
    TestStore store;
    std::unique_ptr<Session> admin;
    std::unique_ptr<Session> hv; // Amara, health visitor
    std::unique_ptr<Session> cc; // Dylan, children's centre
    User amara;
    User dylan;
    Family family;

    VisitStore()
    {
        admin = store.unlockAdmin();
        amara = addUser(QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor);
        dylan = addUser(QStringLiteral("dylan"), QStringLiteral("Dylan Prothero"), Role::ChildrensCentrePractitioner);
        Family draft = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), admin->today().addDays(-12), syntheticNhs(1));
        draft.keyWorkerUuid = amara.uuid;
        auto registered = FamilyService(*admin).registerFamily(draft);
        INFO(registered.message().toStdString());
        REQUIRE(registered.ok());
        family = registered.value();
        store.clock().advanceMs(3600 * 1000); // 10:00
        hv = as(QStringLiteral("amara"));
        cc = as(QStringLiteral("dylan"));
        auto named = CareTeamService(*hv).setNamedHealthVisitor(family.uuid, amara.uuid); // a health visiting decision
        INFO(named.message().toStdString());
        REQUIRE(named.ok());
    }

    QString adaUuid() const { return family.children.first().uuid; }

    FamilyRecord record(Session& session) const
    {
        auto loaded = FamilyRecordService(session).record(family.uuid);
        INFO(loaded.message().toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    // An additional home visit this morning by Amara, with one open action and, when noteText
    // is given, a note restricted as asked.
    Contact logVisit(const QString& noteText = {}, NoteRestriction restriction = NoteRestriction::HealthVisiting)
    {
        Contact c;
        c.familyUuid = family.uuid;
        c.childUuids = {adaUuid()};
        c.occurredAt = QDateTime(hv->today(), QTime(9, 30));
        c.type = QStringLiteral("additional");
        c.place = QStringLiteral("home");
        c.durationMinutes = 40;
        c.outcome = QStringLiteral("Feeding established; weight gain on track.");
        FollowUpAction a;
        a.description = QStringLiteral("Book hearing screen");
        a.dueOn = hv->today().addDays(7);
        a.ownerName = QStringLiteral("Mum");
        c.actions << a;
        if (!noteText.isEmpty()) {
            Note n;
            n.familyUuid = family.uuid;
            n.text = noteText;
            n.restriction = restriction;
            c.notes << n;
        }
        auto logged = VisitService(*hv).logContact(c);
        INFO(logged.message().toStdString());
        REQUIRE(logged.ok());
        return logged.value();
    }

    std::unique_ptr<Session> as(const QString& username) { return store.unlockAs(username); }

private:
    User addUser(const QString& username, const QString& name, Role role) { return addTestUser(*admin, username, name, role); }
};

// Every piece of text a widget under root shows or hands to assistive technology.
inline QStringList allShownText(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip() << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            texts << line->text();
        if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            texts << plain->toPlainText();
        if (auto* rich = qobject_cast<QTextEdit*>(w))
            texts << rich->toPlainText();
        if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                     int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole), int(Qt::WhatsThisRole)})
                        texts << (*it)->data(c, role).toString();
        }
    }
    return texts;
}

// The visible dialog of the given type under parent (one closed earlier may await deletion).
template <typename Dialog>
Dialog* openDialog(QWidget* parent)
{
    Dialog* open = nullptr;
    for (Dialog* d : parent->findChildren<Dialog*>())
        if (d->isVisible())
            open = d;
    REQUIRE(open != nullptr);
    return open;
}

// The first line in a tree whose first column starts with text, or null.
inline QTreeWidgetItem* lineStartingWith(QTreeWidget* tree, const QString& text, int column = 0)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(column).startsWith(text))
            return *it;
    return nullptr;
}

} // namespace tandem::test
