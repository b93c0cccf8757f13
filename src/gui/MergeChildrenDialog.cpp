#include "MergeChildrenDialog.h"
#include "ui_MergeChildrenDialog.h"

#include "FieldFeedback.h"
#include "MergeComparison.h"
#include "RecordText.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/RecordAdminService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/Session.h"

#include <QPushButton>

namespace tandem::gui {

namespace {
constexpr int kMinReason = 5; // as RecordAdminService
constexpr int kMaxReason = 500;
constexpr int kMaxResults = 50;
constexpr int UuidRole = Qt::UserRole;
constexpr int PostcodeRole = Qt::UserRole + 1;
}

MergeChildrenDialog::MergeChildrenDialog(Session& session, const FamilyRecord& record, const QString& keepChildUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_record(record), m_ui(std::make_unique<Ui::MergeChildrenDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mergeChildrenDialog"));
    FieldFeedback::setUpButtons(m_ui->buttonBox, tr("Merge"), tr("Merge the duplicate into the kept record"));
    FieldFeedback::showMessage(m_ui->messageLabel, {});
    for (const Child& c : record.family.children)
        m_ui->keepCombo->addItem(RecordText::childDescription(c), c.uuid);
    const int keep = m_ui->keepCombo->findData(keepChildUuid);
    m_ui->keepCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_ui->searchStatusLabel->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->comparisonLegend->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_ui->comparisonIssue->setWordWrap(true);
    m_ui->comparisonIssue->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    m_feedback = new FieldFeedback(this);
    m_feedback->add(m_ui->reasonEdit, m_ui->reasonIssue);
    m_feedback->add(m_ui->confirmCheck, nullptr);
    connect(m_feedback, &FieldFeedback::changed, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        validate();
    });
    connect(m_ui->keepCombo, &QComboBox::currentIndexChanged, this, [this] {
        FieldFeedback::showMessage(m_ui->messageLabel, {});
        search();
    });
    connect(m_ui->duplicateSearchEdit, &QLineEdit::textChanged, this, &MergeChildrenDialog::search);
    connect(m_ui->duplicateResultsView, &QListWidget::currentRowChanged, this, &MergeChildrenDialog::duplicateChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergeChildrenDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
    resize(sizeHint().expandedTo(QSize(760, 0)));
}

MergeChildrenDialog::~MergeChildrenDialog() = default;

QString MergeChildrenDialog::keepUuid() const { return m_ui->keepCombo->currentData().toString(); }

void MergeChildrenDialog::search()
{
    const QString text = m_ui->duplicateSearchEdit->text().trimmed();
    const QString previous = m_duplicate ? m_duplicate->uuid : QString();
    const QSignalBlocker block(m_ui->duplicateResultsView);
    m_ui->duplicateResultsView->clear();
    if (text.size() < 2) {
        m_ui->searchStatusLabel->setText(tr("Type a name, NHS number, postcode or date of birth to find the other record."));
    } else if (auto found = SearchService(m_session).search(text, 0, kMaxResults); !found.ok()) {
        m_ui->searchStatusLabel->setText(found.message());
    } else {
        for (const ChildSummary& row : found.value().rows) {
            if (row.uuid == keepUuid())
                continue;
            auto* item = new QListWidgetItem(row.describe(), m_ui->duplicateResultsView);
            item->setData(UuidRole, row.uuid);
            item->setData(PostcodeRole, row.postcode);
            if (row.uuid == previous)
                m_ui->duplicateResultsView->setCurrentItem(item);
        }
        const int count = m_ui->duplicateResultsView->count();
        m_ui->searchStatusLabel->setText(count == 0 ? tr("No other record matches. Try part of the name, or the date of birth.")
                                         : found.value().hasMore ? tr("The first %1 records found; type more to narrow them down.").arg(count)
                                         : count == 1            ? tr("1 record found: choose it to compare.")
                                                                 : tr("%1 records found: choose the duplicate to compare.").arg(count));
    }
    duplicateChosen();
}

void MergeChildrenDialog::duplicateChosen()
{
    const QListWidgetItem* item = m_ui->duplicateResultsView->currentItem();
    m_duplicate.reset();
    if (item) {
        auto loaded = FamilyRecordService(m_session).child(item->data(UuidRole).toString());
        if (loaded.ok()) {
            m_duplicate = loaded.value();
            m_duplicatePostcode = item->data(PostcodeRole).toString();
        } else {
            FieldFeedback::showMessage(m_ui->messageLabel, loaded.message());
        }
    }
    compare();
}

void MergeChildrenDialog::compare()
{
    MergeComparison::Side keep;
    for (const Child& c : m_record.family.children)
        if (c.uuid == keepUuid())
            keep.child = c;
    keep.postcode = m_record.family.address.postcode;
    std::optional<MergeComparison::Side> duplicate;
    if (m_duplicate)
        duplicate = MergeComparison::Side{*m_duplicate, m_duplicatePostcode};
    m_conflict = MergeComparison::fill(m_ui->comparisonView, keep, duplicate);
    m_ui->comparisonIssue->setText(m_conflict);
    m_ui->comparisonIssue->setVisible(!m_conflict.isEmpty());
    validate();
}

void MergeChildrenDialog::validate()
{
    const qsizetype length = m_ui->reasonEdit->toPlainText().simplified().size();
    QString issue;
    if (length < kMinReason)
        issue = tr("Say why these are the same child (at least %1 characters): the reason is kept for audit.").arg(kMinReason);
    else if (length > kMaxReason)
        issue = tr("Shorten the reason to %1 characters or fewer; it has %2.").arg(kMaxReason).arg(length);
    m_feedback->setIssue(m_ui->reasonEdit, issue);
    const bool ready = m_duplicate && m_conflict.isEmpty() && !m_feedback->hasIssues() && m_ui->confirmCheck->isChecked();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void MergeChildrenDialog::save()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        m_feedback->revealAll();
        return;
    }
    auto merged = RecordAdminService(m_session).mergeChildren(keepUuid(), m_duplicate->uuid, m_ui->reasonEdit->toPlainText());
    if (!merged.ok()) {
        FieldFeedback::showMessage(m_ui->messageLabel, merged.message());
        return;
    }
    accept();
}

} // namespace tandem::gui
