#include "tandem/domain/TextFold.h"

namespace tandem::domain::TextFold {
namespace {

// ’ and ' per the spec; ‘ and ʼ too, because keyboards and autocorrect type them in "O‘Brien".
bool isApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC'; }

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

} // namespace

QString fold(const QString& text)
{
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_D).toUcs4();
    QString out;
    out.reserve(codePoints.size());
    bool pendingSpace = false;
    for (const uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (isMark(c) || isApostrophe(c))
            continue;
        if (QChar::isLetter(c) || QChar::isDigit(c)) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            // Folded after decomposing: İ only becomes i once split from its dot (Qt folds it to itself).
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                out.append(QChar(QChar::highSurrogate(folded)));
                out.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                out.append(QChar(folded));
            }
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList tokens(const QString& text) { return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

} // namespace tandem::domain::TextFold
