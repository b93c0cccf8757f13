#include "tandem/domain/Upn.h"

#include <QCoreApplication>

namespace tandem::domain::Upn {
namespace {

// DfE table: value 0..22 -> letter; I, O and S are never used.
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRTUVWXYZ";
constexpr int kModulus = 23;

bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

// Index of an upper-case letter in kAlphabet, or -1.
int letterValue(QChar c)
{
    for (int i = 0; i < kModulus; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}

// The character at index i, keeping a surrogate pair whole for the message.
QString charAt(const QString& s, qsizetype i)
{
    return s.mid(i, s.at(i).isHighSurrogate() && i + 1 < s.size() ? 2 : 1);
}

} // namespace

std::optional<QChar> checkLetter(const QString& positions2to13)
{
    if (positions2to13.size() != 12)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = positions2to13.at(i);
        const int position = i + 2;
        int value = -1;
        if (isAsciiDigit(c))
            value = c.digitValue();
        else if (position == 13)
            value = letterValue(c); // temporary UPN
        if (value < 0)
            return std::nullopt;
        sum += position * value;
    }
    return QChar(QLatin1Char(kAlphabet[sum % kModulus]));
}

Result<QString> parse(const QString& input)
{
    const QString upn = input.trimmed().toUpper();
    if (upn.isEmpty())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate(
                "tandem::Upn", "Enter a UPN: a letter followed by 12 digits, or by 11 digits and a letter."));

    if (upn.size() != 13)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Upn", "UPN must have 13 characters; \"%1\" has %2.")
                .arg(upn, QString::number(upn.size())));

    if (letterValue(upn.front()) < 0)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Upn",
                "UPN must start with a check letter (A to Z except I, O and S); \"%1\" starts with \"%2\".")
                .arg(upn, charAt(upn, 0)));

    for (qsizetype i = 1; i < 12; ++i)
        if (!isAsciiDigit(upn.at(i)))
            return makeError(ErrorCode::Invalid,
                QCoreApplication::translate(
                    "tandem::Upn", "UPN must have digits in positions 2 to 12; \"%1\" has \"%2\" at position %3.")
                    .arg(upn, charAt(upn, i), QString::number(i + 1)));

    if (!isAsciiDigit(upn.back()) && letterValue(upn.back()) < 0)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Upn",
                "UPN must end with a digit, or with a letter other than I, O and S for a temporary UPN; "
                "\"%1\" ends with \"%2\".")
                .arg(upn, charAt(upn, 12)));

    if (checkLetter(upn.mid(1)) != upn.front())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate(
                "tandem::Upn", "UPN %1 fails the check letter: check it against the school's records.")
                .arg(upn));

    return upn;
}

bool isValid(const QString& input) { return parse(input).ok(); }

bool isTemporary(const QString& canonical)
{
    return canonical.size() == 13 && canonical.back() >= QLatin1Char('A') && canonical.back() <= QLatin1Char('Z');
}

} // namespace tandem::domain::Upn
