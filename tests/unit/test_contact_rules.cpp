#include "FieldIssueHelpers.h"
#include "tandem/domain/ContactRules.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::ContactRules;

namespace {

// Synthetic family: a baby, an older sibling and an unborn child.
const QDateTime kNow(QDate(2024, 6, 15), QTime(14, 30));
const QDate kBabyBorn(2024, 5, 1);

Child child(const QString& uuid, const QString& name, std::optional<QDate> dob, std::optional<QDate> edd = {})
{
    Child c;
    c.uuid = uuid;
    c.givenName = name;
    c.familyName = QStringLiteral("Penn");
    c.dateOfBirth = dob;
    c.expectedDeliveryDate = edd;
    return c;
}

const QList<Child> kFamily = {child(QStringLiteral("baby"), QStringLiteral("Ada"), kBabyBorn),
                              child(QStringLiteral("sibling"), QStringLiteral("Ben"), QDate(2022, 1, 10)),
                              child(QStringLiteral("unborn"), QStringLiteral("Baby"), std::nullopt, QDate(2024, 9, 1))};

FollowUpAction action()
{
    FollowUpAction a;
    a.description = QStringLiteral("Refer for hearing screen");
    a.dueOn = QDate(2024, 6, 20);
    a.ownerName = QStringLiteral("Amara (HV)");
    return a;
}

Contact contact()
{
    Contact c;
    c.uuid = QStringLiteral("contact-1");
    c.familyUuid = QStringLiteral("family-1");
    c.childUuids = {QStringLiteral("baby")};
    c.occurredAt = QDateTime(QDate(2024, 6, 14), QTime(10, 0));
    c.type = QStringLiteral("six-to-eight-week");
    c.place = QStringLiteral("home");
    c.durationMinutes = 60;
    c.outcome = QStringLiteral("Feeding well, weight on the 50th centile.");
    c.peoplePresent = QStringLiteral("Mother");
    c.actions = {action()};
    Note n;
    n.text = QStringLiteral("Seen at home with mother.");
    c.notes = {n};
    return c;
}


FieldIssues check(Contact c) { return Rules::checkContact(c, kFamily, kNow); }

QString repeat(int n, QChar c = QLatin1Char('a')) { return QString(n, c); }

} // namespace

TEST_CASE("ContactRules: a complete contact passes", "[domain][contact-rules]")
{
    Contact c = contact();
    CHECK(Rules::checkContact(c, kFamily, kNow).isEmpty());
}

TEST_CASE("ContactRules: several problems are all reported", "[domain][contact-rules]")
{
    Contact c;
    c.childUuids = {};
    const FieldIssues issues = Rules::checkContact(c, kFamily, kNow);
    CHECK(fields(issues) == QStringList{QStringLiteral("contact.occurredAt"), QStringLiteral("contact.type"),
                                        QStringLiteral("contact.place"), QStringLiteral("contact.children"),
                                        QStringLiteral("contact.duration"), QStringLiteral("contact.outcome")});
    for (const FieldIssue& i : issues)
        CHECK_FALSE(i.message.isEmpty());
}

// ---------------------------------------------------------------- when

TEST_CASE("ContactRules: date and time of the contact", "[domain][contact-rules]")
{
    Contact c = contact();
    c.occurredAt = QDateTime();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.occurredAt")});

    c.occurredAt = kNow;
    CHECK(check(c).isEmpty());
    c.occurredAt = kNow.addSecs(60); // one minute in the future
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.occurredAt")});
    CHECK(message(check(c), QStringLiteral("contact.occurredAt")).contains(QStringLiteral("future")));

    // Exactly two years ago is allowed; a day more is not. The sibling was born by then.
    c = contact();
    c.childUuids = {QStringLiteral("sibling")};
    c.type = QStringLiteral("additional");
    c.actions.clear();
    c.occurredAt = kNow.addYears(-2);
    CHECK(check(c).isEmpty());
    c.occurredAt = kNow.addYears(-2).addDays(-1);
    const FieldIssues old = check(c);
    CHECK(fields(old) == QStringList{QStringLiteral("contact.occurredAt")});
    CHECK(message(old, QStringLiteral("contact.occurredAt")).contains(QStringLiteral("2 years")));
    c.occurredAt = kNow.addYears(-2).addSecs(-60);
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.occurredAt")});
}

// ---------------------------------------------------------------- type, place

TEST_CASE("ContactRules: type and place are known tokens", "[domain][contact-rules]")
{
    Contact c = contact();
    c.type = QString();
    CHECK(fields(check(c)).contains(QStringLiteral("contact.type")));
    c.type = QStringLiteral("home-visit");
    CHECK(fields(check(c)).contains(QStringLiteral("contact.type")));
    c.type = QStringLiteral("Additional"); // tokens are exact
    CHECK(fields(check(c)).contains(QStringLiteral("contact.type")));

    for (const QString& type : ContactTypes::tokens()) {
        if (type == QLatin1String("antenatal"))
            continue; // needs an unborn child: see below
        INFO(type.toStdString());
        c = contact();
        c.type = type;
        CHECK(check(c).isEmpty());
    }

    c = contact();
    c.place = QString();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.place")});
    c.place = QStringLiteral("garden");
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.place")});
    for (const QString& place : ContactPlaces::tokens()) {
        c.place = place;
        CHECK(check(c).isEmpty());
    }
}

// ---------------------------------------------------------------- children

TEST_CASE("ContactRules: children covered", "[domain][contact-rules]")
{
    Contact c = contact();
    c.childUuids.clear();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.children")});

    c.childUuids = {QStringLiteral("baby"), QStringLiteral("stranger")};
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.children")});
    c.childUuids = {QStringLiteral("stranger-1"), QStringLiteral("stranger-2")};
    CHECK(check(c).size() == 1); // one message, not one per child

    c = contact();
    CHECK(fields(Rules::checkContact(c, {}, kNow)) == QStringList{QStringLiteral("contact.children")});

    // A child listed twice is kept once.
    c.childUuids = {QStringLiteral("baby"), QStringLiteral("sibling"), QStringLiteral("baby")};
    c.type = QStringLiteral("additional");
    CHECK(Rules::checkContact(c, kFamily, kNow).isEmpty());
    CHECK(c.childUuids == QStringList{QStringLiteral("baby"), QStringLiteral("sibling")});
}

TEST_CASE("ContactRules: antenatal contacts are before the birth", "[domain][contact-rules]")
{
    Contact c = contact();
    c.type = QStringLiteral("antenatal");
    c.childUuids = {QStringLiteral("unborn")};
    CHECK(check(c).isEmpty());

    // After the baby's birth: refused, naming the child and the date of birth.
    c.childUuids = {QStringLiteral("baby")};
    const FieldIssues after = check(c);
    CHECK(fields(after) == QStringList{QStringLiteral("contact.children")});
    CHECK(message(after, QStringLiteral("contact.children")).contains(QStringLiteral("Ada")));
    CHECK(message(after, QStringLiteral("contact.children")).contains(QStringLiteral("1 May 2024")));

    // On the day of birth is "at or after birth"; the day before is fine.
    c.actions.clear();
    c.occurredAt = QDateTime(kBabyBorn, QTime(9, 0));
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.children")});
    c.occurredAt = QDateTime(kBabyBorn.addDays(-1), QTime(9, 0));
    CHECK(check(c).isEmpty());

    // Every child covered: an antenatal visit that also covers the toddler is refused.
    c = contact();
    c.type = QStringLiteral("antenatal");
    c.childUuids = {QStringLiteral("unborn"), QStringLiteral("sibling")};
    const FieldIssues mixed = check(c);
    CHECK(fields(mixed) == QStringList{QStringLiteral("contact.children")});
    CHECK(message(mixed, QStringLiteral("contact.children")).contains(QStringLiteral("Ben")));
}

TEST_CASE("ContactRules: reviews after birth cannot be before it", "[domain][contact-rules]")
{
    Contact c = contact();
    c.type = QStringLiteral("new-birth");
    c.childUuids = {QStringLiteral("unborn")};
    const FieldIssues unborn = check(c);
    CHECK(fields(unborn) == QStringList{QStringLiteral("contact.children")});
    CHECK(message(unborn, QStringLiteral("contact.children")).contains(QStringLiteral("New birth visit")));

    // Dated before a recorded birth.
    c.childUuids = {QStringLiteral("baby")};
    c.actions.clear();
    c.occurredAt = QDateTime(kBabyBorn.addDays(-1), QTime(16, 0));
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.children")});
    c.occurredAt = QDateTime(kBabyBorn, QTime(16, 0)); // the day of birth is after it
    CHECK(check(c).isEmpty());

    for (const QString& type : {QStringLiteral("six-to-eight-week"), QStringLiteral("twelve-month"),
                                QStringLiteral("two-year")}) {
        c = contact();
        c.type = type;
        c.childUuids = {QStringLiteral("unborn")};
        CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.children")});
    }

    // Other contacts can happen before the birth: an extra antenatal visit, an unanswered door.
    for (const QString& type : {QStringLiteral("additional"), QStringLiteral("clinic"), QStringLiteral("phone-video"),
                                QStringLiteral("not-brought"), QStringLiteral("no-access")}) {
        INFO(type.toStdString());
        c = contact();
        c.type = type;
        c.childUuids = {QStringLiteral("unborn"), QStringLiteral("sibling")};
        CHECK(check(c).isEmpty());
    }
}

// ---------------------------------------------------------------- duration

TEST_CASE("ContactRules: duration of a contact that happened is 1 to 480 minutes", "[domain][contact-rules]")
{
    Contact c = contact();
    c.durationMinutes = 0;
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.duration")});
    c.durationMinutes = -1;
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.duration")});
    c.durationMinutes = 1;
    CHECK(check(c).isEmpty());
    c.durationMinutes = 480;
    CHECK(check(c).isEmpty());
    c.durationMinutes = 481;
    const FieldIssues issues = check(c);
    CHECK(fields(issues) == QStringList{QStringLiteral("contact.duration")});
    CHECK(message(issues, QStringLiteral("contact.duration"))
          == QStringLiteral("The visit lasted more than 8 hours (480 minutes); check the duration."));
}

TEST_CASE("ContactRules: a missed attempt may last 0 minutes", "[domain][contact-rules]")
{
    for (const QString& type : {QStringLiteral("not-brought"), QStringLiteral("no-access")}) {
        INFO(type.toStdString());
        Contact c = contact();
        c.type = type;
        c.durationMinutes = 0;
        CHECK(check(c).isEmpty());
        c.durationMinutes = 480;
        CHECK(check(c).isEmpty());
        c.durationMinutes = 481;
        CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.duration")});
        c.durationMinutes = -1;
        CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.duration")});
    }
}

// ---------------------------------------------------------------- outcome, people present

TEST_CASE("ContactRules: outcome", "[domain][contact-rules]")
{
    Contact c = contact();
    c.outcome = repeat(2000);
    CHECK(check(c).isEmpty());
    c.outcome = repeat(2001);
    const FieldIssues tooLong = check(c);
    CHECK(fields(tooLong) == QStringList{QStringLiteral("contact.outcome")});
    CHECK(message(tooLong, QStringLiteral("contact.outcome")).contains(QStringLiteral("2000")));
    CHECK(message(tooLong, QStringLiteral("contact.outcome")).contains(QStringLiteral("2001")));

    // Characters as a person counts them: 2000 emoji are 4000 UTF-16 units.
    QString emoji;
    for (int i = 0; i < 2000; ++i)
        emoji += QString::fromUcs4(U"\U0001F476", 1);
    c.outcome = emoji;
    CHECK(check(c).isEmpty());

    c.outcome = QString();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.outcome")});
    c.outcome = QStringLiteral("  \n\t ");
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.outcome")});
    c.outcome = QStringLiteral("x");
    CHECK(check(c).isEmpty());

    // Not needed when the family was not seen.
    for (const QString& type : {QStringLiteral("not-brought"), QStringLiteral("no-access")}) {
        c.type = type;
        c.outcome = QStringLiteral("   ");
        CHECK(Rules::checkContact(c, kFamily, kNow).isEmpty());
        CHECK(c.outcome.isEmpty());
    }
}

TEST_CASE("ContactRules: people present", "[domain][contact-rules]")
{
    Contact c = contact();
    c.peoplePresent = QString();
    CHECK(check(c).isEmpty());
    c.peoplePresent = repeat(500);
    CHECK(check(c).isEmpty());
    c.peoplePresent = repeat(501);
    CHECK(fields(check(c)) == QStringList{QStringLiteral("contact.peoplePresent")});
}

TEST_CASE("ContactRules: whitespace is collapsed in one-line text and trimmed in notes", "[domain][contact-rules]")
{
    Contact c = contact();
    c.outcome = QStringLiteral("  Feeding   well,\n weight  gain good  ");
    c.peoplePresent = QStringLiteral(" Mother,\tmaternal   grandmother ");
    c.actions[0].description = QStringLiteral("  Book   hearing test ");
    c.actions[0].ownerName = QStringLiteral(" Amara   (HV) ");
    c.notes[0].text = QStringLiteral("\n  First line.\n\nSecond  paragraph.  \n");
    REQUIRE(Rules::checkContact(c, kFamily, kNow).isEmpty());
    CHECK(c.outcome == QStringLiteral("Feeding well, weight gain good"));
    CHECK(c.peoplePresent == QStringLiteral("Mother, maternal grandmother"));
    CHECK(c.actions[0].description == QStringLiteral("Book hearing test"));
    CHECK(c.actions[0].ownerName == QStringLiteral("Amara (HV)"));
    CHECK(c.notes[0].text == QStringLiteral("First line.\n\nSecond  paragraph."));

    // The limit applies after collapsing; text that does not fit is left as typed.
    c = contact();
    c.outcome = QStringLiteral("  ") + repeat(1000) + QStringLiteral("     ") + repeat(999) + QStringLiteral("  ");
    CHECK(Rules::checkContact(c, kFamily, kNow).isEmpty());
    CHECK(c.outcome.size() == 2000);
    const QString tooLong = QStringLiteral(" ") + repeat(2001);
    c.outcome = tooLong;
    CHECK_FALSE(Rules::checkContact(c, kFamily, kNow).isEmpty());
    CHECK(c.outcome == tooLong);
}

// ---------------------------------------------------------------- actions

TEST_CASE("ContactRules: follow-up actions", "[domain][contact-rules]")
{
    Contact c = contact();
    c.actions[0].description = QStringLiteral("   ");
    CHECK(fields(check(c)) == QStringList{QStringLiteral("actions[0].description")});
    c.actions[0].description = repeat(500);
    CHECK(check(c).isEmpty());
    c.actions[0].description = repeat(501);
    CHECK(fields(check(c)) == QStringList{QStringLiteral("actions[0].description")});

    c = contact();
    c.actions[0].dueOn = QDate();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("actions[0].dueOn")});
    c.actions[0].dueOn = QDate(2024, 6, 14); // the contact's own day
    CHECK(check(c).isEmpty());
    c.actions[0].dueOn = QDate(2024, 6, 13);
    const FieldIssues before = check(c);
    CHECK(fields(before) == QStringList{QStringLiteral("actions[0].dueOn")});
    CHECK(message(before, QStringLiteral("actions[0].dueOn")).contains(QStringLiteral("13 Jun 2024")));

    c = contact();
    c.actions[0].ownerName = QString();
    CHECK(fields(check(c)) == QStringList{QStringLiteral("actions[0].owner")});
    c.actions[0].ownerName = repeat(200);
    CHECK(check(c).isEmpty());
    c.actions[0].ownerName = repeat(201);
    CHECK(fields(check(c)) == QStringList{QStringLiteral("actions[0].owner")});

    // Keys carry the index; messages count from 1.
    c = contact();
    FollowUpAction second = action();
    second.ownerName = QStringLiteral(" ");
    c.actions.append(second);
    const FieldIssues issues = check(c);
    CHECK(fields(issues) == QStringList{QStringLiteral("actions[1].owner")});
    CHECK(message(issues, QStringLiteral("actions[1].owner")).contains(QStringLiteral("action 2")));

    // No actions at all is fine.
    c.actions.clear();
    CHECK(check(c).isEmpty());
}

// ---------------------------------------------------------------- notes

TEST_CASE("ContactRules: notes written at a contact", "[domain][contact-rules]")
{
    Contact c = contact();
    c.notes[0].text = QStringLiteral(" \n ");
    CHECK(fields(check(c)) == QStringList{QStringLiteral("notes[0].text")});
    c.notes[0].text = repeat(20000);
    CHECK(check(c).isEmpty());
    c.notes[0].text = repeat(20001);
    CHECK(fields(check(c)) == QStringList{QStringLiteral("notes[0].text")});
    c.notes.append(Note{});
    c.notes[0].text = QStringLiteral("x");
    CHECK(fields(check(c)) == QStringList{QStringLiteral("notes[1].text")});
}

TEST_CASE("ContactRules: a note on its own", "[domain][contact-rules]")
{
    Note n;
    CHECK(fields(Rules::checkNote(n)) == QStringList{QStringLiteral("note.text")});
    n.text = QStringLiteral("  \t\n");
    CHECK(fields(Rules::checkNote(n)) == QStringList{QStringLiteral("note.text")});
    n.text = QStringLiteral("x");
    CHECK(Rules::checkNote(n).isEmpty());
    n.text = repeat(20000);
    CHECK(Rules::checkNote(n).isEmpty());
    n.text = repeat(20001);
    const FieldIssues issues = Rules::checkNote(n);
    CHECK(fields(issues) == QStringList{QStringLiteral("note.text")});
    CHECK(message(issues, QStringLiteral("note.text")).contains(QStringLiteral("20000")));
    CHECK(n.text.size() == 20001); // left as typed
    n.text = QStringLiteral("  Line one.\n  Line two.  ");
    CHECK(Rules::checkNote(n).isEmpty());
    CHECK(n.text == QStringLiteral("Line one.\n  Line two."));
}

// ---------------------------------------------------------------- reasons

TEST_CASE("ContactRules: reasons are 5 to 500 characters", "[domain][contact-rules]")
{
    const QString field = QStringLiteral("exclusion.reason");
    QString reason;
    CHECK(fields(Rules::checkReason(reason, field)) == QStringList{field});
    reason = QStringLiteral("abcd");
    CHECK(fields(Rules::checkReason(reason, field)) == QStringList{field});
    reason = QStringLiteral("abcde");
    CHECK(Rules::checkReason(reason, field).isEmpty());
    reason = repeat(500);
    CHECK(Rules::checkReason(reason, field).isEmpty());
    reason = repeat(501);
    const FieldIssues tooLong = Rules::checkReason(reason, field);
    CHECK(fields(tooLong) == QStringList{field});
    CHECK(tooLong.first().message.contains(QStringLiteral("500")));
    CHECK(reason.size() == 501);

    // Counted after trimming and collapsing: spaces are not a reason.
    reason = QStringLiteral("   abcd   ");
    CHECK(fields(Rules::checkReason(reason, field)) == QStringList{field});
    reason = QStringLiteral("a    b");
    CHECK(fields(Rules::checkReason(reason, field)) == QStringList{field});
    reason = QStringLiteral("  Moved   to\tLeeds \n");
    CHECK(Rules::checkReason(reason, field).isEmpty());
    CHECK(reason == QStringLiteral("Moved to Leeds"));
    reason = QStringLiteral(" ") + repeat(500) + QStringLiteral("  ");
    CHECK(Rules::checkReason(reason, field).isEmpty());
    CHECK(reason.size() == 500);

    // The field key is the caller's.
    reason = QString();
    CHECK(Rules::checkReason(reason, QStringLiteral("appointment.cancelReason")).first().field
          == QStringLiteral("appointment.cancelReason"));
}
