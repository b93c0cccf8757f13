#include "AssessmentFixtures.h"
#include "FamilyFixtures.h"
#include "HealthVisitingFixtures.h"
#include "TestStore.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/AuditService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/RecordAdminService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/UserService.h"
#include "tandem/services/VisitService.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

Family add(Session& s, const Family& f, bool confirm = false)
{
    auto r = FamilyService(s).registerFamily(f, WriteOptions{confirm});
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

qint64 auditCount(Session& s, const QString& action)
{
    return s.database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = ?"), {action}).value();
}

std::unique_ptr<Session> healthVisitor(TestStore& t)
{
    {
        auto admin = t.unlockAdmin();
        REQUIRE(UserService(*admin).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                            secret(kSecondPassphrase)).ok());
    }
    auto s = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
    REQUIRE(s.ok());
    return std::move(s.value());
}

} // namespace

TEST_CASE("RecordAdmin: only an administrator deletes, and only with a reason; deletion is soft", "[services][admin]")
{
    TestStore t;
    auto hv = healthVisitor(t);
    const Family f = add(*hv, syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), syntheticNhs(1)));
    const QString child = f.children.first().uuid;
    auto denied = RecordAdminService(*hv).deleteChild(child, QStringLiteral("Registered in error"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    hv.reset();

    auto admin = t.unlockAdmin();
    RecordAdminService records(*admin);
    CHECK(records.deleteChild(child, QStringLiteral("  ")).error().code == ErrorCode::Invalid);
    CHECK(records.deleteChild(child, QStringLiteral("no")).error().code == ErrorCode::Invalid);
    REQUIRE(records.deleteChild(child, QStringLiteral("Registered in error by the wrong team")).ok());
    CHECK(auditCount(*admin, QStringLiteral("child.delete")) == 1);

    // Still in the store, with who, when and why; gone from lists and records.
    auto row = admin->database().query(QStringLiteral("SELECT deleted_reason, deleted_by FROM child WHERE uuid = ?"), {child});
    REQUIRE(row.value().next().value());
    CHECK(row.value().text(0) == QStringLiteral("Registered in error by the wrong team"));
    CHECK(row.value().text(1) == admin->user().uuid);
    CHECK(FamilyRecordService(*admin).child(child).error().code == ErrorCode::NotFound);
    CHECK(FamilyRecordService(*admin).record(f.uuid).value().family.children.isEmpty());
    CHECK(FamilyRecordService(*admin).record(f.uuid).value().timeline.first().kind == QStringLiteral("child.deleted"));
    CHECK(records.deleteChild(child, QStringLiteral("Registered in error")).error().code == ErrorCode::NotFound);
}

TEST_CASE("RecordAdmin: deleting a household deletes everyone in it", "[services][admin]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const Family f = add(*admin, syntheticFamily(QStringLiteral("Kai"), QStringLiteral("Carrow"), QDate(2024, 6, 1), syntheticNhs(2)));
    REQUIRE(RecordAdminService(*admin).deleteFamily(f.uuid, QStringLiteral("Test registration")).ok());
    CHECK(auditCount(*admin, QStringLiteral("family.delete")) == 1);
    CHECK(FamilyRecordService(*admin).record(f.uuid).error().code == ErrorCode::NotFound);
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM person WHERE deleted_at IS NULL")).value() == 0);
    CHECK(SearchService(*admin).countChildren().value() == 0);
    // The NHS number is free again for a correct registration.
    add(*admin, syntheticFamily(QStringLiteral("Kai"), QStringLiteral("Carrow"), QDate(2024, 6, 1), syntheticNhs(2)));
}

TEST_CASE("RecordAdmin: merging two records of one child keeps all history and records the merge", "[services][admin][duplicates]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const QDate dob(2024, 8, 20);
    // The children's centre registered her without an NHS number; health visiting with one.
    const Family centre = add(*admin, syntheticFamily(QStringLiteral("Maya"), QStringLiteral("Pemberly"), dob, QString()));
    Family hvDraft = syntheticFamily(QStringLiteral("Maya"), QStringLiteral("Pemberley"), dob, syntheticNhs(3), QStringLiteral("NG5 1AA"));
    hvDraft.adults.first().givenName = QStringLiteral("Leanne");
    const Family hv = add(*admin, hvDraft, true);
    const QString keep = centre.children.first().uuid;
    const QString dup = hv.children.first().uuid;
    const qint64 auditBefore = admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit")).value();

    RecordAdminService records(*admin);
    CHECK(records.mergeChildren(keep, dup, QString()).error().code == ErrorCode::Invalid);
    auto merged = records.mergeChildren(keep, dup, QStringLiteral("Same child registered by both teams"));
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(merged.value().nhsNumber == syntheticNhs(3)); // filled from the duplicate

    // Recorded: one audit entry naming both; nothing earlier removed; the chain still verifies.
    CHECK(auditCount(*admin, QStringLiteral("child.merge")) == 1);
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit")).value() == auditBefore + 1);
    CHECK(AuditService(*admin).verify().value().intact);

    // The duplicate row is kept, marked merged; search shows one child.
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM child WHERE uuid = ? AND merged_into = ?"), {dup, keep}).value() == 1);
    auto found = SearchService(*admin).search(QStringLiteral("maya"));
    REQUIRE(found.value().rows.size() == 1);
    CHECK(found.value().rows.first().uuid == keep);
    CHECK(SearchService(*admin).search(syntheticNhs(3)).value().rows.first().uuid == keep);

    // Opening the old record leads to the kept one, whose timeline holds both histories and the merge.
    auto record = FamilyRecordService(*admin).recordForChild(dup);
    REQUIRE(record.ok());
    CHECK(record.value().family.uuid == centre.uuid);
    QStringList kinds;
    for (const TimelineEvent& e : record.value().timeline)
        kinds << e.kind;
    CHECK(kinds.first() == QStringLiteral("child.merged"));
    CHECK(kinds.count(QStringLiteral("child.registered")) == 2);
    // The other household's mother is now related to the kept record.
    QStringList adults;
    for (const Person& p : record.value().family.adults)
        adults << p.givenName;
    CHECK(adults.contains(QStringLiteral("Leanne")));
}

TEST_CASE("RecordAdmin: records that cannot be the same child are not merged", "[services][admin][duplicates]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const Family a = add(*admin, syntheticFamily(QStringLiteral("Otis"), QStringLiteral("Quarrie"), QDate(2024, 1, 1), syntheticNhs(4)));
    const Family b = add(*admin, syntheticFamily(QStringLiteral("Otis"), QStringLiteral("Quarrie"), QDate(2024, 1, 1), syntheticNhs(5)), true);
    const Family c = add(*admin, syntheticFamily(QStringLiteral("Otis"), QStringLiteral("Quarrie"), QDate(2024, 1, 2), QString()));
    RecordAdminService records(*admin);
    const QString reason = QStringLiteral("Looks like the same child");
    auto differentNhs = records.mergeChildren(a.children.first().uuid, b.children.first().uuid, reason);
    REQUIRE_FALSE(differentNhs.ok());
    CHECK(differentNhs.error().message.contains(QStringLiteral("different NHS numbers")));
    auto differentDob = records.mergeChildren(a.children.first().uuid, c.children.first().uuid, reason);
    REQUIRE_FALSE(differentDob.ok());
    CHECK(differentDob.error().message.contains(QStringLiteral("different dates of birth")));
    CHECK(records.mergeChildren(a.children.first().uuid, a.children.first().uuid, reason).error().code == ErrorCode::Invalid);
    CHECK(auditCount(*admin, QStringLiteral("child.merge")) == 0);
}

TEST_CASE("RecordAdmin: a merged duplicate's visits and assessments follow the kept record", "[services][admin][duplicates][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const QDate dob = t.today().addMonths(-25);
    const Family first = registerHvFamily(*hv, QStringLiteral("Ines"), QStringLiteral("Harrowby"), dob, 51);
    Family second = syntheticFamily(QStringLiteral("Ines"), QStringLiteral("Harrowby"), dob, QString(), QStringLiteral("NG5 1AA"));
    const Family dupFamily = add(*hv, second, true);
    const QString keep = first.children.first().uuid;
    const QString dup = dupFamily.children.first().uuid;

    auto contact = VisitService(*hv).logContact(contactDraft(dupFamily, QStringLiteral("additional"), QDateTime(t.today(), QTime(8, 0))));
    REQUIRE(contact.ok());
    auto asq3 = AssessmentService(*hv).addAsq3(asq3Totals(dup, t.today(), {50, 50, 50, 50, 50}));
    REQUIRE(asq3.ok());

    auto admin = t.store().unlockAdmin();
    REQUIRE(RecordAdminService(*admin).mergeChildren(keep, dup, QStringLiteral("Registered twice from the birth list")).ok());

    auto assessments = AssessmentService(*hv).forChild(keep);
    REQUIRE(assessments.ok());
    REQUIRE(assessments.value().size() == 1);
    CHECK(assessments.value().first().uuid == asq3.value().uuid);
    CHECK(assessments.value().first().familyUuid == first.uuid);
    auto contacts = VisitService(*hv).contactsForChild(keep);
    REQUIRE(contacts.ok());
    REQUIRE(contacts.value().size() == 1);
    CHECK(contacts.value().first().uuid == contact.value().uuid);
}
