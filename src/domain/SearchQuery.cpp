#include "tandem/domain/SearchQuery.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/Postcode.h"
#include "tandem/domain/TextFold.h"

#include <QRegularExpression>

namespace tandem::domain {
namespace {

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// Day and month may have one or two digits with any one of / - . between (people type
// "3.5.2024" as readily as "03/05/2024"); ISO is strict.
std::optional<QDate> parseDate(const QString& token)
{
    static const QRegularExpression dmy(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4})")));
    static const QRegularExpression iso(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})")));
    QDate date;
    if (const auto m = dmy.match(token); m.hasMatch())
        date = QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    else if (const auto m = iso.match(token); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool looksLikeOutward(const QString& token)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?")));
    return re.match(token).hasMatch();
}

bool looksLikeInward(const QString& token)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9][A-Za-z]{2}")));
    return re.match(token).hasMatch();
}

// A real outward code: it forms a valid postcode with a neutral inward code.
std::optional<QString> parseDistrict(const QString& token)
{
    if (!looksLikeOutward(token))
        return std::nullopt;
    const Result<QString> full = Postcode::parse(token + QStringLiteral(" 0AA"));
    if (!full.ok())
        return std::nullopt;
    return full.value().section(QLatin1Char(' '), 0, 0);
}

std::optional<QString> parsePostcode(const QString& token)
{
    const Result<QString> r = Postcode::parse(token);
    return r.ok() ? std::optional<QString>(r.value()) : std::nullopt;
}

// Lower-case ASCII letters and digits only: what the index stores for keys.
QString asciiKey(const QString& s)
{
    QString out;
    for (QChar c : s.toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    return out;
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return namePrefixes.isEmpty() && nhsNumber.isEmpty() && postcode.isEmpty() && postcodeDistrict.isEmpty()
        && !dateOfBirth.has_value();
}

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery q;
    // NhsNumber::parse ignores spaces and hyphens and refuses anything else, as rule 1 needs.
    if (const Result<QString> nhs = NhsNumber::parse(text); nhs.ok()) {
        q.nhsNumber = nhs.value();
        return q;
    }

    // Commas and semicolons separate too: "Ada, NG7 2AB" is two things, not "NG7,".
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (const auto date = parseDate(token)) {
            if (!q.dateOfBirth)
                q.dateOfBirth = date;
            continue;
        }
        // Postcode::parse checks the outward part of the pair ("gir 0aa" too).
        if (i + 1 < tokens.size() && looksLikeInward(tokens.at(i + 1))) {
            if (const auto pc = parsePostcode(token + tokens.at(i + 1))) {
                if (q.postcode.isEmpty())
                    q.postcode = *pc;
                ++i;
                continue;
            }
        }
        if (const auto pc = parsePostcode(token)) {
            if (q.postcode.isEmpty())
                q.postcode = *pc;
            continue;
        }
        if (const auto district = parseDistrict(token)) {
            if (q.postcodeDistrict.isEmpty())
                q.postcodeDistrict = *district;
            continue;
        }
        // Digits alone are not names; a number that is not a date or NHS number matches nothing.
        for (const QString& part : TextFold::tokens(token))
            if (!allDigits(part) && !q.namePrefixes.contains(part))
                q.namePrefixes.append(part);
    }
    return q;
}

QString SearchQuery::toFtsMatch() const
{
    // SQLCipher as packaged uses FTS standard query syntax: no parentheses and no AND
    // keyword; OR binds tighter than the implicit AND between parts, so
    // "names:ada* OR adults:ada* postcode:ng7" means (names OR adults) AND postcode.
    QStringList parts;
    for (const QString& prefix : namePrefixes)
        for (const QString& token : TextFold::tokens(prefix)) // re-fold: only letters and digits reach MATCH
            parts.append(QStringLiteral("names:%1* OR adults:%1*").arg(token));
    if (const QString nhs = asciiKey(nhsNumber); nhs.size() == 10 && allDigits(nhs))
        parts.append(QStringLiteral("nhs:") + SearchKeys::nhsKey(nhs));
    if (const QString pc = asciiKey(postcode); !pc.isEmpty())
        parts.append(QStringLiteral("postcode:") + pc);
    if (const QString district = asciiKey(postcodeDistrict); !district.isEmpty())
        parts.append(QStringLiteral("postcode:") + district);
    if (dateOfBirth && dateOfBirth->isValid())
        parts.append(QStringLiteral("dob:") + SearchKeys::dateKey(*dateOfBirth));
    return parts.join(QLatin1Char(' '));
}

namespace SearchKeys {

QString postcodeKey(const QString& normalisedPostcode)
{
    const QString full = asciiKey(normalisedPostcode);
    if (full.isEmpty())
        return {};
    const QString outward = asciiKey(normalisedPostcode.trimmed().section(QLatin1Char(' '), 0, 0));
    return outward.isEmpty() || outward == full ? full : full + QLatin1Char(' ') + outward;
}

QString dateKey(const QDate& date)
{
    return date.isValid() ? QStringLiteral("d") + date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QString nhsKey(const QString& tenDigits) { return QStringLiteral("n") + tenDigits; }

} // namespace SearchKeys
} // namespace tandem::domain
