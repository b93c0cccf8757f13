#include "PartnersPanel.h"

#include "AddPartnerDialog.h"
#include "FieldFeedback.h"
#include "SharingText.h"

#include "tandem/services/PartnerService.h"
#include "tandem/services/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem::gui {

namespace {
QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QFont fixedFont(double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}
} // namespace

PartnersPanel::PartnersPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("partnersPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* heading = new QHBoxLayout;
    heading->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Partner organisations")), this), 1);
    m_add = new QPushButton(tr("&Add partner…"), this);
    m_add->setObjectName(QStringLiteral("addPartnerButton"));
    m_add->setAccessibleName(tr("Add a partner organisation from its card"));
    if (const QString why = SharingText::notAllowed(session, Permission::ManagePartners); !why.isEmpty()) {
        m_add->setEnabled(false);
        m_add->setToolTip(why);
    } else {
        m_add->setToolTip(tr("Choose a partner's card file and confirm its fingerprint with them over the phone"));
    }
    heading->addWidget(m_add);
    layout->addLayout(heading);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_table->setAccessibleName(tr("Partner organisations"));
    m_table->setHorizontalHeaderLabels({tr("Organisation"), tr("Code"), tr("Fingerprint"), tr("Last sent"), tr("Last received")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2, 3, 4})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setStyleSheet(QStringLiteral("QTableWidget::item { padding: 4px 6px; }"));
    // As tall as its rows: a team has a handful of partners, and the page keeps its space below.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    layout->addWidget(m_table);

    m_empty = new QLabel(tr("No partners yet. To share with a team you work with, each of you saves your card and sends it to "
                            "the other; then you add their card and check its fingerprint with them over the phone."),
                         this);
    m_empty->setObjectName(QStringLiteral("noPartnersLabel"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("partnersProblemLabel"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // Our own card: what partners need from us, and the fingerprint they will ask us to read out.
    auto* own = new QFrame(this);
    own->setObjectName(QStringLiteral("ownCardFrame"));
    own->setStyleSheet(QStringLiteral("#ownCardFrame { background: #f3f5f7; border: 1px solid #d0d4d9; border-radius: 4px; }"));
    auto* ownLayout = new QVBoxLayout(own);
    ownLayout->setContentsMargins(16, 12, 16, 12);
    ownLayout->setSpacing(6);
    auto* ownHeading = new QHBoxLayout;
    const Organisation& org = session.organisation();
    ownHeading->addWidget(
        new QLabel(tr("<b>Our card</b>: %1 · code %2").arg(org.name.toHtmlEscaped(), org.code.toHtmlEscaped()), own), 1);
    m_saveCard = new QPushButton(tr("&Save our card…"), own);
    m_saveCard->setObjectName(QStringLiteral("saveOwnCardButton"));
    m_saveCard->setAccessibleName(tr("Save our organisation's card to a file"));
    m_saveCard->setToolTip(tr("Save the public card to send to a partner; it holds no secrets"));
    ownHeading->addWidget(m_saveCard);
    ownLayout->addLayout(ownHeading);
    auto* readAloud = new QLabel(tr("When a partner adds our card, read this fingerprint aloud to them over the phone:"), own);
    readAloud->setWordWrap(true);
    ownLayout->addWidget(readAloud);
    m_ownFingerprint = new QLabel(own);
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    m_ownFingerprint->setFont(fixedFont(1.4));
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ownLayout->addWidget(m_ownFingerprint);
    m_saved = new QLabel(own);
    m_saved->setObjectName(QStringLiteral("ownCardSavedLabel"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->hide();
    ownLayout->addWidget(m_saved);
    layout->addWidget(own);

    if (auto card = PartnerService(session).ownCard(); card.ok()) {
        m_ownFingerprint->setText(SharingText::fingerprintLines(card.value().fingerprint()));
        m_ownFingerprint->setAccessibleName(tr("Our fingerprint: %1").arg(card.value().fingerprint()));
    } else {
        m_ownFingerprint->setText(card.error().message);
        m_saveCard->setEnabled(false);
        m_saveCard->setToolTip(card.error().message);
    }

    connect(m_saveCard, &QPushButton::clicked, this, &PartnersPanel::chooseCardPath);
    connect(m_add, &QPushButton::clicked, this, &PartnersPanel::openAddPartner);
    reload();
}

int PartnersPanel::partnerCount() const { return m_table->rowCount(); }

void PartnersPanel::reload()
{
    auto partners = PartnerService(m_session).list();
    if (!partners.ok()) {
        showProblem(partners.error().message);
        return;
    }
    showProblem(QString());
    const QList<Partner>& list = partners.value();
    m_table->setRowCount(static_cast<int>(list.size()));
    const QFont fixed = fixedFont(1.0);
    for (int row = 0; row < list.size(); ++row) {
        const Partner& p = list.at(row);
        m_table->setItem(row, 0, cell(p.name));
        m_table->setItem(row, 1, cell(p.code));
        auto* fingerprint = cell(SharingText::fingerprintLines(p.fingerprint), p.fingerprint);
        fingerprint->setFont(fixed);
        m_table->setItem(row, 2, fingerprint);
        m_table->setItem(row, 3, cell(SharingText::when(p.lastSentAt)));
        m_table->setItem(row, 4, cell(SharingText::when(p.lastReceivedAt)));
    }
    m_table->setVisible(!list.isEmpty());
    m_empty->setVisible(list.isEmpty());
}

bool PartnersPanel::saveOwnCard(const QString& path)
{
    auto card = PartnerService(m_session).ownCard();
    if (!card.ok()) {
        showProblem(card.error().message);
        return false;
    }
    // QSaveFile writes beside the target and renames: a partner never receives half a card.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(card.value().toJson()) < 0 || !file.commit()) {
        showProblem(tr("Could not save our card to %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showProblem(QString());
    m_saved->setText(tr("Saved our card to %1. Send it to the partner; when they phone to check it, read out the fingerprint above.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    m_saved->show();
    return true;
}

void PartnersPanel::chooseCardPath()
{
    const Organisation& org = m_session.organisation();
    const QString suggested = QStringLiteral("%1-partner-card.json").arg(org.code);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save our card"), suggested, tr("Partner cards (*.json);;All files (*)"));
    if (!path.isEmpty())
        saveOwnCard(path);
}

AddPartnerDialog* PartnersPanel::openAddPartner()
{
    if (!m_session.can(Permission::ManagePartners))
        return nullptr;
    auto* dialog = new AddPartnerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AddPartnerDialog::partnerAdded, this, [this] {
        reload();
        Q_EMIT partnersChanged();
    });
    dialog->open();
    return dialog;
}

void PartnersPanel::showProblem(const QString& message) { FieldFeedback::showMessage(m_problem, message); }

} // namespace tandem::gui
