#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/BundleExportService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace Ui { class ExportBundleWizard; }

namespace tandem {
class Session;
}

namespace tandem::gui {

// Export a bundle to one partner in four steps: choose the partner; see what will be sent
// (children per category, withdrawal notices, safeguarding shares, who is left out and why);
// choose the file; export with progress, then the path and a summary. The preview and the
// export run off the GUI thread: while they run, this window-modal dialog lends the session to
// the worker and nothing else in the window can use it (see the destructor).
class ExportBundleWizard : public QDialog {
    Q_OBJECT
public:
    enum class Step { Partner, Preview, File, Done };

    explicit ExportBundleWizard(Session& session, QWidget* parent = nullptr);
    ~ExportBundleWizard() override;

    Step step() const;
    bool isBusy() const;
    // Chooses a partner on the first step; false when there is no such partner.
    bool selectPartner(const QString& code);
    const std::optional<ExportPreview>& preview() const { return m_preview; }
    const std::optional<ExportResult>& exportResult() const { return m_result; }

    void reject() override; // not while the worker runs

Q_SIGNALS:
    void previewReady();
    void exported(const QString& path);
    void failed(const QString& message);

private:
    using PreviewOutcome = std::shared_ptr<Result<ExportPreview>>;
    using ExportOutcome = std::shared_ptr<Result<ExportResult>>;

    void fillPartners();
    void describePartner();
    void goNext();
    void goBack();
    void startPreview();
    void finishPreview();
    void showPreview(const ExportPreview& preview);
    void browse();
    void startExport();
    void finishExport();
    void showStep(Step step);
    void updateButtons();
    void showMessage(const QString& message);
    QString partnerCode() const;
    QString suggestedPath() const;

    std::unique_ptr<Ui::ExportBundleWizard> m_ui;
    Session& m_session;
    QFutureWatcher<PreviewOutcome> m_previewWatcher;
    QFutureWatcher<ExportOutcome> m_exportWatcher;
    std::optional<ExportPreview> m_preview;
    std::optional<ExportResult> m_result;
    QString m_confirmedPath; // chosen in the save dialog, which already asked about replacing it
};

} // namespace tandem::gui
