#include "ConsentFlags.h"

#include "tandem/domain/ConsentRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::ConsentFlags", text); }
QString day(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); } // as the development flags write dates
} // namespace

QList<AssessmentFlag> consentFlags(const QString& childUuid, const QString& familyUuid, const QList<Consent>& consents,
                                   const QDate& today)
{
    QList<const Consent*> expiring;
    for (const Consent& c : consents)
        if (domain::ConsentRules::appliesTo(c, childUuid, familyUuid) && domain::ConsentRules::expiresSoon(c, today))
            expiring << &c;
    std::stable_sort(expiring.begin(), expiring.end(), [](const Consent* a, const Consent* b) { return a->reviewOn < b->reviewOn; });
    QList<AssessmentFlag> flags;
    for (const Consent* c : expiring)
        flags << AssessmentFlag{AssessmentFlag::Kind::ConsentExpiring, {},
                                tr("Consent to share with %1 expires on %2").arg(c->partnerCodes.join(QStringLiteral(", ")), day(c->reviewOn))};
    return flags;
}

} // namespace tandem
