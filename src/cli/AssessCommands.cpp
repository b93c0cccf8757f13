// assess asq3|asqse|wellcomm|eyfs add / list, assess list / show / follow-up / interval.
#include "AssessOptions.h"
#include "AssessView.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/InstrumentService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

// What every add command reads: the child, the day, free text, the practitioner, --dry-run.
struct Common {
    QString childUuid;
    QDate on;
    QString concerns;
    QString plan;
    QString practitioner; // a user name; empty: you
    bool dryRun = false;
};

// A usage message, or empty when the common options are all readable and present.
QString readCommon(CliContext& c, Common* common)
{
    auto date = dateOption(c.parser, "date");
    if (!date.ok())
        return date.message();
    common->childUuid = textOption(c.parser, "child");
    if (common->childUuid.isEmpty() || !date.value())
        return tr("Give the child and the day: --child CHILD_UUID --date DATE (dd/mm/yyyy or yyyy-mm-dd).");
    common->on = *date.value();
    common->concerns = textOption(c.parser, "concerns");
    common->plan = textOption(c.parser, "plan");
    // Options found on the command line: eyfs add takes neither of these two.
    const QStringList found = c.parser.optionNames();
    common->practitioner = found.contains(QStringLiteral("practitioner")) ? textOption(c.parser, "practitioner") : QString();
    common->dryRun = found.contains(QStringLiteral("dry-run"));
    return {};
}

// The practitioner's user uuid (empty: the signed-in user).
Result<QString> practitionerUuid(Session& s, const Common& common)
{
    if (common.practitioner.isEmpty())
        return QString();
    auto user = userByName(s, common.practitioner, QStringLiteral("--practitioner"));
    TANDEM_TRY(user);
    return user.value().uuid;
}

QString childName(const Child& child) { return child.givenName + QLatin1Char(' ') + child.familyName; }

// Prints an assessment just stored (or checked, for --dry-run) with the definitions in force.
int reportAdded(CliContext& c, Session& s, const Result<Assessment>& done, bool dryRun)
{
    if (!done.ok())
        return c.out.failure(done.error());
    auto definitions = InstrumentService(s).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    const Assessment& a = done.value();
    auto child = FamilyRecordService(s).child(a.childUuid);
    const QString name = child.ok() ? childName(child.value()) : a.childUuid;
    const QString kind = AssessmentKinds::displayName(a.kind);
    const QString first = dryRun ? tr("Checked the %1 for %2; this was a dry run, so nothing was recorded.").arg(kind, name)
                                 : tr("Recorded the %1 for %2: assessment %3.").arg(kind, name, a.uuid);
    return c.out.success({{QStringLiteral("assessment"), assessmentJson(a, definitions.value())}, {QStringLiteral("dry_run"), dryRun}},
                         first + QStringLiteral("\n\n") + assessmentText(a, definitions.value()));
}

// Unlocks, names the practitioner and fills what every questionnaire and screen shares; `fill`
// adds the rest. With --dry-run the draft is checked and scored, not stored.
template <typename Draft, typename Fill, typename Preview, typename Add>
int addAssessment(CliContext& c, const Common& common, Fill fill, Preview preview, Add add)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto practitioner = practitionerUuid(s, common);
    if (!practitioner.ok())
        return c.out.failure(practitioner.error());
    Draft draft;
    draft.childUuid = common.childUuid;
    draft.assessedOn = common.on;
    draft.practitionerUserUuid = practitioner.value();
    draft.parentConcerns = common.concerns;
    draft.followUpPlan = common.plan;
    fill(draft);
    AssessmentService service(s);
    return reportAdded(c, s, common.dryRun ? (service.*preview)(draft) : (service.*add)(draft), common.dryRun);
}

int runAsq3Add(CliContext& c)
{
    const QString cmd = QStringLiteral("assess asq3 add");
    Common common;
    if (const QString problem = readCommon(c, &common); !problem.isEmpty())
        return usageFor(c, cmd, problem);
    auto interval = wholeNumberOption(c.parser, "interval");
    if (!interval.ok())
        return usageFor(c, cmd, interval.message());
    // The domain keys are fixed by the shipped definition (only thresholds are corrected in a store).
    auto shipped = domain::InstrumentFiles::builtIn();
    if (!shipped.ok())
        return c.out.failure(shipped.error());
    auto entry = asq3EntryOptions(c.parser, shipped.value().asq3);
    if (!entry.ok())
        return usageFor(c, cmd, entry.message());

    return addAssessment<Asq3Draft>(
        c, common,
        [&](Asq3Draft& d) {
            d.intervalMonths = interval.value();
            d.entryMode = entry.value().mode;
            d.domains = entry.value().domains;
        },
        &AssessmentService::previewAsq3, &AssessmentService::addAsq3);
}

int runAsqSeAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("assess asqse add");
    Common common;
    if (const QString problem = readCommon(c, &common); !problem.isEmpty())
        return usageFor(c, cmd, problem);
    auto interval = wholeNumberOption(c.parser, "interval");
    auto total = numberOption(c.parser, "total");
    auto omitted = wholeNumberOption(c.parser, "omitted");
    for (const QString& problem : {interval.message(), total.message(), omitted.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (!total.value())
        return usageFor(c, cmd, tr("Give the questionnaire's --total (a multiple of 5)."));

    return addAssessment<AsqSe2Draft>(
        c, common,
        [&](AsqSe2Draft& d) {
            d.intervalMonths = interval.value();
            d.total = total.value();
            d.omittedItems = omitted.value().value_or(0);
            d.totalAdjustedPerGuide = c.parser.isSet(QStringLiteral("adjusted-per-guide"));
        },
        &AssessmentService::previewAsqSe2, &AssessmentService::addAsqSe2);
}

int runWellCommAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("assess wellcomm add");
    Common common;
    if (const QString problem = readCommon(c, &common); !problem.isEmpty())
        return usageFor(c, cmd, problem);
    auto screenings = screeningOptions(c.parser);
    if (!screenings.ok())
        return usageFor(c, cmd, screenings.message());
    if (screenings.value().isEmpty())
        return usageFor(c, cmd, tr("Give each section screened, in order: --screen SECTION=red|amber|green (the age section first)."));

    return addAssessment<WellCommDraft>(
        c, common,
        [&](WellCommDraft& d) {
            d.screenings = screenings.value();
            d.parentConcern = c.parser.isSet(QStringLiteral("parent-concern"));
            d.practitionerConcern = c.parser.isSet(QStringLiteral("practitioner-concern"));
        },
        &AssessmentService::previewWellComm, &AssessmentService::addWellComm);
}

int runEyfsAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("assess eyfs add");
    Common common;
    if (const QString problem = readCommon(c, &common); !problem.isEmpty())
        return usageFor(c, cmd, problem);
    const QString by = textOption(c.parser, "by");
    const QString setting = textOption(c.parser, "setting");
    if (by.isEmpty() || setting.isEmpty())
        return usageFor(c, cmd, tr("Say who completed the check and where: --by NAME --setting NAME."));
    auto shipped = domain::InstrumentFiles::builtIn();
    if (!shipped.ok())
        return c.out.failure(shipped.error());
    auto areas = eyfsAreaOptions(c.parser, shipped.value().eyfs);
    if (!areas.ok())
        return usageFor(c, cmd, areas.message());

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    EyfsDraft draft;
    draft.childUuid = common.childUuid;
    draft.completedOn = common.on;
    draft.completedByName = by;
    draft.setting = setting;
    draft.parentAgreedToShare = c.parser.isSet(QStringLiteral("parent-agreed-share"));
    draft.areas = areas.value();
    draft.parentConcerns = common.concerns;
    draft.followUpPlan = common.plan;
    return reportAdded(c, s, AssessmentService(s).addEyfs(draft), false);
}

int runList(CliContext& c, const QString& cmd, std::optional<AssessmentKind> kind)
{
    const QString childUuid = textOption(c.parser, "child");
    if (childUuid.isEmpty())
        return usageFor(c, cmd, tr("Give the child: --child CHILD_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto child = FamilyRecordService(s).child(childUuid);
    if (!child.ok())
        return c.out.failure(child.error());
    AssessmentService service(s);
    auto list = kind ? service.forChild(childUuid, *kind) : service.forChild(childUuid);
    if (!list.ok())
        return c.out.failure(list.error());
    auto definitions = InstrumentService(s).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    QJsonArray json;
    const QString what = kind ? tr("%1 assessments").arg(AssessmentKinds::displayName(*kind)) : tr("Assessments");
    QStringList text{tr("%1 of %2, newest first: %3").arg(what, childName(child.value())).arg(list.value().size())};
    for (const Assessment& a : list.value()) {
        json.append(assessmentJson(a, definitions.value()));
        text << QString() << assessmentText(a, definitions.value());
    }
    return c.out.success({{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("assessments"), json}}, text.join(QLatin1Char('\n')));
}

int runListAll(CliContext& c) { return runList(c, QStringLiteral("assess list"), std::nullopt); }
int runListAsq3(CliContext& c) { return runList(c, QStringLiteral("assess asq3 list"), AssessmentKind::Asq3); }
int runListAsqSe(CliContext& c) { return runList(c, QStringLiteral("assess asqse list"), AssessmentKind::AsqSe2); }
int runListWellComm(CliContext& c) { return runList(c, QStringLiteral("assess wellcomm list"), AssessmentKind::WellComm); }
int runListEyfs(CliContext& c) { return runList(c, QStringLiteral("assess eyfs list"), AssessmentKind::Eyfs); }

int runShow(CliContext& c)
{
    const QString uuid = c.arguments.value(0).trimmed();
    if (uuid.isEmpty())
        return usageFor(c, QStringLiteral("assess show"), tr("Give the ASSESSMENT_UUID (assess list shows it)."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto a = AssessmentService(s).assessment(uuid);
    if (!a.ok())
        return c.out.failure(a.error());
    auto definitions = InstrumentService(s).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    auto child = FamilyRecordService(s).child(a.value().childUuid);
    const QString name = child.ok() ? childName(child.value()) : a.value().childUuid;
    return c.out.success({{QStringLiteral("assessment"), assessmentJson(a.value(), definitions.value())}},
                         tr("%1 of %2").arg(AssessmentKinds::displayName(a.value().kind), name) + QStringLiteral("\n")
                             + assessmentText(a.value(), definitions.value()));
}

int runFollowUp(CliContext& c)
{
    const QString uuid = c.arguments.value(0).trimmed();
    const QString plan = textOption(c.parser, "plan");
    if (uuid.isEmpty() || plan.isEmpty())
        return usageFor(c, QStringLiteral("assess follow-up"), tr("assess follow-up needs an ASSESSMENT_UUID and --plan TEXT."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto done = AssessmentService(s).recordFollowUp(uuid, plan);
    if (!done.ok())
        return c.out.failure(done.error());
    auto definitions = InstrumentService(s).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    return c.out.success({{QStringLiteral("assessment"), assessmentJson(done.value(), definitions.value())}},
                         tr("Recorded the follow-up plan for the %1.").arg(assessmentLine(done.value())));
}

int runInterval(CliContext& c)
{
    const QString cmd = QStringLiteral("assess interval");
    const QString childUuid = textOption(c.parser, "child");
    auto date = dateOption(c.parser, "date");
    auto instrument = instrumentOption(c.parser, "instrument", {QStringLiteral("asq3"), QStringLiteral("asqse2"), QStringLiteral("wellcomm")});
    for (const QString& problem : {date.message(), instrument.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (childUuid.isEmpty() || !date.value())
        return usageFor(c, cmd, tr("Give the child and the day: --child CHILD_UUID --date DATE."));
    const QDate on = *date.value();
    const QString token = instrument.value().isEmpty() ? QStringLiteral("asq3") : instrument.value();
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto child = FamilyRecordService(s).child(childUuid);
    if (!child.ok())
        return c.out.failure(child.error());
    const QString name = childName(child.value());
    AssessmentService service(s);
    QJsonObject data{{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("instrument"), token}, {QStringLiteral("on"), isoDay(on)}};

    if (token == QLatin1String("wellcomm")) {
        auto section = service.wellCommSection(childUuid, on);
        if (!section.ok())
            return c.out.failure(section.error());
        data.insert(QStringLiteral("age_section"), section.value());
        return c.out.success(data, tr("WellComm for %1 on %2: start with section %3, the age-appropriate section.")
                                       .arg(name, showDay(on))
                                       .arg(section.value()));
    }
    const bool asq3 = token == QLatin1String("asq3");
    auto choice = asq3 ? service.asq3Interval(childUuid, on) : service.asqSe2Interval(childUuid, on);
    if (!choice.ok())
        return c.out.failure(choice.error());
    auto definitions = InstrumentService(s).definitions();
    if (!definitions.ok())
        return c.out.failure(definitions.error());
    const domain::IntervalChoice& ic = choice.value();
    const QJsonObject interval = intervalJson(ic);
    for (auto it = interval.constBegin(); it != interval.constEnd(); ++it)
        data.insert(it.key(), it.value());
    const QString kind = asq3 ? AssessmentKinds::displayName(AssessmentKind::Asq3) : AssessmentKinds::displayName(AssessmentKind::AsqSe2);
    QStringList text;
    if (!ic.months) {
        text << tr("No %1 questionnaire fits %2 on %3.").arg(kind, name, showDay(on));
    } else {
        text << tr("%1 for %2 on %3: the %4-month questionnaire.").arg(kind, name, showDay(on)).arg(*ic.months);
        // The window that made the choice, and whether it is verified.
        const domain::AgeWindow* window = nullptr;
        if (asq3) {
            if (const auto* i = definitions.value().asq3.interval(*ic.months))
                window = &i->window;
        } else if (const auto* i = definitions.value().asqSe2.interval(*ic.months)) {
            window = &i->window;
        }
        if (window) {
            data.insert(QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("months"), window->from.months},
                                                                                                  {QStringLiteral("days"), window->from.days}}},
                                                              {QStringLiteral("to"), QJsonObject{{QStringLiteral("months"), window->to.months},
                                                                                                {QStringLiteral("days"), window->to.days}}},
                                                              {QStringLiteral("verified"), window->verified},
                                                              {QStringLiteral("source"), window->source}});
            if (!window->verified)
                text << QStringLiteral("  ") + tr("The %1-month window is unverified: %2").arg(*ic.months).arg(window->source);
        }
    }
    text.insert(1, QStringLiteral("  ") + ic.reason);
    QStringList others;
    for (int m : ic.candidates)
        if (!ic.months || m != *ic.months)
            others << QString::number(m);
    if (!others.isEmpty() && ic.months)
        text << QStringLiteral("  ") + tr("Also within their windows: the %1-month questionnaires (give --interval to use one).").arg(others.join(QStringLiteral(", ")));
    return c.out.success(data, text.join(QLatin1Char('\n')));
}

} // namespace

QList<CommandSpec> assessCommands()
{
    const QCommandLineOption child = opt(QStringLiteral("child"), tr("The child."), tr("uuid"));
    const QCommandLineOption date = opt(QStringLiteral("date"), tr("The day of the assessment (dd/mm/yyyy or yyyy-mm-dd); not in the future."), tr("date"));
    const QCommandLineOption interval = opt(QStringLiteral("interval"), tr("The questionnaire (months); default chosen from the child's age that day."), tr("months"));
    const QCommandLineOption concerns = opt(QStringLiteral("concerns"), tr("The parent's concerns or views, as told."), tr("text"));
    const QCommandLineOption plan = opt(QStringLiteral("plan"), tr("The follow-up plan (may be added later with assess follow-up)."), tr("text"));
    const QCommandLineOption practitioner = opt(QStringLiteral("practitioner"), tr("Sign-in name of who did it (default: you)."), tr("username"));
    const QCommandLineOption dryRun = opt(QStringLiteral("dry-run"), tr("Check and score it, and show the result, without recording anything."));

    CommandSpec asq3{QStringLiteral("assess asq3 add"), tr("Record an ASQ-3 from item answers or domain totals."),
                     {child, date,
                      opt(QStringLiteral("answers"),
                          tr("A domain's six answers, DOMAIN=LETTERS with Y, S, N or - (not answered), e.g. communication=YYSSN-; repeat for "
                             "each domain or separate with commas."),
                          tr("answers")),
                      opt(QStringLiteral("totals"), tr("A domain's total 0-60, DOMAIN=N, e.g. communication=45; repeat or separate with commas."),
                          tr("totals")),
                      interval, concerns, plan, practitioner, dryRun},
                     true, runAsq3Add, QString(), 0};
    const QList<QCommandLineOption> asqseOptions{
        child, date, opt(QStringLiteral("total"), tr("The questionnaire's total (a multiple of 5; higher is more concern)."), tr("total")),
        opt(QStringLiteral("omitted"), tr("How many items the parent left blank (default 0)."), tr("count")),
        opt(QStringLiteral("adjusted-per-guide"), tr("More than 2 items were left blank and the total was adjusted as the User's Guide describes.")),
        interval, concerns, plan, practitioner, dryRun};
    CommandSpec asqse{QStringLiteral("assess asqse add"), tr("Record an ASQ:SE-2 total."), asqseOptions, true, runAsqSeAdd, QString(), 0};
    CommandSpec asqse2{QStringLiteral("assess asqse2 add"), tr("Same as assess asqse add."), asqseOptions, true, runAsqSeAdd, QString(), 0};
    asqse2.hidden = true;
    CommandSpec wellcomm{QStringLiteral("assess wellcomm add"), tr("Record a WellComm screening: each section screened and its colour."),
                         {child, date,
                          opt(QStringLiteral("screen"),
                              tr("A section screened and its result, SECTION=red|amber|green, in the order screened (the age section first)."),
                              tr("result")),
                          opt(QStringLiteral("parent-concern"), tr("The parent is concerned about the child's speech, language or communication.")),
                          opt(QStringLiteral("practitioner-concern"), tr("You are concerned about the child's speech, language or communication.")),
                          concerns, plan, practitioner, dryRun},
                         true, runWellCommAdd, QString(), 0};
    CommandSpec eyfs{QStringLiteral("assess eyfs add"), tr("Record the setting's EYFS progress check at two."),
                     {child, opt(QStringLiteral("date"), tr("The day the check was completed (dd/mm/yyyy or yyyy-mm-dd)."), tr("date")),
                      opt(QStringLiteral("by"), tr("Who at the setting completed it."), tr("name")),
                      opt(QStringLiteral("setting"), tr("The early-years setting."), tr("name")),
                      opt(QStringLiteral("parent-agreed-share"), tr("The parent agreed to share the check with the health visitor.")),
                      opt(QStringLiteral("area"), tr("A prime area's status, AREA=STATUS, e.g. physical=on-track; one for each prime area."), tr("status")),
                      opt(QStringLiteral("summary"), tr("The setting's short summary of a prime area, AREA=TEXT; one for each."), tr("summary")),
                      opt(QStringLiteral("concerns"), tr("The parent's comments."), tr("text")),
                      opt(QStringLiteral("plan"), tr("What the setting will do."), tr("text"))},
                     true, runEyfsAdd, QString(), 0};

    const QList<QCommandLineOption> listOptions{child};
    CommandSpec listAsqse2{QStringLiteral("assess asqse2 list"), tr("Same as assess asqse list."), listOptions, true, runListAsqSe, QString(), 0};
    listAsqse2.hidden = true;
    return {
        asq3,
        {QStringLiteral("assess asq3 list"), tr("List a child's ASQ-3s, newest first."), listOptions, true, runListAsq3, QString(), 0},
        asqse,
        asqse2,
        {QStringLiteral("assess asqse list"), tr("List a child's ASQ:SE-2s, newest first."), listOptions, true, runListAsqSe, QString(), 0},
        listAsqse2,
        wellcomm,
        {QStringLiteral("assess wellcomm list"), tr("List a child's WellComm screenings, newest first."), listOptions, true, runListWellComm,
         QString(), 0},
        eyfs,
        {QStringLiteral("assess eyfs list"), tr("List a child's EYFS progress checks, newest first."), listOptions, true, runListEyfs, QString(), 0},
        {QStringLiteral("assess list"), tr("List every assessment of a child, newest first."), listOptions, true, runListAll, QString(), 0},
        {QStringLiteral("assess show"), tr("Show one assessment."), {}, true, runShow, QStringLiteral("ASSESSMENT_UUID"), 1},
        {QStringLiteral("assess follow-up"), tr("Record the follow-up plan for an assessment."),
         {opt(QStringLiteral("plan"), tr("The plan (5-2000 characters)."), tr("text"))}, true, runFollowUp, QStringLiteral("ASSESSMENT_UUID"), 1},
        {QStringLiteral("assess interval"), tr("Which ASQ-3 or ASQ:SE-2 questionnaire (or WellComm section) fits a child on a day, and why."),
         {child, opt(QStringLiteral("date"), tr("The day (dd/mm/yyyy or yyyy-mm-dd)."), tr("date")),
          opt(QStringLiteral("instrument"), tr("asq3 (default), asqse or wellcomm."), tr("instrument"))},
         true, runInterval, QString(), 0},
    };
}

} // namespace tandem::cli
