#include "AppController.h"
#include "GuiSettings.h"
#include "IdleLockWatcher.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UnlockDialog.h"

#include "tandem/services/Session.h"

#include <QApplication>
#include <QClipboard>

namespace tandem::gui {

AppController::AppController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_unlock(std::make_unique<UnlockDialog>(clock))
    , m_idle(new IdleLockWatcher(clock, GuiSettings::idleLockMinutes() * 60'000LL, this))
{
    connect(m_unlock.get(), &UnlockDialog::unlocked, this, &AppController::onUnlocked);
    connect(m_unlock.get(), &QDialog::rejected, qApp, &QApplication::quit);
    connect(m_idle, &IdleLockWatcher::idleTimeout, this, [this] {
        lock(tr("Locked after %1 minutes without activity.").arg(GuiSettings::idleLockMinutes()));
    });
}

AppController::~AppController()
{
    delete m_main.data();
    m_session.reset();
}

void AppController::setUnlockFailureDelay(std::chrono::milliseconds delay) { m_unlock->setFailureDelay(delay); }

void AppController::start(const QString& storePath)
{
    m_unlock->setStorePath(storePath);
    m_unlock->setUsername(GuiSettings::lastUsername());
    m_unlock->show();
}

void AppController::onUnlocked()
{
    m_session = m_unlock->takeSession();
    if (!m_session)
        return;
    GuiSettings::setLastUsername(m_session->user().username);
    GuiSettings::setLastStorePath(m_session->storePath());
    m_unlock->hide();

    m_main = new MainWindow(*m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    m_main->setIdleLockMinutes(GuiSettings::idleLockMinutes());
    connect(m_main, &MainWindow::lockRequested, this, [this] { lock(); });
    connect(m_main, &MainWindow::preferencesRequested, this, &AppController::editPreferences);
    // Closing the window ends the session too.
    connect(m_main, &QObject::destroyed, this, [this] {
        if (m_session)
            qApp->quit();
    });
    m_main->show();
    m_idle->start();
    Q_EMIT unlocked();
}

void AppController::lock(const QString& reason)
{
    if (!m_session)
        return;
    m_idle->stop();
    // Show the dialog first, so closing the last window does not end the application.
    m_unlock->setUsername(GuiSettings::lastUsername());
    m_unlock->setMessage(reason.isEmpty() ? tr("Tandem is locked.") : reason);
    m_unlock->show();
    m_unlock->raise();
    // Views hold references into the session: they go first, synchronously.
    if (m_main) {
        MainWindow* window = m_main.data();
        m_main.clear();
        window->disconnect(this);
        delete window;
    }
    m_session.reset();
    QApplication::clipboard()->clear(QClipboard::Clipboard);
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->clear(QClipboard::Selection);
    Q_EMIT locked();
}

void AppController::editPreferences()
{
    PreferencesDialog dialog(GuiSettings::idleLockMinutes(), m_main);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GuiSettings::setIdleLockMinutes(dialog.idleLockMinutes());
    m_idle->setTimeoutMs(GuiSettings::idleLockMinutes() * 60'000LL);
    if (m_main)
        m_main->setIdleLockMinutes(GuiSettings::idleLockMinutes());
}

} // namespace tandem::gui
