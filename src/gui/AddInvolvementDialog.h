#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class AddInvolvementDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a service or named worker now involved with the family, optionally as the key
// worker (which replaces the current one).
class AddInvolvementDialog : public QDialog {
    Q_OBJECT
public:
    AddInvolvementDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~AddInvolvementDialog() override;

private:
    Involvement draft() const;
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    std::unique_ptr<Ui::AddInvolvementDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
