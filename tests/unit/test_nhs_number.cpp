#include "tandem/domain/NhsNumber.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

#include <QString>

#include <cstdint>
#include <vector>

using namespace tandem;
namespace Nhs = tandem::domain::NhsNumber;

namespace {

// Independent reference: a 10-digit number passes Modulus 11 exactly when
// sum(d_i * (11 - i)) for i = 1..10 is divisible by 11 (digit 10 has weight 1),
// and it is not all one digit. No published examples are copied.
bool referenceValid(const QString& ten)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += (ten.at(i).unicode() - '0') * (10 - i); // weights 10, 9, ..., 2, then 1
    bool allSame = true;
    for (QChar c : ten)
        allSame = allSame && c == ten.front();
    return sum % 11 == 0 && !allSame;
}

// Deterministic 9-digit prefixes: a linear congruential generator, no clock.
std::vector<QString> prefixes(int count)
{
    std::vector<QString> out;
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    for (int n = 0; n < count; ++n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        out.push_back(QStringLiteral("%1").arg(qulonglong((state >> 20) % 1000000000ULL), 9, 10, QLatin1Char('0')));
    }
    return out;
}

QString withDigit(const QString& nine, int d) { return nine + QChar(u'0' + d); }

} // namespace

TEST_CASE("NhsNumber: reference arithmetic agrees with a hand-worked prefix", "[domain]")
{
    // 9 4 3 4 7 6 5 9 1 weighted 10..2 = 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11-2 = 9.
    REQUIRE(Nhs::checkDigit(QStringLiteral("943476591")) == 9);
    REQUIRE(referenceValid(QStringLiteral("9434765919")));
    REQUIRE(Nhs::parse(QStringLiteral("9434765919")).value() == QStringLiteral("9434765919"));
}

TEST_CASE("NhsNumber: for many prefixes exactly the computed final digit is accepted", "[domain]")
{
    const std::vector<QString> sample = prefixes(5000);
    int noValidDigit = 0;
    for (const QString& nine : sample) {
        const std::optional<int> check = Nhs::checkDigit(nine);
        int accepted = 0;
        for (int d = 0; d <= 9; ++d) {
            const QString ten = withDigit(nine, d);
            const bool ok = Nhs::isValid(ten);
            INFO(ten.toStdString());
            REQUIRE(ok == referenceValid(ten));
            REQUIRE(ok == (check.has_value() && *check == d));
            accepted += ok ? 1 : 0;
        }
        REQUIRE(accepted <= 1);
        if (!check)
            ++noValidDigit;
        else
            REQUIRE(accepted == 1);
    }
    // About one prefix in eleven gives remainder 1 (check 10): there must be some, not most.
    CHECK(noValidDigit > 300);
    CHECK(noValidDigit < 600);
}

TEST_CASE("NhsNumber: exhaustive over the last three prefix digits", "[domain]")
{
    for (int tail = 0; tail < 1000; ++tail) {
        const QString nine = QStringLiteral("401023%1").arg(tail, 3, 10, QLatin1Char('0'));
        for (int d = 0; d <= 9; ++d) {
            const QString ten = withDigit(nine, d);
            INFO(ten.toStdString());
            REQUIRE(Nhs::isValid(ten) == referenceValid(ten));
        }
    }
}

TEST_CASE("NhsNumber: checkDigit maps remainder 0 to 0 and remainder 1 to no number", "[domain]")
{
    // Weighted sum 0 -> remainder 0 -> check 11 -> 0.
    REQUIRE(Nhs::checkDigit(QStringLiteral("000000000")) == 0);
    // 000000001: sum 2 -> remainder 2 -> check 9.
    REQUIRE(Nhs::checkDigit(QStringLiteral("000000001")) == 9);
    // 000000005: sum 10 -> remainder 10 -> check 1.
    REQUIRE(Nhs::checkDigit(QStringLiteral("000000005")) == 1);
    // 000000006: sum 12 -> remainder 1 -> check 10 -> invalid.
    REQUIRE_FALSE(Nhs::checkDigit(QStringLiteral("000000006")).has_value());
    for (int d = 0; d <= 9; ++d)
        REQUIRE_FALSE(Nhs::isValid(withDigit(QStringLiteral("000000006"), d)));

    // Not nine ASCII digits: no check digit.
    REQUIRE_FALSE(Nhs::checkDigit(QString()).has_value());
    REQUIRE_FALSE(Nhs::checkDigit(QStringLiteral("12345678")).has_value());
    REQUIRE_FALSE(Nhs::checkDigit(QStringLiteral("1234567890")).has_value());
    REQUIRE_FALSE(Nhs::checkDigit(QStringLiteral("12345678A")).has_value());
    REQUIRE_FALSE(Nhs::checkDigit(QStringLiteral("1234 5678")).has_value());
    REQUIRE_FALSE(Nhs::checkDigit(QString::fromUtf8("12345678\u0663")).has_value()); // Arabic-Indic 3
}

TEST_CASE("NhsNumber: all ten same-digit numbers are rejected", "[domain]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString same(10, QChar(u'0' + d));
        INFO(same.toStdString());
        const auto r = Nhs::parse(same);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().contains(Nhs::format(same)));
        CHECK(r.message().contains(QStringLiteral("same")));
        // Also with separators.
        REQUIRE_FALSE(Nhs::isValid(Nhs::format(same)));
    }
    // Arithmetic alone would accept at least one of them (e.g. 0000000000).
    REQUIRE(Nhs::checkDigit(QStringLiteral("000000000")) == 0);
}

TEST_CASE("NhsNumber: every single-digit change of a valid number is rejected", "[domain]")
{
    for (const QString& nine : prefixes(300)) {
        const std::optional<int> check = Nhs::checkDigit(nine);
        if (!check)
            continue;
        const QString valid = withDigit(nine, *check);
        if (!Nhs::isValid(valid))
            continue; // all-same prefix (vanishingly unlikely)
        for (int pos = 0; pos < 10; ++pos)
            for (int d = 0; d <= 9; ++d) {
                QString changed = valid;
                changed[pos] = QChar(u'0' + d);
                if (changed == valid)
                    continue;
                INFO(changed.toStdString());
                REQUIRE_FALSE(Nhs::isValid(changed));
            }
    }
}

TEST_CASE("NhsNumber: every swap of two different digits is rejected", "[domain]")
{
    for (const QString& nine : prefixes(300)) {
        const std::optional<int> check = Nhs::checkDigit(nine);
        if (!check)
            continue;
        const QString valid = withDigit(nine, *check);
        for (int i = 0; i < 10; ++i)
            for (int j = i + 1; j < 10; ++j) {
                if (valid.at(i) == valid.at(j))
                    continue;
                QString swapped = valid;
                swapped[i] = valid.at(j);
                swapped[j] = valid.at(i);
                INFO(swapped.toStdString());
                REQUIRE_FALSE(Nhs::isValid(swapped));
            }
    }
}

TEST_CASE("NhsNumber: spaces and hyphens anywhere are accepted and removed", "[domain]")
{
    const QString canonical = QStringLiteral("9434765919");
    const QStringList inputs = {
        QStringLiteral("943 476 5919"),   QStringLiteral("943-476-5919"),  QStringLiteral("  9434765919  "),
        QStringLiteral("9 4 3 4 7 6 5 9 1 9"), QStringLiteral("943  476   5919"), QStringLiteral("943 - 476 - 5919"),
        QStringLiteral("94347-65919"),    QStringLiteral("\t943 476 5919\n"), QStringLiteral("-9434765919-"),
        QString::fromUtf8("943\u00A0476\u00A05919"), // non-breaking spaces from copy-paste
    };
    for (const QString& in : inputs) {
        INFO(in.toStdString());
        const auto r = Nhs::parse(in);
        REQUIRE(r.ok());
        CHECK(r.value() == canonical);
    }
}

TEST_CASE("NhsNumber: wrong lengths are rejected with the digit count", "[domain]")
{
    const QString full = QStringLiteral("94347659190123");
    for (int n = 1; n <= 14; ++n) {
        if (n == 10)
            continue;
        const QString in = full.left(n);
        INFO(in.toStdString());
        const auto r = Nhs::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message() == QStringLiteral("NHS number must have 10 digits; \"%1\" has %2.").arg(in).arg(n));
    }
    // The count ignores separators but the message shows what was typed.
    const auto r = Nhs::parse(QStringLiteral("123 45"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message() == QStringLiteral("NHS number must have 10 digits; \"123 45\" has 5."));
}

TEST_CASE("NhsNumber: empty and blank input asks for a number", "[domain]")
{
    for (const QString& in : {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        const auto r = Nhs::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().startsWith(QStringLiteral("Enter an NHS number")));
    }
    // Separators only: no digits at all.
    const auto r = Nhs::parse(QStringLiteral(" - - "));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("has 0")));
}

TEST_CASE("NhsNumber: letters and other characters are rejected and named", "[domain]")
{
    const QStringList inputs = {
        QStringLiteral("943476591A"), QStringLiteral("O434765919"), QStringLiteral("943.476.5919"),
        QStringLiteral("943/476/5919"), QStringLiteral("+9434765919"), QStringLiteral("943_476_5919"),
        QString::fromUtf8("\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"), // Arabic-Indic digits
        QString::fromUtf8("\uFF19434765919"),                                             // full-width 9
    };
    for (const QString& in : inputs) {
        INFO(in.toStdString());
        const auto r = Nhs::parse(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().startsWith(QStringLiteral("NHS number can contain only digits, spaces and hyphens")));
        CHECK(r.message().contains(in.trimmed()));
    }
    const auto r = Nhs::parse(QStringLiteral("943 476 591A"));
    CHECK(r.message() == QStringLiteral("NHS number can contain only digits, spaces and hyphens; \"943 476 591A\" has \"A\"."));
    // A character outside the BMP is quoted whole, not as half a surrogate pair.
    const QString emoji = QString::fromUtf8("943476591\U0001F600");
    CHECK(Nhs::parse(emoji).message().endsWith(QString::fromUtf8("has \"\U0001F600\".")));
}

TEST_CASE("NhsNumber: check-digit failure names the number in 3-3-4 form", "[domain]")
{
    const QString nine = QStringLiteral("943476591");
    const int good = *Nhs::checkDigit(nine);
    const int bad = (good + 1) % 10;
    const QString ten = withDigit(nine, bad);
    const auto r = Nhs::parse(QStringLiteral(" %1 ").arg(ten));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.message() == QStringLiteral("NHS number %1 fails the check digit: check it against the letter or card.")
                             .arg(Nhs::format(ten)));

    // A prefix with no possible check digit gets the same actionable message.
    const auto none = Nhs::parse(QStringLiteral("0000000060"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.message().contains(QStringLiteral("000 000 0060 fails the check digit")));
}

TEST_CASE("NhsNumber: format gives 3-3-4 and round-trips through parse", "[domain]")
{
    CHECK(Nhs::format(QStringLiteral("9434765919")) == QStringLiteral("943 476 5919"));
    int checked = 0;
    for (const QString& nine : prefixes(500)) {
        const std::optional<int> check = Nhs::checkDigit(nine);
        if (!check)
            continue;
        const QString ten = withDigit(nine, *check);
        const QString shown = Nhs::format(ten);
        REQUIRE(shown.size() == 12);
        REQUIRE(shown.at(3) == QLatin1Char(' '));
        REQUIRE(shown.at(7) == QLatin1Char(' '));
        const auto back = Nhs::parse(shown);
        REQUIRE(back.ok());
        REQUIRE(back.value() == ten);
        REQUIRE(Nhs::parse(back.value()).value() == ten); // canonical form is a fixed point
        ++checked;
    }
    CHECK(checked > 400);
}

TEST_CASE("NhsNumber: format leaves anything but 10 ASCII digits unchanged", "[domain]")
{
    const QStringList inputs = {
        QString(), QStringLiteral("123"), QStringLiteral("943 476 5919"), QStringLiteral("943476591"),
        QStringLiteral("94347659190"), QStringLiteral("943476591A"), QStringLiteral(" 9434765919"),
        QString::fromUtf8("\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"),
    };
    for (const QString& in : inputs)
        CHECK(Nhs::format(in) == in);
    // Formatting does not validate: a failing number is still shown 3-3-4.
    CHECK(Nhs::format(QStringLiteral("9434765918")) == QStringLiteral("943 476 5918"));
}
