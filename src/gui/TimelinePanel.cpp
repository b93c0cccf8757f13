#include "TimelinePanel.h"

#include "RecordText.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem::gui {

TimelinePanel::TimelinePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("Timeline")), this);
    title->setObjectName(QStringLiteral("timelineTitle"));
    top->addWidget(title);
    top->addSpacing(12);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCountLabel"));
    m_count->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    top->addWidget(m_count);
    top->addStretch(1);

    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("timelineFilterCombo"));
    m_category->setAccessibleName(tr("Show events of this kind"));
    m_category->addItem(tr("All events"), QString());
    for (const QString& token : TimelineCategories::tokens())
        m_category->addItem(TimelineCategories::displayName(token), token);
    showLabel->setBuddy(m_category);
    top->addWidget(showLabel);
    top->addWidget(m_category);

    auto* forLabel = new QLabel(tr("Fo&r:"), this);
    m_childLabel = forLabel;
    m_child = new QComboBox(this);
    m_child->setObjectName(QStringLiteral("timelineChildCombo"));
    m_child->setAccessibleName(tr("Show events for this child"));
    m_child->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    forLabel->setBuddy(m_child);
    top->addWidget(forLabel);
    top->addWidget(m_child);
    layout->addLayout(top);

    m_model = new TimelineModel(this);
    m_filter = new TimelineFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline of the family's journey, newest first"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMinimumHeight(200);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, &TimelinePanel::filterChanged);
    connect(m_child, &QComboBox::currentIndexChanged, this, &TimelinePanel::filterChanged);
}

void TimelinePanel::setRecord(const FamilyRecord& record)
{
    QHash<QString, QString> names;
    for (const Child& c : record.family.children)
        names.insert(c.uuid, c.preferredName.isEmpty() ? c.givenName : c.preferredName);
    m_model->setEvents(record.timeline, names);

    const QString chosen = m_filter->childUuid();
    const QSignalBlocker block(m_child);
    m_child->clear();
    m_child->addItem(tr("Everyone"), QString());
    for (const Child& c : record.family.children)
        m_child->addItem(tr("%1 and household").arg(RecordText::fullName(c.givenName, c.familyName)), c.uuid);
    const int keep = m_child->findData(chosen);
    m_child->setCurrentIndex(keep >= 0 ? keep : 0);
    // With one child there is nothing to choose between.
    m_child->setVisible(record.family.children.size() > 1);
    m_childLabel->setVisible(m_child->isVisibleTo(this));
    filterChanged();
}

int TimelinePanel::visibleCount() const { return m_filter->rowCount(); }

void TimelinePanel::filterChanged()
{
    m_filter->setCategory(m_category->currentData().toString());
    m_filter->setChildUuid(m_child->currentData().toString());
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 event") : tr("%1 events, newest first").arg(total));
    else
        m_count->setText(total == 1 ? tr("%1 of 1 event").arg(shown) : tr("%1 of %2 events").arg(shown).arg(total));
}

} // namespace tandem::gui
