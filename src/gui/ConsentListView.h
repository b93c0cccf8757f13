#pragma once

#include "tandem/core/Family.h"
#include "tandem/services/ConsentService.h"

#include <QTreeWidget>

namespace tandem::gui {

// The family's consents to share, newest given first: who it is for (a child or the whole
// family), who gave it, the partners, the categories, written or verbal, the dates and the
// status. A consent expiring within 30 days says "Expires soon" on an amber badge; a withdrawn
// one gives the date and the reason. Rows wrap; the view is as tall as its rows
// up to a limit, since the record screen scrolls as a whole.
class ConsentListView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { ForColumn, GivenByColumn, PartnersColumn, CategoriesColumn, MethodColumn, GivenColumn, ReviewColumn, StatusColumn, ColumnCount };

    explicit ConsentListView(QWidget* parent = nullptr);

    void setConsents(const QList<ConsentView>& consents, const Family& family);
    QString currentUuid() const;
    void selectUuid(const QString& uuid);
    void fitHeight();
};

} // namespace tandem::gui
