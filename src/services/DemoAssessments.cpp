#include "DemoAssessments.h"

#include "tandem/core/Assessment.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/Session.h"

#include <cmath>

namespace tandem {

namespace {
const char* const kSettings[] = {"Little Acorns Nursery", "Riverside Children's Centre Nursery", "Sunflower Pre-school",
                                 "Maple Street Childminders"};
const char* const kParentViews[] = {
    "Happy with how she is getting on; would like ideas for play at home.",
    "Worried he is not saying many words yet compared with his cousin.",
    "Sleeping better now; keen to start nursery sessions.",
    "Pleased with progress; asked about toilet training.",
};
} // namespace

bool DemoAssessments::chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < p; }
int DemoAssessments::between(int low, int high) { return std::uniform_int_distribution<int>(low, std::max(low, high))(m_engine); }

Result<QString> DemoAssessments::asq3(const QString& childUuid, const QDate& day)
{
    AssessmentService service(m_session);
    auto interval = service.asq3Interval(childUuid, day);
    TANDEM_TRY(interval);
    if (!interval.value().months)
        return QString();
    auto defs = InstrumentService(m_session).definitions();
    TANDEM_TRY(defs);
    const domain::Asq3Interval* thresholds = defs.value().asq3.interval(*interval.value().months);

    Asq3Draft draft;
    draft.childUuid = childUuid;
    draft.assessedOn = day;
    draft.entryMode = Asq3EntryMode::Totals;
    bool below = false;
    for (const domain::NamedKey& domain : defs.value().asq3.domains) {
        const double cutoff = thresholds->cutoff(domain.key)->value;
        const double monitoring = thresholds->monitoringThreshold(domain.key)->value;
        // Totals are multiples of 5, as on the paper form.
        int total = 5 * between(static_cast<int>(std::ceil(monitoring / 5)), 12);
        if (chance(0.04)) {
            total = std::max(0, 5 * (static_cast<int>(std::floor(cutoff / 5)) - between(0, 2)));
            if (total >= cutoff)
                total = std::max(0, total - 5);
            below = true;
        } else if (chance(0.08)) {
            total = 5 * static_cast<int>(std::ceil(cutoff / 5));
        }
        draft.domains << Asq3DomainInput{domain.key, {}, static_cast<double>(std::min(total, 60))};
    }
    if (chance(0.3))
        draft.parentConcerns = QStringLiteral("Parent asked whether talking is on track.");
    if (below && chance(0.5))
        draft.followUpPlan = QStringLiteral("Repeat ASQ-3 in two months; ideas for play shared with parent.");
    auto added = service.addAsq3(draft);
    TANDEM_TRY(added);
    return added.value().uuid;
}

Result<void> DemoAssessments::integratedReview(const QString& childUuid, const QDate& day)
{
    auto asq3Uuid = asq3(childUuid, day);
    TANDEM_TRY(asq3Uuid);
    if (asq3Uuid.value().isEmpty())
        return {};
    AssessmentService service(m_session);
    IntegratedReview review;
    review.childUuid = childUuid;
    review.asq3Uuid = asq3Uuid.value();
    const QString setting = QString::fromUtf8(kSettings[between(0, 3)]);
    if (chance(0.6)) {
        EyfsDraft eyfs;
        eyfs.childUuid = childUuid;
        eyfs.completedOn = day.addDays(-between(3, 20));
        eyfs.completedByName = QStringLiteral("Setting key person");
        eyfs.setting = setting;
        eyfs.parentAgreedToShare = chance(0.9);
        for (const char* area : {"communication-language", "physical", "personal-social-emotional"})
            eyfs.areas << EyfsAreaInput{QString::fromLatin1(area), chance(0.9) ? QStringLiteral("on-track") : QStringLiteral("less-than-expected"),
                                        QStringLiteral("Enjoys stories and joins in with songs; plays alongside friends.")};
        auto added = service.addEyfs(eyfs);
        // A check dated before the child turned two is not a progress check at two: skip it.
        if (added.ok() && eyfs.parentAgreedToShare)
            review.eyfsUuid = added.value().uuid;
        else if (!added.ok() && added.error().code != ErrorCode::Invalid)
            return added.error();
    }
    if (chance(0.3)) {
        auto section = service.wellCommSection(childUuid, day);
        if (section.ok()) {
            WellCommDraft wellComm;
            wellComm.childUuid = childUuid;
            wellComm.assessedOn = day;
            wellComm.screenings << WellCommScreening{section.value(), chance(0.8) ? QStringLiteral("green") : QStringLiteral("amber")};
            if (wellComm.screenings.first().result == QLatin1String("amber") && section.value() > 1)
                wellComm.screenings << WellCommScreening{section.value() - 1, QStringLiteral("green")};
            auto added = service.addWellComm(wellComm);
            TANDEM_TRY(added);
            review.wellCommUuid = added.value().uuid;
        }
    }
    review.reviewedAt = QDateTime(day, QTime(between(9, 15), chance(0.5) ? 0 : 30));
    review.place = chance(0.5) ? QStringLiteral("childrens-centre") : QStringLiteral("home");
    review.durationMinutes = between(45, 75);
    review.peoplePresent = QStringLiteral("Parent and child");
    review.parentViews = QString::fromUtf8(kParentViews[between(0, 3)]);
    review.summary = QStringLiteral("Shared picture agreed with the parent.");
    FollowUpAction action;
    action.description = QStringLiteral("Share play and talk ideas; review at nursery parents' evening");
    action.dueOn = day.addDays(28);
    action.ownerName = setting;
    review.actions << action;
    auto done = ReviewService(m_session).complete(review);
    TANDEM_TRY(done);
    return {};
}

} // namespace tandem
