#include "MainWindow.h"
#include "AreaPage.h"
#include "CaseloadPage.h"
#include "CsvImportDialog.h"
#include "FamiliesPage.h"
#include "FamilyRecordPage.h"
#include "SharingPage.h"
#include "TeamPage.h"

#include "tandem/core/Version.h"
#include "tandem/services/Session.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace tandem::gui {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tandem — %1").arg(session.organisation().name));
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    resize(1100, 720);
    buildMenus();
    buildAreas();
    buildStatusBar();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    lock->setStatusTip(tr("Close the record and ask for the passphrase again"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* prefs = settings->addAction(tr("&Preferences…"));
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    connect(prefs, &QAction::triggered, this, &MainWindow::preferencesRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tandem"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildAreas()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Work areas"));
    m_navigation->setFixedWidth(200);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { border: none; border-right: 1px solid #d0d4d9; background: #f3f5f7; font-size: 11pt; padding-top: 8px; outline: 0; }"
                                               "QListWidget::item { padding: 8px 16px; border: none; color: #1d2733; }"
                                               "QListWidget::item:selected { background: #005eb8; color: white; }"));
    m_areas = new QStackedWidget(central);
    m_areas->setObjectName(QStringLiteral("areaStack"));

    // The family record opens in place of the Families list and comes back to it.
    auto* families = new FamiliesPage(m_session);
    auto* record = new FamilyRecordPage(m_session);
    families->setRecordPage(record);
    connect(families, &FamiliesPage::openFamilyRequested, record,
            [record](const QString& familyUuid, const QString& childUuid) { record->showFamily(familyUuid, childUuid); });
    connect(record, &FamilyRecordPage::recordChanged, families, &FamiliesPage::reload);
    connect(record, &FamilyRecordPage::sharingAreaRequested, this, [this] { showArea(QStringLiteral("sharingPage")); });

    // The caseload opens families in the same record page, in the Families area, and Back
    // returns to the caseload (which reads itself again when shown, so changes show there).
    auto* caseload = new CaseloadPage(m_session);
    connect(caseload, &CaseloadPage::openFamilyRequested, this, [this, families, record](const QString& familyUuid) {
        record->showFamily(familyUuid);
        families->showRecord();
        showArea(QStringLiteral("familiesPage"));
        m_recordReturnArea = QStringLiteral("caseloadPage");
    });
    connect(families, &FamiliesPage::openFamilyRequested, this, [this] { m_recordReturnArea.clear(); });
    connect(record, &FamilyRecordPage::backRequested, this, [this, families, caseload] {
        families->showList();
        if (m_recordReturnArea == caseload->objectName()) {
            m_recordReturnArea.clear();
            showArea(caseload->objectName());
            caseload->focusList();
        }
    });
    connect(families, &FamiliesPage::importRequested, this, [this, families] {
        auto* dialog = new CsvImportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CsvImportDialog::imported, families, &FamiliesPage::reload);
        dialog->open();
    });

    // An import can add families and change records: the list and an open record read again.
    auto* sharing = new SharingPage(m_session);
    connect(sharing, &SharingPage::recordsChanged, families, &FamiliesPage::reload);
    connect(sharing, &SharingPage::recordsChanged, record, &FamilyRecordPage::reload);

    struct Area { QString name; QString label; QWidget* page; };
    const QList<Area> areas = {
        {QStringLiteral("familiesPage"), tr("Families"), families},
        {QStringLiteral("caseloadPage"), tr("Caseload"), caseload},
        {QStringLiteral("sharingPage"), tr("Sharing"), sharing},
        {QStringLiteral("reportsPage"), tr("Reports"),
         new AreaPage(QStringLiteral("reportsPage"), tr("Reports"),
                      tr("Outcome and activity reports for team leads and commissioners."),
                      {tr("Mandated contact coverage"), tr("ASQ-3 outcomes at 2 to 2½ years by ward")})},
        {QStringLiteral("teamPage"), tr("Team"), new TeamPage(m_session)},
    };
    for (const Area& a : areas) {
        auto* item = new QListWidgetItem(a.label, m_navigation);
        item->setData(Qt::UserRole, a.name);
        m_areas->addWidget(a.page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] {
        if (currentArea() != QLatin1String("familiesPage"))
            m_recordReturnArea.clear(); // went elsewhere: Back in the record now means the Families list
    });
    m_navigation->setCurrentRow(0);

    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    const User& user = m_session.user();
    const Organisation& org = m_session.organisation();
    auto* who = new QLabel(tr("Signed in as %1 (%2) · %3 (%4)").arg(user.displayName, roleDisplayName(user.role), org.name, org.code), this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addWidget(who, 1);
    m_idleLabel = new QLabel(this);
    m_idleLabel->setObjectName(QStringLiteral("idleLockLabel"));
    statusBar()->addPermanentWidget(m_idleLabel);
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idleLabel->setText(minutes == 1 ? tr("Locks after 1 minute idle · Ctrl+L locks now")
                                      : tr("Locks after %1 minutes idle · Ctrl+L locks now").arg(minutes));
}

void MainWindow::showArea(const QString& objectName)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == objectName)
            m_navigation->setCurrentRow(i);
    }
}

QString MainWindow::currentArea() const { return m_areas->currentWidget() ? m_areas->currentWidget()->objectName() : QString(); }

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tandem"),
                       tr("<h3>Tandem %1</h3><p>One encrypted family record for health visitors, children's centre staff and team leads.</p>"
                          "<p>Store: %2</p><p>Test and demo data are synthetic. Never put real families in a demo store.</p>")
                           .arg(QStringLiteral(TANDEM_VERSION_STRING), m_session.storePath().toHtmlEscaped()));
}

} // namespace tandem::gui
