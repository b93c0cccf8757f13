#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class AddAdultDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Adds a parent, carer or other adult to a household, related to every current child.
// Checked with RecordRules::checkPerson as the user types.
class AddAdultDialog : public QDialog {
    Q_OBJECT
public:
    AddAdultDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~AddAdultDialog() override;

private:
    Person draft() const;
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    std::unique_ptr<Ui::AddAdultDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
