#include "tandem/domain/NhsNumber.h"

#include <QCoreApplication>

namespace tandem::domain::NhsNumber {
namespace {

bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

bool allAsciiDigits(const QString& s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

} // namespace

std::optional<int> checkDigit(const QString& nineDigits)
{
    if (!allAsciiDigits(nineDigits, 9))
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits.at(i).digitValue() * (10 - i); // weights 10, 9, ..., 2
    const int check = 11 - sum % 11;
    if (check == 10)
        return std::nullopt;
    return check == 11 ? 0 : check;
}

Result<QString> parse(const QString& input)
{
    const QString entered = input.trimmed();
    if (entered.isEmpty())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate(
                "tandem::NhsNumber", "Enter an NHS number: 10 digits, for example 943 476 5919."));

    QString digits;
    digits.reserve(entered.size());
    for (qsizetype i = 0; i < entered.size(); ++i) {
        const QChar c = entered.at(i);
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        if (!isAsciiDigit(c)) {
            const qsizetype width = c.isHighSurrogate() && i + 1 < entered.size() ? 2 : 1; // whole emoji etc.
            return makeError(ErrorCode::Invalid,
                QCoreApplication::translate(
                    "tandem::NhsNumber", "NHS number can contain only digits, spaces and hyphens; \"%1\" has \"%2\".")
                    .arg(entered, entered.mid(i, width)));
        }
        digits.append(c);
    }

    if (digits.size() != 10)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::NhsNumber", "NHS number must have 10 digits; \"%1\" has %2.")
                .arg(entered, QString::number(digits.size())));

    const QString shown = format(digits);
    if (digits.count(digits.front()) == digits.size())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::NhsNumber",
                "NHS number %1 has every digit the same, which is never issued: check it against the letter or card.")
                .arg(shown));

    const std::optional<int> expected = checkDigit(digits.left(9));
    if (!expected || *expected != digits.back().digitValue())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate(
                "tandem::NhsNumber", "NHS number %1 fails the check digit: check it against the letter or card.")
                .arg(shown));

    return digits;
}

bool isValid(const QString& input) { return parse(input).ok(); }

QString format(const QString& tenDigits)
{
    if (!allAsciiDigits(tenDigits, 10))
        return tenDigits;
    return tenDigits.left(3) + QLatin1Char(' ') + tenDigits.mid(3, 3) + QLatin1Char(' ') + tenDigits.right(4);
}

} // namespace tandem::domain::NhsNumber
