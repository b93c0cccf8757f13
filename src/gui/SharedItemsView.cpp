#include "SharedItemsView.h"

#include "RecordText.h"
#include "WrappingItemDelegate.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 8;

QString received(const QString& stamp)
{
    QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(stamp, Qt::ISODate);
    return at.isValid() ? RecordText::date(at.toLocalTime().date()) : stamp;
}
} // namespace

SharedItemsView::SharedItemsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sharedItemsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("sharedItemsView"));
    m_list->setAccessibleName(tr("Shared by partners, newest first"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Partner"), tr("Child"), tr("Item"), tr("Date"), tr("Received"), tr("Basis")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* delegate = new WrappingItemDelegate(m_list);
    m_list->setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &SharedItemsView::fitHeight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_list);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("sharedItemDetailLabel"));
    m_details->setAccessibleName(tr("What the partner sent for the selected item"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setStyleSheet(QStringLiteral("background: #f3f5f7; border: 1px solid #d0d4d9; border-radius: 4px; padding: 8px;"));
    layout->addWidget(m_details);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SharedItemsView::showDetails);
}

void SharedItemsView::setItems(const QList<SharedItemView>& items)
{
    const QTreeWidgetItem* current = m_list->currentItem();
    const QString keep = current ? current->data(PartnerColumn, UuidRole).toString() : QString();
    m_items = items;
    m_list->clear();
    for (const SharedItemView& i : items) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(PartnerColumn, UuidRole, i.uuid);
        item->setText(PartnerColumn, i.partnerName.isEmpty() ? i.partnerCode : i.partnerName);
        item->setToolTip(PartnerColumn, i.partnerCode);
        item->setText(ChildColumn, i.childName);
        item->setText(TitleColumn, i.title);
        item->setText(DateColumn, i.occurredOn ? RecordText::date(*i.occurredOn) : QString());
        item->setText(ReceivedColumn, received(i.receivedAt));
        if (i.safeguarding) {
            item->setText(BasisColumn, tr("Shared without consent"));
            item->setToolTip(BasisColumn, tr("The partner shared this under a safeguarding decision, without the family's consent."));
            item->setForeground(BasisColumn, QColor(0x7a, 0x00, 0x14));
            item->setData(BasisColumn, WrappingItemDelegate::BadgeColourRole, QColor(0xfb, 0xdd, 0xe2));
            QFont bold = item->font(BasisColumn);
            bold.setBold(true);
            item->setFont(BasisColumn, bold);
        } else {
            item->setText(BasisColumn, tr("Consent"));
        }
    }
    for (int r = 0; r < m_list->topLevelItemCount(); ++r)
        if (m_list->topLevelItem(r)->data(PartnerColumn, UuidRole).toString() == keep)
            m_list->setCurrentItem(m_list->topLevelItem(r));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    fitHeight();
}

void SharedItemsView::showDetails()
{
    const QTreeWidgetItem* current = m_list->currentItem();
    const QString uuid = current ? current->data(PartnerColumn, UuidRole).toString() : QString();
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&](const SharedItemView& i) { return i.uuid == uuid; });
    if (it == m_items.cend()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    QString heading = tr("%1, from %2").arg(it->title, it->partnerName.isEmpty() ? it->partnerCode : it->partnerName);
    if (it->safeguarding && it->kind != QLatin1String("consent")) // the basis of a share says so itself
        heading = tr("%1 (shared without consent)").arg(heading);
    QStringList lines;
    for (const QString& line : it->detail.split(QLatin1Char('\n')))
        lines << line.toHtmlEscaped();
    m_details->setTextFormat(Qt::RichText);
    m_details->setText(QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_details->setAccessibleDescription(heading + QLatin1Char('\n') + it->detail);
    m_details->show();
}

void SharedItemsView::fitHeight()
{
    const int rows = std::min(m_list->topLevelItemCount(), kMaxVisibleRows);
    int height = m_list->header()->sizeHint().height() + 2 * m_list->frameWidth() + 4;
    for (int r = 0; r < std::max(rows, 1); ++r) {
        const int row = r < rows ? m_list->sizeHintForRow(r) : -1;
        height += row > 0 ? row : m_list->fontMetrics().height() + 16;
    }
    m_list->setFixedHeight(height);
}

} // namespace tandem::gui
