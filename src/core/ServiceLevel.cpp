#include "tandem/core/ServiceLevel.h"

#include <QCoreApplication>

namespace tandem::ServiceLevels {

QStringList tokens()
{
    return {QStringLiteral("your-community"), QStringLiteral("universal"), QStringLiteral("universal-plus"),
            QStringLiteral("universal-partnership-plus")};
}

QString displayName(const QString& token)
{
    // The four levels of the health visiting service model, in national wording.
    static const char* const names[][2] = {
        {"your-community", QT_TRANSLATE_NOOP("tandem::ServiceLevels", "Your Community")},
        {"universal", QT_TRANSLATE_NOOP("tandem::ServiceLevels", "Universal")},
        {"universal-plus", QT_TRANSLATE_NOOP("tandem::ServiceLevels", "Universal Plus")},
        {"universal-partnership-plus", QT_TRANSLATE_NOOP("tandem::ServiceLevels", "Universal Partnership Plus")},
    };
    for (const auto& n : names)
        if (token == QLatin1String(n[0]))
            return QCoreApplication::translate("tandem::ServiceLevels", n[1]);
    return token; // unknown token: show what is stored rather than nothing
}

} // namespace tandem::ServiceLevels
