#include "ConsentListView.h"

#include "ConsentText.h"
#include "RecordText.h"
#include "WrappingItemDelegate.h"

#include <QHeaderView>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int UuidRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 8;
} // namespace

ConsentListView::ConsentListView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("consentListView"));
    setAccessibleName(tr("Consents to share, newest first"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("For"), tr("Given by"), tr("Partners"), tr("Categories"), tr("Method"), tr("Given"), tr("Review by"), tr("Status")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &ConsentListView::fitHeight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CategoriesColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch); // room for a withdrawal's reason
}

void ConsentListView::setConsents(const QList<ConsentView>& consents, const Family& family)
{
    const QString keep = currentUuid();
    clear();
    for (const ConsentView& view : consents) {
        const Consent& c = view.consent;
        auto* item = new QTreeWidgetItem(this);
        item->setData(ForColumn, UuidRole, c.uuid);
        item->setText(ForColumn, ConsentText::consentFor(c.childUuid, family));
        item->setText(GivenByColumn, c.givenByName);
        item->setText(PartnersColumn, ConsentText::partnerCodes(c.partnerCodes));
        item->setText(CategoriesColumn, ConsentText::categories(c.categories));
        item->setToolTip(CategoriesColumn, c.purpose.isEmpty() ? QString() : tr("Purpose: %1").arg(c.purpose));
        item->setText(MethodColumn, ConsentMethods::displayName(c.method));
        item->setText(GivenColumn, RecordText::date(c.givenOn));
        item->setText(ReviewColumn, RecordText::date(c.reviewOn));
        // A withdrawal carries its reason in the row itself: why matters as much as when.
        item->setText(StatusColumn, view.status == ConsentStatus::Withdrawn ? ConsentText::statusDetail(view) : ConsentText::status(view));
        item->setToolTip(StatusColumn, ConsentText::statusDetail(view));
        item->setData(StatusColumn, Qt::AccessibleTextRole, ConsentText::statusDetail(view));
        item->setForeground(StatusColumn, ConsentText::statusColour(view));
        if (const QColor badge = ConsentText::statusBadge(view); badge.isValid())
            item->setData(StatusColumn, WrappingItemDelegate::BadgeColourRole, badge);
        if (view.expiresSoon) {
            QFont bold = item->font(StatusColumn);
            bold.setBold(true);
            item->setFont(StatusColumn, bold);
            item->setFont(ReviewColumn, bold);
        }
        // Consents that no longer cover anything read quieter than the ones in force.
        if (view.status == ConsentStatus::Withdrawn || view.status == ConsentStatus::Expired)
            for (int column = ForColumn; column < StatusColumn; ++column)
                item->setForeground(column, QColor(0x4a, 0x55, 0x63));
    }
    selectUuid(keep);
    fitHeight();
}

QString ConsentListView::currentUuid() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(ForColumn, UuidRole).toString() : QString();
}

void ConsentListView::selectUuid(const QString& uuid)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(ForColumn, UuidRole).toString() == uuid)
            setCurrentItem(topLevelItem(i));
}

// Every row in view up to a limit; the record screen scrolls as a whole.
void ConsentListView::fitHeight()
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
