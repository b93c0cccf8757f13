#include "AssessmentHistoryView.h"

#include "AssessmentText.h"
#include "RecordText.h"
#include "WrappingItemDelegate.h"

#include <QHeaderView>

#include <algorithm>

namespace tandem::gui {

namespace {
enum Column { DateColumn, InstrumentColumn, OutcomeColumn, FlagsColumn, ByColumn, ColumnCount };
constexpr int UuidRole = Qt::UserRole;
constexpr int kMaxVisibleRows = 10;
const QColor kFollowUpText(0x7a, 0x00, 0x14);
const QColor kFollowUpBadge(0xfb, 0xdd, 0xe2);
const QColor kUnverifiedText(0x6b, 0x42, 0x00);
const QColor kUnverifiedBadge(0xfb, 0xec, 0xcd);
} // namespace

AssessmentHistoryView::AssessmentHistoryView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("assessmentHistoryView"));
    setAccessibleName(tr("Assessments and reviews, newest first"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Date"), tr("Assessment"), tr("Outcome"), tr("Flags"), tr("By")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* delegate = new WrappingItemDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &WrappingItemDelegate::rowsRelaidOut, this, &AssessmentHistoryView::fitHeight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
}

void AssessmentHistoryView::addAssessment(const Assessment& a)
{
    auto* item = new QTreeWidgetItem(this);
    item->setData(DateColumn, UuidRole, a.uuid);
    item->setText(DateColumn, RecordText::date(a.assessedOn));
    item->setText(InstrumentColumn, AssessmentText::instrument(a));
    item->setText(OutcomeColumn, AssessmentText::outcome(a));
    item->setText(ByColumn, a.kind == AssessmentKind::Eyfs && !a.completedByName.isEmpty() ? a.completedByName : a.practitionerName);

    // Follow-up first: it is what someone has to do. "unverified" says the result rests on an
    // unchecked value; its tooltip lists which.
    QStringList flags;
    QStringList spoken;
    const bool followUp = AssessmentText::followUpNeeded(a);
    if (followUp) {
        flags << AssessmentText::followUpNeededText();
        spoken << AssessmentText::followUpNeededText();
    } else if (a.needsFollowUp && !a.withheld) {
        flags << tr("Plan recorded");
        spoken << tr("Follow-up plan recorded");
    }
    if (!a.unverified.isEmpty()) {
        flags << AssessmentText::unverified();
        spoken << tr("rests on unverified values");
        item->setToolTip(FlagsColumn, AssessmentText::unverifiedList(a));
        item->setToolTip(OutcomeColumn, AssessmentText::unverifiedList(a));
    }
    item->setText(FlagsColumn, flags.join(QStringLiteral(" · ")));
    item->setData(FlagsColumn, Qt::AccessibleTextRole, spoken.join(QStringLiteral("; ")));
    if (followUp) {
        item->setForeground(FlagsColumn, kFollowUpText);
        item->setData(FlagsColumn, WrappingItemDelegate::BadgeColourRole, kFollowUpBadge);
        QFont bold = item->font(FlagsColumn);
        bold.setBold(true);
        item->setFont(FlagsColumn, bold);
    } else if (!a.unverified.isEmpty()) {
        item->setForeground(FlagsColumn, kUnverifiedText);
        item->setData(FlagsColumn, WrappingItemDelegate::BadgeColourRole, kUnverifiedBadge);
    }
    if (a.withheld)
        item->setForeground(OutcomeColumn, QColor(0x4a, 0x55, 0x63));
}

void AssessmentHistoryView::addReview(const IntegratedReview& r)
{
    auto* item = new QTreeWidgetItem(this);
    item->setData(DateColumn, UuidRole, r.uuid);
    item->setText(DateColumn, RecordText::date(r.reviewedAt.date()));
    item->setText(InstrumentColumn, tr("Integrated review (2–2½ years)"));
    item->setText(OutcomeColumn, r.summary.isEmpty() ? tr("Review completed with the parent") : r.summary);
    item->setText(ByColumn, r.practitionerName);
}

QString AssessmentHistoryView::currentUuid() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(DateColumn, UuidRole).toString() : QString();
}

void AssessmentHistoryView::selectUuid(const QString& uuid)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(DateColumn, UuidRole).toString() == uuid)
            setCurrentItem(topLevelItem(i));
}

// Every row in view up to a limit; the record screen scrolls as a whole.
void AssessmentHistoryView::fitHeight()
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
