#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::domain {

// What the user typed in the one search box, sorted into the keys the index holds.
// Pure: the same text always gives the same query.
struct SearchQuery {
    QStringList namePrefixes;           // folded name tokens, each matched as a prefix
    QString nhsNumber;                  // 10 digits when the text holds a valid NHS number
    QString postcode;                   // full normalised postcode, "NG7 2AB"
    QString postcodeDistrict;           // outward code alone, "NG7", when typed on its own
    std::optional<QDate> dateOfBirth;   // dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd

    bool isEmpty() const;

    // Parsing rules, in order:
    // 1. If the whole text, with spaces and hyphens removed, is 10 digits that pass the
    //    NHS number check, it is an NHS number and nothing else.
    // 2. Otherwise tokens are read left to right: a date as above (a real calendar date);
    //    a full postcode, possibly written across two adjacent tokens ("ng7 2ab", "NG72AB");
    //    an outward code alone (letters then digit(s), optional letter, e.g. "NG7", "SW1A")
    //    counts as a postcode district only if it also contains a digit;
    //    anything else is folded with TextFold and its tokens become name prefixes.
    static SearchQuery parse(const QString& text);

    // FTS4 MATCH expression over the columns of the search index (names, adults, nhs,
    // postcode, dob), parts separated by spaces (implicit AND). The system SQLite uses the
    // standard query syntax: NO parentheses; OR binds tighter than the implicit AND, so a
    // name prefix that may match either name column is written "names:ada* OR adults:ada*"
    // and "names:ada* OR adults:ada* names:kai* OR adults:kai*" means both names must match.
    // Keys use the SearchKeys forms: "nhs:n9434765919", "postcode:ng72ab", "postcode:ng7",
    // "dob:d20240315". Only folded letters and digits reach MATCH. Empty when isEmpty().
    QString toFtsMatch() const;
};

// Values as the search index stores them, so index and query agree.
namespace SearchKeys {
QString postcodeKey(const QString& normalisedPostcode); // "NG7 2AB" -> "ng72ab ng7"
QString dateKey(const QDate& date);                     // "d20240315"
QString nhsKey(const QString& tenDigits);               // "n9434765919"
} // namespace SearchKeys

} // namespace tandem::domain
