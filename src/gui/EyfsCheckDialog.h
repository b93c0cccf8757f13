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
class QPlainTextEdit;

namespace Ui { class EyfsCheckDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records the EYFS progress check at two: when and by whom, the setting, whether the parent
// agreed to share it with the health visitor, and a status and short summary for each prime area
// (the areas and statuses come from the instrument definition). Checked against
// domain::EyfsRules as the user types; AssessmentService::addEyfs has the last word, and its
// answer is shown in the dialog, which stays open.
class EyfsCheckDialog : public QDialog {
    Q_OBJECT
public:
    EyfsCheckDialog(Session& session, const Child& child, QWidget* parent = nullptr);
    ~EyfsCheckDialog() override;

    // After acceptance: the check as stored.
    const Assessment& saved() const { return m_saved; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct AreaRow {
        QString key;
        QComboBox* status = nullptr;
        QLabel* statusIssue = nullptr;
        QPlainTextEdit* summary = nullptr;
        QLabel* counter = nullptr;
        QLabel* summaryIssue = nullptr;
    };

    void buildAreas();
    EyfsDraft draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void showIssues(const domain::FieldIssues& issues);
    void updateAge();
    void updateCounter(const AreaRow& row);
    void save();

    Session& m_session;
    Child m_child;
    std::optional<domain::InstrumentDefinitions> m_definitions; // none: a shipped file is damaged
    QList<AreaRow> m_areas;
    Assessment m_saved;
    std::unique_ptr<Ui::EyfsCheckDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
