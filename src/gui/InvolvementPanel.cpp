#include "InvolvementPanel.h"

#include "RecordText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Column { Service, Worker, Organisation, Dates, Contacts, ColumnCount };
constexpr int kMaxVisibleRows = 6;
}

InvolvementPanel::InvolvementPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("involvementPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Who is involved")), this);
    title->setObjectName(QStringLiteral("involvementTitle"));
    top->addWidget(title);
    top->addStretch(1);
    m_add = new QPushButton(tr("&Add involvement…"), this);
    m_add->setObjectName(QStringLiteral("addInvolvementButton"));
    m_add->setAccessibleName(tr("Add a service or worker involved with the family"));
    m_end = new QPushButton(tr("E&nd involvement…"), this);
    m_end->setObjectName(QStringLiteral("endInvolvementButton"));
    m_end->setAccessibleName(tr("End the selected involvement"));
    top->addWidget(m_add);
    top->addWidget(m_end);
    layout->addLayout(top);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("involvementView"));
    m_view->setAccessibleName(tr("Who is involved with the family"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Service"), tr("Worker"), tr("Organisation"), tr("Dates"), tr("Contacts")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(Worker, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(Organisation, QHeaderView::Stretch);
    layout->addWidget(m_view);

    m_empty = new QLabel(tr("No service or worker is recorded as involved yet."), this);
    m_empty->setObjectName(QStringLiteral("involvementEmptyLabel"));
    m_empty->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &InvolvementPanel::addRequested);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (auto current = currentActive())
            Q_EMIT endRequested(*current);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &InvolvementPanel::updateButtons);
    updateButtons();
}

void InvolvementPanel::setInvolvements(const QList<Involvement>& involved)
{
    m_involved = involved;
    // Active before ended; the key worker leads (the store orders them so too).
    std::stable_sort(m_involved.begin(), m_involved.end(), [](const Involvement& a, const Involvement& b) {
        if (a.until.has_value() != b.until.has_value())
            return !a.until.has_value();
        return a.keyWorker && !b.keyWorker;
    });
    // An ended involvement keeps its key-worker flag in the store; it is no longer the key worker.
    auto isKeyWorker = [](const Involvement& i) { return i.keyWorker && !i.until; };
    m_view->clear();
    const QColor ended = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Involvement& i : m_involved) {
        auto* item = new QTreeWidgetItem(m_view);
        item->setText(Service, InvolvementServices::serviceDisplayName(i.service));
        item->setText(Worker, isKeyWorker(i) ? tr("★ %1 · key worker").arg(i.workerName) : i.workerName);
        item->setData(Worker, Qt::AccessibleTextRole, isKeyWorker(i) ? tr("%1, key worker").arg(i.workerName) : i.workerName);
        item->setText(Organisation, i.organisation.isEmpty() ? tr("This team") : i.organisation);
        item->setText(Dates, i.until ? tr("Ended: %1").arg(RecordText::involvementDates(i)) : RecordText::involvementDates(i));
        item->setText(Contacts, QString::number(i.contacts));
        item->setTextAlignment(Contacts, Qt::AlignRight | Qt::AlignVCenter);
        const QString contacts = i.contacts == 1 ? tr("1 contact recorded with the family")
                                                 : tr("%1 contacts recorded with the family").arg(i.contacts);
        item->setData(Contacts, Qt::AccessibleTextRole, contacts);
        item->setToolTip(Contacts, contacts);
        for (int c = 0; c < ColumnCount; ++c) {
            if (i.until) {
                item->setForeground(c, ended);
            } else if (isKeyWorker(i)) {
                QFont bold = item->font(c);
                bold.setBold(true);
                item->setFont(c, bold);
            }
        }
    }
    m_view->setVisible(!m_involved.isEmpty());
    m_empty->setVisible(m_involved.isEmpty());
    // Tall enough for every row up to a few; the record screen scrolls as a whole.
    const int rows = std::clamp(static_cast<int>(m_involved.size()), 1, kMaxVisibleRows);
    const int rowHeight = m_view->sizeHintForRow(0) > 0 ? m_view->sizeHintForRow(0) : fontMetrics().height() + 8;
    m_view->setFixedHeight(m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() + 2);
    updateButtons();
}

void InvolvementPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_end->setVisible(editable);
    updateButtons();
}

std::optional<Involvement> InvolvementPanel::currentActive() const
{
    const int row = m_view->indexOfTopLevelItem(m_view->currentItem());
    if (row < 0 || row >= m_involved.size() || m_involved.at(row).until)
        return std::nullopt;
    return m_involved.at(row);
}

void InvolvementPanel::updateButtons()
{
    const bool canEnd = currentActive().has_value();
    m_end->setEnabled(m_editable && canEnd);
    m_end->setToolTip(canEnd ? QString() : tr("Select an active involvement to end it."));
}

} // namespace tandem::gui
