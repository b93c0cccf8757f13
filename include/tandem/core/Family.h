#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// Plain records of the family file. Validation lives in the services; these only carry data.
struct Person {
    QString uuid;
    QString givenName;
    QString familyName;
    std::optional<QDate> dateOfBirth;
    QString phone;
    QString email;
    QString preferredContact; // "phone", "email", "text", "letter"
    QString relationship;     // to the family's children, e.g. "mother"
    bool parentalResponsibility = false;
};

struct Child {
    QString uuid;
    QString givenName;
    QString familyName;
    QString preferredName;
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDeliveryDate; // antenatal registration
    QString sex = QStringLiteral("unknown");  // "female", "male", "unknown"
    QString nhsNumber;                         // 10 digits, no spaces
    QString upn;
    QString gpPractice;
    std::optional<int> gestationWeeks;
};

struct Family {
    QString uuid;
    QString addressLine1;
    QString addressLine2;
    QString town;
    QString postcode; // normalised
    QString ward;
    QString childrensCentre;
    QString mainLanguage;
    bool interpreterNeeded = false;
    QString accessibilityNeeds;
    QString keyWorkerUuid;
    QList<Person> adults;
    QList<Child> children;
};

} // namespace tandem
