// family add / show / search, child add / show.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "FamilyOptions.h"
#include "FamilyView.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/UserService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

// A possible duplicate needs a person to look: say how to go on once they have (exit 7).
int writeFailure(CliContext& c, const Error& error)
{
    if (error.code == ErrorCode::NeedsConfirmation)
        return c.out.failure(makeError(error.code, error.message + QLatin1Char(' ') +
                                                       tr("If it is a different child, run the command again with "
                                                          "--confirm-not-duplicate.")));
    return c.out.failure(error);
}

Result<QString> keyWorkerUuid(Session& session, const QString& username)
{
    auto users = UserService(session).listUsers();
    TANDEM_TRY(users);
    for (const User& u : users.value())
        if (u.username.compare(username, Qt::CaseInsensitive) == 0)
            return u.uuid;
    return makeError(ErrorCode::Invalid, tr("There is no active user called \"%1\" to be the key worker; "
                                            "tandem-cli user list shows who there is.").arg(username));
}

int runFamilyAdd(CliContext& c)
{
    auto draft = familyFromOptions(c.parser);
    if (!draft.ok())
        return c.out.usage(draft.message() + QLatin1Char(' ') + tr("See tandem-cli family add --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    if (const QString worker = textOption(c.parser, "key-worker"); !worker.isEmpty()) {
        auto uuid = keyWorkerUuid(*session.value(), worker);
        if (!uuid.ok())
            return c.out.failure(uuid.error());
        draft.value().keyWorkerUuid = uuid.value();
    }
    WriteOptions options;
    options.confirmedNotDuplicate = c.parser.isSet(QStringLiteral("confirm-not-duplicate"));
    auto done = FamilyService(*session.value()).registerFamily(draft.value(), options);
    if (!done.ok())
        return writeFailure(c, done.error());
    const Family& f = done.value();
    const Child& child = f.children.first();
    QJsonObject data{{QStringLiteral("family_uuid"), f.uuid}, {QStringLiteral("child"), childJson(child)}};
    if (!f.adults.isEmpty())
        data.insert(QStringLiteral("adult_uuid"), f.adults.first().uuid);
    return c.out.success(data, tr("Registered %1 (child %2) in household %3 at %4.")
                                   .arg(fullName(child.givenName, child.familyName), child.uuid, f.uuid, f.address.postcode));
}

int runFamilyShow(CliContext& c)
{
    const QString childUuid = textOption(c.parser, "child");
    const QString familyUuid = c.arguments.value(0).trimmed();
    if (childUuid.isEmpty() == familyUuid.isEmpty())
        return c.out.usage(tr("Give either a FAMILY_UUID or --child CHILD_UUID. See tandem-cli family show --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    FamilyRecordService records(*session.value());
    auto record = childUuid.isEmpty() ? records.record(familyUuid) : records.recordForChild(childUuid);
    if (!record.ok())
        return c.out.failure(record.error());
    return c.out.success({{QStringLiteral("family"), recordJson(record.value())}}, recordText(record.value()));
}

int runFamilySearch(CliContext& c)
{
    bool limitOk = true, offsetOk = true;
    const int limit = c.parser.isSet(QStringLiteral("limit")) ? textOption(c.parser, "limit").toInt(&limitOk) : 50;
    const int offset = c.parser.isSet(QStringLiteral("offset")) ? textOption(c.parser, "offset").toInt(&offsetOk) : 0;
    if (!limitOk || !offsetOk)
        return c.out.usage(tr("--limit and --offset need whole numbers."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto page = SearchService(*session.value()).search(c.arguments.join(QLatin1Char(' ')), offset, limit);
    if (!page.ok())
        return c.out.failure(page.error());
    QJsonArray results;
    for (const ChildSummary& s : page.value().rows)
        results.append(summaryJson(s));
    QString human = page.value().rows.isEmpty() ? tr("No children found.") : searchTable(page.value().rows);
    if (page.value().hasMore)
        human += QLatin1Char('\n') + tr("More follow: add --offset %1.").arg(offset + limit);
    return c.out.success({{QStringLiteral("results"), results}, {QStringLiteral("has_more"), page.value().hasMore},
                          {QStringLiteral("offset"), offset}, {QStringLiteral("limit"), limit}},
                         human);
}

int runChildAdd(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family");
    if (familyUuid.isEmpty())
        return c.out.usage(tr("child add needs --family FAMILY_UUID. See tandem-cli child add --help."));
    auto draft = childFromOptions(c.parser);
    if (!draft.ok())
        return c.out.usage(draft.message() + QLatin1Char(' ') + tr("See tandem-cli child add --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    WriteOptions options;
    options.confirmedNotDuplicate = c.parser.isSet(QStringLiteral("confirm-not-duplicate"));
    auto done = FamilyService(*session.value()).addChild(familyUuid, draft.value(), options);
    if (!done.ok())
        return writeFailure(c, done.error());
    Child child = done.value();
    child.familyUuid = familyUuid;
    return c.out.success({{QStringLiteral("child"), childJson(child)}},
                         tr("Added %1 (child %2) to household %3.").arg(fullName(child.givenName, child.familyName), child.uuid, familyUuid));
}

int runChildShow(CliContext& c)
{
    const QString childUuid = c.arguments.value(0).trimmed();
    if (childUuid.isEmpty())
        return c.out.usage(tr("child show needs a CHILD_UUID. See tandem-cli child show --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    FamilyRecordService records(*session.value());
    auto child = records.child(childUuid);
    if (!child.ok())
        return c.out.failure(child.error());
    // A merged-away child's household may be gone; the child is still worth showing.
    auto household = records.record(child.value().familyUuid);
    const QString postcode = household.ok() ? household.value().family.address.postcode : QString();
    QJsonObject data = childJson(child.value());
    data.insert(QStringLiteral("postcode"), postcode.isEmpty() ? QJsonValue() : QJsonValue(postcode));
    return c.out.success({{QStringLiteral("child"), data}}, childText(child.value(), postcode));
}

} // namespace

QList<CommandSpec> familyCommands()
{
    CommandSpec add{QStringLiteral("family add"), tr("Register a household with one child and, optionally, one adult."),
                    householdOptions() + childOptions() + adultOptions(), true, runFamilyAdd, QString(), 0};
    CommandSpec show{QStringLiteral("family show"), tr("Show a household's whole record (by family, or --child)."),
                     {opt(QStringLiteral("child"), tr("Show the household of this child instead."), tr("uuid"))}, true, runFamilyShow,
                     QStringLiteral("FAMILY_UUID"), 1};
    CommandSpec search{QStringLiteral("family search"), tr("Find children by name, NHS number, postcode or date of birth."),
                       {opt(QStringLiteral("limit"), tr("At most this many results (1-1000, default 50)."), tr("count")),
                        opt(QStringLiteral("offset"), tr("Skip this many results, for the next page."), tr("count"))},
                       true, runFamilySearch, QStringLiteral("TEXT"), -1};
    QList<QCommandLineOption> childAddOptions{opt(QStringLiteral("family"), tr("The household the child joins."), tr("uuid"))};
    CommandSpec childAdd{QStringLiteral("child add"), tr("Add a child to an existing household."),
                         childAddOptions + childOptions(), true, runChildAdd, QString(), 0};
    CommandSpec childShow{QStringLiteral("child show"), tr("Show one child's details."), {}, true, runChildShow,
                          QStringLiteral("CHILD_UUID"), 1};
    return {add, show, search, importCsvCommand(), childAdd, childShow};
}

} // namespace tandem::cli
