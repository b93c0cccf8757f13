#include "TestStore.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"
#include "tandem/services/AuditService.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace tandem;
using namespace tandem::test;

TEST_CASE("DemoService: builds a store of synthetic families with one user per role", "[services][demo]")
{
    QTemporaryDir dir;
    ManualClock clock;
    DemoStoreRequest r;
    r.path = dir.filePath(QStringLiteral("demo.tandem"));
    r.families = 30;
    r.kdf = store::KdfParams::testing();
    int lastProgress = 0;
    r.progress = [&](int done, int total) { CHECK(total == 30); lastProgress = done; };
    REQUIRE(DemoService::createDemoStore(r, secret("tandem-demo-2026"), clock).ok());
    CHECK(lastProgress == 30);

    for (const DemoUser& u : DemoService::users()) {
        UnlockRequest unlock{r.path, QString::fromLatin1(u.username), std::chrono::milliseconds(0)};
        auto s = StoreService::unlock(unlock, secret("tandem-demo-2026"), clock);
        INFO(u.username);
        REQUIRE(s.ok());
        CHECK(roleToken(s.value()->user().role) == QLatin1String(u.roleToken));
    }

    UnlockRequest unlock{r.path, QStringLiteral("lead"), std::chrono::milliseconds(0)};
    auto lead = StoreService::unlock(unlock, secret("tandem-demo-2026"), clock);
    REQUIRE(lead.ok());
    Session& s = *lead.value();
    CHECK(store::FamilyRepository(s.database()).countFamilies().value() == 30);
    CHECK(store::SearchIndex(s.database()).countActive().value() >= 30);
    auto verified = AuditService(s).verify();
    REQUIRE(verified.ok());
    CHECK(verified.value().intact);

    auto st = s.database().query(QStringLiteral("SELECT nhs_number FROM child WHERE nhs_number IS NOT NULL"));
    REQUIRE(st.ok());
    int checked = 0;
    while (st.value().next().value()) {
        CHECK(domain::NhsNumber::isValid(st.value().text(0)));
        CHECK(st.value().text(0).startsWith(QStringLiteral("999")));
        ++checked;
    }
    CHECK(checked > 0);
    auto pc = s.database().query(QStringLiteral("SELECT postcode FROM family"));
    REQUIRE(pc.ok());
    while (pc.value().next().value())
        CHECK(domain::Postcode::isValid(pc.value().text(0)));
}

TEST_CASE("DemoService: an impossible size is refused before anything is created", "[services][demo]")
{
    QTemporaryDir dir;
    DemoStoreRequest r;
    r.path = dir.filePath(QStringLiteral("demo.tandem"));
    r.families = -1;
    r.kdf = store::KdfParams::testing();
    auto made = DemoService::createDemoStore(r, secret("tandem-demo-2026"), SystemClock::instance());
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::Invalid);
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("DemoService: a realistic mix of households, and a store sized by children", "[services][demo]")
{
    QTemporaryDir dir;
    ManualClock clock;
    DemoStoreRequest r;
    r.path = dir.filePath(QStringLiteral("demo.tandem"));
    r.children = 400;
    r.kdf = store::KdfParams::testing();
    auto made = DemoService::createDemoStore(r, secret("tandem-demo-2026"), clock);
    REQUIRE(made.ok());
    CHECK(made.value().children >= 400);
    CHECK(made.value().children < 403); // stops at the household that reaches the target

    UnlockRequest unlock{r.path, QStringLiteral("admin"), std::chrono::milliseconds(0)};
    auto session = StoreService::unlock(unlock, secret("tandem-demo-2026"), clock);
    REQUIRE(session.ok());
    store::Database& db = session.value()->database();
    auto count = [&](const char* sql) { return db.scalarInt(QString::fromLatin1(sql)).value(); };
    CHECK(count("SELECT count(*) FROM child") == made.value().children);
    CHECK(count("SELECT count(*) FROM (SELECT family_uuid FROM child GROUP BY family_uuid HAVING count(*) > 1)") > 0); // siblings
    CHECK(count("SELECT count(*) FROM child WHERE date_of_birth IS NULL") > 0);                                        // antenatal
    CHECK(count("SELECT count(*) FROM timeline_event WHERE kind = 'address.changed'") > 0);                            // moves
    CHECK(count("SELECT count(*) FROM involvement WHERE key_worker = 0") > 0);                                         // other services
    CHECK(count("SELECT count(DISTINCT main_language) FROM family") >= 4);
    CHECK(count("SELECT count(DISTINCT ward) FROM family") >= 3);
    CHECK(count("SELECT count(*) FROM child_search") == made.value().children);
}
