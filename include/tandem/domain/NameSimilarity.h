#pragma once

#include <QString>

namespace tandem::domain {

// Used to warn about a possible duplicate child: same date of birth and a similar name.
namespace NameSimilarity {

// Optimal string alignment distance (insertions, deletions, substitutions and adjacent
// transpositions) between two strings, compared as given.
int editDistance(const QString& a, const QString& b);

// Names are folded with TextFold first. Family names are similar when equal, when one
// hyphen/space-separated part of one equals a part of the other ("Kowalczyk-Penn" ~ "Penn"),
// or when their distance is at most 1 (at most 2 when both are 7+ characters long).
// Given names are similar when equal, when one is a prefix of the other and the shorter
// has 3+ characters ("Alex" ~ "Alexander"), or at distance at most 1 (2 for 6+ characters).
// The names are similar when both given and family names are similar; or when given and
// family names are swapped and then similar (a common entry slip).
bool similar(const QString& givenA, const QString& familyA, const QString& givenB, const QString& familyB);

} // namespace NameSimilarity
} // namespace tandem::domain
