#include "DayPlanDialog.h"
#include "ui_DayPlanDialog.h"

#include "DateInput.h"
#include "DayPlanDocument.h"
#include "FieldFeedback.h"

#include "tandem/services/CaseloadService.h"
#include "tandem/services/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace tandem::gui {

DayPlanDialog::DayPlanDialog(Session& session, const QString& workerUserUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::DayPlanDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dayPlanDialog"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #00703c; font-weight: bold;"));
    m_ui->savedLabel->hide();
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the day plan"));
    close->setAutoDefault(false);
    // The preview is the paper: black on white whatever the desktop theme.
    m_ui->dayPlanPreview->setStyleSheet(QStringLiteral("QTextBrowser { background: #ffffff; color: #000000; }"));

    const bool teamLead = m_session.can(Permission::ViewTeamCaseload);
    if (teamLead) {
        auto holders = CaseloadService(m_session).caseloadHolders();
        if (holders.ok()) {
            for (const User& u : holders.value()) {
                const bool self = u.uuid == m_session.user().uuid;
                m_ui->dayPlanWorkerCombo->addItem(self ? tr("%1 (you)").arg(u.displayName) : u.displayName, u.uuid);
            }
        }
        const int index = m_ui->dayPlanWorkerCombo->findData(workerUserUuid.isEmpty() ? m_session.user().uuid : workerUserUuid);
        m_ui->dayPlanWorkerCombo->setCurrentIndex(std::max(0, index));
    }
    const bool chooseWorker = teamLead && m_ui->dayPlanWorkerCombo->count() > 0;
    m_ui->workerLabel->setVisible(chooseWorker);
    m_ui->dayPlanWorkerCombo->setVisible(chooseWorker);

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->dayPlanDateEdit, m_ui->dayPlanDateIssue);

    m_date = m_session.today();
    m_ui->dayPlanDateEdit->setText(DateInput::format(m_date));
    connect(m_ui->dayPlanDateEdit, &QLineEdit::textChanged, this, &DayPlanDialog::dateEdited);
    connect(m_ui->dayPlanDateEdit, &QLineEdit::editingFinished, this, [this] {
        if (DateInput::parse(m_ui->dayPlanDateEdit->text()))
            m_ui->dayPlanDateEdit->setText(DateInput::format(m_date));
    });
    connect(m_ui->previousDayButton, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this] { setDate(m_session.today()); });
    connect(m_ui->nextDayButton, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_ui->dayPlanWorkerCombo, &QComboBox::currentIndexChanged, this, &DayPlanDialog::reload);
    connect(m_ui->printDayPlanButton, &QPushButton::clicked, this, &DayPlanDialog::print);
    connect(m_ui->saveDayPlanPdfButton, &QPushButton::clicked, this, &DayPlanDialog::saveAsPdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    m_ui->dayPlanDateEdit->setFocus();
}

DayPlanDialog::~DayPlanDialog()
{
    // ~QDialog hides the dialog, and the date field then reports losing focus: by then m_ui is gone.
    m_ui->dayPlanDateEdit->disconnect(this);
}

void DayPlanDialog::setDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_ui->dayPlanDateEdit->setText(DateInput::format(date)); // dateEdited reloads
    if (date == m_date && !hasPlan())
        reload();
}

bool DayPlanDialog::setWorker(const QString& userUuid)
{
    if (!m_ui->dayPlanWorkerCombo->isVisibleTo(this))
        return userUuid.isEmpty() || userUuid == m_session.user().uuid;
    const int index = m_ui->dayPlanWorkerCombo->findData(userUuid.isEmpty() ? m_session.user().uuid : userUuid);
    if (index < 0)
        return false;
    m_ui->dayPlanWorkerCombo->setCurrentIndex(index);
    return true;
}

QString DayPlanDialog::workerUserUuid() const
{
    if (!m_ui->dayPlanWorkerCombo->isVisibleTo(this))
        return {};
    const QString uuid = m_ui->dayPlanWorkerCombo->currentData().toString();
    return uuid == m_session.user().uuid ? QString() : uuid;
}

const DayPlan& DayPlanDialog::plan() const
{
    static const DayPlan none;
    return m_document ? m_document->plan() : none;
}

QString DayPlanDialog::previewHtml() const { return m_document ? m_document->html() : QString(); }

void DayPlanDialog::dateEdited()
{
    const QString text = m_ui->dayPlanDateEdit->text().trimmed();
    const auto date = DateInput::parse(text);
    m_feedback->setIssue(m_ui->dayPlanDateEdit, date ? QString() : text.isEmpty() ? tr("Enter a day, as dd/mm/yyyy.") : DateInput::formatHint());
    if (!date)
        return; // the last good day's plan stays in view until the date is whole again
    if (*date == m_date && hasPlan())
        return;
    m_date = *date;
    reload();
}

void DayPlanDialog::reload()
{
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->savedLabel->hide();
    auto loaded = CaseloadService(m_session).dayPlan(m_date, workerUserUuid());
    if (!loaded.ok()) {
        m_document.reset();
        m_ui->dayPlanPreview->clear();
        showProblem(loaded.message());
    } else {
        m_document = std::make_unique<DayPlanDocument>(std::move(loaded).value(), m_session.organisation().name);
        m_ui->dayPlanPreview->setHtml(m_document->html());
        m_ui->dayPlanPreview->document()->setDocumentMargin(12);
    }
    const bool visits = m_document && !m_document->plan().visits.isEmpty();
    m_ui->printDayPlanButton->setEnabled(visits);
    m_ui->saveDayPlanPdfButton->setEnabled(visits);
    const QString why = visits ? QString() : tr("No visits are booked for this day, so there is nothing to print.");
    m_ui->printDayPlanButton->setToolTip(why);
    m_ui->saveDayPlanPdfButton->setToolTip(why);
    setWindowTitle(m_document ? m_document->title() : tr("Day plan"));
}

void DayPlanDialog::showProblem(const QString& message) { FieldFeedback::showMessage(m_ui->messageLabel, message); }

void DayPlanDialog::showSaved(const QString& message)
{
    m_ui->savedLabel->setText(message);
    m_ui->savedLabel->setVisible(!message.isEmpty());
}

void DayPlanDialog::print()
{
    if (!m_document)
        return;
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_document->preparePrinter(*m_printer);
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("dayPlanPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the day plan"));
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this](QPrinter* printer) {
        if (m_document && printer && !m_document->print(*printer))
            showProblem(tr("The day plan could not be sent to the printer. Check the printer is on and try again."));
    });
    dialog->open();
}

void DayPlanDialog::saveAsPdf()
{
    if (!m_document)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(QStringLiteral("day-plan-%1.pdf").arg(m_date.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the day plan as a PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    savePdf(path);
}

bool DayPlanDialog::savePdf(const QString& path)
{
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    showSaved({});
    if (!m_document)
        return false;
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    // Written beside the final name, then renamed over it: the same file system, so the rename
    // is atomic and a failed write leaves any earlier file as it was. Readable by the user only.
    QTemporaryFile temp(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open()) {
        showProblem(tr("Could not save the day plan in %1: %2").arg(QDir::toNativeSeparators(folder), temp.errorString()));
        return false;
    }
    temp.close();
    bool printed = false;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        m_document->preparePrinter(printer);
        printer.setOutputFileName(temp.fileName());
        printed = m_document->print(printer) && printer.printerState() != QPrinter::Error;
    } // the PDF is complete once its printer is gone
    if (!printed || QFileInfo(temp.fileName()).size() <= 0) {
        showProblem(tr("Could not write the PDF in %1. Check there is space and that you may write there.")
                        .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temp.fileName().toStdU16String()), std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        showProblem(tr("Could not save the day plan as %1: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.message().c_str())));
        return false;
    }
    temp.setAutoRemove(false); // it has its final name now
    showSaved(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace tandem::gui
