// The health-visiting commands (visit, note, schedule, caseload, family care), driven as a
// script would. Dates are relative to the real current date: tandem-cli uses the system clock.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace tandem;
using namespace tandem::test;

namespace {

const char* const kCentrePassphrase = "synthetic centre passphrase";
// Words of the restricted notes' texts: none may ever reach the command line's output.
const QString kSecretHv = QStringLiteral("EPDS score fourteen, disclosed low mood");
const QString kSecretHvAlone = QStringLiteral("Partner's probation officer phoned");
const QString kSecretSafeguarding = QStringLiteral("Nursery raised a bruising concern");

const QMap<QString, QString> kAmara{{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kSecondPassphrase)},
                                    {QStringLiteral("TANDEM_USER"), QStringLiteral("amara")}};
const QMap<QString, QString> kJo{{QStringLiteral("TANDEM_PASSPHRASE"), QString::fromLatin1(kCentrePassphrase)},
                                 {QStringLiteral("TANDEM_USER"), QStringLiteral("jo")}};

QString day(int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); }
QString errorCode(const Run& r) { return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }

struct Team {
    QTemporaryDir dir;
    QString store;
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
    // A household with one child born daysOld days ago, registered by Amara: {family, child}.
    std::pair<QString, QString> family(const QString& given, const QString& surname, int daysOld, const QString& postcode) const
    {
        const QJsonObject added = ok(kAmara, {"family", "add", "--address1", "4 Elm Road", "--postcode", postcode, "--child-given", given,
                                              "--child-family", surname, "--dob", day(-daysOld), "--adult-given", "Bethan", "--adult-family",
                                              surname, "--relationship", "mother", "--pr", "--phone", "07700 900123"});
        return {added.value(QStringLiteral("family_uuid")).toString(),
                added.value(QStringLiteral("child")).toObject().value(QStringLiteral("uuid")).toString()};
    }
};

// A store with administrator "admin", health visitor "amara" and children's centre practitioner "jo".
void setUp(Team& t)
{
    t.store = initStore(t.dir);
    for (const auto& [name, display, role, passphrase] :
         {std::tuple{"amara", "Amara Nwosu", "health-visitor", kSecondPassphrase}, std::tuple{"jo", "Jo Pemberton", "childrens-centre", kCentrePassphrase}}) {
        auto env = kAdmin;
        env.insert(QStringLiteral("TANDEM_NEW_PASSPHRASE"), QString::fromLatin1(passphrase));
        t.ok(env, {"user", "add", "--username", name, "--name", display, "--role", role});
    }
}

QJsonObject scheduled(const QJsonObject& schedule, const QString& contact)
{
    for (const QJsonValue& child : schedule.value(QStringLiteral("children")).toArray())
        for (const QJsonValue& c : child.toObject().value(QStringLiteral("contacts")).toArray())
            if (c.toObject().value(QStringLiteral("contact")).toString() == contact)
                return c.toObject();
    return {};
}

QStringList familyUuids(const QJsonObject& caseload)
{
    QStringList out;
    for (const QJsonValue& f : caseload.value(QStringLiteral("families")).toArray())
        out << f.toObject().value(QStringLiteral("family_uuid")).toString();
    return out;
}

} // namespace

TEST_CASE("CLI: logging a new birth visit completes it on time on the schedule", "[cli][visits]")
{
    Team t;
    setUp(t);
    const auto [family, child] = t.family(QStringLiteral("Milo"), QStringLiteral("Penn"), 12, QStringLiteral("NG7 2QP"));
    CHECK(scheduled(t.ok(kAmara, {"schedule", "show", "--child", child}), QStringLiteral("new-birth"))
              .value(QStringLiteral("status")) == QStringLiteral("due"));

    const QJsonObject logged = t.ok(kAmara, {"visit", "log", "--child", child, "--type", "new-birth", "--place", "home", "--duration", "50",
                                             "--present", "Mother", "--outcome", "Feeding well; weight regained",
                                             "--action", "Book hearing screen;" + day(7) + ";amara", "--action", "Bring the red book;" + day(1) + ";Mum"});
    const QString contact = logged.value(QStringLiteral("contact")).toObject().value(QStringLiteral("uuid")).toString();
    const QJsonArray completed = logged.value(QStringLiteral("completed")).toArray();
    REQUIRE(completed.size() == 1);
    CHECK(completed.first().toObject().value(QStringLiteral("contact")) == QStringLiteral("new-birth"));
    CHECK(completed.first().toObject().value(QStringLiteral("status")) == QStringLiteral("done-on-time"));

    const QJsonObject newBirth = scheduled(t.ok(kAmara, {"schedule", "show", "--family", family}), QStringLiteral("new-birth"));
    CHECK(newBirth.value(QStringLiteral("status")) == QStringLiteral("done-on-time"));
    CHECK(newBirth.value(QStringLiteral("contact_uuid")).toString() == contact);
    CHECK(newBirth.value(QStringLiteral("done_on")).toString() == day(0));
    const Run text = t.run(kAmara, {"schedule", "show", "--child", child}, false);
    CHECK(text.out.contains(QStringLiteral("Done on time")));
    CHECK(text.out.contains(QDate::currentDate().toString(QStringLiteral("d MMM yyyy"))));

    // The first action's owner is a user of the store; mark it done.
    const QJsonObject list = t.ok(kAmara, {"visit", "list", "--family", family});
    const QJsonArray actions = list.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("actions")).toArray();
    REQUIRE(actions.size() == 2); // by due date
    const QJsonObject redBook = actions.first().toObject(), hearing = actions.last().toObject();
    CHECK(hearing.value(QStringLiteral("description")).toString() == QStringLiteral("Book hearing screen"));
    CHECK(hearing.value(QStringLiteral("owner")).toString() == QStringLiteral("Amara Nwosu"));
    CHECK(!hearing.value(QStringLiteral("owner_user_uuid")).toString().isEmpty());
    CHECK(redBook.value(QStringLiteral("owner")).toString() == QStringLiteral("Mum"));
    CHECK(redBook.value(QStringLiteral("owner_user_uuid")).isNull());
    const QString actionUuid = hearing.value(QStringLiteral("uuid")).toString();
    CHECK(t.ok(kAmara, {"visit", "action-done", actionUuid}).value(QStringLiteral("done_on")).toString() == day(0));
    const Run again = t.run(kAmara, {"visit", "action-done", actionUuid});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already marked done")));
}

TEST_CASE("CLI: restricted note text never appears in any output, for any user", "[cli][visits][notes]")
{
    Team t;
    setUp(t);
    const auto [family, child] = t.family(QStringLiteral("Milo"), QStringLiteral("Penn"), 12, QStringLiteral("NG7 2QP"));
    t.ok(kAmara, {"family", "named-hv", "--family", family, "--hv", "amara"});
    QList<Run> runs;
    runs << t.run(kAmara, {"visit", "log", "--child", child, "--type", "new-birth", "--place", "home", "--duration", "45", "--outcome",
                           "Feeding well", "--note", kSecretHv, "--note-restriction", "health-visiting"});
    runs << t.run(kAmara, {"note", "add", "--family", family, "--child", child, "--text", kSecretHvAlone, "--restriction", "health-visiting"}, false);
    runs << t.run(kJo, {"note", "add", "--family", family, "--text", kSecretSafeguarding, "--restriction", "safeguarding"});
    runs << t.run(kJo, {"visit", "log", "--child", child, "--type", "additional", "--place", "childrens-centre", "--duration", "30",
                        "--outcome", "Stay and play", "--note", "Enjoyed the sensory room"});
    for (const Run& r : runs) {
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    t.ok(kAmara, {"visit", "plan", "--family", family, "--at", day(1) + " 10:30", "--type", "additional", "--place", "home"});

    for (const auto& who : {kAmara, kJo, kAdmin}) {
        INFO(who.value(QStringLiteral("TANDEM_USER")).toStdString());
        for (const bool json : {false, true}) {
            for (const QStringList& args : {QStringList{"visit", "list", "--family", family}, QStringList{"visit", "list", "--child", child},
                                            QStringList{"schedule", "show", "--family", family}, QStringList{"family", "show", family},
                                            QStringList{"family", "care", "--family", family}, QStringList{"caseload", "--worker", "amara"},
                                            QStringList{"caseload", "--worker", "amara", "--day", day(1)}}) {
                const Run r = t.run(who, args, json);
                runs << r;
                if (args.first() == QLatin1String("visit")) {
                    INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
                    REQUIRE(r.exitCode == 0);
                    if (json) {
                        const QJsonObject first = r.json().value(QStringLiteral("contacts")).toArray().last().toObject();
                        const QJsonObject note = first.value(QStringLiteral("notes")).toArray().first().toObject();
                        CHECK(note.value(QStringLiteral("restricted")).toString() == QStringLiteral("health-visiting"));
                        CHECK(note.value(QStringLiteral("text")).isNull());
                        CHECK(note.value(QStringLiteral("withheld")).toBool());
                        CHECK(r.out.contains(QStringLiteral("Enjoyed the sensory room"))); // unrestricted text is shown
                    } else {
                        CHECK(r.out.contains(QStringLiteral("[restricted note: Health visiting only — ")));
                        CHECK(r.out.contains(QStringLiteral("[restricted note: Safeguarding only — ")));
                        CHECK(r.out.contains(QStringLiteral(", Amara Nwosu]")));
                    }
                }
            }
        }
    }
    for (const Run& r : runs)
        for (const QString& secret : {kSecretHv, kSecretHvAlone, kSecretSafeguarding}) {
            CHECK_FALSE(r.out.contains(secret));
            CHECK_FALSE(r.err.contains(secret));
        }

    // Only health visitors and team leads may restrict a note to health visiting.
    const Run denied = t.run(kJo, {"note", "add", "--family", family, "--text", "x", "--restriction", "health-visiting"});
    CHECK(denied.exitCode == 5);
    CHECK(errorCode(denied) == QStringLiteral("permission_denied"));
}

TEST_CASE("CLI: a children's centre practitioner logs additional contacts but not mandated ones", "[cli][visits]")
{
    Team t;
    setUp(t);
    const auto [family, child] = t.family(QStringLiteral("Milo"), QStringLiteral("Penn"), 12, QStringLiteral("NG7 2QP"));
    const Run mandated = t.run(kJo, {"visit", "log", "--family", family, "--type", "new-birth", "--place", "home", "--duration", "30",
                                     "--outcome", "Visited"});
    CHECK(mandated.exitCode == 5);
    CHECK(errorCode(mandated) == QStringLiteral("permission_denied"));
    CHECK(t.ok(kJo, {"visit", "list", "--family", family}).value(QStringLiteral("contacts")).toArray().isEmpty());
    const QJsonObject additional = t.ok(kJo, {"visit", "log", "--family", family, "--type", "additional", "--place", "childrens-centre",
                                              "--duration", "30", "--outcome", "Stay and play"});
    CHECK(additional.value(QStringLiteral("completed")).toArray().isEmpty());
    CHECK(t.ok(kJo, {"visit", "list", "--child", child}).value(QStringLiteral("contacts")).toArray().size() == 1);
    const Run decline = t.run(kJo, {"schedule", "decline", "--child", child, "--contact", "six-to-eight-week", "--reason", "Family declined"});
    CHECK(decline.exitCode == 5);
}

TEST_CASE("CLI: caseload lists the named health visitor's families, with filters and the day plan", "[cli][visits][caseload]")
{
    Team t;
    setUp(t);
    const auto [penn, milo] = t.family(QStringLiteral("Milo"), QStringLiteral("Penn"), 12, QStringLiteral("NG7 2QP"));
    const auto [okafor, ada] = t.family(QStringLiteral("Ada"), QStringLiteral("Okafor"), 20, QStringLiteral("NG7 3AB")); // new birth visit overdue
    CHECK(familyUuids(t.ok(kAmara, {"caseload"})).isEmpty());
    t.ok(kAmara, {"family", "named-hv", "--family", penn, "--hv", "amara"});
    t.ok(kAmara, {"family", "named-hv", "--family", okafor, "--hv", "amara"});
    const QJsonObject all = t.ok(kAmara, {"caseload"});
    CHECK(familyUuids(all) == QStringList{okafor, penn}); // overdue first
    CHECK(all.value(QStringLiteral("families_held")).toInt() == 2);
    CHECK(familyUuids(t.ok(kAmara, {"caseload", "--overdue"})) == QStringList{okafor});
    const QJsonObject care = t.ok(kAmara, {"family", "level", "--family", penn, "--level", "universal-plus", "--reason", "Low mood; more support"});
    CHECK(care.value(QStringLiteral("care")).toObject().value(QStringLiteral("level")) == QStringLiteral("universal-plus"));
    CHECK(familyUuids(t.ok(kAmara, {"caseload", "--level", "universal-plus"})) == QStringList{penn});
    CHECK(familyUuids(t.ok(kAmara, {"caseload", "--level", "universal"})) == QStringList{okafor});
    const Run text = t.run(kAmara, {"caseload"}, false);
    CHECK(text.out.contains(QStringLiteral("Okafor")));
    CHECK(text.out.contains(QStringLiteral("2 of 2 families shown; 1 with overdue contacts")));
    CHECK(t.run(kJo, {"caseload", "--worker", "amara"}).exitCode == 5);
    const Run team = t.run(kAmara, {"family", "care", "--family", penn}, false);
    CHECK(team.exitCode == 0);
    CHECK(team.out.contains(QStringLiteral("Named health visitor  Amara Nwosu")));

    // A planned visit shows on the day plan with what is needed at the door; cancelled, it goes.
    const QJsonObject booked = t.ok(kAmara, {"visit", "plan", "--family", penn, "--at", day(1) + " 10:30", "--type", "additional",
                                             "--place", "home", "--duration", "45", "--child", milo, "--purpose", "Weigh; discuss feeding"});
    const QString appointment = booked.value(QStringLiteral("appointment")).toObject().value(QStringLiteral("uuid")).toString();
    const QJsonArray visits = t.ok(kAmara, {"caseload", "--day", day(1)}).value(QStringLiteral("visits")).toArray();
    REQUIRE(visits.size() == 1);
    CHECK(visits.first().toObject().value(QStringLiteral("appointment")).toObject().value(QStringLiteral("uuid")).toString() == appointment);
    CHECK(visits.first().toObject().value(QStringLiteral("phones")).toArray().first().toString().contains(QStringLiteral("07700 900123")));
    const Run plan = t.run(kAmara, {"caseload", "--day", day(1)}, false);
    CHECK(plan.out.contains(QStringLiteral("10:30–11:15  Penn")));
    CHECK(plan.out.contains(QStringLiteral("Weigh; discuss feeding")));
    CHECK(plan.out.contains(QStringLiteral("4 Elm Road, NG7 2QP")));
    t.ok(kAmara, {"visit", "cancel", appointment, "--reason", "Family asked to rearrange"});
    CHECK(t.ok(kAmara, {"caseload", "--day", day(1)}).value(QStringLiteral("visits")).toArray().isEmpty());
}

TEST_CASE("CLI: bad input to the visit commands exits 1 or 2 with a message and changes nothing", "[cli][visits]")
{
    Team t;
    setUp(t);
    const auto [family, child] = t.family(QStringLiteral("Milo"), QStringLiteral("Penn"), 12, QStringLiteral("NG7 2QP"));
    const QStringList log{"visit", "log", "--child", child, "--type", "additional", "--place", "home", "--duration", "30", "--outcome", "Seen"};
    t.ok(kAmara, log);
    const QString before = t.run(kAmara, {"visit", "list", "--family", family}).out;
    const QString scheduleBefore = t.run(kAmara, {"schedule", "show", "--child", child}).out;

    auto replaced = [&](const QString& option, const QString& value) {
        QStringList args = log;
        args[args.indexOf(option) + 1] = value;
        return args;
    };
    struct Case {
        QStringList args;
        int exit;
        QString message;
    };
    const QList<Case> cases{
        {log + QStringList{"--at", day(2) + " 10:00"}, 1, "in the future"},
        {replaced("--type", "home-visit"), 2, "--type \"home-visit\" is not one of antenatal, new-birth"},
        {replaced("--place", "garden"), 2, "--place \"garden\" is not one of"},
        {log + QStringList{"--action", "Book hearing screen"}, 2, "DESCRIPTION;YYYY-MM-DD;OWNER"},
        {log + QStringList{"--action", "Book hearing screen;2026-02-30;Amara"}, 2, "not a real date"},
        {log + QStringList{"--action", "Book hearing screen;" + day(-30) + ";Amara"}, 1, "before the contact"},
        {log + QStringList{"--at", "yesterday"}, 2, "YYYY-MM-DD HH:MM"},
        {replaced("--duration", "half an hour"), 2, "whole number of minutes"},
        {replaced("--type", "antenatal"), 1, "antenatal contact must be before the birth"},
        {replaced("--child", "6b1b5b0e-0000-4000-8000-000000000000"), 1, "does not exist"},
        {log + QStringList{"--note-restriction", "health-visiting"}, 2, "needs a note"},
        {log + QStringList{"--practitioner", "nobody"}, 1, "no active user called \"nobody\""},
        {{"schedule", "decline", "--child", child, "--contact", "eight-week", "--reason", "Family declined"}, 2,
         "--contact \"eight-week\" is not one of antenatal, new-birth, six-to-eight-week"},
        {{"schedule", "decline", "--child", child, "--contact", "six-to-eight-week", "--reason", "no"}, 1, "fuller reason"},
        {{"schedule", "clear", "--child", child, "--contact", "two-year"}, 1, "No decision is recorded"},
        {{"visit", "plan", "--family", family, "--at", day(-1) + " 10:00", "--type", "additional", "--place", "home"}, 1, "day that has passed"},
        {{"caseload", "--level", "gold"}, 2, "--level \"gold\" is not one of"},
        {{"family", "level", "--family", family, "--level", "universal-plus", "--reason", "More support", "--from", day(3)}, 1, "and today"},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const Run r = t.run(kAmara, c.args, false);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == c.exit);
        CHECK(r.err.contains(c.message));
        int messages = 0; // one line of error, besides the TANDEM_TEST_KDF warning
        for (const QString& line : r.err.trimmed().split(QLatin1Char('\n')))
            messages += line.startsWith(QStringLiteral("tandem-cli: warning:")) ? 0 : 1;
        CHECK(messages == 1);
    }
    const Run json = t.run(kAmara, replaced("--type", "home-visit"));
    CHECK(errorCode(json) == QStringLiteral("usage"));
    CHECK(t.run(kAmara, {"visit", "list", "--family", family}).out == before);
    CHECK(t.run(kAmara, {"schedule", "show", "--child", child}).out == scheduleBefore);
}
