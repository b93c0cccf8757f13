#include "ConflictsDialog.h"
#include "FieldFeedback.h"
#include "SharingText.h"
#include "ui_ConflictsDialog.h"

#include "tandem/services/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>

namespace tandem::gui {

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text.isEmpty() ? ConflictsDialog::tr("(empty)") : text);
    item->setToolTip(item->text());
    return item;
}

enum Column { ChildColumn, FieldColumn, OursColumn, PartnerValueColumn, PartnerColumn, ChoiceColumn, ColumnCount };
} // namespace

ConflictsDialog::ConflictsDialog(Session& session, const QString& familyUuid, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictsDialog>()), m_session(session), m_familyUuid(familyUuid)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    QTableWidget* table = m_ui->conflictsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Child"), tr("Detail"), tr("Our value"), tr("Partner's value"), tr("Partner"), tr("Choose")});
    QHeaderView* header = table->horizontalHeader();
    for (int column : {ChildColumn, FieldColumn, PartnerColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(OursColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PartnerValueColumn, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // No item style sheet here: it would reach the row buttons and squeeze them.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    showMessage(QString());
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::reload()
{
    QTableWidget* table = m_ui->conflictsTable;
    // The old rows' buttons are deleted later (one of them may be the button being clicked):
    // unname them now, so only the new rows answer to their names.
    for (int row = 0; row < table->rowCount(); ++row)
        if (QWidget* old = table->cellWidget(row, ChoiceColumn))
            for (QPushButton* b : old->findChildren<QPushButton*>())
                b->setObjectName(QString());
    table->setRowCount(0);
    m_conflicts.clear();
    if (const QString why = SharingText::notAllowed(m_session, Permission::ExchangeBundles); !why.isEmpty()) {
        showMessage(why);
        m_ui->conflictsStatusLabel->clear();
        return;
    }
    auto open = BundleImportService(m_session).conflicts(m_familyUuid);
    if (!open.ok()) {
        showMessage(open.error().message);
        return;
    }
    m_conflicts = open.value();
    table->setRowCount(static_cast<int>(m_conflicts.size()));
    const QColor ours(0xe8, 0xf0, 0xf8);
    const QColor theirs(0xff, 0xf4, 0xce);
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ShareConflict& c = m_conflicts.at(row);
        table->setItem(row, ChildColumn, cell(c.childName));
        table->setItem(row, FieldColumn, cell(c.fieldLabel));
        auto* local = cell(c.localValue);
        local->setBackground(ours);
        local->setForeground(QColor(0x1d, 0x27, 0x33));
        table->setItem(row, OursColumn, local);
        auto* partner = cell(c.partnerValue);
        partner->setBackground(theirs);
        partner->setForeground(QColor(0x1d, 0x27, 0x33));
        table->setItem(row, PartnerValueColumn, partner);
        table->setItem(row, PartnerColumn, cell(c.partnerName));

        auto* choice = new QWidget(table);
        auto* buttons = new QHBoxLayout(choice);
        buttons->setContentsMargins(4, 1, 4, 1);
        buttons->setSpacing(6);
        auto* keep = new QPushButton(tr("Keep ours"), choice);
        keep->setObjectName(QStringLiteral("keepOursButton%1").arg(row));
        keep->setAccessibleName(tr("Keep our value of %1 for %2").arg(c.fieldLabel, c.childName));
        keep->setAutoDefault(false);
        auto* use = new QPushButton(tr("Use partner's"), choice);
        use->setObjectName(QStringLiteral("usePartnerButton%1").arg(row));
        use->setAccessibleName(tr("Use %1's value of %2 for %3").arg(c.partnerName, c.fieldLabel, c.childName));
        use->setAutoDefault(false);
        buttons->addWidget(keep);
        buttons->addWidget(use);
        table->setCellWidget(row, ChoiceColumn, choice);
        connect(keep, &QPushButton::clicked, this, [this, row] { resolve(row, false); });
        connect(use, &QPushButton::clicked, this, [this, row] { resolve(row, true); });
    }
    // Room for both buttons at their natural size: the header does not measure cell widgets.
    if (QWidget* first = table->cellWidget(0, ChoiceColumn)) {
        const QSize natural = first->sizeHint();
        table->horizontalHeader()->resizeSection(ChoiceColumn, natural.width() + 8);
        table->verticalHeader()->setMinimumSectionSize(natural.height() + 2);
        table->resizeRowsToContents();
    }
    table->setVisible(!m_conflicts.isEmpty());
    m_ui->conflictsStatusLabel->setText(m_conflicts.isEmpty()
                                            ? tr("No conflicts are waiting. Every detail changed by both sides has been resolved.")
                                            : m_conflicts.size() == 1 ? tr("1 conflict is waiting.")
                                            : tr("%1 conflicts are waiting.").arg(m_conflicts.size()));
}

bool ConflictsDialog::resolve(int row, bool keepPartner)
{
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const ShareConflict c = m_conflicts.at(row);
    auto done = BundleImportService(m_session).resolve(c.uuid, keepPartner);
    if (!done.ok()) {
        showMessage(done.error().message);
        return false;
    }
    showMessage(QString());
    reload();
    const QString said = keepPartner ? tr("Used %1's value of %2 for %3.").arg(c.partnerName, c.fieldLabel, c.childName)
                                     : tr("Kept our value of %1 for %2.").arg(c.fieldLabel, c.childName);
    m_ui->conflictsStatusLabel->setText(said + QLatin1Char(' ') + m_ui->conflictsStatusLabel->text());
    // Keyboard users carry on with the next conflict, now in this row.
    const int next = std::min(row, static_cast<int>(m_conflicts.size()) - 1);
    QWidget* nextRow = next >= 0 ? m_ui->conflictsTable->cellWidget(next, ChoiceColumn) : nullptr;
    if (auto* button = nextRow ? nextRow->findChild<QPushButton*>() : nullptr)
        button->setFocus();
    else
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    Q_EMIT resolved();
    return true;
}

void ConflictsDialog::showMessage(const QString& message) { FieldFeedback::showMessage(m_ui->conflictsMessageLabel, message); }

} // namespace tandem::gui
