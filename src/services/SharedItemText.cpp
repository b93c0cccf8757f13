#include "SharedItemText.h"

#include "tandem/core/Assessment.h"
#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"
#include "tandem/core/Sharing.h"

#include <QCoreApplication>

namespace tandem::SharedItemText {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::SharedItemText", text); }

// "Label: value" lines; empty values are shown as such so nothing sent is hidden.
class Lines {
public:
    void add(const QString& label, const QString& value)
    {
        m_lines << tr("%1: %2").arg(label, value.isEmpty() ? tr("(none)") : value);
    }
    void add(const QString& label, const std::optional<QDate>& date) { add(label, date ? date->toString(Qt::ISODate) : QString()); }
    void raw(const QString& line) { m_lines << line; }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QStringList m_lines;
};

QString yesNo(bool b) { return b ? tr("Yes") : tr("No"); }
QString number(const std::optional<double>& d) { return d ? QString::number(*d) : QString(); }

QString kindName(const QString& token)
{
    const auto kind = AssessmentKinds::fromToken(token);
    return kind ? AssessmentKinds::displayName(*kind) : token;
}

QString zoneName(const QString& token)
{
    const auto zone = Zones::fromToken(token);
    return zone ? Zones::displayName(*zone) : token;
}

QString categoryNames(const QList<ShareCategory>& categories)
{
    QStringList names;
    for (ShareCategory c : categories)
        names << ShareCategories::displayName(c);
    return names.join(QStringLiteral(", "));
}

// Shared under a safeguarding decision and not under any consent still in force.
bool onlySafeguarding(const sharing::SharedChild& child, ShareCategory category)
{
    bool byConsent = false;
    bool bySafeguarding = false;
    for (const sharing::SharedConsent& c : child.consents) {
        if (c.withdrawn || !c.categories.contains(category))
            continue;
        (c.safeguarding ? bySafeguarding : byConsent) = true;
    }
    return bySafeguarding && !byConsent;
}

store::SharedItem item(const sharing::SharedChild& child, ShareCategory category, const QString& kind, const QString& remoteId,
                       const std::optional<QDate>& on, const QString& title, const QString& detail)
{
    store::SharedItem i;
    i.category = ShareCategories::token(category);
    i.kind = kind;
    i.remoteId = remoteId;
    i.occurredOn = on;
    i.title = title;
    i.detail = detail;
    i.safeguarding = onlySafeguarding(child, category);
    return i;
}

} // namespace

QString contactDetail(const sharing::SharedContact& c)
{
    Lines l;
    l.add(tr("Date and time"), c.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    l.add(tr("Type"), ContactTypes::displayName(c.type));
    l.add(tr("Place"), ContactPlaces::displayName(c.place));
    l.add(tr("Duration (minutes)"), QString::number(c.durationMinutes));
    l.add(tr("Practitioner"), c.practitionerName);
    l.add(tr("Outcome"), c.outcome);
    return l.text();
}

QString assessmentDetail(const sharing::SharedAssessment& a)
{
    Lines l;
    l.add(tr("Assessment"), kindName(a.kind));
    l.add(tr("Date"), std::optional<QDate>(a.assessedOn));
    l.add(tr("Practitioner"), a.practitionerName);
    if (a.kind == QLatin1String("asq3") || a.kind == QLatin1String("asqse2"))
        l.add(tr("Questionnaire interval (months)"), QString::number(a.intervalMonths));
    if (a.kind == QLatin1String("wellcomm"))
        l.add(tr("Age section"), QString::number(a.ageSection));
    if (a.kind == QLatin1String("eyfs")) {
        l.add(tr("Setting"), a.setting);
        l.add(tr("Completed by"), a.completedByName);
    }
    l.add(tr("Outcome"), a.outcome);
    l.add(tr("Needs follow-up"), yesNo(a.needsFollowUp));
    l.add(tr("Parent's concerns"), a.parentConcerns);
    l.add(tr("Follow-up plan"), a.followUpPlan);
    l.add(tr("Definition version"), a.definitionVersion);
    for (const sharing::SharedResultPart& p : a.parts) {
        QStringList bits;
        if (p.score)
            bits << tr("score %1").arg(number(p.score));
        if (!p.zone.isEmpty())
            bits << zoneName(p.zone);
        if (!p.result.isEmpty())
            bits << (a.kind == QLatin1String("wellcomm") ? WellCommResults::displayName(p.result) : p.result);
        if (p.cutoff)
            bits << tr("cutoff %1").arg(number(p.cutoff));
        if (p.monitoring)
            bits << tr("monitoring from %1").arg(number(p.monitoring));
        if (!p.note.isEmpty())
            bits << tr("note: %1").arg(p.note);
        l.add(p.part, bits.join(QStringLiteral("; ")));
    }
    return l.text();
}

QString reviewDetail(const sharing::SharedReview& r)
{
    Lines l;
    l.add(tr("Date"), std::optional<QDate>(r.reviewedOn));
    l.add(tr("Practitioner"), r.practitionerName);
    l.add(tr("Summary"), r.summary);
    l.add(tr("Parent's views"), r.parentViews);
    l.add(tr("Linked assessments"), r.assessmentIds.join(QStringLiteral(", ")));
    return l.text();
}

QString planDetail(const sharing::SharedPlan& p)
{
    Lines l;
    l.add(tr("Service level"), p.serviceLevel.isEmpty() ? QString() : ServiceLevels::displayName(p.serviceLevel));
    l.add(tr("Reason"), p.serviceLevelReason);
    l.add(tr("From"), p.serviceLevelFrom);
    for (const sharing::SharedAction& a : p.actions) {
        QStringList bits{a.description};
        bits << tr("due %1").arg(a.dueOn ? a.dueOn->toString(Qt::ISODate) : tr("(none)"));
        bits << tr("owner %1").arg(a.ownerName.isEmpty() ? tr("(none)") : a.ownerName);
        bits << (a.doneOn ? tr("done %1").arg(a.doneOn->toString(Qt::ISODate)) : tr("not done"));
        l.add(tr("Action"), bits.join(QStringLiteral("; ")));
    }
    return l.text();
}

QString consentDetail(const sharing::SharedConsent& c)
{
    Lines l;
    l.add(tr("Basis"), c.safeguarding ? tr("Safeguarding: shared without consent because a child is at risk of harm")
                                      : tr("Consent"));
    l.add(tr("Categories"), categoryNames(c.categories));
    l.add(c.safeguarding ? tr("Reason") : tr("Purpose"), c.purpose);
    if (!c.safeguarding)
        l.add(tr("How consent was given"), c.method.isEmpty() ? QString() : ConsentMethods::displayName(c.method));
    l.add(c.safeguarding ? tr("Authorised by") : tr("Given by"), c.givenByName);
    l.add(c.safeguarding ? tr("Decided on") : tr("Given on"), std::optional<QDate>(c.givenOn));
    l.add(c.safeguarding ? tr("Share until") : tr("Review or expiry date"), c.reviewOn);
    if (c.withdrawn || c.withdrawnOn) {
        l.add(tr("Withdrawn on"), c.withdrawnOn);
        l.add(tr("Reason for withdrawal"), c.withdrawalReason);
    }
    return l.text();
}

QList<store::SharedItem> itemsFor(const sharing::SharedChild& child)
{
    QList<store::SharedItem> out;
    for (const sharing::SharedContact& c : child.contacts)
        out << item(child, ShareCategory::HealthVisitingContacts, QStringLiteral("contact"), c.id, c.occurredAt.date(),
                    tr("%1 (%2)").arg(ContactTypes::displayName(c.type), ContactPlaces::displayName(c.place)), contactDetail(c));
    for (const sharing::SharedAssessment& a : child.assessments)
        out << item(child, ShareCategory::Assessments, QStringLiteral("assessment"), a.id, a.assessedOn,
                    a.outcome.isEmpty() ? kindName(a.kind) : tr("%1: %2").arg(kindName(a.kind), a.outcome), assessmentDetail(a));
    for (const sharing::SharedReview& r : child.reviews)
        out << item(child, ShareCategory::Assessments, QStringLiteral("review"), r.id, r.reviewedOn,
                    tr("Integrated review at 2 to 2½ years"), reviewDetail(r));
    for (const sharing::SharedAssessment& e : child.eyfsChecks)
        out << item(child, ShareCategory::EyfsCheck, QStringLiteral("eyfs"), e.id, e.assessedOn,
                    e.outcome.isEmpty() ? kindName(e.kind) : tr("%1: %2").arg(kindName(e.kind), e.outcome), assessmentDetail(e));
    if (child.plan) {
        const QString level = child.plan->serviceLevel.isEmpty() ? QString() : ServiceLevels::displayName(child.plan->serviceLevel);
        out << item(child, ShareCategory::SupportPlan, QStringLiteral("plan"), QStringLiteral("plan"), child.plan->serviceLevelFrom,
                    level.isEmpty() ? tr("Family support plan") : tr("Family support plan: %1").arg(level), planDetail(*child.plan));
    }
    for (const sharing::SharedConsent& c : child.consents) {
        store::SharedItem i;
        i.category = QStringLiteral("consent");
        i.kind = QStringLiteral("consent");
        i.remoteId = c.id;
        i.occurredOn = c.givenOn;
        i.title = c.safeguarding ? tr("Shared without consent (safeguarding)")
                                 : (c.withdrawn ? tr("Consent to share (withdrawn)") : tr("Consent to share"));
        i.detail = consentDetail(c);
        i.safeguarding = c.safeguarding;
        out << i;
    }
    return out;
}

bool sharedWithoutConsent(const sharing::SharedChild& child)
{
    for (ShareCategory c : child.categories)
        if (onlySafeguarding(child, c))
            return true;
    return false;
}

} // namespace tandem::SharedItemText
