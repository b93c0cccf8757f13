#include "ExportBundleWizard.h"
#include "FieldFeedback.h"
#include "SharingText.h"
#include "ui_ExportBundleWizard.h"

#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

const QString kNoticeStyle = QStringLiteral("background: #e8f0f8; border: 1px solid #a9c3de; border-radius: 4px; padding: 8px; color: #0b2e4f;");
// Shares without consent must never look like ordinary ones.
const QString kSafeguardingStyle =
    QStringLiteral("background: #fff4ce; border: 2px solid #c98a00; border-radius: 4px; padding: 8px; color: #4a3300;");
} // namespace

ExportBundleWizard::ExportBundleWizard(Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportBundleWizard>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));

    m_ui->categoryTable->setColumnCount(2);
    m_ui->categoryTable->setHorizontalHeaderLabels({tr("Category"), tr("Children")});
    m_ui->categoryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->categoryTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->leftOutTable->setColumnCount(2);
    m_ui->leftOutTable->setHorizontalHeaderLabels({tr("Child"), tr("Why nothing is sent")});
    m_ui->leftOutTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->leftOutTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Six categories: the table is as tall as its rows, the left-out list takes the rest.
    m_ui->categoryTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_ui->categoryTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    for (QTableWidget* table : {m_ui->categoryTable, m_ui->leftOutTable})
        table->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 3px 4px; }"));
    m_ui->withdrawalNoticeLabel->setStyleSheet(kNoticeStyle);
    m_ui->safeguardingNoticeLabel->setStyleSheet(kSafeguardingStyle);
    m_ui->safeguardingNoticeLabel->setObjectName(QStringLiteral("safeguardingNoticeLabel"));

    connect(m_ui->nextButton, &QPushButton::clicked, this, &ExportBundleWizard::goNext);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ExportBundleWizard::goBack);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportBundleWizard::startExport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (step() == Step::Done)
            accept();
        else
            reject();
    });
    connect(m_ui->browseBundleButton, &QPushButton::clicked, this, &ExportBundleWizard::browse);
    connect(m_ui->bundlePathEdit, &QLineEdit::textChanged, this, &ExportBundleWizard::updateButtons);
    connect(m_ui->partnerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_preview.reset();
        describePartner();
        updateButtons();
    });
    connect(&m_previewWatcher, &QFutureWatcher<PreviewOutcome>::finished, this, &ExportBundleWizard::finishPreview);
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::finished, this, &ExportBundleWizard::finishExport);
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::progressRangeChanged, m_ui->exportProgressBar, &QProgressBar::setRange);
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::progressValueChanged, this, [this](int done) {
        m_ui->exportProgressBar->setValue(done);
        m_ui->exportProgressLabel->setText(tr("Writing child %1 of %2…").arg(done).arg(m_ui->exportProgressBar->maximum()));
    });

    showMessage(QString());
    fillPartners();
    if (const QString why = SharingText::notAllowed(session, Permission::ExchangeBundles); !why.isEmpty()) {
        showMessage(why);
        m_ui->partnerCombo->setEnabled(false);
    }
    showStep(Step::Partner);
}

ExportBundleWizard::~ExportBundleWizard()
{
    // The workers use the session: it must outlive them (locking deletes this dialog first).
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

ExportBundleWizard::Step ExportBundleWizard::step() const { return static_cast<Step>(m_ui->exportStack->currentIndex()); }

bool ExportBundleWizard::isBusy() const { return m_previewWatcher.isRunning() || m_exportWatcher.isRunning(); }

bool ExportBundleWizard::selectPartner(const QString& code)
{
    const int index = m_ui->partnerCombo->findData(code);
    if (index < 0 || step() != Step::Partner)
        return false;
    m_ui->partnerCombo->setCurrentIndex(index);
    return true;
}

QString ExportBundleWizard::partnerCode() const { return m_ui->partnerCombo->currentData().toString(); }

void ExportBundleWizard::fillPartners()
{
    m_ui->partnerCombo->clear();
    auto partners = PartnerService(m_session).list();
    if (!partners.ok()) {
        showMessage(partners.error().message);
        return;
    }
    for (const Partner& p : partners.value())
        m_ui->partnerCombo->addItem(tr("%1 (%2)").arg(p.name, p.code), p.code);
    if (partners.value().isEmpty())
        showMessage(tr("There are no partner organisations yet. Add a partner's card in the Sharing area first."));
    describePartner();
}

void ExportBundleWizard::describePartner()
{
    auto partner = partnerCode().isEmpty() ? Result<Partner>(makeError(ErrorCode::NotFound, QString()))
                                           : PartnerService(m_session).byCode(partnerCode());
    if (!partner.ok()) {
        m_ui->partnerDetailsLabel->clear();
        return;
    }
    const Partner& p = partner.value();
    m_ui->partnerDetailsLabel->setText(tr("Code %1 · fingerprint %2 · last sent %3 · last received %4.")
                                           .arg(p.code, p.fingerprint, SharingText::when(p.lastSentAt), SharingText::when(p.lastReceivedAt)));
}

void ExportBundleWizard::showStep(Step s)
{
    m_ui->exportStack->setCurrentIndex(static_cast<int>(s));
    const QString name = s == Step::Partner ? tr("Choose the partner")
                         : s == Step::Preview ? tr("Check what will be sent")
                         : s == Step::File    ? tr("Save the bundle")
                                              : tr("Done");
    m_ui->exportStepLabel->setText(tr("<b>Step %1 of 4</b> · %2").arg(static_cast<int>(s) + 1).arg(name));
    m_ui->backButton->setVisible(s == Step::Preview || s == Step::File);
    m_ui->nextButton->setVisible(s == Step::Partner || s == Step::Preview);
    m_ui->exportButton->setVisible(s == Step::File);
    m_ui->cancelButton->setText(s == Step::Done ? tr("&Close") : tr("Cancel"));
    m_ui->cancelButton->setAccessibleName(s == Step::Done ? tr("Close") : tr("Cancel the export"));
    updateButtons();
    QPushButton* main = s == Step::File ? m_ui->exportButton : s == Step::Done ? m_ui->cancelButton : m_ui->nextButton;
    main->setDefault(true);
    if (s == Step::Partner)
        m_ui->partnerCombo->setFocus();
    else if (s == Step::File)
        m_ui->bundlePathEdit->setFocus();
    else
        main->setFocus();
}

void ExportBundleWizard::updateButtons()
{
    const bool busy = isBusy();
    const bool allowed = m_session.can(Permission::ExchangeBundles);
    const bool somethingToSend = m_preview && (m_preview->children > 0 || m_preview->withdrawalNotices > 0);
    switch (step()) {
    case Step::Partner: m_ui->nextButton->setEnabled(allowed && !partnerCode().isEmpty()); break;
    case Step::Preview: m_ui->nextButton->setEnabled(!busy && somethingToSend); break;
    case Step::File: m_ui->exportButton->setEnabled(!busy && !m_ui->bundlePathEdit->text().trimmed().isEmpty()); break;
    case Step::Done: break;
    }
    m_ui->backButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(!busy);
    m_ui->bundlePathEdit->setEnabled(!busy);
    m_ui->browseBundleButton->setEnabled(!busy);
}

void ExportBundleWizard::goNext()
{
    showMessage(QString());
    if (step() == Step::Partner) {
        showStep(Step::Preview);
        startPreview();
    } else if (step() == Step::Preview) {
        if (m_ui->bundlePathEdit->text().trimmed().isEmpty())
            m_ui->bundlePathEdit->setText(suggestedPath());
        m_ui->fileIntroLabel->setText(tr("The bundle is encrypted so that only %1 can open it, and signed by %2 so they can tell it "
                                         "came from you. Send the file by the route you normally use for records.")
                                          .arg(m_preview->partner.name, m_session.organisation().name));
        m_ui->exportProgressLabel->setText(tr("Nothing has been written yet."));
        m_ui->exportProgressBar->setRange(0, 1);
        m_ui->exportProgressBar->setValue(0);
        showStep(Step::File);
    }
}

void ExportBundleWizard::goBack()
{
    if (isBusy())
        return;
    showMessage(QString());
    showStep(step() == Step::File ? Step::Preview : Step::Partner);
}

void ExportBundleWizard::startPreview()
{
    m_preview.reset();
    m_ui->previewBusyBar->show();
    m_ui->previewBusyLabel->show();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->previewSummaryLabel), static_cast<QWidget*>(m_ui->withdrawalNoticeLabel),
                       static_cast<QWidget*>(m_ui->safeguardingNoticeLabel)})
        w->hide();
    m_ui->categoryTable->setRowCount(0);
    m_ui->leftOutTable->setRowCount(0);
    m_ui->recordsLabel->clear();
    Session* session = &m_session;
    const QString code = partnerCode();
    m_previewWatcher.setFuture(QtConcurrent::run([session, code]() -> PreviewOutcome {
        return std::make_shared<Result<ExportPreview>>(BundleExportService(*session).preview(code));
    }));
    updateButtons();
}

void ExportBundleWizard::finishPreview()
{
    m_ui->previewBusyBar->hide();
    m_ui->previewBusyLabel->hide();
    const PreviewOutcome outcome = m_previewWatcher.result();
    if (!outcome->ok()) {
        showMessage(outcome->error().message);
        updateButtons();
        Q_EMIT failed(outcome->error().message);
        return;
    }
    m_preview = outcome->value();
    showPreview(*m_preview);
    updateButtons();
    Q_EMIT previewReady();
}

void ExportBundleWizard::showPreview(const ExportPreview& p)
{
    const QLocale locale;
    QString summary;
    if (p.children == 0 && p.withdrawalNotices == 0)
        summary = tr("Nothing can be sent to %1 today: no child's consent covers it, and no withdrawal notice is due. Record consent "
                     "in the family's record first.").arg(p.partner.name.toHtmlEscaped());
    else
        summary = p.children == 1 ? tr("<b>1 child</b> will be sent to %1.").arg(p.partner.name.toHtmlEscaped())
                                  : tr("<b>%1 children</b> will be sent to %2.").arg(locale.toString(p.children), p.partner.name.toHtmlEscaped());
    m_ui->previewSummaryLabel->setText(summary);
    m_ui->previewSummaryLabel->show();

    m_ui->withdrawalNoticeLabel->setText(
        p.withdrawalNotices == 1
            ? tr("1 withdrawal notice: consent was withdrawn since this child was last sent. %1 will be told to remove what it "
                 "holds for them.").arg(p.partner.name)
            : tr("%1 withdrawal notices: consent was withdrawn since these children were last sent. %2 will be told to remove what "
                 "it holds for them.").arg(locale.toString(p.withdrawalNotices), p.partner.name));
    m_ui->withdrawalNoticeLabel->setVisible(p.withdrawalNotices > 0);
    m_ui->safeguardingNoticeLabel->setText(
        p.safeguardingShares == 1
            ? tr("⚠ 1 child will be shared without consent, under a safeguarding decision that the child is at risk of harm. "
                 "The bundle marks this share, and it is audited.")
            : tr("⚠ %1 children will be shared without consent, under safeguarding decisions that they are at risk of harm. "
                 "The bundle marks these shares, and each one is audited.").arg(locale.toString(p.safeguardingShares)));
    m_ui->safeguardingNoticeLabel->setVisible(p.safeguardingShares > 0);

    m_ui->categoryTable->setRowCount(static_cast<int>(p.perCategory.size()));
    for (int row = 0; row < p.perCategory.size(); ++row) {
        const auto& [category, count] = p.perCategory.at(row);
        m_ui->categoryTable->setItem(row, 0, cell(ShareCategories::displayName(category)));
        auto* n = cell(locale.toString(count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (count == 0)
            n->setForeground(QColor(0x6b, 0x74, 0x7f));
        m_ui->categoryTable->setItem(row, 1, n);
    }
    m_ui->categoryTable->resizeRowsToContents();
    m_ui->recordsLabel->setText(tr("Records: %1 contacts · %2 assessment results · %3 EYFS checks · %4 integrated reviews. "
                                   "Restricted notes are never sent.")
                                    .arg(locale.toString(p.contacts), locale.toString(p.assessments), locale.toString(p.eyfsChecks),
                                         locale.toString(p.reviews)));

    m_ui->leftOutTable->setRowCount(static_cast<int>(p.leftOut.size()));
    for (int row = 0; row < p.leftOut.size(); ++row) {
        m_ui->leftOutTable->setItem(row, 0, cell(p.leftOut.at(row).childName));
        m_ui->leftOutTable->setItem(row, 1, cell(p.leftOut.at(row).reason));
    }
    m_ui->leftOutTable->resizeRowsToContents();
    m_ui->leftOutCaption->setText(p.leftOut.isEmpty()
                                      ? tr("<b>Left out</b>: no child with a consent or safeguarding decision is left out. Children with "
                                           "no consent recorded are never sent.")
                                      : tr("<b>Left out</b> (%1): children with a consent or safeguarding decision that sends nothing "
                                           "to this partner today. Children with no consent recorded are never sent.")
                                            .arg(p.leftOut.size()));
}

QString ExportBundleWizard::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QStringLiteral("%1-to-%2-%3.tandembundle")
                             .arg(m_session.organisation().code, partnerCode(),
                                  m_session.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QDir(folder).filePath(name);
}

void ExportBundleWizard::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bundle"), m_ui->bundlePathEdit->text(),
                                                      tr("Tandem bundles (*.tandembundle);;All files (*)"));
    if (path.isEmpty())
        return;
    m_confirmedPath = path;
    m_ui->bundlePathEdit->setText(QDir::toNativeSeparators(path));
}

void ExportBundleWizard::startExport()
{
    if (isBusy() || !m_preview)
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->bundlePathEdit->text().trimmed());
    if (path.isEmpty())
        return showMessage(tr("Choose where to save the bundle."));
    if (QFileInfo(path).isDir())
        return showMessage(tr("%1 is a folder. Add a file name for the bundle.").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo::exists(path) && QFileInfo(path) != QFileInfo(m_confirmedPath))
        return showMessage(tr("A file called %1 already exists. Choose another name, or choose it with Browse to replace it.")
                               .arg(QFileInfo(path).fileName()));
    showMessage(QString());
    m_ui->exportProgressLabel->setText(tr("Gathering what each family agreed to share…"));
    m_ui->exportProgressBar->setRange(0, 0);
    Session* session = &m_session;
    const QString code = partnerCode();
    m_exportWatcher.setFuture(QtConcurrent::run([session, code, path](QPromise<ExportOutcome>& promise) {
        const auto progress = [&promise](int done, int total) {
            if (promise.future().progressMaximum() != total)
                promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        promise.addResult(std::make_shared<Result<ExportResult>>(BundleExportService(*session).exportTo(code, path, progress)));
    }));
    updateButtons();
}

void ExportBundleWizard::finishExport()
{
    const ExportOutcome outcome = m_exportWatcher.result();
    if (!outcome->ok()) {
        m_ui->exportProgressBar->setRange(0, 1);
        m_ui->exportProgressBar->setValue(0);
        m_ui->exportProgressLabel->setText(tr("Nothing was written."));
        showMessage(outcome->error().message);
        updateButtons();
        Q_EMIT failed(outcome->error().message);
        return;
    }
    m_result = outcome->value();
    const ExportResult& r = *m_result;
    const QLocale locale;
    QStringList categories;
    for (const auto& [category, count] : r.sent.perCategory)
        if (count > 0)
            categories << tr("%1: %2").arg(ShareCategories::displayName(category), locale.toString(count));
    QStringList extras;
    if (r.sent.withdrawalNotices > 0)
        extras << (r.sent.withdrawalNotices == 1 ? tr("1 withdrawal notice")
                                                 : tr("%1 withdrawal notices").arg(locale.toString(r.sent.withdrawalNotices)));
    if (r.sent.safeguardingShares > 0)
        extras << tr("%1 shared without consent (safeguarding)").arg(locale.toString(r.sent.safeguardingShares));
    QString text = tr("<h3>The bundle is saved</h3><p>%1</p>").arg(QDir::toNativeSeparators(r.path).toHtmlEscaped());
    text += r.sent.children == 1 ? tr("<p>For %1: <b>1 child</b>").arg(r.sent.partner.name.toHtmlEscaped())
                                 : tr("<p>For %1: <b>%2 children</b>").arg(r.sent.partner.name.toHtmlEscaped(), locale.toString(r.sent.children));
    if (!extras.isEmpty())
        text += QStringLiteral(", ") + extras.join(QStringLiteral(", ")).toHtmlEscaped();
    text += QStringLiteral(".</p>");
    if (!categories.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(categories.join(QStringLiteral(" · ")).toHtmlEscaped());
    text += tr("<p>Send the file to %1. Only they can open it. The export is in each family's timeline and in the audit log.</p>")
                .arg(r.sent.partner.name.toHtmlEscaped());
    m_ui->doneLabel->setText(text);
    showStep(Step::Done);
    Q_EMIT exported(r.path);
}

void ExportBundleWizard::reject()
{
    if (isBusy())
        return;
    QDialog::reject();
}

void ExportBundleWizard::showMessage(const QString& message) { FieldFeedback::showMessage(m_ui->exportMessageLabel, message); }

} // namespace tandem::gui
