#include "tandem/domain/Asq3Rules.h"

#include "QuestionnaireSupport.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace tandem::domain::Asq3Rules {
namespace {

using QuestionnaireSupport::count;
using QuestionnaireSupport::hundredths;
using QuestionnaireSupport::number;

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::Asq3Rules", text); }

// The display name, translated (AssessmentKinds), as the reasons and messages use it.
QString instrumentName() { return AssessmentKinds::displayName(AssessmentKind::Asq3); }

QString domainName(const Asq3Definition& def, const QString& key)
{
    for (const NamedKey& d : def.domains)
        if (d.key == key)
            return d.name;
    return key;
}

ThresholdUsed used(const SourcedValue& v) { return ThresholdUsed{v.value, v.verified, v.source}; }

// The interval actually used: the one the practitioner gave, else the one chosen from the age.
IntervalChoice choiceFor(const Asq3Draft& draft, const Child& child, const Asq3Definition& def)
{
    return QuestionnaireInterval::choose(QuestionnaireInterval::windows(def), def.prematurity, instrumentName(),
                                         child.dateOfBirth.value_or(QDate()), child.gestationWeeks, draft.assessedOn);
}

void checkTotal(FieldIssues& issues, const QString& field, const QString& name, const std::optional<double>& total,
                const Asq3Definition& def)
{
    if (!total) {
        issues.append({field, tr("%1: enter the total from the scored form.").arg(name)});
        return;
    }
    const double t = *total;
    if (!std::isfinite(t))
        issues.append({field, tr("%1: enter the total as a number.").arg(name)});
    else if (t < 0)
        issues.append({field, tr("%1: a total below 0 is not possible.").arg(name)});
    else if (hundredths(t) > qint64(def.maxDomainScore) * 100)
        issues.append({field, tr("%1: a total above %2 is not possible (%3 of %4 points).")
                                  .arg(name)
                                  .arg(def.maxDomainScore)
                                  .arg(count(def.itemsPerDomain, "%n item", "%n items"))
                                  .arg(Asq3Answers::points(Asq3Answer::Yes))});
    else if (std::abs(t * 100 - std::round(t * 100)) > 1e-6)
        issues.append({field, tr("%1: use at most two decimals (for example %2).").arg(name, number(t))});
}

// "Problem Solving (3 items not answered)"
QString notScoredText(const QString& name, const AssessmentPart& part, Asq3EntryMode mode)
{
    if (mode == Asq3EntryMode::Items && part.missing > 0)
        return tr("%1 (%2 not answered)").arg(name, count(part.missing, "%n item", "%n items"));
    if (mode == Asq3EntryMode::Totals && part.answers.isEmpty())
        return tr("%1 (no total entered)").arg(name);
    return tr("%1 (not entered)").arg(name);
}

QString outcomeLine(const Asq3Definition& def, const QList<AssessmentPart>& parts, Asq3EntryMode mode)
{
    QStringList refer, monitoring, onSchedule, notScored;
    for (const AssessmentPart& p : parts) {
        const QString name = domainName(def, p.part);
        switch (p.zone) {
        case Zone::Refer: refer.append(name); break;
        case Zone::Monitoring: monitoring.append(name); break;
        case Zone::OnSchedule: onSchedule.append(name); break;
        case Zone::NotScored: notScored.append(notScoredText(name, p, mode)); break;
        }
    }
    const QString sep = QStringLiteral(", ");
    QStringList sentences;
    if (!refer.isEmpty())
        sentences.append(tr("Below cutoff: %1.").arg(refer.join(sep)));
    if (!monitoring.isEmpty())
        sentences.append(tr("Monitoring: %1.").arg(monitoring.join(sep)));
    if (refer.isEmpty() && monitoring.isEmpty() && !onSchedule.isEmpty()) {
        if (notScored.isEmpty())
            sentences.append(onSchedule.size() == 5 ? tr("On schedule in all five areas.")
                                                    : count(int(onSchedule.size()), "On schedule in the one area.",
                                                            "On schedule in all %n areas."));
        else
            sentences.append(tr("On schedule: %1.").arg(onSchedule.join(sep)));
    }
    if (!notScored.isEmpty())
        sentences.append(tr("Not scored: %1.").arg(notScored.join(sep)));
    return sentences.join(u' ');
}

// One sentence per unverified value that drove a result.
QStringList unverifiedSentences(const Asq3Definition& def, const Asq3Interval& interval, const IntervalChoice& choice,
                                const QList<AssessmentPart>& parts)
{
    QStringList out;
    if (!interval.window.verified)
        out.append(QuestionnaireSupport::unverifiedWindow(interval.months, instrumentName(), interval.window));
    if (choice.corrected && !def.prematurity.verified)
        out.append(QuestionnaireSupport::unverifiedPrematurity(instrumentName(), def.prematurity));
    QStringList adjusted;
    for (const AssessmentPart& p : parts) {
        if (p.zone == Zone::NotScored)
            continue;
        const QString name = domainName(def, p.part);
        if (p.cutoff && !p.cutoff->verified)
            out.append(tr("%1 cutoff at %2 months (%3) is unverified: %4")
                           .arg(name).arg(interval.months).arg(number(p.cutoff->value), p.cutoff->source));
        // The monitoring threshold decides only between Monitoring and On schedule.
        if (p.zone != Zone::Refer && p.monitoring && !p.monitoring->verified)
            out.append(tr("%1 monitoring threshold at %2 months (%3) is unverified: %4")
                           .arg(name).arg(interval.months).arg(number(p.monitoring->value), p.monitoring->source));
        if (p.adjusted)
            adjusted.append(name);
    }
    if (!adjusted.isEmpty() && !def.missingItemRule.verified)
        out.append(tr("The adjustment for missing items (used for %1) is unverified: %2")
                       .arg(adjusted.join(QStringLiteral(", ")), def.missingItemRule.source));
    return out;
}

} // namespace

Zone zoneFor(double score, double cutoff, double monitoring)
{
    const qint64 s = hundredths(score);
    if (s < hundredths(cutoff))
        return Zone::Refer;
    if (s < hundredths(monitoring))
        return Zone::Monitoring;
    return Zone::OnSchedule;
}

AssessmentPart scoreDomain(const Asq3Definition& definition, const Asq3Interval& interval, const Asq3DomainInput& input,
                           Asq3EntryMode mode)
{
    AssessmentPart part;
    part.part = input.domain;
    const SourcedValue* cutoff = interval.cutoff(input.domain);
    const SourcedValue* monitoring = interval.monitoringThreshold(input.domain);
    if (cutoff)
        part.cutoff = used(*cutoff);
    if (monitoring)
        part.monitoring = used(*monitoring);

    if (mode == Asq3EntryMode::Items) {
        part.answers = input.answers;
        int total = 0;
        int answered = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(input.answers.size(), definition.itemsPerDomain); ++i) {
            if (input.answers.at(i) == Asq3Answer::Missing)
                continue;
            total += Asq3Answers::points(input.answers.at(i));
            ++answered;
        }
        part.missing = definition.itemsPerDomain - answered;
        if (part.missing > definition.maxMissingAdjusted || answered == 0) {
            part.note = tr("Not scored: %1 of %2 items were not answered (up to %3 can be adjusted).")
                            .arg(part.missing).arg(definition.itemsPerDomain).arg(definition.maxMissingAdjusted);
            return part;
        }
        if (part.missing == 0) {
            part.score = total;
        } else {
            // Averaging: the answered items stand in for the missing ones.
            part.score = static_cast<double>(qRound64(total * 100.0 * definition.itemsPerDomain / answered)) / 100;
            part.adjusted = true;
        }
    } else {
        if (!input.total || !std::isfinite(*input.total)) {
            part.note = tr("Not scored: no total was entered.");
            return part;
        }
        part.score = static_cast<double>(hundredths(*input.total)) / 100;
    }

    if (!cutoff || !monitoring) {
        part.note = tr("Not scored: the %1-month questionnaire has no thresholds for this area.").arg(interval.months);
        return part;
    }
    part.zone = zoneFor(*part.score, cutoff->value, monitoring->value);
    return part;
}

FieldIssues check(Asq3Draft& draft, const Child& child, const QDate& today, const Asq3Definition& definition)
{
    FieldIssues issues;
    if (QuestionnaireSupport::checkAssessedOn(issues, QStringLiteral("asq3.assessedOn"), child, draft.assessedOn,
                                              today)) {
        const IntervalChoice choice = choiceFor(draft, child, definition);
        QuestionnaireSupport::checkInterval(issues, QStringLiteral("asq3.interval"), choice, draft.intervalMonths,
                                            QuestionnaireInterval::windows(definition), instrumentName());
    }

    // Exactly the definition's domains, each once.
    QHash<QString, int> seen;
    QStringList unknown;
    for (const Asq3DomainInput& input : draft.domains) {
        bool known = false;
        for (const NamedKey& d : definition.domains)
            known = known || d.key == input.domain;
        if (!known)
            unknown.append(input.domain.isEmpty() ? tr("(no name)") : input.domain);
        ++seen[input.domain];
    }
    QStringList missing, twice;
    for (const NamedKey& d : definition.domains) {
        if (seen.value(d.key) == 0)
            missing.append(d.name);
        else if (seen.value(d.key) > 1)
            twice.append(d.name);
    }
    const QString sep = QStringLiteral(", ");
    if (!unknown.isEmpty())
        issues.append({QStringLiteral("asq3.domains"),
                       tr("Not an ASQ-3 area: %1. The areas are Communication, Gross Motor, Fine Motor, Problem Solving "
                          "and Personal-Social.")
                           .arg(unknown.join(sep))});
    if (!missing.isEmpty())
        issues.append({QStringLiteral("asq3.domains"), tr("Enter every area; missing: %1.").arg(missing.join(sep))});
    if (!twice.isEmpty())
        issues.append({QStringLiteral("asq3.domains"), tr("Each area is entered once; entered more than once: %1.")
                                                           .arg(twice.join(sep))});

    for (const Asq3DomainInput& input : draft.domains) {
        if (seen.value(input.domain) != 1 || unknown.contains(input.domain))
            continue;
        const QString field = QStringLiteral("asq3.") + input.domain;
        const QString name = domainName(definition, input.domain);
        if (draft.entryMode == Asq3EntryMode::Items) {
            if (input.answers.size() != definition.itemsPerDomain)
                issues.append({field, tr("%1: enter %2 answers (yes, sometimes, not yet or not answered); %3 given.")
                                          .arg(name)
                                          .arg(definition.itemsPerDomain)
                                          .arg(input.answers.size())});
        } else {
            checkTotal(issues, field, name, input.total, definition);
        }
    }

    QuestionnaireSupport::checkFreeText(issues, QStringLiteral("asq3.parentConcerns"), draft.parentConcerns,
                                        kMaxFreeText, tr("the parent's concerns"));
    QuestionnaireSupport::checkFreeText(issues, QStringLiteral("asq3.followUpPlan"), draft.followUpPlan, kMaxFreeText,
                                        tr("the follow-up plan"));
    return issues;
}

Assessment score(const Asq3Draft& draft, const Child& child, const Asq3Definition& definition)
{
    Assessment a;
    a.kind = AssessmentKind::Asq3;
    a.childUuid = child.uuid;
    a.familyUuid = child.familyUuid;
    a.assessedOn = draft.assessedOn;
    a.practitionerUserUuid = draft.practitionerUserUuid;
    a.entryMode = draft.entryMode;
    a.parentConcerns = draft.parentConcerns;
    a.followUpPlan = draft.followUpPlan;
    a.definitionVersion = QStringLiteral("asq3 ") + definition.version;

    const IntervalChoice choice = choiceFor(draft, child, definition);
    a.correctedAge = choice.corrected;
    a.intervalMonths = draft.intervalMonths.value_or(choice.months.value_or(0));
    a.intervalReason = choice.reason;
    if (draft.intervalMonths && choice.months && *draft.intervalMonths != *choice.months)
        a.intervalReason += u' ' + tr("The practitioner chose the %1-month questionnaire, which also covers this age.")
                                       .arg(*draft.intervalMonths);

    const Asq3Interval* interval = definition.interval(a.intervalMonths);
    for (const NamedKey& d : definition.domains) {
        const Asq3DomainInput* input = nullptr;
        for (const Asq3DomainInput& i : draft.domains)
            if (i.domain == d.key && !input)
                input = &i;
        AssessmentPart part;
        if (interval && input) {
            part = scoreDomain(definition, *interval, *input, draft.entryMode);
        } else {
            part.part = d.key;
            part.note = interval ? tr("Not scored: this area was not entered.")
                                 : tr("Not scored: no ASQ-3 questionnaire fits the child's age on that day.");
        }
        a.parts.append(part);
    }

    a.outcome = interval ? outcomeLine(definition, a.parts, draft.entryMode)
                         : tr("Not scored: no ASQ-3 questionnaire fits the child's age on that day.");
    for (const AssessmentPart& p : a.parts)
        a.needsFollowUp = a.needsFollowUp || p.zone == Zone::Refer;
    if (interval)
        a.unverified = unverifiedSentences(definition, *interval, choice, a.parts);
    return a;
}

} // namespace tandem::domain::Asq3Rules
