#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Involvement.h"

#include <QDate>
#include <QString>

namespace tandem::gui {

// How the family record screen and its dialogs write records as text. Pure formatting:
// every sentence is translated here once, so the panels and dialogs say things the same way.
namespace RecordText {

QString date(const QDate& date);                  // "12 Mar 2024"; empty for an invalid date
QString fullName(const QString& given, const QString& family);
QString childName(const Child& child);            // "Ada Ashdown", or "Ada Ashdown (Addie)" with a preferred name
QString childDates(const Child& child);           // "12 Mar 2024" or "due 3 Feb 2027"
QString childDescription(const Child& child);     // "Ada Ashdown (born 12 Mar 2024, NHS 999 123 4567)"
QString householdName(const Family& family);      // "Ashdown family", "Ashdown and Carrow family"
QString addressLine(const Address& address);      // "14 Mill Lane, Flat 2, Northgate NG7 2QP"
QString contactMethodDisplayName(const QString& token); // "phone" -> "Phone"; empty stays empty
// "Mother of Ada and Kai", or "Mother of Ada; Step-parent of Kai" when they differ.
QString relationshipsOf(const Person& person, const Family& family);
// "Yes", "No", or "For Ada only" when the adult holds parental responsibility for some children.
QString parentalResponsibilityOf(const Person& person, const Family& family);
QString involvementDates(const Involvement& involvement); // "since 3 Mar 2025" / "3 Mar 2025 to 1 Sep 2026"

} // namespace RecordText
} // namespace tandem::gui
