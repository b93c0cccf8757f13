#include "tandem/core/Timeline.h"

#include <QCoreApplication>

namespace tandem::TimelineCategories {

QStringList tokens()
{
    return {QStringLiteral("registration"), QStringLiteral("address"), QStringLiteral("record"), QStringLiteral("involvement"),
            QStringLiteral("visit"),        QStringLiteral("assessment"), QStringLiteral("consent"), QStringLiteral("share")};
}

QString displayName(const QString& token)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tandem::TimelineCategories", text); };
    if (token == QLatin1String("registration")) return tr("Registrations");
    if (token == QLatin1String("address")) return tr("Address changes");
    if (token == QLatin1String("record")) return tr("Record changes");
    if (token == QLatin1String("involvement")) return tr("Who is involved");
    if (token == QLatin1String("visit")) return tr("Visits and contacts");
    if (token == QLatin1String("assessment")) return tr("Assessments");
    if (token == QLatin1String("consent")) return tr("Consent");
    if (token == QLatin1String("share")) return tr("Sharing");
    return token;
}

QString categoryForKind(const QString& kind)
{
    const QString head = kind.section(QLatin1Char('.'), 0, 0);
    const QString tail = kind.section(QLatin1Char('.'), 1);
    if (head == QLatin1String("address") || kind == QLatin1String("family.left-area") || kind == QLatin1String("family.returned"))
        return QStringLiteral("address");
    if (head == QLatin1String("involvement") || head == QLatin1String("care") || head == QLatin1String("service-level"))
        return QStringLiteral("involvement");
    if (head == QLatin1String("contact") || head == QLatin1String("visit") || head == QLatin1String("note") ||
        head == QLatin1String("schedule") || head == QLatin1String("appointment"))
        return QStringLiteral("visit");
    if (head == QLatin1String("assessment") || head == QLatin1String("review")) return QStringLiteral("assessment");
    if (head == QLatin1String("consent") || head == QLatin1String("safeguarding")) return QStringLiteral("consent");
    if (head == QLatin1String("share") || head == QLatin1String("bundle")) return QStringLiteral("share");
    if (tail == QLatin1String("registered") || tail == QLatin1String("registered-antenatal") || tail == QLatin1String("added"))
        return QStringLiteral("registration");
    return QStringLiteral("record");
}

} // namespace tandem::TimelineCategories
