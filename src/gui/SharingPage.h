#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tandem {
class Session;
}

namespace tandem::gui {

class ConflictsDialog;
class ExportBundleWizard;
class ImportBundleDialog;
class PartnersPanel;

// The Sharing area: partner organisations and our card, and exporting, importing and
// resolving conflicts. Actions the role cannot do are disabled with the reason as tooltip;
// the services refuse them anyway.
class SharingPage : public QWidget {
    Q_OBJECT
public:
    explicit SharingPage(Session& session, QWidget* parent = nullptr);

    void reload();
    int openConflicts() const { return m_openConflicts; }
    // A dialog's worker is using the session.
    bool isBusy() const;
    PartnersPanel* partnersPanel() const { return m_partners; }

    // Each opens its dialog window-modal and returns it (deleted on close), or null when the
    // role may not do it.
    ExportBundleWizard* openExportWizard();
    ImportBundleDialog* openImportDialog();
    ConflictsDialog* openConflictsDialog();

Q_SIGNALS:
    // An import or a resolved conflict changed family records.
    void recordsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();

    Session& m_session;
    PartnersPanel* m_partners = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_conflicts = nullptr;
    QLabel* m_roleNote = nullptr;
    QLabel* m_problem = nullptr;
    int m_openConflicts = 0;
};

} // namespace tandem::gui
