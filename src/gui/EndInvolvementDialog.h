#pragma once

#include "tandem/core/Involvement.h"

#include <QDialog>

#include <memory>

namespace Ui { class EndInvolvementDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Ends one involvement on a day between its start and today. The involvement stays on the
// record, shown as ended.
class EndInvolvementDialog : public QDialog {
    Q_OBJECT
public:
    EndInvolvementDialog(Session& session, const Involvement& involvement, QWidget* parent = nullptr);
    ~EndInvolvementDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    Involvement m_involvement;
    std::unique_ptr<Ui::EndInvolvementDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
