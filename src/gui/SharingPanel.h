#pragma once

#include "tandem/services/ConsentService.h"
#include "tandem/services/FamilyTypes.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace tandem {
class Session;
}

namespace tandem::gui {

class ConsentListView;
class SafeguardingListView;
class SharedItemsView;

// Consent and sharing on the family record: the family's consents to share with partner
// organisations (status on today's date, "Expires soon" within 30 days of the review date, a
// withdrawal with its date and reason), safeguarding decisions about sharing without consent in
// a list of their own, and what partners have shared about the children, with a line pointing
// to the Sharing area while conflicts wait. Record consent…, Withdraw… and Record safeguarding
// decision… open their dialogs window-modal; for roles without Permission::RecordConsent they are
// disabled and say why (the services refuse anyway). After a change the panel reloads and emits
// recordChanged().
class SharingPanel : public QWidget {
    Q_OBJECT
public:
    explicit SharingPanel(Session& session, QWidget* parent = nullptr);

    void setRecord(const FamilyRecord& record, const QString& focusChildUuid = {});
    void reload();

    ConsentListView* consentList() const { return m_consents; }
    SafeguardingListView* safeguardingList() const { return m_decisions; }
    SharedItemsView* sharedItems() const { return m_shared; }

Q_SIGNALS:
    void recordChanged();
    // The user followed "open Sharing" from the conflicts line.
    void sharingAreaRequested();

private:
    QLabel* heading(const QString& text, const char* name);
    QLabel* emptyLabel(const char* name);
    void updateButtons();
    void open(QDialog* dialog);
    void recordConsent();
    void withdrawConsent();
    void recordSafeguarding();
    void changed();
    void showProblem(const QString& message);

    Session& m_session;
    FamilyRecord m_record;
    QString m_focusChildUuid;
    QList<ConsentView> m_consentViews;
    QLabel* m_problem = nullptr;
    ConsentListView* m_consents = nullptr;
    QLabel* m_noConsents = nullptr;
    SafeguardingListView* m_decisions = nullptr;
    QLabel* m_noDecisions = nullptr;
    QLabel* m_conflicts = nullptr;
    SharedItemsView* m_shared = nullptr;
    QLabel* m_noShared = nullptr;
    QPushButton* m_recordConsent = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_safeguarding = nullptr;
};

} // namespace tandem::gui
