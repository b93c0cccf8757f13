#include "tandem/domain/Upn.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

using namespace tandem;
namespace Upn = tandem::domain::Upn;

namespace {

const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

// Reference written from the DfE table itself: A=0 ... H=7, (skip I) J=8 ... N=12,
// (skip O) P=13, Q=14, R=15, (skip S) T=16 ... Z=22.
int tableValue(QChar c)
{
    const char l = char(c.unicode());
    if (l >= 'A' && l <= 'H') return l - 'A';
    if (l >= 'J' && l <= 'N') return l - 'J' + 8;
    if (l >= 'P' && l <= 'R') return l - 'P' + 13;
    if (l >= 'T' && l <= 'Z') return l - 'T' + 16;
    return -1; // I, O, S and anything else
}

QChar tableLetter(int value)
{
    for (QChar c : kLetters)
        if (tableValue(c) == value)
            return c;
    return QChar();
}

// Check letter for a 12-character body, from the DfE description.
QChar referenceLetter(const QString& body)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = body.at(i);
        sum += (i + 2) * (c.isDigit() ? c.digitValue() : tableValue(c));
    }
    return tableLetter(sum % 23);
}

// Deterministic bodies: 12 digits, or 11 digits and an allowed letter.
std::vector<QString> bodies(int count, bool temporary)
{
    std::vector<QString> out;
    std::uint64_t state = temporary ? 0x9E3779B97F4A7C15ULL : 0xD1B54A32D192ED03ULL;
    for (int n = 0; n < count; ++n) {
        QString body;
        for (int i = 0; i < 12; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const unsigned r = unsigned(state >> 33);
            if (i == 11 && temporary)
                body += tableLetter(int(r % 23));
            else
                body += QChar(u'0' + int(r % 10));
        }
        out.push_back(body);
    }
    return out;
}

QString fullUpn(const QString& body) { return QString(referenceLetter(body)) + body; }

} // namespace

TEST_CASE("Upn: reference table has 23 letters without I, O, S", "[domain]")
{
    QString alphabet;
    for (int v = 0; v < 23; ++v)
        alphabet += tableLetter(v);
    REQUIRE(alphabet == QStringLiteral("ABCDEFGHJKLMNPQRTUVWXYZ"));
}

TEST_CASE("Upn: hand-worked check letters", "[domain]")
{
    // 801200005001 at positions 2..13:
    // 8@2=16, 0@3, 1@4=4, 2@5=10, 0@6..9, 5@10=50, 0@11, 0@12, 1@13=13 -> 93; 93 mod 23 = 1 -> B.
    REQUIRE(Upn::checkLetter(QStringLiteral("801200005001")) == QChar(u'B'));
    REQUIRE(Upn::isValid(QStringLiteral("B801200005001")));
    REQUIRE_FALSE(Upn::isValid(QStringLiteral("A801200005001")));
    // All zeros: sum 0 -> A.
    REQUIRE(Upn::checkLetter(QStringLiteral("000000000000")) == QChar(u'A'));
    // Temporary: 00000000000Z: Z=22 at position 13 -> 286; 286 mod 23 = 10 -> L.
    REQUIRE(Upn::checkLetter(QStringLiteral("00000000000Z")) == QChar(u'L'));
    REQUIRE(Upn::isValid(QStringLiteral("L00000000000Z")));
    // 00000000000T: T=16 -> 208; 208 mod 23 = 1 -> B.
    REQUIRE(Upn::checkLetter(QStringLiteral("00000000000T")) == QChar(u'B'));
}

TEST_CASE("Upn: for many bodies exactly the computed check letter is accepted", "[domain]")
{
    for (bool temporary : {false, true})
        for (const QString& body : bodies(2000, temporary)) {
            const QChar expected = referenceLetter(body);
            REQUIRE(Upn::checkLetter(body) == expected);
            int accepted = 0;
            for (QChar first : kLetters + QStringLiteral("0123456789")) {
                const QString upn = QString(first) + body;
                INFO(upn.toStdString());
                const bool ok = Upn::isValid(upn);
                REQUIRE(ok == (first == expected));
                accepted += ok ? 1 : 0;
            }
            REQUIRE(accepted == 1);
            REQUIRE(Upn::isTemporary(fullUpn(body)) == temporary);
        }
}

TEST_CASE("Upn: every check letter value 0..22 is reachable", "[domain]")
{
    QString seen;
    for (int serial = 0; serial < 1000; ++serial) {
        const QString body = QStringLiteral("801200005%1").arg(serial, 3, 10, QLatin1Char('0'));
        const QChar c = *Upn::checkLetter(body);
        REQUIRE(c == referenceLetter(body));
        if (!seen.contains(c))
            seen += c;
    }
    CHECK(seen.size() == 23);
    for (QChar banned : {QChar(u'I'), QChar(u'O'), QChar(u'S')})
        CHECK_FALSE(seen.contains(banned));
}

TEST_CASE("Upn: temporary letter at position 13 takes its table value; I, O, S refused", "[domain]")
{
    const QString stem = QStringLiteral("80120000500");
    for (QChar last : kLetters) {
        const QString body = stem + last;
        INFO(body.toStdString());
        if (tableValue(last) < 0) {
            CHECK_FALSE(Upn::checkLetter(body).has_value());
            for (QChar first : kLetters)
                CHECK_FALSE(Upn::isValid(QString(first) + body));
            const auto r = Upn::parse(QStringLiteral("A") + body);
            REQUIRE_FALSE(r.ok());
            CHECK(r.message().contains(QStringLiteral("ends with \"%1\"").arg(last)));
        } else {
            const QString upn = fullUpn(body);
            CHECK(Upn::checkLetter(body) == upn.front());
            const auto r = Upn::parse(upn);
            REQUIRE(r.ok());
            CHECK(Upn::isTemporary(r.value()));
        }
    }
}

TEST_CASE("Upn: every single-character change of a valid UPN is rejected", "[domain]")
{
    for (bool temporary : {false, true})
        for (const QString& body : bodies(200, temporary)) {
            const QString valid = fullUpn(body);
            REQUIRE(Upn::isValid(valid));
            for (int pos = 0; pos < 13; ++pos)
                for (QChar c : kLetters + QStringLiteral("0123456789")) {
                    QString changed = valid;
                    changed[pos] = c;
                    if (changed == valid)
                        continue;
                    INFO(changed.toStdString());
                    // At position 13 a digit and the letter with the same table value
                    // (5 and F, say) weigh the same, so both are valid; see the next test.
                    const QChar was = valid.at(12);
                    const int wasValue = was.isDigit() ? was.digitValue() : tableValue(was);
                    const int nowValue = c.isDigit() ? c.digitValue() : tableValue(c);
                    if (pos == 12 && wasValue == nowValue)
                        REQUIRE(Upn::isValid(changed));
                    else
                        REQUIRE_FALSE(Upn::isValid(changed));
                }
        }
}

TEST_CASE("Upn: a digit at position 13 and the letter of equal value share a check letter", "[domain]")
{
    // Inherent in the DfE scheme: A..K (values 0..9) at position 13 sum like 0..9.
    const QString digits = QStringLiteral("0123456789");
    for (int v = 0; v <= 9; ++v) {
        const QString permanent = fullUpn(QStringLiteral("80120000500") + digits.at(v));
        const QString temporary = fullUpn(QStringLiteral("80120000500") + tableLetter(v));
        CHECK(permanent.front() == temporary.front());
        CHECK(Upn::isValid(permanent));
        CHECK(Upn::isValid(temporary));
        CHECK_FALSE(Upn::isTemporary(permanent));
        CHECK(Upn::isTemporary(temporary));
    }
}

TEST_CASE("Upn: every swap of two different digits is rejected", "[domain]")
{
    for (const QString& body : bodies(300, false)) {
        const QString valid = fullUpn(body);
        for (int i = 1; i < 13; ++i)
            for (int j = i + 1; j < 13; ++j) {
                if (valid.at(i) == valid.at(j))
                    continue;
                QString swapped = valid;
                swapped[i] = valid.at(j);
                swapped[j] = valid.at(i);
                INFO(swapped.toStdString());
                REQUIRE_FALSE(Upn::isValid(swapped));
            }
    }
}

TEST_CASE("Upn: input is trimmed and upper-cased", "[domain]")
{
    const QString permanent = QStringLiteral("B801200005001");
    const QString temporary = QStringLiteral("L00000000000Z");
    CHECK(Upn::parse(QStringLiteral("b801200005001")).value() == permanent);
    CHECK(Upn::parse(QStringLiteral("  B801200005001\t")).value() == permanent);
    CHECK(Upn::parse(QStringLiteral("\nb801200005001 ")).value() == permanent);
    CHECK(Upn::parse(QStringLiteral("l00000000000z")).value() == temporary);
    CHECK(Upn::parse(QStringLiteral(" L00000000000z ")).value() == temporary);
    CHECK(Upn::parse(permanent).value() == permanent); // canonical is a fixed point
}

TEST_CASE("Upn: wrong lengths are rejected with the count", "[domain]")
{
    const QString long_ = QStringLiteral("B8012000050012345");
    for (int n = 1; n <= long_.size(); ++n) {
        if (n == 13)
            continue;
        const QString in = long_.left(n);
        INFO(in.toStdString());
        const auto r = Upn::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message() == QStringLiteral("UPN must have 13 characters; \"%1\" has %2.").arg(in).arg(n));
    }
    // Internal spaces are not removed: they count and fail.
    CHECK_FALSE(Upn::isValid(QStringLiteral("B801 200 005 001")));
    CHECK_FALSE(Upn::isValid(QStringLiteral("B80120000500 1")));
}

TEST_CASE("Upn: empty input asks for a UPN", "[domain]")
{
    for (const QString& in : {QString(), QStringLiteral("   "), QStringLiteral("\t")}) {
        const auto r = Upn::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().startsWith(QStringLiteral("Enter a UPN")));
    }
}

TEST_CASE("Upn: shape errors name the character and position", "[domain]")
{
    // First character must be an allowed letter.
    for (const QString& first : {QStringLiteral("1"), QStringLiteral("I"), QStringLiteral("O"), QStringLiteral("S"),
                                 QStringLiteral("-")}) {
        const QString in = first + QStringLiteral("801200005001");
        const auto r = Upn::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message()
              == QStringLiteral("UPN must start with a check letter (A to Z except I, O and S); \"%1\" starts with \"%2\".")
                     .arg(in, first));
    }
    // Positions 2-12 must be digits.
    for (int pos = 2; pos <= 12; ++pos) {
        QString in = QStringLiteral("B801200005001");
        in[pos - 1] = QChar(u'A');
        const auto r = Upn::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message()
              == QStringLiteral("UPN must have digits in positions 2 to 12; \"%1\" has \"A\" at position %2.").arg(in).arg(pos));
    }
    // Position 13: not a digit or allowed letter.
    const auto r = Upn::parse(QStringLiteral("B80120000500-"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().endsWith(QStringLiteral("\"B80120000500-\" ends with \"-\".")));
    // Non-ASCII digits are not digits here.
    CHECK_FALSE(Upn::isValid(QString::fromUtf8("B80120000500\u0661")));
    CHECK_FALSE(Upn::isValid(QString::fromUtf8("B8012000050\u06610")));
}

TEST_CASE("Upn: check-letter failure names the UPN and nothing else", "[domain]")
{
    const auto r = Upn::parse(QStringLiteral("a801200005001"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.message() == QStringLiteral("UPN A801200005001 fails the check letter: check it against the school's records."));
    CHECK_FALSE(r.message().contains(QStringLiteral("B801200005001"))); // the right letter is not revealed
}

TEST_CASE("Upn: checkLetter refuses anything but 11 digits and a digit or allowed letter", "[domain]")
{
    CHECK_FALSE(Upn::checkLetter(QString()).has_value());
    CHECK_FALSE(Upn::checkLetter(QStringLiteral("80120000500")).has_value());   // 11
    CHECK_FALSE(Upn::checkLetter(QStringLiteral("8012000050012")).has_value()); // 13
    CHECK_FALSE(Upn::checkLetter(QStringLiteral("B01200005001")).has_value());  // letter not at 13
    CHECK_FALSE(Upn::checkLetter(QStringLiteral("80120000500a")).has_value());  // lower case
    CHECK_FALSE(Upn::checkLetter(QStringLiteral("80120000500-")).has_value());
    for (int i = 0; i < 11; ++i) {
        QString body = QStringLiteral("801200005001");
        body[i] = QChar(u'A');
        CHECK_FALSE(Upn::checkLetter(body).has_value());
    }
}

TEST_CASE("Upn: isTemporary looks only at position 13", "[domain]")
{
    CHECK_FALSE(Upn::isTemporary(QStringLiteral("B801200005001")));
    CHECK(Upn::isTemporary(QStringLiteral("L00000000000Z")));
    CHECK_FALSE(Upn::isTemporary(QString()));
    CHECK_FALSE(Upn::isTemporary(QStringLiteral("L00000000000")));
    CHECK_FALSE(Upn::isTemporary(QStringLiteral("L00000000000ZZ")));
    CHECK_FALSE(Upn::isTemporary(QStringLiteral("L00000000000z")));
}
