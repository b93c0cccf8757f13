#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class ScheduleDecisionDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records that the family declined a mandated contact, or that it does not apply, with
// a reason and a date (ScheduleService::recordDecision). Replaces an earlier decision.
class ScheduleDecisionDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDecisionDialog(Session& session, const ChildSchedule& child, const domain::ScheduledContact& contact,
                           QWidget* parent = nullptr);
    ~ScheduleDecisionDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_childUuid;
    domain::MandatedContact m_contact;
    std::unique_ptr<Ui::ScheduleDecisionDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
