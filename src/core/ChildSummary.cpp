#include "tandem/core/ChildSummary.h"
#include "tandem/domain/NhsNumber.h"

#include <QCoreApplication>

namespace tandem {

QString ChildSummary::describe() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tandem::ChildSummary", text); };
    QString name = givenName + QLatin1Char(' ') + familyName;
    QStringList facts;
    if (dateOfBirth)
        facts << tr("born %1").arg(dateOfBirth->toString(QStringLiteral("d MMM yyyy")));
    else if (expectedDeliveryDate)
        facts << tr("due %1").arg(expectedDeliveryDate->toString(QStringLiteral("d MMM yyyy")));
    if (!nhsNumber.isEmpty())
        facts << tr("NHS %1").arg(domain::NhsNumber::format(nhsNumber));
    if (!postcode.isEmpty())
        facts << postcode;
    return facts.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, facts.join(QStringLiteral(", ")));
}

} // namespace tandem
