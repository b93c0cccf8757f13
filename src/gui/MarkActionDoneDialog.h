#pragma once

#include "tandem/core/Contact.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui { class MarkActionDoneDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Marks a follow-up action done on a day (not in the future, not before the contact that
// agreed it) through VisitService::completeAction.
class MarkActionDoneDialog : public QDialog {
    Q_OBJECT
public:
    MarkActionDoneDialog(Session& session, const FollowUpAction& action, const QDate& contactDate, QWidget* parent = nullptr);
    ~MarkActionDoneDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_actionUuid;
    QDate m_contactDate;
    std::unique_ptr<Ui::MarkActionDoneDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
