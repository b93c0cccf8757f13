// caseload: a worker's families, or with --day the day plan.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/CaseloadService.h"

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

QString flagKind(AssessmentFlag::Kind kind)
{
    switch (kind) {
    case AssessmentFlag::Kind::NoFollowUp: return QStringLiteral("no-follow-up");
    case AssessmentFlag::Kind::ReviewDue: return QStringLiteral("review-due");
    case AssessmentFlag::Kind::ConsentExpiring: return QStringLiteral("consent-expiring");
    }
    return QStringLiteral("review-due");
}

QJsonObject childJson(const CaseloadChild& c, bool openOnly)
{
    QJsonArray schedule;
    for (const domain::ScheduledContact& s : c.schedule)
        if (!openOnly || domain::isOpen(s.status))
            schedule.append(scheduledJson(s));
    QJsonArray flags;
    for (const AssessmentFlag& f : c.flags)
        flags.append(QJsonObject{
            {QStringLiteral("kind"), flagKind(f.kind)},
            {QStringLiteral("assessment_uuid"), f.assessmentUuid.isEmpty() ? QJsonValue() : QJsonValue(f.assessmentUuid)},
            {QStringLiteral("text"), f.text}});
    return {{QStringLiteral("uuid"), c.uuid}, {QStringLiteral("name"), c.name}, {QStringLiteral("date_of_birth"), isoDay(c.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), isoDay(c.expectedDelivery)},
            {openOnly ? QStringLiteral("due") : QStringLiteral("schedule"), schedule}, {QStringLiteral("flags"), flags}};
}

QJsonObject entryJson(const CaseloadEntry& e)
{
    QJsonArray children;
    for (const CaseloadChild& c : e.children)
        children.append(childJson(c, false));
    QJsonValue next;
    if (e.next) {
        QJsonObject n = scheduledJson(*e.next);
        n.insert(QStringLiteral("child_uuid"), e.nextChildUuid);
        n.insert(QStringLiteral("child_name"), e.nextChildName);
        next = n;
    }
    return {{QStringLiteral("family_uuid"), e.familyUuid}, {QStringLiteral("family_name"), e.familyName},
            {QStringLiteral("address_line"), e.addressLine}, {QStringLiteral("postcode"), e.postcode},
            {QStringLiteral("level"), e.serviceLevel}, {QStringLiteral("level_name"), ServiceLevels::displayName(e.serviceLevel)},
            {QStringLiteral("overdue_count"), e.overdueCount}, {QStringLiteral("due_this_week"), e.dueThisWeek},
            {QStringLiteral("flag_count"), e.flagCount}, {QStringLiteral("next"), next}, {QStringLiteral("last_contact"), isoDay(e.lastContact)},
            {QStringLiteral("next_appointment"), e.nextAppointment ? QJsonValue(localIso(*e.nextAppointment)) : QJsonValue()},
            {QStringLiteral("children"), children}};
}

QString caseloadText(const Caseload& load, int overdueFamilies, int dueThisWeek)
{
    QStringList out{tr("Caseload of %1 on %2").arg(load.workerName, showDay(load.today))};
    if (!load.entries.isEmpty()) {
        QList<QStringList> rows{{tr("Family"), tr("Postcode"), tr("Level"), tr("Next contact"), tr("Overdue"), tr("Flags"), tr("Last contact"),
                                 tr("Household")}};
        for (const CaseloadEntry& e : load.entries) {
            const QString next = e.next ? tr("%1: %2, %3, due by %4")
                                              .arg(e.nextChildName.section(QLatin1Char(' '), 0, 0), domain::contactDisplayName(e.next->contact),
                                                   domain::statusDisplayName(e.next->status).toLower(), showDay(e.next->dueBy))
                                        : tr("nothing due");
            rows << QStringList{e.familyName, e.postcode, ServiceLevels::displayName(e.serviceLevel), next,
                                QString::number(e.overdueCount), QString::number(e.flagCount), showDay(e.lastContact), e.familyUuid};
        }
        out << columns(rows);
        // Development flags in words, under the table, so a script and a person both see why.
        for (const CaseloadEntry& e : load.entries)
            for (const CaseloadChild& child : e.children)
                for (const AssessmentFlag& f : child.flags)
                    out << tr("Flag: %1 (%2): %3").arg(child.name, e.familyName, f.text);
    }
    out << tr("%1 of %2 families shown; %3 with overdue contacts; %4 with a contact due this week.")
               .arg(load.entries.size())
               .arg(load.familiesHeld)
               .arg(overdueFamilies)
               .arg(dueThisWeek);
    return out.join(QLatin1Char('\n'));
}

QJsonObject visitJson(const DayPlanVisit& v)
{
    QJsonArray children, actions;
    for (const CaseloadChild& child : v.children)
        children.append(childJson(child, true));
    for (const FollowUpAction& a : v.openActions)
        actions.append(actionJson(a));
    return {{QStringLiteral("appointment"), appointmentJson(v.appointment)}, {QStringLiteral("family_name"), v.familyName},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("line1"), v.address.line1}, {QStringLiteral("line2"), textOrNull(v.address.line2)},
                                                    {QStringLiteral("town"), textOrNull(v.address.town)}, {QStringLiteral("postcode"), v.address.postcode}}},
            {QStringLiteral("phones"), QJsonArray::fromStringList(v.phoneNumbers)}, {QStringLiteral("main_language"), textOrNull(v.mainLanguage)},
            {QStringLiteral("interpreter_needed"), v.interpreterNeeded}, {QStringLiteral("accessibility_needs"), textOrNull(v.accessibilityNeeds)},
            {QStringLiteral("level"), v.serviceLevel}, {QStringLiteral("children"), children}, {QStringLiteral("open_actions"), actions},
            {QStringLiteral("last_contact"), isoDay(v.lastContact)}};
}

QString visitText(const DayPlanVisit& v)
{
    const Appointment& a = v.appointment;
    const QString end = a.startsAt.addSecs(qint64(a.durationMinutes) * 60).toString(QStringLiteral("HH:mm"));
    QStringList out{tr("%1–%2  %3: %4, %5  (appointment %6)")
                        .arg(a.startsAt.toString(QStringLiteral("HH:mm")), end, v.familyName, ContactTypes::displayName(a.type),
                             ContactPlaces::displayName(a.place), a.uuid)};
    QStringList address{v.address.line1};
    for (const QString& part : {v.address.line2, v.address.town, v.address.postcode})
        if (!part.isEmpty())
            address << part;
    QList<QStringList> rows{{tr("Address"), address.join(QStringLiteral(", "))},
                            {tr("Phones"), v.phoneNumbers.isEmpty() ? tr("none recorded") : v.phoneNumbers.join(QStringLiteral("; "))}};
    QString language = v.mainLanguage.isEmpty() ? tr("not recorded") : v.mainLanguage;
    if (v.interpreterNeeded)
        language += tr("; interpreter needed");
    rows << QStringList{tr("Language"), language};
    if (!v.accessibilityNeeds.isEmpty())
        rows << QStringList{tr("Access"), v.accessibilityNeeds};
    rows << QStringList{tr("Level"), ServiceLevels::displayName(v.serviceLevel)};
    for (const CaseloadChild& child : v.children) {
        QStringList due;
        for (const domain::ScheduledContact& s : child.schedule)
            if (domain::isOpen(s.status))
                due << scheduledLine(s);
        rows << QStringList{tr("Child"), tr("%1 (%2): %3").arg(child.name, child.dateOfBirth ? tr("born %1").arg(showDay(*child.dateOfBirth))
                                                                                            : tr("due %1").arg(showDay(child.expectedDelivery)),
                                                                due.isEmpty() ? tr("no mandated contact due") : due.join(QStringLiteral("; ")))};
    }
    for (const FollowUpAction& action : v.openActions)
        rows << QStringList{tr("Action"), actionText(action)};
    rows << QStringList{tr("Purpose"), a.purpose.isEmpty() ? tr("not given") : a.purpose};
    rows << QStringList{tr("Last seen"), showDay(v.lastContact)};
    out << columns(rows, QStringLiteral("  "));
    return out.join(QLatin1Char('\n'));
}

int runCaseloadCommand(CliContext& c)
{
    auto day = dateOption(c.parser, "day");
    auto level = tokenOption(c.parser, "level", ServiceLevels::tokens());
    for (const QString& problem : {day.message(), level.message()})
        if (!problem.isEmpty())
            return c.out.usage(problem + QLatin1Char(' ') + tr("See tandem-cli caseload --help."));
    const bool filtered = !level.value().isEmpty() || c.parser.isSet(QStringLiteral("overdue")) ||
                          c.parser.isSet(QStringLiteral("due-this-week")) || c.parser.isSet(QStringLiteral("flagged"));
    if (day.value() && filtered)
        return c.out.usage(tr("--level, --overdue, --due-this-week and --flagged filter the caseload; the day plan (--day) lists every "
                              "visit of the day."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    QString worker;
    if (const QString name = textOption(c.parser, "worker"); !name.isEmpty()) {
        auto user = userByName(s, name, QStringLiteral("--worker"));
        if (!user.ok())
            return c.out.failure(user.error());
        worker = user.value().uuid;
    }
    CaseloadService service(s);
    if (day.value()) {
        auto plan = service.dayPlan(*day.value(), worker);
        if (!plan.ok())
            return c.out.failure(plan.error());
        QJsonArray visits;
        QStringList text{tr("Day plan for %1, %2. Visits: %3").arg(plan.value().workerName, showDay(plan.value().date)).arg(plan.value().visits.size())};
        for (const DayPlanVisit& v : plan.value().visits) {
            visits.append(visitJson(v));
            text << QString() << visitText(v);
        }
        return c.out.success({{QStringLiteral("worker"), QJsonObject{{QStringLiteral("uuid"), plan.value().workerUserUuid},
                                                                     {QStringLiteral("name"), plan.value().workerName}}},
                              {QStringLiteral("date"), isoDay(plan.value().date)}, {QStringLiteral("visits"), visits}},
                             text.join(QLatin1Char('\n')));
    }
    CaseloadFilter filter;
    filter.workerUserUuid = worker;
    filter.serviceLevel = level.value();
    filter.overdueOnly = c.parser.isSet(QStringLiteral("overdue"));
    filter.dueThisWeek = c.parser.isSet(QStringLiteral("due-this-week"));
    filter.flaggedOnly = c.parser.isSet(QStringLiteral("flagged"));
    auto load = service.caseload(filter);
    if (!load.ok())
        return c.out.failure(load.error());
    QJsonArray families;
    int overdue = 0, thisWeek = 0;
    for (const CaseloadEntry& e : load.value().entries) {
        families.append(entryJson(e));
        overdue += e.overdueCount > 0 ? 1 : 0;
        thisWeek += e.dueThisWeek ? 1 : 0;
    }
    return c.out.success({{QStringLiteral("worker"), QJsonObject{{QStringLiteral("uuid"), load.value().workerUserUuid},
                                                                 {QStringLiteral("name"), load.value().workerName}}},
                          {QStringLiteral("today"), isoDay(load.value().today)}, {QStringLiteral("families_held"), load.value().familiesHeld},
                          {QStringLiteral("shown"), families.size()}, {QStringLiteral("with_overdue"), overdue},
                          {QStringLiteral("due_this_week"), thisWeek}, {QStringLiteral("families"), families}},
                         caseloadText(load.value(), overdue, thisWeek));
}

} // namespace

QList<CommandSpec> caseloadCommands()
{
    return {{QStringLiteral("caseload"), tr("Show a worker's caseload, or with --day their day plan."),
             {opt(QStringLiteral("worker"), tr("Whose caseload (default yours; others' need a team lead or administrator)."), tr("username")),
              opt(QStringLiteral("level"), tr("Only families at this service level: %1.").arg(ServiceLevels::tokens().join(QStringLiteral(", "))),
                  tr("level")),
              opt(QStringLiteral("overdue"), tr("Only families with an overdue mandated contact.")),
              opt(QStringLiteral("due-this-week"), tr("Only families with a mandated contact due in the next 7 days.")),
              opt(QStringLiteral("flagged"), tr("Only flagged families: an assessment needing follow-up with no plan, a 12-month or "
                                                "2-2½ year review due, or a consent to share due for review within 30 days.")),
              opt(QStringLiteral("day"), tr("The day plan for this day (YYYY-MM-DD) instead of the caseload."), tr("date"))},
             true, runCaseloadCommand, QString(), 0}};
}

} // namespace tandem::cli
