#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class ServiceLevelDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a new service level for the family with a reason and the day it takes effect
// (CareTeamService::setServiceLevel); the levels so far are listed below, newest first.
class ServiceLevelDialog : public QDialog {
    Q_OBJECT
public:
    ServiceLevelDialog(Session& session, const CareTeam& team, QWidget* parent = nullptr);
    ~ServiceLevelDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QString m_currentLevel;
    std::unique_ptr<Ui::ServiceLevelDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
