#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tandem::gui {

// For the record screen's lists that hold sentences rather than short values: rows grow to
// show wrapped text in full (a row with its first column spanned wraps at the view's width),
// a cell can carry a coloured badge behind its text, and a row can keep room on its right
// for a button placed over it with QTreeView::setIndexWidget.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role {
        BadgeColourRole = Qt::UserRole + 40, // QColor: a rounded badge behind the text
        ReservedRightRole,                   // int: pixels kept free on the right of the row
        MinimumHeightRole,                   // int: the row is at least this tall (for its button)
    };

    explicit WrappingItemDelegate(QTreeView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

Q_SIGNALS:
    // The rows were laid out again at new column widths (their heights may have changed).
    void rowsRelaidOut();

private:
    int textWidth(const QModelIndex& index) const;
    void relayoutSoon();

    QTreeView* m_view;
    bool m_relayoutPending = false;
};

} // namespace tandem::gui
