#include "UnlockDialog.h"
#include "ui_UnlockDialog.h"

#include "tandem/services/StoreService.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

UnlockDialog::UnlockDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnlockDialog>()), m_clock(clock)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    QPushButton* unlock = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    unlock->setText(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setAccessibleName(tr("Unlock"));
    unlock->setDefault(true);
    QPushButton* quit = m_ui->buttonBox->button(QDialogButtonBox::Close);
    quit->setText(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAccessibleName(tr("Quit Tandem"));
    m_ui->busyIndicator->hide();
    m_ui->errorLabel->hide();
    m_ui->passphraseEdit->setMaxLength(1024);
    resize(sizeHint().expandedTo(QSize(540, 0)));

    connect(unlock, &QPushButton::clicked, this, &UnlockDialog::attemptUnlock);
    connect(quit, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_ui->browseStoreButton, &QPushButton::clicked, this, &UnlockDialog::browseForStore);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &UnlockDialog::finishUnlock);
}

UnlockDialog::~UnlockDialog()
{
    m_watcher.waitForFinished(); // the worker holds references into this dialog
}

void UnlockDialog::setStorePath(const QString& path) { m_ui->storePathEdit->setText(path); }
QString UnlockDialog::storePath() const { return m_ui->storePathEdit->text().trimmed(); }

void UnlockDialog::setUsername(const QString& username)
{
    m_ui->usernameEdit->setText(username);
    (username.isEmpty() ? m_ui->usernameEdit : m_ui->passphraseEdit)->setFocus();
}

void UnlockDialog::setMessage(const QString& message)
{
    m_ui->errorLabel->setStyleSheet(QString());
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool UnlockDialog::isBusy() const { return m_watcher.isRunning(); }

void UnlockDialog::showError(const QString& message)
{
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void UnlockDialog::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->storePathEdit), static_cast<QWidget*>(m_ui->browseStoreButton),
                       static_cast<QWidget*>(m_ui->usernameEdit), static_cast<QWidget*>(m_ui->passphraseEdit),
                       static_cast<QWidget*>(m_ui->buttonBox)})
        w->setEnabled(!busy);
}

void UnlockDialog::attemptUnlock()
{
    if (isBusy())
        return;
    if (storePath().isEmpty())
        return showError(tr("Choose the store file to open."));
    if (m_ui->usernameEdit->text().trimmed().isEmpty()) {
        m_ui->usernameEdit->setFocus();
        return showError(tr("Enter your user name."));
    }
    if (m_ui->passphraseEdit->text().isEmpty()) {
        m_ui->passphraseEdit->setFocus();
        return showError(tr("Enter your passphrase."));
    }

    UnlockRequest request;
    request.path = storePath();
    request.username = m_ui->usernameEdit->text().trimmed();
    request.failureDelay = m_failureDelay;
    QString typed = m_ui->passphraseEdit->text();
    m_ui->passphraseEdit->clear();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromPassphrase(typed));

    showError(tr("Checking the passphrase…"));
    m_ui->errorLabel->setStyleSheet(QString());
    setBusy(true);
    const Clock* clock = &m_clock;
    m_watcher.setFuture(QtConcurrent::run([request, passphrase, clock]() -> Outcome {
        return std::make_shared<Result<std::unique_ptr<Session>>>(StoreService::unlock(request, *passphrase, *clock));
    }));
}

void UnlockDialog::finishUnlock()
{
    setBusy(false);
    Outcome outcome = m_watcher.result();
    if (!outcome->ok()) {
        QString message = outcome->error().message;
        if (outcome->error().code == ErrorCode::Io && !QFileInfo::exists(storePath()))
            message += QLatin1Char(' ') + tr("Choose another file, or create a store with \"tandem-cli init\" (or a demo store with \"tandem-cli demo\").");
        showError(message);
        m_ui->passphraseEdit->setFocus();
        Q_EMIT unlockFailed(outcome->error().message);
        return;
    }
    m_session = std::move(outcome->value());
    m_ui->errorLabel->hide();
    Q_EMIT unlocked();
}

void UnlockDialog::browseForStore()
{
    const QString start = storePath().isEmpty() ? QString() : QFileInfo(storePath()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a Tandem store"), start, tr("Tandem stores (*.tandem);;All files (*)"));
    if (!chosen.isEmpty())
        setStorePath(chosen);
}

} // namespace tandem::gui
