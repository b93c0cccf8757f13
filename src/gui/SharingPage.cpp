#include "SharingPage.h"

#include "ConflictsDialog.h"
#include "ExportBundleWizard.h"
#include "ImportBundleDialog.h"
#include "PartnersPanel.h"
#include "SharingText.h"

#include "tandem/services/BundleImportService.h"
#include "tandem/services/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}
} // namespace

SharingPage::SharingPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sharingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Sharing")), this));
    const Organisation& org = session.organisation();
    auto* header = new QLabel(tr("%1 (%2) exchanges encrypted bundles with partner organisations, with no shared server. "
                                 "Each bundle carries only what each family agreed to share with that partner.")
                                  .arg(org.name, org.code),
                              this);
    header->setObjectName(QStringLiteral("sharingHeaderLabel"));
    header->setWordWrap(true);
    layout->addWidget(header);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sharingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_partners = new PartnersPanel(session, this);
    layout->addWidget(m_partners);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(12);
    m_export = button(this, tr("&Export a bundle…"), "exportBundleButton", tr("Export a bundle to a partner"));
    m_import = button(this, tr("&Import a bundle…"), "importBundleButton", tr("Import a bundle from a partner"));
    m_conflicts = button(this, tr("&Resolve conflicts…"), "resolveConflictsButton", tr("Resolve conflicts"));
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(m_conflicts);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("sharingRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setStyleSheet(QStringLiteral("color: #4a5563;"));
    layout->addWidget(m_roleNote);
    layout->addStretch(1);

    connect(m_export, &QPushButton::clicked, this, &SharingPage::openExportWizard);
    connect(m_import, &QPushButton::clicked, this, &SharingPage::openImportDialog);
    connect(m_conflicts, &QPushButton::clicked, this, &SharingPage::openConflictsDialog);
    connect(m_partners, &PartnersPanel::partnersChanged, this, &SharingPage::updateActions);
    reload();
}

void SharingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Bundles and conflicts change from elsewhere (the command line, another user). Not when the
    // window is merely restored: a dialog's worker may be using the session then.
    if (!event->spontaneous() && !isBusy())
        reload();
}

bool SharingPage::isBusy() const
{
    for (const ExportBundleWizard* w : findChildren<ExportBundleWizard*>())
        if (w->isBusy())
            return true;
    for (const ImportBundleDialog* d : findChildren<ImportBundleDialog*>())
        if (d->isBusy())
            return true;
    return false;
}

void SharingPage::reload()
{
    m_partners->reload();
    m_openConflicts = 0;
    m_problem->hide();
    if (m_session.can(Permission::ExchangeBundles)) {
        auto open = BundleImportService(m_session).conflicts();
        if (open.ok()) {
            m_openConflicts = static_cast<int>(open.value().size());
        } else {
            m_problem->setText(open.error().message);
            m_problem->show();
        }
    }
    updateActions();
}

void SharingPage::updateActions()
{
    const QString exchange = SharingText::notAllowed(m_session, Permission::ExchangeBundles);
    const bool allowed = exchange.isEmpty();
    const bool partners = m_partners->partnerCount() > 0;

    m_export->setEnabled(allowed && partners);
    m_export->setToolTip(!allowed ? exchange
                         : !partners ? tr("Add a partner organisation first: a bundle is always made for one partner.")
                                     : tr("Choose a partner, see what would be sent, then save the bundle"));
    m_import->setEnabled(allowed && partners);
    m_import->setToolTip(!allowed ? exchange
                         : !partners ? tr("Add the sender as a partner first: bundles are accepted only from partners.")
                                     : tr("Check a partner's bundle, see what it would change, then import it"));
    m_conflicts->setText(allowed ? tr("&Resolve conflicts (%1)…").arg(m_openConflicts) : tr("&Resolve conflicts…"));
    m_conflicts->setAccessibleName(allowed ? tr("Resolve conflicts, %1 open").arg(m_openConflicts) : tr("Resolve conflicts"));
    m_conflicts->setEnabled(allowed && m_openConflicts > 0);
    m_conflicts->setToolTip(!allowed ? exchange
                            : m_openConflicts == 0 ? tr("No conflicts are waiting.")
                                                   : tr("Details changed both here and by a partner: choose which value to keep"));

    QStringList notes;
    if (!allowed)
        notes << exchange;
    if (const QString partnersNote = SharingText::notAllowed(m_session, Permission::ManagePartners); !partnersNote.isEmpty())
        notes << tr("Adding a partner is for a team lead or an administrator.");
    m_roleNote->setText(notes.join(QLatin1Char(' ')));
    m_roleNote->setVisible(!notes.isEmpty());
}

ExportBundleWizard* SharingPage::openExportWizard()
{
    if (!m_session.can(Permission::ExchangeBundles))
        return nullptr;
    auto* wizard = new ExportBundleWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ExportBundleWizard::exported, this, &SharingPage::reload);
    wizard->open();
    return wizard;
}

ImportBundleDialog* SharingPage::openImportDialog()
{
    if (!m_session.can(Permission::ExchangeBundles))
        return nullptr;
    auto* dialog = new ImportBundleDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportBundleDialog::imported, this, [this] {
        reload();
        Q_EMIT recordsChanged();
    });
    dialog->open();
    return dialog;
}

ConflictsDialog* SharingPage::openConflictsDialog()
{
    if (!m_session.can(Permission::ExchangeBundles))
        return nullptr;
    auto* dialog = new ConflictsDialog(m_session, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ConflictsDialog::resolved, this, [this] {
        reload();
        Q_EMIT recordsChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace tandem::gui
