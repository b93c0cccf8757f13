#include "tandem/sharing/FhirWriter.h"

#include "FhirCodes.h"
#include "FhirJsonText.h"

#include "tandem/core/Assessment.h"
#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"
#include "tandem/domain/RecordRules.h"

#include <QSet>

namespace tandem::sharing {
namespace {

using namespace fhir;
using L = QLatin1String;

// Small FHIR datatypes. Keys and codes Tandem defines are ASCII literals (QLatin1String).

void coding(JsonText& j, L system, const QString& code, const QString& display = {})
{
    j.item().text("system", system).text("code", code).text("display", display).end();
}

// A CodeableConcept with one coding, as the member key or as the next array item (key null).
void codeable(JsonText& j, const char* key, L system, const QString& code, const QString& display = {}, const QString& text = {})
{
    (key ? j.object(key) : j.item()).array("coding");
    coding(j, system, code, display);
    j.end().text("text", text).end();
}

void codeableList(JsonText& j, const char* key, L system, const QString& code, const QString& display = {}, const QString& text = {})
{
    j.array(key);
    codeable(j, nullptr, system, code, display, text);
    j.end();
}

void reference(JsonText& j, const char* key, const QString& id) { j.object(key).text("reference", fullUrl(id)).end(); }

void displays(JsonText& j, const char* key, const QString& display)
{
    if (!display.isEmpty())
        j.array(key).item().text("display", display).end().end();
}

void quantity(JsonText& j, const char* key, double value, const char* unit = nullptr)
{
    j.object(key).number("value", round2(value));
    if (unit)
        j.text("unit", L(unit)).text("system", kUcum).text("code", L(unit));
    j.end();
}

void stringExtension(JsonText& j, L url, const QString& value)
{
    if (!value.isEmpty())
        j.item().text("url", url).text("valueString", value).end();
}

// An optional date that is set but null counts as not set: nothing empty may be written.
bool has(const std::optional<QDate>& date) { return date && date->isValid(); }

void dateExtension(JsonText& j, L url, const std::optional<QDate>& value)
{
    if (has(value))
        j.item().text("url", url).text("valueDate", dateText(*value)).end();
}

void startResource(JsonText& j, const char* type, const QString& id)
{
    j.open().text("fullUrl", fullUrl(id)).object("resource").text("resourceType", L(type)).text("id", id);
}

// See perChildId: the copy's own id, and the record's id as an identifier.
void startChildCopy(JsonText& j, const char* type, const QString& childId, const QString& recordId)
{
    startResource(j, type, perChildId(childId, recordId));
    j.array("identifier").item().text("system", kRecordIdSystem).text("value", recordId).end().end();
}

void endResource(JsonText& j) { j.end().end(); }

void organization(JsonText& j, const QString& id, const QString& code, const QString& name)
{
    startResource(j, "Organization", id);
    j.array("identifier").item().text("system", kOdsSystem).text("value", code).end().end();
    j.text("name", name);
    endResource(j);
}

// The entries for one child. Sections outside child.categories are never written, whatever the
// caller filled in: a bundle carries only what the consent covers.
class ChildEntries {
public:
    ChildEntries(const SharedBundleInfo& info, const SharedChild& child, QByteArray& out)
        : m_info(info), m_child(child), m_out(out), m_json(out)
    {
    }

    void write()
    {
        next();
        patient();
        if (!m_child.withdrawalNotice)
            sections();
        for (const SharedConsent& consent : m_child.consents) {
            next();
            consentResource(consent);
        }
    }

private:
    bool covers(ShareCategory category) const { return m_child.categories.contains(category); }
    const SharedIdentity* identity() const
    {
        return !m_child.withdrawalNotice && covers(ShareCategory::Identity) && m_child.identity ? &*m_child.identity : nullptr;
    }
    const SharedBirth* birth() const
    {
        return !m_child.withdrawalNotice && covers(ShareCategory::Birth) && m_child.birth ? &*m_child.birth : nullptr;
    }

    void next() { m_out += ','; }

    void sections()
    {
        if (const SharedIdentity* id = identity())
            for (const SharedAdult& adult : id->adults) {
                next();
                relatedPerson(adult);
            }
        if (const SharedBirth* b = birth(); b && b->gestationWeeks) {
            next();
            gestation(*b->gestationWeeks);
        }
        if (covers(ShareCategory::HealthVisitingContacts))
            for (const SharedContact& contact : m_child.contacts) {
                next();
                encounter(contact);
            }
        QSet<QString> written;
        auto results = [&](const QList<SharedAssessment>& list) {
            for (const SharedAssessment& a : list) {
                next();
                assessment(a);
                written.insert(a.id);
            }
        };
        if (covers(ShareCategory::Assessments))
            results(m_child.assessments);
        if (covers(ShareCategory::EyfsCheck))
            results(m_child.eyfsChecks);
        if (covers(ShareCategory::Assessments))
            for (const SharedReview& r : m_child.reviews) {
                next();
                review(r, written);
            }
        if (covers(ShareCategory::SupportPlan) && m_child.plan) {
            next();
            carePlan(*m_child.plan);
        }
    }

    void subject(const char* key = "subject") { reference(m_json, key, m_child.id); }

    void patient()
    {
        JsonText& j = m_json;
        const SharedIdentity* id = identity();
        const SharedBirth* b = birth();
        startResource(j, "Patient", m_child.id);
        if (m_child.lastUpdated.isValid())
            j.object("meta").text("lastUpdated", instantText(m_child.lastUpdated)).end();

        const bool edd = b && has(b->expectedDeliveryDate);
        if (!m_child.categories.isEmpty() || m_child.withdrawalNotice || id || edd) {
            j.array("extension");
            for (ShareCategory category : m_child.categories)
                j.item().text("url", kExtSharedCategories).text("valueCode", ShareCategories::token(category)).end();
            if (m_child.withdrawalNotice)
                j.item().text("url", kExtWithdrawalNotice).boolean("valueBoolean", true).end();
            if (id)
                j.item().text("url", kInterpreterRequired).boolean("valueBoolean", id->interpreterNeeded).end();
            if (edd)
                dateExtension(j, kExtExpectedDelivery, b->expectedDeliveryDate);
            j.end();
        }

        const bool upn = id && !id->upn.isEmpty();
        if (!m_child.nhsNumber.isEmpty() || upn) {
            j.array("identifier");
            if (!m_child.nhsNumber.isEmpty())
                j.item().text("system", kNhsNumberSystem).text("value", m_child.nhsNumber).end();
            if (upn)
                j.item().text("system", kUpnSystem).text("value", id->upn).end();
            j.end();
        }

        const bool official = !m_child.givenName.isEmpty() || !m_child.familyName.isEmpty();
        const bool usual = id && !id->preferredName.isEmpty();
        if (official || usual) {
            j.array("name");
            if (official) {
                j.item().text("use", L("official")).text("family", m_child.familyName);
                if (!m_child.givenName.isEmpty())
                    j.array("given").textItem(m_child.givenName).end();
                j.end();
            }
            if (usual)
                j.item().text("use", L("usual")).array("given").textItem(id->preferredName).end().end();
            j.end();
        }

        if (id)
            j.text("gender", id->sex);
        if (has(m_child.dateOfBirth))
            j.text("birthDate", dateText(*m_child.dateOfBirth));
        if (id) {
            const Address& a = id->address;
            if (!a.line1.isEmpty() || !a.line2.isEmpty() || !a.town.isEmpty() || !a.postcode.isEmpty()) {
                j.array("address").item().text("use", L("home"));
                if (!a.line1.isEmpty() || !a.line2.isEmpty()) {
                    j.array("line");
                    for (const QString& line : {a.line1, a.line2})
                        if (!line.isEmpty())
                            j.textItem(line);
                    j.end();
                }
                j.text("city", a.town).text("postalCode", a.postcode).end().end();
            }
            if (!id->mainLanguage.isEmpty())
                j.array("communication").item().object("language").text("text", id->mainLanguage).end()
                    .boolean("preferred", true).end().end();
            displays(j, "generalPractitioner", id->gpPractice);
        }
        endResource(j);
    }

    void relatedPerson(const SharedAdult& adult)
    {
        JsonText& j = m_json;
        startChildCopy(j, "RelatedPerson", m_child.id, adult.id);
        j.array("extension").item().text("url", kExtParentalResponsibility)
            .boolean("valueBoolean", adult.parentalResponsibility).end().end();
        subject("patient");
        if (!adult.relationship.isEmpty()) {
            const QString v3 = v3Relationship(adult.relationship);
            const QString name = domain::RecordRules::relationshipDisplayName(adult.relationship);
            j.array("relationship").item().array("coding");
            if (!v3.isEmpty())
                coding(j, kV3RoleCode, v3, name);
            coding(j, kRelationshipSystem, adult.relationship, name);
            j.end().text("text", name).end().end();
        }
        if (!adult.givenName.isEmpty() || !adult.familyName.isEmpty()) {
            j.array("name").item().text("family", adult.familyName);
            if (!adult.givenName.isEmpty())
                j.array("given").textItem(adult.givenName).end();
            j.end().end();
        }
        if (!adult.phone.isEmpty() || !adult.email.isEmpty()) {
            j.array("telecom");
            if (!adult.phone.isEmpty())
                j.item().text("system", L("phone")).text("value", adult.phone).end();
            if (!adult.email.isEmpty())
                j.item().text("system", L("email")).text("value", adult.email).end();
            j.end();
        }
        endResource(j);
    }

    void gestation(int weeks)
    {
        JsonText& j = m_json;
        startResource(j, "Observation", gestationObservationId(m_child.id));
        j.text("status", L("final"));
        codeable(j, "code", kSnomed, kGestationCode, QStringLiteral("Length of gestation at birth"), QStringLiteral("Gestation at birth"));
        subject();
        quantity(j, "valueQuantity", weeks, "wk");
        endResource(j);
    }

    void encounter(const SharedContact& c)
    {
        JsonText& j = m_json;
        startChildCopy(j, "Encounter", m_child.id, c.id);
        if (!c.place.isEmpty() || !c.outcome.isEmpty()) {
            j.array("extension");
            if (!c.place.isEmpty()) {
                j.item().text("url", kExtContactPlace).object("valueCoding").text("system", kContactPlaceSystem).text("code", c.place)
                    .text("display", ContactPlaces::displayName(c.place)).end().end();
            }
            stringExtension(j, kExtContactOutcome, c.outcome);
            j.end();
        }
        // A missed attempt (not brought, no access) did not take place.
        j.text("status", ContactTypes::isMissedAttempt(c.type) ? L("cancelled") : L("finished"));
        const QString cls = encounterClass(c.place);
        j.object("class").text("system", kV3ActCode).text("code", cls).text("display", encounterClassDisplay(cls)).end();
        if (!c.type.isEmpty()) {
            const QString name = ContactTypes::displayName(c.type);
            codeableList(j, "type", kContactTypeSystem, c.type, name, name);
        }
        subject();
        if (!c.practitionerName.isEmpty())
            j.array("participant").item().object("individual").text("display", c.practitionerName).end().end().end();
        if (c.occurredAt.isValid())
            j.object("period").text("start", localDateTimeText(c.occurredAt)).end();
        if (c.durationMinutes > 0)
            quantity(j, "length", c.durationMinutes, "min");
        if (!c.place.isEmpty())
            j.array("location").item().object("location").text("display", ContactPlaces::displayName(c.place)).end().end().end();
        endResource(j);
    }

    void surveyCategory() { codeableList(m_json, "category", kObservationCategory, QStringLiteral("survey"), QStringLiteral("Survey")); }

    void component(const SharedResultPart& part, bool higherIsConcern)
    {
        JsonText& j = m_json;
        j.item();
        codeable(j, "code", kAssessmentPartSystem, part.part);
        const QString resultExtension = part.score ? part.result : QString();
        if (!resultExtension.isEmpty() || !part.note.isEmpty()) {
            j.array("extension");
            stringExtension(j, kExtPartResult, resultExtension);
            stringExtension(j, kExtPartNote, part.note);
            j.end();
        }
        if (part.score)
            j.object("valueQuantity").number("value", round2(*part.score)).end();
        else
            j.text("valueString", part.result);
        if (!part.zone.isEmpty()) {
            const auto zone = Zones::fromToken(part.zone);
            codeableList(j, "interpretation", kZoneSystem, part.zone, zone ? Zones::displayName(*zone) : QString());
        }
        if (part.cutoff || part.monitoring) {
            const char* bound = higherIsConcern ? "high" : "low";
            j.array("referenceRange");
            if (part.cutoff) {
                j.item();
                codeable(j, "type", kThresholdSystem, QStringLiteral("cutoff"));
                j.object(bound).number("value", round2(*part.cutoff)).end().end();
            }
            if (part.monitoring) {
                j.item();
                codeable(j, "type", kThresholdSystem, QStringLiteral("monitoring"));
                j.object(bound).number("value", round2(*part.monitoring)).end().end();
            }
            j.end();
        }
        j.end();
    }

    void assessment(const SharedAssessment& a)
    {
        JsonText& j = m_json;
        startResource(j, "Observation", a.id);
        if (a.ageSection > 0 || !a.definitionVersion.isEmpty() || !a.setting.isEmpty() || !a.completedByName.isEmpty()
            || !a.followUpPlan.isEmpty()) {
            j.array("extension");
            if (a.ageSection > 0)
                j.item().text("url", kExtAgeSection).integer("valueInteger", a.ageSection).end();
            stringExtension(j, kExtDefinitionVersion, a.definitionVersion);
            stringExtension(j, kExtSetting, a.setting);
            stringExtension(j, kExtCompletedBy, a.completedByName);
            stringExtension(j, kExtFollowUpPlan, a.followUpPlan);
            j.end();
        }
        j.text("status", L("final"));
        surveyCategory();
        const QString name = instrumentDisplay(a.kind, a.intervalMonths);
        codeable(j, "code", kInstrumentSystem, instrumentCode(a.kind, a.intervalMonths), name, name);
        subject();
        if (a.assessedOn.isValid())
            j.text("effectiveDateTime", dateText(a.assessedOn));
        displays(j, "performer", a.practitionerName);
        j.text("valueString", a.outcome);
        if (a.needsFollowUp)
            codeableList(j, "interpretation", kV3Interpretation, QStringLiteral("A"), QStringLiteral("Abnormal"),
                         QStringLiteral("Follow-up needed"));
        if (!a.parentConcerns.isEmpty())
            j.array("note").item().text("text", a.parentConcerns).end().end();
        if (!a.parts.isEmpty()) {
            const bool higherIsConcern = a.kind == QLatin1String("asqse2");
            j.array("component");
            for (const SharedResultPart& part : a.parts)
                component(part, higherIsConcern);
            j.end();
        }
        endResource(j);
    }

    void review(const SharedReview& r, const QSet<QString>& written)
    {
        JsonText& j = m_json;
        startResource(j, "Observation", r.id);
        if (!r.parentViews.isEmpty()) {
            j.array("extension");
            stringExtension(j, kExtParentViews, r.parentViews);
            j.end();
        }
        j.text("status", L("final"));
        surveyCategory();
        codeable(j, "code", kInstrumentSystem, kReviewCode, reviewDisplay(), reviewDisplay());
        subject();
        if (r.reviewedOn.isValid())
            j.text("effectiveDateTime", dateText(r.reviewedOn));
        displays(j, "performer", r.practitionerName);
        j.text("valueString", r.summary);
        // Only results written above: a reference must resolve inside the bundle.
        bool any = false;
        for (const QString& id : r.assessmentIds) {
            if (!written.contains(id))
                continue;
            if (!any)
                j.array("hasMember");
            any = true;
            j.item().text("reference", fullUrl(id)).end();
        }
        if (any)
            j.end();
        endResource(j);
    }

    void carePlan(const SharedPlan& plan)
    {
        JsonText& j = m_json;
        startResource(j, "CarePlan", carePlanId(m_child.id));
        j.text("status", L("active")).text("intent", L("plan"));
        if (!plan.serviceLevel.isEmpty()) {
            const QString name = ServiceLevels::displayName(plan.serviceLevel);
            codeableList(j, "category", kServiceLevelSystem, plan.serviceLevel, name, name);
        }
        j.text("description", plan.serviceLevelReason);
        subject();
        if (has(plan.serviceLevelFrom))
            j.object("period").text("start", dateText(*plan.serviceLevelFrom)).end();
        if (!plan.actions.isEmpty()) {
            j.array("activity");
            for (const SharedAction& action : plan.actions) {
                j.item().text("id", action.id).object("detail");
                const bool done = has(action.doneOn);
                if (done) {
                    j.array("extension");
                    dateExtension(j, kExtDoneOn, action.doneOn);
                    j.end();
                }
                j.text("status", done ? L("completed") : L("not-started")).text("description", action.description);
                if (has(action.dueOn))
                    j.object("scheduledPeriod").text("end", dateText(*action.dueOn)).end();
                displays(j, "performer", action.ownerName);
                j.end().end();
            }
            j.end();
        }
        endResource(j);
    }

    void consentResource(const SharedConsent& c)
    {
        JsonText& j = m_json;
        startChildCopy(j, "Consent", m_child.id, c.id);
        if (!c.purpose.isEmpty() || has(c.withdrawnOn) || !c.withdrawalReason.isEmpty()) {
            j.array("extension");
            stringExtension(j, kExtConsentPurpose, c.purpose);
            dateExtension(j, kExtWithdrawnOn, c.withdrawnOn);
            stringExtension(j, kExtWithdrawalReason, c.withdrawalReason);
            j.end();
        }
        j.text("status", c.withdrawn ? L("inactive") : L("active"));
        codeable(j, "scope", kConsentScope, QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent"));
        codeableList(j, "category", kLoinc, kPatientConsentCode, QStringLiteral("Patient Consent"));
        subject("patient");
        if (c.givenOn.isValid())
            j.text("dateTime", dateText(c.givenOn));
        displays(j, "performer", c.givenByName);
        j.array("organization").item().text("reference", fullUrl(senderOrganizationId(m_info.senderCode))).end().end();

        j.object("policyRule").array("coding");
        QString basis;
        if (c.safeguarding) {
            basis = QStringLiteral("Shared without consent: child at risk of harm");
            coding(j, kConsentBasisSystem, kBasisSafeguarding, basis);
        } else {
            basis = QStringLiteral("Shared with consent");
            coding(j, kConsentBasisSystem, kBasisConsent, basis);
            if (!c.method.isEmpty())
                coding(j, kConsentMethodSystem, c.method, ConsentMethods::displayName(c.method));
        }
        j.end().text("text", basis).end();

        j.object("provision").text("type", L("permit"));
        if (c.givenOn.isValid() || has(c.reviewOn)) {
            j.object("period");
            if (c.givenOn.isValid())
                j.text("start", dateText(c.givenOn));
            if (has(c.reviewOn))
                j.text("end", dateText(*c.reviewOn));
            j.end();
        }
        j.array("actor").item();
        codeable(j, "role", kV3ParticipationType, QStringLiteral("IRCP"), QStringLiteral("information recipient"));
        reference(j, "reference", recipientOrganizationId(m_info.recipientCode));
        j.end().end();
        if (!c.categories.isEmpty()) {
            j.array("code");
            for (ShareCategory category : c.categories)
                codeable(j, nullptr, kShareCategorySystem, ShareCategories::token(category), ShareCategories::displayName(category));
            j.end();
        }
        j.end();
        endResource(j);
    }

    const SharedBundleInfo& m_info;
    const SharedChild& m_child;
    QByteArray& m_out;
    JsonText m_json;
};

} // namespace

QByteArray FhirWriter::begin()
{
    QByteArray out;
    JsonText j(out);
    j.open().text("resourceType", L("Bundle")).text("id", m_info.bundleUuid);
    if (m_info.createdAt.isValid())
        j.object("meta").text("lastUpdated", instantText(m_info.createdAt)).end();
    j.object("identifier").text("system", kBundleSystem).text("value", m_info.bundleUuid).end();
    j.text("type", L("collection"));
    if (m_info.createdAt.isValid())
        j.text("timestamp", instantText(m_info.createdAt));
    // The bundle stays open on its entry array. The two Organizations say who sends (first) and
    // who receives (second): a Bundle cannot carry extensions.
    j.array("entry");
    organization(j, senderOrganizationId(m_info.senderCode), m_info.senderCode, m_info.senderName);
    organization(j, recipientOrganizationId(m_info.recipientCode), m_info.recipientCode, {});
    return out;
}

QByteArray FhirWriter::entries(const SharedChild& child)
{
    QByteArray out;
    out.reserve(4096);
    ChildEntries(m_info, child, out).write();
    return out;
}

QByteArray FhirWriter::end() { return QByteArrayLiteral("]}"); }

} // namespace tandem::sharing
