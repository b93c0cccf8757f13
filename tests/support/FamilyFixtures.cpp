#include "FamilyFixtures.h"

#include "tandem/domain/NhsNumber.h"

namespace tandem::test {

QString syntheticNhs(int n)
{
    // About one prefix in eleven has no valid check digit; step past those.
    for (int k = n * 11;; ++k) {
        const QString nine = QStringLiteral("999%1").arg(k % 1000000, 6, 10, QLatin1Char('0'));
        if (auto check = domain::NhsNumber::checkDigit(nine)) {
            const QString number = nine + QChar(u'0' + *check);
            if (domain::NhsNumber::isValid(number))
                return number;
        }
    }
}

Family syntheticFamily(const QString& childGiven, const QString& familyName, const QDate& dob, const QString& nhs,
                       const QString& postcode)
{
    Family f;
    f.address.line1 = QStringLiteral("12 Foundry Close");
    f.address.town = QStringLiteral("Northgate");
    f.address.postcode = postcode;
    f.ward = QStringLiteral("Riverside");
    f.childrensCentre = QStringLiteral("Brook Lane Children's Centre");
    f.mainLanguage = QStringLiteral("English");
    Person mum;
    mum.givenName = QStringLiteral("Bethan");
    mum.familyName = familyName;
    mum.phone = QStringLiteral("07700 900123");
    mum.preferredContact = QStringLiteral("phone");
    mum.relationship = QStringLiteral("mother");
    mum.parentalResponsibility = true;
    f.adults << mum;
    Child c;
    c.givenName = childGiven;
    c.familyName = familyName;
    c.dateOfBirth = dob;
    c.sex = QStringLiteral("female");
    c.nhsNumber = nhs;
    c.gestationWeeks = 39;
    f.children << c;
    return f;
}

Child unbornChild(const QString& familyName, const QDate& edd)
{
    Child c;
    c.givenName = QStringLiteral("Baby");
    c.familyName = familyName;
    c.expectedDeliveryDate = edd;
    return c;
}

} // namespace tandem::test
