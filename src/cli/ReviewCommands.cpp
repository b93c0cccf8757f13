// review integrated / list: the integrated review at 2 to 2 1/2, which completes the two-year contact.
#include "AssessView.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/ScheduleService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

// The assessments a review brought together, for showing their outcomes; any that cannot be
// read (an EYFS check not shared with this reader) are left out and shown by uuid.
QHash<QString, Assessment> linkedAssessments(Session& s, const IntegratedReview& r)
{
    QHash<QString, Assessment> out;
    AssessmentService service(s);
    for (const QString& uuid : {r.asq3Uuid, r.asqSe2Uuid, r.eyfsUuid, r.wellCommUuid}) {
        if (uuid.isEmpty())
            continue;
        if (auto a = service.assessment(uuid); a.ok())
            out.insert(uuid, a.value());
    }
    return out;
}

int runIntegrated(CliContext& c)
{
    const QString cmd = QStringLiteral("review integrated");
    auto at = dateTimeOption(c.parser, "at");
    auto place = tokenOption(c.parser, "place", ContactPlaces::tokens());
    auto duration = minutesOption(c.parser, "duration");
    auto actions = actionOptions(c.parser);
    for (const QString& problem : {at.message(), place.message(), duration.message(), actions.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    IntegratedReview draft;
    draft.childUuid = textOption(c.parser, "child");
    draft.asq3Uuid = textOption(c.parser, "asq3");
    draft.parentViews = textOption(c.parser, "parent-views");
    if (draft.childUuid.isEmpty() || place.value().isEmpty() || !duration.value() || draft.asq3Uuid.isEmpty() || draft.parentViews.isEmpty())
        return usageFor(c, cmd,
                        tr("review integrated needs --child, --place (%1), --duration, --asq3 (the health visitor's ASQ-3) and --parent-views.")
                            .arg(ContactPlaces::tokens().join(QStringLiteral(", "))));
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    draft.reviewedAt = at.value().value_or(now);
    draft.place = place.value();
    draft.durationMinutes = *duration.value();
    draft.asqSe2Uuid = textOption(c.parser, "asqse");
    draft.eyfsUuid = textOption(c.parser, "eyfs");
    draft.wellCommUuid = textOption(c.parser, "wellcomm");
    draft.summary = textOption(c.parser, "summary");
    draft.settingPractitioner = textOption(c.parser, "setting-practitioner");
    draft.peoplePresent = textOption(c.parser, "people");
    draft.actions = actions.value();

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    for (FollowUpAction& a : draft.actions) {
        // As in visit log: an owner written as a user name of this store is linked to that user.
        if (auto owner = userByName(s, a.ownerName, QStringLiteral("--action")); owner.ok()) {
            a.ownerUserUuid = owner.value().uuid;
            a.ownerName = owner.value().displayName;
        }
    }
    auto done = ReviewService(s).complete(draft);
    if (!done.ok())
        return c.out.failure(done.error());
    const IntegratedReview& review = done.value();
    auto child = FamilyRecordService(s).child(review.childUuid);
    const QString name = child.ok() ? child.value().givenName + QLatin1Char(' ') + child.value().familyName : review.childUuid;

    QStringList lines{tr("Completed the integrated review for %1 on %2: review %3.").arg(name, showDayTime(review.reviewedAt), review.uuid)};
    QJsonValue completed;
    if (auto schedule = ScheduleService(s).forChild(review.childUuid); schedule.ok()) {
        for (const domain::ScheduledContact& sc : schedule.value().contacts) {
            if (!review.contactUuid.isEmpty() && sc.contactUuid == review.contactUuid) {
                completed = scheduledJson(sc);
                lines << tr("Completed for %1: %2").arg(name, scheduledLine(sc));
            } else if (sc.contact == domain::MandatedContact::TwoYear) {
                lines << tr("Not counted on %1's schedule: %2").arg(name, scheduledLine(sc));
            }
        }
    }
    lines << QString() << reviewText(review, linkedAssessments(s, review));
    return c.out.success({{QStringLiteral("review"), reviewJson(review)}, {QStringLiteral("completed"), completed}}, lines.join(QLatin1Char('\n')));
}

int runList(CliContext& c)
{
    const QString childUuid = textOption(c.parser, "child");
    if (childUuid.isEmpty())
        return usageFor(c, QStringLiteral("review list"), tr("Give the child: --child CHILD_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto child = FamilyRecordService(s).child(childUuid);
    if (!child.ok())
        return c.out.failure(child.error());
    auto reviews = ReviewService(s).forChild(childUuid);
    if (!reviews.ok())
        return c.out.failure(reviews.error());
    QJsonArray json;
    QStringList text{tr("Integrated reviews of %1 %2, newest first: %3")
                         .arg(child.value().givenName, child.value().familyName)
                         .arg(reviews.value().size())};
    for (const IntegratedReview& r : reviews.value()) {
        json.append(reviewJson(r));
        text << QString() << reviewText(r, linkedAssessments(s, r));
    }
    return c.out.success({{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("reviews"), json}}, text.join(QLatin1Char('\n')));
}

} // namespace

QList<CommandSpec> reviewCommands()
{
    const QCommandLineOption child = opt(QStringLiteral("child"), tr("The child."), tr("uuid"));
    CommandSpec integrated{
        QStringLiteral("review integrated"),
        tr("Complete the integrated review at 2-2½ (and so the child's 2-2½ year contact)."),
        {child,
         opt(QStringLiteral("at"), tr("When, \"YYYY-MM-DD HH:MM\" (default now); not in the future."), tr("when")),
         opt(QStringLiteral("place"), tr("One of: %1.").arg(ContactPlaces::tokens().join(QStringLiteral(", "))), tr("place")),
         opt(QStringLiteral("duration"), tr("Minutes (1-480)."), tr("minutes")),
         opt(QStringLiteral("asq3"), tr("The health visitor's ASQ-3 (required; at most 3 months before the review)."), tr("uuid")),
         QCommandLineOption({QStringLiteral("asqse"), QStringLiteral("asqse2")}, tr("The ASQ:SE-2, if one was used."), tr("uuid")),
         opt(QStringLiteral("eyfs"), tr("The setting's EYFS progress check (the parent must have agreed to share it)."), tr("uuid")),
         opt(QStringLiteral("wellcomm"), tr("The WellComm screening."), tr("uuid")),
         opt(QStringLiteral("parent-views"), tr("The parent's views (required)."), tr("text")),
         opt(QStringLiteral("summary"), tr("The shared picture agreed with the parent."), tr("text")),
         opt(QStringLiteral("setting-practitioner"), tr("The setting's practitioner, if they took part."), tr("name")),
         opt(QStringLiteral("people"), tr("Who was present."), tr("text")),
         opt(QStringLiteral("action"), tr("An agreed action, \"DESCRIPTION;YYYY-MM-DD;OWNER\" (repeat for several)."), tr("action"))},
        true,
        runIntegrated,
        QString(),
        0};
    return {integrated,
            {QStringLiteral("review list"), tr("List a child's integrated reviews, newest first."), {child}, true, runList, QString(), 0}};
}

} // namespace tandem::cli
