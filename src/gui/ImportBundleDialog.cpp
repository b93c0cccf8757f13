#include "ImportBundleDialog.h"
#include "SharingText.h"
#include "ui_ImportBundleDialog.h"

#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

const QColor kConflict(0xff, 0xf4, 0xce);
const QColor kInk(0x1d, 0x27, 0x33);
const QString kRefusalStyle =
    QStringLiteral("background: #fdecee; border: 2px solid #b00020; border-radius: 4px; padding: 10px; color: #7a0014;");
const QString kNoticeStyle = QStringLiteral("background: #e8f0f8; border: 1px solid #a9c3de; border-radius: 4px; padding: 8px; color: #0b2e4f;");
const QString kSafeguardingStyle =
    QStringLiteral("background: #fff4ce; border: 2px solid #c98a00; border-radius: 4px; padding: 8px; color: #4a3300;");

QString names(const QStringList& list) { return QLocale().createSeparatedList(list); }

QString count(qsizetype n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(QLocale().toString(n)); }
} // namespace

// "1 new child", "2 matched by NHS number", "3 changes to details held here", "0 conflicts",
// "12 shared items": the same words before and after importing.
QStringList ImportBundleDialog::summaryParts(const ImportPreview& p)
{
    const qsizetype changes = p.changes.size() - p.conflicts;
    return {count(p.newChildren.size(), tr("1 new child"), tr("%1 new children")),
            tr("%1 matched by NHS number").arg(p.matchedChildren.size()),
            count(changes, tr("1 change to details held here"), tr("%1 changes to details held here")),
            count(p.conflicts, tr("1 conflict"), tr("%1 conflicts")),
            count(p.sharedItems, tr("1 shared item"), tr("%1 shared items"))};
}

ImportBundleDialog::ImportBundleDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportBundleDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importBundleButton"));
    m_importButton->setAccessibleName(tr("Import the bundle"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel the import"));

    m_ui->childrenTable->setColumnCount(2);
    m_ui->childrenTable->setHorizontalHeaderLabels({tr("Child"), tr("In this store")});
    m_ui->childrenTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->childrenTable->setWordWrap(false);
    m_ui->changesTable->setColumnCount(5);
    m_ui->changesTable->setHorizontalHeaderLabels({tr("Child"), tr("Detail"), tr("Held here"), tr("From the partner"), tr("What happens")});
    for (int column : {0, 1})
        m_ui->changesTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->changesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->changesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->changesTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_ui->changesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QTableWidget* table : {m_ui->childrenTable, m_ui->changesTable})
        table->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 3px 4px; }"));
    m_ui->refusalLabel->setStyleSheet(kRefusalStyle);
    m_ui->bundleHeaderLabel->hide();
    m_ui->refusalLabel->hide();
    m_ui->importNoticeLabel->hide();
    m_ui->importSummaryLabel->hide();
    setBusy(false);

    if (const QString why = SharingText::notAllowed(session, Permission::ExchangeBundles); !why.isEmpty()) {
        showRefusal(why);
        m_ui->bundleFileButton->setEnabled(false);
    }
    updateButtons();

    connect(m_ui->bundleFileButton, &QPushButton::clicked, this, &ImportBundleDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_result)
            accept();
        else
            startImport();
    });
    connect(cancel, &QPushButton::clicked, this, &ImportBundleDialog::reject);
    connect(&m_previewWatcher, &QFutureWatcher<PreviewOutcome>::finished, this, &ImportBundleDialog::finishPreview);
    connect(&m_importWatcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportBundleDialog::finishImport);
}

ImportBundleDialog::~ImportBundleDialog()
{
    // The workers use the session: it must outlive them (locking deletes this dialog first).
    m_previewWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

bool ImportBundleDialog::isBusy() const { return m_previewWatcher.isRunning() || m_importWatcher.isRunning(); }

void ImportBundleDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a sharing bundle"), QString(),
                                                      tr("Tandem bundles (*.tandembundle);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportBundleDialog::loadFile(const QString& path)
{
    if (isBusy() || m_result)
        return false;
    m_path = path;
    clearPreview();
    m_ui->bundleFileLabel->setText(QFileInfo(path).fileName());
    // The header is small and readable without keys: read it here, at once.
    auto header = BundleImportService::inspectHeader(path);
    if (!header.ok()) {
        showRefusal(header.error().message);
        Q_EMIT refused(m_refusal);
        return false;
    }
    const sharing::BundleHeader& h = header.value();
    auto sender = PartnerService(m_session).byCode(h.senderCode);
    const QString from = sender.ok() ? tr("%1 (%2)").arg(sender.value().name.toHtmlEscaped(), h.senderCode.toHtmlEscaped())
                                     : tr("%1 (not one of your partners)").arg(h.senderCode.toHtmlEscaped());
    const QString to = h.recipientCode.compare(m_session.organisation().code, Qt::CaseInsensitive) == 0
                           ? tr("%1 (this organisation)").arg(h.recipientCode.toHtmlEscaped())
                           : h.recipientCode.toHtmlEscaped();
    m_ui->bundleHeaderLabel->setText(tr("<b>From</b> %1 · <b>to</b> %2 · <b>made</b> %3 · <b>bundle</b> %4")
                                         .arg(from, to, SharingText::when(h.createdAt), h.bundleUuid.toHtmlEscaped()));
    m_ui->bundleHeaderLabel->show();

    setBusy(true, tr("Checking and reading the bundle…"));
    Session* session = &m_session;
    m_previewWatcher.setFuture(QtConcurrent::run([session, path]() -> PreviewOutcome {
        return std::make_shared<Result<ImportPreview>>(BundleImportService(*session).preview(path));
    }));
    return true;
}

void ImportBundleDialog::finishPreview()
{
    setBusy(false);
    const PreviewOutcome outcome = m_previewWatcher.result();
    if (!outcome->ok()) {
        showRefusal(outcome->error().message);
        Q_EMIT refused(m_refusal);
        return;
    }
    m_preview = outcome->value();
    showPreview(*m_preview);
    if (!m_preview->olderThanImported.isEmpty())
        showRefusal(m_preview->olderThanImported);
    updateButtons();
    Q_EMIT previewReady();
}

void ImportBundleDialog::showPreview(const ImportPreview& p)
{
    const QLocale locale;
    QStringList parts = summaryParts(p);
    if (p.conflicts > 0)
        parts[3] = QStringLiteral("<span style='color:#7a4f00'><b>%1</b> %2</span>")
                       .arg(parts.at(3), tr("kept side by side for you to resolve"));
    QStringList categories;
    for (const auto& [category, count] : p.perCategory)
        if (count > 0)
            categories << tr("%1: %2").arg(ShareCategories::displayName(category), locale.toString(count));
    QString summary = tr("<b>From %1</b>: %2.").arg(p.partner.name.toHtmlEscaped(), parts.join(QStringLiteral(", ")));
    if (!categories.isEmpty())
        summary += QStringLiteral("<br><span style='color:#4a5563'>%1</span>")
                       .arg(tr("Children per category: %1").arg(categories.join(QStringLiteral(" · "))).toHtmlEscaped());
    m_ui->importSummaryLabel->setText(summary);
    m_ui->importSummaryLabel->show();

    QString notice;
    QString style = kNoticeStyle;
    if (p.alreadyImported) {
        notice = tr("This bundle has already been imported. Importing it again would change nothing.");
    } else {
        QStringList lines;
        if (!p.withdrawals.isEmpty())
            lines << tr("Consent withdrawn for %1: what %2 sent about them will be removed from this store.")
                         .arg(names(p.withdrawals), p.partner.name)
                         .toHtmlEscaped();
        if (!p.safeguarding.isEmpty()) {
            lines << tr("<b>⚠ Shared without consent</b> under a safeguarding decision (a child at risk of harm): %1.")
                         .arg(names(p.safeguarding).toHtmlEscaped());
            style = kSafeguardingStyle;
        }
        notice = lines.join(QStringLiteral("<br>"));
    }
    m_ui->importNoticeLabel->setStyleSheet(style);
    m_ui->importNoticeLabel->setText(notice);
    m_ui->importNoticeLabel->setVisible(!notice.isEmpty());

    // One row per child: what happens to them here.
    struct Row { QString name; QString status; bool distinct; };
    QList<Row> rows;
    auto safeguarded = [&p](const QString& name) { return p.safeguarding.contains(name); };
    for (const QString& name : p.newChildren)
        rows << Row{name, safeguarded(name) ? tr("New · shared without consent") : tr("New"), safeguarded(name)};
    for (const QString& name : p.matchedChildren)
        rows << Row{name, safeguarded(name) ? tr("Matched · shared without consent") : tr("Matched by NHS number"), safeguarded(name)};
    for (const QString& name : p.withdrawals)
        rows << Row{name, tr("Withdrawn: their data is removed"), false};
    m_ui->childrenTable->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->childrenTable->setItem(row, 0, cell(rows.at(row).name));
        auto* status = cell(rows.at(row).status);
        if (rows.at(row).distinct) {
            status->setBackground(kConflict);
            status->setForeground(kInk);
        }
        m_ui->childrenTable->setItem(row, 1, status);
    }

    m_ui->changesTable->setRowCount(static_cast<int>(p.changes.size()));
    for (int row = 0; row < p.changes.size(); ++row) {
        const FieldChange& c = p.changes.at(row);
        const QString what = c.conflict ? tr("Conflict: both kept") : c.localValue.isEmpty() ? tr("Added") : tr("Updated");
        const QStringList texts{c.childName, c.fieldLabel, c.localValue, c.partnerValue, what};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = cell(texts.at(column));
            if (column == 4 && c.conflict)
                item->setToolTip(tr("Changed here and by the partner: both values are kept until someone chooses in Resolve conflicts."));
            if (c.conflict) {
                item->setBackground(kConflict);
                item->setForeground(kInk);
                if (column == 4) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_ui->changesTable->setItem(row, column, item);
        }
    }
    m_ui->changesCaption->setText(p.changes.isEmpty() ? tr("<b>Changes to details you hold</b>: none.")
                                                      : tr("<b>Changes to details you hold</b> (conflicts are highlighted)"));
}

void ImportBundleDialog::startImport()
{
    if (isBusy() || !m_preview || m_path.isEmpty())
        return;
    setBusy(true, tr("Importing: everything is applied at once…"));
    Session* session = &m_session;
    const QString path = m_path;
    m_importWatcher.setFuture(QtConcurrent::run([session, path]() -> ImportOutcome {
        return std::make_shared<Result<ImportResult>>(BundleImportService(*session).import(path));
    }));
}

void ImportBundleDialog::finishImport()
{
    setBusy(false);
    const ImportOutcome outcome = m_importWatcher.result();
    if (!outcome->ok()) {
        showRefusal(outcome->error().message);
        Q_EMIT refused(m_refusal);
        return;
    }
    m_result = outcome->value();
    const ImportPreview& a = m_result->applied;
    QString text;
    if (a.alreadyImported) {
        text = tr("<b>Nothing changed</b>: this bundle had already been imported.");
    } else {
        text = tr("<b>Imported from %1</b>: %2.").arg(a.partner.name.toHtmlEscaped(), summaryParts(a).join(QStringLiteral(", ")));
        if (m_result->itemsRemoved > 0)
            text += QLatin1Char(' ') + count(m_result->itemsRemoved, tr("1 item removed after consent was withdrawn."),
                                             tr("%1 items removed after consent was withdrawn."));
        if (a.conflicts > 0)
            text += QLatin1Char(' ') + tr("Resolve the conflicts from the Sharing area.");
    }
    m_ui->importSummaryLabel->setText(text);
    m_ui->bundleFileButton->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    m_importButton->setText(tr("&Close"));
    m_importButton->setAccessibleName(tr("Close"));
    updateButtons();
    m_importButton->setFocus();
    if (!a.alreadyImported)
        Q_EMIT imported();
}

void ImportBundleDialog::clearPreview()
{
    m_preview.reset();
    m_refusal.clear();
    m_ui->refusalLabel->hide();
    m_ui->bundleHeaderLabel->hide();
    m_ui->importSummaryLabel->hide();
    m_ui->importNoticeLabel->hide();
    m_ui->childrenTable->setRowCount(0);
    m_ui->changesTable->setRowCount(0);
    m_ui->changesCaption->setText(tr("<b>Changes to details you hold</b>"));
    updateButtons();
}

void ImportBundleDialog::showRefusal(const QString& message)
{
    m_refusal = message;
    m_ui->refusalLabel->setText(tr("<big><b>Bundle refused</b></big><br>%1").arg(message.toHtmlEscaped()));
    m_ui->refusalLabel->show();
    updateButtons();
}

void ImportBundleDialog::setBusy(bool busy, const QString& what)
{
    m_ui->importBusyLabel->setText(what);
    m_ui->importBusyLabel->setVisible(busy);
    m_ui->importBusyBar->setVisible(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->bundleFileButton->setEnabled(!busy && !m_result && m_session.can(Permission::ExchangeBundles));
    updateButtons();
}

void ImportBundleDialog::updateButtons()
{
    if (m_result) {
        m_importButton->setEnabled(true);
        return;
    }
    m_importButton->setEnabled(!isBusy() && m_preview && m_refusal.isEmpty() && !m_preview->alreadyImported &&
                               m_preview->olderThanImported.isEmpty());
}

void ImportBundleDialog::reject()
{
    if (isBusy())
        return;
    QDialog::reject();
}

} // namespace tandem::gui
