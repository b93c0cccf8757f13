#include "tandem/domain/EyfsRules.h"

#include "tandem/domain/Asq3Rules.h"
#include "tandem/domain/ChildAge.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace tandem::domain::EyfsRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::EyfsRules", text); }

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

const NamedKey* find(const QList<NamedKey>& list, const QString& key)
{
    for (const NamedKey& k : list)
        if (k.key == key)
            return &k;
    return nullptr;
}

// "2 to 3" years when the band is whole years, else months.
QString ageBand(const EyfsDefinition& definition)
{
    if (definition.fromMonths % 12 == 0 && definition.toMonths % 12 == 0)
        return tr("%1 to %2").arg(definition.fromMonths / 12).arg(definition.toMonths / 12);
    return tr("%1 to %2 months").arg(definition.fromMonths).arg(definition.toMonths);
}

// The short label a status takes in the outcome line.
QString statusLabel(const EyfsDefinition& definition, const QString& status)
{
    if (status == QLatin1String("possible-delay"))
        return tr("Possible delay");
    if (status == QLatin1String("less-than-expected"))
        return tr("Less than expected");
    const NamedKey* named = find(definition.statuses, status);
    return named ? named->name : status;
}

// One-line text: whitespace collapsed, stored only when it fits. Returns the collapsed length.
qsizetype collapse(QString& text, int max)
{
    const QString simplified = text.simplified();
    const qsizetype n = length(simplified);
    if (n <= max)
        text = simplified;
    return n;
}

void checkName(FieldIssues& issues, QString& text, const QString& field, const QString& missing, const QString& what)
{
    if (const qsizetype n = collapse(text, kMaxName); n == 0)
        add(issues, field, missing);
    else if (n > kMaxName)
        add(issues, field, tr("Shorten %1 to %2 characters or fewer; it has %3.").arg(what).arg(kMaxName).arg(n));
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

void checkDate(FieldIssues& issues, const QDate& day, const Child& child, const QDate& today,
               const EyfsDefinition& definition)
{
    const QString field = QStringLiteral("eyfs.completedOn");
    if (!day.isValid()) {
        add(issues, field, tr("Enter the date the progress check was completed."));
        return;
    }
    if (day > today) {
        add(issues, field, tr("The progress check is dated %1, which is in the future: record it once it has been "
                              "completed.")
                               .arg(showDate(day)));
        return;
    }
    if (!child.dateOfBirth) {
        add(issues, field, tr("%1 is not born yet: the progress check at two is for children aged %2.")
                               .arg(child.givenName, ageBand(definition)));
        return;
    }
    const std::optional<AgeSpan> age = ChildAge::on(*child.dateOfBirth, day);
    if (!age) {
        add(issues, field, tr("The progress check is dated %1, before %2 was born on %3: check the date.")
                               .arg(showDate(day), child.givenName, showDate(*child.dateOfBirth)));
        return;
    }
    if (age->months < definition.fromMonths || age->months > definition.toMonths)
        add(issues, field, tr("The progress check at two is for children aged %1; %2 was %3 on %4.")
                               .arg(ageBand(definition), child.givenName, ChildAge::describe(*age), showDate(day)));
}

void checkAreas(FieldIssues& issues, QList<EyfsAreaInput>& areas, const EyfsDefinition& definition)
{
    QSet<QString> seen;
    bool reportedUnknown = false; // one message is enough
    for (EyfsAreaInput& input : areas) {
        const NamedKey* area = find(definition.areas, input.area);
        if (!area) {
            if (!std::exchange(reportedUnknown, true))
                add(issues, QStringLiteral("eyfs.areas"),
                    tr("\"%1\" is not one of the prime areas of the progress check at two.").arg(input.area));
            continue;
        }
        if (seen.contains(input.area)) {
            add(issues, QStringLiteral("eyfs.areas"),
                tr("%1 is recorded more than once; record each prime area once.").arg(area->name));
            continue;
        }
        seen.insert(input.area);
        const QString field = QStringLiteral("eyfs.") + input.area;
        if (input.status.isEmpty())
            add(issues, field, tr("Choose how %1 is progressing.").arg(area->name));
        else if (!find(definition.statuses, input.status))
            add(issues, field, tr("%1: \"%2\" is not a known status; choose one from the list.").arg(area->name, input.status));
        const QString trimmed = input.summary.trimmed();
        if (const qsizetype n = length(trimmed); n == 0)
            add(issues, field + QStringLiteral(".summary"),
                tr("Enter the setting's short summary for %1.").arg(area->name));
        else if (n > kMaxSummary)
            add(issues, field + QStringLiteral(".summary"),
                tr("Shorten the summary for %1 to %2 characters or fewer; it has %3.").arg(area->name).arg(kMaxSummary).arg(n));
        else
            input.summary = trimmed;
    }
    for (const NamedKey& area : definition.areas)
        if (!seen.contains(area.key))
            add(issues, QStringLiteral("eyfs.") + area.key,
                tr("Record %1: a status and the setting's short summary.").arg(area.name));
}

} // namespace

FieldIssues check(EyfsDraft& draft, const Child& child, const QDate& today, const EyfsDefinition& definition)
{
    FieldIssues issues;
    checkDate(issues, draft.completedOn, child, today, definition);
    checkName(issues, draft.completedByName, QStringLiteral("eyfs.completedBy"),
              tr("Enter who completed the progress check at the setting."), tr("who completed the check"));
    checkName(issues, draft.setting, QStringLiteral("eyfs.setting"), tr("Enter the early-years setting."),
              tr("the setting's name"));
    checkAreas(issues, draft.areas, definition);
    checkFreeText(issues, draft.parentConcerns, QStringLiteral("eyfs.parentConcerns"), tr("the parent's comments"));
    checkFreeText(issues, draft.followUpPlan, QStringLiteral("eyfs.followUpPlan"), tr("what the setting will do"));
    return issues;
}

Assessment score(const EyfsDraft& draft, const Child& child, const EyfsDefinition& definition)
{
    Assessment a;
    a.kind = AssessmentKind::Eyfs;
    a.childUuid = child.uuid;
    a.familyUuid = child.familyUuid;
    a.assessedOn = draft.completedOn;
    a.completedByName = draft.completedByName;
    a.setting = draft.setting;
    a.parentAgreedToShare = draft.parentAgreedToShare;
    a.parentConcerns = draft.parentConcerns;
    a.followUpPlan = draft.followUpPlan;
    a.definitionVersion = QStringLiteral("eyfs %1").arg(definition.version);

    for (const NamedKey& area : definition.areas) {
        for (const EyfsAreaInput& input : draft.areas) {
            if (input.area != area.key)
                continue;
            AssessmentPart part;
            part.part = area.key;
            part.result = input.status;
            part.note = input.summary;
            a.parts.append(part);
            a.needsFollowUp = a.needsFollowUp || input.status == definition.concernStatus;
            break;
        }
    }

    // Most concern first: the concern status, then the others from the end of the list; the
    // first status is progress as expected and is not listed.
    QStringList order{definition.concernStatus};
    for (qsizetype i = definition.statuses.size() - 1; i >= 1; --i)
        if (definition.statuses[i].key != definition.concernStatus)
            order.append(definition.statuses[i].key);
    // Area names hold commas ("Personal, Social and ..."), so they are joined with semicolons.
    QStringList sentences;
    for (const QString& status : order) {
        QStringList names;
        for (const AssessmentPart& part : a.parts)
            if (part.result == status)
                if (const NamedKey* area = find(definition.areas, part.part))
                    names.append(area->name);
        if (!names.isEmpty())
            sentences.append(tr("%1: %2.").arg(statusLabel(definition, status), names.join(QStringLiteral("; "))));
    }
    if (!sentences.isEmpty())
        a.outcome = sentences.join(QLatin1Char(' '));
    else if (definition.areas.size() == 3)
        a.outcome = tr("Progress as expected in all three prime areas.");
    else
        a.outcome = tr("Progress as expected in all %1 prime areas.").arg(definition.areas.size());
    return a;
}

} // namespace tandem::domain::EyfsRules
