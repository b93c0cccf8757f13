#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Family.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/QuestionnaireInterval.h"
#include "tandem/domain/RecordRules.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui { class AsqSe2Dialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records an ASQ:SE-2 for one child, as Asq3Dialog does an ASQ-3: the day, the interval with
// its reason, the total and how many items were left blank (with the User's Guide adjustment
// confirmed when more than two were), and the zone as the user types, explaining that higher
// scores mean more concern. Checked with domain::AsqSe2Rules; AssessmentService::addAsqSe2 stores it.
class AsqSe2Dialog : public QDialog {
    Q_OBJECT
public:
    AsqSe2Dialog(Session& session, const Child& child, QWidget* parent = nullptr);
    ~AsqSe2Dialog() override;

    const Assessment& savedAssessment() const { return m_saved; }

private:
    void updateInterval();
    AsqSe2Draft draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void showResult(const AsqSe2Draft& draft, const domain::FieldIssues& issues);
    void save();

    Session& m_session;
    Child m_child;
    std::optional<domain::InstrumentDefinitions> m_definitions;
    domain::IntervalChoice m_choice;
    std::unique_ptr<Ui::AsqSe2Dialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    Assessment m_saved;
};

} // namespace tandem::gui
