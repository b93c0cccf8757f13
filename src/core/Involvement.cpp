#include "tandem/core/Involvement.h"

#include <QCoreApplication>

namespace tandem::InvolvementServices {

QStringList serviceTokens()
{
    return {QStringLiteral("health-visiting"), QStringLiteral("childrens-centre"), QStringLiteral("speech-language-therapy"),
            QStringLiteral("family-support"),  QStringLiteral("early-years-setting"), QStringLiteral("midwifery"),
            QStringLiteral("gp"),              QStringLiteral("social-care"),     QStringLiteral("other")};
}

QString serviceDisplayName(const QString& token)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tandem::InvolvementServices", text); };
    if (token == QLatin1String("health-visiting")) return tr("Health visiting");
    if (token == QLatin1String("childrens-centre")) return tr("Children's centre");
    if (token == QLatin1String("speech-language-therapy")) return tr("Speech and language therapy");
    if (token == QLatin1String("family-support")) return tr("Family support");
    if (token == QLatin1String("early-years-setting")) return tr("Early years setting");
    if (token == QLatin1String("midwifery")) return tr("Midwifery");
    if (token == QLatin1String("gp")) return tr("GP practice");
    if (token == QLatin1String("social-care")) return tr("Children's social care");
    if (token == QLatin1String("other")) return tr("Other");
    return token;
}

} // namespace tandem::InvolvementServices
