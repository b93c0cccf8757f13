#include "CliRunner.h"

#include "tandem/store/AuditLog.h"
#include "tandem/store/KeyslotFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("CLI: --version and --help", "[cli]")
{
    const Run v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("tandem-cli ")));
    const Run h = cli({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    for (const char* cmd : {"init", "user add", "user passwd", "user remove", "user list", "audit verify", "demo", "family add",
                            "family show", "family search", "family import-csv", "child add", "child show"})
        CHECK(h.out.contains(QString::fromLatin1(cmd)));
    const Run sub = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(sub.exitCode == 0);
    CHECK(sub.out.contains(QStringLiteral("--role")));
    const Run json = cli({QStringLiteral("--version"), QStringLiteral("--json")});
    CHECK(json.json().value(QStringLiteral("version")).toString() == QStringLiteral(TANDEM_VERSION_STRING_FOR_TESTS));
}

TEST_CASE("CLI: usage errors exit 2 with one line", "[cli]")
{
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));

    const Run missing = cli({QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("/tmp/x.tandem")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--org-name")));

    // A passphrase typed as an argument is refused, not used.
    const Run argv = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("hunter2hunter2")}, kAdmin);
    CHECK(argv.exitCode == 2);
    CHECK(argv.err.contains(QStringLiteral("never taken as arguments")));

    const Run badOption = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--passphrase"), QStringLiteral("x")});
    CHECK(badOption.exitCode == 2);
}

TEST_CASE("CLI: init, user add, list, passwd and remove, as a script would", "[cli]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QStringList s{QStringLiteral("--store"), store, QStringLiteral("--json")};

    auto env = kAdmin;
    env.insert(QStringLiteral("TANDEM_NEW_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase));
    const Run add = cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("amara"),
                                    QStringLiteral("--name"), QStringLiteral("Amara Nwosu-Lane"), QStringLiteral("--role"),
                                    QStringLiteral("health-visitor")} + s, env);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("health-visitor"));

    const Run list = cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + s,
                         {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase)}, {QStringLiteral("TANDEM_USER"), QStringLiteral("amara")}});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(QStringLiteral("users")).toArray().size() == 2);

    // A health visitor may not add users: exit 5, and nothing changes.
    const QByteArray keysBefore = sha256OfFile(store::KeyslotFile::pathFor(store));
    const Run denied = cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("dylan"),
                                       QStringLiteral("--name"), QStringLiteral("Dylan Prothero"), QStringLiteral("--role"),
                                       QStringLiteral("administrator")} + s,
                           {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase)}, {QStringLiteral("TANDEM_USER"), QStringLiteral("amara")},
                            {QStringLiteral("TANDEM_NEW_PASSPHRASE"), QStringLiteral("another long one")}});
    CHECK(denied.exitCode == 5);
    CHECK(denied.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("permission_denied"));
    CHECK(sha256OfFile(store::KeyslotFile::pathFor(store)) == keysBefore);

    // Passphrase from a file, new passphrase from a file.
    writeFile(dir.filePath(QStringLiteral("pw")), QByteArray(kSecondPassphrase) + "\n");
    writeFile(dir.filePath(QStringLiteral("new")), "kettle harbour moss\n");
    const Run passwd = cli(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("amara"),
                                       QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("pw")),
                                       QStringLiteral("--new-passphrase-file"), dir.filePath(QStringLiteral("new"))} + s);
    INFO(passwd.err.toStdString());
    CHECK(passwd.exitCode == 0);

    const Run remove = cli(QStringList{QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("--target"), QStringLiteral("amara")} + s, kAdmin);
    CHECK(remove.exitCode == 0);
    const Run gone = cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + s,
                         {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("kettle harbour moss")}, {QStringLiteral("TANDEM_USER"), QStringLiteral("amara")}});
    CHECK(gone.exitCode == 3);
    const Run stillAdmin = cli(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--all")} + s, kAdmin);
    CHECK(stillAdmin.exitCode == 0);
    CHECK(stillAdmin.json().value(QStringLiteral("users")).toArray().size() == 2);
}

TEST_CASE("CLI: a wrong passphrase exits non-zero with a clear message and changes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QByteArray before = sha256OfFile(store);
    const QByteArray keysBefore = sha256OfFile(store::KeyslotFile::pathFor(store));
    const Run r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store},
                      {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the passphrase")}, {QStringLiteral("TANDEM_USER"), QStringLiteral("admin")}});
    CHECK(r.exitCode == 3);
    CHECK(r.err.trimmed().split(QLatin1Char('\n')).last() == QStringLiteral("tandem-cli: The user name or passphrase is not correct."));
    CHECK(sha256OfFile(store) == before);
    CHECK(sha256OfFile(store::KeyslotFile::pathFor(store)) == keysBefore);
}

TEST_CASE("CLI: no passphrase and no terminal is a clear error", "[cli]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const Run r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("admin")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No passphrase given")));
}

TEST_CASE("CLI: a file that is not a store exits 4", "[cli]")
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("fake.tandem"));
    writeFile(fake, QByteArray(4096, 'z'));
    const Run r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"), fake}, kAdmin);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("key file")));
}

TEST_CASE("CLI: audit verify passes on a fresh store and names a tampered entry", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const Run ok = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store, QStringLiteral("--json")}, kAdmin);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.json().value(QStringLiteral("intact")).toBool());
    CHECK(ok.json().value(QStringLiteral("entries")).toInt() == 3);

    {
        auto keys = store::KeyslotFile::load(store::KeyslotFile::pathFor(store)).value();
        auto key = keys.findByUsername(QStringLiteral("admin")).value().unwrap(keys.storeUuid(), secret(kAdminPassphrase));
        REQUIRE(key.ok());
        auto raw = store::Database::open(store, key.value(), store::Database::Mode::OpenExisting);
        REQUIRE(raw.ok());
        REQUIRE(raw.value()->exec(QStringLiteral("DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'system' WHERE seq = 2;")).ok());
    }
    const Run broken = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store}, kAdmin);
    CHECK(broken.exitCode == 6);
    CHECK(broken.err.contains(QStringLiteral("Audit entry 2")));
    const Run brokenJson = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store, QStringLiteral("--json")}, kAdmin);
    CHECK(brokenJson.json().value(QStringLiteral("first_broken")).toInt() == 2);
    CHECK(brokenJson.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("audit_broken"));
}

TEST_CASE("CLI: demo creates a store the documented users can open, once", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.tandem"));
    const Run made = cli({QStringLiteral("demo"), QStringLiteral("--store"), store, QStringLiteral("--families"), QStringLiteral("12"), QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.json().value(QStringLiteral("families")).toInt() == 12);
    CHECK(made.err.contains(QStringLiteral("test-only")));
    const Run again = cli({QStringLiteral("demo"), QStringLiteral("--store"), store, QStringLiteral("--if-missing"), QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.json().value(QStringLiteral("created")).toBool());
    const Run clash = cli({QStringLiteral("demo"), QStringLiteral("--store"), store});
    CHECK(clash.exitCode == 1);
    CHECK(clash.err.contains(QStringLiteral("already exists")));
    const Run hv = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"), store},
                       {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("tandem-demo-2026")}, {QStringLiteral("TANDEM_USER"), QStringLiteral("hv")}});
    CHECK(hv.exitCode == 0);
    CHECK(hv.out.contains(QStringLiteral("lead")));
    const Run bad = cli({QStringLiteral("demo"), QStringLiteral("--store"), dir.filePath(QStringLiteral("x.tandem")), QStringLiteral("--families"), QStringLiteral("lots")});
    CHECK(bad.exitCode == 2);
}
