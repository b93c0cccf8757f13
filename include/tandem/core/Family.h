#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// Who made and last changed a record, and how many times it has changed. Sharing relies on
// uuid + version to tell new data from old, so every stored record carries this.
struct RecordMeta {
    QString createdAt; // ISO 8601 UTC with milliseconds
    QString createdBy; // user uuid
    QString updatedAt;
    QString updatedBy;
    int version = 0;   // 0 until stored; 1 on insert, +1 on each change
    QString origin = QStringLiteral("local"); // "local", or "partner:<code>:<bundle uuid>"
};

// Plain records of the family file. Validation lives in domain::RecordRules and the services.
struct Person {
    QString uuid;
    QString givenName;
    QString familyName;
    std::optional<QDate> dateOfBirth;
    QString phone;
    QString email;
    QString preferredContact; // "phone", "text", "email", "letter" or empty
    // At registration: this adult's relationship to every child in the draft. Stored per
    // child in Family::relationships.
    QString relationship = QStringLiteral("parent");
    bool parentalResponsibility = false;
    RecordMeta meta;
};

struct Child {
    QString uuid;
    QString familyUuid;
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
    QString mergedInto;                        // uuid of the record this one was merged into
    RecordMeta meta;

    bool isUnborn() const { return !dateOfBirth.has_value(); }
};

struct Relationship {
    QString uuid;
    QString personUuid;
    QString childUuid;
    QString relationship; // RecordRules::relationshipTokens()
    bool parentalResponsibility = false;
    RecordMeta meta;
};

struct Address {
    QString line1;
    QString line2;
    QString town;
    QString postcode; // normalised
};

// One entry in a household's address history; the newest is the current address.
struct AddressChange {
    QString uuid;
    Address address;
    QDate movedIn; // when the family moved to this address, as told to us
    RecordMeta meta;
};

struct Family {
    QString uuid;
    Address address;
    QString ward;
    QString childrensCentre;
    QString mainLanguage;
    bool interpreterNeeded = false;
    QString accessibilityNeeds;
    QString keyWorkerUuid;
    QList<Person> adults;
    QList<Child> children;
    QList<Relationship> relationships; // filled when loaded from the store
    RecordMeta meta;
};

} // namespace tandem
