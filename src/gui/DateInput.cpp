#include "DateInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem::gui::DateInput {

std::optional<QDate> parse(const QString& text)
{
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})$"));
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString t = text.simplified();
    QDate date;
    if (const auto m = dayFirst.match(t); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto iso = isoDate.match(t); iso.hasMatch())
        date = QDate(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt());
    else
        date = QDate::fromString(t, QStringLiteral("d MMM yyyy")); // English month names, as in the lists
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString format(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

QString formatHint()
{
    return QCoreApplication::translate("tandem::gui::DateInput",
                                       "Enter the date as day, month and year, for example 14/03/2025.");
}

} // namespace tandem::gui::DateInput
