#include "tandem/domain/ChildAge.h"

#include <QCoreApplication>

namespace tandem::domain::ChildAge {
namespace {

// English source text is chosen by n so the untranslated build reads right; %n still lets a
// translation supply its own plural forms.
QString count(int n, const char* one, const char* many)
{
    return QCoreApplication::translate("tandem::domain::ChildAge", n == 1 ? one : many, nullptr, n);
}

QString join(const QString& a, const QString& b)
{
    return QCoreApplication::translate("tandem::domain::ChildAge", "%1 %2").arg(a, b);
}

} // namespace

std::optional<AgeSpan> on(const QDate& birth, const QDate& day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return std::nullopt;
    // Each monthly birthday is counted from the birth date itself (never from the previous
    // monthly birthday), so a child born on the 31st is a month older on 28/29 February and
    // again on 31 March. QDate::addMonths clamps to the month's last day.
    int months = (day.year() - birth.year()) * 12 + (day.month() - birth.month());
    if (birth.addMonths(months) > day)
        --months;
    const QDate monthly = birth.addMonths(months);
    return AgeSpan{months, static_cast<int>(monthly.daysTo(day))};
}

int wholeMonths(const QDate& birth, const QDate& day)
{
    const std::optional<AgeSpan> age = on(birth, day);
    return age ? age->months : -1;
}

QString describe(const AgeSpan& age)
{
    const int years = age.months / 12;
    const int months = age.months % 12;
    QString text;
    if (years > 0)
        text = count(years, "%n year", "%n years");
    if (months > 0)
        text = text.isEmpty() ? count(months, "%n month", "%n months") : join(text, count(months, "%n month", "%n months"));
    if (age.days > 0 || text.isEmpty())
        text = text.isEmpty() ? count(age.days, "%n day", "%n days") : join(text, count(age.days, "%n day", "%n days"));
    return text;
}

} // namespace tandem::domain::ChildAge
