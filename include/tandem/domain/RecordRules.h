#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tandem::domain {

// One problem with one field, phrased so the user knows what to change.
struct FieldIssue {
    QString field;   // stable key, e.g. "child.nhsNumber", "family.postcode", "person.email"
    QString message; // translated sentence
};
using FieldIssues = QList<FieldIssue>;

// Checks and normalises the family record's fields. Pure: a record and "today" in,
// issues out. Each function normalises the record in place where the value is valid
// (NHS number to 10 digits, postcode to "NG7 2AB", UPN to upper case, names trimmed with
// inner whitespace collapsed, email trimmed) and leaves invalid values untouched.
namespace RecordRules {

// Family: address line 1 required (at most 200 characters); postcode required and valid;
// other text fields at most 200 characters; accessibilityNeeds at most 2000.
FieldIssues checkFamily(Family& family);

// Person: given and family name required (1-100 characters each); date of birth, if
// given, not in the future and not more than 120 years ago; email, if given, has one @
// with text either side and a dot in the domain; phone, if given, has 10-15 digits once
// spaces, hyphens, brackets and a leading + are removed; preferredContact is empty or
// one of "phone", "text", "email", "letter"; relationship is one of relationshipTokens().
FieldIssues checkPerson(Person& person, const QDate& today);

// Child: given and family name required (1-100 characters; an unborn child may be given
// "Baby"); preferred name at most 100. Exactly one of dateOfBirth (born) or
// expectedDeliveryDate (unborn) must be set. dateOfBirth not in the future and not more
// than 19 years ago. expectedDeliveryDate no more than 44 weeks ahead and no more than
// 6 weeks in the past (after that the child should be recorded as born).
// sex is one of "female", "male", "unknown" (sexTokens()).
// NHS number optional, but valid if given (an unborn child has none: refuse one).
// UPN optional, valid if given. gestationWeeks, if given, 22-44 and only for a born child.
FieldIssues checkChild(Child& child, const QDate& today);

// Family plus every adult and child; field keys are prefixed with the index,
// e.g. "children[1].nhsNumber", "adults[0].email". Requires at least one child
// (born or unborn) and, when there are adults, that at least one holds parental
// responsibility. Also refuses two children in the draft with the same NHS number.
FieldIssues checkRegistration(Family& family, const QDate& today);

QStringList relationshipTokens(); // mother, father, parent, step-parent, grandparent, foster-carer, guardian, other
QStringList sexTokens();
QStringList contactMethodTokens();
QString relationshipDisplayName(const QString& token); // translated
QString sexDisplayName(const QString& token);           // translated

} // namespace RecordRules
} // namespace tandem::domain
