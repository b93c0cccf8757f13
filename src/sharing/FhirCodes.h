#pragma once

// Internal to src/sharing: the code systems, extension URLs, ids and token <-> code maps that
// FhirWriter and FhirReader share, so the two cannot drift apart. docs/bundle-format.md lists them.

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace tandem::sharing::fhir {

// Published systems.
inline constexpr QLatin1String kNhsNumberSystem{"https://fhir.nhs.uk/Id/nhs-number"};
inline constexpr QLatin1String kOdsSystem{"https://fhir.nhs.uk/Id/ods-organization-code"};
inline constexpr QLatin1String kUcum{"http://unitsofmeasure.org"};
inline constexpr QLatin1String kSnomed{"http://snomed.info/sct"};
inline constexpr QLatin1String kLoinc{"http://loinc.org"};
inline constexpr QLatin1String kV3RoleCode{"http://terminology.hl7.org/CodeSystem/v3-RoleCode"};
inline constexpr QLatin1String kV3ActCode{"http://terminology.hl7.org/CodeSystem/v3-ActCode"};
inline constexpr QLatin1String kV3ParticipationType{"http://terminology.hl7.org/CodeSystem/v3-ParticipationType"};
inline constexpr QLatin1String kV3Interpretation{"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"};
inline constexpr QLatin1String kObservationCategory{"http://terminology.hl7.org/CodeSystem/observation-category"};
inline constexpr QLatin1String kConsentScope{"http://terminology.hl7.org/CodeSystem/consentscope"};
inline constexpr QLatin1String kInterpreterRequired{"http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"};
inline constexpr QLatin1String kGestationCode{"412726003"}; // SNOMED CT: Length of gestation at birth
inline constexpr QLatin1String kPatientConsentCode{"59284-0"}; // LOINC: Patient Consent

// Tandem's own code systems and extensions. Tandem has no FHIR server to publish definitions
// on, so they are URNs: names, not addresses.
inline constexpr QLatin1String kBundleSystem{"urn:tandem:fhir:bundle"};
inline constexpr QLatin1String kRecordIdSystem{"urn:tandem:fhir:record-id"};
inline constexpr QLatin1String kUpnSystem{"urn:tandem:fhir:upn"};
inline constexpr QLatin1String kRelationshipSystem{"urn:tandem:fhir:relationship"};
inline constexpr QLatin1String kContactTypeSystem{"urn:tandem:fhir:contact-type"};
inline constexpr QLatin1String kContactPlaceSystem{"urn:tandem:fhir:contact-place"};
inline constexpr QLatin1String kInstrumentSystem{"urn:tandem:fhir:instrument"};
inline constexpr QLatin1String kAssessmentPartSystem{"urn:tandem:fhir:assessment-part"};
inline constexpr QLatin1String kZoneSystem{"urn:tandem:fhir:zone"};
inline constexpr QLatin1String kThresholdSystem{"urn:tandem:fhir:threshold"};
inline constexpr QLatin1String kServiceLevelSystem{"urn:tandem:fhir:service-level"};
inline constexpr QLatin1String kShareCategorySystem{"urn:tandem:fhir:share-category"};
inline constexpr QLatin1String kConsentBasisSystem{"urn:tandem:fhir:consent-basis"};
inline constexpr QLatin1String kConsentMethodSystem{"urn:tandem:fhir:consent-method"};

inline constexpr QLatin1String kExtSharedCategories{"urn:tandem:fhir:shared-categories"};
inline constexpr QLatin1String kExtWithdrawalNotice{"urn:tandem:fhir:withdrawal-notice"};
inline constexpr QLatin1String kExtExpectedDelivery{"urn:tandem:fhir:expected-delivery-date"};
inline constexpr QLatin1String kExtParentalResponsibility{"urn:tandem:fhir:parental-responsibility"};
inline constexpr QLatin1String kExtContactPlace{"urn:tandem:fhir:contact-place"};
inline constexpr QLatin1String kExtContactOutcome{"urn:tandem:fhir:contact-outcome"};
inline constexpr QLatin1String kExtAgeSection{"urn:tandem:fhir:age-section"};
inline constexpr QLatin1String kExtDefinitionVersion{"urn:tandem:fhir:definition-version"};
inline constexpr QLatin1String kExtSetting{"urn:tandem:fhir:setting"};
inline constexpr QLatin1String kExtCompletedBy{"urn:tandem:fhir:completed-by"};
inline constexpr QLatin1String kExtFollowUpPlan{"urn:tandem:fhir:follow-up-plan"};
inline constexpr QLatin1String kExtPartResult{"urn:tandem:fhir:part-result"};
inline constexpr QLatin1String kExtPartNote{"urn:tandem:fhir:part-note"};
inline constexpr QLatin1String kExtParentViews{"urn:tandem:fhir:parent-views"};
inline constexpr QLatin1String kExtDoneOn{"urn:tandem:fhir:done-on"};
inline constexpr QLatin1String kExtConsentPurpose{"urn:tandem:fhir:consent-purpose"};
inline constexpr QLatin1String kExtWithdrawnOn{"urn:tandem:fhir:withdrawn-on"};
inline constexpr QLatin1String kExtWithdrawalReason{"urn:tandem:fhir:withdrawal-reason"};

inline constexpr QLatin1String kReviewCode{"integrated-review"};  // in kInstrumentSystem
inline constexpr QLatin1String kBasisConsent{"consent"};          // in kConsentBasisSystem
inline constexpr QLatin1String kBasisSafeguarding{"safeguarding"};

// Ids and references. Every reference is to an entry's fullUrl, "urn:uuid:<id>".
QString fullUrl(const QString& id);
bool isUuid(const QString& text);                    // lower-case 8-4-4-4-12, as Tandem writes them
// A stable id for a resource that has no record of its own (name-based uuid, version 5).
QString derivedId(const QString& baseId, const char* label);
QString senderOrganizationId(const QString& code);
QString recipientOrganizationId(const QString& code);
QString gestationObservationId(const QString& childId);
QString carePlanId(const QString& childId);
// A record that can belong to several children (a parent, a contact covering siblings, a family
// consent) appears once per child; each copy gets its own resource id and carries the record's
// id in an identifier (kRecordIdSystem).
QString perChildId(const QString& childId, const QString& recordId);

// RecordRules relationship token -> v3 RoleCode; empty when v3 has no exact code.
QString v3Relationship(const QString& token);
// ContactPlaces token -> v3 ActCode encounter class (HH, AMB, VR).
QString encounterClass(const QString& place);
QString encounterClassDisplay(const QString& code);

// Observation.code in kInstrumentSystem: "asq3-12", "asqse2-24", "wellcomm", "eyfs".
struct Instrument {
    QString kind;          // AssessmentKinds token
    int intervalMonths = 0;
};
QString instrumentCode(const QString& kind, int intervalMonths);
std::optional<Instrument> parseInstrumentCode(const QString& code);
QString instrumentDisplay(const QString& kind, int intervalMonths); // "ASQ-3 12 month questionnaire"
QString reviewDisplay();

// Dates and times. FHIR dates are yyyy-MM-dd; instants are UTC with milliseconds and "Z".
QString dateText(const QDate& date);
std::optional<QDate> parseDate(const QString& text);  // full dates from 1900 to 2199 only
QString instantText(const QDateTime& utc);
std::optional<QDateTime> parseInstant(const QString& text); // needs a zone; returned in UTC
// A contact's local clock time, written with the offset UK civil time had then (+00:00 or
// +01:00) because FHIR needs a zone once a time is given. Read back as the clock time written.
QString localDateTimeText(const QDateTime& local);
std::optional<QDateTime> parseLocalDateTime(const QString& text); // Qt::LocalTime
int ukOffsetMinutes(const QDate& date, const QTime& time);

// Scores and thresholds travel with at most two decimals.
double round2(double value);

} // namespace tandem::sharing::fhir
