#include "ServiceLevelDialog.h"
#include "ui_ServiceLevelDialog.h"

#include "DateInput.h"
#include "FieldFeedback.h"
#include "RecordText.h"
#include "VisitText.h"

#include "tandem/core/ServiceLevel.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/Session.h"

#include <QHeaderView>
#include <QPushButton>

namespace tandem::gui {

namespace {
enum HistoryColumn { From, Level, Reason, RecordedBy, HistoryColumnCount };
}

ServiceLevelDialog::ServiceLevelDialog(Session& session, const CareTeam& team, QWidget* parent)
    : QDialog(parent), m_session(session), m_familyUuid(team.familyUuid), m_currentLevel(team.serviceLevel),
      m_ui(std::make_unique<Ui::ServiceLevelDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("serviceLevelDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Change level"), tr("Change the service level"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    m_ui->currentLevelLabel->setText(tr("The family is now offered: <b>%1</b>.").arg(VisitText::serviceLevel(team).toHtmlEscaped()));
    for (const QString& token : ServiceLevels::tokens())
        m_ui->serviceLevelCombo->addItem(ServiceLevels::displayName(token), token);
    // Start on a level the family is not on: the one after the current, or the one before the last.
    const int current = m_ui->serviceLevelCombo->findData(m_currentLevel);
    m_ui->serviceLevelCombo->setCurrentIndex(current + 1 < m_ui->serviceLevelCombo->count() ? current + 1 : std::max(0, current - 1));
    m_ui->effectiveFromInput->setText(DateInput::format(session.today()));

    auto* history = m_ui->serviceLevelHistoryView;
    history->setColumnCount(HistoryColumnCount);
    history->setHorizontalHeaderLabels({tr("From"), tr("Level"), tr("Reason"), tr("Recorded by")});
    history->verticalHeader()->hide();
    history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    history->setSelectionBehavior(QAbstractItemView::SelectRows);
    history->setWordWrap(true);
    history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    history->setRowCount(static_cast<int>(team.serviceLevelHistory.size()));
    for (int row = 0; row < team.serviceLevelHistory.size(); ++row) {
        const ServiceLevelChange& change = team.serviceLevelHistory.at(row);
        history->setItem(row, From, new QTableWidgetItem(RecordText::date(change.effectiveFrom)));
        history->setItem(row, Level, new QTableWidgetItem(ServiceLevels::displayName(change.level)));
        history->setItem(row, Reason, new QTableWidgetItem(change.reason));
        history->setItem(row, RecordedBy, new QTableWidgetItem(change.recordedByName));
    }
    history->resizeRowsToContents();
    m_ui->historyLabel->setVisible(!team.serviceLevelHistory.isEmpty());
    history->setVisible(!team.serviceLevelHistory.isEmpty());

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->serviceLevelCombo, m_ui->serviceLevelIssue);
    m_feedback->add(m_ui->serviceLevelReasonEdit, m_ui->serviceLevelReasonIssue);
    m_feedback->add(m_ui->effectiveFromInput, m_ui->effectiveFromIssue);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceLevelDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

ServiceLevelDialog::~ServiceLevelDialog() = default;

void ServiceLevelDialog::validate()
{
    const QString level = m_ui->serviceLevelCombo->currentData().toString();
    m_feedback->setIssue(m_ui->serviceLevelCombo, level == m_currentLevel ? tr("The family is already offered this level; choose another.")
                                                                          : QString());
    QString reason = m_ui->serviceLevelReasonEdit->toPlainText();
    const domain::FieldIssues reasonIssues = domain::ContactRules::checkReason(reason, QStringLiteral("serviceLevel.reason"));
    m_feedback->setIssue(m_ui->serviceLevelReasonEdit, reasonIssues.isEmpty() ? QString() : reasonIssues.first().message);
    const auto from = DateInput::parse(m_ui->effectiveFromInput->text());
    QString dateIssue;
    if (!from)
        dateIssue = DateInput::formatHint();
    else if (*from > m_session.today())
        dateIssue = tr("A new level cannot take effect in the future.");
    m_feedback->setIssue(m_ui->effectiveFromInput, dateIssue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_feedback->hasIssues());
}

void ServiceLevelDialog::save()
{
    validate();
    if (m_feedback->hasIssues()) {
        m_feedback->revealAll();
        return;
    }
    auto changed = CareTeamService(m_session).setServiceLevel(m_familyUuid, m_ui->serviceLevelCombo->currentData().toString(),
                                                              m_ui->serviceLevelReasonEdit->toPlainText(),
                                                              *DateInput::parse(m_ui->effectiveFromInput->text()));
    if (!changed.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, changed.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
