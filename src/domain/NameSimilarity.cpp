#include "tandem/domain/NameSimilarity.h"

#include "tandem/domain/TextFold.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace tandem::domain::NameSimilarity {
namespace {

// Lengths and distances count characters, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

bool familySimilar(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty()) // nothing to compare is not a match
        return false;
    if (a == b)
        return true;
    const QStringList partsA = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList partsB = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& p : partsA)
        if (partsB.contains(p))
            return true;
    const int allowed = length(a) >= 7 && length(b) >= 7 ? 2 : 1;
    return editDistance(a, b) <= allowed;
}

bool givenSimilar(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString& shorter = length(a) <= length(b) ? a : b;
    const QString& longer = length(a) <= length(b) ? b : a;
    if (length(shorter) >= 3 && longer.startsWith(shorter))
        return true;
    // "6+ characters" read as both names, like the family rule: two short names two
    // edits apart ("Amy"/"Ava") are different people.
    const int allowed = length(shorter) >= 6 ? 2 : 1;
    return editDistance(a, b) <= allowed;
}

} // namespace

int editDistance(const QString& a, const QString& b)
{
    const QList<uint> s = a.toUcs4();
    const QList<uint> t = b.toUcs4();
    const qsizetype n = s.size();
    const qsizetype m = t.size();
    // d[i][j]: distance between the first i of s and the first j of t.
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

bool similar(const QString& givenA, const QString& familyA, const QString& givenB, const QString& familyB)
{
    const QString gA = TextFold::fold(givenA);
    const QString fA = TextFold::fold(familyA);
    const QString gB = TextFold::fold(givenB);
    const QString fB = TextFold::fold(familyB);
    if (givenSimilar(gA, gB) && familySimilar(fA, fB))
        return true;
    return givenSimilar(fA, gB) && familySimilar(gA, fB);
}

} // namespace tandem::domain::NameSimilarity
