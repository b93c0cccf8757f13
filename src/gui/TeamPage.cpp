#include "TeamPage.h"

#include "ThresholdsDialog.h"

#include "tandem/services/Session.h"
#include "tandem/services/UserService.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem::gui {

TeamPage::TeamPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("teamPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    const Organisation& org = session.organisation();
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Team")), this));
    auto* orgLabel = new QLabel(tr("%1 · organisation code %2").arg(org.name.toHtmlEscaped(), org.code.toHtmlEscaped()), this);
    orgLabel->setObjectName(QStringLiteral("organisationLabel"));
    layout->addWidget(orgLabel);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("People who can sign in to this store"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto* hint = new QLabel(tr("Administrators add and remove users with tandem-cli user add / user remove."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    // Correcting the thresholds results are scored against is an administrator's job.
    if (session.can(Permission::ManageInstruments)) {
        auto* instruments = new QHBoxLayout;
        auto* explain =
            new QLabel(tr("Assessment instruments: correct an ASQ-3 or ASQ:SE-2 cutoff or monitoring threshold in this store."), this);
        explain->setWordWrap(true);
        m_thresholds = new QPushButton(tr("Instrument &thresholds…"), this);
        m_thresholds->setObjectName(QStringLiteral("thresholdsButton"));
        m_thresholds->setAccessibleName(tr("Instrument thresholds"));
        instruments->addWidget(explain, 1);
        instruments->addWidget(m_thresholds);
        layout->addLayout(instruments);
        connect(m_thresholds, &QPushButton::clicked, this, &TeamPage::openThresholdsDialog);
    }
    reload();
}

void TeamPage::openThresholdsDialog()
{
    if (!m_session.can(Permission::ManageInstruments))
        return;
    auto* dialog = new ThresholdsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void TeamPage::reload()
{
    auto users = UserService(m_session).listUsers();
    m_problem->setVisible(!users.ok());
    if (!users.ok()) {
        m_problem->setText(users.error().message);
        return;
    }
    m_table->setRowCount(static_cast<int>(users.value().size()));
    int row = 0;
    for (const User& u : users.value()) {
        m_table->setItem(row, 0, new QTableWidgetItem(u.displayName));
        m_table->setItem(row, 1, new QTableWidgetItem(u.username));
        m_table->setItem(row, 2, new QTableWidgetItem(roleDisplayName(u.role)));
        ++row;
    }
}

} // namespace tandem::gui
