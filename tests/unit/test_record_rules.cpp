#include "FieldIssueHelpers.h"
#include "tandem/domain/RecordRules.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Upn.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::RecordRules;

namespace {

const QDate kToday(2024, 6, 15);
// Synthetic: 999 range, passing Modulus 11.
const QString kNhs = QStringLiteral("9990012393");
const QString kNhs2 = QStringLiteral("9990024731");
const QString kUpn = QStringLiteral("U801200124001");


Family family()
{
    Family f;
    f.address.line1 = QStringLiteral("1 Example Road");
    f.address.postcode = QStringLiteral("NG7 2AB");
    return f;
}

Person adult()
{
    Person p;
    p.givenName = QStringLiteral("Mary");
    p.familyName = QStringLiteral("Penn");
    p.relationship = QStringLiteral("mother");
    p.parentalResponsibility = true;
    return p;
}

Child born()
{
    Child c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Penn");
    c.dateOfBirth = QDate(2023, 1, 10);
    c.sex = QStringLiteral("female");
    return c;
}

Child unborn()
{
    Child c;
    c.givenName = QStringLiteral("Baby");
    c.familyName = QStringLiteral("Penn");
    c.expectedDeliveryDate = kToday.addDays(60);
    return c;
}

FieldIssues check(Child c) { return Rules::checkChild(c, kToday); }
FieldIssues check(Person p) { return Rules::checkPerson(p, kToday); }

} // namespace

// ---------------------------------------------------------------- family

TEST_CASE("RecordRules: a complete family passes and is normalised", "[domain]")
{
    Family f = family();
    f.address.line1 = QStringLiteral("  1 Example Road ");
    f.address.postcode = QStringLiteral(" ng72ab ");
    f.address.town = QStringLiteral(" Nottingham ");
    REQUIRE(Rules::checkFamily(f).isEmpty());
    CHECK(f.address.line1 == QStringLiteral("1 Example Road"));
    CHECK(f.address.postcode == QStringLiteral("NG7 2AB"));
    CHECK(f.address.town == QStringLiteral("Nottingham"));
}

TEST_CASE("RecordRules: address line 1 is required and at most 200 characters", "[domain]")
{
    for (const QString& line : {QString(), QStringLiteral("   ")}) {
        Family f = family();
        f.address.line1 = line;
        const FieldIssues issues = Rules::checkFamily(f);
        CHECK(fields(issues) == QStringList{"family.addressLine1"});
        CHECK(message(issues, QStringLiteral("family.addressLine1")).contains(QStringLiteral("first line")));
    }
    Family f = family();
    f.address.line1 = QString(200, QLatin1Char('a'));
    CHECK(Rules::checkFamily(f).isEmpty());
    f.address.line1 = QString(201, QLatin1Char('a'));
    const FieldIssues issues = Rules::checkFamily(f);
    CHECK(fields(issues) == QStringList{"family.addressLine1"});
    CHECK(message(issues, QStringLiteral("family.addressLine1")).contains(QStringLiteral("200")));
    CHECK(message(issues, QStringLiteral("family.addressLine1")).contains(QStringLiteral("201")));
    CHECK(f.address.line1.size() == 201); // invalid values are left as typed
}

TEST_CASE("RecordRules: other family text at most 200, accessibility needs at most 2000", "[domain]")
{
    const struct { const char* key; QString Family::*field; QString Address::*addressField; } texts[] = {
        {"family.addressLine2", nullptr, &Address::line2},
        {"family.town", nullptr, &Address::town},
        {"family.ward", &Family::ward, nullptr},
        {"family.childrensCentre", &Family::childrensCentre, nullptr},
        {"family.mainLanguage", &Family::mainLanguage, nullptr},
    };
    for (const auto& t : texts) {
        INFO(t.key);
        for (int n : {0, 200, 201}) {
            Family f = family();
            QString& value = t.field ? f.*(t.field) : f.address.*(t.addressField);
            value = QString(n, QLatin1Char('x'));
            const FieldIssues issues = Rules::checkFamily(f);
            CHECK(fields(issues) == (n <= 200 ? QStringList() : QStringList{QString::fromUtf8(t.key)}));
        }
    }
    Family f = family();
    f.accessibilityNeeds = QString(2000, QLatin1Char('x'));
    CHECK(Rules::checkFamily(f).isEmpty());
    f.accessibilityNeeds = QStringLiteral("Step-free access\n") + QString(1983, QLatin1Char('x'));
    CHECK(Rules::checkFamily(f).isEmpty()); // 2000 with a line break: kept as written
    f.accessibilityNeeds = QString(2001, QLatin1Char('x'));
    CHECK(fields(Rules::checkFamily(f)) == QStringList{"family.accessibilityNeeds"});
    // Characters, not UTF-16 units: 200 characters outside the BMP still fit.
    f = family();
    f.address.town = QString::fromUtf8("\U00020000").repeated(200);
    CHECK(Rules::checkFamily(f).isEmpty());
}

TEST_CASE("RecordRules: postcode required, lowercase normalised, malformed refused", "[domain]")
{
    Family missing = family();
    missing.address.postcode = QStringLiteral("  ");
    const FieldIssues none = Rules::checkFamily(missing);
    CHECK(fields(none) == QStringList{"family.postcode"});
    CHECK(message(none, QStringLiteral("family.postcode")).startsWith(QStringLiteral("Enter a postcode")));

    for (const char* lower : {"ng7 2ab", "ng72ab", "sw1a 1aa", " m1 1ae "}) {
        INFO(lower);
        Family f = family();
        f.address.postcode = QString::fromUtf8(lower);
        CHECK(Rules::checkFamily(f).isEmpty());
        CHECK(f.address.postcode == f.address.postcode.toUpper());
        CHECK(f.address.postcode.count(QLatin1Char(' ')) == 1);
    }

    for (const char* bad : {"NG7 2A", "NG7 2CI", "XYZ", "QQ1 1AA", "NG7-2AB", "NG7 2AB X"}) {
        INFO(bad);
        Family f = family();
        f.address.postcode = QString::fromUtf8(bad);
        const FieldIssues issues = Rules::checkFamily(f);
        CHECK(fields(issues) == QStringList{"family.postcode"});
        CHECK_FALSE(message(issues, QStringLiteral("family.postcode")).isEmpty());
        CHECK(f.address.postcode == QString::fromUtf8(bad));
    }
}

// ---------------------------------------------------------------- person

TEST_CASE("RecordRules: a complete person passes and is normalised", "[domain]")
{
    Person p = adult();
    p.givenName = QStringLiteral("  Mary \t  Ann ");
    p.familyName = QStringLiteral(" Penn ");
    p.email = QStringLiteral("  mary@example.org ");
    p.phone = QStringLiteral(" 07700 900123 ");
    p.preferredContact = QStringLiteral("text");
    p.dateOfBirth = QDate(1990, 4, 1);
    REQUIRE(Rules::checkPerson(p, kToday).isEmpty());
    CHECK(p.givenName == QStringLiteral("Mary Ann"));
    CHECK(p.familyName == QStringLiteral("Penn"));
    CHECK(p.email == QStringLiteral("mary@example.org"));
    CHECK(p.phone == QStringLiteral("07700 900123"));
}

TEST_CASE("RecordRules: person names are required, 1 to 100 characters", "[domain]")
{
    Person p = adult();
    p.givenName = QStringLiteral(" ");
    p.familyName.clear();
    CHECK(fields(check(p)) == QStringList({"person.givenName", "person.familyName"}));

    p = adult();
    p.givenName = QStringLiteral("M");
    p.familyName = QString(100, QLatin1Char('p'));
    CHECK(check(p).isEmpty());
    p.familyName = QString(101, QLatin1Char('p'));
    CHECK(fields(check(p)) == QStringList{"person.familyName"});
    // Whitespace collapsed before counting: 100 letters with spaces around fit.
    p.familyName = QStringLiteral("  ") + QString(100, QLatin1Char('p')) + QStringLiteral("  ");
    CHECK(check(p).isEmpty());
}

TEST_CASE("RecordRules: person date of birth not in the future nor over 120 years ago", "[domain]")
{
    const struct { QDate dob; bool ok; } cases[] = {
        {kToday, true},
        {kToday.addDays(1), false},
        {kToday.addYears(-120), true},
        {kToday.addYears(-120).addDays(-1), false},
        {QDate(1990, 2, 28), true},
    };
    for (const auto& c : cases) {
        INFO(c.dob.toString(Qt::ISODate).toStdString());
        Person p = adult();
        p.dateOfBirth = c.dob;
        CHECK(fields(check(p)) == (c.ok ? QStringList() : QStringList{"person.dateOfBirth"}));
    }
    Person p = adult();
    p.dateOfBirth = QDate();
    CHECK(fields(check(p)) == QStringList{"person.dateOfBirth"});
    p.dateOfBirth = kToday.addDays(1);
    CHECK(message(check(p), QStringLiteral("person.dateOfBirth")).contains(QStringLiteral("16/06/2024")));
}

TEST_CASE("RecordRules: email has one @, text either side and a dot in the domain", "[domain]")
{
    for (const char* ok : {"mary@example.org", "m.penn+nhs@mail.example.org", " mary@example.org ", "a@b.co"}) {
        INFO(ok);
        Person p = adult();
        p.email = QString::fromUtf8(ok);
        CHECK(check(p).isEmpty());
    }
    for (const char* bad : {"mary", "mary@", "@example.org", "mary@example", "mary@@example.org", "ma@ry@example.org",
                            "mary@example.", "mary@.org", "ma ry@example.org", "mary@exa mple.org"}) {
        INFO(bad);
        Person p = adult();
        p.email = QString::fromUtf8(bad);
        const FieldIssues issues = Rules::checkPerson(p, kToday);
        CHECK(fields(issues) == QStringList{"person.email"});
        CHECK(message(issues, QStringLiteral("person.email")).contains(QStringLiteral("name@example.org")));
        CHECK(p.email == QString::fromUtf8(bad));
    }
}

TEST_CASE("RecordRules: phone has 10 to 15 digits after spaces, hyphens, brackets and a leading +", "[domain]")
{
    for (const char* ok : {"07700 900123", "+44 7700 900123", "(0115) 496 0000", "0115-496-0000", "0115496000",
                           "+123456789012345", "+44 (0) 7700-900-123"}) {
        INFO(ok);
        Person p = adult();
        p.phone = QString::fromUtf8(ok);
        CHECK(check(p).isEmpty());
    }
    for (const char* bad : {"011549600", "+1234567890123456", "07700 900123 ext 4", "44+7700900123", "07700.900123",
                            "++447700900123", "O7700 900123"}) {
        INFO(bad);
        Person p = adult();
        p.phone = QString::fromUtf8(bad);
        CHECK(fields(check(p)) == QStringList{"person.phone"});
    }
    Person p = adult();
    p.phone = QStringLiteral("011549600");
    CHECK(message(check(p), QStringLiteral("person.phone")).contains(QStringLiteral("has 9 digits")));
}

TEST_CASE("RecordRules: preferred contact and relationship are tokens", "[domain]")
{
    for (const QString& token : Rules::contactMethodTokens() + QStringList{QString()}) {
        Person p = adult();
        p.preferredContact = token;
        CHECK(check(p).isEmpty());
    }
    for (const char* bad : {"Phone", "fax", " text"}) {
        Person p = adult();
        p.preferredContact = QString::fromUtf8(bad);
        CHECK(fields(check(p)) == QStringList{"person.preferredContact"});
    }
    for (const QString& token : Rules::relationshipTokens()) {
        Person p = adult();
        p.relationship = token;
        CHECK(check(p).isEmpty());
    }
    for (const char* bad : {"", "aunt", "Mother"}) {
        Person p = adult();
        p.relationship = QString::fromUtf8(bad);
        CHECK(fields(check(p)) == QStringList{"person.relationship"});
    }
}

// ---------------------------------------------------------------- child

TEST_CASE("RecordRules: a born and an unborn child pass", "[domain]")
{
    Child c = born();
    c.givenName = QStringLiteral(" Ada  Rose ");
    c.preferredName = QStringLiteral("  Rosie ");
    c.nhsNumber = QStringLiteral("999 001 2393");
    c.upn = QStringLiteral(" u801200124001 ");
    c.gestationWeeks = 39;
    REQUIRE(Rules::checkChild(c, kToday).isEmpty());
    CHECK(c.givenName == QStringLiteral("Ada Rose"));
    CHECK(c.preferredName == QStringLiteral("Rosie"));
    CHECK(c.nhsNumber == kNhs);
    CHECK(c.upn == kUpn);
    CHECK(check(unborn()).isEmpty());
}

TEST_CASE("RecordRules: child names, with Baby suggested before birth", "[domain]")
{
    Child c = born();
    c.givenName.clear();
    FieldIssues issues = check(c);
    CHECK(fields(issues) == QStringList{"child.givenName"});
    CHECK_FALSE(message(issues, QStringLiteral("child.givenName")).contains(QStringLiteral("Baby")));

    c = unborn();
    c.givenName = QStringLiteral(" ");
    issues = check(c);
    CHECK(fields(issues) == QStringList{"child.givenName"});
    CHECK(message(issues, QStringLiteral("child.givenName")).contains(QStringLiteral("\"Baby\"")));

    c = born();
    c.familyName = QString(101, QLatin1Char('p'));
    c.preferredName = QString(101, QLatin1Char('r'));
    CHECK(fields(check(c)) == QStringList({"child.familyName", "child.preferredName"}));
    c.familyName = QString(100, QLatin1Char('p'));
    c.preferredName = QString(100, QLatin1Char('r'));
    CHECK(check(c).isEmpty());
}

TEST_CASE("RecordRules: exactly one of date of birth and expected delivery date", "[domain]")
{
    Child both = born();
    both.expectedDeliveryDate = kToday.addDays(10);
    CHECK(fields(check(both)) == QStringList{"child.expectedDeliveryDate"});

    Child neither = born();
    neither.dateOfBirth.reset();
    CHECK(fields(check(neither)) == QStringList{"child.dateOfBirth"});
}

TEST_CASE("RecordRules: child date of birth from 19 years ago up to today", "[domain]")
{
    const struct { QDate dob; bool ok; } cases[] = {
        {kToday, true},
        {kToday.addDays(1), false},
        {kToday.addYears(-19), true},
        {kToday.addYears(-19).addDays(-1), false},
        {QDate(), false},
    };
    for (const auto& c : cases) {
        INFO(c.dob.toString(Qt::ISODate).toStdString());
        Child child = born();
        child.dateOfBirth = c.dob;
        CHECK(fields(check(child)) == (c.ok ? QStringList() : QStringList{"child.dateOfBirth"}));
    }
    Child tomorrow = born();
    tomorrow.dateOfBirth = kToday.addDays(1);
    CHECK(message(check(tomorrow), QStringLiteral("child.dateOfBirth")).contains(QStringLiteral("16/06/2024")));
}

TEST_CASE("RecordRules: expected delivery date from 6 weeks ago to 44 weeks ahead", "[domain]")
{
    const struct { int days; bool ok; } cases[] = {
        {0, true}, {308, true}, {309, false}, {-42, true}, {-43, false}, {-1, true},
    };
    for (const auto& c : cases) {
        INFO(c.days);
        Child child = unborn();
        child.expectedDeliveryDate = kToday.addDays(c.days);
        CHECK(fields(check(child)) == (c.ok ? QStringList() : QStringList{"child.expectedDeliveryDate"}));
    }
    Child late = unborn();
    late.expectedDeliveryDate = kToday.addDays(-43);
    CHECK(message(check(late), QStringLiteral("child.expectedDeliveryDate")).contains(QStringLiteral("date of birth")));
}

TEST_CASE("RecordRules: gestation 22 to 44 weeks, born children only", "[domain]")
{
    const struct { int weeks; bool ok; } cases[] = {{21, false}, {22, true}, {40, true}, {44, true}, {45, false}, {0, false}};
    for (const auto& c : cases) {
        INFO(c.weeks);
        Child child = born();
        child.gestationWeeks = c.weeks;
        CHECK(fields(check(child)) == (c.ok ? QStringList() : QStringList{"child.gestationWeeks"}));
    }
    Child child = unborn();
    child.gestationWeeks = 30;
    CHECK(fields(check(child)) == QStringList{"child.gestationWeeks"});
}

TEST_CASE("RecordRules: sex is female, male or unknown", "[domain]")
{
    for (const QString& token : Rules::sexTokens()) {
        Child c = born();
        c.sex = token;
        CHECK(check(c).isEmpty());
    }
    for (const char* bad : {"", "F", "Female", "other"}) {
        Child c = born();
        c.sex = QString::fromUtf8(bad);
        CHECK(fields(check(c)) == QStringList{"child.sex"});
    }
}

TEST_CASE("RecordRules: child NHS number optional, valid when given, never for the unborn", "[domain]")
{
    Child c = born();
    c.nhsNumber = QStringLiteral("  ");
    CHECK(check(c).isEmpty());

    for (const char* ok : {"9990012393", "999 001 2393", "999-001-2393"}) {
        Child valid = born();
        valid.nhsNumber = QString::fromUtf8(ok);
        REQUIRE(Rules::checkChild(valid, kToday).isEmpty());
        CHECK(valid.nhsNumber == kNhs);
    }

    // Wrong check digit: NhsNumber's own message, naming the number 3-3-4.
    Child wrong = born();
    wrong.nhsNumber = QStringLiteral("9990012394");
    FieldIssues issues = Rules::checkChild(wrong, kToday);
    CHECK(fields(issues) == QStringList{"child.nhsNumber"});
    CHECK(message(issues, QStringLiteral("child.nhsNumber")) == NhsNumber::parse(wrong.nhsNumber).message());
    CHECK(message(issues, QStringLiteral("child.nhsNumber")).contains(QStringLiteral("999 001 2394 fails the check digit")));
    CHECK(wrong.nhsNumber == QStringLiteral("9990012394"));

    // A prefix whose check digit would be 10: no final digit makes it valid.
    REQUIRE_FALSE(NhsNumber::checkDigit(QStringLiteral("999038259")).has_value());
    for (int d = 0; d <= 9; ++d) {
        Child none = born();
        none.nhsNumber = QStringLiteral("999038259") + QString::number(d);
        CHECK(fields(check(none)) == QStringList{"child.nhsNumber"});
    }

    for (int d = 0; d <= 9; ++d) {
        Child same = born();
        same.nhsNumber = QString(10, QChar(u'0' + d));
        issues = check(same);
        CHECK(fields(issues) == QStringList{"child.nhsNumber"});
        CHECK(message(issues, QStringLiteral("child.nhsNumber")).contains(QStringLiteral("same")));
    }

    for (const char* bad : {"999001239", "99900123930", "999 001 239X"}) {
        Child b = born();
        b.nhsNumber = QString::fromUtf8(bad);
        CHECK(fields(check(b)) == QStringList{"child.nhsNumber"});
    }

    Child u = unborn();
    u.nhsNumber = kNhs;
    issues = check(u);
    CHECK(fields(issues) == QStringList{"child.nhsNumber"});
    CHECK(message(issues, QStringLiteral("child.nhsNumber")).contains(QStringLiteral("unborn")));
}

TEST_CASE("RecordRules: UPN optional, check letter enforced", "[domain]")
{
    REQUIRE(Upn::isValid(kUpn));
    Child c = born();
    c.upn = QStringLiteral("A801200124001"); // same digits, wrong check letter
    FieldIssues issues = check(c);
    CHECK(fields(issues) == QStringList{"child.upn"});
    CHECK(message(issues, QStringLiteral("child.upn")).contains(QStringLiteral("check letter")));

    c.upn = QStringLiteral("U80120012400");
    CHECK(fields(check(c)) == QStringList{"child.upn"});
    c.upn = QStringLiteral(" ");
    CHECK(check(c).isEmpty());
}

TEST_CASE("RecordRules: each child problem is reported once, under its own field", "[domain]")
{
    Child c;
    c.sex = QStringLiteral("x");
    c.nhsNumber = QStringLiteral("1");
    c.upn = QStringLiteral("1");
    c.gestationWeeks = 50;
    CHECK(fields(check(c)) == QStringList({"child.givenName", "child.familyName", "child.dateOfBirth", "child.sex",
                                           "child.nhsNumber", "child.upn", "child.gestationWeeks"}));
    for (const FieldIssue& i : check(c))
        CHECK(i.message.endsWith(QLatin1Char('.')));
}

// ---------------------------------------------------------------- registration

TEST_CASE("RecordRules: a registration checks everything with indexed keys", "[domain]")
{
    Family f = family();
    f.address.postcode = QStringLiteral("ng7 2ab");
    f.adults = {adult(), adult()};
    f.adults[1].email = QStringLiteral("not an address");
    f.children = {born(), unborn()};
    f.children[0].nhsNumber = QStringLiteral("999 001 2393");
    f.children[1].sex = QStringLiteral("F");

    const FieldIssues issues = Rules::checkRegistration(f, kToday);
    CHECK(fields(issues) == QStringList({"adults[1].email", "children[1].sex"}));
    CHECK(f.address.postcode == QStringLiteral("NG7 2AB"));
    CHECK(f.children[0].nhsNumber == kNhs);

    Family ok = family();
    ok.adults = {adult()};
    ok.children = {born(), unborn()};
    CHECK(Rules::checkRegistration(ok, kToday).isEmpty());

    Family noAdults = family();
    noAdults.children = {unborn()};
    CHECK(Rules::checkRegistration(noAdults, kToday).isEmpty());

    Family badFamily = family();
    badFamily.address.line1.clear();
    badFamily.children = {born()};
    CHECK(fields(Rules::checkRegistration(badFamily, kToday)) == QStringList{"family.addressLine1"});
}

TEST_CASE("RecordRules: a registration needs a child", "[domain]")
{
    Family f = family();
    f.adults = {adult()};
    const FieldIssues issues = Rules::checkRegistration(f, kToday);
    CHECK(fields(issues) == QStringList{"children"});
    CHECK(message(issues, QStringLiteral("children")).contains(QStringLiteral("unborn")));
}

TEST_CASE("RecordRules: adults need at least one with parental responsibility", "[domain]")
{
    Family f = family();
    f.children = {born()};
    f.adults = {adult(), adult()};
    f.adults[0].parentalResponsibility = false;
    f.adults[1].parentalResponsibility = false;
    const FieldIssues issues = Rules::checkRegistration(f, kToday);
    CHECK(fields(issues) == QStringList{"adults"});
    CHECK(message(issues, QStringLiteral("adults")).contains(QStringLiteral("parental responsibility")));

    f.adults[1].parentalResponsibility = true;
    CHECK(Rules::checkRegistration(f, kToday).isEmpty());
}

TEST_CASE("RecordRules: two children in one registration cannot share an NHS number", "[domain]")
{
    Family f = family();
    f.adults = {adult()};
    f.children = {born(), born(), born()};
    f.children[0].nhsNumber = kNhs;
    f.children[1].nhsNumber = kNhs2;
    f.children[2].nhsNumber = QStringLiteral("999-001-2393"); // same as the first, typed differently
    const FieldIssues issues = Rules::checkRegistration(f, kToday);
    CHECK(fields(issues) == QStringList{"children[2].nhsNumber"});
    const QString m = message(issues, QStringLiteral("children[2].nhsNumber"));
    CHECK(m.contains(QStringLiteral("999 001 2393")));
    CHECK(m.contains(QStringLiteral("child 1")));

    // Invalid numbers are reported as invalid, not as duplicates.
    f.children = {born(), born()};
    f.children[0].nhsNumber = QStringLiteral("9990012394");
    f.children[1].nhsNumber = QStringLiteral("9990012394");
    CHECK(fields(Rules::checkRegistration(f, kToday))
          == QStringList({"children[0].nhsNumber", "children[1].nhsNumber"}));
}

// ---------------------------------------------------------------- tokens

TEST_CASE("RecordRules: token lists and display names", "[domain]")
{
    CHECK(Rules::relationshipTokens()
          == QStringList({"mother", "father", "parent", "step-parent", "grandparent", "foster-carer", "guardian", "other"}));
    CHECK(Rules::sexTokens() == QStringList({"female", "male", "unknown"}));
    CHECK(Rules::contactMethodTokens() == QStringList({"phone", "text", "email", "letter"}));

    CHECK(Rules::relationshipDisplayName(QStringLiteral("mother")) == QStringLiteral("Mother"));
    CHECK(Rules::relationshipDisplayName(QStringLiteral("step-parent")) == QStringLiteral("Step-parent"));
    CHECK(Rules::relationshipDisplayName(QStringLiteral("foster-carer")) == QStringLiteral("Foster carer"));
    for (const QString& token : Rules::relationshipTokens())
        CHECK_FALSE(Rules::relationshipDisplayName(token).isEmpty());
    CHECK(Rules::relationshipDisplayName(QStringLiteral("aunt")) == QStringLiteral("aunt"));

    CHECK(Rules::sexDisplayName(QStringLiteral("female")) == QStringLiteral("Female"));
    CHECK(Rules::sexDisplayName(QStringLiteral("male")) == QStringLiteral("Male"));
    CHECK(Rules::sexDisplayName(QStringLiteral("unknown")) == QStringLiteral("Not known"));
    CHECK(Rules::sexDisplayName(QStringLiteral("x")) == QStringLiteral("x"));
}
