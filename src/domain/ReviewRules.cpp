#include "tandem/domain/ReviewRules.h"

#include "tandem/domain/ChildAge.h"
#include "tandem/domain/ContactRules.h"

#include <QCoreApplication>

namespace tandem::domain::ReviewRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::ReviewRules", text); }

constexpr int kMaxSettingPractitioner = 200;
constexpr int kMaxMonthsBefore = 3; // an assessment older than this no longer describes the child

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString showDate(const QDate& date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }
QString showDateTime(const QDateTime& at) { return at.toString(QStringLiteral("dd/MM/yyyy HH:mm")); }

// One-line text: whitespace collapsed, stored only when it fits. Returns the collapsed length.
qsizetype collapse(QString& text, int max)
{
    const QString simplified = text.simplified();
    const qsizetype n = length(simplified);
    if (n <= max)
        text = simplified;
    return n;
}

// Longer text keeps its lines; only the ends are trimmed. Returns the trimmed length.
qsizetype trim(QString& text, int max)
{
    const QString trimmed = text.trimmed();
    const qsizetype n = length(trimmed);
    if (n <= max)
        text = trimmed;
    return n;
}

// Returns the review day when the date is usable for the checks that depend on it.
std::optional<QDate> checkWhen(FieldIssues& issues, const QDateTime& at, const Child& child, const QDateTime& now)
{
    const QString field = QStringLiteral("review.reviewedAt");
    if (!at.isValid()) {
        add(issues, field, tr("Enter the date and time of the review."));
        return std::nullopt;
    }
    if (at > now) {
        add(issues, field, tr("The review is dated %1, which is in the future: complete the review once it has "
                              "happened.")
                               .arg(showDateTime(at)));
        return std::nullopt;
    }
    const QDate day = at.date();
    if (!child.dateOfBirth) {
        add(issues, field, tr("%1 is not born yet: the integrated review is for children aged %2 to %3 months.")
                               .arg(child.givenName)
                               .arg(kFromMonths)
                               .arg(kToMonths));
        return day;
    }
    const std::optional<AgeSpan> age = ChildAge::on(*child.dateOfBirth, day);
    if (!age)
        add(issues, field, tr("The review is dated %1, before %2 was born on %3: check the date.")
                               .arg(showDate(day), child.givenName, showDate(*child.dateOfBirth)));
    else if (age->months < kFromMonths || age->months > kToMonths)
        add(issues, field, tr("The integrated review is for children aged %1 to %2 months; %3 was %4 on %5.")
                               .arg(kFromMonths)
                               .arg(kToMonths)
                               .arg(child.givenName, ChildAge::describe(*age), showDate(day)));
    return day;
}

const Assessment* findLinked(const QList<Assessment>& linked, const QString& uuid)
{
    for (const Assessment& a : linked)
        if (a.uuid == uuid)
            return &a;
    return nullptr;
}

// One linked assessment: on this child's record, of the right kind, for this child, and from the
// three months up to the review day.
void checkLink(FieldIssues& issues, const QString& field, const QString& uuid, AssessmentKind kind,
               const QList<Assessment>& linked, const Child& child, std::optional<QDate> reviewDay)
{
    if (uuid.isEmpty())
        return;
    const QString name = AssessmentKinds::displayName(kind);
    const Assessment* a = findLinked(linked, uuid);
    if (!a) {
        add(issues, field, tr("That %1 is not on this child's record.").arg(name));
        return;
    }
    if (a->kind != kind) {
        add(issues, field, tr("Choose an assessment of type %1 here; that one is of type %2.")
                               .arg(name, AssessmentKinds::displayName(a->kind)));
        return;
    }
    if (a->childUuid != child.uuid) {
        add(issues, field, tr("That %1 is another child's: choose one of %2's.").arg(name, child.givenName));
        return;
    }
    if (reviewDay && a->assessedOn.isValid()) {
        if (a->assessedOn > *reviewDay)
            add(issues, field, tr("That %1 is from %2, after the review on %3: choose one done on or before the "
                                  "review day.")
                                   .arg(name, showDate(a->assessedOn), showDate(*reviewDay)));
        else if (a->assessedOn < reviewDay->addMonths(-kMaxMonthsBefore))
            add(issues, field, tr("That %1 is from %2, more than %3 months before the review: choose a more recent "
                                  "one.")
                                   .arg(name, showDate(a->assessedOn))
                                   .arg(kMaxMonthsBefore));
    }
    // Withheld means this reader may not see it; either way it was not shared with health visiting.
    if (kind == AssessmentKind::Eyfs && (!a->parentAgreedToShare || a->withheld))
        add(issues, field, tr("The parent has not agreed to share this progress check with the health visitor."));
}

void checkActions(FieldIssues& issues, QList<FollowUpAction>& actions, std::optional<QDate> reviewDay)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        FollowUpAction& a = actions[i];
        const QString key = QStringLiteral("actions[%1].").arg(i);
        const qsizetype number = i + 1; // people count from 1
        if (const qsizetype n = collapse(a.description, ContactRules::kMaxActionText); n == 0)
            add(issues, key + QStringLiteral("description"), tr("Describe action %1, or remove it.").arg(number));
        else if (n > ContactRules::kMaxActionText)
            add(issues, key + QStringLiteral("description"), tr("Shorten action %1 to %2 characters or fewer; it has %3.")
                                                                 .arg(number)
                                                                 .arg(ContactRules::kMaxActionText)
                                                                 .arg(n));
        if (!a.dueOn.isValid())
            add(issues, key + QStringLiteral("dueOn"), tr("Enter when action %1 is due.").arg(number));
        else if (reviewDay && a.dueOn < *reviewDay)
            add(issues, key + QStringLiteral("dueOn"),
                tr("Action %1 is due on %2, before the review on %3: choose a due date on or after the review.")
                    .arg(QString::number(number), showDate(a.dueOn), showDate(*reviewDay)));
        if (const qsizetype n = collapse(a.ownerName, ContactRules::kMaxOwner); n == 0)
            add(issues, key + QStringLiteral("owner"),
                tr("Enter who will do action %1, for example the health visitor, the setting or a parent.").arg(number));
        else if (n > ContactRules::kMaxOwner)
            add(issues, key + QStringLiteral("owner"), tr("Shorten who will do action %1 to %2 characters or fewer; it "
                                                          "has %3.")
                                                           .arg(number)
                                                           .arg(ContactRules::kMaxOwner)
                                                           .arg(n));
    }
}

} // namespace

FieldIssues check(IntegratedReview& review, const Child& child, const QList<Assessment>& linked, const QDateTime& now)
{
    FieldIssues issues;
    const std::optional<QDate> day = checkWhen(issues, review.reviewedAt, child, now);

    if (!ContactPlaces::tokens().contains(review.place))
        add(issues, QStringLiteral("review.place"), tr("Choose where the review took place."));
    if (review.durationMinutes < 1)
        add(issues, QStringLiteral("review.duration"), tr("Enter how many minutes the review lasted."));
    else if (review.durationMinutes > ContactRules::kMaxDurationMinutes)
        add(issues, QStringLiteral("review.duration"),
            tr("The review lasted more than 8 hours (%1 minutes); check the duration.").arg(review.durationMinutes));

    if (review.asq3Uuid.isEmpty())
        add(issues, QStringLiteral("review.asq3"),
            tr("Choose the health visitor's ASQ-3: the integrated review needs one."));
    checkLink(issues, QStringLiteral("review.asq3"), review.asq3Uuid, AssessmentKind::Asq3, linked, child, day);
    checkLink(issues, QStringLiteral("review.asqse2"), review.asqSe2Uuid, AssessmentKind::AsqSe2, linked, child, day);
    checkLink(issues, QStringLiteral("review.eyfs"), review.eyfsUuid, AssessmentKind::Eyfs, linked, child, day);
    checkLink(issues, QStringLiteral("review.wellcomm"), review.wellCommUuid, AssessmentKind::WellComm, linked, child,
              day);

    if (const qsizetype n = trim(review.parentViews, kMaxText); n == 0)
        add(issues, QStringLiteral("review.parentViews"),
            tr("Record the parent's views: the review brings them together with the assessments."));
    else if (n > kMaxText)
        add(issues, QStringLiteral("review.parentViews"),
            tr("Shorten the parent's views to %1 characters or fewer; it has %2.").arg(kMaxText).arg(n));
    if (const qsizetype n = trim(review.summary, kMaxText); n > kMaxText)
        add(issues, QStringLiteral("review.summary"),
            tr("Shorten the summary to %1 characters or fewer; it has %2.").arg(kMaxText).arg(n));
    if (const qsizetype n = collapse(review.settingPractitioner, kMaxSettingPractitioner); n > kMaxSettingPractitioner)
        add(issues, QStringLiteral("review.settingPractitioner"),
            tr("Shorten the setting's practitioner to %1 characters or fewer; it has %2.")
                .arg(kMaxSettingPractitioner)
                .arg(n));
    if (const qsizetype n = collapse(review.peoplePresent, ContactRules::kMaxPeoplePresent);
        n > ContactRules::kMaxPeoplePresent)
        add(issues, QStringLiteral("review.peoplePresent"),
            tr("Shorten who was present to %1 characters or fewer; it has %2.")
                .arg(ContactRules::kMaxPeoplePresent)
                .arg(n));

    checkActions(issues, review.actions, day);
    return issues;
}

} // namespace tandem::domain::ReviewRules
