#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::sharing {

// What one bundle says about one child: the neutral form between the store and FHIR.
// BundleExportService fills it with exactly the categories a consent covers; FhirWriter turns it
// into FHIR resources; FhirReader turns them back; BundleImportService applies it.
// Ids are the sender's record uuids, stable across bundles.

struct SharedAdult {                 // RelatedPerson (identity category)
    QString id;
    QString givenName;
    QString familyName;
    QString relationship;            // RecordRules::relationshipTokens()
    bool parentalResponsibility = false;
    QString phone;
    QString email;
};

struct SharedIdentity {              // identity and contact details
    QString preferredName;
    QString sex;                     // "female", "male", "unknown"
    QString upn;
    QString gpPractice;
    Address address;
    QString mainLanguage;
    bool interpreterNeeded = false;
    QList<SharedAdult> adults;
};

struct SharedBirth {                 // birth details
    std::optional<int> gestationWeeks;
    std::optional<QDate> expectedDeliveryDate;
};

struct SharedContact {               // Encounter: a summary only, never notes
    QString id;
    QDateTime occurredAt;            // as recorded (local date and time, no zone)
    QString type;                    // ContactTypes::tokens()
    QString place;                   // ContactPlaces::tokens()
    int durationMinutes = 0;
    QString practitionerName;
    QString outcome;
};

struct SharedResultPart {            // Observation.component
    QString part;                    // domain key, "total", "section-<n>", EYFS area key
    std::optional<double> score;
    QString zone;                    // "on-schedule", "monitoring", "refer", "not-scored" or empty
    QString result;                  // WellComm colour, EYFS status token
    std::optional<double> cutoff;
    std::optional<double> monitoring;
    QString note;
};

struct SharedAssessment {            // Observation (assessments or EYFS category)
    QString id;
    QString kind;                    // "asq3", "asqse2", "wellcomm", "eyfs"
    QDate assessedOn;
    QString practitionerName;
    int intervalMonths = 0;          // ASQ-3 / ASQ:SE-2
    int ageSection = 0;              // WellComm
    QString setting;                 // EYFS
    QString completedByName;         // EYFS
    QString outcome;
    bool needsFollowUp = false;
    QString parentConcerns;
    QString followUpPlan;
    QString definitionVersion;
    QList<SharedResultPart> parts;
};

struct SharedReview {                // Observation (assessments category): integrated review at 2-2½
    QString id;
    QDate reviewedOn;
    QString practitionerName;
    QString summary;
    QString parentViews;
    QStringList assessmentIds;       // linked assessments, when they are in the bundle
};

struct SharedAction {                // CarePlan.activity
    QString id;
    QString description;
    std::optional<QDate> dueOn;
    QString ownerName;
    std::optional<QDate> doneOn;
};

struct SharedPlan {                  // CarePlan (support plan category)
    QString serviceLevel;            // ServiceLevels::tokens(), empty when none recorded
    QString serviceLevelReason;
    std::optional<QDate> serviceLevelFrom;
    QList<SharedAction> actions;
};

struct SharedConsent {               // Consent: the basis for this child's share
    QString id;
    bool safeguarding = false;       // shared without consent: child at risk of harm
    bool withdrawn = false;
    QList<ShareCategory> categories;
    QString purpose;                 // consent purpose, or the safeguarding reason
    QString method;                  // "written" / "verbal"; empty for safeguarding
    QString givenByName;             // the adult who gave consent; for safeguarding, the authorising team lead
    QDate givenOn;                   // or decidedOn
    std::optional<QDate> reviewOn;   // or shareUntil
    std::optional<QDate> withdrawnOn;
    QString withdrawalReason;
};

struct SharedChild {
    QString id;                      // the sender's child uuid; Patient.id
    // The minimum a partner needs to match a child; sent for every child in a bundle.
    QString nhsNumber;               // may be empty (not yet assigned)
    QString givenName;
    QString familyName;
    std::optional<QDate> dateOfBirth;
    QDateTime lastUpdated;           // newest change among what is sent (UTC)

    QList<ShareCategory> categories; // what this entry covers
    bool withdrawalNotice = false;   // consent withdrawn: nothing else is sent, the partner must remove its copy

    std::optional<SharedIdentity> identity;
    std::optional<SharedBirth> birth;
    QList<SharedContact> contacts;
    QList<SharedAssessment> assessments;  // asq3, asqse2, wellcomm
    QList<SharedReview> reviews;
    QList<SharedAssessment> eyfsChecks;
    std::optional<SharedPlan> plan;
    QList<SharedConsent> consents;
};

// What the sender says about itself and the bundle, inside the signed content (Bundle.meta / identifier).
struct SharedBundleInfo {
    QString bundleUuid;
    QString senderCode;
    QString senderName;
    QString recipientCode;
    QDateTime createdAt;
};

} // namespace tandem::sharing
