#include "FhirResourceReader.h"

#include "FhirCodes.h"
#include "FhirFields.h"

#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/domain/Upn.h"

#include <QCoreApplication>

namespace tandem::sharing::fhir {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::FhirReader", text); }

const QStringList& resourceTypes()
{
    static const QStringList types{QStringLiteral("Patient"),   QStringLiteral("RelatedPerson"), QStringLiteral("Observation"),
                                   QStringLiteral("Encounter"), QStringLiteral("CarePlan"),      QStringLiteral("Consent")};
    return types;
}

// Token lists, built once: the reader checks thousands of codes against them.
const QStringList& contactTypes()
{
    static const QStringList tokens = ContactTypes::tokens();
    return tokens;
}

const QStringList& contactPlaces()
{
    static const QStringList tokens = ContactPlaces::tokens();
    return tokens;
}

const QStringList& relationships()
{
    static const QStringList tokens = domain::RecordRules::relationshipTokens();
    return tokens;
}

const QStringList& sexes()
{
    static const QStringList tokens = domain::RecordRules::sexTokens();
    return tokens;
}

const QStringList& serviceLevels()
{
    static const QStringList tokens = ServiceLevels::tokens();
    return tokens;
}

const QStringList& consentMethods()
{
    static const QStringList tokens = ConsentMethods::tokens();
    return tokens;
}

const QStringList& contactClasses()
{
    static const QStringList tokens{QStringLiteral("HH"), QStringLiteral("AMB"), QStringLiteral("VR")};
    return tokens;
}

} // namespace

QString entryWhere(int entry, const QString& type)
{
    return type.isEmpty() ? tr("Entry %1").arg(entry) : tr("Entry %1 (%2)").arg(entry).arg(type);
}

Result<void> ResourceReader::read(const QJsonArray& entries)
{
    for (const QJsonValue& value : entries)
        TANDEM_TRY(readEntry(value));
    return {};
}

Result<void> ResourceReader::readEntry(const QJsonValue& value)
{
    const int n = ++m_entryCount;
    if (n > kMaxEntries)
        return makeError(ErrorCode::Invalid, tr("The bundle has more entries than Tandem accepts."));
    const QJsonObject e = value.toObject();
    const QJsonObject r = e.value(QLatin1String("resource")).toObject();
    const QString type = r.value(QLatin1String("resourceType")).toString();
    const bool known = resourceTypes().contains(type);
    FieldReader f(n, known ? type : QString());
    if (!value.isObject()) {
        f.fail(tr("%1 is not a bundle entry.").arg(entryWhere(n, {})));
        return f.error();
    }
    f.onlyKeys(e, {"fullUrl", "resource"});
    const QString url = f.text(e, "fullUrl", true);
    f.object(e, "resource", true);
    if (!f.ok())
        return f.error();
    if (!known) {
        f.fail(tr("%1: resourceType is not a resource Tandem reads.").arg(entryWhere(n, {})));
        return f.error();
    }
    const QString id = f.text(r, "id", true);
    if (f.ok() && !isUuid(id))
        f.badForm(QStringLiteral("id"));
    if (f.ok() && url != fullUrl(id))
        f.badForm(QStringLiteral("fullUrl"));
    if (f.ok() && m_ids.contains(id))
        f.duplicateId(QStringLiteral("id"));
    if (!f.ok())
        return f.error();
    m_ids.insert(id);

    if (type == QLatin1String("Patient")) {
        patient(f, r, id);
        return f.ok() ? Result<void>() : f.error();
    }
    if (!m_child) {
        f.fail(tr("%1: the resource comes before its child's Patient.").arg(entryWhere(n, type)));
        return f.error();
    }
    if (m_child->withdrawalNotice && type != QLatin1String("Consent")) {
        f.fail(tr("%1: a withdrawal notice carries only consents.").arg(entryWhere(n, type)));
        return f.error();
    }
    if (type == QLatin1String("RelatedPerson"))
        relatedPerson(f, r, id);
    else if (type == QLatin1String("Observation"))
        observation(f, r, id);
    else if (type == QLatin1String("Encounter"))
        encounter(f, r, id);
    else if (type == QLatin1String("CarePlan"))
        carePlan(f, r);
    else
        consent(f, r, id);
    return f.ok() ? Result<void>() : f.error();
}

bool ResourceReader::shares(ShareCategory category) const
{
    return m_child && !m_child->withdrawalNotice && m_child->categories.contains(category);
}

void ResourceReader::requireShared(FieldReader& f, ShareCategory category) const
{
    if (!shares(category))
        f.resourceNotShared();
}

void ResourceReader::requireChild(FieldReader& f, const QJsonObject& r, const char* key) const
{
    const QString target = f.reference(r, key, true);
    if (f.ok() && target != m_child->id)
        f.badReference(QLatin1String(key));
}

QString ResourceReader::performer(FieldReader& f, const QJsonObject& r, const char* key)
{
    const QJsonObject who = f.single(r, key);
    if (who.isEmpty())
        return {};
    FieldReader::Nest nest(f, key, 0);
    f.onlyKeys(who, {"display"});
    return f.text(who, "display", true);
}

void ResourceReader::patient(FieldReader& f, const QJsonObject& r, const QString& id)
{
    f.onlyKeys(r, {"resourceType", "id", "meta", "extension", "identifier", "name", "gender", "birthDate", "address",
                   "communication", "generalPractitioner"});
    SharedChild child;
    child.id = id;
    const QJsonObject meta = f.object(r, "meta");
    if (!meta.isEmpty()) {
        FieldReader::Nest nest(f, "meta");
        f.onlyKeys(meta, {"lastUpdated"});
        if (const auto at = f.instant(meta, "lastUpdated", true))
            child.lastUpdated = *at;
    }

    Extensions ext(f, r);
    for (const QString& token : ext.codes(kExtSharedCategories)) {
        const auto category = ShareCategories::fromToken(token);
        if (!category)
            f.unknownCode(QStringLiteral("extension[%1]").arg(kExtSharedCategories));
        else if (child.categories.contains(*category))
            f.badForm(QStringLiteral("extension[%1]").arg(kExtSharedCategories));
        else
            child.categories.append(*category);
    }
    if (const auto notice = ext.boolean(kExtWithdrawalNotice)) {
        if (!*notice)
            f.badForm(QStringLiteral("extension[%1]").arg(kExtWithdrawalNotice));
        child.withdrawalNotice = true;
    }
    const bool identityShared = !child.withdrawalNotice && child.categories.contains(ShareCategory::Identity);
    const bool birthShared = !child.withdrawalNotice && child.categories.contains(ShareCategory::Birth);
    if (identityShared)
        child.identity = SharedIdentity{};
    if (birthShared)
        child.birth = SharedBirth{};
    if (!child.withdrawalNotice && child.categories.contains(ShareCategory::SupportPlan))
        child.plan = SharedPlan{};

    if (const auto interpreter = ext.boolean(kInterpreterRequired)) {
        if (!identityShared)
            f.notShared(QStringLiteral("extension[%1]").arg(kInterpreterRequired));
        else
            child.identity->interpreterNeeded = *interpreter;
    }
    if (const auto edd = ext.date(kExtExpectedDelivery)) {
        if (!birthShared)
            f.notShared(QStringLiteral("extension[%1]").arg(kExtExpectedDelivery));
        else
            child.birth->expectedDeliveryDate = *edd;
    }
    ext.finish();

    int i = 0;
    for (const QJsonObject& identifier : f.objects(r, "identifier", 2)) {
        FieldReader::Nest nest(f, "identifier", i++);
        f.onlyKeys(identifier, {"system", "value"});
        const QString system = f.text(identifier, "system", true);
        const QString value = f.text(identifier, "value", true);
        if (!f.ok())
            break;
        if (system == kNhsNumberSystem) {
            const auto nhs = domain::NhsNumber::parse(value);
            if (!child.nhsNumber.isEmpty())
                f.badForm(QStringLiteral("system"));
            else if (!nhs.ok() || nhs.value() != value)
                f.badNhsNumber(QStringLiteral("value"));
            else
                child.nhsNumber = value;
        } else if (system == kUpnSystem) {
            const auto upn = domain::Upn::parse(value);
            if (!identityShared)
                f.notShared(QStringLiteral("value"));
            else if (!child.identity->upn.isEmpty())
                f.badForm(QStringLiteral("system"));
            else if (!upn.ok() || upn.value() != value)
                f.badUpn(QStringLiteral("value"));
            else
                child.identity->upn = value;
        } else {
            f.unknownCode(QStringLiteral("system"));
        }
    }

    i = 0;
    bool official = false;
    for (const QJsonObject& name : f.objects(r, "name", 2)) {
        FieldReader::Nest nest(f, "name", i++);
        const QString use = f.token(name, "use", {QStringLiteral("official"), QStringLiteral("usual")}, true);
        if (use == QLatin1String("official") && !official) {
            official = true;
            f.onlyKeys(name, {"use", "family", "given"});
            child.familyName = f.text(name, "family");
            const QStringList given = f.texts(name, "given", 1);
            child.givenName = given.value(0);
        } else if (use == QLatin1String("usual") && identityShared && child.identity->preferredName.isEmpty()) {
            f.onlyKeys(name, {"use", "given"});
            child.identity->preferredName = f.texts(name, "given", 1, true).value(0);
        } else if (use == QLatin1String("usual") && !identityShared) {
            f.notShared(QStringLiteral("use"));
        } else if (f.ok()) {
            f.badForm(QStringLiteral("use"));
        }
    }
    if (const auto born = f.date(r, "birthDate"))
        child.dateOfBirth = *born;
    patientIdentity(f, r, child, identityShared);
    if (!f.ok())
        return;

    m_children.append(std::move(child));
    m_child = &m_children.last();
    m_results.clear();
    m_gestationRead = false;
    m_planRead = false;
}

void ResourceReader::patientIdentity(FieldReader& f, const QJsonObject& r, SharedChild& child, bool identityShared)
{
    for (const char* key : {"gender", "address", "communication", "generalPractitioner"})
        if (!identityShared && f.has(r, key))
            f.notShared(QLatin1String(key));
    if (!identityShared || !f.ok())
        return;
    SharedIdentity& identity = *child.identity;
    identity.sex = f.token(r, "gender", sexes());

    const QJsonObject address = f.single(r, "address");
    if (!address.isEmpty()) {
        FieldReader::Nest nest(f, "address", 0);
        f.onlyKeys(address, {"use", "line", "city", "postalCode"});
        f.constant(address, "use", QLatin1String("home"));
        const QStringList lines = f.texts(address, "line", 2);
        identity.address.line1 = lines.value(0);
        identity.address.line2 = lines.value(1);
        identity.address.town = f.text(address, "city");
        identity.address.postcode = f.text(address, "postalCode");
    }
    const QJsonObject language = f.single(r, "communication");
    if (!language.isEmpty()) {
        FieldReader::Nest nest(f, "communication", 0);
        f.onlyKeys(language, {"language", "preferred"});
        f.boolean(language, "preferred");
        const QJsonObject codeable = f.object(language, "language", true);
        FieldReader::Nest inner(f, "language");
        f.onlyKeys(codeable, {"text"});
        identity.mainLanguage = f.text(codeable, "text", !codeable.isEmpty());
    }
    identity.gpPractice = performer(f, r, "generalPractitioner");
}

QString ResourceReader::recordId(FieldReader& f, const QJsonObject& r, const QString& id)
{
    const QJsonObject identifier = f.single(r, "identifier", true);
    if (!f.ok())
        return {};
    FieldReader::Nest nest(f, "identifier", 0);
    f.onlyKeys(identifier, {"system", "value"});
    f.constant(identifier, "system", kRecordIdSystem);
    const QString record = f.text(identifier, "value", true);
    if (f.ok() && (!isUuid(record) || id != perChildId(m_child ? m_child->id : QString(), record)))
        f.badForm(QStringLiteral("value"));
    return record;
}

void ResourceReader::relatedPerson(FieldReader& f, const QJsonObject& r, const QString& id)
{
    requireShared(f, ShareCategory::Identity);
    f.onlyKeys(r, {"resourceType", "id", "identifier", "extension", "patient", "relationship", "name", "telecom"});
    requireChild(f, r, "patient");
    SharedAdult adult;
    adult.id = recordId(f, r, id);
    Extensions ext(f, r);
    adult.parentalResponsibility = ext.boolean(kExtParentalResponsibility).value_or(false);
    ext.finish();

    const QJsonObject relationship = f.single(r, "relationship");
    if (!relationship.isEmpty()) {
        const QString token = f.codeIn(relationship, kRelationshipSystem, "relationship", 0);
        if (f.ok() && token.isEmpty())
            f.missing(QStringLiteral("relationship[0].coding"));
        else if (f.ok() && !relationships().contains(token))
            f.unknownCode(QStringLiteral("relationship[0].coding"));
        adult.relationship = token;
    }
    const QJsonObject name = f.single(r, "name");
    if (!name.isEmpty()) {
        FieldReader::Nest nest(f, "name", 0);
        f.onlyKeys(name, {"family", "given"});
        adult.familyName = f.text(name, "family");
        adult.givenName = f.texts(name, "given", 1).value(0);
    }
    int i = 0;
    for (const QJsonObject& telecom : f.objects(r, "telecom", 2)) {
        FieldReader::Nest nest(f, "telecom", i++);
        f.onlyKeys(telecom, {"system", "value"});
        const QString system = f.token(telecom, "system", {QStringLiteral("phone"), QStringLiteral("email")}, true);
        QString& target = system == QLatin1String("phone") ? adult.phone : adult.email;
        if (f.ok() && !target.isEmpty())
            f.badForm(QStringLiteral("system"));
        target = f.text(telecom, "value", true);
    }
    if (f.ok())
        m_child->identity->adults.append(adult);
}

void ResourceReader::encounter(FieldReader& f, const QJsonObject& r, const QString& id)
{
    requireShared(f, ShareCategory::HealthVisitingContacts);
    f.onlyKeys(r, {"resourceType", "id", "identifier", "extension", "status", "class", "type", "subject", "participant", "period",
                   "length", "location"});
    requireChild(f, r, "subject");
    SharedContact c;
    c.id = recordId(f, r, id);
    Extensions ext(f, r);
    const QJsonObject place = ext.coding(kExtContactPlace);
    if (!place.isEmpty()) {
        FieldReader::Nest nest(f, "extension[urn:tandem:fhir:contact-place].valueCoding");
        f.onlyKeys(place, {"system", "code", "display"});
        f.constant(place, "system", kContactPlaceSystem);
        c.place = f.token(place, "code", contactPlaces(), true);
        f.text(place, "display");
    }
    c.outcome = ext.text(kExtContactOutcome);
    ext.finish();

    f.token(r, "status", {QStringLiteral("finished"), QStringLiteral("cancelled")}, true);
    const QJsonObject cls = f.object(r, "class", true);
    {
        FieldReader::Nest nest(f, "class");
        f.onlyKeys(cls, {"system", "code", "display"});
        f.constant(cls, "system", kV3ActCode);
        const QString code = f.token(cls, "code", contactClasses(), true);
        f.text(cls, "display");
        if (f.ok() && code != encounterClass(c.place))
            f.badForm(QStringLiteral("code"));
    }
    const QJsonObject type = f.single(r, "type");
    if (!type.isEmpty()) {
        c.type = f.codeIn(type, kContactTypeSystem, "type", 0);
        if (f.ok() && !contactTypes().contains(c.type))
            f.unknownCode(QStringLiteral("type[0]"));
    }
    const QJsonObject participant = f.single(r, "participant");
    if (!participant.isEmpty()) {
        FieldReader::Nest nest(f, "participant", 0);
        f.onlyKeys(participant, {"individual"});
        const QJsonObject who = f.object(participant, "individual", true);
        FieldReader::Nest inner(f, "individual");
        f.onlyKeys(who, {"display"});
        c.practitionerName = f.text(who, "display", true);
    }
    const QJsonObject period = f.object(r, "period", true);
    {
        FieldReader::Nest nest(f, "period");
        f.onlyKeys(period, {"start"});
        c.occurredAt = f.localDateTime(period, "start", true).value_or(QDateTime());
    }
    const QJsonObject length = f.object(r, "length");
    if (!length.isEmpty()) {
        FieldReader::Nest nest(f, "length");
        f.onlyKeys(length, {"value", "unit", "system", "code"});
        f.constant(length, "system", kUcum);
        f.constant(length, "code", QLatin1String("min"));
        f.text(length, "unit");
        c.durationMinutes = f.integer(length, "value", 1, 24 * 60, true).value_or(0);
    }
    const QJsonObject location = f.single(r, "location");
    if (!location.isEmpty()) {
        FieldReader::Nest nest(f, "location", 0);
        f.onlyKeys(location, {"location"});
        const QJsonObject where = f.object(location, "location", true);
        FieldReader::Nest inner(f, "location");
        f.onlyKeys(where, {"display"});
        f.text(where, "display", true);
    }
    if (f.ok())
        m_child->contacts.append(c);
}

void ResourceReader::carePlan(FieldReader& f, const QJsonObject& r)
{
    requireShared(f, ShareCategory::SupportPlan);
    f.onlyKeys(r, {"resourceType", "id", "status", "intent", "category", "description", "subject", "period", "activity"});
    if (f.ok() && m_planRead)
        f.badForm(QStringLiteral("resourceType"));
    f.constant(r, "status", QLatin1String("active"));
    f.constant(r, "intent", QLatin1String("plan"));
    requireChild(f, r, "subject");
    SharedPlan plan;
    const QJsonObject category = f.single(r, "category");
    if (!category.isEmpty()) {
        plan.serviceLevel = f.codeIn(category, kServiceLevelSystem, "category", 0);
        if (f.ok() && !serviceLevels().contains(plan.serviceLevel))
            f.unknownCode(QStringLiteral("category[0]"));
    }
    plan.serviceLevelReason = f.text(r, "description");
    const QJsonObject period = f.object(r, "period");
    if (!period.isEmpty()) {
        FieldReader::Nest nest(f, "period");
        f.onlyKeys(period, {"start"});
        plan.serviceLevelFrom = f.date(period, "start", true);
    }
    int i = 0;
    QSet<QString> actionIds;
    for (const QJsonObject& activity : f.objects(r, "activity")) {
        FieldReader::Nest nest(f, "activity", i++);
        f.onlyKeys(activity, {"id", "detail"});
        SharedAction action;
        action.id = f.text(activity, "id", true);
        if (f.ok() && (!isUuid(action.id) || actionIds.contains(action.id) || m_ids.contains(action.id)))
            f.badForm(QStringLiteral("id"));
        actionIds.insert(action.id);
        m_actionIds << action.id;
        const QJsonObject detail = f.object(activity, "detail", true);
        FieldReader::Nest inner(f, "detail");
        f.onlyKeys(detail, {"extension", "status", "description", "scheduledPeriod", "performer"});
        Extensions ext(f, detail);
        action.doneOn = ext.date(kExtDoneOn);
        ext.finish();
        const QString status = f.token(detail, "status", {QStringLiteral("completed"), QStringLiteral("not-started")}, true);
        if (f.ok() && (status == QLatin1String("completed")) != action.doneOn.has_value())
            f.badForm(QStringLiteral("status"));
        action.description = f.text(detail, "description");
        const QJsonObject scheduled = f.object(detail, "scheduledPeriod");
        if (!scheduled.isEmpty()) {
            FieldReader::Nest when(f, "scheduledPeriod");
            f.onlyKeys(scheduled, {"end"});
            action.dueOn = f.date(scheduled, "end", true);
        }
        action.ownerName = performer(f, detail, "performer");
        plan.actions.append(action);
    }
    if (!f.ok())
        return;
    m_planRead = true;
    m_child->plan = plan;
}

void ResourceReader::consent(FieldReader& f, const QJsonObject& r, const QString& id)
{
    f.onlyKeys(r, {"resourceType", "id", "identifier", "extension", "status", "scope", "category", "patient", "dateTime",
                   "performer", "organization", "policyRule", "provision"});
    SharedConsent c;
    c.id = recordId(f, r, id);
    Extensions ext(f, r);
    c.purpose = ext.text(kExtConsentPurpose);
    c.withdrawnOn = ext.date(kExtWithdrawnOn);
    c.withdrawalReason = ext.text(kExtWithdrawalReason);
    ext.finish();
    c.withdrawn = f.token(r, "status", {QStringLiteral("active"), QStringLiteral("inactive")}, true) == QLatin1String("inactive");
    if (f.code(r, "scope", kConsentScope, true) != QLatin1String("patient-privacy") && f.ok())
        f.unknownCode(QStringLiteral("scope"));
    const QJsonObject category = f.single(r, "category", true);
    if (f.ok() && f.codeIn(category, kLoinc, "category", 0) != kPatientConsentCode && f.ok())
        f.unknownCode(QStringLiteral("category[0]"));
    requireChild(f, r, "patient");
    c.givenOn = f.date(r, "dateTime", true).value_or(QDate());
    c.givenByName = performer(f, r, "performer");
    const QJsonObject organization = f.single(r, "organization", true);
    if (f.ok() && f.referenceIn(organization, "organization", 0) != senderOrganizationId(m_info.senderCode)
        && f.ok())
        f.badReference(QStringLiteral("organization[0]"));

    const QJsonObject policy = f.object(r, "policyRule", true);
    if (f.ok()) {
        const QString basis = f.codeIn(policy, kConsentBasisSystem, "policyRule");
        const QString method = f.codeIn(policy, kConsentMethodSystem, "policyRule");
        c.safeguarding = basis == kBasisSafeguarding;
        if (f.ok() && basis != kBasisConsent && basis != kBasisSafeguarding)
            f.unknownCode(QStringLiteral("policyRule"));
        else if (f.ok() && !method.isEmpty() && (c.safeguarding || !consentMethods().contains(method)))
            f.unknownCode(QStringLiteral("policyRule"));
        c.method = method;
    }

    const QJsonObject provision = f.object(r, "provision", true);
    FieldReader::Nest nest(f, "provision");
    f.onlyKeys(provision, {"type", "period", "actor", "code"});
    f.constant(provision, "type", QLatin1String("permit"));
    const QJsonObject period = f.object(provision, "period");
    if (!period.isEmpty()) {
        FieldReader::Nest inner(f, "period");
        f.onlyKeys(period, {"start", "end"});
        const auto start = f.date(period, "start", true);
        if (f.ok() && start != c.givenOn)
            f.badForm(QStringLiteral("start"));
        c.reviewOn = f.date(period, "end");
    }
    const QJsonObject actor = f.single(provision, "actor", true);
    if (f.ok()) {
        FieldReader::Nest inner(f, "actor", 0);
        f.onlyKeys(actor, {"role", "reference"});
        if (f.code(actor, "role", kV3ParticipationType, true) != QLatin1String("IRCP") && f.ok())
            f.unknownCode(QStringLiteral("role"));
        if (f.reference(actor, "reference", true) != recipientOrganizationId(m_info.recipientCode) && f.ok())
            f.badReference(QStringLiteral("reference"));
    }
    int i = 0;
    for (const QJsonObject& code : f.objects(provision, "code", 10)) {
        const auto category = ShareCategories::fromToken(f.codeIn(code, kShareCategorySystem, "code", i));
        if (f.ok() && !category)
            f.unknownCode(QStringLiteral("code[%1]").arg(i));
        else if (f.ok() && c.categories.contains(*category))
            f.badForm(QStringLiteral("code[%1]").arg(i));
        else if (category)
            c.categories.append(*category);
        ++i;
    }
    if (f.ok())
        m_child->consents.append(c);
}

} // namespace tandem::sharing::fhir
