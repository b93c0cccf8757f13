#include "CliRunner.h"
#include "FamilyFixtures.h"

#include "tandem/domain/NhsNumber.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

namespace {

QString errorCode(const Run& r) { return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }

// "family search" results (JSON), for counting what the store holds.
QJsonArray search(const QStringList& s, const QString& text)
{
    const Run r = cli(QStringList{QStringLiteral("family"), QStringLiteral("search"), text} + s, kAdmin);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().value(QStringLiteral("results")).toArray();
}

QStringList addMilo(const QString& nhs)
{
    return {QStringLiteral("family"), QStringLiteral("add"), QStringLiteral("--address1"), QStringLiteral("4 Elm Road"),
            QStringLiteral("--town"), QStringLiteral("Northgate"), QStringLiteral("--postcode"), QStringLiteral("ng72qp"),
            QStringLiteral("--ward"), QStringLiteral("Riverside"), QStringLiteral("--language"), QStringLiteral("Welsh"),
            QStringLiteral("--interpreter"), QStringLiteral("--child-given"), QStringLiteral("Milo"), QStringLiteral("--child-family"),
            QStringLiteral("Penn"), QStringLiteral("--dob"), QStringLiteral("01/02/2025"), QStringLiteral("--sex"), QStringLiteral("M"),
            QStringLiteral("--nhs"), nhs, QStringLiteral("--gestation"), QStringLiteral("39"), QStringLiteral("--adult-given"),
            QStringLiteral("Bethan"), QStringLiteral("--adult-family"), QStringLiteral("Penn"), QStringLiteral("--relationship"),
            QStringLiteral("mother"), QStringLiteral("--pr"), QStringLiteral("--phone"), QStringLiteral("07700 900123"),
            QStringLiteral("--contact"), QStringLiteral("phone"), QStringLiteral("--key-worker"), QStringLiteral("admin")};
}

} // namespace

TEST_CASE("CLI: family add, search, show and child add, as a script would", "[cli][families]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QStringList s{QStringLiteral("--store"), store, QStringLiteral("--json")};
    const QString nhs = syntheticNhs(1);

    const Run added = cli(addMilo(nhs) + s, kAdmin);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString familyUuid = added.json().value(QStringLiteral("family_uuid")).toString();
    const QJsonObject milo = added.json().value(QStringLiteral("child")).toObject();
    const QString miloUuid = milo.value(QStringLiteral("uuid")).toString();
    CHECK(milo.value(QStringLiteral("nhs_number")).toString() == nhs);
    CHECK(milo.value(QStringLiteral("date_of_birth")).toString() == QStringLiteral("2025-02-01"));
    CHECK(milo.value(QStringLiteral("sex")).toString() == QStringLiteral("male"));

    // The one search box: names in any order, NHS number with spaces, postcode, date of birth.
    for (const QString& text : {QStringLiteral("penn milo"), domain::NhsNumber::format(nhs), QStringLiteral("NG7 2QP"),
                                QStringLiteral("01/02/2025"), QStringLiteral("bethan")}) {
        INFO(text.toStdString());
        const QJsonArray found = search(s, text);
        REQUIRE(found.size() == 1);
        CHECK(found.first().toObject().value(QStringLiteral("uuid")).toString() == miloUuid);
    }
    CHECK(search(s, QStringLiteral("nobody")).isEmpty());
    const Run table = cli({QStringLiteral("family"), QStringLiteral("search"), QStringLiteral("Milo"), QStringLiteral("--store"), store}, kAdmin);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(domain::NhsNumber::format(nhs)));
    CHECK(table.out.contains(miloUuid));
    CHECK(table.out.contains(QStringLiteral("01/02/2025")));

    // A sibling joins the household; the mother is related to both.
    const Run sibling = cli(QStringList{QStringLiteral("child"), QStringLiteral("add"), QStringLiteral("--family"), familyUuid,
                                        QStringLiteral("--child-given"), QStringLiteral("Isla"), QStringLiteral("--child-family"),
                                        QStringLiteral("Penn"), QStringLiteral("--dob"), QStringLiteral("2023-07-07"),
                                        QStringLiteral("--sex"), QStringLiteral("female")} + s, kAdmin);
    INFO(sibling.err.toStdString());
    REQUIRE(sibling.exitCode == 0);
    const QString islaUuid = sibling.json().value(QStringLiteral("child")).toObject().value(QStringLiteral("uuid")).toString();

    const Run shown = cli(QStringList{QStringLiteral("family"), QStringLiteral("show"), familyUuid} + s, kAdmin);
    REQUIRE(shown.exitCode == 0);
    const QJsonObject family = shown.json().value(QStringLiteral("family")).toObject();
    CHECK(family.value(QStringLiteral("uuid")).toString() == familyUuid);
    CHECK(family.value(QStringLiteral("address")).toObject().value(QStringLiteral("postcode")).toString() == QStringLiteral("NG7 2QP"));
    CHECK(family.value(QStringLiteral("interpreter_needed")).toBool());
    CHECK(family.value(QStringLiteral("children")).toArray().size() == 2);
    CHECK(family.value(QStringLiteral("addresses")).toArray().first().toObject().value(QStringLiteral("current")).toBool());
    CHECK(family.value(QStringLiteral("key_worker")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Morgan Ellery"));
    const QJsonArray involved = family.value(QStringLiteral("involved")).toArray();
    REQUIRE(involved.size() == 1);
    CHECK(involved.first().toObject().value(QStringLiteral("key_worker")).toBool());
    CHECK(involved.first().toObject().value(QStringLiteral("contacts")).toInt() == 0);
    const QJsonArray adults = family.value(QStringLiteral("adults")).toArray();
    REQUIRE(adults.size() == 1);
    CHECK(adults.first().toObject().value(QStringLiteral("phone")).toString() == QStringLiteral("07700 900123"));
    const QJsonArray relationships = adults.first().toObject().value(QStringLiteral("relationships")).toArray();
    REQUIRE(relationships.size() == 2);
    for (const QJsonValue& r : relationships) {
        CHECK(r.toObject().value(QStringLiteral("relationship")).toString() == QStringLiteral("mother"));
        CHECK(r.toObject().value(QStringLiteral("parental_responsibility")).toBool());
    }
    const QJsonArray timeline = family.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() >= 3);
    CHECK(timeline.first().toObject().value(QStringLiteral("occurred_at")).toString() >=
          timeline.last().toObject().value(QStringLiteral("occurred_at")).toString()); // newest first

    const Run byChild = cli(QStringList{QStringLiteral("family"), QStringLiteral("show"), QStringLiteral("--child"), islaUuid} + s, kAdmin);
    CHECK(byChild.json().value(QStringLiteral("family")).toObject().value(QStringLiteral("uuid")).toString() == familyUuid);
    const Run text = cli({QStringLiteral("family"), QStringLiteral("show"), familyUuid, QStringLiteral("--store"), store}, kAdmin);
    CHECK(text.out.contains(QStringLiteral("Who is involved")));
    CHECK(text.out.contains(QStringLiteral("Mother of Isla Penn, parental responsibility")));
    CHECK(text.out.contains(QStringLiteral("Timeline (newest first)")));

    const Run child = cli({QStringLiteral("child"), QStringLiteral("show"), miloUuid, QStringLiteral("--store"), store}, kAdmin);
    REQUIRE(child.exitCode == 0);
    CHECK(child.out.contains(QStringLiteral("NHS number: ") + domain::NhsNumber::format(nhs)));
    CHECK(child.out.contains(QStringLiteral("NG7 2QP")));
    const Run childJson = cli(QStringList{QStringLiteral("child"), QStringLiteral("show"), miloUuid} + s, kAdmin);
    CHECK(childJson.json().value(QStringLiteral("child")).toObject().value(QStringLiteral("postcode")).toString() == QStringLiteral("NG7 2QP"));

    // The same NHS number again: refused, naming the child who has it.
    QStringList again = addMilo(domain::NhsNumber::format(nhs));
    again[again.indexOf(QStringLiteral("Milo"))] = QStringLiteral("Max");
    const Run duplicate = cli(again + s, kAdmin);
    CHECK(duplicate.exitCode == 1);
    CHECK(errorCode(duplicate) == QStringLiteral("conflict"));
    CHECK(duplicate.err.contains(QStringLiteral("Milo Penn")));

    // A similar name on the same day needs a person to look first: exit 7, then confirmed.
    const QStringList mylo{QStringLiteral("child"), QStringLiteral("add"), QStringLiteral("--family"), familyUuid,
                           QStringLiteral("--child-given"), QStringLiteral("Mylo"), QStringLiteral("--child-family"),
                           QStringLiteral("Penn"), QStringLiteral("--dob"), QStringLiteral("1/2/2025")};
    const Run similar = cli(mylo + s, kAdmin);
    CHECK(similar.exitCode == 7);
    CHECK(errorCode(similar) == QStringLiteral("needs_confirmation"));
    CHECK(similar.err.contains(QStringLiteral("Milo Penn")));
    CHECK(similar.err.contains(QStringLiteral("--confirm-not-duplicate")));
    CHECK(search(s, QStringLiteral("mylo")).isEmpty());
    const Run confirmed = cli(mylo + s + QStringList{QStringLiteral("--confirm-not-duplicate")}, kAdmin);
    CHECK(confirmed.exitCode == 0);
    CHECK(search(s, QStringLiteral("mylo")).size() == 1);
}

TEST_CASE("CLI: family and child commands refuse bad input with a specific message", "[cli][families]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QStringList s{QStringLiteral("--store"), store};
    auto without = [](QStringList args, const QString& option) {
        const qsizetype i = args.indexOf(option);
        args.remove(i, option == QLatin1String("--interpreter") || option == QLatin1String("--pr") ? 1 : 2);
        return args;
    };
    const QStringList base = addMilo(syntheticNhs(1));

    const Run noPostcode = cli(without(base, QStringLiteral("--postcode")) + s, kAdmin);
    CHECK(noPostcode.exitCode == 2);
    CHECK(noPostcode.err.contains(QStringLiteral("--postcode")));
    const Run noPr = cli(without(base, QStringLiteral("--pr")) + s, kAdmin);
    CHECK(noPr.exitCode == 2);
    CHECK(noPr.err.contains(QStringLiteral("--pr")));
    const Run both = cli(base + QStringList{QStringLiteral("--edd"), QStringLiteral("01/03/2026")} + s, kAdmin);
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("not both")));
    QStringList notReal = base;
    notReal[notReal.indexOf(QStringLiteral("01/02/2025"))] = QStringLiteral("31/02/2024");
    const Run unreal = cli(notReal + s, kAdmin);
    CHECK(unreal.exitCode == 2);
    CHECK(unreal.err.contains(QStringLiteral("--dob \"31/02/2024\" is not a real date.")));
    QStringList badSex = base;
    badSex[badSex.indexOf(QStringLiteral("M"))] = QStringLiteral("X");
    CHECK(cli(badSex + s, kAdmin).exitCode == 2);
    QStringList badNhs = base;
    badNhs[badNhs.indexOf(syntheticNhs(1))] = syntheticNhs(1).left(9) + QString::number((syntheticNhs(1).back().digitValue() + 1) % 10);
    const Run checkDigit = cli(badNhs + s, kAdmin);
    CHECK(checkDigit.exitCode == 1);
    CHECK(checkDigit.err.contains(QStringLiteral("check digit")));
    QStringList future = base;
    future[future.indexOf(QStringLiteral("01/02/2025"))] = QDate::currentDate().addDays(30).toString(QStringLiteral("dd/MM/yyyy"));
    const Run inFuture = cli(future + s, kAdmin);
    CHECK(inFuture.exitCode == 1);
    CHECK(inFuture.err.contains(QStringLiteral("future")));
    QStringList stranger = base;
    stranger[stranger.indexOf(QStringLiteral("admin"))] = QStringLiteral("nobody");
    const Run noWorker = cli(stranger + s, kAdmin);
    CHECK(noWorker.exitCode == 1);
    CHECK(noWorker.err.contains(QStringLiteral("no active user called \"nobody\"")));
    CHECK(search(s + QStringList{QStringLiteral("--json")}, QString()).isEmpty()); // none of these wrote anything

    const Run neither = cli(QStringList{QStringLiteral("family"), QStringLiteral("show")} + s, kAdmin);
    CHECK(neither.exitCode == 2);
    const Run missing = cli(QStringList{QStringLiteral("family"), QStringLiteral("show"), QStringLiteral("6b1b5b0e-0000-4000-8000-000000000000")} + s, kAdmin);
    CHECK(missing.exitCode == 1);
    const Run twoArgs = cli(QStringList{QStringLiteral("child"), QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")} + s, kAdmin);
    CHECK(twoArgs.exitCode == 2);
    const Run noFamily = cli(QStringList{QStringLiteral("child"), QStringLiteral("add"), QStringLiteral("--child-given"),
                                         QStringLiteral("Isla")} + s, kAdmin);
    CHECK(noFamily.exitCode == 2);
    CHECK(noFamily.err.contains(QStringLiteral("--family")));
    const Run badLimit = cli(QStringList{QStringLiteral("family"), QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("lots")} + s, kAdmin);
    CHECK(badLimit.exitCode == 2);
}

TEST_CASE("CLI: import-csv previews, imports the valid rows, and a second import creates nothing", "[cli][families][csv]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QStringList s{QStringLiteral("--store"), store, QStringLiteral("--json")};
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    const QString bad = syntheticNhs(3).left(9) + QString::number((syntheticNhs(3).back().digitValue() + 1) % 10);
    writeFile(csv, QStringLiteral("NHS No,Forename,Surname,DOB,EDD,Address 1,Post Code,Parent Forename,Parent Surname,Relationship\n"
                                  "%1,Ada,Quinn,12/03/2024,,8 Dale Court,NG7 2QP,Rhian,Quinn,mother\n"
                                  ",Bo,Quinn,01/05/2022,,8 Dale Court,ng7 2qp,Rhian,Quinn,mother\n"
                                  "%2,Cy,Rowe,01/05/2022,,9 Dale Court,NG7 2QP,,,\n"
                                  ",Baby,Ivers,,%3,5 Weir Walk,NG7 2QP,,,\n")
                       .arg(domain::NhsNumber::format(syntheticNhs(2)), bad,
                            QDate::currentDate().addDays(60).toString(Qt::ISODate)).toUtf8());
    const QStringList import{QStringLiteral("family"), QStringLiteral("import-csv"), csv};

    const Run preview = cli(import + QStringList{QStringLiteral("--dry-run")} + s, kAdmin);
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    const QJsonObject counts = preview.json().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("new")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("error")).toInt() == 1);
    const QJsonArray rows = preview.json().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1).toObject().value(QStringLiteral("joins_row")).toInt() == 2);
    CHECK(rows.at(2).toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(rows.at(2).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("error"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("check digit")));
    CHECK(search(s, QString()).isEmpty());

    const Run imported = cli(import + QStringList{QStringLiteral("--store"), store}, kAdmin);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Row 4     error")));
    CHECK(imported.out.contains(QStringLiteral("Children registered: 3; new households: 2")));
    CHECK(imported.out.contains(QStringLiteral("Rows skipped: 1 (with errors 1")));
    CHECK(search(s, QString()).size() == 3);
    CHECK(search(s, QStringLiteral("quinn")).at(0).toObject().value(QStringLiteral("family_uuid")) ==
          search(s, QStringLiteral("quinn")).at(1).toObject().value(QStringLiteral("family_uuid")));

    const Run again = cli(import + s, kAdmin);
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("created")).toObject().value(QStringLiteral("children")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("matched")).toInt() == 3);
    CHECK(again.json().value(QStringLiteral("skipped")).toObject().value(QStringLiteral("errors")).toInt() == 1);
    CHECK(search(s, QString()).size() == 3);
}

TEST_CASE("CLI: import-csv mapping, file and permission problems", "[cli][families][csv]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QStringList s{QStringLiteral("--store"), store};
    const QString csv = dir.filePath(QStringLiteral("odd.csv"));
    writeFile(csv, QStringLiteral("Kid,Family,Born,Street,Where\nAda,Quinn,12/03/2024,8 Dale Court,NG7 2QP\n").toUtf8());
    const QStringList import{QStringLiteral("family"), QStringLiteral("import-csv"), csv, QStringLiteral("--dry-run")};

    const Run unmapped = cli(import + s, kAdmin);
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.contains(QStringLiteral("child.givenName")));
    const QStringList maps{QStringLiteral("--map"), QStringLiteral("child.givenName=kid"), QStringLiteral("--map"),
                           QStringLiteral("child.familyName=Family"), QStringLiteral("--map"), QStringLiteral("child.dateOfBirth=3"),
                           QStringLiteral("--map"), QStringLiteral("family.addressLine1=Street")};
    const Run noPostcode = cli(import + maps + s, kAdmin);
    CHECK(noPostcode.exitCode == 2);
    CHECK(noPostcode.err.contains(QStringLiteral("Postcode (family.postcode)")));
    const Run mapped = cli(import + maps + QStringList{QStringLiteral("--map"), QStringLiteral("family.postcode=5"), QStringLiteral("--json")} + s, kAdmin);
    INFO(mapped.err.toStdString());
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("new")).toInt() == 1);
    const Run wrongColumn = cli(import + maps + QStringList{QStringLiteral("--map"), QStringLiteral("family.postcode=Postcode")} + s, kAdmin);
    CHECK(wrongColumn.exitCode == 2);
    CHECK(wrongColumn.err.contains(QStringLiteral("no column \"Postcode\"")));
    const Run wrongField = cli(import + QStringList{QStringLiteral("--map"), QStringLiteral("child.shoeSize=1")} + s, kAdmin);
    CHECK(wrongField.exitCode == 2);

    const Run noFile = cli({QStringLiteral("family"), QStringLiteral("import-csv"), dir.filePath(QStringLiteral("missing.csv")),
                            QStringLiteral("--store"), store, QStringLiteral("--json")}, kAdmin);
    CHECK(noFile.exitCode == 1);
    CHECK(errorCode(noFile) == QStringLiteral("io"));
    CHECK(noFile.err.contains(QStringLiteral("missing.csv")));
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    writeFile(broken, "Forename,Surname\n\"Ada,Quinn\n");
    const Run unparsable = cli({QStringLiteral("family"), QStringLiteral("import-csv"), broken, QStringLiteral("--store"), store}, kAdmin);
    CHECK(unparsable.exitCode == 1);
    CHECK(unparsable.err.contains(QStringLiteral("never closed")));

    // Health visitors register families one by one; bulk import is for administrators and team leads.
    auto env = kAdmin;
    env.insert(QStringLiteral("TANDEM_NEW_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase));
    REQUIRE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("amara"),
                            QStringLiteral("--name"), QStringLiteral("Amara Nwosu-Lane"), QStringLiteral("--role"),
                            QStringLiteral("health-visitor")} + s, env).exitCode == 0);
    const Run denied = cli(QStringList{QStringLiteral("family"), QStringLiteral("import-csv"), csv} + maps +
                               QStringList{QStringLiteral("--map"), QStringLiteral("family.postcode=5")} + s,
                           {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase)}, {QStringLiteral("TANDEM_USER"), QStringLiteral("amara")}});
    CHECK(denied.exitCode == 5);
    CHECK(search(s + QStringList{QStringLiteral("--json")}, QString()).isEmpty());
}

TEST_CASE("CLI: a wrong passphrase on a family write exits 3 and changes nothing", "[cli][families]")
{
    QTemporaryDir dir;
    const QString store = initStore(dir);
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    writeFile(csv, "Forename,Surname,DOB,Address 1,Postcode\nAda,Quinn,12/03/2024,8 Dale Court,NG7 2QP\n");
    const QByteArray before = sha256OfFile(store);
    const QMap<QString, QString> wrong{{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the passphrase")},
                                       {QStringLiteral("TANDEM_USER"), QStringLiteral("admin")}};
    const Run add = cli(addMilo(syntheticNhs(1)) + QStringList{QStringLiteral("--store"), store}, wrong);
    CHECK(add.exitCode == 3);
    CHECK(add.err.contains(QStringLiteral("passphrase is not correct")));
    const Run import = cli({QStringLiteral("family"), QStringLiteral("import-csv"), csv, QStringLiteral("--store"), store}, wrong);
    CHECK(import.exitCode == 3);
    CHECK(sha256OfFile(store) == before);
    CHECK(search({QStringLiteral("--store"), store, QStringLiteral("--json")}, QString()).isEmpty());
}
