// The consent matrix end to end: what a health visiting store's export carries for each child,
// read back by the children's centre with its own keys.
#include "AssessmentFixtures.h"
#include "FamilyFixtures.h"
#include "HealthVisitingFixtures.h"
#include "SharingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/SharedItemsService.h"
#include "tandem/services/VisitService.h"
#include "tandem/sharing/BundleFile.h"
#include "tandem/sharing/FhirReader.h"
#include "tandem/store/Database.h"

#include <QBuffer>
#include <QFile>

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDate kBorn(2024, 12, 1); // 13 months old on the fixtures' today

struct Opened {
    QByteArray plaintext;
    QList<sharing::SharedChild> children;
};

// Opens a bundle as the recipient would, keeping the decrypted text for searching.
Opened open(OrgStore& recipient, OrgStore& sender, const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Opened out;
    sharing::FhirReader reader;
    const QByteArray senderKey = sender.card().signingKey;
    auto refused = sharing::BundleReader::read(
        file, recipient.code(), recipient.keys(), [&](const QString& code) -> std::optional<QByteArray> {
            return code == sender.code() ? std::optional<QByteArray>(senderKey) : std::nullopt;
        },
        [&](const QByteArray& chunk) -> Result<void> {
            out.plaintext += chunk;
            return reader.feed(chunk);
        });
    INFO((refused ? refused->message : QString()).toStdString());
    REQUIRE_FALSE(refused.has_value());
    REQUIRE(reader.finish().ok());
    out.children = reader.children();
    return out;
}

const sharing::SharedChild* find(const Opened& o, const QString& childUuid)
{
    for (const sharing::SharedChild& c : o.children)
        if (c.id == childUuid)
            return &c;
    return nullptr;
}

struct Scenario {
    SharingPair pair;
    OrgStore other{QStringLiteral("Eastfield Family Hub"), QStringLiteral("FH02")};
    std::unique_ptr<Session> hv;

    Scenario()
    {
        addPartner(pair.hv(), other);
        hv = pair.hv().as("hv");
    }

    // A family with one child, a contact (with a restricted note written at it), an ASQ-3 and notes.
    Family family(const QString& given, int seed)
    {
        Family f = registerHvFamily(*hv, given, QStringLiteral("Ashdown"), kBorn, seed);
        Contact c = contactDraft(f, QStringLiteral("additional"), QDateTime(QDate(2026, 1, 5), QTime(10, 0)));
        Note atVisit;
        atVisit.restriction = NoteRestriction::Safeguarding;
        atVisit.text = QStringLiteral("RESTRICTED-AT-VISIT-") + given;
        c.notes << atVisit;
        REQUIRE(VisitService(*hv).logContact(c).ok());
        for (auto [restriction, text] : {std::pair{NoteRestriction::HealthVisiting, QStringLiteral("RESTRICTED-HV-")},
                                         std::pair{NoteRestriction::None, QStringLiteral("PLAIN-NOTE-")}}) {
            Note n;
            n.familyUuid = f.uuid;
            n.childUuid = f.children.first().uuid;
            n.restriction = restriction;
            n.text = text + given;
            auto added = NoteService(*hv).addNote(n);
            INFO(added.message().toStdString());
            REQUIRE(added.ok());
        }
        auto asq = AssessmentService(*hv).addAsq3(asq3Totals(f.children.first().uuid, QDate(2026, 1, 10), {50, 45, 40, 55, 50}));
        INFO(asq.message().toStdString());
        REQUIRE(asq.ok());
        return f;
    }

    Consent consent(const Family& f, const QStringList& partners, const QList<ShareCategory>& categories, QDate given = QDate(2026, 1, 2),
                    QDate review = QDate(2027, 1, 2))
    {
        auto record = FamilyRecordService(*hv).record(f.uuid);
        REQUIRE(record.ok());
        Consent c;
        c.familyUuid = f.uuid;
        c.childUuid = f.children.first().uuid;
        c.givenByPersonUuid = record.value().family.adults.first().uuid;
        c.partnerCodes = partners;
        c.categories = categories;
        c.purpose = QStringLiteral("Family support at the children's centre");
        c.method = QStringLiteral("verbal");
        c.givenOn = given;
        c.reviewOn = review;
        auto stored = ConsentService(*hv).record(c);
        INFO(stored.message().toStdString());
        REQUIRE(stored.ok());
        return stored.value();
    }

    QString exportToCentre(const QString& name = QStringLiteral("bundle.tandem-bundle"))
    {
        const QString path = pair.hv().dir() + QLatin1Char('/') + name;
        auto sent = BundleExportService(*hv).exportTo(QStringLiteral("CC01"), path);
        INFO(sent.message().toStdString());
        REQUIRE(sent.ok());
        return path;
    }
};

QString leftOutReason(const ExportPreview& p, const QString& childUuid)
{
    for (const LeftOutChild& l : p.leftOut)
        if (l.childUuid == childUuid)
            return l.reason;
    return {};
}

} // namespace

TEST_CASE("Each case of the consent matrix sends exactly what it should", "[export][consent]")
{
    Scenario s;
    const Family none = s.family(QStringLiteral("Nia"), 51);           // no consent
    const Family otherPartner = s.family(QStringLiteral("Owen"), 52);  // consent for another partner
    const Family partial = s.family(QStringLiteral("Pia"), 53);        // identity + assessments, not contacts
    const Family expired = s.family(QStringLiteral("Quinn"), 54);      // consent past its review date
    const Family withdrawn = s.family(QStringLiteral("Rosa"), 55);     // consent withdrawn
    const Family safeguarding = s.family(QStringLiteral("Sami"), 56);  // no consent, safeguarding share

    s.consent(otherPartner, {QStringLiteral("FH02")}, ShareCategories::all());
    s.consent(partial, {QStringLiteral("CC01")}, {ShareCategory::Identity, ShareCategory::Assessments});
    s.consent(expired, {QStringLiteral("CC01")}, ShareCategories::all(), QDate(2024, 1, 1), QDate(2026, 1, 14));
    const Consent w = s.consent(withdrawn, {QStringLiteral("CC01")}, ShareCategories::all());
    REQUIRE(ConsentService(*s.hv).withdraw(w.uuid, QDate(2026, 1, 15), QStringLiteral("Parent changed her mind")).ok());
    SafeguardingDecision d;
    d.childUuid = safeguarding.children.first().uuid;
    d.share = true;
    d.partnerCode = QStringLiteral("CC01");
    d.categories = {ShareCategory::Identity, ShareCategory::HealthVisitingContacts};
    d.reason = QStringLiteral("Child at risk of significant harm; the centre must know of the visits");
    d.decidedOn = QDate(2026, 1, 15);
    d.shareUntil = QDate(2026, 2, 15);
    d.authoriserUserUuid = s.pair.hv().as("lead")->user().uuid;
    REQUIRE(ConsentService(*s.hv).recordSafeguarding(d).ok());

    auto preview = BundleExportService(*s.hv).preview(QStringLiteral("CC01"));
    REQUIRE(preview.ok());
    CHECK(preview.value().children == 2);
    CHECK(preview.value().safeguardingShares == 1);
    CHECK(preview.value().withdrawalNotices == 0); // Rosa was never sent, so nothing to withdraw
    CHECK(leftOutReason(preview.value(), otherPartner.children.first().uuid).contains(QStringLiteral("other organisations")));
    CHECK(leftOutReason(preview.value(), expired.children.first().uuid).contains(QStringLiteral("expired")));
    CHECK(leftOutReason(preview.value(), withdrawn.children.first().uuid).contains(QStringLiteral("withdrawn")));
    CHECK(leftOutReason(preview.value(), none.children.first().uuid).isEmpty()); // no consent at all: not listed one by one
    CHECK_FALSE(QFile::exists(s.pair.hv().dir() + QStringLiteral("/bundle.tandem-bundle")));

    const Opened bundle = open(s.pair.cc(), s.pair.hv(), s.exportToCentre());
    REQUIRE(bundle.children.size() == 2);
    for (const Family* left : {&none, &otherPartner, &expired, &withdrawn})
        CHECK(find(bundle, left->children.first().uuid) == nullptr);

    const sharing::SharedChild* pia = find(bundle, partial.children.first().uuid);
    REQUIRE(pia != nullptr);
    CHECK(pia->categories == QList<ShareCategory>{ShareCategory::Identity, ShareCategory::Assessments});
    CHECK(pia->identity.has_value());
    CHECK_FALSE(pia->birth.has_value());
    CHECK(pia->contacts.isEmpty()); // a category not covered: the contact stays behind
    CHECK(pia->eyfsChecks.isEmpty());
    CHECK_FALSE(pia->plan.has_value());
    CHECK(pia->assessments.size() == 1);
    REQUIRE(pia->consents.size() == 1);
    CHECK_FALSE(pia->consents.first().safeguarding);

    const sharing::SharedChild* sami = find(bundle, safeguarding.children.first().uuid);
    REQUIRE(sami != nullptr);
    CHECK(sami->categories == QList<ShareCategory>{ShareCategory::Identity, ShareCategory::HealthVisitingContacts});
    CHECK(sami->contacts.size() == 1);
    CHECK(sami->assessments.isEmpty());
    REQUIRE(sami->consents.size() == 1);
    CHECK(sami->consents.first().safeguarding);
    CHECK(sami->consents.first().givenByName == QStringLiteral("Priya Castellan"));

    // Notes never leave the store, restricted or not.
    CHECK_FALSE(bundle.plaintext.contains("RESTRICTED"));
    CHECK_FALSE(bundle.plaintext.contains("PLAIN-NOTE"));
}

TEST_CASE("A withdrawal after a share sends a withdrawal notice, and only to the partner that had the child", "[export][consent]")
{
    Scenario s;
    const Family f = s.family(QStringLiteral("Tomos"), 61);
    const Consent c = s.consent(f, {QStringLiteral("CC01")}, ShareCategories::all());
    const Opened first = open(s.pair.cc(), s.pair.hv(), s.exportToCentre(QStringLiteral("first.tandem-bundle")));
    REQUIRE(first.children.size() == 1);
    CHECK_FALSE(first.children.first().withdrawalNotice);

    s.pair.hv().clock().set(QDateTime(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC));
    auto hv = s.pair.hv().as("hv");
    REQUIRE(ConsentService(*hv).withdraw(c.uuid, QDate(2026, 1, 20), QStringLiteral("Family moved away")).ok());
    auto sent = BundleExportService(*hv).exportTo(QStringLiteral("CC01"), s.pair.hv().dir() + QStringLiteral("/second.tandem-bundle"));
    REQUIRE(sent.ok());
    CHECK(sent.value().sent.withdrawalNotices == 1);
    const Opened second = open(s.pair.cc(), s.pair.hv(), sent.value().path);
    REQUIRE(second.children.size() == 1);
    const sharing::SharedChild& notice = second.children.first();
    CHECK(notice.withdrawalNotice);
    CHECK(notice.contacts.isEmpty());
    CHECK_FALSE(notice.identity.has_value());
    REQUIRE(notice.consents.size() == 1);
    CHECK(notice.consents.first().withdrawn);

    // The other partner never had the child, so has nothing to hear about it.
    auto none = BundleExportService(*hv).exportTo(QStringLiteral("FH02"), s.pair.hv().dir() + QStringLiteral("/fh.tandem-bundle"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.message().contains(QStringLiteral("Nothing can be sent")));
}

TEST_CASE("An export is audited, logged and on each family's timeline; a failed one leaves no file", "[export]")
{
    Scenario s;
    const Family f = s.family(QStringLiteral("Ula"), 71);
    s.consent(f, {QStringLiteral("CC01")}, {ShareCategory::Identity});
    const QString path = s.exportToCentre();
    CHECK(QFile::exists(path));
    auto count = [&](const char* sql) { return s.hv->database().scalarInt(QString::fromLatin1(sql)).value(); };
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'bundle.export'") == 1);
    CHECK(count("SELECT count(*) FROM bundle_log WHERE direction = 'sent'") == 1);
    CHECK(count("SELECT count(*) FROM timeline_event WHERE kind = 'share.sent'") == 1);
    CHECK(count("SELECT count(*) FROM partner WHERE code = 'CC01' AND last_sent_at IS NOT NULL") == 1);

    const QString badPath = s.pair.hv().dir() + QStringLiteral("/no-such-folder/x/bundle.tandem-bundle");
    auto failed = BundleExportService(*s.hv).exportTo(QStringLiteral("CC01"), badPath);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(QFile::exists(badPath));
    CHECK(count("SELECT count(*) FROM bundle_log") == 1);

    auto unknown = BundleExportService(*s.hv).preview(QStringLiteral("ZZ99"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    auto admin = s.pair.hv().admin();
    auto denied = BundleExportService(*admin).preview(QStringLiteral("CC01"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A health visiting export imported by the children's centre keeps every permitted field", "[export][import]")
{
    Scenario s;
    // Siblings with one mother, a contact covering both, a family consent for everything.
    Family f = s.family(QStringLiteral("Wren"), 81);
    Child sibling;
    sibling.givenName = QStringLiteral("Ezra");
    sibling.familyName = QStringLiteral("Ashdown");
    sibling.preferredName = QStringLiteral("Ez");
    sibling.dateOfBirth = QDate(2023, 6, 2);
    sibling.sex = QStringLiteral("male");
    sibling.nhsNumber = syntheticNhs(82);
    sibling.gestationWeeks = 36;
    auto added = FamilyService(*s.hv).addChild(f.uuid, sibling);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    Contact both = contactDraft(f, QStringLiteral("clinic"), QDateTime(QDate(2026, 1, 12), QTime(14, 30)), QStringLiteral("clinic"));
    both.childUuids << added.value().uuid;
    both.outcome = QStringLiteral("Both children weighed; Ezra's speech to be reviewed");
    FollowUpAction action;
    action.description = QStringLiteral("Refer Ezra to the Chatterbox group");
    action.dueOn = QDate(2026, 2, 20);
    action.ownerName = QStringLiteral("Centre worker");
    both.actions << action;
    REQUIRE(VisitService(*s.hv).logContact(both).ok());
    REQUIRE(CareTeamService(*s.hv).setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("Speech and language concerns"),
                                                   QDate(2026, 1, 15)).ok());
    auto record = FamilyRecordService(*s.hv).record(f.uuid);
    REQUIRE(record.ok());
    Consent c;
    c.familyUuid = f.uuid;
    c.givenByPersonUuid = record.value().family.adults.first().uuid;
    c.partnerCodes = {QStringLiteral("CC01")};
    c.categories = ShareCategories::all();
    c.purpose = QStringLiteral("So the centre can plan speech support");
    c.method = QStringLiteral("written");
    c.givenOn = QDate(2026, 1, 12);
    c.reviewOn = QDate(2027, 1, 12);
    REQUIRE(ConsentService(*s.hv).record(c).ok());

    const QString path = s.exportToCentre();
    auto cc = s.pair.cc().as("cc");
    auto imported = BundleImportService(*cc).import(path);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value().applied.newChildren.size() == 2);

    // Identity and birth: both children in one household with their mother, as recorded.
    auto search = SearchService(*cc).search(QStringLiteral("Ashdown"));
    REQUIRE(search.ok());
    REQUIRE(search.value().rows.size() == 2);
    auto theirs = FamilyRecordService(*cc).recordForChild(search.value().rows.first().uuid);
    REQUIRE(theirs.ok());
    const Family& got = theirs.value().family;
    CHECK(got.children.size() == 2);
    CHECK(got.adults.size() == 1);
    CHECK(got.address.line1 == record.value().family.address.line1);
    CHECK(got.address.postcode == record.value().family.address.postcode);
    CHECK(got.address.town == record.value().family.address.town);
    CHECK(got.mainLanguage == record.value().family.mainLanguage);
    const Person& mum = got.adults.first();
    const Person& hvMum = record.value().family.adults.first();
    CHECK(mum.givenName == hvMum.givenName);
    CHECK(mum.familyName == hvMum.familyName);
    CHECK(mum.phone == hvMum.phone);
    for (const Relationship& r : got.relationships) {
        CHECK(r.relationship == QStringLiteral("mother"));
        CHECK(r.parentalResponsibility);
    }
    for (const Child& mine : record.value().family.children) {
        const Child* copy = nullptr;
        for (const Child& g : got.children)
            if (g.nhsNumber == mine.nhsNumber)
                copy = &g;
        REQUIRE(copy != nullptr);
        CHECK(copy->givenName == mine.givenName);
        CHECK(copy->familyName == mine.familyName);
        CHECK(copy->preferredName == mine.preferredName);
        CHECK(copy->dateOfBirth == mine.dateOfBirth);
        CHECK(copy->sex == mine.sex);
        CHECK(copy->gestationWeeks == mine.gestationWeeks);
        CHECK(copy->meta.origin.startsWith(QStringLiteral("partner:HV01:")));
    }

    // Contacts, results, the plan and the consent arrive as shared items with every value.
    auto items = SharedItemsService(*cc).forFamily(got.uuid);
    REQUIRE(items.ok());
    QString all;
    QStringList kinds;
    for (const SharedItemView& i : items.value()) {
        all += i.title + QLatin1Char('\n') + i.detail + QLatin1Char('\n');
        kinds << i.kind;
        CHECK(i.partnerCode == QStringLiteral("HV01"));
        CHECK_FALSE(i.bundleUuid.isEmpty());
    }
    for (const char* kind : {"contact", "assessment", "plan", "consent"})
        CHECK(kinds.contains(QLatin1String(kind)));
    CHECK(all.contains(both.outcome));
    CHECK(all.contains(QStringLiteral("Feeding well")));
    CHECK(all.contains(action.description));
    CHECK(all.contains(QStringLiteral("Speech and language concerns")));
    CHECK(all.contains(c.purpose));
    CHECK_FALSE(all.contains(QStringLiteral("RESTRICTED")));
    CHECK_FALSE(all.contains(QStringLiteral("PLAIN-NOTE")));
}
