// consent add / list / withdraw, safeguarding add / list.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "SharingOptions.h"
#include "SharingView.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/ConsentService.h"
#include "tandem/services/FamilyRecordService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

// The first of the named options that was left out, as "--name"; empty when all are there.
QString firstMissing(const QCommandLineParser& parser, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (textOption(parser, name).isEmpty())
            return QStringLiteral("--") + QLatin1String(name);
    return {};
}

// The household named by --family, or the one of --child; its children's names for display.
struct Household {
    QString familyUuid;
    QHash<QString, QString> children;
};

Result<Household> household(Session& s, const QString& familyUuid, const QString& childUuid)
{
    FamilyRecordService records(s);
    auto record = childUuid.isEmpty() ? records.record(familyUuid) : records.recordForChild(childUuid);
    TANDEM_TRY(record);
    return Household{record.value().family.uuid, childNames(record.value())};
}

int runConsentAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("consent add");
    const QString familyUuid = textOption(c.parser, "family"), childUuid = textOption(c.parser, "child");
    if (familyUuid.isEmpty() == childUuid.isEmpty())
        return usageFor(c, cmd, tr("Give either --family FAMILY_UUID (consent for every child of the household) or --child CHILD_UUID."));
    auto categories = categoriesOption(c.parser, "categories");
    auto method = tokenOption(c.parser, "method", ConsentMethods::tokens());
    auto given = dateOption(c.parser, "given");
    auto review = dateOption(c.parser, "review");
    for (const QString& problem : {categories.message(), method.message(), given.message(), review.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (const QString missing = firstMissing(c.parser, {"given-by", "partners", "categories", "purpose", "method", "given", "review"});
        !missing.isEmpty())
        return usageFor(c, cmd, tr("consent add needs %1.").arg(missing));

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto home = household(s, familyUuid, childUuid);
    if (!home.ok())
        return c.out.failure(home.error());
    Consent draft;
    draft.familyUuid = home.value().familyUuid;
    draft.childUuid = childUuid;
    draft.givenByPersonUuid = textOption(c.parser, "given-by");
    draft.partnerCodes = codesOption(c.parser, "partners");
    draft.categories = categories.value();
    draft.purpose = textOption(c.parser, "purpose");
    draft.method = method.value();
    draft.givenOn = *given.value();
    draft.reviewOn = *review.value();
    ConsentService service(s);
    auto done = service.record(draft);
    if (!done.ok())
        return c.out.failure(done.error());
    auto view = service.consent(done.value().uuid);
    if (!view.ok())
        return c.out.failure(view.error());
    return c.out.success({{QStringLiteral("consent"), consentJson(view.value())}},
                         tr("Recorded consent %1.").arg(done.value().uuid) + QLatin1Char('\n')
                             + consentText(view.value(), home.value().children));
}

int runConsentList(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family"), childUuid = textOption(c.parser, "child");
    if (familyUuid.isEmpty() == childUuid.isEmpty())
        return usageFor(c, QStringLiteral("consent list"), tr("Give either --family FAMILY_UUID or --child CHILD_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto home = household(s, familyUuid, childUuid);
    if (!home.ok())
        return c.out.failure(home.error());
    auto consents = ConsentService(s).forFamily(home.value().familyUuid);
    if (!consents.ok())
        return c.out.failure(consents.error());
    QJsonArray list;
    QStringList text{tr("Consents to share for this household, newest first: %1").arg(consents.value().size())};
    for (const ConsentView& v : consents.value()) {
        list.append(consentJson(v));
        text << QString() << consentText(v, home.value().children);
    }
    return c.out.success({{QStringLiteral("family_uuid"), home.value().familyUuid}, {QStringLiteral("consents"), list}},
                         text.join(QLatin1Char('\n')));
}

int runConsentWithdraw(CliContext& c)
{
    const QString cmd = QStringLiteral("consent withdraw");
    const QString uuid = c.arguments.value(0).trimmed();
    auto on = dateOption(c.parser, "on");
    if (!on.ok())
        return usageFor(c, cmd, on.message());
    const QString reason = textOption(c.parser, "reason");
    if (uuid.isEmpty() || !on.value() || reason.isEmpty())
        return usageFor(c, cmd, tr("consent withdraw needs the CONSENT_UUID, --on DATE and --reason TEXT."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    ConsentService service(*session.value());
    auto done = service.withdraw(uuid, *on.value(), reason);
    if (!done.ok())
        return c.out.failure(done.error());
    auto view = service.consent(uuid);
    if (!view.ok())
        return c.out.failure(view.error());
    const Consent& w = view.value().consent;
    return c.out.success({{QStringLiteral("consent"), consentJson(view.value())}},
                         tr("Withdrew consent %1 on %2. Nothing more is sent under it; a partner that received data under it is told at "
                            "the next export to them (%3) and removes it.")
                             .arg(w.uuid, showDay(*on.value()), w.partnerCodes.join(QStringLiteral(", "))));
}

int runSafeguardingAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("safeguarding add");
    const bool share = c.parser.isSet(QStringLiteral("share")), noShare = c.parser.isSet(QStringLiteral("no-share"));
    if (share == noShare)
        return usageFor(c, cmd, tr("Say what was decided: --share (with --categories and --until) or --no-share."));
    auto categories = categoriesOption(c.parser, "categories");
    auto until = dateOption(c.parser, "until");
    auto decided = dateOption(c.parser, "decided");
    for (const QString& problem : {categories.message(), until.message(), decided.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (share && (categories.value().isEmpty() || !until.value()))
        return usageFor(c, cmd, tr("A decision to share needs --categories and --until DATE (at most 92 days after the decision)."));
    if (noShare && (!categories.value().isEmpty() || until.value()))
        return usageFor(c, cmd, tr("A decision not to share takes no --categories or --until."));
    if (const QString missing = firstMissing(c.parser, {"child", "partner", "reason", "authoriser"}); !missing.isEmpty())
        return usageFor(c, cmd, tr("safeguarding add needs %1.").arg(missing));

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    const QString authoriserName = textOption(c.parser, "authoriser");
    auto authoriser = userByName(s, authoriserName, QStringLiteral("--authoriser"));
    if (!authoriser.ok())
        return c.out.failure(authoriser.error());
    // The service refuses this too; saying who and why here is clearer than its general sentence.
    if (authoriser.value().role != Role::TeamLead)
        return c.out.failure(makeError(ErrorCode::Invalid, tr("%1 is a %2, not a team lead: a safeguarding decision must be authorised by "
                                                              "a team lead. Nothing was recorded.")
                                                               .arg(authoriser.value().username, roleDisplayName(authoriser.value().role))));
    auto home = household(s, {}, textOption(c.parser, "child"));
    if (!home.ok())
        return c.out.failure(home.error());
    SafeguardingDecision draft;
    draft.childUuid = textOption(c.parser, "child");
    draft.share = share;
    draft.partnerCode = textOption(c.parser, "partner").toUpper();
    draft.categories = categories.value();
    draft.reason = textOption(c.parser, "reason");
    draft.decidedOn = decided.value() ? *decided.value() : s.today();
    draft.shareUntil = until.value();
    draft.authoriserUserUuid = authoriser.value().uuid;
    auto done = ConsentService(s).recordSafeguarding(draft);
    if (!done.ok())
        return c.out.failure(done.error());
    const QString first = share ? tr("Recorded the decision to share without consent, authorised by %1; it is audited.")
                                      .arg(authoriser.value().displayName)
                                : tr("Recorded the decision not to share, authorised by %1.").arg(authoriser.value().displayName);
    return c.out.success({{QStringLiteral("decision"), safeguardingJson(done.value(), s.today())}},
                         first + QLatin1Char('\n') + safeguardingText(done.value(), home.value().children, s.today()));
}

int runSafeguardingList(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family"), childUuid = textOption(c.parser, "child");
    if (familyUuid.isEmpty() == childUuid.isEmpty())
        return usageFor(c, QStringLiteral("safeguarding list"), tr("Give either --family FAMILY_UUID or --child CHILD_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto home = household(s, familyUuid, childUuid);
    if (!home.ok())
        return c.out.failure(home.error());
    auto decisions = ConsentService(s).safeguardingForFamily(home.value().familyUuid);
    if (!decisions.ok())
        return c.out.failure(decisions.error());
    QJsonArray list;
    QStringList text{tr("Safeguarding decisions about sharing for this household, newest first: %1").arg(decisions.value().size())};
    for (const SafeguardingDecision& d : decisions.value()) {
        list.append(safeguardingJson(d, s.today()));
        text << QString() << safeguardingText(d, home.value().children, s.today());
    }
    return c.out.success({{QStringLiteral("family_uuid"), home.value().familyUuid}, {QStringLiteral("decisions"), list}},
                         text.join(QLatin1Char('\n')));
}

} // namespace

QList<CommandSpec> consentCommands()
{
    const QString categoryList = ShareCategories::tokens().join(QLatin1Char(','));
    const QCommandLineOption family = opt(QStringLiteral("family"), tr("The household."), tr("uuid"));
    const QCommandLineOption child = opt(QStringLiteral("child"), tr("One child (instead of the whole household)."), tr("uuid"));
    const QCommandLineOption categories =
        opt(QStringLiteral("categories"), tr("What may be shared, comma-separated: %1.").arg(categoryList), tr("list"));
    return {
        {QStringLiteral("consent add"), tr("Record a family's consent to share with partner organisations."),
         {family, child,
          opt(QStringLiteral("given-by"), tr("The adult with parental responsibility who gave consent."), tr("uuid")),
          opt(QStringLiteral("partners"), tr("Partner organisation codes, comma-separated."), tr("codes")), categories,
          opt(QStringLiteral("purpose"), tr("The purpose of sharing, as explained to the family."), tr("text")),
          opt(QStringLiteral("method"), tr("How consent was given: written or verbal."), tr("method")),
          opt(QStringLiteral("given"), tr("The day consent was given (dd/mm/yyyy or yyyy-mm-dd)."), tr("date")),
          opt(QStringLiteral("review"), tr("The review or expiry date: nothing is sent under it after that day."), tr("date"))},
         true, runConsentAdd, QString(), 0},
        {QStringLiteral("consent list"), tr("List a household's consents with their status."), {family, child}, true, runConsentList,
         QString(), 0},
        {QStringLiteral("consent withdraw"), tr("Withdraw a consent (one action)."),
         {opt(QStringLiteral("on"), tr("The day the family withdrew consent."), tr("date")),
          opt(QStringLiteral("reason"), tr("Why, in the family's words where you can."), tr("text"))},
         true, runConsentWithdraw, QStringLiteral("CONSENT_UUID"), 1},
        {QStringLiteral("safeguarding add"), tr("Record a safeguarding decision to share without consent, or not to share."),
         {opt(QStringLiteral("child"), tr("The child the decision is about."), tr("uuid")),
          opt(QStringLiteral("partner"), tr("The partner organisation's code."), tr("code")),
          opt(QStringLiteral("share"), tr("The decision is to share (needs --categories and --until).")),
          opt(QStringLiteral("no-share"), tr("The decision is not to share.")), categories,
          opt(QStringLiteral("until"), tr("Share until this day (at most 92 days after the decision)."), tr("date")),
          opt(QStringLiteral("reason"), tr("The reason for the decision."), tr("text")),
          opt(QStringLiteral("authoriser"), tr("The team lead who authorised it (sign-in name)."), tr("username")),
          opt(QStringLiteral("decided"), tr("The day of the decision (default today)."), tr("date"))},
         true, runSafeguardingAdd, QString(), 0},
        {QStringLiteral("safeguarding list"), tr("List a household's safeguarding decisions about sharing."), {family, child}, true,
         runSafeguardingList, QString(), 0},
    };
}

} // namespace tandem::cli
