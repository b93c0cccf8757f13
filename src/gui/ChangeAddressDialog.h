#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class ChangeAddressDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records a move: the new address and the day the family moved in, checked as the user
// types. OK asks FamilyService::changeAddress; a refusal is shown and the dialog stays open.
class ChangeAddressDialog : public QDialog {
    Q_OBJECT
public:
    ChangeAddressDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~ChangeAddressDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QDate m_currentMovedIn;
    std::unique_ptr<Ui::ChangeAddressDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
