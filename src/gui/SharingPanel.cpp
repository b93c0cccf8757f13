#include "SharingPanel.h"

#include "ConsentDialog.h"
#include "ConsentListView.h"
#include "SafeguardingDialog.h"
#include "SafeguardingListView.h"
#include "SharedItemsView.h"
#include "WithdrawConsentDialog.h"

#include "tandem/services/BundleImportService.h"
#include "tandem/services/Session.h"
#include "tandem/services/SharedItemsService.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

SharingPanel::SharingPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sharingPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Consent and sharing")), this);
    title->setObjectName(QStringLiteral("sharingTitle"));
    layout->addWidget(title);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_recordConsent = button(this, tr("Record co&nsent…"), "recordConsentButton", tr("Record the family's consent to share"));
    m_withdraw = button(this, tr("&Withdraw…"), "withdrawConsentButton", tr("Withdraw the selected consent"));
    m_safeguarding = button(this, tr("Record sa&feguarding decision…"), "recordSafeguardingButton",
                            tr("Record a safeguarding decision about sharing without consent"));
    actions->addWidget(m_recordConsent);
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    actions->addWidget(m_safeguarding);
    layout->addLayout(actions);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sharingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; border-radius: 4px; padding: 8px; color: #7a0014;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(heading(tr("Consents"), "consentsHeading"));
    m_consents = new ConsentListView(this);
    layout->addWidget(m_consents);
    m_noConsents = emptyLabel("noConsentsLabel");
    layout->addWidget(m_noConsents);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Safeguarding decisions about sharing without consent"), "safeguardingHeading"));
    m_decisions = new SafeguardingListView(this);
    layout->addWidget(m_decisions);
    m_noDecisions = emptyLabel("noSafeguardingLabel");
    m_noDecisions->setText(tr("No safeguarding decision about sharing is recorded."));
    layout->addWidget(m_noDecisions);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Shared by partners"), "sharedHeading"));
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("sharingConflictsLabel"));
    m_conflicts->setAccessibleName(tr("Conflicts to resolve"));
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_conflicts->setStyleSheet(QStringLiteral("background: #fff4e0; border: 1px solid #e0a84a; border-radius: 4px; padding: 6px; color: #4d3100;"));
    m_conflicts->hide();
    layout->addWidget(m_conflicts);
    m_shared = new SharedItemsView(this);
    layout->addWidget(m_shared);
    m_noShared = emptyLabel("noSharedItemsLabel");
    m_noShared->setText(tr("Nothing has been shared by partner organisations about this family."));
    layout->addWidget(m_noShared);
    layout->addStretch(1);

    connect(m_recordConsent, &QPushButton::clicked, this, &SharingPanel::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &SharingPanel::withdrawConsent);
    connect(m_safeguarding, &QPushButton::clicked, this, &SharingPanel::recordSafeguarding);
    connect(m_consents, &QTreeWidget::currentItemChanged, this, &SharingPanel::updateButtons);
    connect(m_conflicts, &QLabel::linkActivated, this, &SharingPanel::sharingAreaRequested);
    updateButtons();
}

QLabel* SharingPanel::heading(const QString& text, const char* name)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel* SharingPanel::emptyLabel(const char* name)
{
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    label->setWordWrap(true);
    return label;
}

void SharingPanel::setRecord(const FamilyRecord& record, const QString& focusChildUuid)
{
    m_record = record;
    m_focusChildUuid = focusChildUuid;
    reload();
}

void SharingPanel::reload()
{
    m_problem->hide();
    m_consentViews.clear();
    QList<SafeguardingDecision> decisions;
    QList<SharedItemView> shared;
    int conflicts = 0;
    const QString family = m_record.family.uuid;
    if (!family.isEmpty()) {
        if (auto consents = ConsentService(m_session).forFamily(family); consents.ok())
            m_consentViews = consents.value();
        else
            showProblem(consents.message());
        if (auto loaded = ConsentService(m_session).safeguardingForFamily(family); loaded.ok())
            decisions = loaded.value();
        else
            showProblem(loaded.message());
        if (auto items = SharedItemsService(m_session).forFamily(family); items.ok())
            shared = items.value();
        else if (items.error().code != ErrorCode::PermissionDenied)
            showProblem(items.message());
        // Conflicts are resolved in the Sharing area by those who exchange bundles; others are not told of them.
        if (auto open = BundleImportService(m_session).conflicts(family); open.ok())
            conflicts = static_cast<int>(open.value().size());
    }
    m_consents->setConsents(m_consentViews, m_record.family);
    m_consents->setVisible(!m_consentViews.isEmpty());
    m_noConsents->setVisible(m_consentViews.isEmpty());
    m_noConsents->setText(m_session.can(Permission::RecordConsent)
                              ? tr("No consent to share is recorded for this family. Nothing about them is sent to partners "
                                   "until the family agrees and it is recorded here.")
                              : tr("No consent to share is recorded for this family."));
    if (!m_consents->currentItem() && m_consents->topLevelItemCount() > 0)
        m_consents->setCurrentItem(m_consents->topLevelItem(0));

    m_decisions->setDecisions(decisions, m_record.family);
    m_decisions->setVisible(!decisions.isEmpty());
    m_noDecisions->setVisible(decisions.isEmpty());

    m_conflicts->setText(conflicts == 1 ? tr("1 conflict to resolve — <a href=\"sharing\">open Sharing</a>")
                                        : tr("%1 conflicts to resolve — <a href=\"sharing\">open Sharing</a>").arg(conflicts));
    m_conflicts->setVisible(conflicts > 0);
    m_shared->setItems(shared);
    m_shared->setVisible(!shared.isEmpty());
    m_noShared->setVisible(shared.isEmpty());
    updateButtons();
}

void SharingPanel::updateButtons()
{
    const bool may = m_session.can(Permission::RecordConsent);
    const bool family = !m_record.family.uuid.isEmpty();
    bool anyChild = false;
    for (const Child& c : m_record.family.children)
        anyChild = anyChild || c.mergedInto.isEmpty();
    const QString refused = tr("Your role cannot record consent or safeguarding decisions.");

    m_recordConsent->setEnabled(may && family && anyChild);
    m_recordConsent->setToolTip(may ? QString() : refused);

    const QString selected = m_consents->currentUuid();
    bool withdrawable = false;
    for (const ConsentView& v : std::as_const(m_consentViews))
        if (v.consent.uuid == selected)
            withdrawable = !v.consent.withdrawnOn.has_value();
    m_withdraw->setEnabled(may && withdrawable);
    m_withdraw->setToolTip(!may ? refused : withdrawable ? QString() : tr("Select a consent that has not been withdrawn."));

    m_safeguarding->setEnabled(may && family && anyChild);
    m_safeguarding->setToolTip(may ? QString() : refused);
}

void SharingPanel::open(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &SharingPanel::changed);
    dialog->open();
}

void SharingPanel::recordConsent() { open(new ConsentDialog(m_session, m_record, {}, this)); }

void SharingPanel::withdrawConsent()
{
    const QString selected = m_consents->currentUuid();
    for (const ConsentView& v : std::as_const(m_consentViews))
        if (v.consent.uuid == selected && !v.consent.withdrawnOn)
            open(new WithdrawConsentDialog(m_session, v.consent, m_record.family, this));
}

void SharingPanel::recordSafeguarding() { open(new SafeguardingDialog(m_session, m_record, m_focusChildUuid, this)); }

void SharingPanel::changed()
{
    reload();
    Q_EMIT recordChanged();
}

void SharingPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace tandem::gui
