#pragma once

#include "tandem/domain/InstrumentDefinition.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::domain {

// Which ASQ-3 or ASQ:SE-2 questionnaire fits a child on the day of the assessment.
struct IntervalChoice {
    std::optional<int> months;       // the chosen interval; nullopt when no window covers the age
    QList<int> candidates;           // every interval whose window covers the age used (ascending)
    bool corrected = false;          // corrected age was used
    int weeksEarly = 0;              // 40 - gestation, when known and > 0
    AgeSpan chronological;           // age from the date of birth
    AgeSpan used;                    // the age the choice was made on (corrected or chronological)
    QString reason;                  // translated, e.g. "Corrected age 7 months 20 days (born at 34
                                     // weeks, 6 weeks early; corrected until 24 months). The
                                     // 8-month questionnaire covers 7 months 0 days to 8 months 30 days."
};

namespace QuestionnaireInterval {

// One window per interval, ascending by months.
struct Window {
    int months = 0;
    AgeWindow window;
};

QList<Window> windows(const Asq3Definition& definition);
QList<Window> windows(const AsqSe2Definition& definition);

// Pure. Corrected age (from the due date, birth + (40 - gestation) weeks) is used when the
// child was born rule.minWeeksEarly or more weeks early and is younger than rule.untilMonths
// chronologically on that day. Where windows overlap (8, 9 and 10 months), the interval nearest
// the age used wins, comparing |interval - (months + days / 30.44)|; ties go to the younger interval.
// `instrument` is the display name used in the reason ("ASQ-3", "ASQ:SE-2").
IntervalChoice choose(const QList<Window>& windows, const PrematurityRule& rule, const QString& instrument,
                      const QDate& birth, std::optional<int> gestationWeeks, const QDate& assessedOn);

} // namespace QuestionnaireInterval
} // namespace tandem::domain
