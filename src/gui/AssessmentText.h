#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/QuestionnaireInterval.h"

#include <QColor>
#include <QString>

#include <optional>

namespace tandem::gui {

// How the assessment screens write results as text. Pure formatting, translated once here
// (as RecordText and VisitText), so the panel, the forms and the chart say things the same way.
// Zones are always said in words; colour only supports them.
namespace AssessmentText {

QString zone(Zone zone);          // "On schedule", "Monitoring zone", "Below cutoff: refer", "Not scored"
QColor zoneColour(Zone zone);     // text colour, readable on white and on zoneBadge()
QColor zoneBadge(Zone zone);      // a pale background behind the words
QString zoneStyleSheet(Zone zone); // for a QLabel shown as a badge
// The part's result in words: the zone, or why a domain was not scored ("Not scored: 3 of 6
// items were not answered ..."); a WellComm colour or an EYFS status by name.
QString partResult(const AssessmentPart& part, AssessmentKind kind);

// A domain, area or part by its key: "Communication", "Gross Motor", "Total", "Section 4",
// "Physical Development". Unknown keys are shown as they are.
QString partName(const QString& key);
QString eyfsStatus(const QString& token); // "Progress as expected", ...

QString score(double value);                // "35", "27.5", "27.27"
QString partScore(const AssessmentPart& part); // "60 (adjusted)", "45", "—" when not scored
// "25.17", with " (unverified)" when the value has not been checked against its source.
QString threshold(const ThresholdUsed& value);
// The thresholds a part was scored against, in one line: ASQ-3 "Cutoff 25.17 (unverified) ·
// monitoring zone below 35.17 (unverified)"; ASQ:SE-2 "Refer above 60 · monitoring zone from 50".
QString thresholds(const AssessmentPart& part, AssessmentKind kind);
QString unverified(); // the marker itself: "unverified"

QString interval(int months);               // "24-month questionnaire"
// The questionnaires a form may offer on a day: the candidates and the chosen one, ascending.
QList<int> intervalChoices(const domain::IntervalChoice& choice);
// The rules' reason, plus which other questionnaires fit where windows overlap.
QString intervalReason(const domain::IntervalChoice& choice);
// What was used: "ASQ-3, 24-month questionnaire", "WellComm, section 4", "EYFS progress check".
QString instrument(const Assessment& assessment);
// The outcome line; for an EYFS check the parent did not agree to share, what the reader may know.
QString outcome(const Assessment& assessment);
// "Progress check recorded by Little Acorns Nursery; the parent has not agreed to share it with the health visitor"
QString withheld(const Assessment& assessment);
// A result that needs a follow-up plan and has none yet.
bool followUpNeeded(const Assessment& assessment);
QString followUpNeededText(); // "Follow-up needed"
// The unverified values behind a result, one per line, for a tooltip.
QString unverifiedList(const Assessment& assessment);

// An age in months as a chart's x value: whole months plus the days as a fraction (days / 30.44).
std::optional<double> ageInMonths(const QDate& birth, const QDate& on);
QString age(const QDate& birth, const QDate& on); // "1 year 10 months", via domain::ChildAge::describe

} // namespace AssessmentText
} // namespace tandem::gui
