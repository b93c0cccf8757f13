#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Family.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/QuestionnaireInterval.h"
#include "tandem/domain/RecordRules.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

namespace Ui { class Asq3Dialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class Asq3DomainRow;
class FieldFeedback;

// Records an ASQ-3 for one child: the day it was completed, the questionnaire interval chosen
// from the child's (corrected) age with the reason, item answers or domain totals, and the
// parent's concerns and follow-up plan. Each domain's score, thresholds and zone are shown as
// the user types, scored by domain::Asq3Rules with the definitions in force; problems are said
// under the field and Save stays disabled. AssessmentService::addAsq3 has the last word; its
// answer is shown in the dialog, which stays open.
class Asq3Dialog : public QDialog {
    Q_OBJECT
public:
    Asq3Dialog(Session& session, const Child& child, QWidget* parent = nullptr);
    ~Asq3Dialog() override;

    // After acceptance: the assessment as stored.
    const Assessment& savedAssessment() const { return m_saved; }

private:
    void buildRows();
    void updateInterval();
    Asq3Draft draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void showResults(const Asq3Draft& draft, const domain::FieldIssues& issues);
    void save();

    Session& m_session;
    Child m_child;
    std::optional<domain::InstrumentDefinitions> m_definitions;
    domain::IntervalChoice m_choice;
    std::unique_ptr<Ui::Asq3Dialog> m_ui;
    QList<Asq3DomainRow*> m_rows;
    FieldFeedback* m_feedback = nullptr;
    Assessment m_saved;
};

} // namespace tandem::gui
