#pragma once

#include "tandem/core/Appointment.h"
#include "tandem/core/Contact.h"
#include "tandem/core/Involvement.h"
#include "tandem/core/ServiceLevel.h"
#include "tandem/domain/ContactSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// One child's mandated-contact schedule as of today.
struct ChildSchedule {
    QString childUuid;
    QString familyUuid;
    QString childName;                  // "Given Family"
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDelivery;
    QList<domain::ScheduledContact> contacts; // the five, in order
};

// Who looks after a family and at what level.
struct CareTeam {
    QString familyUuid;
    QString namedHealthVisitorUuid;  // empty when none is named
    QString namedHealthVisitorName;
    std::optional<Involvement> leadProfessional; // the key-worker involvement, if any
    QString serviceLevel;            // current level token (ServiceLevels::defaultLevel() when none recorded)
    bool serviceLevelRecorded = false;
    QList<ServiceLevelChange> serviceLevelHistory; // newest first
    std::optional<QDate> leftArea;
    QString leftAreaReason;
};

struct CaseloadFilter {
    QString workerUserUuid;  // empty: the signed-in user
    QString serviceLevel;    // empty: any level
    bool overdueOnly = false;
    bool dueThisWeek = false;
    bool flaggedOnly = false; // only families with a flag (development, or a consent expiring soon)
};

// Something about a child that needs the worker's attention: their development, or (ConsentExpiring)
// a consent to share that is about to lapse.
struct AssessmentFlag {
    enum class Kind {
        NoFollowUp, // an assessment needing follow-up (ASQ refer, WellComm referral, EYFS possible delay) has no plan
        ReviewDue,  // the 12-month or 2-2 1/2 year review is due or overdue
        ConsentExpiring, // an active consent to share covering the child is due for review within 30 days
    };
    Kind kind = Kind::NoFollowUp;
    QString assessmentUuid;   // NoFollowUp: the assessment
    QString text;             // translated, e.g. "ASQ-3 on 03/02/2026 below cutoff: no follow-up recorded"
};

struct CaseloadChild {
    QString uuid;
    QString name;
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDelivery;
    QList<domain::ScheduledContact> schedule;
    QList<AssessmentFlag> flags;
};

struct CaseloadEntry {
    QString familyUuid;
    QString familyName;    // the children's family names, e.g. "Okafor / Brennan"
    QString addressLine;   // first address line
    QString postcode;
    QString serviceLevel;  // token
    QList<CaseloadChild> children;
    int overdueCount = 0;  // overdue contacts across the children
    bool dueThisWeek = false;
    int flagCount = 0;     // assessment flags across the children
    // The contact to act on next across the household (domain::nextContact rules).
    QString nextChildUuid;
    QString nextChildName;
    std::optional<domain::ScheduledContact> next;
    std::optional<QDate> lastContact;
    std::optional<QDateTime> nextAppointment;
};

struct Caseload {
    QString workerUserUuid;
    QString workerName;
    QDate today;
    int familiesHeld = 0;            // before filters
    QList<CaseloadEntry> entries;    // overdue first (earliest deadline), then by next deadline, then name
};

// One visit on the day plan, with what the practitioner needs at the door. Never holds
// restricted note text.
struct DayPlanVisit {
    Appointment appointment;
    QString familyName;
    Address address;
    QStringList phoneNumbers;       // adults with parental responsibility: "Name: number"
    QString mainLanguage;
    bool interpreterNeeded = false;
    QString accessibilityNeeds;
    QString serviceLevel;
    QList<CaseloadChild> children;  // the children the visit is for (all when none named)
    QList<FollowUpAction> openActions; // not done, any due date
    std::optional<QDate> lastContact;
};

struct DayPlan {
    QString workerUserUuid;
    QString workerName;
    QDate date;
    QList<DayPlanVisit> visits;      // by start time; cancelled ones left out
};

} // namespace tandem
