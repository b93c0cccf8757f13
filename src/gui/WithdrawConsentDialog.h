#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"

#include <QDialog>

#include <memory>

namespace Ui { class WithdrawConsentDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Withdraws one consent in one action: the day the family withdrew it (today to start with) and
// why. ConsentService::withdraw has the last word; its answer is shown in the dialog.
class WithdrawConsentDialog : public QDialog {
    Q_OBJECT
public:
    WithdrawConsentDialog(Session& session, const Consent& consent, const Family& family, QWidget* parent = nullptr);
    ~WithdrawConsentDialog() override;

private:
    void validate();
    void save();

    Session& m_session;
    Consent m_consent;
    std::unique_ptr<Ui::WithdrawConsentDialog> m_ui;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace tandem::gui
