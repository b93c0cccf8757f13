#include "tandem/domain/AsqSe2Rules.h"

#include "tandem/domain/Asq3Rules.h"

#include "QuestionnaireSupport.h"

#include <QCoreApplication>

#include <cmath>

namespace tandem::domain::AsqSe2Rules {
namespace {

using QuestionnaireSupport::count;
using QuestionnaireSupport::hundredths;
using QuestionnaireSupport::number;

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::AsqSe2Rules", text); }

// The display name, translated (AssessmentKinds), as the reasons and messages use it.
QString instrumentName() { return AssessmentKinds::displayName(AssessmentKind::AsqSe2); }
constexpr int kStep = 5; // items score 0, 5 or 10, plus 5 for a concern

IntervalChoice choiceFor(const AsqSe2Draft& draft, const Child& child, const AsqSe2Definition& def)
{
    return QuestionnaireInterval::choose(QuestionnaireInterval::windows(def), def.prematurity, instrumentName(),
                                         child.dateOfBirth.value_or(QDate()), child.gestationWeeks, draft.assessedOn);
}

ThresholdUsed used(const SourcedValue& v) { return ThresholdUsed{v.value, v.verified, v.source}; }

QString outcomeLine(Zone zone, double total, const AsqSe2Interval& interval)
{
    const QString t = number(total);
    const QString cutoff = number(interval.cutoff.value);
    switch (zone) {
    case Zone::Refer:
        return tr("Total %1 is above the cutoff of %2: refer for further assessment.").arg(t, cutoff);
    case Zone::Monitoring:
        return tr("Total %1 is in the monitoring zone (%2 to %3).").arg(t, number(interval.monitoring.value), cutoff);
    case Zone::OnSchedule:
        return tr("Total %1 is below the monitoring zone (from %2): on schedule.").arg(t, number(interval.monitoring.value));
    case Zone::NotScored: break;
    }
    return tr("Not scored.");
}

} // namespace

Zone zoneFor(double total, double cutoff, double monitoring)
{
    const qint64 t = hundredths(total);
    if (t > hundredths(cutoff))
        return Zone::Refer;
    if (t >= hundredths(monitoring))
        return Zone::Monitoring;
    return Zone::OnSchedule;
}

FieldIssues check(AsqSe2Draft& draft, const Child& child, const QDate& today, const AsqSe2Definition& definition)
{
    FieldIssues issues;
    const AsqSe2Interval* interval = nullptr;
    if (QuestionnaireSupport::checkAssessedOn(issues, QStringLiteral("asqse2.assessedOn"), child, draft.assessedOn,
                                              today)) {
        const IntervalChoice choice = choiceFor(draft, child, definition);
        const qsizetype before = issues.size();
        QuestionnaireSupport::checkInterval(issues, QStringLiteral("asqse2.interval"), choice, draft.intervalMonths,
                                            QuestionnaireInterval::windows(definition), instrumentName());
        if (issues.size() == before)
            interval = definition.interval(draft.intervalMonths.value_or(choice.months.value_or(0)));
    }

    const QString totalField = QStringLiteral("asqse2.total");
    if (!draft.total || !std::isfinite(*draft.total)) {
        issues.append({totalField, tr("Enter the ASQ:SE-2 total from the scored form.")});
    } else {
        const double t = *draft.total;
        if (t < 0)
            issues.append({totalField, tr("A total below 0 is not possible.")});
        else if (interval && hundredths(t) > qint64(interval->maxTotal) * 100)
            issues.append({totalField, tr("A total above %1 is not possible for the %2-month questionnaire.")
                                           .arg(interval->maxTotal)
                                           .arg(interval->months)});
        else if (hundredths(t) % (kStep * 100) != 0 || std::abs(t * 100 - std::round(t * 100)) > 1e-6)
            issues.append({totalField, tr("ASQ:SE-2 totals are multiples of 5 (items score 0, 5 or 10, plus 5 for a "
                                          "concern): check %1.")
                                           .arg(number(t))});
    }

    if (draft.omittedItems < 0)
        issues.append({QStringLiteral("asqse2.omittedItems"), tr("The number of items left blank cannot be negative.")});
    else if (draft.omittedItems > definition.maxOmittedWithoutAdjustment && !draft.totalAdjustedPerGuide)
        issues.append({QStringLiteral("asqse2.omittedItems"),
                       tr("More than %1 were left blank: adjust the total as the ASQ:SE-2 User's Guide describes, then "
                          "confirm.")
                           .arg(count(definition.maxOmittedWithoutAdjustment, "%n item", "%n items"))});

    QuestionnaireSupport::checkFreeText(issues, QStringLiteral("asqse2.parentConcerns"), draft.parentConcerns,
                                        Asq3Rules::kMaxFreeText, tr("the parent's concerns"));
    QuestionnaireSupport::checkFreeText(issues, QStringLiteral("asqse2.followUpPlan"), draft.followUpPlan,
                                        Asq3Rules::kMaxFreeText, tr("the follow-up plan"));
    return issues;
}

Assessment score(const AsqSe2Draft& draft, const Child& child, const AsqSe2Definition& definition)
{
    Assessment a;
    a.kind = AssessmentKind::AsqSe2;
    a.childUuid = child.uuid;
    a.familyUuid = child.familyUuid;
    a.assessedOn = draft.assessedOn;
    a.practitionerUserUuid = draft.practitionerUserUuid;
    a.omittedItems = draft.omittedItems;
    a.totalAdjustedPerGuide = draft.totalAdjustedPerGuide;
    a.parentConcerns = draft.parentConcerns;
    a.followUpPlan = draft.followUpPlan;
    a.definitionVersion = QStringLiteral("asqse2 ") + definition.version;

    const IntervalChoice choice = choiceFor(draft, child, definition);
    a.correctedAge = choice.corrected;
    a.intervalMonths = draft.intervalMonths.value_or(choice.months.value_or(0));
    a.intervalReason = choice.reason;
    if (draft.intervalMonths && choice.months && *draft.intervalMonths != *choice.months)
        a.intervalReason += u' ' + tr("The practitioner chose the %1-month questionnaire, which also covers this age.")
                                       .arg(*draft.intervalMonths);

    AssessmentPart part;
    part.part = QStringLiteral("total");
    const AsqSe2Interval* interval = definition.interval(a.intervalMonths);
    if (!interval) {
        part.note = tr("Not scored: no ASQ:SE-2 questionnaire fits the child's age on that day.");
        a.parts.append(part);
        a.outcome = part.note;
        return a;
    }
    part.cutoff = used(interval->cutoff);
    part.monitoring = used(interval->monitoring);
    if (!draft.total || !std::isfinite(*draft.total)) {
        part.note = tr("Not scored: no total was entered.");
        a.parts.append(part);
        a.outcome = part.note;
        return a;
    }
    part.score = static_cast<double>(hundredths(*draft.total)) / 100;
    part.zone = zoneFor(*part.score, interval->cutoff.value, interval->monitoring.value);
    a.parts.append(part);

    a.outcome = outcomeLine(part.zone, *part.score, *interval);
    if (draft.omittedItems > definition.maxOmittedWithoutAdjustment && draft.totalAdjustedPerGuide)
        a.outcome += u' ' + tr("The total was adjusted for %1 left blank as the User's Guide describes.")
                                .arg(count(draft.omittedItems, "%n item", "%n items"));
    a.needsFollowUp = part.zone == Zone::Refer;

    // One sentence per unverified value that drove the result.
    if (!interval->window.verified)
        a.unverified.append(QuestionnaireSupport::unverifiedWindow(interval->months, instrumentName(), interval->window));
    if (choice.corrected && !definition.prematurity.verified)
        a.unverified.append(QuestionnaireSupport::unverifiedPrematurity(instrumentName(), definition.prematurity));
    if (!interval->cutoff.verified)
        a.unverified.append(tr("ASQ:SE-2 cutoff at %1 months (%2) is unverified: %3")
                                .arg(interval->months)
                                .arg(number(interval->cutoff.value), interval->cutoff.source));
    // The monitoring threshold decides only between Monitoring and On schedule.
    if (part.zone != Zone::Refer && !interval->monitoring.verified)
        a.unverified.append(tr("ASQ:SE-2 monitoring threshold at %1 months (%2) is unverified: %3")
                                .arg(interval->months)
                                .arg(number(interval->monitoring.value), interval->monitoring.source));
    return a;
}

} // namespace tandem::domain::AsqSe2Rules
