#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace tandem::gui {

namespace {
// Item padding (the record screen's style sheet gives 4 px a side) plus the style's text margins.
constexpr int kHorizontalPadding = 18;
constexpr int kBadgePadding = 8;
constexpr int kUnbounded = 1 << 20;
} // namespace

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // Row heights follow the column widths: lay the rows out again once the columns settle.
    connect(view->header(), &QHeaderView::sectionResized, this, &WrappingItemDelegate::relayoutSoon);
}

void WrappingItemDelegate::relayoutSoon()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        m_view->doItemsLayout();
        Q_EMIT rowsRelaidOut();
    });
}

int WrappingItemDelegate::textWidth(const QModelIndex& index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    const bool treeColumn = m_view->header()->visualIndex(index.column()) == 0;
    int width = m_view->columnWidth(index.column());
    if (treeColumn && m_view->isFirstColumnSpanned(index.row(), index.parent()))
        width = std::max(m_view->header()->length(), m_view->viewport()->width());
    if (treeColumn)
        width -= indent;
    return width - kHorizontalPadding - index.data(ReservedRightRole).toInt();
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : option.font);
    const int width = textWidth(index);
    if (!text.isEmpty() && width > 20) {
        const int wrapped = metrics.boundingRect(QRect(0, 0, width, kUnbounded), Qt::TextWordWrap, text).height();
        const int unwrapped = metrics.boundingRect(QRect(0, 0, kUnbounded, kUnbounded), 0, text).height();
        size.setHeight(size.height() + std::max(0, wrapped - unwrapped));
    }
    if (index.data(BadgeColourRole).isValid()) {
        size.setWidth(size.width() + 2 * kBadgePadding + 8); // the badge's ends, so the word is never cut
        size.setHeight(std::max(size.height(), metrics.height() + 2 * kBadgePadding));
    }
    size.setHeight(std::max(size.height(), index.data(MinimumHeightRole).toInt()));
    return size;
}

void WrappingItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant badge = index.data(BadgeColourRole);
    const int reserved = index.data(ReservedRightRole).toInt();
    if (!badge.isValid() && reserved <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The row's background and selection across the whole cell, then the text where it belongs.
    QStyleOptionViewItem background(opt);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (!badge.isValid()) {
        QStyleOptionViewItem text(opt);
        text.rect.setRight(text.rect.right() - reserved);
        text.backgroundBrush = Qt::NoBrush;
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
        return;
    }
    const QFontMetrics metrics(opt.font);
    const int width = std::min(metrics.horizontalAdvance(opt.text) + 2 * kBadgePadding, opt.rect.width() - 8);
    const int height = metrics.height() + kBadgePadding / 2;
    const QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badge.value<QColor>());
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(foreground.isValid() ? foreground.value<QBrush>().color() : opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(opt.text, Qt::ElideRight, pill.width() - 2 * kBadgePadding + 2));
    painter->restore();
}

} // namespace tandem::gui
