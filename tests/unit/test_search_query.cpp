#include "tandem/domain/SearchQuery.h"

#include "QtCatch.h"

#include <QRegularExpression>

using tandem::domain::SearchQuery;
namespace Keys = tandem::domain::SearchKeys;

namespace {

SearchQuery parse(const char* text) { return SearchQuery::parse(QString::fromUtf8(text)); }

// Only what toFtsMatch is allowed to emit: name pairs and keyed terms, space separated.
bool safeMatch(const QString& match)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "(?:names:(\\w+)\\* OR adults:\\1\\*|nhs:n[0-9]{10}|postcode:[a-z0-9]+|dob:d[0-9]{8})"
        "(?: (?:names:(\\w+)\\* OR adults:\\2\\*|nhs:n[0-9]{10}|postcode:[a-z0-9]+|dob:d[0-9]{8}))*")),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(match).hasMatch();
}

} // namespace

TEST_CASE("SearchQuery: a valid NHS number in any layout is that and nothing else", "[domain]")
{
    for (const char* text : {"9990012393", "999 001 2393", "999-001-2393", "  999 0012 393 ", "999 - 001 - 2393"}) {
        INFO(text);
        const SearchQuery q = parse(text);
        CHECK(q.nhsNumber == QStringLiteral("9990012393"));
        CHECK(q.namePrefixes.isEmpty());
        CHECK(q.postcode.isEmpty());
        CHECK(q.postcodeDistrict.isEmpty());
        CHECK_FALSE(q.dateOfBirth.has_value());
        CHECK(q.toFtsMatch() == QStringLiteral("nhs:n9990012393"));
    }
}

TEST_CASE("SearchQuery: ten digits failing the check match nothing", "[domain]")
{
    // Decision: a mistyped NHS number must not fall back to anything looser.
    for (const char* text : {"9990012394", "999 001 2394", "999-001-2394", "9990382590", "1111111111"}) {
        INFO(text);
        const SearchQuery q = parse(text);
        CHECK(q.isEmpty());
        CHECK(q.toFtsMatch().isEmpty());
    }
    // Digits alone that are neither a date nor an NHS number are dropped too.
    CHECK(parse("12345").isEmpty());
    CHECK(parse("999 001").isEmpty());
    // An NHS number with other text is not rule 1: its digits are dropped, the name kept.
    const SearchQuery mixed = parse("ada 9990012393");
    CHECK(mixed.nhsNumber.isEmpty());
    CHECK(mixed.namePrefixes == QStringList{"ada"});
}

TEST_CASE("SearchQuery: full postcodes with or without the space, any case", "[domain]")
{
    for (const char* text : {"NG7 2AB", "ng7 2ab", "NG72AB", "ng72ab", "Ng7 2aB", "  NG7   2AB "}) {
        INFO(text);
        const SearchQuery q = parse(text);
        CHECK(q.postcode == QStringLiteral("NG7 2AB"));
        CHECK(q.postcodeDistrict.isEmpty());
        CHECK(q.namePrefixes.isEmpty());
        CHECK(q.toFtsMatch() == QStringLiteral("postcode:ng72ab"));
    }
    CHECK(parse("SW1A 1AA").postcode == QStringLiteral("SW1A 1AA"));
    CHECK(parse("m1 1ae").postcode == QStringLiteral("M1 1AE"));
    CHECK(parse("gir 0aa").postcode == QStringLiteral("GIR 0AA"));
    // An inward code that is not valid leaves the outward code as a district.
    const SearchQuery bad = parse("NG7 2CI");
    CHECK(bad.postcode.isEmpty());
    CHECK(bad.postcodeDistrict == QStringLiteral("NG7"));
    CHECK(bad.namePrefixes == QStringList{"2ci"});
}

TEST_CASE("SearchQuery: an outward code alone is a district only with a digit", "[domain]")
{
    const struct { const char* in; const char* district; } cases[] = {
        {"NG7", "NG7"}, {"ng7", "NG7"}, {"SW1A", "SW1A"}, {"m1", "M1"}, {"B33", "B33"}, {"ec1a", "EC1A"},
    };
    for (const auto& c : cases) {
        INFO(c.in);
        const SearchQuery q = parse(c.in);
        CHECK(q.postcodeDistrict == QString::fromUtf8(c.district));
        CHECK(q.postcode.isEmpty());
        CHECK(q.namePrefixes.isEmpty());
    }
    CHECK(parse("NG7").toFtsMatch() == QStringLiteral("postcode:ng7"));
    // Letters alone are a name; a letter pattern no postcode uses is a name too.
    CHECK(parse("NG").namePrefixes == QStringList{"ng"});
    CHECK(parse("NG").postcodeDistrict.isEmpty());
    CHECK(parse("QX1").postcodeDistrict.isEmpty()); // Q never starts a postcode
    CHECK(parse("QX1").namePrefixes == QStringList{"qx1"});
    CHECK(parse("NG777").postcodeDistrict.isEmpty());
}

TEST_CASE("SearchQuery: dates in every accepted format", "[domain]")
{
    const QDate expected(2024, 3, 5);
    for (const char* text : {"05/03/2024", "5/3/2024", "05-03-2024", "05.03.2024", "5.3.2024", "2024-03-05"}) {
        INFO(text);
        const SearchQuery q = parse(text);
        REQUIRE(q.dateOfBirth.has_value());
        CHECK(*q.dateOfBirth == expected);
        CHECK(q.namePrefixes.isEmpty());
        CHECK(q.toFtsMatch() == QStringLiteral("dob:d20240305"));
    }
    REQUIRE(parse("29/02/2024").dateOfBirth.has_value()); // leap day
    CHECK(*parse("31/12/2023").dateOfBirth == QDate(2023, 12, 31));
    CHECK(*parse("1/1/2020").dateOfBirth == QDate(2020, 1, 1));
}

TEST_CASE("SearchQuery: impossible or malformed dates match nothing", "[domain]")
{
    // Decision: they fold to digits, and digits alone are dropped.
    for (const char* text : {"31/02/2024", "29/02/2023", "00/01/2024", "32/01/2024", "15/13/2024", "15/03/24",
                             "2024-3-5", "15/03-2024", "123/03/2024", "2024-02-30"}) {
        INFO(text);
        const SearchQuery q = parse(text);
        CHECK(q.isEmpty());
        CHECK(q.toFtsMatch().isEmpty());
    }
    // Only the first date counts.
    CHECK(*parse("01/01/2020 02/02/2021").dateOfBirth == QDate(2020, 1, 1));
}

TEST_CASE("SearchQuery: mixed text is sorted into every key", "[domain]")
{
    const SearchQuery q = parse("ada ng7 2ab");
    CHECK(q.namePrefixes == QStringList{"ada"});
    CHECK(q.postcode == QStringLiteral("NG7 2AB"));
    CHECK(q.toFtsMatch() == QStringLiteral("names:ada* OR adults:ada* postcode:ng72ab"));

    const SearchQuery all = parse("Ada, Lovelace; NG7 15/03/2024");
    CHECK(all.namePrefixes == QStringList({"ada", "lovelace"}));
    CHECK(all.postcodeDistrict == QStringLiteral("NG7"));
    CHECK(*all.dateOfBirth == QDate(2024, 3, 15));
    CHECK(all.toFtsMatch()
          == QStringLiteral("names:ada* OR adults:ada* names:lovelace* OR adults:lovelace* postcode:ng7 dob:d20240315"));

    const SearchQuery order = parse("15/03/2024 NG72AB lovelace");
    CHECK(order.namePrefixes == QStringList{"lovelace"});
    CHECK(order.postcode == QStringLiteral("NG7 2AB"));
    CHECK(order.dateOfBirth == QDate(2024, 3, 15));
}

TEST_CASE("SearchQuery: names are folded, split and deduplicated", "[domain]")
{
    CHECK(parse("Zoë").namePrefixes == QStringList{"zoe"});
    CHECK(parse("ZOE").namePrefixes == QStringList{"zoe"});
    CHECK(parse("O'Brien").namePrefixes == QStringList{"obrien"});
    CHECK(parse("Kowalczyk-Penn").namePrefixes == QStringList({"kowalczyk", "penn"}));
    CHECK(parse("ada ADA Ada").namePrefixes == QStringList{"ada"});
    CHECK(parse("zoë").toFtsMatch() == QStringLiteral("names:zoe* OR adults:zoe*"));
    CHECK(parse("Мария").toFtsMatch() == QString::fromUtf8("names:мария* OR adults:мария*"));
}

TEST_CASE("SearchQuery: text FTS would read as syntax reaches MATCH as plain tokens", "[domain]")
{
    const SearchQuery q = parse("\"ada* OR -x NEAR");
    CHECK(q.namePrefixes == QStringList({"ada", "or", "x", "near"}));
    const QString match = q.toFtsMatch();
    CHECK(match == QStringLiteral("names:ada* OR adults:ada* names:or* OR adults:or* names:x* OR adults:x* "
                                  "names:near* OR adults:near*"));
    CHECK(safeMatch(match));

    const char* hostile[] = {"\"", "*", "(", ")", "-", "^ada", "names:ada", "ada NOT bob", "a\"b\"c", "x' OR '1'='1",
                             "{names adults}:ada", "NEAR/2", "ada AND bob", "'; DROP TABLE child; --"};
    for (const char* text : hostile) {
        INFO(text);
        const QString m = parse(text).toFtsMatch();
        CHECK((m.isEmpty() || safeMatch(m)));
        CHECK_FALSE(m.contains(QLatin1Char('"')));
        CHECK_FALSE(m.contains(QLatin1Char('(')));
        CHECK_FALSE(m.contains(QLatin1Char('-')));
        CHECK_FALSE(m.contains(QStringLiteral("NOT")));
        CHECK_FALSE(m.contains(QStringLiteral("NEAR")));
        CHECK_FALSE(m.contains(QStringLiteral("AND")));
    }
}

TEST_CASE("SearchQuery: toFtsMatch sanitises values a caller set directly", "[domain]")
{
    SearchQuery q;
    q.namePrefixes = {QStringLiteral("ad\"a*"), QStringLiteral("  "), QStringLiteral("OR")};
    q.nhsNumber = QStringLiteral("12\" OR x");
    q.postcode = QStringLiteral("NG7 2AB\"");
    CHECK(q.toFtsMatch()
          == QStringLiteral("names:ad* OR adults:ad* names:a* OR adults:a* names:or* OR adults:or* postcode:ng72ab"));
    CHECK(safeMatch(q.toFtsMatch()));
}

TEST_CASE("SearchQuery: empty input and isEmpty", "[domain]")
{
    for (const char* text : {"", "   ", "\t\n", ",;,", "'", "-"}) {
        INFO(text);
        CHECK(parse(text).isEmpty());
        CHECK(parse(text).toFtsMatch().isEmpty());
    }
    SearchQuery q;
    CHECK(q.isEmpty());
    q.dateOfBirth = QDate(2024, 1, 1);
    CHECK_FALSE(q.isEmpty());
    q = {};
    q.postcodeDistrict = QStringLiteral("NG7");
    CHECK_FALSE(q.isEmpty());
}

TEST_CASE("SearchQuery: parse is pure", "[domain]")
{
    const QString text = QStringLiteral("ada ng7 2ab 15/03/2024");
    const SearchQuery a = SearchQuery::parse(text);
    const SearchQuery b = SearchQuery::parse(text);
    CHECK(a.namePrefixes == b.namePrefixes);
    CHECK(a.postcode == b.postcode);
    CHECK(a.dateOfBirth == b.dateOfBirth);
    CHECK(a.toFtsMatch() == b.toFtsMatch());
}

TEST_CASE("SearchKeys: values as the index stores them", "[domain]")
{
    CHECK(Keys::postcodeKey(QStringLiteral("NG7 2AB")) == QStringLiteral("ng72ab ng7"));
    CHECK(Keys::postcodeKey(QStringLiteral("SW1A 1AA")) == QStringLiteral("sw1a1aa sw1a"));
    CHECK(Keys::postcodeKey(QStringLiteral("M1 1AE")) == QStringLiteral("m11ae m1"));
    CHECK(Keys::postcodeKey(QString()).isEmpty());
    CHECK(Keys::dateKey(QDate(2024, 3, 15)) == QStringLiteral("d20240315"));
    CHECK(Keys::dateKey(QDate(2024, 1, 5)) == QStringLiteral("d20240105"));
    CHECK(Keys::dateKey(QDate()).isEmpty());
    CHECK(Keys::nhsKey(QStringLiteral("9990012393")) == QStringLiteral("n9990012393"));

    // Index and query agree: a query's postcode terms are tokens of the stored key.
    const QStringList stored = Keys::postcodeKey(QStringLiteral("NG7 2AB")).split(QLatin1Char(' '));
    CHECK(stored.contains(parse("ng7 2ab").toFtsMatch().section(QLatin1Char(':'), 1)));
    CHECK(stored.contains(parse("ng7").toFtsMatch().section(QLatin1Char(':'), 1)));
}
