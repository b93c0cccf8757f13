// family care / level / named-hv / lead / left-area: who looks after a household, at what level.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyRecordService.h"

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

QJsonObject involvementJson(const Involvement& i)
{
    return {{QStringLiteral("involvement_uuid"), i.uuid}, {QStringLiteral("service"), i.service},
            {QStringLiteral("service_name"), InvolvementServices::serviceDisplayName(i.service)}, {QStringLiteral("worker_name"), i.workerName},
            {QStringLiteral("worker_user_uuid"), textOrNull(i.workerUserUuid)}, {QStringLiteral("organisation"), textOrNull(i.organisation)},
            {QStringLiteral("key_worker"), i.keyWorker}, {QStringLiteral("since"), isoDay(i.since)}, {QStringLiteral("until"), isoDay(i.until)}};
}

QString involvementText(const Involvement& i)
{
    QString line = tr("%1 (%2").arg(i.workerName, InvolvementServices::serviceDisplayName(i.service));
    if (!i.organisation.isEmpty())
        line += QStringLiteral(", ") + i.organisation;
    line += i.until ? tr("), %1 to %2").arg(showDay(i.since), showDay(*i.until)) : tr("), since %1").arg(showDay(i.since));
    if (i.keyWorker)
        line += tr(", lead professional");
    return line + tr("  (involvement %1)").arg(i.uuid);
}

QJsonObject careJson(const CareTeam& t, const QList<Involvement>& involved)
{
    QJsonArray history, people;
    for (const ServiceLevelChange& h : t.serviceLevelHistory)
        history.append(QJsonObject{{QStringLiteral("uuid"), h.uuid}, {QStringLiteral("level"), h.level},
                                   {QStringLiteral("level_name"), ServiceLevels::displayName(h.level)}, {QStringLiteral("reason"), h.reason},
                                   {QStringLiteral("effective_from"), isoDay(h.effectiveFrom)}, {QStringLiteral("recorded_by"), h.recordedByName}});
    for (const Involvement& i : involved)
        people.append(involvementJson(i));
    const QJsonValue named = t.namedHealthVisitorUuid.isEmpty()
                                 ? QJsonValue()
                                 : QJsonValue(QJsonObject{{QStringLiteral("uuid"), t.namedHealthVisitorUuid}, {QStringLiteral("name"), t.namedHealthVisitorName}});
    const QJsonValue left = t.leftArea ? QJsonValue(QJsonObject{{QStringLiteral("on"), isoDay(t.leftArea)}, {QStringLiteral("reason"), t.leftAreaReason}})
                                       : QJsonValue();
    return {{QStringLiteral("family_uuid"), t.familyUuid}, {QStringLiteral("level"), t.serviceLevel},
            {QStringLiteral("level_name"), ServiceLevels::displayName(t.serviceLevel)}, {QStringLiteral("level_recorded"), t.serviceLevelRecorded},
            {QStringLiteral("level_history"), history}, {QStringLiteral("named_health_visitor"), named},
            {QStringLiteral("lead_professional"), t.leadProfessional ? QJsonValue(involvementJson(*t.leadProfessional)) : QJsonValue()},
            {QStringLiteral("left_area"), left}, {QStringLiteral("involved"), people}};
}

QString careText(const CareTeam& t, const QList<Involvement>& involved)
{
    QStringList out{tr("Care of household %1").arg(t.familyUuid)};
    const QString level = t.serviceLevelRecorded ? tr("%1, since %2").arg(ServiceLevels::displayName(t.serviceLevel),
                                                                          showDay(t.serviceLevelHistory.first().effectiveFrom))
                                                 : tr("%1 (none recorded; the default)").arg(ServiceLevels::displayName(t.serviceLevel));
    QList<QStringList> rows{{tr("Service level"), level},
                            {tr("Named health visitor"), t.namedHealthVisitorName.isEmpty() ? tr("none") : t.namedHealthVisitorName},
                            {tr("Lead professional"), t.leadProfessional ? involvementText(*t.leadProfessional) : tr("none")},
                            {tr("Left the area"), t.leftArea ? tr("%1: %2").arg(showDay(t.leftArea), t.leftAreaReason) : tr("no")}};
    out << columns(rows, QStringLiteral("  "));
    if (!t.serviceLevelHistory.isEmpty()) {
        out << tr("Service level history, newest first");
        QList<QStringList> history;
        for (const ServiceLevelChange& h : t.serviceLevelHistory)
            history << QStringList{showDay(h.effectiveFrom), ServiceLevels::displayName(h.level), h.reason, tr("recorded by %1").arg(h.recordedByName)};
        out << columns(history, QStringLiteral("  "));
    }
    out << tr("Who is involved");
    if (involved.isEmpty())
        out << QStringLiteral("  ") + tr("No one recorded yet.");
    for (const Involvement& i : involved)
        out << QStringLiteral("  ") + involvementText(i);
    return out.join(QLatin1Char('\n'));
}

int runCare(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family");
    if (familyUuid.isEmpty())
        return usageFor(c, QStringLiteral("family care"), tr("Give the --family FAMILY_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto team = CareTeamService(*session.value()).careTeam(familyUuid);
    if (!team.ok())
        return c.out.failure(team.error());
    auto record = FamilyRecordService(*session.value()).record(familyUuid);
    const QList<Involvement> involved = record.ok() ? record.value().involved : QList<Involvement>();
    return c.out.success({{QStringLiteral("care"), careJson(team.value(), involved)}}, careText(team.value(), involved));
}

// Runs one change and reports the care team as it now is.
int finish(CliContext& c, Session& session, const QString& familyUuid, const Result<void>& done, const QString& human)
{
    if (!done.ok())
        return c.out.failure(done.error());
    auto team = CareTeamService(session).careTeam(familyUuid);
    if (!team.ok())
        return c.out.failure(team.error());
    auto record = FamilyRecordService(session).record(familyUuid);
    const QList<Involvement> involved = record.ok() ? record.value().involved : QList<Involvement>();
    return c.out.success({{QStringLiteral("care"), careJson(team.value(), involved)}}, human);
}

int runLevel(CliContext& c)
{
    const QString cmd = QStringLiteral("family level");
    const QString familyUuid = textOption(c.parser, "family");
    const QString reason = textOption(c.parser, "reason");
    auto level = tokenOption(c.parser, "level", ServiceLevels::tokens());
    auto from = dateOption(c.parser, "from");
    for (const QString& problem : {level.message(), from.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (familyUuid.isEmpty() || level.value().isEmpty() || reason.isEmpty())
        return usageFor(c, cmd, tr("family level needs --family, --level (%1) and --reason.").arg(ServiceLevels::tokens().join(QStringLiteral(", "))));
    const QDate day = from.value().value_or(QDate::currentDate());
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    CareTeamService service(*session.value());
    return finish(c, *session.value(), familyUuid, service.setServiceLevel(familyUuid, level.value(), reason, day),
                  tr("The household is at %1 from %2.").arg(ServiceLevels::displayName(level.value()), showDay(day)));
}

int runNamedHv(CliContext& c)
{
    const QString cmd = QStringLiteral("family named-hv");
    const QString familyUuid = textOption(c.parser, "family");
    const QString name = textOption(c.parser, "hv");
    const bool none = c.parser.isSet(QStringLiteral("none"));
    if (familyUuid.isEmpty() || name.isEmpty() == !none)
        return usageFor(c, cmd, tr("family named-hv needs --family and either --hv USERNAME or --none."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    User user;
    if (!none) {
        auto found = userByName(*session.value(), name, QStringLiteral("--hv"));
        if (!found.ok())
            return c.out.failure(found.error());
        user = found.value();
    }
    CareTeamService service(*session.value());
    return finish(c, *session.value(), familyUuid, service.setNamedHealthVisitor(familyUuid, user.uuid),
                  none ? tr("The household has no named health visitor now.")
                       : tr("%1 is the household's named health visitor.").arg(user.displayName));
}

int runLead(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family");
    const QString involvement = textOption(c.parser, "involvement");
    if (familyUuid.isEmpty() || involvement.isEmpty())
        return usageFor(c, QStringLiteral("family lead"),
                        tr("family lead needs --family and --involvement (family care lists each involvement's uuid)."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    CareTeamService service(*session.value());
    const Result<void> done = service.setLeadProfessional(familyUuid, involvement);
    if (!done.ok())
        return c.out.failure(done.error());
    auto team = service.careTeam(familyUuid);
    const QString who = team.ok() && team.value().leadProfessional ? team.value().leadProfessional->workerName : involvement;
    return finish(c, *session.value(), familyUuid, done, tr("%1 is the household's lead professional.").arg(who));
}

int runLeftArea(CliContext& c)
{
    const QString cmd = QStringLiteral("family left-area");
    const QString familyUuid = textOption(c.parser, "family");
    const QString reason = textOption(c.parser, "reason");
    const bool returned = c.parser.isSet(QStringLiteral("returned"));
    auto on = dateOption(c.parser, "on");
    if (!on.ok())
        return usageFor(c, cmd, on.message());
    if (familyUuid.isEmpty())
        return usageFor(c, cmd, tr("Give the --family FAMILY_UUID."));
    if (returned && (on.value() || !reason.isEmpty()))
        return usageFor(c, cmd, tr("--returned takes no --on or --reason."));
    if (!returned && (!on.value() || reason.isEmpty()))
        return usageFor(c, cmd, tr("Give --on DATE and --reason TEXT for the move, or --returned when the family is back."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    CareTeamService service(*session.value());
    return finish(c, *session.value(), familyUuid, service.recordLeftArea(familyUuid, returned ? QDate() : *on.value(), returned ? QString() : reason),
                  returned ? tr("Recorded that the household is back in the area; its contacts are scheduled again.")
                           : tr("Recorded that the household left the area on %1; its remaining contacts no longer apply.")
                                 .arg(showDay(*on.value())));
}

} // namespace

QList<CommandSpec> careCommands()
{
    const QCommandLineOption family = opt(QStringLiteral("family"), tr("The household."), tr("uuid"));
    return {
        {QStringLiteral("family care"), tr("Show who looks after a household: level, named health visitor, lead professional."),
         {family}, true, runCare, QString(), 0},
        {QStringLiteral("family level"), tr("Change a household's service level."),
         {family, opt(QStringLiteral("level"), tr("One of: %1.").arg(ServiceLevels::tokens().join(QStringLiteral(", "))), tr("level")),
          opt(QStringLiteral("reason"), tr("Why (5-500 characters)."), tr("text")),
          opt(QStringLiteral("from"), tr("The day it takes effect (default today)."), tr("date"))},
         true, runLevel, QString(), 0},
        {QStringLiteral("family named-hv"), tr("Name a household's health visitor (a health visitor or team lead), or clear it."),
         {family, opt(QStringLiteral("hv"), tr("Sign-in name of the named health visitor."), tr("username")),
          opt(QStringLiteral("none"), tr("The household has no named health visitor."))},
         true, runNamedHv, QString(), 0},
        {QStringLiteral("family lead"), tr("Make one of the people involved the household's lead professional."),
         {family, opt(QStringLiteral("involvement"), tr("The involvement (family care lists them)."), tr("uuid"))}, true, runLead, QString(), 0},
        {QStringLiteral("family left-area"), tr("Record that a household moved out of the area, or came back."),
         {family, opt(QStringLiteral("on"), tr("The day they left."), tr("date")), opt(QStringLiteral("reason"), tr("Why (5-500 characters)."), tr("text")),
          opt(QStringLiteral("returned"), tr("The household is back in the area."))},
         true, runLeftArea, QString(), 0},
    };
}

} // namespace tandem::cli
