#pragma once

#include "tandem/services/BundleImportService.h"

#include <QDialog>

#include <memory>

namespace Ui { class ConflictsDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

// Open sharing conflicts side by side (child, detail, our value, the partner's value, which
// partner), each with "Keep ours" and "Use partner's", through BundleImportService::resolve.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    // familyUuid empty: every open conflict in the store.
    explicit ConflictsDialog(Session& session, const QString& familyUuid = {}, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

    void reload();
    int openCount() const { return static_cast<int>(m_conflicts.size()); }
    // As the row's buttons do; false (with the reason shown) when the service refuses.
    bool resolve(int row, bool keepPartner);

Q_SIGNALS:
    void resolved();

private:
    void showMessage(const QString& message);

    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    Session& m_session;
    QString m_familyUuid;
    QList<ShareConflict> m_conflicts;
};

} // namespace tandem::gui
