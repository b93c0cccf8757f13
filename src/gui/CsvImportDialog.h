#pragma once

#include "tandem/core/Csv.h"
#include "tandem/services/CsvImportService.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QComboBox;
class QPushButton;

namespace Ui { class CsvImportDialog; }

namespace tandem {
class Session;
}

namespace tandem::gui {

// Bulk registration from a CSV file in one dialog: choose the file, check which column
// holds each field (guessed from the headings), preview what every row would do, then
// import all valid rows in one transaction. Problems show in the message area without
// closing; after a successful import the Import button becomes Close.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CsvImportDialog(Session& session, QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    // Reads and parses the file, as "Choose file…" does after its file dialog.
    bool loadFile(const QString& path);
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }

Q_SIGNALS:
    // Rows were written; lists of children should be read again.
    void imported();

private:
    void chooseFile();
    void fillMapping();
    CsvMapping mapping() const;
    void preview();
    void clearPreview();
    void importRows();
    void updateButtons();
    void showMessage(const QString& message);

    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    CsvImportService m_service;
    QList<ImportField> m_fields;
    QList<QComboBox*> m_combos; // one per field, in m_fields order
    QPushButton* m_importButton = nullptr;
    std::optional<CsvTable> m_table;
    std::optional<ImportPlan> m_plan;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace tandem::gui
