#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class IntegratedReviewDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class ActionsTable;
class FieldFeedback;
class ReviewInputPickers;

// The integrated review at 2 to 2 1/2 for one child: when and where, who took part, the ASQ-3
// (required), ASQ:SE-2, EYFS progress check and WellComm it brings together (chosen from
// ReviewService::inputs for the review day, each with a summary of its results), the parent's
// views, the agreed summary and the agreed actions. A line says which mandated contact it
// completes. Checked against domain::ReviewRules as the user types; ReviewService::complete has
// the last word, and its answer is shown in the dialog, which stays open.
class IntegratedReviewDialog : public QDialog {
    Q_OBJECT
public:
    IntegratedReviewDialog(Session& session, const FamilyRecord& record, const QString& childUuid, QWidget* parent = nullptr);
    ~IntegratedReviewDialog() override;

    // After acceptance: the review as stored.
    const IntegratedReview& saved() const { return m_saved; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadInputs();
    IntegratedReview draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void save();

    Session& m_session;
    Child m_child;
    QString m_familyUuid;
    IntegratedReview m_saved;
    std::unique_ptr<Ui::IntegratedReviewDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    ReviewInputPickers* m_pickers = nullptr;
    ActionsTable* m_actions = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
