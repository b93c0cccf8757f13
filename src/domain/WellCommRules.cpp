#include "tandem/domain/WellCommRules.h"

#include "tandem/domain/Asq3Rules.h"
#include "tandem/domain/ChildAge.h"

#include <QCoreApplication>

namespace tandem::domain::WellCommRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::WellCommRules", text); }

const QString kRed = QStringLiteral("red");
const QString kAmber = QStringLiteral("amber");
const QString kGreen = QStringLiteral("green");

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

bool delayed(const QString& result) { return result == kRed || result == kAmber; }

// The colour as a word in a sentence; capitalised at the start of one.
QString colour(const QString& result, bool capital)
{
    if (result == kRed)
        return capital ? tr("Red") : tr("red");
    if (result == kAmber)
        return capital ? tr("Amber") : tr("amber");
    if (result == kGreen)
        return capital ? tr("Green") : tr("green");
    return result;
}

// "5, 4 and 3"
QString listSections(const QList<int>& sections)
{
    QStringList numbers;
    for (int s : sections)
        numbers.append(QString::number(s));
    if (numbers.size() < 2)
        return numbers.join(QString());
    const QString last = numbers.takeLast();
    return tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

// Sections screened amber, each once, in the order screened.
QList<int> amberSections(const QList<WellCommScreening>& screenings)
{
    QList<int> out;
    for (const WellCommScreening& s : screenings)
        if (s.result == kAmber && !out.contains(s.section))
            out.append(s.section);
    return out;
}

bool redAtAgeSection(const QList<WellCommScreening>& screenings, int ageSection)
{
    // Screening starts at the age section, so only the first screening can be red there.
    return !screenings.isEmpty() && screenings.first().section == ageSection && screenings.first().result == kRed;
}

// Free text keeps its lines; only the ends are trimmed.
void checkFreeText(FieldIssues& issues, QString& text, const QString& field, const QString& what)
{
    const QString trimmed = text.trimmed();
    if (const qsizetype n = length(trimmed); n > Asq3Rules::kMaxFreeText)
        add(issues, field, tr("Shorten %1 to %2 characters or fewer; it has %3.").arg(what).arg(Asq3Rules::kMaxFreeText).arg(n));
    else
        text = trimmed;
}

// The date of the screening; returns the age section on that day when the date is usable.
std::optional<int> checkDate(FieldIssues& issues, const QDate& day, const Child& child, const QDate& today,
                             const WellCommDefinition& definition)
{
    const QString field = QStringLiteral("wellcomm.assessedOn");
    if (!day.isValid()) {
        add(issues, field, tr("Enter the date of the screening."));
        return std::nullopt;
    }
    if (day > today) {
        add(issues, field, tr("The screening is dated %1, which is in the future: record a screening once it has "
                              "happened.")
                               .arg(showDate(day)));
        return std::nullopt;
    }
    if (!child.dateOfBirth) {
        add(issues, field, tr("%1 is not born yet: WellComm screening is for children aged %2 to %3 months.")
                               .arg(child.givenName)
                               .arg(definition.sections.isEmpty() ? 0 : definition.sections.first().fromMonths)
                               .arg(definition.sections.isEmpty() ? 0 : definition.sections.last().toMonths));
        return std::nullopt;
    }
    const std::optional<AgeSpan> age = ChildAge::on(*child.dateOfBirth, day);
    if (!age) {
        add(issues, field, tr("The screening is dated %1, before %2 was born on %3: check the date.")
                               .arg(showDate(day), child.givenName, showDate(*child.dateOfBirth)));
        return std::nullopt;
    }
    const std::optional<int> section = sectionForAge(definition, age->months);
    if (!section && !definition.sections.isEmpty())
        add(issues, field, tr("WellComm early-years sections cover children aged %1 to %2 months; %3 was %4 on %5.")
                               .arg(definition.sections.first().fromMonths)
                               .arg(definition.sections.last().toMonths)
                               .arg(child.givenName, ChildAge::describe(*age), showDate(day)));
    else if (!section)
        add(issues, field, tr("The WellComm definition has no sections: ask an administrator to check it."));
    return section;
}

void checkScreenings(FieldIssues& issues, const QList<WellCommScreening>& screenings, std::optional<int> ageSection,
                     const Child& child, const WellCommDefinition& definition)
{
    if (screenings.isEmpty()) {
        if (ageSection)
            add(issues, QStringLiteral("wellcomm.screenings"),
                tr("Record at least one section screened, starting with the age-appropriate section (%1).")
                    .arg(*ageSection));
        else
            add(issues, QStringLiteral("wellcomm.screenings"),
                tr("Record at least one section screened, starting with the age-appropriate section."));
        return;
    }
    const QStringList known = WellCommResults::tokens();
    for (qsizetype i = 0; i < screenings.size(); ++i) {
        const WellCommScreening& s = screenings[i];
        const QString field = QStringLiteral("wellcomm.screenings[%1]").arg(i);
        if (!definition.section(s.section)) {
            add(issues, field, tr("Section %1 is not a WellComm early-years section.").arg(s.section));
            continue;
        }
        if (!known.contains(s.result)) {
            add(issues, field, tr("Section %1: choose red, amber or green.").arg(s.section));
            continue;
        }
        if (i == 0) {
            if (ageSection && s.section != *ageSection) {
                const WellCommSection* band = definition.section(*ageSection);
                add(issues, field, tr("Start with the age-appropriate section for %1 on that day: section %2 (%3 to "
                                      "%4 months), not section %5.")
                                       .arg(child.givenName)
                                       .arg(*ageSection)
                                       .arg(band ? band->fromMonths : 0)
                                       .arg(band ? band->toMonths : 0)
                                       .arg(s.section));
            }
            continue;
        }
        const WellCommScreening& previous = screenings[i - 1];
        if (previous.result == kGreen)
            add(issues, field, tr("Screening stops at green: section %1 was green, so remove section %2.")
                                   .arg(previous.section)
                                   .arg(s.section));
        else if (s.section != previous.section - 1)
            add(issues, field, tr("After section %1, screen with the section directly below (%2), not section %3.")
                                   .arg(previous.section)
                                   .arg(previous.section - 1)
                                   .arg(s.section));
    }
}

// The short reasons used inside the outcome line.
QStringList outcomeReasons(const QList<WellCommScreening>& screenings, int ageSection, bool parentConcern,
                           bool practitionerConcern)
{
    QStringList out;
    if (redAtAgeSection(screenings, ageSection))
        out.append(tr("red at the age-appropriate section"));
    if (const qsizetype n = amberSections(screenings).size(); n == 2)
        out.append(tr("amber in two sections"));
    else if (n > 2)
        out.append(tr("amber in %1 sections").arg(n));
    if (parentConcern)
        out.append(tr("the parent raised a concern"));
    if (practitionerConcern)
        out.append(tr("the practitioner raised a concern"));
    return out;
}

} // namespace

std::optional<int> sectionForAge(const WellCommDefinition& definition, int wholeMonths)
{
    for (const WellCommSection& s : definition.sections)
        if (wholeMonths >= s.fromMonths && wholeMonths <= s.toMonths)
            return s.number;
    return std::nullopt;
}

std::optional<int> nextSection(const QList<WellCommScreening>& screenings)
{
    if (screenings.isEmpty())
        return std::nullopt;
    const WellCommScreening& last = screenings.last();
    if (!delayed(last.result) || last.section <= 1)
        return std::nullopt;
    return last.section - 1;
}

QString guidance(const QList<WellCommScreening>& screenings)
{
    if (screenings.isEmpty())
        return tr("Screen with the age-appropriate section first.");
    const WellCommScreening& last = screenings.last();
    if (last.result == kGreen)
        return tr("Green at section %1: screening is complete.").arg(last.section);
    if (!delayed(last.result))
        return tr("Record red, amber or green for section %1.").arg(last.section);
    if (const std::optional<int> next = nextSection(screenings))
        return tr("%1 at section %2: now screen with section %3.").arg(colour(last.result, true)).arg(last.section).arg(*next);
    return tr("%1 at section %2: there is no lower section; record the result and consider referral.")
        .arg(colour(last.result, true))
        .arg(last.section);
}

Referral referral(const QList<WellCommScreening>& screenings, int ageSection, bool parentConcern,
                  bool practitionerConcern)
{
    Referral r;
    if (redAtAgeSection(screenings, ageSection))
        r.reasons.append(tr("Red at the age-appropriate section (%1)").arg(ageSection));
    if (const QList<int> ambers = amberSections(screenings); ambers.size() == 2)
        r.reasons.append(tr("Amber in two sections (%1)").arg(listSections(ambers)));
    else if (ambers.size() > 2)
        r.reasons.append(tr("Amber in %1 sections (%2)").arg(ambers.size()).arg(listSections(ambers)));
    if (parentConcern)
        r.reasons.append(tr("The parent raised a concern"));
    if (practitionerConcern)
        r.reasons.append(tr("The practitioner raised a concern"));
    r.suggested = !r.reasons.isEmpty();
    return r;
}

FieldIssues check(WellCommDraft& draft, const Child& child, const QDate& today, const WellCommDefinition& definition)
{
    FieldIssues issues;
    const std::optional<int> ageSection = checkDate(issues, draft.assessedOn, child, today, definition);
    checkScreenings(issues, draft.screenings, ageSection, child, definition);
    checkFreeText(issues, draft.parentConcerns, QStringLiteral("wellcomm.parentConcerns"), tr("the parent's concerns"));
    checkFreeText(issues, draft.followUpPlan, QStringLiteral("wellcomm.followUpPlan"), tr("the follow-up plan"));
    return issues;
}

Assessment score(const WellCommDraft& draft, const Child& child, const WellCommDefinition& definition)
{
    Assessment a;
    a.kind = AssessmentKind::WellComm;
    a.childUuid = child.uuid;
    a.familyUuid = child.familyUuid;
    a.assessedOn = draft.assessedOn;
    a.practitionerUserUuid = draft.practitionerUserUuid;
    a.parentConcern = draft.parentConcern;
    a.practitionerConcern = draft.practitionerConcern;
    a.parentConcerns = draft.parentConcerns;
    a.followUpPlan = draft.followUpPlan;
    a.definitionVersion = QStringLiteral("wellcomm %1").arg(definition.version);
    if (child.dateOfBirth)
        a.ageSection = sectionForAge(definition, ChildAge::wholeMonths(*child.dateOfBirth, draft.assessedOn)).value_or(0);

    QStringList steps;
    for (const WellCommScreening& s : draft.screenings) {
        AssessmentPart part;
        part.part = QStringLiteral("section-%1").arg(s.section);
        part.result = s.result;
        a.parts.append(part);
        steps.append(tr("%1 at section %2").arg(colour(s.result, steps.isEmpty())).arg(s.section));
    }
    // A band the definition does not vouch for decides which section the screening starts at.
    if (const WellCommSection* band = definition.section(a.ageSection); band && !band->verified)
        a.unverified.append(tr("The age band of WellComm section %1 (%2 to %3 months) is unverified: %4")
                                .arg(band->number)
                                .arg(band->fromMonths)
                                .arg(band->toMonths)
                                .arg(band->source));

    const bool onlyGreenAtAge = draft.screenings.size() == 1 && draft.screenings.first().result == kGreen &&
                                draft.screenings.first().section == a.ageSection;
    QString outcome;
    if (steps.isEmpty())
        outcome = tr("No section screened.");
    else if (onlyGreenAtAge)
        outcome = tr("Green at section %1 (age-appropriate).").arg(a.ageSection);
    else
        outcome = steps.join(QStringLiteral(", ")) + QLatin1Char('.');
    const Referral r = referral(draft.screenings, a.ageSection, draft.parentConcern, draft.practitionerConcern);
    if (r.suggested)
        outcome += QLatin1Char(' ') +
                   tr("Referral to speech and language therapy suggested: %1.")
                       .arg(outcomeReasons(draft.screenings, a.ageSection, draft.parentConcern, draft.practitionerConcern)
                                .join(QStringLiteral("; ")));
    a.outcome = outcome;
    a.needsFollowUp = r.suggested;
    return a;
}

} // namespace tandem::domain::WellCommRules
