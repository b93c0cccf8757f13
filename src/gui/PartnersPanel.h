#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tandem {
class Session;
}

namespace tandem::gui {

class AddPartnerDialog;

// The organisations this store exchanges bundles with (name, code, fingerprint, last sent and
// received), our own card to give them, and adding a partner from its card.
class PartnersPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartnersPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    int partnerCount() const;
    // Writes our card to path atomically, as "Save our card…" does after its file dialog.
    bool saveOwnCard(const QString& path);
    // Opens the add-partner dialog (window-modal); null when the role may not add partners.
    AddPartnerDialog* openAddPartner();

Q_SIGNALS:
    void partnersChanged();

private:
    void chooseCardPath();
    void showProblem(const QString& message);

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_ownFingerprint = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_saveCard = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace tandem::gui
