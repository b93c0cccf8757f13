#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/QuestionnaireInterval.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem::cli {

// How assessments and integrated reviews look on the command line, in the style of VisitView:
// JSON for scripts (ISO dates, tokens, thresholds with their verified state and source) and
// labelled text for people (dates as "12 Mar 2026", unverified thresholds marked "unverified").
// Display names of domains and areas come from the definitions in force.

// The display name of a part: "Communication", "Total", "Section 4", "Physical Development".
QString partName(const AssessmentPart& part, AssessmentKind kind, const domain::InstrumentDefinitions& definitions);
// "Progress as expected" for an EYFS status token (the token itself when unknown).
QString eyfsStatusName(const QString& token, const domain::EyfsDefinition& definition);

// "24.02", "24.02 unverified", or "—" when none.
QString thresholdText(const std::optional<ThresholdUsed>& threshold);
QJsonValue thresholdJson(const std::optional<ThresholdUsed>& threshold);

// WellComm: the sections screened, in order, from a stored assessment's parts.
QList<WellCommScreening> screeningsOf(const Assessment& assessment);

QJsonObject assessmentJson(const Assessment& assessment, const domain::InstrumentDefinitions& definitions);
// A block: a heading line and labelled details, with the assessment's uuid.
QString assessmentText(const Assessment& assessment, const domain::InstrumentDefinitions& definitions);
// One line: "ASQ-3 of 12 Mar 2026 (27-month questionnaire): Below cutoff: Communication."
QString assessmentLine(const Assessment& assessment);

// Which questionnaire fits, and why.
QJsonObject intervalJson(const domain::IntervalChoice& choice);

// Integrated reviews; `linked` maps the uuids of the assessments it brought together to them
// (any missing are shown by uuid only).
QJsonObject reviewJson(const IntegratedReview& review);
QString reviewText(const IntegratedReview& review, const QHash<QString, Assessment>& linked);

} // namespace tandem::cli
