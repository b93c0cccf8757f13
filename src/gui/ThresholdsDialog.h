#pragma once

#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui { class ThresholdsDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// For administrators: correct an ASQ-3 or ASQ:SE-2 cutoff or monitoring threshold in this store
// (InstrumentService::correctThreshold), seeing the value in force, whether it is verified, its
// source and the definition version first, and the corrections made so far below. Checked
// against domain::ThresholdRules as the user types. After a correction is saved the dialog stays
// open, showing the new value and the correction in the list, so several can be made in turn.
class ThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ThresholdsDialog(Session& session, QWidget* parent = nullptr);
    ~ThresholdsDialog() override;

    // How many corrections have been saved through this dialog.
    int savedCount() const { return m_savedCount; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool loadDefinitions();
    void loadCorrections();
    void setUpFeedback();
    void fillIntervals();
    void fillParts();
    const domain::SourcedValue* current() const;
    void updateCurrent();
    domain::ThresholdOverride draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void save();

    Session& m_session;
    std::optional<domain::InstrumentDefinitions> m_definitions; // in force: shipped files plus corrections
    int m_savedCount = 0;
    std::unique_ptr<Ui::ThresholdsDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
    bool m_heightFitted = false;
};

} // namespace tandem::gui
