// The sharing commands (org, partner, consent, safeguarding, bundle), driven as a script would,
// between two stores: Northgate Health Visiting Team (RX1-HV01) and Riverside Children's Centre
// (CC-RV02). Dates are relative to the real current date: tandem-cli uses the system clock.
#include "CliRunner.h"
#include "FamilyFixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

namespace {

const char* const kCentrePassphrase = "synthetic centre passphrase";
const char* const kLeadPassphrase = "synthetic lead passphrase";

QMap<QString, QString> as(const char* user, const char* passphrase)
{
    return {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(passphrase)}, {QStringLiteral("TANDEM_USER"), QString::fromLatin1(user)}};
}
const QMap<QString, QString> kAmara = as("amara", kSecondPassphrase); // health visitor at Northgate
const QMap<QString, QString> kLead = as("lead", kLeadPassphrase);      // team lead at Northgate
const QMap<QString, QString> kJo = as("jo", kCentrePassphrase);        // children's centre practitioner at Riverside

QString day(int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); }
QString errorCode(const Run& r) { return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
QString errorMessage(const Run& r) { return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(); }

struct Team {
    QTemporaryDir dir;
    QString store;
    QString code;
    QString fingerprint;

    QString file(const char* name) const { return dir.filePath(QLatin1String(name)); }
    Run run(const QMap<QString, QString>& who, QStringList args, bool json = true) const
    {
        args << QStringLiteral("--store") << store;
        if (json)
            args << QStringLiteral("--json");
        return cli(args, who);
    }
    QJsonObject ok(const QMap<QString, QString>& who, const QStringList& args) const
    {
        const Run r = run(who, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
    void addUser(const char* name, const char* display, const char* role, const char* passphrase) const
    {
        auto env = kAdmin;
        env.insert(QStringLiteral("TANDEM_NEW_PASSPHRASE"), QString::fromLatin1(passphrase));
        ok(env, {"user", "add", "--username", name, "--name", display, "--role", role});
    }
    int partners() const { return ok(kAdmin, {"partner", "list"}).value(QStringLiteral("partners")).toArray().size(); }
    // Children a practitioner of this store finds by the text (an NHS number here).
    int found(const QString& text) const
    {
        return ok(searcher, {"family", "search", text}).value(QStringLiteral("results")).toArray().size();
    }
    QMap<QString, QString> searcher;
};

// Northgate, with health visitor amara and team lead "lead", and its card written to card.json.
void setUpNorthgate(Team& t)
{
    t.store = initStore(t.dir);
    t.code = QStringLiteral("RX1-HV01");
    t.addUser("amara", "Amara Nwosu", "health-visitor", kSecondPassphrase);
    t.addUser("lead", "Rosa Lindqvist", "team-lead", kLeadPassphrase);
    t.searcher = kAmara;
    t.fingerprint = t.ok(kAdmin, {"org", "card", "--out", t.file("card.json")}).value(QStringLiteral("card")).toObject()
                        .value(QStringLiteral("fingerprint")).toString();
}

// Riverside, with children's centre practitioner jo.
void setUpRiverside(Team& t)
{
    t.store = t.file("centre.tandem");
    t.code = QStringLiteral("CC-RV02");
    const Run r = cli({"init", "--store", t.store, "--org-name", "Riverside Children's Centre", "--org-code", t.code, "--admin", "admin",
                       "--admin-name", "Kit Okafor", "--json"},
                      {{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kAdminPassphrase)}});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    t.addUser("jo", "Jo Pemberton", "childrens-centre", kCentrePassphrase);
    t.searcher = kJo;
    t.fingerprint = t.ok(kAdmin, {"org", "card", "--out", t.file("card.json")}).value(QStringLiteral("card")).toObject()
                        .value(QStringLiteral("fingerprint")).toString();
}

// Each adds the other's card with the fingerprint read aloud.
void exchangeCards(const Team& a, const Team& b)
{
    a.ok(kAdmin, {"partner", "add", b.file("card.json"), "--fingerprint", b.fingerprint});
    b.ok(kAdmin, {"partner", "add", a.file("card.json"), "--fingerprint", a.fingerprint});
}

struct Household {
    QString family;
    QString child;
    QString adult;
};

Household addHousehold(const Team& t)
{
    const QJsonObject added = t.ok(kAmara, {"family", "add", "--address1", "4 Elm Road", "--postcode", "NG7 2QP", "--child-given", "Milo",
                                            "--child-family", "Quillfeather", "--dob", day(-400), "--nhs", syntheticNhs(41), "--adult-given",
                                            "Bethan", "--adult-family", "Quillfeather", "--relationship", "mother", "--pr"});
    return {added.value(QStringLiteral("family_uuid")).toString(), added.value(QStringLiteral("child")).toObject().value(QStringLiteral("uuid")).toString(),
            added.value(QStringLiteral("adult_uuid")).toString()};
}

QStringList consentArgs(const Household& h, const QString& partners, const QString& categories, int reviewInDays)
{
    return {"consent", "add", "--family", h.family, "--given-by", h.adult, "--partners", partners, "--categories", categories,
            "--purpose", "Joined-up support from the children's centre", "--method", "written", "--given", day(-5),
            "--review", day(reviewInDays)};
}

QJsonArray consents(const Team& t, const Household& h)
{
    return t.ok(kAmara, {"consent", "list", "--family", h.family}).value(QStringLiteral("consents")).toArray();
}

void flipByte(const QString& from, const QString& to, qsizetype at)
{
    QByteArray bytes = readFile(from);
    REQUIRE(at < bytes.size());
    bytes[at] = static_cast<char>(bytes.at(at) ^ 0x01);
    writeFile(to, bytes);
}

} // namespace

TEST_CASE("CLI: a partner is added only once its fingerprint is confirmed", "[cli][sharing]")
{
    Team north, river;
    setUpNorthgate(north);
    setUpRiverside(river);
    REQUIRE(north.fingerprint.split(QLatin1Char(' ')).size() == 8);

    SECTION("org card without --out prints the card itself and the read-aloud advice")
    {
        const Run r = north.run(kAdmin, {"org", "card"}, false);
        REQUIRE(r.exitCode == 0);
        const QJsonObject card = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(card.value(QStringLiteral("code")).toString() == north.code);
        CHECK(card.value(QStringLiteral("fingerprint")).toString() == north.fingerprint);
        CHECK(r.err.contains(north.fingerprint));
        CHECK(r.err.contains(QStringLiteral("aloud")));
    }

    SECTION("a wrong fingerprint adds nothing")
    {
        QString wrong = river.fingerprint;
        wrong[0] = wrong.at(0) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const Run r = north.run(kAdmin, {"partner", "add", river.file("card.json"), "--fingerprint", wrong});
        CHECK(r.exitCode == 1);
        CHECK(errorCode(r) == QStringLiteral("invalid"));
        CHECK(north.partners() == 0);
    }

    SECTION("without a terminal and without --fingerprint it shows the fingerprint and stops (exit 7)")
    {
        const Run r = north.run(kAdmin, {"partner", "add", river.file("card.json")}, false);
        CHECK(r.exitCode == 7);
        CHECK(r.out.contains(river.fingerprint));
        CHECK(r.out.contains(QStringLiteral("Riverside Children's Centre")));
        CHECK(r.err.contains(QStringLiteral("--fingerprint")));
        const Run json = north.run(kAdmin, {"partner", "add", river.file("card.json")});
        CHECK(json.exitCode == 7);
        CHECK(errorCode(json) == QStringLiteral("needs_confirmation"));
        CHECK(north.partners() == 0);
    }

    SECTION("a health visitor may not add partners")
    {
        const Run r = north.run(kAmara, {"partner", "add", river.file("card.json"), "--fingerprint", river.fingerprint});
        CHECK(r.exitCode == 5);
        CHECK(north.partners() == 0);
    }

    SECTION("the right fingerprint, spaced any way, adds the partner")
    {
        QString digits = river.fingerprint;
        digits.remove(QLatin1Char(' '));
        const QJsonObject added = north.ok(kLead, {"partner", "add", river.file("card.json"), "--fingerprint", digits});
        CHECK(added.value(QStringLiteral("partner")).toObject().value(QStringLiteral("code")).toString() == river.code);
        const QJsonArray list = north.ok(kAmara, {"partner", "list"}).value(QStringLiteral("partners")).toArray();
        REQUIRE(list.size() == 1);
        const QJsonObject p = list.first().toObject();
        CHECK(p.value(QStringLiteral("name")).toString() == QStringLiteral("Riverside Children's Centre"));
        CHECK(p.value(QStringLiteral("fingerprint")).toString() == river.fingerprint);
        CHECK(p.value(QStringLiteral("last_sent_at")).isNull());
        CHECK(p.value(QStringLiteral("last_received_at")).isNull());
        // The same card again is refused: the code is taken.
        CHECK(north.run(kAdmin, {"partner", "add", river.file("card.json"), "--fingerprint", digits}).exitCode == 1);
        CHECK(north.partners() == 1);
    }
}

TEST_CASE("CLI: consent is recorded, listed and withdrawn", "[cli][sharing]")
{
    Team north, river;
    setUpNorthgate(north);
    setUpRiverside(river);
    exchangeCards(north, river);
    const Household h = addHousehold(north);

    SECTION("an unknown category is a usage error listing the valid ones, and records nothing")
    {
        const Run r = north.run(kAmara, consentArgs(h, river.code, QStringLiteral("identity,restricted-notes"), 200));
        CHECK(r.exitCode == 2);
        CHECK(errorMessage(r).contains(QStringLiteral("identity, birth, hv-contacts, assessments, eyfs, support-plan")));
        CHECK(consents(north, h).isEmpty());
    }

    SECTION("a partner that is not known is refused")
    {
        const Run r = north.run(kAmara, consentArgs(h, QStringLiteral("ZZ-99"), QStringLiteral("identity"), 200));
        CHECK(r.exitCode == 1);
        CHECK(consents(north, h).isEmpty());
    }

    SECTION("add, list with status and the expiry marker, withdraw")
    {
        const QJsonObject added = north.ok(kAmara, consentArgs(h, river.code.toLower(), QStringLiteral("birth,identity"), 200));
        const QJsonObject consent = added.value(QStringLiteral("consent")).toObject();
        CHECK(consent.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
        CHECK(consent.value(QStringLiteral("partners")).toArray() == QJsonArray{river.code});
        CHECK(consent.value(QStringLiteral("categories")).toArray() == QJsonArray{QStringLiteral("identity"), QStringLiteral("birth")});
        north.ok(kAmara, consentArgs(h, river.code, QStringLiteral("hv-contacts"), 10));

        QJsonArray list = consents(north, h);
        REQUIRE(list.size() == 2);
        int soon = 0;
        for (const QJsonValue& v : list)
            soon += v.toObject().value(QStringLiteral("expires_soon")).toBool() ? 1 : 0;
        CHECK(soon == 1);
        const Run text = north.run(kAmara, {"consent", "list", "--family", h.family}, false);
        CHECK(text.out.contains(QStringLiteral("expires soon")));
        CHECK(text.out.contains(QStringLiteral("Bethan Quillfeather")));

        const QString uuid = consent.value(QStringLiteral("uuid")).toString();
        CHECK(north.run(kAmara, {"consent", "withdraw", uuid, "--on", day(1), "--reason", "Family asked us to stop"}).exitCode == 1);
        CHECK(north.run(kAmara, {"consent", "withdraw", uuid, "--on", day(0)}).exitCode == 2);
        const QJsonObject withdrawn = north.ok(kAmara, {"consent", "withdraw", uuid, "--on", day(0), "--reason", "Family asked us to stop"});
        CHECK(withdrawn.value(QStringLiteral("consent")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("withdrawn"));
        CHECK(north.run(kAmara, {"consent", "withdraw", uuid, "--on", day(0), "--reason", "Again"}).exitCode == 1);
        list = consents(north, h);
        QStringList statuses;
        for (const QJsonValue& v : list)
            statuses << v.toObject().value(QStringLiteral("status")).toString();
        statuses.sort();
        CHECK(statuses == QStringList{QStringLiteral("active"), QStringLiteral("withdrawn")});
    }
}

TEST_CASE("CLI: a safeguarding decision must be authorised by a team lead", "[cli][sharing]")
{
    Team north, river;
    setUpNorthgate(north);
    setUpRiverside(river);
    exchangeCards(north, river);
    const Household h = addHousehold(north);
    const auto decisions = [&] {
        return north.ok(kAmara, {"safeguarding", "list", "--family", h.family}).value(QStringLiteral("decisions")).toArray();
    };
    const QStringList share{"safeguarding", "add", "--child", h.child, "--partner", river.code, "--share", "--categories", "identity,hv-contacts",
                            "--until", day(30), "--reason", "Risk of significant harm discussed at the strategy meeting"};

    const Run refused = north.run(kAmara, share + QStringList{"--authoriser", "amara"});
    CHECK(refused.exitCode == 1);
    CHECK(errorMessage(refused).contains(QStringLiteral("team lead")));
    CHECK(decisions().isEmpty());
    CHECK(north.run(kAmara, share + QStringList{"--authoriser", "nobody"}).exitCode == 1);
    CHECK(north.run(kAmara, {"safeguarding", "add", "--child", h.child, "--partner", river.code, "--share", "--reason", "x",
                             "--authoriser", "lead"}).exitCode == 2);
    CHECK(decisions().isEmpty());

    const QJsonObject done = north.ok(kAmara, share + QStringList{"--authoriser", "lead"});
    const QJsonObject d = done.value(QStringLiteral("decision")).toObject();
    CHECK(d.value(QStringLiteral("share")).toBool());
    CHECK(d.value(QStringLiteral("active")).toBool());
    CHECK(d.value(QStringLiteral("authoriser")).toString() == QStringLiteral("Rosa Lindqvist"));
    north.ok(kAmara, {"safeguarding", "add", "--child", h.child, "--partner", river.code, "--no-share", "--reason",
                      "No current risk; the family is engaging well", "--authoriser", "lead"});
    CHECK(decisions().size() == 2);
    const Run text = north.run(kAmara, {"safeguarding", "list", "--family", h.family}, false);
    CHECK(text.out.contains(QStringLiteral("WITHOUT CONSENT")));
}

TEST_CASE("CLI: a bundle goes from one organisation to the other", "[cli][sharing]")
{
    Team north, river;
    setUpNorthgate(north);
    setUpRiverside(river);
    exchangeCards(north, river);
    const Household h = addHousehold(north);
    north.ok(kAmara, consentArgs(h, river.code, QStringLiteral("identity,birth,hv-contacts"), 200));
    const QString nhs = syntheticNhs(41);

    const QString bundle = north.file("to-riverside.tandembundle");
    const QJsonObject preview = north.ok(kAmara, {"bundle", "export", "--to", river.code, "--out", bundle, "--preview"});
    CHECK(preview.value(QStringLiteral("preview")).toObject().value(QStringLiteral("children")).toInt() == 1);
    CHECK(preview.value(QStringLiteral("written")).toBool() == false);
    CHECK_FALSE(QFileInfo::exists(bundle));

    // Text output names the file; progress is for terminals only.
    const Run exported = north.run(kAmara, {"bundle", "export", "--to", river.code, "--out", bundle}, false);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    REQUIRE(QFileInfo::exists(bundle));
    CHECK(exported.out.contains(QFileInfo(bundle).absoluteFilePath()));
    CHECK_FALSE(exported.err.contains(QStringLiteral("Prepared")));
    CHECK(north.ok(kAmara, {"partner", "list"}).value(QStringLiteral("partners")).toArray().first().toObject()
              .value(QStringLiteral("last_sent_at")).isString());

    // The sender cannot open its own bundle; it can read the header.
    const QJsonObject elsewhere = north.ok(kAmara, {"bundle", "inspect", bundle});
    const QString bundleUuid = elsewhere.value(QStringLiteral("header")).toObject().value(QStringLiteral("bundle_uuid")).toString();
    REQUIRE_FALSE(bundleUuid.isEmpty());
    CHECK(exported.out.contains(bundleUuid));
    CHECK(elsewhere.value(QStringLiteral("addressed_here")).toBool() == false);
    CHECK(elsewhere.value(QStringLiteral("header")).toObject().value(QStringLiteral("recipient")).toString() == river.code);
    CHECK(elsewhere.value(QStringLiteral("header")).toObject().value(QStringLiteral("sender")).toString() == north.code);
    const Run elsewhereText = north.run(kAmara, {"bundle", "inspect", bundle}, false);
    CHECK(elsewhereText.out.contains(QStringLiteral("another organisation")));
    CHECK(north.run(kAmara, {"bundle", "import", bundle}).exitCode == 8);

    REQUIRE(river.found(nhs) == 0);

    // One byte changed: refused, nothing changed.
    const QString damaged = river.file("damaged.tandembundle");
    flipByte(bundle, damaged, readFile(bundle).size() / 2);
    const Run flipped = river.run(kJo, {"bundle", "import", damaged});
    CHECK(flipped.exitCode == 8);
    CHECK(errorCode(flipped) == QStringLiteral("refused"));
    CHECK(river.found(nhs) == 0);
    CHECK(river.ok(kJo, {"partner", "list"}).value(QStringLiteral("partners")).toArray().first().toObject()
              .value(QStringLiteral("last_received_at")).isNull());

    // Inspect addressed here: header and content, nothing imported.
    const QJsonObject inspected = river.ok(kJo, {"bundle", "inspect", bundle});
    CHECK(inspected.value(QStringLiteral("addressed_here")).toBool());
    CHECK(inspected.value(QStringLiteral("header")).toObject().value(QStringLiteral("sender")).toString() == north.code);
    CHECK(inspected.value(QStringLiteral("preview")).toObject().value(QStringLiteral("new_children")).toArray().size() == 1);
    CHECK(river.found(nhs) == 0);

    // Dry run: the preview, nothing changed.
    const QJsonObject dry = river.ok(kJo, {"bundle", "import", bundle, "--dry-run"});
    CHECK(dry.value(QStringLiteral("dry_run")).toBool());
    CHECK(dry.value(QStringLiteral("preview")).toObject().value(QStringLiteral("new_children")).toArray().size() == 1);
    CHECK(river.found(nhs) == 0);

    // Import applies; a second import changes nothing.
    const QJsonObject imported = river.ok(kJo, {"bundle", "import", bundle});
    CHECK(imported.value(QStringLiteral("already_imported")).toBool() == false);
    CHECK(river.found(nhs) == 1);
    CHECK(river.ok(kJo, {"partner", "list"}).value(QStringLiteral("partners")).toArray().first().toObject()
              .value(QStringLiteral("last_received_at")).isString());
    const Run again = river.run(kJo, {"bundle", "import", bundle}, false);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already imported; nothing changed")));
    CHECK(river.found(nhs) == 1);

    // No conflicts from a first exchange; resolving one that does not exist fails.
    CHECK(river.ok(kJo, {"bundle", "conflicts"}).value(QStringLiteral("conflicts")).toArray().isEmpty());
    CHECK(river.run(kJo, {"bundle", "resolve", bundleUuid, "--keep", "partner"}).exitCode == 1);
    CHECK(river.run(kJo, {"bundle", "resolve", bundleUuid, "--keep", "both"}).exitCode == 2);
}

TEST_CASE("CLI: nothing to send is refused, and an administrator does not exchange bundles", "[cli][sharing]")
{
    Team north, river;
    setUpNorthgate(north);
    setUpRiverside(river);
    exchangeCards(north, river);
    addHousehold(north);
    const QString bundle = north.file("empty.tandembundle");
    CHECK(north.run(kAmara, {"bundle", "export", "--to", river.code, "--out", bundle}).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(bundle));
    CHECK(north.run(kAdmin, {"bundle", "export", "--to", river.code, "--preview"}).exitCode == 5);
    CHECK(north.run(kAmara, {"bundle", "export", "--to", "ZZ-99", "--preview"}).exitCode == 1);
    CHECK(north.run(kAmara, {"bundle", "export", "--to", river.code}).exitCode == 2);
}
