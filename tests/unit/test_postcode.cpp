#include "tandem/domain/Postcode.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

using namespace tandem;
namespace Pc = tandem::domain::Postcode;

namespace {

const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString kDigits = QStringLiteral("0123456789");

// The restrictions, written out as plain sets (independent of the regex).
const QString kFirstBanned = QStringLiteral("QVX");
const QString kSecondBanned = QStringLiteral("IJZ");
const QString kThirdAllowedA9A = QStringLiteral("ABCDEFGHJKPSTUW");
const QString kFourthAllowedAA9A = QStringLiteral("ABEHMNPRVWXY");
const QString kInwardBanned = QStringLiteral("CIKMOV");

QString with(QString s, int pos, QChar c)
{
    s[pos] = c;
    return s;
}

} // namespace

TEST_CASE("Postcode: one valid example of every format is accepted as is", "[domain]")
{
    const QStringList valid = {
        QStringLiteral("M1 1AE"),   // A9 9AA
        QStringLiteral("B33 8TH"),  // A99 9AA
        QStringLiteral("CR2 6XH"),  // AA9 9AA
        QStringLiteral("DN55 1PT"), // AA99 9AA
        QStringLiteral("W1A 0AX"),  // A9A 9AA
        QStringLiteral("EC1A 1BB"), // AA9A 9AA
        QStringLiteral("GIR 0AA"),  // Girobank
    };
    for (const QString& pc : valid) {
        INFO(pc.toStdString());
        const auto r = Pc::parse(pc);
        REQUIRE(r.ok());
        CHECK(r.value() == pc);
        CHECK(Pc::isValid(pc));
    }
}

TEST_CASE("Postcode: normalises case and whitespace", "[domain]")
{
    const struct { const char* in; const char* out; } cases[] = {
        {" sw1a1aa ", "SW1A 1AA"},   {"sw1a 1aa", "SW1A 1AA"},      {"SW1A1AA", "SW1A 1AA"},
        {"SW1A   1AA", "SW1A 1AA"},  {"S W 1 A 1 A A", "SW1A 1AA"}, {"\tSW1A\n1AA\r\n", "SW1A 1AA"},
        {"Sw1A 1aA", "SW1A 1AA"},    {"m11ae", "M1 1AE"},           {"gir0aa", "GIR 0AA"},
        {"  gir  0aa  ", "GIR 0AA"}, {"SW1 A1AA", "SW1A 1AA"},      {"ec1a1bb", "EC1A 1BB"},
        {"SW1A\xC2\xA0" "1AA", "SW1A 1AA"}, // non-breaking space from copy-paste
    };
    for (const auto& c : cases) {
        INFO(c.in);
        const auto r = Pc::parse(QString::fromUtf8(c.in));
        REQUIRE(r.ok());
        CHECK(r.value() == QString::fromUtf8(c.out));
        // The normalised form is a fixed point.
        CHECK(Pc::parse(r.value()).value() == r.value());
    }
}

TEST_CASE("Postcode: trailing or leading junk is rejected (whole-string anchor)", "[domain]")
{
    const QStringList junk = {
        QStringLiteral("SW1A 1AAX"), QStringLiteral("SW1A 1AA1"), QStringLiteral("XSW1A 1AA"),
        QStringLiteral("M1 1AEA"),   QStringLiteral("M1 1AE 1"),  QStringLiteral("GIR 0AAA"),
        QStringLiteral("GIR 0AA1"),  QStringLiteral("AGIR 0AA"),  QStringLiteral("SW1A 1AA\nX"),
        QStringLiteral("W1A 0AX."),  QStringLiteral("M1 1AE!"),   QStringLiteral("B33 8TH,"),
    };
    for (const QString& in : junk) {
        INFO(in.toStdString());
        const auto r = Pc::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("Postcode: a valid postcode inside a longer string is not a match", "[domain]")
{
    // After normalisation these still contain a valid postcode as a substring
    // ("M1 1AE", "W1A 0AX", "B33 8TH"); only a whole-string anchor rejects them.
    const QStringList inputs = {
        QStringLiteral("1M1 1AE"), QStringLiteral("XM1 1AE"),  QStringLiteral("QM1 1AE"),
        QStringLiteral("9W1A 0AX"), QStringLiteral("VW1A 0AX"), QStringLiteral("1B33 8TH"),
    };
    for (const QString& in : inputs) {
        INFO(in.toStdString());
        const auto r = Pc::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message()
              == QStringLiteral("\"%1\" is not a UK postcode: check each letter and digit against the address "
                                "(it should look like SW1A 1AA or M1 1AE).")
                     .arg(in));
    }
}

TEST_CASE("Postcode: too short, too long and empty are rejected with a count", "[domain]")
{
    for (const QString& in : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        const auto r = Pc::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message() == QStringLiteral("Enter a postcode, for example SW1A 1AA."));
    }
    const struct { const char* in; int count; } cases[] = {
        {"M", 1}, {"M1", 2}, {"M1 1", 3}, {"M1 1A", 4}, {"1AA", 3},
        {"SW1A 1AAX", 8}, {"SW1A1AAX", 8},
        {"SW1AA 1AA", 8},  {"ABCDE 1AA", 8}, {"SW1A 1AA 1AA", 10},
    };
    for (const auto& c : cases) {
        const QString in = QString::fromUtf8(c.in);
        INFO(c.in);
        const auto r = Pc::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message()
              == QStringLiteral("Postcode must have 5 to 7 letters and digits, not counting spaces (for example SW1A 1AA); "
                                "\"%1\" has %2.")
                     .arg(in)
                     .arg(c.count));
    }
}

TEST_CASE("Postcode: first letter may be anything but Q, V, X in every format", "[domain]")
{
    const QStringList templates = {QStringLiteral("M1 1AE"), QStringLiteral("B33 8TH"), QStringLiteral("CR2 6XH"),
                                   QStringLiteral("DN55 1PT"), QStringLiteral("W1A 0AX"), QStringLiteral("EC1A 1BB")};
    for (const QString& t : templates)
        for (QChar c : kLetters) {
            const QString pc = with(t, 0, c);
            INFO(pc.toStdString());
            CHECK(Pc::isValid(pc) == !kFirstBanned.contains(c));
        }
}

TEST_CASE("Postcode: second letter may be anything but I, J, Z (AA9, AA99, AA9A)", "[domain]")
{
    const QStringList templates = {QStringLiteral("CR2 6XH"), QStringLiteral("DN55 1PT"), QStringLiteral("EC1A 1BB")};
    for (const QString& t : templates)
        for (QChar c : kLetters) {
            const QString pc = with(t, 1, c);
            INFO(pc.toStdString());
            CHECK(Pc::isValid(pc) == !kSecondBanned.contains(c));
        }
}

TEST_CASE("Postcode: third position of A9A is one of A-H J K P S T U W", "[domain]")
{
    for (QChar c : kLetters) {
        const QString pc = with(QStringLiteral("W1A 0AX"), 2, c);
        INFO(pc.toStdString());
        CHECK(Pc::isValid(pc) == kThirdAllowedA9A.contains(c));
    }
    // A digit there is simply the A99 format.
    for (QChar d : kDigits)
        CHECK(Pc::isValid(with(QStringLiteral("W1A 0AX"), 2, d)));
}

TEST_CASE("Postcode: fourth position of AA9A is one of A B E H M N P R V W X Y", "[domain]")
{
    for (QChar c : kLetters) {
        const QString pc = with(QStringLiteral("EC1A 1BB"), 3, c);
        INFO(pc.toStdString());
        CHECK(Pc::isValid(pc) == kFourthAllowedAA9A.contains(c));
    }
    // A digit there is simply the AA99 format.
    for (QChar d : kDigits)
        CHECK(Pc::isValid(with(QStringLiteral("EC1A 1BB"), 3, d)));
}

TEST_CASE("Postcode: inward letters may be anything but C, I, K, M, O, V", "[domain]")
{
    const QStringList templates = {QStringLiteral("M1 1AE"), QStringLiteral("DN55 1PT"), QStringLiteral("EC1A 1BB")};
    for (const QString& t : templates) {
        const int len = int(t.size());
        for (int pos : {len - 2, len - 1})
            for (QChar c : kLetters) {
                const QString pc = with(t, pos, c);
                INFO(pc.toStdString());
                CHECK(Pc::isValid(pc) == !kInwardBanned.contains(c));
            }
    }
}

TEST_CASE("Postcode: digits and letters in the wrong places are rejected", "[domain]")
{
    // Inward part: digit then two letters.
    for (QChar c : kLetters)
        CHECK_FALSE(Pc::isValid(with(QStringLiteral("M1 1AE"), 3, c)));
    for (QChar d : kDigits) {
        CHECK_FALSE(Pc::isValid(with(QStringLiteral("M1 1AE"), 4, d)));
        CHECK_FALSE(Pc::isValid(with(QStringLiteral("M1 1AE"), 5, d)));
        CHECK_FALSE(Pc::isValid(with(QStringLiteral("M1 1AE"), 0, d))); // outward starts with a letter
    }
    // Outward part: a letter must be followed by a digit somewhere in positions 2-3.
    for (QChar c : kLetters)
        CHECK_FALSE(Pc::isValid(with(QStringLiteral("CR2 6XH"), 2, c))); // "CRx" has no digit
    CHECK_FALSE(Pc::isValid(QStringLiteral("ABC 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("A 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("AB 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("1A 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("A1AA 1AA"))); // A9AA is no format
    CHECK_FALSE(Pc::isValid(QStringLiteral("A999 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("AA999 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("SW1A-1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("SW1A_1AA")));
    CHECK_FALSE(Pc::isValid(QString::fromUtf8("\uFF33\uFF37\uFF11\uFF21 1AA"))); // full-width letters
    CHECK_FALSE(Pc::isValid(QString::fromUtf8("SW1\u0391 1AA")));               // Greek capital alpha
}

TEST_CASE("Postcode: GIR 0AA is the only exception to the letter rules", "[domain]")
{
    CHECK(Pc::parse(QStringLiteral("gir 0aa")).value() == QStringLiteral("GIR 0AA"));
    // GIR breaks the second-letter rule, so nothing but 0AA may follow it.
    CHECK_FALSE(Pc::isValid(QStringLiteral("GIR 0AB")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("GIR 1AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("GIS 0AA")));
    CHECK_FALSE(Pc::isValid(QStringLiteral("GI 0AA")));
    // Same shape with an allowed second letter is an ordinary (invalid: no digit) outward code.
    CHECK_FALSE(Pc::isValid(QStringLiteral("GAR 0AA")));
}

TEST_CASE("Postcode: exhaustive over outward shapes built from allowed letters", "[domain]")
{
    // Every combination of first letter x second letter for AA9 and AA9A: valid iff both restrictions hold.
    for (QChar a : kLetters)
        for (QChar b : kLetters) {
            const bool okAB = !kFirstBanned.contains(a) && !kSecondBanned.contains(b);
            const QString aa9 = QString(a) + b + QStringLiteral("9 9AA");
            const QString aa9a = QString(a) + b + QStringLiteral("9A 9AA");
            INFO(aa9.toStdString());
            CHECK(Pc::isValid(aa9) == okAB);
            CHECK(Pc::isValid(aa9a) == okAB);
        }
    // Every pair of inward letters.
    for (QChar x : kLetters)
        for (QChar y : kLetters) {
            const QString pc = QStringLiteral("M1 1") + x + y;
            INFO(pc.toStdString());
            CHECK(Pc::isValid(pc) == (!kInwardBanned.contains(x) && !kInwardBanned.contains(y)));
        }
}
