#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QString>

namespace tandem::test {

// A synthetic NHS number in the 999 test range that passes Modulus 11; distinct for each n.
QString syntheticNhs(int n);

// A household at a synthetic address with one adult (mother, with parental responsibility)
// and one born child. Pass an empty nhs for a child without one.
Family syntheticFamily(const QString& childGiven, const QString& familyName, const QDate& dob, const QString& nhs,
                       const QString& postcode = QStringLiteral("NG7 2QP"));

// An unborn child due on edd.
Child unbornChild(const QString& familyName, const QDate& edd);

} // namespace tandem::test
