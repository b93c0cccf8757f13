#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tandem {

// One row of the Families list, of search results and of duplicate warnings.
struct ChildSummary {
    QString uuid;
    QString familyUuid;
    QString givenName;
    QString familyName;
    QString preferredName;
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDeliveryDate;
    QString sex;
    QString nhsNumber; // 10 digits or empty
    QString postcode;  // the household's current postcode

    // "Ada Ashdown (born 12 Mar 2024, NHS 999 123 4567)": names a record in a message.
    QString describe() const;
};

} // namespace tandem
