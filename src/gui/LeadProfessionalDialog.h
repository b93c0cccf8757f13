#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class LeadProfessionalDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Chooses the lead professional among the services and workers involved now: the
// key-worker flag moves to them (CareTeamService::setLeadProfessional).
class LeadProfessionalDialog : public QDialog {
    Q_OBJECT
public:
    LeadProfessionalDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~LeadProfessionalDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QString m_currentUuid; // the key-worker involvement now; empty when none
    std::unique_ptr<Ui::LeadProfessionalDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
