#include "AssessmentFixtures.h"

namespace tandem::test {

QStringList asq3Domains()
{
    return {QStringLiteral("communication"), QStringLiteral("gross-motor"), QStringLiteral("fine-motor"),
            QStringLiteral("problem-solving"), QStringLiteral("personal-social")};
}

Asq3Draft asq3Totals(const QString& childUuid, const QDate& on, const std::array<double, 5>& totals)
{
    Asq3Draft d;
    d.childUuid = childUuid;
    d.assessedOn = on;
    d.entryMode = Asq3EntryMode::Totals;
    const QStringList keys = asq3Domains();
    for (int i = 0; i < 5; ++i)
        d.domains << Asq3DomainInput{keys.at(i), {}, totals.at(static_cast<size_t>(i))};
    return d;
}

Asq3Draft asq3Items(const QString& childUuid, const QDate& on, const std::array<const char*, 5>& answers)
{
    Asq3Draft d;
    d.childUuid = childUuid;
    d.assessedOn = on;
    d.entryMode = Asq3EntryMode::Items;
    const QStringList keys = asq3Domains();
    for (int i = 0; i < 5; ++i)
        d.domains << Asq3DomainInput{keys.at(i), Asq3Answers::fromLetters(QString::fromLatin1(answers.at(static_cast<size_t>(i)))).value(),
                                     std::nullopt};
    return d;
}

EyfsDraft eyfsDraft(const QString& childUuid, const QDate& on, bool parentAgreed, const QString& status)
{
    EyfsDraft d;
    d.childUuid = childUuid;
    d.completedOn = on;
    d.completedByName = QStringLiteral("Rowan Vexley");
    d.setting = QStringLiteral("Little Acorns Nursery");
    d.parentAgreedToShare = parentAgreed;
    for (const char* area : {"communication-language", "physical", "personal-social-emotional"})
        d.areas << EyfsAreaInput{QString::fromLatin1(area), status, QStringLiteral("Enjoys stories and joins in with songs.")};
    return d;
}

WellCommDraft wellCommDraft(const QString& childUuid, const QDate& on, const QString& screenings)
{
    WellCommDraft d;
    d.childUuid = childUuid;
    d.assessedOn = on;
    for (const QString& s : screenings.split(QLatin1Char(','))) {
        const QStringList parts = s.split(QLatin1Char(':'));
        d.screenings << WellCommScreening{parts.at(0).toInt(), parts.at(1)};
    }
    return d;
}

} // namespace tandem::test
