#include "AssessView.h"
#include "AssessOptions.h"
#include "VisitView.h"

#include "tandem/core/Contact.h"
#include "tandem/domain/WellCommRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::AssessView", text); }

constexpr int kLabelWidth = 14;

// "Label        value", continuation lines of the value indented under it.
QString labelled(const QString& label, const QString& value)
{
    const QString pad(2 + kLabelWidth, QLatin1Char(' '));
    QString body = value;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
    return QStringLiteral("  ") + label.leftJustified(kLabelWidth - 1) + QLatin1Char(' ') + body;
}

QString nameOf(const QString& key, const QList<domain::NamedKey>& keys)
{
    for (const domain::NamedKey& k : keys)
        if (k.key == key)
            return k.name;
    return key;
}

bool isQuestionnaire(AssessmentKind kind) { return kind == AssessmentKind::Asq3 || kind == AssessmentKind::AsqSe2; }

// ASQ:SE-2 refers above its cutoff (higher is more concern), so "below cutoff" would mislead.
QString zoneName(Zone zone, AssessmentKind kind)
{
    if (kind == AssessmentKind::AsqSe2 && zone == Zone::Refer)
        return tr("Above cutoff: refer");
    return Zones::displayName(zone);
}

QJsonObject ageJson(const domain::AgeSpan& age) { return {{QStringLiteral("months"), age.months}, {QStringLiteral("days"), age.days}}; }

QJsonObject partJson(const AssessmentPart& p, AssessmentKind kind, const domain::InstrumentDefinitions& definitions)
{
    QJsonObject o{{QStringLiteral("part"), p.part}, {QStringLiteral("name"), partName(p, kind, definitions)}};
    if (isQuestionnaire(kind)) {
        o.insert(QStringLiteral("score"), p.score ? QJsonValue(*p.score) : QJsonValue());
        o.insert(QStringLiteral("cutoff"), thresholdJson(p.cutoff));
        o.insert(QStringLiteral("monitoring"), thresholdJson(p.monitoring));
        o.insert(QStringLiteral("zone"), Zones::token(p.zone));
        o.insert(QStringLiteral("zone_name"), zoneName(p.zone, kind));
    }
    if (kind == AssessmentKind::Asq3) {
        o.insert(QStringLiteral("answers"), p.answers.isEmpty() ? QJsonValue() : QJsonValue(Asq3Answers::toLetters(p.answers)));
        o.insert(QStringLiteral("missing"), p.missing);
        o.insert(QStringLiteral("adjusted"), p.adjusted);
    }
    if (kind == AssessmentKind::WellComm) {
        o.insert(QStringLiteral("section"), p.part.mid(p.part.indexOf(QLatin1Char('-')) + 1).toInt());
        o.insert(QStringLiteral("result"), p.result);
        o.insert(QStringLiteral("result_name"), WellCommResults::displayName(p.result));
    }
    if (kind == AssessmentKind::Eyfs) {
        o.insert(QStringLiteral("status"), p.result);
        o.insert(QStringLiteral("status_name"), eyfsStatusName(p.result, definitions.eyfs));
        o.insert(QStringLiteral("summary"), p.note);
    } else {
        o.insert(QStringLiteral("note"), textOrNull(p.note));
    }
    return o;
}

// The ASQ-3 / ASQ:SE-2 scores as a table, then why any part was not scored.
QStringList scoreTable(const Assessment& a, const domain::InstrumentDefinitions& definitions)
{
    const bool items = a.kind == AssessmentKind::Asq3 && a.entryMode == Asq3EntryMode::Items;
    QStringList head{a.kind == AssessmentKind::Asq3 ? tr("Domain") : tr("Part")};
    if (items)
        head << tr("Answers");
    head << tr("Score") << tr("Cutoff") << tr("Monitoring") << tr("Zone");
    QList<QStringList> rows{head};
    QStringList notes;
    bool adjusted = false;
    for (const AssessmentPart& p : a.parts) {
        QStringList row{partName(p, a.kind, definitions)};
        if (items)
            row << Asq3Answers::toLetters(p.answers);
        row << (p.score ? showNumber(*p.score) + (p.adjusted ? QStringLiteral("*") : QString()) : tr("—"));
        row << thresholdText(p.cutoff) << thresholdText(p.monitoring) << zoneName(p.zone, a.kind);
        rows << row;
        adjusted = adjusted || p.adjusted;
        if (!p.note.isEmpty())
            notes << QStringLiteral("  %1: %2").arg(partName(p, a.kind, definitions), p.note);
    }
    QStringList out{columns(rows, QStringLiteral("  "))};
    if (adjusted)
        out << QStringLiteral("  ") + tr("* adjusted for missing items by averaging the answered ones");
    return out + notes;
}

} // namespace

QString partName(const AssessmentPart& p, AssessmentKind kind, const domain::InstrumentDefinitions& definitions)
{
    switch (kind) {
    case AssessmentKind::Asq3: return nameOf(p.part, definitions.asq3.domains);
    case AssessmentKind::AsqSe2: return p.part == QLatin1String("total") ? tr("Total") : p.part;
    case AssessmentKind::WellComm: return tr("Section %1").arg(p.part.mid(p.part.indexOf(QLatin1Char('-')) + 1));
    case AssessmentKind::Eyfs: return nameOf(p.part, definitions.eyfs.areas);
    }
    return p.part;
}

QString eyfsStatusName(const QString& token, const domain::EyfsDefinition& definition) { return nameOf(token, definition.statuses); }

QString thresholdText(const std::optional<ThresholdUsed>& t)
{
    if (!t)
        return tr("—");
    return t->verified ? showNumber(t->value) : tr("%1 unverified").arg(showNumber(t->value));
}

QJsonValue thresholdJson(const std::optional<ThresholdUsed>& t)
{
    if (!t)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("value"), t->value}, {QStringLiteral("verified"), t->verified}, {QStringLiteral("source"), t->source}};
}

QList<WellCommScreening> screeningsOf(const Assessment& a)
{
    QList<WellCommScreening> out;
    for (const AssessmentPart& p : a.parts)
        out << WellCommScreening{p.part.mid(p.part.indexOf(QLatin1Char('-')) + 1).toInt(), p.result};
    return out;
}

QJsonObject assessmentJson(const Assessment& a, const domain::InstrumentDefinitions& definitions)
{
    QJsonArray parts;
    if (!a.withheld)
        for (const AssessmentPart& p : a.parts)
            parts.append(partJson(p, a.kind, definitions));
    QJsonObject o{{QStringLiteral("uuid"), a.uuid},
                  {QStringLiteral("child_uuid"), a.childUuid},
                  {QStringLiteral("family_uuid"), a.familyUuid},
                  {QStringLiteral("kind"), AssessmentKinds::token(a.kind)},
                  {QStringLiteral("kind_name"), AssessmentKinds::displayName(a.kind)},
                  {QStringLiteral("assessed_on"), isoDay(a.assessedOn)},
                  {QStringLiteral("practitioner"), QJsonObject{{QStringLiteral("uuid"), a.practitionerUserUuid}, {QStringLiteral("name"), a.practitionerName}}},
                  {QStringLiteral("parts"), parts},
                  {QStringLiteral("parent_concerns"), textOrNull(a.parentConcerns)},
                  {QStringLiteral("follow_up_plan"), textOrNull(a.followUpPlan)},
                  {QStringLiteral("follow_up_recorded_on"), isoDay(a.followUpRecordedOn)},
                  {QStringLiteral("outcome"), a.outcome},
                  {QStringLiteral("needs_follow_up"), a.needsFollowUp},
                  // The result needed follow-up and no plan is recorded yet (the caseload flag).
                  {QStringLiteral("follow_up_outstanding"), a.needsFollowUp && a.followUpPlan.isEmpty()},
                  {QStringLiteral("unverified"), QJsonArray::fromStringList(a.unverified)},
                  {QStringLiteral("definition_version"), a.definitionVersion},
                  {QStringLiteral("withheld"), a.withheld},
                  {QStringLiteral("recorded_at"), textOrNull(a.meta.createdAt)}};
    if (isQuestionnaire(a.kind)) {
        o.insert(QStringLiteral("interval_months"), a.intervalMonths);
        o.insert(QStringLiteral("interval_reason"), a.intervalReason);
        o.insert(QStringLiteral("corrected_age"), a.correctedAge);
    }
    if (a.kind == AssessmentKind::Asq3)
        o.insert(QStringLiteral("entry_mode"), a.entryMode == Asq3EntryMode::Items ? QStringLiteral("items") : QStringLiteral("totals"));
    if (a.kind == AssessmentKind::AsqSe2) {
        o.insert(QStringLiteral("omitted_items"), a.omittedItems);
        o.insert(QStringLiteral("total_adjusted_per_guide"), a.totalAdjustedPerGuide);
    }
    if (a.kind == AssessmentKind::WellComm) {
        const auto screenings = screeningsOf(a);
        const auto referral = domain::WellCommRules::referral(screenings, a.ageSection, a.parentConcern, a.practitionerConcern);
        o.insert(QStringLiteral("age_section"), a.ageSection);
        o.insert(QStringLiteral("parent_concern"), a.parentConcern);
        o.insert(QStringLiteral("practitioner_concern"), a.practitionerConcern);
        o.insert(QStringLiteral("guidance"), domain::WellCommRules::guidance(screenings));
        o.insert(QStringLiteral("referral"), QJsonObject{{QStringLiteral("suggested"), referral.suggested},
                                                         {QStringLiteral("reasons"), QJsonArray::fromStringList(referral.reasons)}});
    }
    if (a.kind == AssessmentKind::Eyfs) {
        o.insert(QStringLiteral("completed_by"), a.completedByName);
        o.insert(QStringLiteral("setting"), a.setting);
        o.insert(QStringLiteral("parent_agreed_to_share"), a.parentAgreedToShare);
    }
    return o;
}

QString assessmentText(const Assessment& a, const domain::InstrumentDefinitions& definitions)
{
    QString heading = showDay(a.assessedOn) + QStringLiteral("  ") + AssessmentKinds::displayName(a.kind);
    if (isQuestionnaire(a.kind))
        heading += tr(", %1-month questionnaire").arg(a.intervalMonths);
    if (a.kind == AssessmentKind::Eyfs && !a.withheld)
        heading += tr(", by %1 at %2").arg(a.completedByName, a.setting);
    else if (!a.practitionerName.isEmpty())
        heading += tr(", by %1").arg(a.practitionerName);
    QStringList out{heading};
    if (!a.uuid.isEmpty()) // a dry run has none
        out << labelled(tr("Assessment"), a.uuid);
    if (a.withheld) {
        out << labelled(tr("Withheld"), tr("The parent has not agreed to share this progress check with the health visitor."));
        return out.join(QLatin1Char('\n'));
    }
    switch (a.kind) {
    case AssessmentKind::Asq3:
    case AssessmentKind::AsqSe2:
        out << labelled(tr("Why"), a.intervalReason);
        if (a.kind == AssessmentKind::Asq3)
            out << labelled(tr("Entered as"), a.entryMode == Asq3EntryMode::Items ? tr("item answers (Y yes, S sometimes, N not yet, - not answered)")
                                                                                  : tr("domain totals"));
        else if (a.omittedItems > 0)
            out << labelled(tr("Omitted"), a.totalAdjustedPerGuide ? tr("%1 items; total adjusted as the User's Guide describes").arg(a.omittedItems)
                                                                   : tr("%1 items").arg(a.omittedItems));
        out << scoreTable(a, definitions);
        break;
    case AssessmentKind::WellComm: {
        QStringList screened;
        for (const AssessmentPart& p : a.parts)
            screened << tr("%1: %2").arg(partName(p, a.kind, definitions), WellCommResults::displayName(p.result));
        const auto screenings = screeningsOf(a);
        const auto referral = domain::WellCommRules::referral(screenings, a.ageSection, a.parentConcern, a.practitionerConcern);
        out << labelled(tr("Age section"), QString::number(a.ageSection)) << labelled(tr("Screened"), screened.join(QLatin1Char('\n')));
        QStringList raised;
        if (a.parentConcern)
            raised << tr("the parent");
        if (a.practitionerConcern)
            raised << tr("the practitioner");
        if (!raised.isEmpty())
            out << labelled(tr("Concern from"), raised.join(tr(" and ")));
        out << labelled(tr("Guidance"), domain::WellCommRules::guidance(screenings));
        out << labelled(tr("Referral"), referral.suggested ? tr("Referral to speech and language therapy suggested:\n- %1")
                                                                 .arg(referral.reasons.join(QStringLiteral("\n- ")))
                                                           : tr("not suggested"));
        break;
    }
    case AssessmentKind::Eyfs: {
        if (!a.practitionerName.isEmpty())
            out << labelled(tr("Recorded by"), a.practitionerName);
        out << labelled(tr("Shared"), a.parentAgreedToShare ? tr("the parent agreed to share it with the health visitor")
                                                            : tr("the parent has not agreed to share it with the health visitor"));
        QStringList areas;
        for (const AssessmentPart& p : a.parts)
            areas << tr("%1: %2\n  %3").arg(partName(p, a.kind, definitions), eyfsStatusName(p.result, definitions.eyfs), p.note);
        out << labelled(tr("Prime areas"), areas.join(QLatin1Char('\n')));
        break;
    }
    }
    out << labelled(tr("Outcome"), a.outcome);
    if (!a.parentConcerns.isEmpty())
        out << labelled(a.kind == AssessmentKind::Eyfs ? tr("Parent") : tr("Concerns"), a.parentConcerns);
    if (!a.followUpPlan.isEmpty())
        out << labelled(tr("Plan"), a.followUpRecordedOn ? tr("%1 (recorded %2)").arg(a.followUpPlan, showDay(a.followUpRecordedOn))
                                                         : a.followUpPlan);
    else if (a.needsFollowUp)
        out << labelled(tr("Follow-up"), tr("needed, and no plan is recorded yet (tandem-cli assess follow-up %1 --plan TEXT)").arg(a.uuid));
    if (!a.unverified.isEmpty())
        out << labelled(tr("Unverified"), QStringLiteral("- ") + a.unverified.join(QStringLiteral("\n- ")));
    out << labelled(tr("Definition"), a.definitionVersion);
    return out.join(QLatin1Char('\n'));
}

QString assessmentLine(const Assessment& a)
{
    QString what = tr("%1 of %2").arg(AssessmentKinds::displayName(a.kind), showDay(a.assessedOn));
    if (isQuestionnaire(a.kind))
        what += tr(" (%1-month questionnaire)").arg(a.intervalMonths);
    if (a.withheld)
        return tr("%1: withheld, the parent has not agreed to share it  (assessment %2)").arg(what, a.uuid);
    return tr("%1: %2  (assessment %3)").arg(what, a.outcome, a.uuid);
}

QJsonObject intervalJson(const domain::IntervalChoice& c)
{
    QJsonArray candidates;
    for (int m : c.candidates)
        candidates.append(m);
    return {{QStringLiteral("interval_months"), c.months ? QJsonValue(*c.months) : QJsonValue()},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("corrected"), c.corrected},
            {QStringLiteral("weeks_early"), c.weeksEarly},
            {QStringLiteral("chronological_age"), ageJson(c.chronological)},
            {QStringLiteral("age_used"), ageJson(c.used)},
            {QStringLiteral("reason"), c.reason}};
}

QJsonObject reviewJson(const IntegratedReview& r)
{
    QJsonArray actions;
    for (const FollowUpAction& a : r.actions)
        actions.append(actionJson(a));
    return {{QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("child_uuid"), r.childUuid},
            {QStringLiteral("family_uuid"), r.familyUuid},
            {QStringLiteral("contact_uuid"), r.contactUuid},
            {QStringLiteral("reviewed_at"), localIso(r.reviewedAt)},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("place_name"), ContactPlaces::displayName(r.place)},
            {QStringLiteral("duration_minutes"), r.durationMinutes},
            {QStringLiteral("practitioner"), QJsonObject{{QStringLiteral("uuid"), r.practitionerUserUuid}, {QStringLiteral("name"), r.practitionerName}}},
            {QStringLiteral("setting_practitioner"), textOrNull(r.settingPractitioner)},
            {QStringLiteral("people_present"), textOrNull(r.peoplePresent)},
            {QStringLiteral("asq3_uuid"), r.asq3Uuid},
            {QStringLiteral("asqse2_uuid"), textOrNull(r.asqSe2Uuid)},
            {QStringLiteral("eyfs_uuid"), textOrNull(r.eyfsUuid)},
            {QStringLiteral("wellcomm_uuid"), textOrNull(r.wellCommUuid)},
            {QStringLiteral("parent_views"), r.parentViews},
            {QStringLiteral("summary"), textOrNull(r.summary)},
            {QStringLiteral("actions"), actions}};
}

QString reviewText(const IntegratedReview& r, const QHash<QString, Assessment>& linked)
{
    QStringList out{tr("%1  Integrated review, %2, %3 min, by %4")
                        .arg(showDayTime(r.reviewedAt), ContactPlaces::displayName(r.place))
                        .arg(r.durationMinutes)
                        .arg(r.practitionerName)};
    out << labelled(tr("Review"), r.uuid) << labelled(tr("Contact"), r.contactUuid);
    if (!r.settingPractitioner.isEmpty())
        out << labelled(tr("Setting"), r.settingPractitioner);
    if (!r.peoplePresent.isEmpty())
        out << labelled(tr("Present"), r.peoplePresent);
    const QList<std::pair<QString, QString>> parts{{tr("ASQ-3"), r.asq3Uuid}, {tr("ASQ:SE-2"), r.asqSe2Uuid},
                                                   {tr("EYFS check"), r.eyfsUuid}, {tr("WellComm"), r.wellCommUuid}};
    for (const auto& [label, uuid] : parts) {
        if (uuid.isEmpty())
            continue;
        out << labelled(label, linked.contains(uuid) ? assessmentLine(linked.value(uuid)) : tr("assessment %1").arg(uuid));
    }
    out << labelled(tr("Parent views"), r.parentViews);
    if (!r.summary.isEmpty())
        out << labelled(tr("Summary"), r.summary);
    QStringList actions;
    for (const FollowUpAction& a : r.actions)
        actions << actionText(a);
    if (!actions.isEmpty())
        out << labelled(tr("Actions"), actions.join(QLatin1Char('\n')));
    return out.join(QLatin1Char('\n'));
}

} // namespace tandem::cli
