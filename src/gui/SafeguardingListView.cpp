#include "SafeguardingListView.h"

#include "ConsentText.h"
#include "WrappingItemDelegate.h"

#include <QHeaderView>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 6;
} // namespace

SafeguardingListView::SafeguardingListView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("safeguardingListView"));
    setAccessibleName(tr("Safeguarding decisions about sharing without consent, newest first"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Decision"), tr("Child"), tr("Partner"), tr("What may be shared"), tr("Reason"), tr("Authorised by"), tr("Dates")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &SafeguardingListView::fitHeight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CategoriesColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
}

void SafeguardingListView::setDecisions(const QList<SafeguardingDecision>& decisions, const Family& family)
{
    clear();
    for (const SafeguardingDecision& d : decisions) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(DecisionColumn, UuidRole, d.uuid);
        item->setText(DecisionColumn, ConsentText::decision(d));
        item->setForeground(DecisionColumn, ConsentText::decisionColour(d));
        item->setData(DecisionColumn, WrappingItemDelegate::BadgeColourRole, ConsentText::decisionBadge(d));
        QFont bold = item->font(DecisionColumn);
        bold.setBold(true);
        item->setFont(DecisionColumn, bold);
        item->setText(ChildColumn, ConsentText::consentFor(d.childUuid, family));
        item->setText(PartnerColumn, d.partnerCode);
        item->setText(CategoriesColumn, d.share ? ConsentText::categories(d.categories) : tr("Nothing"));
        item->setText(ReasonColumn, d.reason);
        item->setText(AuthorisedColumn, d.authoriserName);
        item->setToolTip(AuthorisedColumn, d.recordedByName.isEmpty() ? QString() : tr("Recorded by %1").arg(d.recordedByName));
        item->setText(DatesColumn, ConsentText::decisionDates(d));
        item->setToolTip(DatesColumn, d.share ? tr("Decided on the first date; sharing ends after the second.") : tr("Decided on"));
    }
    fitHeight();
}

void SafeguardingListView::fitHeight()
{
    const int rows = std::min(topLevelItemCount(), kMaxVisibleRows);
    int height = header()->sizeHint().height() + 2 * frameWidth() + 4;
    for (int r = 0; r < std::max(rows, 1); ++r) {
        const int row = r < rows ? sizeHintForRow(r) : -1;
        height += row > 0 ? row : fontMetrics().height() + 16;
    }
    setFixedHeight(height);
}

} // namespace tandem::gui
