#pragma once

#include "tandem/core/Sharing.h"
#include "tandem/sharing/PartnerCard.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui { class AddPartnerDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

class FieldFeedback;

// Trusting another organisation's keys: choose its card file, see the organisation, code and
// fingerprint, and type the fingerprint the partner reads aloud over the phone. "Add partner"
// is enabled only when the typed digits match the card; a mismatch says which group differs.
class AddPartnerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddPartnerDialog(Session& session, QWidget* parent = nullptr);
    ~AddPartnerDialog() override;

    // Reads the card, as "Choose card file…" does after its file dialog.
    bool loadCard(const QString& path);
    // The partner added, once the dialog is accepted.
    const std::optional<Partner>& added() const { return m_added; }

    // Empty when typed matches the fingerprint or is a correct start of it; otherwise why not.
    static QString mismatchReason(const QString& typed, const QString& fingerprint);

Q_SIGNALS:
    void partnerAdded(const tandem::Partner& partner);

private:
    void chooseCard();
    void updateMatch();
    void addPartner();
    void showMessage(const QString& message);

    std::unique_ptr<Ui::AddPartnerDialog> m_ui;
    Session& m_session;
    FieldFeedback* m_feedback = nullptr;
    QPushButton* m_addButton = nullptr;
    std::optional<sharing::PartnerCard> m_card;
    std::optional<Partner> m_added;
};

} // namespace tandem::gui
