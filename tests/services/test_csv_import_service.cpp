#include "FamilyFixtures.h"
#include "TestStore.h"

#include "tandem/core/Csv.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/services/AuditService.h"
#include "tandem/services/CsvImportService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/Database.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

using Status = ImportRow::Status;

const QString kHeader = QStringLiteral("NHS No,Forename,Surname,DOB,EDD,Address 1,Post Code,Parent Forename,Parent Surname,"
                                       "Relationship,PR,Tel");

CsvTable table(const QStringList& rows)
{
    const QByteArray bytes = (QStringList{kHeader} + rows).join(QLatin1Char('\n')).toUtf8();
    auto parsed = Csv::parse(bytes);
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

// One line of the file; the adult columns stay empty unless given.
QString row(const QString& nhs, const QString& given, const QString& family, const QString& dob, const QString& line1,
            const QString& postcode, const QString& adult = {})
{
    return QStringList{nhs, given, family, dob, QString(), line1, postcode}.join(QLatin1Char(',')) + QLatin1Char(',') +
        (adult.isEmpty() ? QStringLiteral(",,,,") : adult);
}

QString formatted(const QString& nhs) { return domain::NhsNumber::format(nhs); }

// Changes the last digit, so the number fails Modulus 11.
QString badCheckDigit(const QString& nhs)
{
    const int last = nhs.back().digitValue();
    return nhs.left(9) + QString::number((last + 1) % 10);
}

Family registered(Session& s, Family draft)
{
    auto done = FamilyService(s).registerFamily(draft);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return done.value();
}

qint64 children(Session& s) { return SearchService(s).countChildren().value(); }
qint64 families(Session& s) { return store::FamilyRepository(s.database()).countFamilies().value(); }
qint64 auditEntries(Session& s) { return AuditService(s).verify().value().entries; }

const ImportRow& at(const ImportPlan& plan, int line)
{
    for (const ImportRow& r : plan.rows)
        if (r.line == line)
            return r;
    FAIL("no row for line " << line);
    return plan.rows.first();
}

ImportOutcome applied(Session& s, const CsvTable& t, bool includeSimilar = false)
{
    auto done = CsvImportService(s).apply(t, CsvImportService::guessMapping(t.header), includeSimilar);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return done.value();
}

} // namespace

TEST_CASE("CsvImportService: fields and guessing the mapping from typical headers", "[services][csv]")
{
    const QList<ImportField> fields = CsvImportService::fields();
    CHECK(fields.size() == 24);
    QStringList required;
    for (const ImportField& f : fields)
        if (f.required)
            required << f.key;
    CHECK(required == QStringList({"child.givenName", "child.familyName", "family.addressLine1", "family.postcode"}));

    const QStringList header{"NHS No", "Forename", "Surname", "DOB", "Post Code", "Address 1", "Address 2", "Gender",
                             "Parent/Carer Forename", "Mother's Surname", "Tel", "E-mail", "Interpreter required", "Notes",
                             "Surname"};
    const CsvMapping m = CsvImportService::guessMapping(header);
    CHECK(m.value("child.nhsNumber", -1) == 0);
    CHECK(m.value("child.givenName", -1) == 1);
    CHECK(m.value("child.familyName", -1) == 2); // the first "Surname" wins
    CHECK(m.value("child.dateOfBirth", -1) == 3);
    CHECK(m.value("family.postcode", -1) == 4);
    CHECK(m.value("family.addressLine1", -1) == 5);
    CHECK(m.value("family.addressLine2", -1) == 6);
    CHECK(m.value("child.sex", -1) == 7);
    CHECK(m.value("adult.givenName", -1) == 8);
    CHECK(m.value("adult.familyName", -1) == 9);
    CHECK(m.value("adult.phone", -1) == 10);
    CHECK(m.value("adult.email", -1) == 11);
    CHECK(m.value("family.interpreterNeeded", -1) == 12);
    CHECK(m.size() == 13); // "Notes" fills nothing

    // The field keys themselves are recognised, so an exported mapping reads back.
    const CsvMapping own = CsvImportService::guessMapping({"child.givenName", "family.childrensCentre", "adult.parentalResponsibility"});
    CHECK(own.value("child.givenName", -1) == 0);
    CHECK(own.value("family.childrensCentre", -1) == 1);
    CHECK(own.value("adult.parentalResponsibility", -1) == 2);
}

TEST_CASE("CsvImportService: a bad mapping is refused before any row is read", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const CsvTable tbl = table({row(syntheticNhs(1), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP")});
    CsvMapping m = CsvImportService::guessMapping(tbl.header);
    m.remove(QStringLiteral("family.postcode"));
    auto missing = CsvImportService(*admin).plan(tbl, m);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Invalid);
    CHECK(missing.message().contains(QStringLiteral("Postcode")));
    m.insert(QStringLiteral("family.postcode"), 40);
    CHECK(CsvImportService(*admin).plan(tbl, m).message().contains(QStringLiteral("column 41")));
    m.insert(QStringLiteral("family.postcode"), 6);
    m.insert(QStringLiteral("child.shoeSize"), 1);
    CHECK(CsvImportService(*admin).plan(tbl, m).message().contains(QStringLiteral("child.shoeSize")));
}

TEST_CASE("CsvImportService: the preview gives every row a status, its line and a reason", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const Family ada = registered(*admin, syntheticFamily("Ada", "Ashdown", QDate(2024, 3, 12), syntheticNhs(1)));
    registered(*admin, syntheticFamily("Ben", "Carter", QDate(2023, 5, 5), syntheticNhs(4), QStringLiteral("NG1 1AA")));
    const qint64 childrenBefore = children(*admin);
    const qint64 auditBefore = auditEntries(*admin);

    const CsvTable tbl = table({
        row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP", "Bethan,Penn,mother,yes,07700 900123"), // 2
        row(formatted(syntheticNhs(1)), "Ada", "Ashdown", "12/03/2024", "12 Foundry Close", "NG7 2QP"),                 // 3
        row(badCheckDigit(syntheticNhs(3)), "Cara", "Doyle", "2024-04-04", "9 Mill Lane", "NG7 2QP"),                   // 4
        row(QString(), "Dev", "Eastwood", "01/06/2026", "9 Mill Lane", "NG7 2QP"),                                      // 5
        row(QString(), "Evie", "Fenn", "3/4/2024", "9 Mill Lane", QString()),                                           // 6
        row(syntheticNhs(2), "Finn", "Gale", "05/05/2024", "1 Oak Street", "NG7 2QP"),                                  // 7
        row(QString(), "Gus", "Hale", "31/02/2024", "1 Oak Street", "NG7 2QP"),                                         // 8
        row(QString(), "Adah", "Ashdown", "12/03/2024", "3 Quay Road", "NG7 1AB"),                                      // 9
        row(syntheticNhs(4), "Ben", "Carter", "06/05/2023", "12 Foundry Close", "NG1 1AA"),                             // 10
        row(QString(), "Isla", "Penn", "07/07/2023", "4 elm road", "ng72qp", "Bethan,Penn,mother,yes,"),                // 11
        row(QString(), "Noah", "Ashdown", "02/02/2022", "12 Foundry Close", "NG7 2QP"),                                 // 12
        QStringLiteral(",Baby,Ivers,,2026-03-01,5 Weir Walk,NG7 2QP,,,,,"),                                             // 13
    });
    auto planned = CsvImportService(*admin).plan(tbl, CsvImportService::guessMapping(tbl.header));
    INFO(planned.message().toStdString());
    REQUIRE(planned.ok());
    const ImportPlan& plan = planned.value();
    REQUIRE(plan.rows.size() == 12);
    std::string reasons;
    for (const ImportRow& r : plan.rows)
        reasons += "line " + std::to_string(r.line) + ": " + r.reason.toStdString() + "\n";
    INFO(reasons);

    CHECK(at(plan, 2).status == Status::New);
    CHECK(at(plan, 2).joinsFamilyUuid.isEmpty());
    CHECK(at(plan, 2).joinsRow == 0);
    CHECK(at(plan, 2).draft.children.first().nhsNumber == syntheticNhs(2));

    CHECK(at(plan, 3).status == Status::Matches);
    CHECK(at(plan, 3).matchedChildUuid == ada.children.first().uuid);
    CHECK(at(plan, 3).reason.contains(QStringLiteral("Ada Ashdown")));

    CHECK(at(plan, 4).status == Status::Error);
    CHECK(at(plan, 4).reason.startsWith(QStringLiteral("NHS No: ")));
    CHECK(at(plan, 4).reason.contains(QStringLiteral("check digit")));

    CHECK(at(plan, 5).status == Status::Error);
    CHECK(at(plan, 5).reason.startsWith(QStringLiteral("DOB: ")));
    CHECK(at(plan, 5).reason.contains(QStringLiteral("future")));

    CHECK(at(plan, 6).status == Status::Error);
    CHECK(at(plan, 6).reason.startsWith(QStringLiteral("Post Code: ")));

    CHECK(at(plan, 7).status == Status::Error);
    CHECK(at(plan, 7).reason.contains(QStringLiteral("also on row 2")));

    CHECK(at(plan, 8).status == Status::Error);
    CHECK(at(plan, 8).reason == QStringLiteral("DOB \"31/02/2024\" is not a real date."));

    CHECK(at(plan, 9).status == Status::Similar);
    CHECK(at(plan, 9).matchedChildUuid == ada.children.first().uuid);
    CHECK(at(plan, 9).reason.contains(QStringLiteral("Ada Ashdown")));

    CHECK(at(plan, 10).status == Status::Error); // the number is held for Ben, born a day earlier
    CHECK(at(plan, 10).reason.contains(QStringLiteral("Ben Carter")));
    CHECK(at(plan, 10).reason.contains(QStringLiteral("date of birth is different")));

    CHECK(at(plan, 11).status == Status::New);
    CHECK(at(plan, 11).joinsRow == 2);
    CHECK(at(plan, 11).draft.address.postcode == QStringLiteral("NG7 2QP"));

    CHECK(at(plan, 12).status == Status::New);
    CHECK(at(plan, 12).joinsFamilyUuid == ada.uuid);

    CHECK(at(plan, 13).status == Status::New);
    CHECK(at(plan, 13).draft.children.first().isUnborn());

    CHECK(plan.count(Status::New) == 4);
    CHECK(plan.count(Status::Matches) == 1);
    CHECK(plan.count(Status::Similar) == 1);
    CHECK(plan.count(Status::Error) == 6);
    // A preview writes nothing, not even an audit entry.
    CHECK(children(*admin) == childrenBefore);
    CHECK(auditEntries(*admin) == auditBefore);
}

TEST_CASE("CsvImportService: values the file writes differently are read, unreadable ones named", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const QByteArray bytes = "Forename;Surname;Date of birth;Sex;Address 1;Post Code;Interpreter;Relationship;Parent Forename;Parent Surname\n"
                             "Ada;Penn;2024-02-01;F;1 Oak Street;NG7 2QP;y;Dad;Tom;Penn\n"
                             "Bo;Penn;1/2/2024;X;1 Oak Street;NG7 2QP;maybe;aunty;Tam;Penn\n"
                             "Cy;Penn;Feb 2024;m;1 Oak Street;NG7 2QP;0;;;\n";
    const CsvTable tbl = Csv::parse(bytes).value();
    auto plan = CsvImportService(*admin).plan(tbl, CsvImportService::guessMapping(tbl.header));
    REQUIRE(plan.ok());
    const ImportRow& first = at(plan.value(), 2);
    // Tom is named as the father but the file does not say he holds parental responsibility.
    CHECK(first.status == Status::Error);
    CHECK(first.reason.contains(QStringLiteral("parental responsibility")));
    CHECK(first.draft.children.first().sex == QStringLiteral("female"));
    CHECK(first.draft.interpreterNeeded);
    const ImportRow& second = at(plan.value(), 3);
    CHECK(second.reason.contains(QStringLiteral("Sex \"X\"")));
    CHECK(second.reason.contains(QStringLiteral("Interpreter \"maybe\" is not yes or no")));
    CHECK(second.reason.contains(QStringLiteral("Relationship \"aunty\"")));
    CHECK_FALSE(second.reason.contains(QStringLiteral("parental responsibility"))); // one problem, said once
    const ImportRow& third = at(plan.value(), 4);
    CHECK(third.reason == QStringLiteral("Date of birth \"Feb 2024\" is not a date Tandem can read: write it as dd/mm/yyyy or yyyy-mm-dd."));
}

TEST_CASE("CsvImportService: siblings in one list become one household; an existing household is joined", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const Family ada = registered(*admin, syntheticFamily("Ada", "Ashdown", QDate(2024, 3, 12), syntheticNhs(1)));
    const CsvTable tbl = table({
        row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP", "Bethan,Penn,mother,yes,07700 900123"),
        row(QString(), "Isla", "Penn", "07/07/2023", "4 Elm Road.", "ng7 2qp", "Bethan,Penn,mother,,"),
        row(QString(), "Noah", "Ashdown", "02/02/2022", "12 Foundry Close", "NG7 2QP", "Owen,Ashdown,father,yes,"),
    });
    const ImportOutcome out = applied(*admin, tbl);
    CHECK(out.familiesCreated == 1);
    CHECK(out.childrenCreated == 3);
    CHECK(out.skipped == 0);

    auto found = SearchService(*admin).search(QStringLiteral("Isla Penn")).value().rows;
    REQUIRE(found.size() == 1);
    const FamilyRecord penn = FamilyRecordService(*admin).recordForChild(found.first().uuid).value();
    CHECK(penn.family.children.size() == 2);
    REQUIRE(penn.family.adults.size() == 1); // Bethan once, mother of both
    CHECK(penn.family.relationships.size() == 2);
    for (const Relationship& r : penn.family.relationships) {
        CHECK(r.relationship == QStringLiteral("mother"));
        CHECK(r.parentalResponsibility);
    }

    const FamilyRecord ashdown = FamilyRecordService(*admin).record(ada.uuid).value();
    CHECK(ashdown.family.children.size() == 2);
    CHECK(ashdown.family.adults.size() == 2); // Bethan (from the fixture) and Owen, added from the row
    QString noah;
    for (const Child& c : ashdown.family.children)
        if (c.givenName == QLatin1String("Noah"))
            noah = c.uuid;
    REQUIRE_FALSE(noah.isEmpty());
    QStringList related;
    for (const Relationship& r : ashdown.family.relationships)
        if (r.childUuid == noah)
            related << r.relationship;
    related.sort();
    CHECK(related == QStringList({"father", "mother"})); // Ada's mother is Noah's mother too
    bool provenance = false;
    for (const TimelineEvent& e : ashdown.timeline)
        provenance = provenance || (e.kind == QLatin1String("import.csv") && e.childUuid == noah);
    CHECK(provenance);
}

TEST_CASE("CsvImportService: importing the same file twice creates nothing the second time", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const CsvTable tbl = table({
        row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP", "Bethan,Penn,mother,yes,"),
        row(QString(), "Isla", "Penn", "07/07/2023", "4 Elm Road", "NG7 2QP"),
        QStringLiteral(",Baby,Ivers,,2026-03-01,5 Weir Walk,NG7 2QP,,,,,"),
    });
    const ImportOutcome first = applied(*admin, tbl);
    CHECK(first.familiesCreated == 2);
    CHECK(first.childrenCreated == 3);
    const qint64 count = children(*admin);

    const ImportOutcome second = applied(*admin, tbl);
    CHECK(second.familiesCreated == 0);
    CHECK(second.childrenCreated == 0);
    CHECK(second.matched == 3);
    CHECK(second.skipped == 0);
    CHECK(children(*admin) == count);
}

TEST_CASE("CsvImportService: similar rows are written only when asked", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    registered(*admin, syntheticFamily("Ada", "Ashdown", QDate(2024, 3, 12), syntheticNhs(1)));
    const CsvTable tbl = table({row(QString(), "Adah", "Ashdown", "12/03/2024", "3 Quay Road", "NG7 1AB")});
    const ImportOutcome held = applied(*admin, tbl);
    CHECK(held.childrenCreated == 0);
    CHECK(held.skipped == 1);
    const ImportOutcome confirmed = applied(*admin, tbl, true);
    CHECK(confirmed.childrenCreated == 1);
    CHECK(confirmed.familiesCreated == 1);
}

TEST_CASE("CsvImportService: a failure part-way writes nothing at all", "[services][csv]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    registered(*admin, syntheticFamily("Ada", "Ashdown", QDate(2024, 3, 12), syntheticNhs(1)));
    const qint64 childrenBefore = children(*admin);
    const qint64 familiesBefore = families(*admin);
    const qint64 auditBefore = auditEntries(*admin);
    const CsvTable tbl = table({
        row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP"),
        row(QString(), "Isla", "Penn", "07/07/2023", "4 Elm Road", "NG7 2QP"),
        row(syntheticNhs(3), "Zara", "Quinn", "03/03/2024", "8 Dale Court", "NG7 2QP"),
    });
    // The store refuses the third child, as a full disk or a damaged page would.
    REQUIRE(admin->database().exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_child BEFORE INSERT ON child WHEN NEW.given_name = 'Zara' "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;")).ok());
    auto failed = CsvImportService(*admin).apply(tbl, CsvImportService::guessMapping(tbl.header));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message().contains(QStringLiteral("Row 4 could not be written, so nothing was imported")));
    CHECK(admin->database().transactionDepth() == 0);
    CHECK(children(*admin) == childrenBefore);
    CHECK(families(*admin) == familiesBefore);
    CHECK(SearchService(*admin).search(QStringLiteral("Penn")).value().rows.isEmpty());
    const auto verified = AuditService(*admin).verify().value();
    CHECK(verified.intact);
    CHECK(verified.entries == auditBefore);

    REQUIRE(admin->database().exec(QStringLiteral("DROP TRIGGER temp.fail_child")).ok());
    const ImportOutcome retried = applied(*admin, tbl);
    CHECK(retried.childrenCreated == 3);
    CHECK(retried.familiesCreated == 2);
}

TEST_CASE("CsvImportService: administrators and team leads import; a health visitor may not", "[services][csv][permissions]")
{
    TestStore t;
    {
        auto admin = t.unlockAdmin();
        for (auto [name, role] : {std::pair{"amara", Role::HealthVisitor}, std::pair{"rosa", Role::TeamLead}})
            REQUIRE(UserService(*admin).addUser({QString::fromLatin1(name), QStringLiteral("Synthetic Person"), role},
                                                secret(kSecondPassphrase)).ok());
    }
    const CsvTable tbl = table({row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP")});
    const CsvMapping m = CsvImportService::guessMapping(tbl.header);
    {
        auto hv = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
        REQUIRE(hv.ok());
        CHECK(CsvImportService(*hv.value()).plan(tbl, m).error().code == ErrorCode::PermissionDenied);
        auto denied = CsvImportService(*hv.value()).apply(tbl, m);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
        CHECK(children(*hv.value()) == 0);
    }
    auto lead = t.unlock(QStringLiteral("rosa"), kSecondPassphrase);
    REQUIRE(lead.ok());
    CHECK(applied(*lead.value(), tbl).childrenCreated == 1);
}

TEST_CASE("CsvImportService: one audit entry for the import, holding ids only", "[services][csv][audit]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const CsvTable tbl = table({
        row(syntheticNhs(2), "Milo", "Penn", "01/02/2025", "4 Elm Road", "NG7 2QP", "Bethan,Penn,mother,yes,"),
        row(QString(), "Isla", "Penn", "07/07/2023", "4 Elm Road", "NG7 2QP"),
    });
    applied(*admin, tbl);
    auto found = SearchService(*admin).search(QStringLiteral("Penn")).value().rows;
    REQUIRE(found.size() == 2);

    auto st = admin->database().query(QStringLiteral("SELECT action, entity, record_ids FROM audit ORDER BY seq DESC LIMIT 1"));
    REQUIRE(st.ok());
    REQUIRE(st.value().next().value());
    CHECK(st.value().text(0) == QStringLiteral("import.csv"));
    CHECK(st.value().text(1) == QStringLiteral("import"));
    const QString ids = st.value().text(2);
    CHECK(ids.contains(found.at(0).familyUuid));
    for (const ChildSummary& c : found)
        CHECK(ids.contains(c.uuid));
    CHECK_FALSE(ids.contains(QStringLiteral("Penn")));
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'family.create'")).value() == 1);
    CHECK(admin->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'child.create'")).value() == 1);
    CHECK(AuditService(*admin).verify().value().intact);
}

TEST_CASE("CsvImport: a births list's \"Mother forename\" columns record the mother, with parental responsibility", "[services][csv]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    const QString nhs = syntheticNhs(61);
    const QByteArray bytes = QStringLiteral("NHS No,Forename,Surname,DOB,Address 1,Post Code,Mother Forename,Mother's Surname\n"
                                            "%1,Ffion,Tremayne,03/10/2025,14 Orchard Way,NG5 2AB,Leanne,Tremayne\n")
                                 .arg(nhs)
                                 .toUtf8();
    auto parsed = Csv::parse(bytes);
    REQUIRE(parsed.ok());
    CsvImportService import(*s);
    const CsvMapping mapping = CsvImportService::guessMapping(parsed.value().header);
    auto plan = import.plan(parsed.value(), mapping);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().rows.size() == 1);
    INFO(plan.value().rows.first().reason.toStdString());
    CHECK(plan.value().rows.first().status == Status::New);
    const Person mother = plan.value().rows.first().draft.adults.value(0);
    CHECK(mother.relationship == QStringLiteral("mother"));
    CHECK(mother.parentalResponsibility);
}
