#pragma once

#include "tandem/core/Assessment.h"

#include <QLabel>
#include <QList>

namespace tandem::gui {

// The details of the entry selected in the assessments panel's history, as selectable rich
// text: for an assessment each part's score, zone and the thresholds it was compared with,
// concerns, the follow-up plan (or that one is needed), what is not yet verified and the
// definition version that scored it; for an integrated review who took part, what it brings
// together, the parent's views, the summary and the agreed actions. Hidden while nothing is
// selected.
class AssessmentDetailsView : public QLabel {
    Q_OBJECT
public:
    explicit AssessmentDetailsView(QWidget* parent = nullptr);

    void setAssessment(const Assessment& assessment);
    // assessments: the child's, to name the ones the review brings together.
    void setReview(const IntegratedReview& review, const QList<Assessment>& assessments);
    void showNothing();

private:
    static QString assessmentHtml(const Assessment& assessment);
    static QString partsTable(const Assessment& assessment);
    static QString reviewHtml(const IntegratedReview& review, const QList<Assessment>& assessments);
    static QString linkedName(const QString& assessmentUuid, const QList<Assessment>& assessments);
};

} // namespace tandem::gui
