#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/BundleImportService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui { class ImportBundleDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

// Import a partner's bundle: choose the file, see its plaintext header, then a preview (new
// children, children matched by NHS number, changes to details held here with conflicts
// highlighted, withdrawals and items), then Import, which applies everything in one
// transaction. A refused bundle shows why, prominently, and nothing changes. Checking and
// importing decrypt the whole file, so they run off the GUI thread; while they run this
// window-modal dialog lends the session to the worker (see the destructor).
class ImportBundleDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportBundleDialog(Session& session, QWidget* parent = nullptr);
    ~ImportBundleDialog() override;

    // Reads the header and starts the preview, as "Choose bundle…" does after its file dialog.
    // False when the header cannot be read (the refusal is shown).
    bool loadFile(const QString& path);
    bool isBusy() const;
    const std::optional<ImportPreview>& preview() const { return m_preview; }
    const std::optional<ImportResult>& importResult() const { return m_result; }
    QString refusal() const { return m_refusal; }

    void reject() override; // not while the worker runs

Q_SIGNALS:
    void previewReady();
    void refused(const QString& message);
    // The store changed; lists and counts should be read again.
    void imported();

private:
    using PreviewOutcome = std::shared_ptr<Result<ImportPreview>>;
    using ImportOutcome = std::shared_ptr<Result<ImportResult>>;

    static QStringList summaryParts(const ImportPreview& preview);
    void chooseFile();
    void finishPreview();
    void showPreview(const ImportPreview& preview);
    void startImport();
    void finishImport();
    void clearPreview();
    void showRefusal(const QString& message);
    void setBusy(bool busy, const QString& what = {});
    void updateButtons();

    std::unique_ptr<Ui::ImportBundleDialog> m_ui;
    Session& m_session;
    QPushButton* m_importButton = nullptr;
    QFutureWatcher<PreviewOutcome> m_previewWatcher;
    QFutureWatcher<ImportOutcome> m_importWatcher;
    QString m_path;
    QString m_refusal;
    std::optional<ImportPreview> m_preview;
    std::optional<ImportResult> m_result;
};

} // namespace tandem::gui
