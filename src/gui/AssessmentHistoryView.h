#pragma once

#include "tandem/core/Assessment.h"

#include <QTreeWidget>

namespace tandem::gui {

// The assessments panel's history: one row per assessment or integrated review, in the order
// added (the panel adds them newest first), with its date, instrument, outcome, who did it and
// flags ("Follow-up needed" while a result that needs a plan has none, "unverified" when an
// unchecked value drove the result, its tooltip listing which). Rows wrap their text, and the
// view is as tall as its rows up to a limit, since the record screen scrolls as a whole.
class AssessmentHistoryView : public QTreeWidget {
    Q_OBJECT
public:
    explicit AssessmentHistoryView(QWidget* parent = nullptr);

    void addAssessment(const Assessment& assessment);
    void addReview(const IntegratedReview& review);
    // The uuid of the selected row's assessment or review, or empty.
    QString currentUuid() const;
    // Selects the row for uuid; nothing changes when there is none.
    void selectUuid(const QString& uuid);
    void fitHeight();
};

} // namespace tandem::gui
