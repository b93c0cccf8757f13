#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui { class MergeChildrenDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Administrators: merges a duplicate record of a child into one of this household's
// children. The duplicate is found with the search box (SearchService), both records are
// shown side by side, and a reason and a confirmation are required before Merge is enabled.
class MergeChildrenDialog : public QDialog {
    Q_OBJECT
public:
    MergeChildrenDialog(Session& session, const FamilyRecord& record, const QString& keepChildUuid = {}, QWidget* parent = nullptr);
    ~MergeChildrenDialog() override;

private:
    QString keepUuid() const;
    void search();
    void duplicateChosen();
    void compare();
    void validate();
    void save();

    Session& m_session;
    FamilyRecord m_record;
    std::optional<Child> m_duplicate;
    QString m_duplicatePostcode;
    QString m_conflict;
    std::unique_ptr<Ui::MergeChildrenDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
