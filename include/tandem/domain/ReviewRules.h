#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/RecordRules.h"

#include <QDateTime>

namespace tandem::domain {

// The integrated review at 2 to 2 1/2.
namespace ReviewRules {

constexpr int kFromMonths = 24; // the 2-2 1/2 year contact window opens
constexpr int kToMonths = 36;   // and closes (after 30 months it counts as late)
constexpr int kMaxText = 4000;

// Field keys: "review.reviewedAt", "review.place", "review.duration", "review.asq3",
// "review.asqse2", "review.eyfs", "review.wellcomm", "review.parentViews", "review.summary",
// "review.settingPractitioner", "review.peoplePresent", "actions[i].description",
// "actions[i].dueOn", "actions[i].owner".
// Rules: reviewedAt valid, not after now; the child aged 24..36 whole months that day; place a
// known token; duration 1..480; an ASQ-3 is required; each linked assessment is of the right
// kind, for this child, on or before the review day and no more than 3 months before it
// ("That ASQ-3 is from 02/02/2025, more than 3 months before the review"); an EYFS check needs
// the parent's agreement to share ("The parent has not agreed to share this progress check with
// the health visitor"); parent views 1..4000; summary at most 4000; settingPractitioner and
// peoplePresent at most 200 / 500; actions as in ContactRules (description 1..500, due on or
// after the review day, owner 1..200).
// `linked` holds the assessments the draft names (looked up by the service).
[[nodiscard]] FieldIssues check(IntegratedReview& review, const Child& child, const QList<Assessment>& linked,
                                const QDateTime& now);

} // namespace ReviewRules
} // namespace tandem::domain
