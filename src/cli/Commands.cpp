#include "Commands.h"
#include "CliContext.h"

#include "tandem/services/AuditService.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"

#include <QFileInfo>
#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }
QCommandLineOption opt(const QString& name, const QString& help, const QString& value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}
QString required(CliContext& c, const char* name, QString* missing)
{
    const QString v = c.parser.value(QLatin1String(name)).trimmed();
    if (v.isEmpty() && missing->isEmpty())
        *missing = QStringLiteral("--") + QLatin1String(name);
    return v;
}
QJsonObject userJson(const User& u)
{
    return {{QStringLiteral("uuid"), u.uuid}, {QStringLiteral("username"), u.username}, {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), roleToken(u.role)}, {QStringLiteral("active"), u.active}};
}

int runInit(CliContext& c)
{
    QString missing;
    CreateStoreRequest r;
    r.organisationName = required(c, "org-name", &missing);
    r.organisationCode = required(c, "org-code", &missing);
    r.adminUsername = required(c, "admin", &missing);
    r.adminDisplayName = required(c, "admin-name", &missing);
    if (!c.parser.isSet(QStringLiteral("store")) && missing.isEmpty())
        missing = QStringLiteral("--store");
    if (!missing.isEmpty())
        return c.out.usage(tr("init needs %1. See tandem-cli init --help.").arg(missing));
    r.path = c.storePath();
    r.kdf = c.kdf();
    auto passphrase = c.actorPassphrase();
    passphrase.prompt = tr("Passphrase for %1: ").arg(r.adminUsername);
    passphrase.confirm = true;
    auto secret = passphrase.read();
    if (!secret.ok())
        return c.out.failure(secret.error());
    auto done = StoreService::create(r, secret.value(), c.clock());
    if (!done.ok())
        return c.out.failure(done.error());
    const QString path = QFileInfo(r.path).absoluteFilePath();
    return c.out.success({{QStringLiteral("store"), path}, {QStringLiteral("keys"), StoreService::keyFilePath(path)},
                          {QStringLiteral("admin"), r.adminUsername.trimmed().toLower()}},
                         tr("Created %1 with administrator %2. Keep %1.keys beside it.").arg(path, r.adminUsername.trimmed().toLower()));
}

int runUserAdd(CliContext& c)
{
    QString missing;
    NewUser u;
    u.username = required(c, "username", &missing);
    u.displayName = required(c, "name", &missing);
    const QString roleText = required(c, "role", &missing);
    if (!missing.isEmpty())
        return c.out.usage(tr("user add needs %1. See tandem-cli user add --help.").arg(missing));
    const auto role = roleFromToken(roleText);
    if (!role)
        return c.out.usage(tr("Unknown role \"%1\": use one of %2.").arg(roleText, roleTokens().join(QStringLiteral(", "))));
    u.role = *role;
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto secret = c.newPassphrase(tr("Passphrase for %1: ").arg(u.username)).read();
    if (!secret.ok())
        return c.out.failure(secret.error());
    auto added = UserService(*session.value()).addUser(u, secret.value());
    if (!added.ok())
        return c.out.failure(added.error());
    return c.out.success({{QStringLiteral("user"), userJson(added.value())}},
                         tr("Added %1 (%2) as %3.").arg(added.value().username, added.value().displayName, roleDisplayName(added.value().role)));
}

int runUserPasswd(CliContext& c)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    QString target = c.parser.value(QStringLiteral("target")).trimmed();
    if (target.isEmpty())
        target = session.value()->user().username;
    auto secret = c.newPassphrase(tr("New passphrase for %1: ").arg(target)).read();
    if (!secret.ok())
        return c.out.failure(secret.error());
    auto done = UserService(*session.value()).changePassphrase(target, secret.value());
    if (!done.ok())
        return c.out.failure(done.error());
    return c.out.success({{QStringLiteral("username"), target.toLower()}}, tr("Changed the passphrase of %1.").arg(target.toLower()));
}

int runUserRemove(CliContext& c)
{
    const QString target = c.parser.value(QStringLiteral("target")).trimmed();
    if (target.isEmpty())
        return c.out.usage(tr("user remove needs --target. See tandem-cli user remove --help."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto done = UserService(*session.value()).removeUser(target);
    if (!done.ok())
        return c.out.failure(done.error());
    return c.out.success({{QStringLiteral("username"), target.toLower()}},
                         tr("Removed %1. Their keyslot is gone; the data was not re-encrypted.").arg(target.toLower()));
}

int runUserList(CliContext& c)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto users = UserService(*session.value()).listUsers(c.parser.isSet(QStringLiteral("all")));
    if (!users.ok())
        return c.out.failure(users.error());
    QJsonArray list;
    QStringList lines;
    for (const User& u : users.value()) {
        list.append(userJson(u));
        lines.append(QStringLiteral("%1  %2  %3%4").arg(u.username, -16).arg(roleDisplayName(u.role), -32).arg(u.displayName,
                                                                                                              u.active ? QString() : tr(" (removed)")));
    }
    return c.out.success({{QStringLiteral("users"), list}}, lines.join(QLatin1Char('\n')));
}

int runAuditVerify(CliContext& c)
{
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto v = AuditService(*session.value()).verify();
    if (!v.ok())
        return c.out.failure(v.error());
    if (!v.value().intact)
        return c.out.failure(makeError(ErrorCode::AuditBroken, v.value().problem),
                             {{QStringLiteral("intact"), false}, {QStringLiteral("first_broken"), v.value().firstBrokenSeq}});
    return c.out.success({{QStringLiteral("intact"), true}, {QStringLiteral("entries"), v.value().entries},
                          {QStringLiteral("head"), v.value().headHash}},
                         tr("Audit trail intact: %1 entries. Latest hash %2.").arg(v.value().entries).arg(v.value().headHash));
}

int runDemo(CliContext& c)
{
    DemoStoreRequest r;
    r.path = QFileInfo(c.storePath()).absoluteFilePath();
    bool ok = true;
    r.families = c.parser.isSet(QStringLiteral("families")) ? c.parser.value(QStringLiteral("families")).toInt(&ok) : 300;
    if (!ok)
        return c.out.usage(tr("--families needs a whole number, not \"%1\".").arg(c.parser.value(QStringLiteral("families"))));
    if (c.parser.isSet(QStringLiteral("children"))) {
        r.children = c.parser.value(QStringLiteral("children")).toInt(&ok);
        if (!ok || r.children < 1)
            return c.out.usage(tr("--children needs a whole number above 0, not \"%1\".").arg(c.parser.value(QStringLiteral("children"))));
    }
    if (c.parser.isSet(QStringLiteral("seed")))
        r.seed = c.parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return c.out.usage(tr("--seed needs a whole number."));
    if (c.parser.isSet(QStringLiteral("if-missing")) && QFileInfo::exists(r.path))
        return c.out.success({{QStringLiteral("store"), r.path}, {QStringLiteral("created"), false}},
                             tr("A store already exists at %1; left it as it is.").arg(r.path));
    r.kdf = c.kdf();
    const bool byChildren = r.children > 0;
    r.progress = [&c, byChildren](int done, int total) {
        c.out.progress(byChildren ? tr("Generated %1 of %2 children").arg(done).arg(total)
                                  : tr("Generated %1 of %2 families").arg(done).arg(total));
    };

    SecureBuffer secret;
    if (c.parser.isSet(QStringLiteral("passphrase-file")) || qEnvironmentVariableIsSet("TANDEM_PASSPHRASE")) {
        auto read = c.actorPassphrase().read();
        if (!read.ok())
            return c.out.failure(read.error());
        secret = std::move(read.value());
    } else {
        QByteArray fixed = QByteArrayLiteral("tandem-demo-2026");
        secret = SecureBuffer::takeFrom(fixed);
    }
    auto done = DemoService::createDemoStore(r, secret, c.clock());
    if (!done.ok())
        return c.out.failure(done.error());
    QJsonArray users;
    for (const DemoUser& u : DemoService::users())
        users.append(QJsonObject{{QStringLiteral("username"), QLatin1String(u.username)}, {QStringLiteral("role"), QLatin1String(u.roleToken)}});
    const int families = done.value().families;
    const int children = done.value().children;
    return c.out.success({{QStringLiteral("store"), r.path}, {QStringLiteral("created"), true},
                          {QStringLiteral("families"), families}, {QStringLiteral("children"), children},
                          {QStringLiteral("users"), users}},
                         tr("Created a demo store with %1 synthetic families (%2 children) at %3. Users: admin, hv, cc, lead.")
                             .arg(families)
                             .arg(children)
                             .arg(r.path));
}

} // namespace

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> commands{
        {QStringLiteral("init"), tr("Create a new store and its first administrator."),
         {opt(QStringLiteral("org-name"), tr("Organisation name, e.g. \"Northgate Health Visiting Team\"."), tr("name")),
          opt(QStringLiteral("org-code"), tr("Organisation code, e.g. RX1-HV01."), tr("code")),
          opt(QStringLiteral("admin"), tr("Sign-in name of the first administrator."), tr("username")),
          opt(QStringLiteral("admin-name"), tr("Full name of the first administrator."), tr("name")),
          opt(QStringLiteral("passphrase-file"), tr("Read the administrator's passphrase from the first line of this file."), tr("file"))},
         false, runInit, QString(), 0},
        {QStringLiteral("user add"), tr("Add a user with their own passphrase (administrators)."),
         {opt(QStringLiteral("username"), tr("Sign-in name of the new user."), tr("username")),
          opt(QStringLiteral("name"), tr("Full name of the new user."), tr("name")),
          opt(QStringLiteral("role"), tr("One of: %1.").arg(roleTokens().join(QStringLiteral(", "))), tr("role")),
          opt(QStringLiteral("new-passphrase-file"), tr("Read the new user's passphrase from this file."), tr("file"))},
         true, runUserAdd, QString(), 0},
        {QStringLiteral("user passwd"), tr("Change your passphrase, or reset another user's (administrators)."),
         {opt(QStringLiteral("target"), tr("User whose passphrase to change; default yourself."), tr("username")),
          opt(QStringLiteral("new-passphrase-file"), tr("Read the new passphrase from this file."), tr("file"))},
         true, runUserPasswd, QString(), 0},
        {QStringLiteral("user remove"), tr("Remove a user's access (administrators)."),
         {opt(QStringLiteral("target"), tr("User to remove."), tr("username"))}, true, runUserRemove, QString(), 0},
        {QStringLiteral("user list"), tr("List the store's users."),
         {opt(QStringLiteral("all"), tr("Include removed users."))}, true, runUserList, QString(), 0},
        {QStringLiteral("audit verify"), tr("Check the audit trail's hash chain (administrators, team leads)."), {}, true, runAuditVerify, QString(), 0},
        {QStringLiteral("demo"), tr("Create a store of synthetic families for trying Tandem out."),
         {opt(QStringLiteral("families"), tr("How many families (default 300)."), tr("count")),
          opt(QStringLiteral("children"), tr("Add families until the store holds this many children (100000 for benchmarks)."), tr("count")),
          opt(QStringLiteral("seed"), tr("Random seed, for a repeatable store (default 2026)."), tr("number")),
          opt(QStringLiteral("if-missing"), tr("Succeed without changes if the store already exists.")),
          opt(QStringLiteral("passphrase-file"), tr("Use this passphrase instead of the documented demo one."), tr("file"))},
         false, runDemo, QString(), 0},
    };
    commands += familyCommands();
    commands += careCommands();
    commands += visitCommands();
    commands += scheduleCommands();
    commands += caseloadCommands();
    commands += assessCommands();
    commands += reviewCommands();
    commands += instrumentCommands();
    commands += partnerCommands();
    commands += consentCommands();
    commands += bundleCommands();
    return commands;
}

} // namespace tandem::cli
