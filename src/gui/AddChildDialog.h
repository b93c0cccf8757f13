#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class AddChildDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Adds a child, born or not yet born, to a household. Fields are checked with
// RecordRules::checkChild as the user types, and an NHS number already held elsewhere is
// named under the field. A possible duplicate (same date, similar name) must be confirmed.
class AddChildDialog : public QDialog {
    Q_OBJECT
public:
    AddChildDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~AddChildDialog() override;

    QString addedChildUuid() const { return m_addedUuid; }

private:
    Child draft() const;
    void statusChanged();
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QString m_addedUuid;
    std::unique_ptr<Ui::AddChildDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
