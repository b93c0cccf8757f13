#include "tandem/domain/Postcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem::domain::Postcode {
namespace {

// gov.uk pattern with the real letter restrictions:
//   first letter not Q V X; second letter not I J Z;
//   third character of A9A from A-H J K P S T U W; fourth of AA9A from A B E H M N P R V W X Y;
//   inward letters not C I K M O V.
// anchoredPattern() wraps the WHOLE alternation in \A(?:...)\z, so "SW1A 1AAX" cannot match
// (the commonly copied regex anchors only its alternatives).
const QRegularExpression& pattern()
{
    // clang-format off
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "GIR 0AA"
        "|(?:[A-PR-UWYZ][0-9][0-9]?"              // A9, A99
        "|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"         // AA9, AA99
        "|[A-PR-UWYZ][0-9][A-HJKPSTUW]"           // A9A
        "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]" // AA9A
        ") [0-9][ABD-HJLNP-UW-Z]{2}")));
    // clang-format on
    return re;
}

} // namespace

Result<QString> parse(const QString& input)
{
    const QString entered = input.trimmed();
    if (entered.isEmpty())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Postcode", "Enter a postcode, for example SW1A 1AA."));

    QString compact;
    compact.reserve(entered.size());
    for (QChar c : entered.toUpper())
        if (!c.isSpace())
            compact.append(c);

    if (compact.size() < 5 || compact.size() > 7)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Postcode",
                "Postcode must have 5 to 7 letters and digits, not counting spaces (for example SW1A 1AA); "
                "\"%1\" has %2.")
                .arg(entered, QString::number(compact.size())));

    const QString normalised = compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
    if (!pattern().match(normalised).hasMatch())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("tandem::Postcode",
                "\"%1\" is not a UK postcode: check each letter and digit against the address "
                "(it should look like SW1A 1AA or M1 1AE).")
                .arg(entered));
    return normalised;
}

bool isValid(const QString& input) { return parse(input).ok(); }

} // namespace tandem::domain::Postcode
