#pragma once

#include "tandem/core/ChildSummary.h"
#include "tandem/services/FamilyTypes.h"

#include <QJsonObject>
#include <QString>

namespace tandem::cli {

// How family records look on the command line: JSON for scripts (ISO dates, NHS numbers as
// 10 digits) and text for people (dd/mm/yyyy, NHS numbers as 3-3-4).
QJsonObject childJson(const Child& child);
QJsonObject summaryJson(const ChildSummary& child);
QJsonObject recordJson(const FamilyRecord& record);

QString fullName(const QString& given, const QString& family, const QString& preferred = {});
QString recordText(const FamilyRecord& record);
QString childText(const Child& child, const QString& postcode);
QString searchTable(const QList<ChildSummary>& rows);

} // namespace tandem::cli
