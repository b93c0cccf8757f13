#include "TestStore.h"

#include "tandem/core/Family.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/store/KeyslotFile.h"
#include "tandem/store/Schema.h"
#include "tandem/store/Transaction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

namespace {

void addSyntheticFamily(Session& s, const QString& givenName, const QString& familyName)
{
    Family f;
    f.uuid = QStringLiteral("0b5c7d4e-1111-4a2b-9c3d-000000000001");
    f.address.line1 = QStringLiteral("7 Foundry Close");
    f.address.postcode = QStringLiteral("NG7 2QP");
    Child c;
    c.uuid = QStringLiteral("0b5c7d4e-1111-4a2b-9c3d-000000000002");
    c.givenName = givenName;
    c.familyName = familyName;
    c.dateOfBirth = QDate(2025, 3, 14);
    c.nhsNumber = QStringLiteral("9434765919");
    f.children.append(c);
    auto registered = FamilyService(s).registerFamily(f);
    REQUIRE(registered.ok());
}

} // namespace

TEST_CASE("StoreFile: the database is encrypted and holds no readable personal data", "[store]")
{
    TestStore t;
    {
        auto session = t.unlockAdmin();
        addSyntheticFamily(*session, QStringLiteral("Zephyrine"), QStringLiteral("Quillfeather"));
    } // locking closes the database and folds the WAL back

    const QByteArray bytes = readFile(t.path());
    REQUIRE(bytes.size() > 16);
    CHECK(bytes.left(16) != QByteArray("SQLite format 3\0", 16));
    CHECK_FALSE(bytes.contains("Quillfeather"));
    CHECK_FALSE(bytes.contains("Zephyrine"));
    CHECK_FALSE(bytes.contains("9434765919"));
    CHECK_FALSE(bytes.contains("Northgate Health Visiting Team"));
    const QByteArray utf16 = QByteArray(reinterpret_cast<const char*>(QStringLiteral("Quillfeather").utf16()), 24);
    CHECK_FALSE(bytes.contains(utf16));
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    const QByteArray keys = readFile(t.keysPath());
    CHECK_FALSE(keys.contains("Quillfeather"));
    CHECK_FALSE(keys.contains("admin"));
}

TEST_CASE("StoreFile: store and key file are readable by their owner only", "[store]")
{
    TestStore t;
    CHECK(QFile::permissions(t.path()) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFile::permissions(t.keysPath()) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("StoreFile: a wrong passphrase is refused and changes nothing", "[store]")
{
    TestStore t;
    const QByteArray dbBefore = sha256OfFile(t.path());
    const QByteArray keysBefore = sha256OfFile(t.keysPath());
    auto s = t.unlock(QStringLiteral("admin"), "correct horse battery!");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::WrongPassphrase);
    CHECK(s.error().message.contains(QStringLiteral("passphrase is not correct")));
    auto unknown = t.unlock(QStringLiteral("nobody"), kAdminPassphrase);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::WrongPassphrase);
    CHECK(sha256OfFile(t.path()) == dbBefore);
    CHECK(sha256OfFile(t.keysPath()) == keysBefore);
}

TEST_CASE("StoreFile: a file that is not a Tandem store is refused", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.tandem"));

    SECTION("missing file")
    {
        auto s = StoreService::unlock({path, QStringLiteral("admin"), std::chrono::milliseconds(0)}, secret(kAdminPassphrase), SystemClock::instance());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Io);
        CHECK(s.error().message.contains(QStringLiteral("There is no store")));
    }
    SECTION("a text file with no key file")
    {
        writeFile(path, "shopping list\n");
        auto s = StoreService::unlock({path, QStringLiteral("admin"), std::chrono::milliseconds(0)}, secret(kAdminPassphrase), SystemClock::instance());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::NotAStore);
        CHECK(s.error().message.contains(QStringLiteral("key file")));
    }
    SECTION("a key file that is not ours")
    {
        writeFile(path, "shopping list\n");
        writeFile(store::KeyslotFile::pathFor(path), "{\"hello\": 1}");
        auto s = StoreService::unlock({path, QStringLiteral("admin"), std::chrono::milliseconds(0)}, secret(kAdminPassphrase), SystemClock::instance());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::NotAStore);
    }
    SECTION("a real key file beside some other file")
    {
        TestStore t;
        writeFile(path, QByteArray(8192, 'x'));
        QFile::copy(t.keysPath(), store::KeyslotFile::pathFor(path));
        const QByteArray before = sha256OfFile(path);
        auto s = StoreService::unlock({path, QStringLiteral("admin"), std::chrono::milliseconds(0)}, secret(kAdminPassphrase), SystemClock::instance());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::NotAStore);
        CHECK(s.error().message.contains(QStringLiteral("not a Tandem store")));
        CHECK(sha256OfFile(path) == before);
    }
}

TEST_CASE("StoreFile: a store from a newer Tandem is refused without being changed", "[store]")
{
    TestStore t;
    {
        auto raw = t.openRaw();
        REQUIRE(raw->exec(QStringLiteral("PRAGMA user_version = %1").arg(store::Schema::latestVersion() + 1)).ok());
    }
    const QByteArray before = sha256OfFile(t.path());
    auto s = t.unlock(QStringLiteral("admin"), kAdminPassphrase);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::NewerVersion);
    CHECK(s.error().message.contains(QStringLiteral("newer version of Tandem")));
    CHECK(sha256OfFile(t.path()) == before);
}

TEST_CASE("StoreFile: a key file from a newer Tandem is refused", "[store]")
{
    TestStore t;
    QJsonObject root = QJsonDocument::fromJson(readFile(t.keysPath())).object();
    root.insert(QStringLiteral("version"), 7);
    writeFile(t.keysPath(), QJsonDocument(root).toJson());
    auto s = t.unlock(QStringLiteral("admin"), kAdminPassphrase);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::NewerVersion);
}

TEST_CASE("StoreFile: a damaged keyslot gets its own message", "[store]")
{
    TestStore t;
    QJsonObject root = QJsonDocument::fromJson(readFile(t.keysPath())).object();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots.at(0).toObject();

    SECTION("a flipped byte in the wrapped key")
    {
        QByteArray wrapped = QByteArray::fromBase64(slot.value(QStringLiteral("wrapped")).toString().toLatin1());
        wrapped[3] = static_cast<char>(wrapped[3] ^ 0x01);
        slot.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
    }
    SECTION("a truncated nonce") { slot.insert(QStringLiteral("nonce"), QStringLiteral("AAAA")); }
    SECTION("a changed cost") { slot.insert(QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")}, {QStringLiteral("ops"), QStringLiteral("2")}, {QStringLiteral("mem"), QStringLiteral("8192")}, {QStringLiteral("salt"), slot.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("salt"))}}); }

    slots.replace(0, slot);
    root.insert(QStringLiteral("slots"), slots);
    writeFile(t.keysPath(), QJsonDocument(root).toJson());
    const QByteArray before = sha256OfFile(t.path());
    auto s = t.unlock(QStringLiteral("admin"), kAdminPassphrase);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::DamagedKeyslot);
    CHECK(s.error().message.contains(QStringLiteral("damaged")));
    CHECK(sha256OfFile(t.path()) == before);
}

TEST_CASE("StoreFile: an unwritable location is refused and nothing is left behind", "[store]")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "x");
    // A regular file stands where a folder must be.
    CreateStoreRequest r = standardRequest(blocker + QStringLiteral("/team.tandem"));
    auto created = StoreService::create(r, secret(kAdminPassphrase), SystemClock::instance());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Io);
    CHECK(created.error().message.contains(QStringLiteral("Cannot create the folder")));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) == QStringList{QStringLiteral("not-a-folder")});
}

TEST_CASE("StoreFile: an existing store is never overwritten by create", "[store]")
{
    TestStore t;
    const QByteArray before = sha256OfFile(t.path());
    CreateStoreRequest r = standardRequest(t.path());
    r.organisationName = QStringLiteral("Other Team");
    auto created = StoreService::create(r, secret(kAdminPassphrase), SystemClock::instance());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Conflict);
    CHECK(sha256OfFile(t.path()) == before);
    CHECK(t.unlock(QStringLiteral("admin"), kAdminPassphrase).ok());
}
