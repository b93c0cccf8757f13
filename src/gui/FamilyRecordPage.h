#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace tandem {
class Session;
}

namespace tandem::gui {

class AssessmentsPanel;
class ContactsPanel;
class FamilyRecordHeader;
class HealthVisitingPanel;
class InvolvementPanel;
class PeoplePanel;
class SharingPanel;
class TimelinePanel;

// The shared family record: who is involved first, then health visiting (care team and the
// mandated-contact schedule), each child's assessments and reviews, consent and sharing with partner
// organisations, the people, contacts and notes, and one timeline of the
// family's journey, with the actions that change the record. Dialogs open window-modal
// over the page; after any change the page reloads from FamilyRecordService and emits
// recordChanged() so the Families list can refresh.
class FamilyRecordPage : public QWidget {
    Q_OBJECT
public:
    explicit FamilyRecordPage(Session& session, QWidget* parent = nullptr);

    // Shows the household; focusChildUuid (optional) is selected among the children and
    // offered first by Delete… and Merge…. With an empty familyUuid the child's household
    // is found from focusChildUuid (following merges).
    void showFamily(const QString& familyUuid, const QString& focusChildUuid = {});
    void reload();

    QString familyUuid() const { return m_record.family.uuid; }
    const FamilyRecord& record() const { return m_record; }

Q_SIGNALS:
    void backRequested();
    void recordChanged();
    // The Sharing panel's "open Sharing" (conflicts to resolve): the main window shows the Sharing area.
    void sharingAreaRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildActions(QWidget* bar);
    void showProblem(const QString& message);
    QString focusChild() const;
    template <typename Dialog, typename... Args>
    Dialog* openDialog(Args&&... args);

    void panelChanged();
    void recordMove();
    void addChild();
    void addAdult();
    void addInvolvement();
    void endInvolvement(const Involvement& involvement);
    void deleteRecord();
    void mergeChildren();

    Session& m_session;
    FamilyRecord m_record;
    QString m_focusChildUuid;
    FamilyRecordHeader* m_header = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_actions = nullptr;
    QScrollArea* m_scroll = nullptr;
    InvolvementPanel* m_involvement = nullptr;
    HealthVisitingPanel* m_healthVisiting = nullptr;
    AssessmentsPanel* m_assessments = nullptr;
    SharingPanel* m_sharing = nullptr;
    PeoplePanel* m_people = nullptr;
    ContactsPanel* m_contacts = nullptr;
    TimelinePanel* m_timeline = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace tandem::gui
