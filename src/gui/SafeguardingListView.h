#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"

#include <QTreeWidget>

namespace tandem::gui {

// Safeguarding decisions about sharing without consent, newest first, kept apart from the
// consents: each row leads with "Shared without consent" (a red badge) or "Decided not to share"
// (a blue one), then the child, the partner, what may be shared, the reason, the team lead who
// authorised it, who recorded it and the dates.
class SafeguardingListView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { DecisionColumn, ChildColumn, PartnerColumn, CategoriesColumn, ReasonColumn, AuthorisedColumn, DatesColumn, ColumnCount };

    explicit SafeguardingListView(QWidget* parent = nullptr);

    void setDecisions(const QList<SafeguardingDecision>& decisions, const Family& family);
    void fitHeight();
};

} // namespace tandem::gui
