#include "../fhir/FhirFixtures.h"

#include "QtCatch.h"

#include "tandem/sharing/FhirWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace tandem;
using namespace tandem::sharing;
using namespace tandem::test::fhir;

namespace {

QList<QByteArray> writePieces(const QList<SharedChild>& children)
{
    FhirWriter writer(bundleInfo());
    QList<QByteArray> pieces{writer.begin()};
    for (const SharedChild& child : children)
        pieces.append(writer.entries(child));
    pieces.append(writer.end());
    return pieces;
}

QJsonObject bundleOf(const QList<SharedChild>& children)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(writePieces(children).join(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue& e : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QLatin1String("resource")).toObject();
        if (type.isEmpty() || r.value(QLatin1String("resourceType")).toString() == type)
            out.append(r);
    }
    return out;
}

bool carriesRecordId(const QJsonObject& r, const QString& id)
{
    for (const QJsonValue& i : r.value(QLatin1String("identifier")).toArray())
        if (i.toObject().value(QLatin1String("system")).toString() == QLatin1String("urn:tandem:fhir:record-id") &&
            i.toObject().value(QLatin1String("value")).toString() == id)
            return true;
    return false;
}

// By resource id, or by the record id a per-child copy carries.
QJsonObject resourceWithId(const QJsonObject& bundle, const QString& id)
{
    for (const QJsonObject& r : resources(bundle))
        if (r.value(QLatin1String("id")).toString() == id || carriesRecordId(r, id))
            return r;
    FAIL("no resource with that id");
    return {};
}

// Calls visit(path, key, value) for every member of every object below value.
void walk(const QJsonValue& value, const QString& path, const std::function<void(const QString&, const QString&, const QJsonValue&)>& visit)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            visit(path, it.key(), it.value());
            walk(it.value(), path + u'.' + it.key(), visit);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            walk(a.at(i), path + QStringLiteral("[%1]").arg(i), visit);
    }
}

QJsonArray extensionsWithUrl(const QJsonObject& o, const QString& url)
{
    QJsonArray out;
    for (const QJsonValue& e : o.value(QLatin1String("extension")).toArray())
        if (e.toObject().value(QLatin1String("url")).toString() == url)
            out.append(e);
    return out;
}

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

QString encounterStart(const QDateTime& local)
{
    SharedChild child = safeguardingChild();
    child.contacts.first().occurredAt = local;
    const QJsonObject e = resources(bundleOf({child}), QStringLiteral("Encounter")).first();
    return e.value(QLatin1String("period")).toObject().value(QLatin1String("start")).toString();
}

} // namespace

TEST_CASE("FhirWriter: the pieces concatenate into one FHIR Bundle document", "[sharing][fhir]")
{
    const QList<QByteArray> pieces = writePieces(allChildren());
    REQUIRE(pieces.size() == 6);
    CHECK(pieces.first().startsWith("{"));
    CHECK(pieces.last() == "]}");
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        INFO("piece " << i);
        CHECK(pieces.at(i).startsWith(",{"));
        CHECK(pieces.at(i).endsWith("}"));
    }
    const QJsonObject bundle = bundleOf(allChildren());
    CHECK(str(bundle, "resourceType") == QLatin1String("Bundle"));
    CHECK(str(bundle, "type") == QLatin1String("collection"));
    CHECK(str(bundle, "id") == bundleInfo().bundleUuid);
    CHECK(bundle.value(QLatin1String("identifier")).toObject().value(QLatin1String("value")).toString() == bundleInfo().bundleUuid);
    CHECK(str(bundle, "timestamp") == QLatin1String("2026-01-05T10:15:30.123Z"));
    CHECK(bundle.value(QLatin1String("meta")).toObject().value(QLatin1String("lastUpdated")).toString()
          == QLatin1String("2026-01-05T10:15:30.123Z"));
    CHECK(resources(bundle).size() == 24);
    CHECK(resources(bundle, QStringLiteral("Patient")).size() == 4);

    // No child at all: still one valid document with the two Organizations.
    const QJsonObject empty = bundleOf({});
    CHECK(resources(empty).size() == 2);
}

TEST_CASE("FhirWriter: the sender and the recipient are the first two entries", "[sharing][fhir]")
{
    const QList<QJsonObject> orgs = resources(bundleOf({}), QStringLiteral("Organization"));
    REQUIRE(orgs.size() == 2);
    const QJsonObject sender = orgs.at(0);
    const QJsonObject recipient = orgs.at(1);
    const QJsonObject senderId = sender.value(QLatin1String("identifier")).toArray().first().toObject();
    CHECK(str(senderId, "system") == QLatin1String("https://fhir.nhs.uk/Id/ods-organization-code"));
    CHECK(str(senderId, "value") == QLatin1String("RX1HV"));
    CHECK(str(sender, "name") == QLatin1String("Northgate Health Visiting"));
    CHECK(recipient.value(QLatin1String("identifier")).toArray().first().toObject().value(QLatin1String("value")).toString()
          == QLatin1String("CC042"));
    CHECK_FALSE(recipient.contains(QLatin1String("name")));
    CHECK(str(sender, "id") != str(recipient, "id"));
}

TEST_CASE("FhirWriter: output is the same bytes every time, derived ids included", "[sharing][fhir]")
{
    CHECK(writePieces(allChildren()) == writePieces(allChildren()));
    const QJsonObject bundle = bundleOf({fullChild()});
    const QString planId = str(resources(bundle, QStringLiteral("CarePlan")).first(), "id");
    CHECK(planId.size() == 36);
    CHECK(planId.at(14) == u'5'); // a name-based (version 5) uuid
    SharedChild other = fullChild();
    other.id = uuid(999);
    CHECK(str(resources(bundleOf({other}), QStringLiteral("CarePlan")).first(), "id") != planId);
}

TEST_CASE("FhirWriter: every entry has a urn:uuid fullUrl and every reference resolves", "[sharing][fhir]")
{
    const QJsonObject bundle = bundleOf(allChildren());
    QSet<QString> urls;
    for (const QJsonValue& e : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        const QString url = str(entry, "fullUrl");
        CHECK(url == QStringLiteral("urn:uuid:") + str(entry.value(QLatin1String("resource")).toObject(), "id"));
        CHECK_FALSE(urls.contains(url));
        urls.insert(url);
    }
    int references = 0;
    walk(bundle, QStringLiteral("Bundle"), [&](const QString& path, const QString& key, const QJsonValue& value) {
        if (key == QLatin1String("reference") && value.isString()) { // Consent actor.reference is the Reference itself
            ++references;
            INFO(path.toStdString());
            CHECK(urls.contains(value.toString()));
        }
    });
    CHECK(references > 20);
}

TEST_CASE("FhirWriter: no empty string, object or array anywhere, as FHIR requires", "[sharing][fhir]")
{
    const QJsonObject bundle = bundleOf(allChildren());
    walk(bundle, QStringLiteral("Bundle"), [](const QString& path, const QString& key, const QJsonValue& value) {
        INFO((path + u'.' + key).toStdString());
        CHECK_FALSE((value.isString() && value.toString().isEmpty()));
        CHECK_FALSE((value.isObject() && value.toObject().isEmpty()));
        CHECK_FALSE((value.isArray() && value.toArray().isEmpty()));
    });
    // Notes never travel: Observation.note holds an assessment's parent concerns, nothing else does.
    for (const QJsonObject& r : resources(bundle))
        if (r.contains(QLatin1String("note")))
            CHECK(str(r, "resourceType") == QLatin1String("Observation"));
}

TEST_CASE("FhirWriter: a null date inside an optional is left out like a missing one", "[sharing][fhir]")
{
    // A store Consent's review date is a plain QDate: null when none was recorded.
    SharedChild child = fullChild();
    child.consents.first().givenOn = QDate();
    child.consents.first().reviewOn = QDate();
    child.consents.first().withdrawnOn = QDate();
    child.plan->actions.first().dueOn = QDate();
    child.plan->actions.first().doneOn = QDate();
    child.plan->serviceLevelFrom = QDate();
    child.birth->expectedDeliveryDate = QDate();
    child.dateOfBirth = QDate();
    const QJsonObject bundle = bundleOf({child});
    walk(bundle, QStringLiteral("Bundle"), [](const QString& path, const QString& key, const QJsonValue& value) {
        INFO((path + u'.' + key).toStdString());
        CHECK_FALSE((value.isString() && value.toString().isEmpty()));
        CHECK_FALSE((value.isObject() && value.toObject().isEmpty()));
    });
    const QJsonObject consent = resourceWithId(bundle, uuid(140));
    CHECK_FALSE(consent.value(QLatin1String("provision")).toObject().contains(QLatin1String("period")));
    const QJsonObject action = resources(bundle, QStringLiteral("CarePlan")).first().value(QLatin1String("activity")).toArray().first()
                                   .toObject().value(QLatin1String("detail")).toObject();
    CHECK(str(action, "status") == QLatin1String("not-started"));
    CHECK_FALSE(action.contains(QLatin1String("scheduledPeriod")));
}

TEST_CASE("FhirWriter: Patient carries the NHS number, names and date of birth", "[sharing][fhir]")
{
    const QJsonObject p = resources(bundleOf({fullChild()}), QStringLiteral("Patient")).first();
    CHECK(str(p, "id") == fullChild().id);
    CHECK(p.value(QLatin1String("meta")).toObject().value(QLatin1String("lastUpdated")).toString() == QLatin1String("2025-12-30T16:45:01.250Z"));
    const QJsonArray ids = p.value(QLatin1String("identifier")).toArray();
    REQUIRE(ids.size() == 2);
    CHECK(str(ids.at(0).toObject(), "system") == QLatin1String("https://fhir.nhs.uk/Id/nhs-number"));
    CHECK(str(ids.at(0).toObject(), "value") == fullChild().nhsNumber);
    CHECK(str(ids.at(1).toObject(), "system") == QLatin1String("urn:tandem:fhir:upn"));
    const QJsonArray names = p.value(QLatin1String("name")).toArray();
    REQUIRE(names.size() == 2);
    CHECK(str(names.at(0).toObject(), "use") == QLatin1String("official"));
    CHECK(str(names.at(0).toObject(), "family") == QLatin1String("Okafor"));
    CHECK(names.at(0).toObject().value(QLatin1String("given")).toArray() == QJsonArray{QStringLiteral("Ada Grace")});
    CHECK(str(names.at(1).toObject(), "use") == QLatin1String("usual"));
    CHECK(str(p, "birthDate") == QLatin1String("2023-11-20"));
    CHECK(str(p, "gender") == QLatin1String("female"));
    CHECK(extensionsWithUrl(p, QStringLiteral("urn:tandem:fhir:shared-categories")).size() == 6);
    CHECK(extensionsWithUrl(p, QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"))
              .first().toObject().value(QLatin1String("valueBoolean")).toBool());
    CHECK(extensionsWithUrl(p, QStringLiteral("urn:tandem:fhir:expected-delivery-date")).size() == 1);

    // Nothing to say: no identifier, no date of birth, no empty name parts.
    const QJsonObject sparse = resources(bundleOf({sparseChild()}), QStringLiteral("Patient")).first();
    CHECK_FALSE(sparse.contains(QLatin1String("identifier")));
    CHECK_FALSE(sparse.contains(QLatin1String("birthDate")));
    CHECK_FALSE(sparse.contains(QLatin1String("meta")));
    CHECK_FALSE(sparse.contains(QLatin1String("gender")));
    CHECK_FALSE(sparse.contains(QLatin1String("address")));
}

TEST_CASE("FhirWriter: a section is written only when its category is shared", "[sharing][fhir]")
{
    SharedChild child = fullChild();
    child.categories = {ShareCategory::Birth};
    const QJsonObject bundle = bundleOf({child});
    const QJsonObject p = resources(bundle, QStringLiteral("Patient")).first();
    for (const char* key : {"gender", "address", "communication", "generalPractitioner"})
        CHECK_FALSE(p.contains(QLatin1String(key)));
    CHECK(p.value(QLatin1String("identifier")).toArray().size() == 1); // NHS number only, no UPN
    CHECK(p.value(QLatin1String("name")).toArray().size() == 1);       // no preferred name
    CHECK(resources(bundle, QStringLiteral("RelatedPerson")).isEmpty());
    CHECK(resources(bundle, QStringLiteral("Encounter")).isEmpty());
    CHECK(resources(bundle, QStringLiteral("CarePlan")).isEmpty());
    // The gestation Observation only; then the consent.
    CHECK(resources(bundle, QStringLiteral("Observation")).size() == 1);
    CHECK(resources(bundle, QStringLiteral("Consent")).size() == 1);

    child.categories = {ShareCategory::EyfsCheck};
    const QList<QJsonObject> observations = resources(bundleOf({child}), QStringLiteral("Observation"));
    REQUIRE(observations.size() == 1);
    CHECK(str(observations.first(), "id") == uuid(123));
}

TEST_CASE("FhirWriter: RelatedPerson maps relationships to v3 codes and keeps the Tandem token", "[sharing][fhir]")
{
    const QJsonObject bundle = bundleOf({fullChild()});
    const QJsonObject mum = resourceWithId(bundle, uuid(101));
    CHECK(mum.value(QLatin1String("patient")).toObject().value(QLatin1String("reference")).toString() == QStringLiteral("urn:uuid:") + uuid(100));
    const QJsonArray codings = mum.value(QLatin1String("relationship")).toArray().first().toObject().value(QLatin1String("coding")).toArray();
    REQUIRE(codings.size() == 2);
    CHECK(str(codings.at(0).toObject(), "system") == QLatin1String("http://terminology.hl7.org/CodeSystem/v3-RoleCode"));
    CHECK(str(codings.at(0).toObject(), "code") == QLatin1String("MTH"));
    CHECK(str(codings.at(1).toObject(), "code") == QLatin1String("mother"));
    CHECK(mum.value(QLatin1String("telecom")).toArray().size() == 2);
    CHECK(extensionsWithUrl(mum, QStringLiteral("urn:tandem:fhir:parental-responsibility")).first().toObject().value(QLatin1String("valueBoolean")).toBool());

    const QJsonObject carer = resourceWithId(bundle, uuid(102));
    const QJsonArray carerCodings = carer.value(QLatin1String("relationship")).toArray().first().toObject().value(QLatin1String("coding")).toArray();
    REQUIRE(carerCodings.size() == 2);
    CHECK(str(carerCodings.at(0).toObject(), "code") == QLatin1String("PRNFOST"));
    CHECK(str(carerCodings.at(1).toObject(), "code") == QLatin1String("foster-carer"));
    CHECK_FALSE(carer.contains(QLatin1String("telecom")));

    // No v3 code for "other": the Tandem coding and the text only.
    SharedChild child = fullChild();
    child.identity->adults.first().relationship = QStringLiteral("other");
    const QJsonObject other = resourceWithId(bundleOf({child}), uuid(101));
    const QJsonObject relationship = other.value(QLatin1String("relationship")).toArray().first().toObject();
    REQUIRE(relationship.value(QLatin1String("coding")).toArray().size() == 1);
    CHECK(str(relationship.value(QLatin1String("coding")).toArray().first().toObject(), "system") == QLatin1String("urn:tandem:fhir:relationship"));
    CHECK(str(relationship, "text") == QLatin1String("Other"));
}

TEST_CASE("FhirWriter: Encounter is a summary with the UK clock time and its offset", "[sharing][fhir]")
{
    const QJsonObject bundle = bundleOf({fullChild()});
    const QJsonObject visit = resourceWithId(bundle, uuid(110));
    CHECK(str(visit, "status") == QLatin1String("finished"));
    CHECK(str(visit.value(QLatin1String("class")).toObject(), "code") == QLatin1String("HH"));
    CHECK(visit.value(QLatin1String("period")).toObject().value(QLatin1String("start")).toString() == QLatin1String("2025-07-14T10:30:00+01:00"));
    CHECK(visit.value(QLatin1String("length")).toObject().value(QLatin1String("value")).toInt() == 45);
    CHECK(str(visit.value(QLatin1String("length")).toObject(), "code") == QLatin1String("min"));
    CHECK(extensionsWithUrl(visit, QStringLiteral("urn:tandem:fhir:contact-outcome")).size() == 1);

    const QJsonObject missed = resourceWithId(bundle, uuid(111));
    CHECK(str(missed, "status") == QLatin1String("cancelled"));
    CHECK(str(missed.value(QLatin1String("class")).toObject(), "code") == QLatin1String("AMB"));
    CHECK(missed.value(QLatin1String("period")).toObject().value(QLatin1String("start")).toString() == QLatin1String("2025-12-02T14:05:07.030+00:00"));
    CHECK_FALSE(missed.contains(QLatin1String("length")));
    CHECK_FALSE(missed.contains(QLatin1String("participant")));

    const QJsonObject call = resources(bundleOf({safeguardingChild()}), QStringLiteral("Encounter")).first();
    CHECK(str(call.value(QLatin1String("class")).toObject(), "code") == QLatin1String("VR"));
}

TEST_CASE("FhirWriter: the UK offset changes at the documented clock times", "[sharing][fhir]")
{
    // 2025: BST from Sunday 30 March (clocks 01:00 -> 02:00) to Sunday 26 October (02:00 -> 01:00).
    CHECK(encounterStart(QDateTime(QDate(2025, 3, 30), QTime(0, 59, 59))) == QLatin1String("2025-03-30T00:59:59+00:00"));
    CHECK(encounterStart(QDateTime(QDate(2025, 3, 30), QTime(2, 0))) == QLatin1String("2025-03-30T02:00:00+01:00"));
    CHECK(encounterStart(QDateTime(QDate(2025, 10, 26), QTime(0, 59))) == QLatin1String("2025-10-26T00:59:00+01:00"));
    CHECK(encounterStart(QDateTime(QDate(2025, 10, 26), QTime(2, 0))) == QLatin1String("2025-10-26T02:00:00+00:00"));
    CHECK(encounterStart(QDateTime(QDate(2026, 1, 1), QTime(12, 0))) == QLatin1String("2026-01-01T12:00:00+00:00"));
}

TEST_CASE("FhirWriter: assessment Observations carry every part with two decimals", "[sharing][fhir]")
{
    SharedChild child = fullChild();
    child.assessments.first().parts.first().score = 12.3456;
    child.assessments.first().parts.first().cutoff = 7.0049;
    const QJsonObject bundle = bundleOf({child});
    const QJsonObject asq = resourceWithId(bundle, uuid(120));
    const QJsonObject code = asq.value(QLatin1String("code")).toObject();
    CHECK(str(code.value(QLatin1String("coding")).toArray().first().toObject(), "code") == QLatin1String("asq3-12"));
    CHECK(str(code, "text") == QLatin1String("ASQ-3 12 month questionnaire"));
    CHECK(str(asq, "effectiveDateTime") == QLatin1String("2025-07-14"));
    CHECK(asq.value(QLatin1String("interpretation")).toArray().size() == 1);
    CHECK(asq.value(QLatin1String("note")).toArray().first().toObject().value(QLatin1String("text")).toString() == QLatin1String("Not many words yet."));
    const QJsonArray components = asq.value(QLatin1String("component")).toArray();
    REQUIRE(components.size() == 5);
    const QJsonObject first = components.at(0).toObject();
    CHECK(first.value(QLatin1String("valueQuantity")).toObject().value(QLatin1String("value")).toDouble() == 12.35);
    CHECK(first.value(QLatin1String("referenceRange")).toArray().first().toObject().value(QLatin1String("low")).toObject()
              .value(QLatin1String("value")).toDouble() == 7.0);
    const QJsonObject unscored = components.at(4).toObject();
    CHECK_FALSE(unscored.contains(QLatin1String("valueQuantity")));
    CHECK(extensionsWithUrl(unscored, QStringLiteral("urn:tandem:fhir:part-note")).size() == 1);

    // ASQ:SE-2: higher is more concern, so its thresholds are upper bounds.
    const QJsonObject se = resourceWithId(bundle, uuid(121));
    CHECK(se.value(QLatin1String("component")).toArray().first().toObject().value(QLatin1String("referenceRange")).toArray().first()
              .toObject().contains(QLatin1String("high")));
    // WellComm: a colour and no score.
    const QJsonObject well = resourceWithId(bundle, uuid(122));
    CHECK(str(well.value(QLatin1String("component")).toArray().first().toObject(), "valueString") == QLatin1String("red"));
    CHECK(extensionsWithUrl(well, QStringLiteral("urn:tandem:fhir:age-section")).first().toObject().value(QLatin1String("valueInteger")).toInt() == 4);
    // EYFS: the setting and who completed it.
    const QJsonObject eyfs = resourceWithId(bundle, uuid(123));
    CHECK(extensionsWithUrl(eyfs, QStringLiteral("urn:tandem:fhir:setting")).size() == 1);
    CHECK(extensionsWithUrl(eyfs, QStringLiteral("urn:tandem:fhir:completed-by")).size() == 1);
}

TEST_CASE("FhirWriter: an integrated review links only results in the bundle", "[sharing][fhir]")
{
    SharedChild child = fullChild();
    child.reviews.first().assessmentIds.append(uuid(777)); // not sent
    const QJsonObject review = resourceWithId(bundleOf({child}), uuid(124));
    CHECK(review.value(QLatin1String("hasMember")).toArray().size() == 2);
    CHECK(extensionsWithUrl(review, QStringLiteral("urn:tandem:fhir:parent-views")).size() == 1);

    child.categories.removeAll(ShareCategory::EyfsCheck);
    const QJsonObject without = resourceWithId(bundleOf({child}), uuid(124));
    CHECK(without.value(QLatin1String("hasMember")).toArray().size() == 1);
}

TEST_CASE("FhirWriter: CarePlan holds the service level and the actions", "[sharing][fhir]")
{
    const QJsonObject plan = resources(bundleOf({fullChild()}), QStringLiteral("CarePlan")).first();
    CHECK(str(plan, "status") == QLatin1String("active"));
    CHECK(str(plan, "intent") == QLatin1String("plan"));
    CHECK(str(plan.value(QLatin1String("category")).toArray().first().toObject().value(QLatin1String("coding")).toArray().first().toObject(), "code")
          == QLatin1String("universal-plus"));
    const QJsonArray activities = plan.value(QLatin1String("activity")).toArray();
    REQUIRE(activities.size() == 3);
    const QJsonObject done = activities.at(0).toObject().value(QLatin1String("detail")).toObject();
    CHECK(str(done, "status") == QLatin1String("completed"));
    CHECK(extensionsWithUrl(done, QStringLiteral("urn:tandem:fhir:done-on")).size() == 1);
    CHECK(done.value(QLatin1String("scheduledPeriod")).toObject().value(QLatin1String("end")).toString() == QLatin1String("2025-08-01"));
    const QJsonObject open = activities.at(2).toObject().value(QLatin1String("detail")).toObject();
    CHECK(str(open, "status") == QLatin1String("not-started"));
    CHECK_FALSE(open.contains(QLatin1String("scheduledPeriod")));
    CHECK_FALSE(open.contains(QLatin1String("performer")));
}

TEST_CASE("FhirWriter: Consent names the basis, the recipient and the categories", "[sharing][fhir]")
{
    const QJsonObject bundle = bundleOf({fullChild(), safeguardingChild()});
    const QList<QJsonObject> orgs = resources(bundle, QStringLiteral("Organization"));
    const QJsonObject consent = resourceWithId(bundle, uuid(140));
    CHECK(str(consent, "status") == QLatin1String("active"));
    CHECK(str(consent, "dateTime") == QLatin1String("2025-09-01"));
    CHECK(consent.value(QLatin1String("organization")).toArray().first().toObject().value(QLatin1String("reference")).toString()
          == QStringLiteral("urn:uuid:") + str(orgs.at(0), "id"));
    const QJsonObject provision = consent.value(QLatin1String("provision")).toObject();
    CHECK(str(provision, "type") == QLatin1String("permit"));
    CHECK(provision.value(QLatin1String("period")).toObject().value(QLatin1String("end")).toString() == QLatin1String("2026-09-01"));
    CHECK(provision.value(QLatin1String("actor")).toArray().first().toObject().value(QLatin1String("reference")).toObject()
              .value(QLatin1String("reference")).toString() == QStringLiteral("urn:uuid:") + str(orgs.at(1), "id"));
    CHECK(provision.value(QLatin1String("code")).toArray().size() == 6);
    const QJsonArray basis = consent.value(QLatin1String("policyRule")).toObject().value(QLatin1String("coding")).toArray();
    REQUIRE(basis.size() == 2);
    CHECK(str(basis.at(0).toObject(), "code") == QLatin1String("consent"));
    CHECK(str(basis.at(1).toObject(), "code") == QLatin1String("written"));

    const QJsonObject decision = resourceWithId(bundle, uuid(340));
    const QJsonArray safeguarding = decision.value(QLatin1String("policyRule")).toObject().value(QLatin1String("coding")).toArray();
    REQUIRE(safeguarding.size() == 1);
    CHECK(str(safeguarding.at(0).toObject(), "code") == QLatin1String("safeguarding"));
    CHECK(extensionsWithUrl(decision, QStringLiteral("urn:tandem:fhir:consent-purpose")).first().toObject().value(QLatin1String("valueString")).toString()
          == safeguardingChild().consents.first().purpose);
}

TEST_CASE("FhirWriter: a withdrawal notice sends the matching details and the withdrawn consent only", "[sharing][fhir]")
{
    SharedChild child = fullChild();
    child.withdrawalNotice = true;
    child.consents.first().withdrawn = true;
    child.consents.first().withdrawnOn = QDate(2026, 1, 2);
    const QJsonObject bundle = bundleOf({child});
    const QList<QJsonObject> all = resources(bundle);
    REQUIRE(all.size() == 4); // two Organizations, the Patient and the Consent
    const QJsonObject p = resources(bundle, QStringLiteral("Patient")).first();
    CHECK(extensionsWithUrl(p, QStringLiteral("urn:tandem:fhir:withdrawal-notice")).first().toObject().value(QLatin1String("valueBoolean")).toBool());
    CHECK(p.value(QLatin1String("identifier")).toArray().size() == 1);
    for (const char* key : {"gender", "address", "communication", "generalPractitioner"})
        CHECK_FALSE(p.contains(QLatin1String(key)));
    const QJsonObject consent = resources(bundle, QStringLiteral("Consent")).first();
    CHECK(str(consent, "status") == QLatin1String("inactive"));
    CHECK(extensionsWithUrl(consent, QStringLiteral("urn:tandem:fhir:withdrawn-on")).size() == 1);
}
