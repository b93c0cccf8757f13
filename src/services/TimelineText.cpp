#include "TimelineText.h"

#include <QCoreApplication>

namespace tandem {

QString timelineSummary(const QString& kind, const QString& detail)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tandem::Timeline", text); };
    if (kind == QLatin1String("family.registered")) return tr("Family registered at %1").arg(detail);
    if (kind == QLatin1String("child.registered")) return tr("%1 registered").arg(detail);
    if (kind == QLatin1String("child.registered-antenatal")) return tr("%1 registered before birth").arg(detail);
    if (kind == QLatin1String("child.born")) return tr("%1 born: birth details recorded").arg(detail);
    if (kind == QLatin1String("child.updated")) return tr("%1: details changed").arg(detail);
    if (kind == QLatin1String("child.merged")) return tr("Duplicate record merged: %1").arg(detail);
    if (kind == QLatin1String("child.deleted")) return tr("%1: record deleted").arg(detail);
    if (kind == QLatin1String("person.added")) return tr("%1 added to the household").arg(detail);
    if (kind == QLatin1String("person.deleted")) return tr("%1: record deleted").arg(detail);
    if (kind == QLatin1String("family.updated")) return tr("Household details changed");
    if (kind == QLatin1String("family.deleted")) return tr("Family record deleted");
    if (kind == QLatin1String("address.changed")) return tr("Moved to %1").arg(detail);
    if (kind == QLatin1String("involvement.added")) return tr("Now involved: %1").arg(detail);
    if (kind == QLatin1String("involvement.ended")) return tr("No longer involved: %1").arg(detail);
    if (kind == QLatin1String("involvement.key-worker")) return tr("Key worker is now %1").arg(detail);
    if (kind == QLatin1String("import.csv")) return tr("Registered from an imported list (%1)").arg(detail);
    return detail.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, detail);
}

} // namespace tandem
