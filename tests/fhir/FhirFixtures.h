#pragma once

// Synthetic SharedChild records covering every sharing category, a withdrawal notice, a
// safeguarding share and empty optionals, for the FHIR writer and reader tests and the sample
// bundle that the schema check validates. Made-up people; NHS numbers from syntheticNhs().

#include "FamilyFixtures.h"

#include "tandem/domain/Upn.h"
#include "tandem/sharing/SharedRecord.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tandem::test::fhir {

using namespace tandem::sharing;

// Lower-case uuids as the store writes them; distinct for each n.
inline QString uuid(int n) { return QStringLiteral("7a6e1c40-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }

// A unique pupil number with a correct check letter.
inline QString syntheticUpn()
{
    const QString rest = QStringLiteral("823200112001");
    return QString(*domain::Upn::checkLetter(rest)) + rest;
}

inline SharedBundleInfo bundleInfo()
{
    SharedBundleInfo info;
    info.bundleUuid = uuid(1);
    info.senderCode = QStringLiteral("RX1HV");
    info.senderName = QStringLiteral("Northgate Health Visiting");
    info.recipientCode = QStringLiteral("CC042");
    info.createdAt = QDateTime(QDate(2026, 1, 5), QTime(10, 15, 30, 123), Qt::UTC);
    return info;
}

inline SharedResultPart part(const QString& key, std::optional<double> score, const QString& zone, std::optional<double> cutoff = {},
                             std::optional<double> monitoring = {}, const QString& result = {}, const QString& note = {})
{
    SharedResultPart p;
    p.part = key;
    p.score = score;
    p.zone = zone;
    p.cutoff = cutoff;
    p.monitoring = monitoring;
    p.result = result;
    p.note = note;
    return p;
}

inline SharedConsent writtenConsent(int id, const QList<ShareCategory>& categories)
{
    SharedConsent c;
    c.id = uuid(id);
    c.categories = categories;
    c.purpose = QStringLiteral("Joined-up support from the children's centre");
    c.method = QStringLiteral("written");
    c.givenByName = QStringLiteral("Bethan Okafor");
    c.givenOn = QDate(2025, 9, 1);
    c.reviewOn = QDate(2026, 9, 1);
    return c;
}

// Every category, every field filled.
inline SharedChild fullChild()
{
    SharedChild c;
    c.id = uuid(100);
    c.nhsNumber = syntheticNhs(1);
    c.givenName = QStringLiteral("Ada Grace");
    c.familyName = QStringLiteral("Okafor");
    c.dateOfBirth = QDate(2023, 11, 20);
    c.lastUpdated = QDateTime(QDate(2025, 12, 30), QTime(16, 45, 1, 250), Qt::UTC);
    c.categories = ShareCategories::all();

    SharedIdentity id;
    id.preferredName = QStringLiteral("Addie");
    id.sex = QStringLiteral("female");
    id.upn = syntheticUpn();
    id.gpPractice = QStringLiteral("Riverside Medical Practice");
    id.address = Address{QStringLiteral("12 Foundry Close"), QStringLiteral("Flat 2"), QStringLiteral("Northgate"), QStringLiteral("NG7 2QP")};
    id.mainLanguage = QStringLiteral("Yoruba");
    id.interpreterNeeded = true;
    SharedAdult mum{uuid(101), QStringLiteral("Bethan"), QStringLiteral("Okafor"), QStringLiteral("mother"), true,
                    QStringLiteral("07700 900123"), QStringLiteral("bethan@example.org")};
    SharedAdult nan{uuid(102), QStringLiteral("Grace"), QStringLiteral("Adeyemi"), QStringLiteral("foster-carer"), false, {}, {}};
    id.adults = {mum, nan};
    c.identity = id;

    c.birth = SharedBirth{34, QDate(2023, 12, 25)};

    SharedContact visit;
    visit.id = uuid(110);
    visit.occurredAt = QDateTime(QDate(2025, 7, 14), QTime(10, 30));
    visit.type = QStringLiteral("twelve-month");
    visit.place = QStringLiteral("home");
    visit.durationMinutes = 45;
    visit.practitionerName = QStringLiteral("Amara Hughes");
    visit.outcome = QStringLiteral("Review completed; ASQ-3 given.");
    SharedContact missed;
    missed.id = uuid(111);
    missed.occurredAt = QDateTime(QDate(2025, 12, 2), QTime(14, 5, 7, 30));
    missed.type = QStringLiteral("not-brought");
    missed.place = QStringLiteral("clinic");
    c.contacts = {visit, missed};

    SharedAssessment asq;
    asq.id = uuid(120);
    asq.kind = QStringLiteral("asq3");
    asq.assessedOn = QDate(2025, 7, 14);
    asq.practitionerName = QStringLiteral("Amara Hughes");
    asq.intervalMonths = 12;
    asq.outcome = QStringLiteral("Below cutoff: Communication. Monitoring: Fine Motor.");
    asq.needsFollowUp = true;
    asq.parentConcerns = QStringLiteral("Not many words yet.");
    asq.followUpPlan = QStringLiteral("Rescreen in 2 months.");
    asq.definitionVersion = QStringLiteral("asq3 2026.1");
    asq.parts = {part(QStringLiteral("communication"), 15, QStringLiteral("refer"), 15.64, 29.58),
                 part(QStringLiteral("gross-motor"), 60, QStringLiteral("on-schedule"), 21.49, 36.7),
                 part(QStringLiteral("fine-motor"), 33.33, QStringLiteral("monitoring"), 34.5, 44.21),
                 part(QStringLiteral("problem-solving"), 45, QStringLiteral("on-schedule"), 27.32, 39.99),
                 part(QStringLiteral("personal-social"), {}, QStringLiteral("not-scored"), 21.73, 35.5, {},
                      QStringLiteral("Three items left blank."))};
    SharedAssessment se;
    se.id = uuid(121);
    se.kind = QStringLiteral("asqse2");
    se.assessedOn = QDate(2025, 7, 14);
    se.practitionerName = QStringLiteral("Amara Hughes");
    se.intervalMonths = 12;
    se.outcome = QStringLiteral("Below the monitoring zone.");
    se.definitionVersion = QStringLiteral("asqse2 2026.1");
    se.parts = {part(QStringLiteral("total"), 25, QStringLiteral("on-schedule"), 48, 38)};
    SharedAssessment well;
    well.id = uuid(122);
    well.kind = QStringLiteral("wellcomm");
    well.assessedOn = QDate(2025, 11, 3);
    well.practitionerName = QStringLiteral("Priya Shah");
    well.ageSection = 4;
    well.outcome = QStringLiteral("Section 4: red.");
    well.needsFollowUp = true;
    well.definitionVersion = QStringLiteral("wellcomm 2026.1");
    well.parts = {part(QStringLiteral("section-4"), {}, {}, {}, {}, QStringLiteral("red")),
                  part(QStringLiteral("section-3"), {}, {}, {}, {}, QStringLiteral("green"))};
    c.assessments = {asq, se, well};

    SharedAssessment eyfs;
    eyfs.id = uuid(123);
    eyfs.kind = QStringLiteral("eyfs");
    eyfs.assessedOn = QDate(2025, 12, 1);
    eyfs.practitionerName = QStringLiteral("Priya Shah");
    eyfs.setting = QStringLiteral("Little Acorns Nursery");
    eyfs.completedByName = QStringLiteral("Jo Turner");
    eyfs.outcome = QStringLiteral("Possible delay: Communication and Language.");
    eyfs.needsFollowUp = true;
    eyfs.parentConcerns = QStringLiteral("Happy with progress.");
    eyfs.followUpPlan = QStringLiteral("Small-group talk sessions.");
    eyfs.definitionVersion = QStringLiteral("eyfs 2026.1");
    eyfs.parts = {part(QStringLiteral("communication-language"), {}, {}, {}, {}, QStringLiteral("possible-delay"),
                       QStringLiteral("Uses about 20 words.")),
                  part(QStringLiteral("physical"), {}, {}, {}, {}, QStringLiteral("on-track"), QStringLiteral("Climbs well.")),
                  part(QStringLiteral("personal-social-emotional"), {}, {}, {}, {}, QStringLiteral("on-track"),
                       QStringLiteral("Settles quickly."))};
    c.eyfsChecks = {eyfs};

    SharedReview review;
    review.id = uuid(124);
    review.reviewedOn = QDate(2025, 12, 8);
    review.practitionerName = QStringLiteral("Amara Hughes");
    review.summary = QStringLiteral("Speech support agreed with the setting.");
    review.parentViews = QStringLiteral("Would like ideas for home.");
    review.assessmentIds = {uuid(120), uuid(123)};
    c.reviews = {review};

    SharedPlan plan;
    plan.serviceLevel = QStringLiteral("universal-plus");
    plan.serviceLevelReason = QStringLiteral("Speech and language support.");
    plan.serviceLevelFrom = QDate(2025, 7, 20);
    plan.actions = {SharedAction{uuid(130), QStringLiteral("Refer to speech and language therapy"), QDate(2025, 8, 1),
                                 QStringLiteral("Amara (HV)"), QDate(2025, 7, 28)},
                    SharedAction{uuid(131), QStringLiteral("Attend Chatterbox group"), QDate(2026, 2, 1), QStringLiteral("Mum"), {}},
                    SharedAction{uuid(132), QStringLiteral("Share book-start pack"), {}, {}, {}}};
    c.plan = plan;

    c.consents = {writtenConsent(140, ShareCategories::all())};
    return c;
}

// Unborn, no NHS number, every optional empty: only what must be there.
inline SharedChild sparseChild()
{
    SharedChild c;
    c.id = uuid(200);
    c.givenName = QStringLiteral("Baby");
    c.familyName = QStringLiteral("Kowalski");
    c.categories = {ShareCategory::Identity, ShareCategory::Birth, ShareCategory::SupportPlan};
    c.identity = SharedIdentity{};
    c.identity->adults = {SharedAdult{uuid(201), {}, {}, {}, false, {}, {}}};
    c.birth = SharedBirth{{}, QDate(2026, 3, 9)};
    c.plan = SharedPlan{};
    SharedConsent consent;
    consent.id = uuid(240);
    consent.categories = c.categories;
    consent.givenOn = QDate(2025, 12, 15);
    c.consents = {consent};
    return c;
}

// Shared without consent: a team lead's safeguarding decision.
inline SharedChild safeguardingChild()
{
    SharedChild c;
    c.id = uuid(300);
    c.nhsNumber = syntheticNhs(3);
    c.givenName = QStringLiteral("Leo");
    c.familyName = QStringLiteral("Marsh");
    c.dateOfBirth = QDate(2024, 10, 2);
    c.lastUpdated = QDateTime(QDate(2026, 1, 4), QTime(9, 0), Qt::UTC);
    c.categories = {ShareCategory::HealthVisitingContacts};
    SharedContact contact;
    contact.id = uuid(310);
    contact.occurredAt = QDateTime(QDate(2025, 3, 30), QTime(2, 0));
    contact.type = QStringLiteral("phone-video");
    contact.place = QStringLiteral("virtual");
    contact.durationMinutes = 20;
    contact.practitionerName = QStringLiteral("Amara Hughes");
    c.contacts = {contact};
    SharedConsent decision;
    decision.id = uuid(340);
    decision.safeguarding = true;
    decision.categories = c.categories;
    decision.purpose = QStringLiteral("Child at risk of harm: joint visit planned.");
    decision.givenByName = QStringLiteral("Sam Patel (team lead)");
    decision.givenOn = QDate(2026, 1, 3);
    decision.reviewOn = QDate(2026, 4, 3);
    c.consents = {decision};
    return c;
}

// Consent withdrawn since the last bundle: the partner must remove its copy.
inline SharedChild withdrawalChild()
{
    SharedChild c;
    c.id = uuid(400);
    c.nhsNumber = syntheticNhs(4);
    c.givenName = QStringLiteral("Maya");
    c.familyName = QStringLiteral("Lindqvist");
    c.dateOfBirth = QDate(2022, 5, 17);
    c.lastUpdated = QDateTime(QDate(2026, 1, 2), QTime(11, 30), Qt::UTC);
    c.categories = {ShareCategory::Identity, ShareCategory::Assessments};
    c.withdrawalNotice = true;
    SharedConsent consent = writtenConsent(440, c.categories);
    consent.method = QStringLiteral("verbal");
    consent.withdrawn = true;
    consent.withdrawnOn = QDate(2026, 1, 2);
    consent.withdrawalReason = QStringLiteral("Family moved out of the area.");
    c.consents = {consent};
    return c;
}

inline QList<SharedChild> allChildren() { return {fullChild(), sparseChild(), safeguardingChild(), withdrawalChild()}; }

// Every field of a SharedChild as text, so a round trip compares whole records and a failure
// shows the difference.
inline QString describe(const SharedChild& c)
{
    QStringList out;
    auto add = [&](const QString& key, const QString& value) { out << key + QStringLiteral("=") + value; };
    auto date = [](const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QStringLiteral("none"); };
    auto dateTime = [](const QDateTime& d) {
        return d.isValid() ? d.toString(Qt::ISODateWithMs) + QStringLiteral(" spec%1").arg(int(d.timeSpec())) : QStringLiteral("invalid");
    };
    auto number = [](const std::optional<double>& d) { return d ? QString::number(*d, 'g', 17) : QStringLiteral("none"); };
    auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    add(QStringLiteral("id"), c.id);
    add(QStringLiteral("nhs"), c.nhsNumber);
    add(QStringLiteral("given"), c.givenName);
    add(QStringLiteral("family"), c.familyName);
    add(QStringLiteral("dob"), date(c.dateOfBirth));
    add(QStringLiteral("lastUpdated"), dateTime(c.lastUpdated));
    QStringList categories;
    for (ShareCategory category : c.categories)
        categories << ShareCategories::token(category);
    add(QStringLiteral("categories"), categories.join(u','));
    add(QStringLiteral("withdrawalNotice"), flag(c.withdrawalNotice));
    if (c.identity) {
        const SharedIdentity& i = *c.identity;
        add(QStringLiteral("identity"), QStringList{i.preferredName, i.sex, i.upn, i.gpPractice, i.address.line1, i.address.line2,
                                                    i.address.town, i.address.postcode, i.mainLanguage, flag(i.interpreterNeeded)}
                                            .join(u'|'));
        for (const SharedAdult& a : i.adults)
            add(QStringLiteral("adult"), QStringList{a.id, a.givenName, a.familyName, a.relationship, flag(a.parentalResponsibility),
                                                     a.phone, a.email}
                                             .join(u'|'));
    } else {
        add(QStringLiteral("identity"), QStringLiteral("none"));
    }
    add(QStringLiteral("birth"), c.birth ? QStringLiteral("%1|%2").arg(c.birth->gestationWeeks ? QString::number(*c.birth->gestationWeeks)
                                                                                                 : QStringLiteral("none"),
                                                                       date(c.birth->expectedDeliveryDate))
                                         : QStringLiteral("none"));
    for (const SharedContact& x : c.contacts)
        add(QStringLiteral("contact"), QStringList{x.id, dateTime(x.occurredAt), x.type, x.place, QString::number(x.durationMinutes),
                                                   x.practitionerName, x.outcome}
                                           .join(u'|'));
    auto results = [&](const QString& key, const QList<SharedAssessment>& list) {
        for (const SharedAssessment& a : list) {
            add(key, QStringList{a.id, a.kind, date(a.assessedOn), a.practitionerName, QString::number(a.intervalMonths),
                                 QString::number(a.ageSection), a.setting, a.completedByName, a.outcome, flag(a.needsFollowUp),
                                 a.parentConcerns, a.followUpPlan, a.definitionVersion}
                         .join(u'|'));
            for (const SharedResultPart& p : a.parts)
                add(key + QStringLiteral(".part"), QStringList{p.part, number(p.score), p.zone, p.result, number(p.cutoff),
                                                               number(p.monitoring), p.note}
                                                       .join(u'|'));
        }
    };
    results(QStringLiteral("assessment"), c.assessments);
    results(QStringLiteral("eyfs"), c.eyfsChecks);
    for (const SharedReview& r : c.reviews)
        add(QStringLiteral("review"), QStringList{r.id, date(r.reviewedOn), r.practitionerName, r.summary, r.parentViews,
                                                  r.assessmentIds.join(u',')}
                                          .join(u'|'));
    if (c.plan) {
        add(QStringLiteral("plan"), QStringList{c.plan->serviceLevel, c.plan->serviceLevelReason, date(c.plan->serviceLevelFrom)}.join(u'|'));
        for (const SharedAction& a : c.plan->actions)
            add(QStringLiteral("action"), QStringList{a.id, a.description, date(a.dueOn), a.ownerName, date(a.doneOn)}.join(u'|'));
    } else {
        add(QStringLiteral("plan"), QStringLiteral("none"));
    }
    for (const SharedConsent& x : c.consents) {
        QStringList categories;
        for (ShareCategory category : x.categories)
            categories << ShareCategories::token(category);
        add(QStringLiteral("consent"), QStringList{x.id, flag(x.safeguarding), flag(x.withdrawn), categories.join(u','), x.purpose, x.method,
                                                   x.givenByName, date(x.givenOn), date(x.reviewOn), date(x.withdrawnOn),
                                                   x.withdrawalReason}
                                           .join(u'|'));
    }
    return out.join(u'\n');
}

} // namespace tandem::test::fhir
