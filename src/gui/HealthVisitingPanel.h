#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {
class Session;
}

namespace tandem::gui {

// Health visiting on the family record: the care team (service level with its history,
// named health visitor, lead professional, a banner when the family has moved out of the
// area) and each child's mandated-contact schedule, with the status of every contact in
// words as well as colour. Declined / not applicable decisions are recorded from here.
// Buttons follow the signed-in user's permissions; after any change the panel reloads and
// emits recordChanged().
class HealthVisitingPanel : public QWidget {
    Q_OBJECT
public:
    explicit HealthVisitingPanel(Session& session, QWidget* parent = nullptr);

    // focusChildUuid: the child the record was opened for; their next contact to act on is selected.
    void setRecord(const FamilyRecord& record, const QString& focusChildUuid = {});
    void reload();
    QTreeWidget* scheduleView() const { return m_schedule; }
    const CareTeam& careTeam() const { return m_team; }

Q_SIGNALS:
    void recordChanged();

private:
    struct Selected {
        ChildSchedule child;
        domain::ScheduledContact contact;
    };
    void showCareTeam();
    void showSchedule();
    void fitScheduleHeight();
    void select(const QString& childUuid, int contact);
    void updateButtons();
    std::optional<Selected> selected() const;
    void open(QDialog* dialog);
    void changeServiceLevel();
    void changeNamedHealthVisitor();
    void changeLeadProfessional();
    void leftArea();
    void recordDecision();
    void clearDecision();
    void changed();
    void showProblem(const QString& message);

    Session& m_session;
    FamilyRecord m_record;
    CareTeam m_team;
    QList<ChildSchedule> m_schedules;
    QLabel* m_problem = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_level = nullptr;
    QLabel* m_namedVisitor = nullptr;
    QLabel* m_lead = nullptr;
    QLabel* m_scheduleSummary = nullptr;
    QLabel* m_noChildren = nullptr;
    QPushButton* m_changeLevel = nullptr;
    QPushButton* m_changeVisitor = nullptr;
    QPushButton* m_changeLead = nullptr;
    QPushButton* m_leftArea = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_clearDecision = nullptr;
    QTreeWidget* m_schedule = nullptr;
};

} // namespace tandem::gui
