#pragma once

#include "tandem/core/ChildSummary.h"
#include "tandem/core/Family.h"
#include "tandem/domain/RecordRules.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace Ui { class RegisterFamilyDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Registers a household with its first child (born or unborn), one or two adults, the
// address and household details. Each field shows its RecordRules problem under it as the
// user works; Register stays disabled until the form is valid. A child already held (same
// NHS number) blocks with a way to open that record; a similar child asks for confirmation.
class RegisterFamilyDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterFamilyDialog(Session& session, QWidget* parent = nullptr);
    ~RegisterFamilyDialog() override;

    // The stored family, with uuids, once the dialog is accepted.
    const Family& registeredFamily() const { return m_registered; }

Q_SIGNALS:
    // The user chose to open the record the new child would duplicate.
    void openExisting(const QString& childUuid, const QString& familyUuid);

private:
    enum class Duplicate { None, Blocked, NeedsConfirmation };

    void fillChoices();
    void watchFields();
    Family draft(domain::FieldIssues* parseIssues) const;
    void validate();
    void updateRegisterButton();
    void growToFit();
    void setUnborn(bool unborn);
    void attemptRegister();
    void showDuplicate(Duplicate kind, const QString& message, const std::optional<ChildSummary>& existing);
    void clearDuplicate();

    std::unique_ptr<Ui::RegisterFamilyDialog> m_ui;
    Session& m_session;
    FieldFeedback* m_feedback = nullptr;
    QPushButton* m_registerButton = nullptr;
    QList<QPair<QString, QWidget*>> m_issueFields; // RecordRules key -> the input that shows it
    bool m_formValid = false;
    Duplicate m_duplicate = Duplicate::None;
    std::optional<ChildSummary> m_existing;
    Family m_registered;
};

} // namespace tandem::gui
