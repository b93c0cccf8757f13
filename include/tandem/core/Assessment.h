#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Family.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// The instruments Tandem records. Tandem holds scores and results only, never questionnaire
// wording (the instruments are copyrighted).
enum class AssessmentKind { Asq3, AsqSe2, WellComm, Eyfs };

// ASQ-3 item answers as the parent marked them on the licensed form.
enum class Asq3Answer { Missing, Yes, Sometimes, NotYet };

// Where a score falls. ASQ-3: at or above the monitoring threshold is OnSchedule, from the
// cutoff up to the monitoring threshold is Monitoring, below the cutoff is Refer.
// ASQ:SE-2 (higher is more concern): above the cutoff is Refer, from the monitoring threshold
// up to and including the cutoff is Monitoring, below it OnSchedule.
enum class Zone { OnSchedule, Monitoring, Refer, NotScored };

// ASQ-3 entry: the six answers per domain, or the domain totals from the scored form.
enum class Asq3EntryMode { Items, Totals };

// A threshold as it drove a result: the value, and whether it came from a verified source.
struct ThresholdUsed {
    double value = 0;
    bool verified = false;
    QString source; // where the value came from, or who corrected it in this store
};

// One scored part of an assessment: an ASQ-3 domain, the ASQ:SE-2 total, one WellComm
// section screened, or one EYFS prime area.
struct AssessmentPart {
    QString part;                   // ASQ-3 domain key ("communication", ...), "total",
                                    // "section-<n>" (WellComm), EYFS area key
    std::optional<double> score;    // ASQ-3 domain score (adjusted when items were missing),
                                    // ASQ:SE-2 total; none for WellComm and EYFS
    QList<Asq3Answer> answers;      // ASQ-3 item entry: the six answers as entered; else empty
    int missing = 0;                // ASQ-3 items left blank in this domain
    bool adjusted = false;          // ASQ-3: score adjusted for missing items by averaging
    std::optional<ThresholdUsed> cutoff;
    std::optional<ThresholdUsed> monitoring;
    Zone zone = Zone::NotScored;    // ASQ-3 and ASQ:SE-2
    QString result;                 // WellComm "red" / "amber" / "green"; EYFS status token
    QString note;                   // why a domain was not scored; the EYFS area summary
};

// One assessment of one child, with its result as scored when it was entered. Results are never
// rescored: a later threshold correction applies to new assessments only.
struct Assessment {
    QString uuid;
    QString childUuid;
    QString familyUuid;
    AssessmentKind kind = AssessmentKind::Asq3;
    QDate assessedOn;
    QString practitionerUserUuid;   // who did it (defaults to the user recording it)
    QString practitionerName;       // display name when read

    // ASQ-3 and ASQ:SE-2
    int intervalMonths = 0;         // the questionnaire used
    QString intervalReason;         // why that interval, e.g. "Corrected age 7 months 20 days (born at 34 weeks)"
    bool correctedAge = false;
    Asq3EntryMode entryMode = Asq3EntryMode::Items; // ASQ-3
    int omittedItems = 0;           // ASQ:SE-2 items the parent left blank
    bool totalAdjustedPerGuide = false; // ASQ:SE-2: more than 2 omitted, total adjusted by the User's Guide rule

    // WellComm
    int ageSection = 0;             // the age-appropriate section on that day
    bool parentConcern = false;
    bool practitionerConcern = false;

    // EYFS progress check at two
    QString completedByName;        // the setting's practitioner (may not be a user of this store)
    QString setting;                // the early-years setting
    bool parentAgreedToShare = false; // with the health visitor

    QList<AssessmentPart> parts;
    QString parentConcerns;         // the parent's concerns or views, as told
    QString followUpPlan;           // may be empty at entry; AssessmentService::recordFollowUp adds it
    std::optional<QDate> followUpRecordedOn;

    // Derived when scored, stored with the result.
    QString outcome;                // one translated line, e.g. "Below cutoff: Communication. Monitoring: Fine Motor."
    bool needsFollowUp = false;     // ASQ refer, WellComm referral suggested, EYFS possible delay
    QStringList unverified;         // each unverified value that drove a result, as a sentence
    QString definitionVersion;      // e.g. "asq3 2026.1" or "asq3 2026.1+store.2"

    bool withheld = false;          // EYFS details left out: the parent did not agree to share with this reader
    RecordMeta meta;
};

// What a practitioner enters for an ASQ-3. Each of the five domains in definition order.
struct Asq3DomainInput {
    QString domain;                 // domain key
    QList<Asq3Answer> answers;      // Items mode: exactly six
    std::optional<double> total;    // Totals mode: 0..60, at most two decimals
};

struct Asq3Draft {
    QString childUuid;
    QDate assessedOn;
    QString practitionerUserUuid;   // empty: the signed-in user
    std::optional<int> intervalMonths; // empty: chosen from the child's age
    Asq3EntryMode entryMode = Asq3EntryMode::Items;
    QList<Asq3DomainInput> domains;
    QString parentConcerns;
    QString followUpPlan;
};

struct AsqSe2Draft {
    QString childUuid;
    QDate assessedOn;
    QString practitionerUserUuid;
    std::optional<int> intervalMonths;
    std::optional<double> total;    // a multiple of 5
    int omittedItems = 0;
    bool totalAdjustedPerGuide = false;
    QString parentConcerns;
    QString followUpPlan;
};

// One WellComm section screened, in the order screened (age section first, then downwards).
struct WellCommScreening {
    int section = 0;
    QString result;                 // "red", "amber", "green"
};

struct WellCommDraft {
    QString childUuid;
    QDate assessedOn;
    QString practitionerUserUuid;
    QList<WellCommScreening> screenings;
    bool parentConcern = false;
    bool practitionerConcern = false;
    QString parentConcerns;
    QString followUpPlan;
};

struct EyfsAreaInput {
    QString area;                   // EYFS area key
    QString status;                 // EYFS status token
    QString summary;                // the setting's short summary
};

struct EyfsDraft {
    QString childUuid;
    QDate completedOn;
    QString completedByName;
    QString setting;
    bool parentAgreedToShare = false;
    QList<EyfsAreaInput> areas;     // the three prime areas
    QString parentConcerns;         // the parent's comments, if any
    QString followUpPlan;           // what the setting will do
};

// The integrated review at 2 to 2 1/2: brings the health visitor's ASQ-3 (and ASQ:SE-2), the
// setting's EYFS check and WellComm together with the parent's views and agreed actions.
// Completing it records the 2-2 1/2 year mandated contact (a "two-year" contact).
struct IntegratedReview {
    QString uuid;
    QString childUuid;
    QString familyUuid;
    QString contactUuid;            // the two-year contact it recorded
    QDateTime reviewedAt;           // local date and time
    QString place;                  // ContactPlaces token
    QString practitionerUserUuid;   // the health visitor
    QString practitionerName;
    QString settingPractitioner;    // from the early-years setting, if they took part
    QString peoplePresent;
    int durationMinutes = 0;
    QString asq3Uuid;               // required
    QString asqSe2Uuid;             // optional
    QString eyfsUuid;               // optional; needs the parent's agreement to share
    QString wellCommUuid;           // optional
    QString parentViews;            // required
    QString summary;                // the shared picture agreed with the parent
    QList<FollowUpAction> actions;  // agreed actions and who owns them (on the contact)
    RecordMeta meta;
};

namespace AssessmentKinds {
QString token(AssessmentKind kind);                   // "asq3", "asqse2", "wellcomm", "eyfs"
std::optional<AssessmentKind> fromToken(const QString& token);
QString displayName(AssessmentKind kind);             // "ASQ-3", "ASQ:SE-2", "WellComm", "EYFS progress check"
} // namespace AssessmentKinds

namespace Zones {
QString token(Zone zone);                             // "on-schedule", "monitoring", "refer", "not-scored"
std::optional<Zone> fromToken(const QString& token);
QString displayName(Zone zone);                       // "On schedule", "Monitoring zone", "Below cutoff: refer", "Not scored"
} // namespace Zones

namespace Asq3Answers {
QChar letter(Asq3Answer answer);                      // 'Y', 'S', 'N', '-'
std::optional<Asq3Answer> fromLetter(QChar letter);   // case-insensitive; '-' or ' ' is Missing
QString toLetters(const QList<Asq3Answer>& answers);  // "YSN-YY"
std::optional<QList<Asq3Answer>> fromLetters(const QString& letters);
QString displayName(Asq3Answer answer);               // "Yes", "Sometimes", "Not yet", "Not answered"
int points(Asq3Answer answer);                        // 10, 5, 0, 0
} // namespace Asq3Answers

namespace WellCommResults {
QStringList tokens();                                 // "red", "amber", "green"
QString displayName(const QString& token);            // "Red: significantly delayed", ...
} // namespace WellCommResults

} // namespace tandem
