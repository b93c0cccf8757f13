#pragma once

#include "tandem/core/Assessment.h"

#include <QDialog>

#include <memory>

namespace Ui { class FollowUpDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records what happens next after a result that needs it (an ASQ domain below the cutoff, a
// WellComm referral suggested, a possible delay at the EYFS check): shows the outcome and takes
// the plan, 5 to 2000 characters. AssessmentService::recordFollowUp stores it, which also clears
// the caseload's "below cutoff, no follow-up" flag.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(Session& session, const Assessment& assessment, QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    // After acceptance: the assessment with its plan, as stored.
    const Assessment& savedAssessment() const { return m_saved; }

private:
    void validate();
    void save();

    Session& m_session;
    Assessment m_assessment;
    Assessment m_saved;
    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
