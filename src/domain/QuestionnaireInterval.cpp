#include "tandem/domain/QuestionnaireInterval.h"

#include "QuestionnaireSupport.h"

#include <QCoreApplication>

#include <cmath>

namespace tandem::domain::QuestionnaireInterval {
namespace {

using QuestionnaireSupport::ageText;
using QuestionnaireSupport::count;
using QuestionnaireSupport::showDate;
using QuestionnaireSupport::span;
using QuestionnaireSupport::windowText;

constexpr int kFullTermWeeks = 40;
constexpr double kDaysPerMonth = 30.44;

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::QuestionnaireInterval", text); }

bool covers(const AgeWindow& w, const AgeSpan& age) { return !(age < w.from) && !(w.to < age); }

// "born at 34 weeks, 6 weeks early"
QString birthText(int gestation, int weeksEarly)
{
    if (weeksEarly <= 0)
        return tr("born at %1").arg(count(gestation, "%n week", "%n weeks"));
    return tr("born at %1, %2").arg(count(gestation, "%n week", "%n weeks"), count(weeksEarly, "%n week early", "%n weeks early"));
}

QString correctedUntil(const PrematurityRule& rule)
{
    return tr("corrected until %1").arg(count(rule.untilMonths, "%n month", "%n months"));
}

// First sentence: which age was used, and why.
QString ageSentence(const IntervalChoice& c, const PrematurityRule& rule, std::optional<int> gestation)
{
    if (c.corrected)
        return tr("Corrected age %1 (chronological age %2; %3; %4).")
            .arg(ageText(c.used), ageText(c.chronological), birthText(*gestation, c.weeksEarly), correctedUntil(rule));
    if (!gestation)
        return tr("Age %1, chronological: gestation at birth is not recorded, so no correction for prematurity was "
                  "made (record it if the child was born %2 or more).")
            .arg(ageText(c.chronological), count(rule.minWeeksEarly, "%n week early", "%n weeks early"));
    if (c.weeksEarly < rule.minWeeksEarly)
        return tr("Age %1, chronological: %2, so no correction for prematurity (it applies from %3).")
            .arg(ageText(c.chronological), birthText(*gestation, c.weeksEarly),
                 count(rule.minWeeksEarly, "%n week early", "%n weeks early"));
    return tr("Age %1, chronological: %2, but corrected age is used only until %3.")
        .arg(ageText(c.chronological), birthText(*gestation, c.weeksEarly),
             count(rule.untilMonths, "%n month", "%n months"));
}

// Second part: the questionnaire, or why there is none.
QString choiceSentence(const IntervalChoice& c, const QList<Window>& windows, const QString& instrument)
{
    if (windows.isEmpty())
        return tr("No %1 questionnaire windows are defined.").arg(instrument);
    if (!c.months) {
        const AgeWindow& first = windows.first().window;
        const AgeWindow& last = windows.last().window;
        const QString which = c.corrected ? tr("corrected age") : tr("age");
        if (c.used < first.from)
            return tr("%1 questionnaires start at %2: no questionnaire fits this %3 yet.")
                .arg(instrument, span(first.from), which);
        if (last.to < c.used)
            return tr("%1 questionnaires end at %2: no questionnaire fits this %3.").arg(instrument, span(last.to), which);
        return tr("No %1 questionnaire window covers this %2.").arg(instrument, which);
    }
    QString text;
    for (const Window& w : windows)
        if (w.months == *c.months)
            text = tr("The %1-month %2 questionnaire covers %3.").arg(*c.months).arg(instrument, windowText(w.window));
    for (const Window& w : windows)
        if (w.months != *c.months && c.candidates.contains(w.months))
            text += u' '
                + tr("The %1-month questionnaire (%2) also covers this age; the %3-month is nearer to it.")
                      .arg(w.months).arg(windowText(w.window)).arg(*c.months);
    return text;
}

} // namespace

QList<Window> windows(const Asq3Definition& definition)
{
    QList<Window> out;
    for (const Asq3Interval& i : definition.intervals)
        out.append({i.months, i.window});
    return out;
}

QList<Window> windows(const AsqSe2Definition& definition)
{
    QList<Window> out;
    for (const AsqSe2Interval& i : definition.intervals)
        out.append({i.months, i.window});
    return out;
}

IntervalChoice choose(const QList<Window>& windows, const PrematurityRule& rule, const QString& instrument,
                      const QDate& birth, std::optional<int> gestationWeeks, const QDate& assessedOn)
{
    IntervalChoice c;
    const std::optional<AgeSpan> chronological = ChildAge::on(birth, assessedOn);
    if (!chronological) {
        c.reason = birth.isValid() && assessedOn.isValid()
                       ? tr("The assessment date %1 is before the date of birth %2: no %3 questionnaire can be chosen.")
                             .arg(showDate(assessedOn), showDate(birth), instrument)
                       : tr("The date of birth and the assessment date are both needed to choose a %1 questionnaire.")
                             .arg(instrument);
        return c;
    }
    c.chronological = *chronological;
    c.used = *chronological;
    if (gestationWeeks)
        c.weeksEarly = std::max(0, kFullTermWeeks - *gestationWeeks);

    c.corrected = gestationWeeks && c.weeksEarly >= rule.minWeeksEarly && chronological->months < rule.untilMonths;
    if (c.corrected) {
        const QDate due = birth.addDays(qint64(c.weeksEarly) * 7);
        const std::optional<AgeSpan> fromDue = ChildAge::on(due, assessedOn);
        if (!fromDue) {
            // Before the due date the corrected age is "not yet born": below every window.
            c.used = AgeSpan{};
            c.reason = tr("Corrected age: not reached yet, the assessment date is before the due date %1 (chronological "
                          "age %2; %3; %4).")
                           .arg(showDate(due), ageText(c.chronological), birthText(*gestationWeeks, c.weeksEarly),
                                correctedUntil(rule))
                + u' '
                + (windows.isEmpty() ? tr("No %1 questionnaire windows are defined.").arg(instrument)
                                     : tr("%1 questionnaires start at %2 corrected age.")
                                           .arg(instrument, span(windows.first().window.from)));
            return c;
        }
        c.used = *fromDue;
    }

    // Nearest interval to the age used wins where windows overlap; ties go to the younger one.
    const double age = c.used.months + c.used.days / kDaysPerMonth;
    double best = 0;
    for (const Window& w : windows) {
        if (!covers(w.window, c.used))
            continue;
        c.candidates.append(w.months);
        const double distance = std::abs(w.months - age);
        if (!c.months || distance < best) {
            c.months = w.months;
            best = distance;
        }
    }
    c.reason = ageSentence(c, rule, gestationWeeks) + u' ' + choiceSentence(c, windows, instrument);
    return c;
}

} // namespace tandem::domain::QuestionnaireInterval
