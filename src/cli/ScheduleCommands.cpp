// schedule show / decline / not-applicable / clear: the five mandated contacts per child.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/ScheduleService.h"

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

int runShow(CliContext& c)
{
    const QString childUuid = textOption(c.parser, "child");
    const QString familyUuid = textOption(c.parser, "family");
    if (childUuid.isEmpty() == familyUuid.isEmpty())
        return usageFor(c, QStringLiteral("schedule show"), tr("Give either --child CHILD_UUID or --family FAMILY_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    ScheduleService service(*session.value());
    QList<ChildSchedule> schedules;
    if (!childUuid.isEmpty()) {
        auto one = service.forChild(childUuid);
        if (!one.ok())
            return c.out.failure(one.error());
        schedules << one.value();
    } else {
        auto all = service.forFamily(familyUuid);
        if (!all.ok())
            return c.out.failure(all.error());
        schedules = all.value();
    }
    QJsonArray children;
    for (const ChildSchedule& s : schedules)
        children.append(scheduleJson(s));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return c.out.success({{QStringLiteral("today"), today}, {QStringLiteral("children"), children}},
                         schedules.isEmpty() ? tr("This household has no children on record.") : scheduleText(schedules));
}

// decline / not-applicable share everything but the flag.
int runDecision(CliContext& c, bool declined)
{
    const QString cmd = declined ? QStringLiteral("schedule decline") : QStringLiteral("schedule not-applicable");
    const QString childUuid = textOption(c.parser, "child");
    const QString reason = textOption(c.parser, "reason");
    auto contact = tokenOption(c.parser, "contact", domain::contactTokens());
    auto on = dateOption(c.parser, "on");
    for (const QString& problem : {contact.message(), on.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (childUuid.isEmpty() || contact.value().isEmpty() || reason.isEmpty())
        return usageFor(c, cmd, tr("%1 needs --child, --contact (%2) and --reason.").arg(cmd, domain::contactTokens().join(QStringLiteral(", "))));
    const domain::MandatedContact which = *domain::contactFromToken(contact.value());
    const QDate day = on.value().value_or(QDate::currentDate());
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    ScheduleService service(*session.value());
    auto done = service.recordDecision(childUuid, which, declined, reason, day);
    if (!done.ok())
        return c.out.failure(done.error());
    QJsonObject data{{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("contact"), contact.value()}, {QStringLiteral("on"), isoDay(day)}};
    QString human = declined ? tr("Recorded that the family declined the %1 (%2).").arg(domain::contactDisplayName(which).toLower(), showDay(day))
                             : tr("Recorded that the %1 does not apply (%2).").arg(domain::contactDisplayName(which).toLower(), showDay(day));
    if (auto now = service.forChild(childUuid); now.ok()) {
        for (const domain::ScheduledContact& s : now.value().contacts)
            if (s.contact == which) {
                data.insert(QStringLiteral("scheduled"), scheduledJson(s));
                human += QLatin1Char('\n') + tr("Now: %1").arg(scheduledLine(s));
            }
    }
    return c.out.success(data, human);
}

int runDecline(CliContext& c) { return runDecision(c, true); }
int runNotApplicable(CliContext& c) { return runDecision(c, false); }

int runClear(CliContext& c)
{
    const QString cmd = QStringLiteral("schedule clear");
    const QString childUuid = textOption(c.parser, "child");
    auto contact = tokenOption(c.parser, "contact", domain::contactTokens());
    if (!contact.ok())
        return usageFor(c, cmd, contact.message());
    if (childUuid.isEmpty() || contact.value().isEmpty())
        return usageFor(c, cmd, tr("schedule clear needs --child and --contact (%1).").arg(domain::contactTokens().join(QStringLiteral(", "))));
    const domain::MandatedContact which = *domain::contactFromToken(contact.value());
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    ScheduleService service(*session.value());
    auto done = service.clearDecision(childUuid, which);
    if (!done.ok())
        return c.out.failure(done.error());
    QJsonObject data{{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("contact"), contact.value()}};
    QString human = tr("Withdrew the decision about the %1; it is scheduled again.").arg(domain::contactDisplayName(which).toLower());
    if (auto now = service.forChild(childUuid); now.ok()) {
        for (const domain::ScheduledContact& s : now.value().contacts)
            if (s.contact == which) {
                data.insert(QStringLiteral("scheduled"), scheduledJson(s));
                human += QLatin1Char('\n') + tr("Now: %1").arg(scheduledLine(s));
            }
    }
    return c.out.success(data, human);
}

} // namespace

QList<CommandSpec> scheduleCommands()
{
    const QString tokens = domain::contactTokens().join(QStringLiteral(", "));
    const QCommandLineOption child = opt(QStringLiteral("child"), tr("The child."), tr("uuid"));
    const QCommandLineOption contact = opt(QStringLiteral("contact"), tr("The mandated contact: %1.").arg(tokens), tr("contact"));
    const QCommandLineOption reason = opt(QStringLiteral("reason"), tr("Why (5-500 characters)."), tr("text"));
    const QCommandLineOption on = opt(QStringLiteral("on"), tr("The day of the decision (default today)."), tr("date"));
    return {
        {QStringLiteral("schedule show"), tr("Show the five mandated contacts of a child, or of every child in a household."),
         {child, opt(QStringLiteral("family"), tr("Every child of this household."), tr("uuid"))}, true, runShow, QString(), 0},
        {QStringLiteral("schedule decline"), tr("Record that the family declined a mandated contact."), {child, contact, reason, on}, true,
         runDecline, QString(), 0},
        {QStringLiteral("schedule not-applicable"), tr("Record that a mandated contact does not apply to a child."),
         {child, contact, reason, on}, true, runNotApplicable, QString(), 0},
        {QStringLiteral("schedule clear"), tr("Withdraw a decline or not-applicable decision, so the contact is scheduled again."),
         {child, contact}, true, runClear, QString(), 0},
    };
}

} // namespace tandem::cli
