#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Family.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace Ui { class WellCommDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a WellComm screening: the section for the child's age first, then (after red or amber)
// each section below until green or section 1, as the dialog guides. Whether referral to speech
// and language therapy is suggested shows as the user chooses (domain::WellCommRules), and the
// form is checked as they type; AssessmentService::addWellComm has the last word, and its answer
// is shown in the dialog, which stays open.
class WellCommDialog : public QDialog {
    Q_OBJECT
public:
    WellCommDialog(Session& session, const Child& child, QWidget* parent = nullptr);
    ~WellCommDialog() override;

    // After acceptance: the screening as stored.
    const Assessment& saved() const { return m_saved; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Row {
        int section = 0;
        QLabel* label = nullptr;
        QComboBox* result = nullptr;
    };

    void dateChanged();
    void resetRows(std::optional<int> ageSection);
    void addRow(int section);
    void removeRowsAfter(int index);
    void resultChosen(int index);
    QList<WellCommScreening> screenings() const; // the rows with a result, in order
    WellCommDraft draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void updateAgeSection(const std::optional<QDate>& on);
    void updateGuidance();
    void updateReferral(const WellCommDraft& draft);
    void save();

    Session& m_session;
    Child m_child;
    std::optional<domain::InstrumentDefinitions> m_definitions; // none: a shipped file is damaged
    std::optional<int> m_ageSection;
    QList<Row> m_rows;
    Assessment m_saved;
    std::unique_ptr<Ui::WellCommDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
