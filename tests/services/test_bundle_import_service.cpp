#include "FamilyFixtures.h"
#include "SharingFixtures.h"

#include "tandem/services/BundleImportService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/NoteService.h"
#include "tandem/sharing/FhirWriter.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/Database.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SharedItemRepository.h"
#include "tandem/store/TimelineRepository.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QUuid>

using namespace tandem;
using namespace tandem::test;
using sharing::SharedChild;

namespace {

const QDate kDob(2024, 1, 10);

// The children's centre store receiving bundles from the health visiting team, with its
// practitioner signed in.
struct World {
    SharingPair pair;
    std::unique_ptr<Session> cc = pair.cc().as("cc");
    int files = 0;

    QString file(const QByteArray& bytes)
    {
        return writeBundleFile(pair.cc().dir(), QStringLiteral("bundle-%1.tandem").arg(++files), bytes);
    }
    QString bundle(const QList<SharedChild>& children, const QString& uuid = {}, const QDateTime& at = {})
    {
        return file(buildBundle(pair.hv(), pair.cc(), children, uuid, at));
    }
    // A later bundle: the sender's clock moves on an hour first.
    QString later(const QList<SharedChild>& children)
    {
        pair.hv().clock().advanceMs(3600 * 1000);
        return bundle(children);
    }
    ImportResult import(const QString& path)
    {
        auto r = BundleImportService(*cc).import(path);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    store::Database& db() { return cc->database(); }
    std::optional<Child> childWithNhs(const QString& nhs)
    {
        auto found = store::ChildRepository(db()).withNhsNumber(nhs);
        REQUIRE(found.ok());
        if (!found.value())
            return std::nullopt;
        auto child = store::ChildRepository(db()).load(found.value()->uuid);
        REQUIRE(child.ok());
        return child.value();
    }
    Child child(const QString& nhs)
    {
        auto c = childWithNhs(nhs);
        REQUIRE(c.has_value());
        return *c;
    }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        auto n = db().scalarInt(sql, params);
        REQUIRE(n.ok());
        return n.value();
    }
    QStringList timelineKinds(const QString& familyUuid)
    {
        auto rows = store::TimelineRepository(db()).forFamily(familyUuid);
        REQUIRE(rows.ok());
        QStringList kinds;
        for (const auto& r : rows.value())
            kinds << r.kind;
        return kinds;
    }
    QList<store::SharedItem> items(const QString& childUuid)
    {
        auto items = store::SharedItemRepository(db()).forChild(childUuid);
        REQUIRE(items.ok());
        return items.value();
    }
    Family registerLocal(const QString& given, const QString& familyName, const QString& nhs)
    {
        auto family = FamilyService(*cc).registerFamily(syntheticFamily(given, familyName, kDob, nhs));
        INFO(family.message().toStdString());
        REQUIRE(family.ok());
        return family.value();
    }
    void editChild(const QString& nhs, const std::function<void(Child&)>& edit)
    {
        Child c = child(nhs);
        edit(c);
        auto updated = FamilyService(*cc).updateChild(c);
        INFO(updated.message().toStdString());
        REQUIRE(updated.ok());
    }
};

const FieldChange* findChange(const ImportPreview& p, const QString& field)
{
    for (const FieldChange& c : p.changes)
        if (c.field == field)
            return &c;
    return nullptr;
}

void requireRefused(World& w, const QString& path)
{
    const QStringList before = dumpStore(w.db());
    auto preview = BundleImportService(*w.cc).preview(path);
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().code == ErrorCode::Refused);
    auto imported = BundleImportService(*w.cc).import(path);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::Refused);
    CHECK_FALSE(imported.message().isEmpty());
    CHECK(dumpStore(w.db()) == before);
}

} // namespace

TEST_CASE("A child new to the store is created from the partner's bundle with its provenance", "[bundle-import]")
{
    World w;
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    const QString bundleUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ImportResult r = w.import(w.bundle({ada}, bundleUuid));

    CHECK(r.applied.newChildren == QStringList{QStringLiteral("Ada Ashdown")});
    CHECK(r.applied.matchedChildren.isEmpty());
    CHECK(r.applied.changes.isEmpty());
    CHECK(r.applied.sharedItems == 6);
    CHECK(r.applied.partner.code == QLatin1String("HV01"));

    const Child child = w.child(syntheticNhs(1));
    const QString origin = QStringLiteral("partner:HV01:") + bundleUuid;
    CHECK(child.meta.origin == origin);
    CHECK(child.gpPractice == QLatin1String("Foundry Lane Surgery"));
    CHECK(child.preferredName == QLatin1String("Ada"));
    CHECK(child.gestationWeeks == 39);
    CHECK(child.sex == QLatin1String("female"));
    auto family = store::FamilyRepository(w.db()).load(child.familyUuid);
    REQUIRE(family.ok());
    CHECK(family.value().meta.origin == origin);
    CHECK(family.value().address.line1 == QLatin1String("12 Foundry Close"));
    CHECK(family.value().address.postcode == QLatin1String("NG7 2QP"));
    auto adults = store::PersonRepository(w.db()).forFamily(child.familyUuid);
    REQUIRE(adults.ok());
    REQUIRE(adults.value().size() == 1);
    CHECK(adults.value().first().meta.origin == origin);
    CHECK(adults.value().first().phone == QLatin1String("07700 900123"));
    auto rels = store::PersonRepository(w.db()).relationshipsForChild(child.uuid);
    REQUIRE(rels.ok());
    REQUIRE(rels.value().size() == 1);
    CHECK(rels.value().first().relationship == QLatin1String("mother"));
    CHECK(rels.value().first().parentalResponsibility);
    CHECK(rels.value().first().meta.origin == origin);

    const auto items = w.items(child.uuid);
    REQUIRE(items.size() == 6);
    QStringList kinds;
    for (const store::SharedItem& i : items) {
        kinds << i.kind;
        CHECK(i.partnerName == QLatin1String("Northgate Health Visiting"));
        CHECK(i.bundleUuid == bundleUuid);
        CHECK_FALSE(i.safeguarding);
    }
    kinds.sort();
    CHECK(kinds == QStringList{"assessment", "consent", "contact", "eyfs", "plan", "review"});
    for (const store::SharedItem& i : items) {
        if (i.kind == QLatin1String("contact")) {
            CHECK(i.detail.contains(QLatin1String("Feeding well; weight on the 50th centile.")));
            CHECK(i.detail.contains(QLatin1String("Amara Nwosu-Lane")));
            CHECK(i.occurredOn == kDob.addDays(12));
            CHECK(i.category == QLatin1String("hv-contacts"));
        }
        if (i.kind == QLatin1String("assessment")) {
            CHECK(i.detail.contains(QLatin1String("All areas on schedule")));
            CHECK(i.detail.contains(QLatin1String("asq3-2024.1")));
            CHECK(i.detail.contains(QLatin1String("communication")));
        }
        if (i.kind == QLatin1String("plan"))
            CHECK(i.detail.contains(QLatin1String("Sleep workshop at the children's centre")));
        if (i.kind == QLatin1String("consent"))
            CHECK(i.detail.contains(QLatin1String("Joined-up support from the children's centre")));
    }

    CHECK(w.count(QStringLiteral("SELECT count(*) FROM bundle_log WHERE uuid = ? AND direction = 'received'"), {bundleUuid}) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM partner WHERE code = 'HV01' AND last_received_at IS NOT NULL")) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'bundle.import' AND instr(record_ids, ?) > 0"),
                  {child.uuid}) == 1);
    CHECK(w.timelineKinds(child.familyUuid).contains(QStringLiteral("share.received")));
}

TEST_CASE("An unborn child arrives with its expected delivery date", "[bundle-import]")
{
    World w;
    SharedChild baby = minimalChild(sharedChild(QStringLiteral("Baby"), QStringLiteral("Carrow"), kDob, {}), {ShareCategory::Birth});
    baby.dateOfBirth.reset();
    baby.birth = sharing::SharedBirth{std::nullopt, QDate(2026, 3, 1)};
    const ImportResult r = w.import(w.bundle({baby}));
    CHECK(r.applied.newChildren == QStringList{QStringLiteral("Baby Carrow")});
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM child WHERE expected_delivery_date = '2026-03-01' AND date_of_birth IS NULL")) == 1);
    // With no identity shared the household has no address yet, and no adults.
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM family WHERE address_line1 = '' AND postcode = ''")) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM person")) == 0);
}

TEST_CASE("A child already here is matched by NHS number and nothing is overwritten silently", "[bundle-import]")
{
    World w;
    const Family local = w.registerLocal(QStringLiteral("Ada"), QStringLiteral("Ashdown"), syntheticNhs(2));
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(2));
    const ImportResult r = w.import(w.bundle({ada}));

    CHECK(r.applied.matchedChildren == QStringList{QStringLiteral("Ada Ashdown")});
    CHECK(r.applied.newChildren.isEmpty());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM child")) == 1);
    // The mother is the same person, known here by name: no second record.
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
    // Fields never compared before and different here are conflicts; the local values stay.
    const FieldChange* gp = findChange(r.applied, QStringLiteral("child.gpPractice"));
    REQUIRE(gp != nullptr);
    CHECK(gp->conflict);
    CHECK(gp->partnerValue == QLatin1String("Foundry Lane Surgery"));
    CHECK(gp->childUuid == local.children.first().uuid);
    CHECK(findChange(r.applied, QStringLiteral("adult.email")) != nullptr);
    CHECK(findChange(r.applied, QStringLiteral("child.givenName")) == nullptr);
    CHECK(r.applied.conflicts == r.applied.changes.size());
    const Child child = w.child(syntheticNhs(2));
    CHECK(child.gpPractice.isEmpty());
    CHECK(child.meta.origin == QLatin1String("local"));
    CHECK(child.meta.version == 1);
    CHECK(w.items(child.uuid).size() == 6);
}

TEST_CASE("The preview lists new and matched children and changes, and writes nothing", "[bundle-import]")
{
    World w;
    w.registerLocal(QStringLiteral("Ada"), QStringLiteral("Ashdown"), syntheticNhs(2));
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(2));
    const SharedChild ben = sharedChild(QStringLiteral("Ben"), QStringLiteral("Brightwell"), kDob.addDays(40), syntheticNhs(3));
    const QString path = w.bundle({ada, ben});
    const QStringList before = dumpStore(w.db());

    auto preview = BundleImportService(*w.cc).preview(path);
    INFO(preview.message().toStdString());
    REQUIRE(preview.ok());
    const ImportPreview& p = preview.value();
    CHECK_FALSE(p.alreadyImported);
    CHECK(p.olderThanImported.isEmpty());
    CHECK(p.newChildren == QStringList{QStringLiteral("Ben Brightwell")});
    CHECK(p.matchedChildren == QStringList{QStringLiteral("Ada Ashdown")});
    CHECK(findChange(p, QStringLiteral("child.gpPractice")) != nullptr);
    CHECK(p.conflicts > 0);
    CHECK(p.sharedItems == 12);
    REQUIRE_FALSE(p.perCategory.isEmpty());
    CHECK(p.perCategory.first() == qMakePair(ShareCategory::Identity, 2));
    CHECK(p.withdrawals.isEmpty());
    CHECK(dumpStore(w.db()) == before);
}

TEST_CASE("Importing the same bundle twice changes nothing the second time", "[bundle-import]")
{
    World w;
    const QString path = w.bundle({sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1))});
    w.import(path);
    const QStringList before = dumpStore(w.db());
    const ImportResult again = w.import(path);
    CHECK(again.applied.alreadyImported);
    CHECK(again.applied.newChildren.isEmpty());
    CHECK(dumpStore(w.db()) == before);
}

TEST_CASE("An older bundle from the same partner is refused with nothing changed", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    const QDateTime early(QDate(2026, 1, 12), QTime(8, 0), Qt::UTC);
    const QDateTime late(QDate(2026, 1, 14), QTime(16, 30), Qt::UTC);
    const QString older = w.bundle({ada}, {}, early);
    ada.identity->gpPractice = QStringLiteral("Riverside Medical Centre");
    w.import(w.bundle({ada}, {}, late));
    const QStringList before = dumpStore(w.db());

    auto preview = BundleImportService(*w.cc).preview(older);
    REQUIRE(preview.ok());
    CHECK_FALSE(preview.value().olderThanImported.isEmpty());
    auto refused = BundleImportService(*w.cc).import(older);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK(refused.message().contains(QLatin1String("2026-01-12 08:00")));
    CHECK(refused.message().contains(QLatin1String("2026-01-14 16:30")));
    CHECK(dumpStore(w.db()) == before);
    CHECK(w.child(syntheticNhs(1)).gpPractice == QLatin1String("Riverside Medical Centre"));
}

TEST_CASE("A partner's change is applied when the field was not changed here", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    const Child before = w.child(syntheticNhs(1));

    ada.identity->gpPractice = QStringLiteral("Riverside Medical Centre");
    ada.identity->adults[0].phone = QStringLiteral("07700 900456");
    ada.identity->address.postcode = QStringLiteral("NG7 2RD");
    const ImportResult r = w.import(w.later({ada}));

    CHECK(r.applied.matchedChildren == QStringList{QStringLiteral("Ada Ashdown")});
    CHECK(r.applied.conflicts == 0);
    const FieldChange* gp = findChange(r.applied, QStringLiteral("child.gpPractice"));
    REQUIRE(gp != nullptr);
    CHECK_FALSE(gp->conflict);
    CHECK(gp->localValue == QLatin1String("Foundry Lane Surgery"));
    CHECK(gp->partnerValue == QLatin1String("Riverside Medical Centre"));
    const Child after = w.child(syntheticNhs(1));
    CHECK(after.gpPractice == QLatin1String("Riverside Medical Centre"));
    CHECK(after.meta.version == before.meta.version + 1);
    auto family = store::FamilyRepository(w.db()).load(after.familyUuid);
    REQUIRE(family.ok());
    CHECK(family.value().address.postcode == QLatin1String("NG7 2RD"));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM person WHERE phone = '07700 900456'")) == 1);
    CHECK(w.timelineKinds(after.familyUuid).count(QStringLiteral("share.changed")) == 3);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM share_conflict")) == 0);
}

TEST_CASE("A local change is kept when the partner did not change the field", "[bundle-import]")
{
    World w;
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    w.editChild(syntheticNhs(1), [](Child& c) { c.gpPractice = QStringLiteral("Brook Lane Surgery"); });

    const ImportResult r = w.import(w.later({ada}));
    CHECK(r.applied.changes.isEmpty());
    CHECK(w.child(syntheticNhs(1)).gpPractice == QLatin1String("Brook Lane Surgery"));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM share_conflict")) == 0);
}

TEST_CASE("A field changed here and by the partner is kept as a conflict until a person resolves it", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    w.editChild(syntheticNhs(1), [](Child& c) { c.gpPractice = QStringLiteral("Brook Lane Surgery"); });
    ada.identity->gpPractice = QStringLiteral("Riverside Medical Centre");
    const ImportResult r = w.import(w.later({ada}));

    REQUIRE(r.applied.conflicts == 1);
    const FieldChange* gp = findChange(r.applied, QStringLiteral("child.gpPractice"));
    REQUIRE(gp != nullptr);
    CHECK(gp->conflict);
    CHECK(gp->localValue == QLatin1String("Brook Lane Surgery"));
    CHECK(gp->partnerValue == QLatin1String("Riverside Medical Centre"));
    const Child child = w.child(syntheticNhs(1));
    CHECK(child.gpPractice == QLatin1String("Brook Lane Surgery"));

    BundleImportService service(*w.cc);
    auto open = service.conflicts(child.familyUuid);
    REQUIRE(open.ok());
    REQUIRE(open.value().size() == 1);
    const ShareConflict c = open.value().first();
    CHECK(c.childName == QLatin1String("Ada Ashdown"));
    CHECK(c.partnerName == QLatin1String("Northgate Health Visiting"));
    CHECK(c.partnerCode == QLatin1String("HV01"));
    CHECK(c.field == QLatin1String("child.gpPractice"));
    CHECK(c.fieldLabel == QLatin1String("GP practice"));
    CHECK(c.localValue == QLatin1String("Brook Lane Surgery"));
    CHECK(c.partnerValue == QLatin1String("Riverside Medical Centre"));
    CHECK(c.detectedAt.isValid());
    auto all = service.conflicts();
    REQUIRE(all.ok());
    CHECK(all.value().size() == 1);

    // The same partner value again: still one conflict, not two.
    w.import(w.later({ada}));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM share_conflict")) == 1);

    SECTION("keeping the partner's value writes it into the record")
    {
        auto resolved = service.resolve(c.uuid, true);
        INFO(resolved.message().toStdString());
        REQUIRE(resolved.ok());
        CHECK(w.child(syntheticNhs(1)).gpPractice == QLatin1String("Riverside Medical Centre"));
        CHECK(w.count(QStringLiteral("SELECT count(*) FROM share_conflict WHERE resolution = 'partner' AND resolved_at IS NOT NULL")) == 1);
    }
    SECTION("keeping the local value leaves the record, and the same partner value does not conflict again")
    {
        auto resolved = service.resolve(c.uuid, false);
        INFO(resolved.message().toStdString());
        REQUIRE(resolved.ok());
        CHECK(w.child(syntheticNhs(1)).gpPractice == QLatin1String("Brook Lane Surgery"));
        const ImportResult again = w.import(w.later({ada}));
        CHECK(again.applied.changes.isEmpty());
        CHECK(w.child(syntheticNhs(1)).gpPractice == QLatin1String("Brook Lane Surgery"));
    }
    auto remaining = service.conflicts();
    REQUIRE(remaining.ok());
    CHECK(remaining.value().isEmpty());
    CHECK(w.timelineKinds(child.familyUuid).contains(QStringLiteral("share.conflict-resolved")));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'share.resolve'")) == 1);
    auto twice = service.resolve(c.uuid, true);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
}

TEST_CASE("A withdrawal removes what the partner shared, and the record it created when nobody worked on it", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    // A later bundle changed a field: the record is still only the partner's.
    ada.identity->gpPractice = QStringLiteral("Riverside Medical Centre");
    w.import(w.later({ada}));
    const Child child = w.child(syntheticNhs(1));
    const QString partnerUuid = w.pair.cc().partner(QStringLiteral("HV01")).uuid;

    auto preview = BundleImportService(*w.cc).preview(w.later({withdrawalNotice(ada)}));
    REQUIRE(preview.ok());
    CHECK(preview.value().withdrawals == QStringList{QStringLiteral("Ada Ashdown")});
    const ImportResult r = w.import(w.later({withdrawalNotice(ada)}));

    // Six shared items, the child, its mother and its household.
    CHECK(r.itemsRemoved == 9);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM shared_item")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM partner_field WHERE partner_uuid = ?"), {partnerUuid}) == 0);
    CHECK_FALSE(w.childWithNhs(syntheticNhs(1)).has_value());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM child WHERE uuid = ? AND deleted_reason = ?"),
                  {child.uuid, QStringLiteral("Consent to share withdrawn; record removed at the partner's request")}) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM family WHERE deleted_at IS NULL")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM person WHERE deleted_at IS NULL")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'share.purge' AND entity = 'shared-data.count-9'")) == 1);
    CHECK(w.timelineKinds(child.familyUuid).contains(QStringLiteral("share.withdrawn")));
}

TEST_CASE("A child with local work keeps its record on withdrawal, but the partner's data goes", "[bundle-import]")
{
    World w;
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    const Child child = w.child(syntheticNhs(1));

    SECTION("a note written here")
    {
        Note note;
        note.familyUuid = child.familyUuid;
        note.childUuid = child.uuid;
        note.text = QStringLiteral("Came to stay and play; settled quickly.");
        auto added = NoteService(*w.cc).addNote(note);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    }
    SECTION("a field changed here")
    {
        w.editChild(syntheticNhs(1), [](Child& c) { c.preferredName = QStringLiteral("Addie"); });
    }
    const ImportResult r = w.import(w.later({withdrawalNotice(ada)}));
    CHECK(r.itemsRemoved == 6);
    CHECK(w.items(child.uuid).isEmpty());
    CHECK(w.childWithNhs(syntheticNhs(1)).has_value());
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM family WHERE deleted_at IS NULL")) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'share.purge' AND entity = 'shared-data.count-6'")) == 1);
}

TEST_CASE("A sibling in a later bundle joins the household of the parent already linked", "[bundle-import]")
{
    World w;
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    SharedChild cal = sharedChild(QStringLiteral("Cal"), QStringLiteral("Ashdown"), kDob.addYears(1), syntheticNhs(4));
    cal.identity->adults = ada.identity->adults;
    const ImportResult r = w.import(w.later({cal}));
    CHECK(r.applied.newChildren == QStringList{QStringLiteral("Cal Ashdown")});
    CHECK(w.child(syntheticNhs(4)).familyUuid == w.child(syntheticNhs(1)).familyUuid);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM relationship WHERE deleted_at IS NULL")) == 2);
}

TEST_CASE("What was shared without consent is marked as a safeguarding share", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    sharing::SharedConsent decision;
    decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    decision.safeguarding = true;
    decision.categories = {ShareCategory::HealthVisitingContacts};
    decision.purpose = QStringLiteral("Child at risk of harm; strategy meeting agreed to share.");
    decision.givenByName = QStringLiteral("Priya Castellan");
    decision.givenOn = QDate(2026, 1, 12);
    decision.reviewOn = QDate(2026, 3, 12);
    ada.consents[0].categories.removeAll(ShareCategory::HealthVisitingContacts);
    ada.consents << decision;
    const ImportResult r = w.import(w.bundle({ada}));
    CHECK(r.applied.safeguarding == QStringList{QStringLiteral("Ada Ashdown")});
    QStringList flagged;
    for (const store::SharedItem& i : w.items(w.child(syntheticNhs(1)).uuid))
        if (i.safeguarding)
            flagged << i.kind;
    flagged.sort();
    CHECK(flagged == QStringList{QStringLiteral("consent"), QStringLiteral("contact")});
}

TEST_CASE("Items missing from a later bundle stay until a withdrawal", "[bundle-import]")
{
    World w;
    SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    ada.contacts.first().outcome = QStringLiteral("Weight now on the 75th centile.");
    ada.eyfsChecks.clear();
    const ImportResult r = w.import(w.later({ada}));
    CHECK(r.applied.sharedItems == 5);
    const auto items = w.items(w.child(syntheticNhs(1)).uuid);
    CHECK(items.size() == 6);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM shared_item WHERE kind = 'contact' AND detail LIKE '%75th centile%'")) == 1);
}

TEST_CASE("Refused bundles change nothing in the store", "[bundle-import]")
{
    World w;
    const SharedChild ada = sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1));
    w.import(w.bundle({ada}));
    const QByteArray good = buildBundle(w.pair.hv(), w.pair.cc(), {ada});

    SECTION("addressed to another organisation")
    {
        OrgStore other(QStringLiteral("Eastfield Family Hub"), QStringLiteral("CC02"));
        requireRefused(w, w.file(buildBundle(w.pair.hv(), other, {ada})));
    }
    SECTION("from an organisation that is not a partner")
    {
        OrgStore stranger(QStringLiteral("Eastfield Family Hub"), QStringLiteral("CC02"));
        requireRefused(w, w.file(buildBundle(stranger, w.pair.cc(), {ada})));
    }
    SECTION("a changed byte")
    {
        for (const qsizetype at : {qsizetype(40), good.size() / 2, good.size() - 3}) {
            QByteArray damaged = good;
            damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
            requireRefused(w, w.file(damaged));
        }
    }
    SECTION("truncated")
    {
        requireRefused(w, w.file(good.left(good.size() - 20)));
    }
    SECTION("an unknown format version")
    {
        QByteArray future = good;
        const qsizetype at = future.indexOf("\"format\":1");
        REQUIRE(at > 0);
        future[at + 9] = '7';
        requireRefused(w, w.file(future));
    }
    SECTION("content that does not validate")
    {
        SharedChild undated = minimalChild(sharedChild(QStringLiteral("Dot"), QStringLiteral("Dunmore"), kDob, syntheticNhs(5)), {});
        undated.dateOfBirth.reset();
        requireRefused(w, w.bundle({undated}));
    }
    SECTION("signed content that disagrees with the header")
    {
        sharing::SharedBundleInfo info;
        info.bundleUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        info.senderCode = QStringLiteral("HV01");
        info.senderName = QStringLiteral("Northgate Health Visiting");
        info.recipientCode = QStringLiteral("CC01");
        info.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        sharing::BundleHeader header;
        header.senderCode = info.senderCode;
        header.recipientCode = info.recipientCode;
        header.bundleUuid = QUuid::createUuid().toString(QUuid::WithoutBraces); // not the content's
        header.createdAt = info.createdAt;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        auto writer = sharing::BundleWriter::start(buffer, header, w.pair.hv().keys(), w.pair.cc().card().encryptionKey);
        REQUIRE(writer.ok());
        sharing::FhirWriter fhir(info);
        REQUIRE(writer.value()->write(fhir.begin()).ok());
        REQUIRE(writer.value()->write(fhir.entries(ada)).ok());
        REQUIRE(writer.value()->write(fhir.end()).ok());
        REQUIRE(writer.value()->finish().ok());
        requireRefused(w, w.file(bytes));
    }
}

TEST_CASE("A failure while applying rolls the whole import back", "[bundle-import]")
{
    World w;
    const QString path = w.bundle({sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1))});
    // The last write of an import fails: everything before it must go too.
    REQUIRE(w.db().exec(QStringLiteral("CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.bundle_log "
                                       "BEGIN SELECT RAISE(ABORT, 'test failure'); END;")).ok());
    const QStringList before = dumpStore(w.db());
    auto failed = BundleImportService(*w.cc).import(path);
    REQUIRE_FALSE(failed.ok());
    CHECK(dumpStore(w.db()) == before);

    REQUIRE(w.db().exec(QStringLiteral("DROP TRIGGER temp.refuse_log")).ok());
    const ImportResult r = w.import(path);
    CHECK(r.applied.newChildren.size() == 1);
}

TEST_CASE("An administrator may not exchange bundles", "[bundle-import]")
{
    World w;
    const QString path = w.bundle({sharedChild(QStringLiteral("Ada"), QStringLiteral("Ashdown"), kDob, syntheticNhs(1))});
    auto admin = w.pair.cc().admin();
    BundleImportService service(*admin);
    auto preview = service.preview(path);
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().code == ErrorCode::PermissionDenied);
    auto imported = service.import(path);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::PermissionDenied);
    CHECK(service.conflicts().error().code == ErrorCode::PermissionDenied);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM child")) == 0);
}

TEST_CASE("The header can be read without keys", "[bundle-import]")
{
    World w;
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto header = BundleImportService::inspectHeader(w.bundle({}, uuid));
    REQUIRE(header.ok());
    CHECK(header.value().bundleUuid == uuid);
    CHECK(header.value().senderCode == QLatin1String("HV01"));
    CHECK(header.value().recipientCode == QLatin1String("CC01"));
}
