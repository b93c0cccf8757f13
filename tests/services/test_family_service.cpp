#include "FamilyFixtures.h"
#include "TestStore.h"

#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 count(Session& s, const char* sql) { return s.database().scalarInt(QString::fromLatin1(sql)).value(); }

QString lastAuditAction(Session& s)
{
    auto st = s.database().query(QStringLiteral("SELECT action FROM audit ORDER BY seq DESC LIMIT 1"));
    REQUIRE(st.value().next().value());
    return st.value().text(0);
}

QString lastAuditIds(Session& s)
{
    auto st = s.database().query(QStringLiteral("SELECT record_ids FROM audit ORDER BY seq DESC LIMIT 1"));
    REQUIRE(st.value().next().value());
    return st.value().text(0);
}

Family registered(Session& s, Family f, const WriteOptions& options = {})
{
    auto r = FamilyService(s).registerFamily(f, options);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("FamilyService: registering a family stores, audits, indexes and starts the timeline", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    const qint64 auditBefore = count(*s, "SELECT count(*) FROM audit");
    Family f = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), syntheticNhs(1),
                               QStringLiteral(" ng7 2qp "));
    f.keyWorkerUuid = s->user().uuid;
    const Family stored = registered(*s, f);

    CHECK_FALSE(stored.uuid.isEmpty());
    CHECK(stored.address.postcode == QStringLiteral("NG7 2QP")); // normalised
    CHECK(stored.meta.version == 1);
    CHECK(stored.meta.createdBy == s->user().uuid);
    CHECK(stored.children.first().meta.version == 1);
    CHECK(count(*s, "SELECT count(*) FROM audit") == auditBefore + 1);
    CHECK(lastAuditAction(*s) == QStringLiteral("family.create"));
    CHECK(lastAuditIds(*s).contains(stored.children.first().uuid));
    CHECK_FALSE(lastAuditIds(*s).contains(QStringLiteral("Ashdown"))); // ids only, never names

    auto record = FamilyRecordService(*s).record(stored.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().family.children.size() == 1);
    CHECK(record.value().family.adults.size() == 1);
    CHECK(record.value().family.relationships.size() == 1);
    CHECK(record.value().family.relationships.first().parentalResponsibility);
    CHECK(record.value().addresses.size() == 1);
    REQUIRE(record.value().involved.size() == 1);
    CHECK(record.value().involved.first().keyWorker);
    CHECK(record.value().involved.first().workerName == s->user().displayName);
    CHECK(record.value().timeline.size() == 2);
    CHECK(record.value().timeline.first().category == QStringLiteral("registration"));

    auto found = SearchService(*s).search(QStringLiteral("ada ash"));
    REQUIRE(found.ok());
    REQUIRE(found.value().rows.size() == 1);
    CHECK(found.value().rows.first().uuid == stored.children.first().uuid);
}

TEST_CASE("FamilyService: bad input gets a specific error and changes nothing", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    const qint64 auditBefore = count(*s, "SELECT count(*) FROM audit");
    FamilyService families(*s);

    Family badPostcode = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), syntheticNhs(1),
                                         QStringLiteral("NG7 2Q"));
    auto r1 = families.registerFamily(badPostcode);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.error().code == ErrorCode::Invalid);
    CHECK(r1.error().message.contains(QStringLiteral("postcode"), Qt::CaseInsensitive));

    Family badNhs = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), QStringLiteral("9990000001"));
    auto r2 = families.registerFamily(badNhs);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().message.contains(QStringLiteral("NHS number")));

    Family future = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), s->today().addDays(1), syntheticNhs(1));
    CHECK(families.registerFamily(future).error().code == ErrorCode::Invalid);

    CHECK(count(*s, "SELECT count(*) FROM family") == 0);
    CHECK(count(*s, "SELECT count(*) FROM child") == 0);
    CHECK(count(*s, "SELECT count(*) FROM audit") == auditBefore);
}

TEST_CASE("FamilyService: an NHS number already held blocks registration and names the record", "[services][duplicates]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    const QString nhs = syntheticNhs(7);
    registered(*s, syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), nhs));
    const qint64 auditBefore = count(*s, "SELECT count(*) FROM audit");

    // A different name and date, the same number typed with spaces: still the same NHS number.
    const QString spaced = nhs.left(3) + QLatin1Char(' ') + nhs.mid(3, 3) + QLatin1Char(' ') + nhs.mid(6);
    auto again = FamilyService(*s).registerFamily(
        syntheticFamily(QStringLiteral("Maya"), QStringLiteral("Brightwell"), QDate(2024, 1, 2), spaced));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("Ada Ashdown")));
    CHECK(count(*s, "SELECT count(*) FROM family") == 1);
    CHECK(count(*s, "SELECT count(*) FROM audit") == auditBefore);

    Child draft;
    draft.nhsNumber = nhs;
    auto check = FamilyService(*s).checkDuplicates(draft);
    REQUIRE(check.ok());
    REQUIRE(check.value().blocked());
    CHECK(check.value().sameNhsNumber->givenName == QStringLiteral("Ada"));
}

TEST_CASE("FamilyService: a similar name on the same date of birth warns, naming the candidate", "[services][duplicates]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    const QDate dob(2025, 3, 14);
    registered(*s, syntheticFamily(QStringLiteral("Isla"), QStringLiteral("Fenwick"), dob, QString()));

    auto warned = FamilyService(*s).registerFamily(syntheticFamily(QStringLiteral("Isla"), QStringLiteral("Fenwik"), dob, QString()));
    REQUIRE_FALSE(warned.ok());
    CHECK(warned.error().code == ErrorCode::NeedsConfirmation);
    CHECK(warned.error().message.contains(QStringLiteral("Isla Fenwick")));
    CHECK(count(*s, "SELECT count(*) FROM family") == 1);

    // Confirmed as a different child: registered.
    registered(*s, syntheticFamily(QStringLiteral("Isla"), QStringLiteral("Fenwik"), dob, QString()), WriteOptions{true});
    CHECK(count(*s, "SELECT count(*) FROM family") == 2);

    // Same name, different day: no warning.
    registered(*s, syntheticFamily(QStringLiteral("Isla"), QStringLiteral("Fenwick"), dob.addDays(1), QString()));
}

TEST_CASE("FamilyService: siblings, adults and an antenatal registration join the household", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    FamilyService families(*s);
    const Family f = registered(*s, syntheticFamily(QStringLiteral("Kai"), QStringLiteral("Carrow"), QDate(2024, 6, 1), syntheticNhs(3)));

    auto unborn = families.addChild(f.uuid, unbornChild(QStringLiteral("Carrow"), s->today().addDays(60)));
    REQUIRE(unborn.ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("child.create"));

    Person dad;
    dad.givenName = QStringLiteral("Tunde");
    dad.familyName = QStringLiteral("Okonjo");
    dad.relationship = QStringLiteral("father");
    dad.parentalResponsibility = true;
    auto added = families.addAdult(f.uuid, dad);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("person.create"));

    auto record = FamilyRecordService(*s).record(f.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().family.children.size() == 2);
    CHECK(record.value().family.adults.size() == 2);
    CHECK(record.value().family.relationships.size() == 4); // each adult to each child

    // The new adult's name finds the children.
    auto byDad = SearchService(*s).search(QStringLiteral("okonjo"));
    REQUIRE(byDad.ok());
    CHECK(byDad.value().rows.size() == 2);

    // The baby is born: the antenatal record becomes a birth record.
    Child baby = unborn.value();
    baby.expectedDeliveryDate.reset();
    baby.dateOfBirth = s->today();
    baby.givenName = QStringLiteral("Nia");
    baby.nhsNumber = syntheticNhs(4);
    auto born = families.updateChild(baby);
    INFO(born.message().toStdString());
    REQUIRE(born.ok());
    CHECK(born.value().meta.version == 2);
    CHECK(lastAuditAction(*s) == QStringLiteral("child.update"));
}

TEST_CASE("FamilyService: a move keeps the address history and updates search", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    FamilyService families(*s);
    const Family f = registered(*s, syntheticFamily(QStringLiteral("Orla"), QStringLiteral("Dunmore"), QDate(2024, 2, 2), syntheticNhs(5)));

    REQUIRE(families.changeAddress(f.uuid, Address{QStringLiteral("3 Canal Street"), {}, QStringLiteral("Northgate"),
                                                    QStringLiteral("ng1 5ab")},
                                   s->today())
                .ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("family.move"));
    auto record = FamilyRecordService(*s).record(f.uuid);
    REQUIRE(record.ok());
    REQUIRE(record.value().addresses.size() == 2);
    CHECK(record.value().addresses.first().address.postcode == QStringLiteral("NG1 5AB"));
    CHECK(record.value().addresses.last().address.postcode == QStringLiteral("NG7 2QP"));
    CHECK(record.value().family.address.postcode == QStringLiteral("NG1 5AB"));
    CHECK(record.value().timeline.first().kind == QStringLiteral("address.changed"));

    CHECK(SearchService(*s).search(QStringLiteral("NG1 5AB")).value().rows.size() == 1);
    CHECK(SearchService(*s).search(QStringLiteral("NG7 2QP")).value().rows.isEmpty());

    // A future move, a bad postcode: refused, nothing changes.
    CHECK(families.changeAddress(f.uuid, Address{QStringLiteral("1 Mill Lane"), {}, {}, QStringLiteral("NG1 5AB")}, s->today().addDays(1))
              .error().code == ErrorCode::Invalid);
    CHECK(families.changeAddress(f.uuid, Address{QStringLiteral("1 Mill Lane"), {}, {}, QStringLiteral("XX")}, s->today())
              .error().code == ErrorCode::Invalid);
    CHECK(FamilyRecordService(*s).record(f.uuid).value().addresses.size() == 2);
}

TEST_CASE("FamilyService: a stale edit is refused instead of overwriting someone else's change", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    FamilyService families(*s);
    const Family f = registered(*s, syntheticFamily(QStringLiteral("Ezra"), QStringLiteral("Greaves"), QDate(2023, 9, 9), syntheticNhs(6)));

    Family first = FamilyRecordService(*s).record(f.uuid).value().family;
    Family second = first;
    first.mainLanguage = QStringLiteral("Polish");
    first.interpreterNeeded = true;
    REQUIRE(families.updateHousehold(first).ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("family.update"));
    second.ward = QStringLiteral("Hillfield");
    auto stale = families.updateHousehold(second);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    const Family now = FamilyRecordService(*s).record(f.uuid).value().family;
    CHECK(now.mainLanguage == QStringLiteral("Polish"));
    CHECK(now.ward == QStringLiteral("Riverside"));
    CHECK(now.meta.version == 2);
}

TEST_CASE("FamilyService: involvement of services and workers is recorded and audited", "[services][families]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    FamilyService families(*s);
    const Family f = registered(*s, syntheticFamily(QStringLiteral("Rhys"), QStringLiteral("Harrowby"), QDate(2024, 4, 4), syntheticNhs(8)));

    Involvement salt;
    salt.service = QStringLiteral("speech-language-therapy");
    salt.workerName = QStringLiteral("Priya Saltmarsh");
    salt.organisation = QStringLiteral("Northgate Community Health");
    auto added = families.addInvolvement(f.uuid, salt);
    REQUIRE(added.ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("involvement.create"));

    Involvement bad;
    bad.service = QStringLiteral("astrology");
    bad.workerName = QStringLiteral("Nobody");
    CHECK(families.addInvolvement(f.uuid, bad).error().code == ErrorCode::Invalid);

    REQUIRE(families.endInvolvement(added.value().uuid, s->today()).ok());
    CHECK(lastAuditAction(*s) == QStringLiteral("involvement.end"));
    auto involved = FamilyRecordService(*s).record(f.uuid).value().involved;
    REQUIRE(involved.size() == 1);
    CHECK(involved.first().until.has_value());
    CHECK(involved.first().contacts == 0);

    // A user of the store taking on the key-worker role becomes the household's key worker;
    // when that involvement ends, the household has none until someone takes it on.
    Involvement hv;
    hv.service = QStringLiteral("health-visiting");
    hv.workerName = s->user().displayName;
    hv.workerUserUuid = s->user().uuid;
    hv.keyWorker = true;
    auto keyWorker = families.addInvolvement(f.uuid, hv);
    REQUIRE(keyWorker.ok());
    auto record = FamilyRecordService(*s).record(f.uuid).value();
    CHECK(record.family.keyWorkerUuid == s->user().uuid);
    CHECK(record.keyWorkerName == s->user().displayName);
    REQUIRE(families.endInvolvement(keyWorker.value().uuid, s->today()).ok());
    record = FamilyRecordService(*s).record(f.uuid).value();
    CHECK(record.family.keyWorkerUuid.isEmpty());
    CHECK(record.keyWorkerName.isEmpty());
}
