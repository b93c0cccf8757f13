#include "PeoplePanel.h"

#include "RecordText.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem::gui {

namespace {
constexpr int UuidRole = Qt::UserRole;

// Short columns fit their content; the stretch columns share what is left and elide.
QTreeWidget* makeView(QWidget* parent, const char* name, const QString& accessibleName, const QStringList& headers,
                      const QList<int>& stretch)
{
    auto* view = new QTreeWidget(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setColumnCount(static_cast<int>(headers.size()));
    view->setHeaderLabels(headers);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretch)
        view->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

QLabel* heading(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

QString orDash(const QString& text) { return text.isEmpty() ? QStringLiteral("—") : text; }
} // namespace

PeoplePanel::PeoplePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("peoplePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* title = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(tr("People in the household")), this);
    title->setObjectName(QStringLiteral("peopleTitle"));
    layout->addWidget(title);
    layout->addSpacing(2);
    auto* childrenTitle = heading(this, tr("Children"));
    childrenTitle->setObjectName(QStringLiteral("childrenTitle"));
    layout->addWidget(childrenTitle);
    m_children = makeView(this, "childrenView", tr("Children in the household"),
                          {tr("Name"), tr("Born"), tr("Sex"), tr("NHS number"), tr("UPN"), tr("GP practice"), tr("Gestation")}, {0, 5});
    layout->addWidget(m_children);

    layout->addSpacing(6);
    auto* adultsTitle = heading(this, tr("Adults"));
    adultsTitle->setObjectName(QStringLiteral("adultsTitle"));
    layout->addWidget(adultsTitle);
    m_adults = makeView(this, "adultsView", tr("Adults in the household"),
                        {tr("Name"), tr("Relationship"), tr("Parental responsibility"), tr("Phone"), tr("Email"), tr("Prefers")}, {1, 4});
    layout->addWidget(m_adults);
    m_noAdults = new QLabel(tr("No adults are recorded in this household."), this);
    m_noAdults->setObjectName(QStringLiteral("noAdultsLabel"));
    m_noAdults->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_noAdults);
}

void PeoplePanel::setFamily(const Family& family)
{
    const QString selected = currentChildUuid();
    m_children->clear();
    for (const Child& c : family.children) {
        auto* item = new QTreeWidgetItem(m_children);
        item->setData(0, UuidRole, c.uuid);
        item->setText(0, RecordText::childName(c));
        item->setText(1, RecordText::childDates(c));
        item->setText(2, domain::RecordRules::sexDisplayName(c.sex));
        item->setText(3, orDash(domain::NhsNumber::format(c.nhsNumber)));
        item->setText(4, orDash(c.upn));
        item->setText(5, orDash(c.gpPractice));
        item->setText(6, c.gestationWeeks ? tr("%1 weeks").arg(*c.gestationWeeks) : QStringLiteral("—"));
        if (c.isUnborn())
            item->setToolTip(1, tr("Not born yet: expected delivery date"));
    }
    m_adults->clear();
    for (const Person& p : family.adults) {
        auto* item = new QTreeWidgetItem(m_adults);
        item->setData(0, UuidRole, p.uuid);
        item->setText(0, RecordText::fullName(p.givenName, p.familyName));
        item->setText(1, RecordText::relationshipsOf(p, family));
        item->setText(2, RecordText::parentalResponsibilityOf(p, family));
        item->setText(3, orDash(p.phone));
        item->setText(4, orDash(p.email));
        item->setText(5, orDash(RecordText::contactMethodDisplayName(p.preferredContact)));
    }
    m_adults->setVisible(!family.adults.isEmpty());
    m_noAdults->setVisible(family.adults.isEmpty());
    fitHeight(m_children);
    fitHeight(m_adults);
    selectChild(selected);
}

QString PeoplePanel::currentChildUuid() const
{
    const QTreeWidgetItem* item = m_children->currentItem();
    return item ? item->data(0, UuidRole).toString() : QString();
}

void PeoplePanel::selectChild(const QString& childUuid)
{
    for (int i = 0; i < m_children->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_children->topLevelItem(i);
        if (!childUuid.isEmpty() && item->data(0, UuidRole).toString() == childUuid) {
            m_children->setCurrentItem(item);
            return;
        }
    }
}

void PeoplePanel::fitHeight(QTreeWidget* view)
{
    const int rows = std::max(1, view->topLevelItemCount());
    const int rowHeight = view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height() + 8;
    view->setFixedHeight(view->header()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth() + 2);
}

} // namespace tandem::gui
