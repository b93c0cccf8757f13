#pragma once

#include "tandem/services/FamilyTypes.h"
#include "tandem/services/VisitTypes.h"

#include <QDialog>

#include <memory>

namespace Ui { class LeftAreaDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Records that the family moved out of the area on a day, with a reason
// (CareTeamService::recordLeftArea). Their remaining contacts stop being due.
class LeftAreaDialog : public QDialog {
    Q_OBJECT
public:
    LeftAreaDialog(Session& session, const FamilyRecord& record, QWidget* parent = nullptr);
    ~LeftAreaDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_familyUuid;
    QDate m_registeredOn; // the family cannot have left before we knew them
    std::unique_ptr<Ui::LeftAreaDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
