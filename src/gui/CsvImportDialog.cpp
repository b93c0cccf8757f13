#include "CsvImportDialog.h"
#include "FieldFeedback.h"
#include "ui_CsvImportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalBlocker>

#include <algorithm>

namespace tandem::gui {

namespace {
using Status = ImportRow::Status;

struct StatusLook {
    QString text;
    QColor background;
};

StatusLook look(Status status)
{
    switch (status) {
    case Status::New: return {CsvImportDialog::tr("New"), QColor(0xe3, 0xf4, 0xe1)};
    case Status::Matches: return {CsvImportDialog::tr("Already held"), QColor(0xe8, 0xec, 0xf1)};
    case Status::Similar: return {CsvImportDialog::tr("Possible duplicate"), QColor(0xff, 0xf4, 0xce)};
    case Status::Error: return {CsvImportDialog::tr("Error"), QColor(0xfd, 0xec, 0xee)};
    }
    return {};
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}
} // namespace

CsvImportDialog::CsvImportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CsvImportDialog>()), m_service(session),
      m_fields(CsvImportService::fields())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("csvImportButton"));
    m_importButton->setAccessibleName(tr("Import the new families"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel the import"));

    m_ui->csvMappingTable->setColumnCount(2);
    m_ui->csvMappingTable->setHorizontalHeaderLabels({tr("Detail"), tr("Column in the file")});
    m_ui->csvMappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->csvPreviewTable->setColumnCount(4);
    m_ui->csvPreviewTable->setHorizontalHeaderLabels({tr("Line"), tr("Status"), tr("Child"), tr("Reason")});
    for (int column : {0, 1, 2})
        m_ui->csvPreviewTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->csvPreviewTable->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 3px 4px; }"));
    m_ui->csvIncludeSimilarCheck->setEnabled(false);
    fillMapping();
    showMessage(QString());
    updateButtons();

    connect(m_ui->csvFileButton, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_ui->csvPreviewButton, &QPushButton::clicked, this, &CsvImportDialog::preview);
    connect(m_ui->csvIncludeSimilarCheck, &QCheckBox::toggled, this, &CsvImportDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_outcome)
            accept();
        else
            importRows();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

CsvImportDialog::~CsvImportDialog() = default;

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CsvImportDialog::loadFile(const QString& path)
{
    m_table.reset();
    m_outcome.reset();
    clearPreview();
    m_ui->csvFileLabel->setText(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        fillMapping();
        return false;
    }
    auto parsed = Csv::parse(file.readAll());
    if (!parsed.ok()) {
        showMessage(parsed.error().message);
        fillMapping();
        return false;
    }
    m_table = std::move(parsed).value();
    m_ui->csvFileLabel->setText(tr("%1 (%n row(s))", nullptr, static_cast<int>(m_table->rows.size())).arg(QFileInfo(path).fileName()));
    showMessage(QString());
    fillMapping();
    return true;
}

void CsvImportDialog::fillMapping()
{
    // The combo boxes are made once and refilled, so a new file never leaves replaced ones behind.
    const QStringList header = m_table ? m_table->header : QStringList();
    const CsvMapping guess = CsvImportService::guessMapping(header);
    QTableWidget* table = m_ui->csvMappingTable;
    table->setRowCount(static_cast<int>(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const ImportField& field = m_fields.at(row);
        if (m_combos.size() <= row) {
            table->setItem(row, 0, item(field.required ? tr("%1 *").arg(field.label) : field.label));
            auto* combo = new QComboBox(table);
            combo->setAccessibleName(field.required ? tr("Column for %1 (required)").arg(field.label) : tr("Column for %1").arg(field.label));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                clearPreview();
                updateButtons();
            });
            table->setCellWidget(row, 1, combo);
            m_combos << combo;
        }
        QComboBox* combo = m_combos.at(row);
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("(not in this file)"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(header.at(column), column);
        combo->setCurrentIndex(std::max(0, combo->findData(guess.value(field.key, -1))));
        combo->setEnabled(m_table.has_value());
    }
    table->resizeRowsToContents();
    updateButtons();
}

CsvMapping CsvImportDialog::mapping() const
{
    CsvMapping m;
    for (int i = 0; i < m_combos.size(); ++i) {
        const int column = m_combos.at(i)->currentData().toInt();
        if (column >= 0)
            m.insert(m_fields.at(i).key, column);
    }
    return m;
}

void CsvImportDialog::preview()
{
    if (!m_table)
        return;
    clearPreview();
    auto planned = m_service.plan(*m_table, mapping());
    if (!planned.ok()) {
        showMessage(planned.error().message);
        updateButtons();
        return;
    }
    showMessage(QString());
    m_plan = std::move(planned).value();
    QTableWidget* table = m_ui->csvPreviewTable;
    table->setRowCount(static_cast<int>(m_plan->rows.size()));
    for (int row = 0; row < m_plan->rows.size(); ++row) {
        const ImportRow& r = m_plan->rows.at(row);
        const StatusLook status = look(r.status);
        QString name;
        if (!r.draft.children.isEmpty())
            name = QStringLiteral("%1 %2").arg(r.draft.children.first().givenName, r.draft.children.first().familyName).trimmed();
        QString reason = r.reason;
        if (reason.isEmpty() && r.status == Status::New)
            reason = !r.joinsFamilyUuid.isEmpty() ? tr("Joins the household already held at this address.")
                     : r.joinsRow > 0             ? tr("Joins the household of line %1.").arg(r.joinsRow)
                                                  : tr("A new family.");
        auto* lineCell = item(QString::number(r.line));
        lineCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* statusCell = item(status.text);
        statusCell->setBackground(status.background);
        statusCell->setForeground(QColor(0x1d, 0x27, 0x33));
        table->setItem(row, 0, lineCell);
        table->setItem(row, 1, statusCell);
        table->setItem(row, 2, item(name));
        table->setItem(row, 3, item(reason));
    }
    // Rows follow the wrapped reason as the dialog is resized; for long files that would be slow,
    // so they keep one line and the reason shows in full as a tooltip.
    table->verticalHeader()->setSectionResizeMode(table->rowCount() <= 500 ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    m_ui->csvSummaryLabel->setText(tr("New: %1 · Already held: %2 · Possible duplicates: %3 · Errors: %4. "
                                      "Rows with errors are not imported; fix them in the file and choose it again.")
                                       .arg(m_plan->count(Status::New))
                                       .arg(m_plan->count(Status::Matches))
                                       .arg(m_plan->count(Status::Similar))
                                       .arg(m_plan->count(Status::Error)));
    m_ui->csvIncludeSimilarCheck->setEnabled(m_plan->count(Status::Similar) > 0);
    updateButtons();
}

void CsvImportDialog::clearPreview()
{
    m_plan.reset();
    m_ui->csvPreviewTable->setRowCount(0);
    m_ui->csvSummaryLabel->clear();
    m_ui->csvIncludeSimilarCheck->setChecked(false);
    m_ui->csvIncludeSimilarCheck->setEnabled(false);
}

void CsvImportDialog::importRows()
{
    if (!m_table || !m_plan)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    // One transaction over a small file: quick enough on this thread, and all or nothing.
    auto done = m_service.apply(*m_table, mapping(), m_ui->csvIncludeSimilarCheck->isChecked());
    if (!done.ok()) {
        showMessage(done.error().message);
        return;
    }
    m_outcome = done.value();
    showMessage(QString());
    m_ui->csvSummaryLabel->setText(tr("Imported: %1 new families and %2 new children. Already held: %3. Not imported: %4.")
                                       .arg(m_outcome->familiesCreated)
                                       .arg(m_outcome->childrenCreated)
                                       .arg(m_outcome->matched)
                                       .arg(m_outcome->skipped));
    m_ui->csvFileButton->setEnabled(false);
    m_ui->csvPreviewButton->setEnabled(false);
    m_ui->csvIncludeSimilarCheck->setEnabled(false);
    for (QComboBox* combo : std::as_const(m_combos))
        combo->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    m_importButton->setText(tr("&Close"));
    m_importButton->setAccessibleName(tr("Close the import"));
    m_importButton->setEnabled(true);
    m_importButton->setFocus();
    Q_EMIT imported();
}

void CsvImportDialog::updateButtons()
{
    if (m_outcome)
        return;
    m_ui->csvPreviewButton->setEnabled(m_table.has_value());
    const bool similarToo = m_ui->csvIncludeSimilarCheck->isChecked() && m_plan && m_plan->count(Status::Similar) > 0;
    m_importButton->setEnabled(m_plan && (m_plan->count(Status::New) > 0 || similarToo));
}

void CsvImportDialog::showMessage(const QString& message) { FieldFeedback::showMessage(m_ui->csvMessageLabel, message); }

} // namespace tandem::gui
