#pragma once

#include "tandem/core/Family.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// What a family can agree to share. Restricted notes are never a category: no bundle carries them.
enum class ShareCategory {
    Identity,               // identity and contact details: address, phone, language, parents and carers
    Birth,                  // birth details: gestation, expected delivery date
    HealthVisitingContacts, // a summary of health visiting contacts (date, type, place, outcome; never notes)
    Assessments,            // ASQ-3, ASQ:SE-2 and WellComm results, and integrated reviews
    EyfsCheck,              // the EYFS progress check at two
    SupportPlan,            // the family support plan: service level and agreed actions
};

namespace ShareCategories {
QList<ShareCategory> all();                                   // in the order above
QString token(ShareCategory category);                         // "identity", "birth", "hv-contacts", "assessments", "eyfs", "support-plan"
std::optional<ShareCategory> fromToken(const QString& token);
QStringList tokens();
QString displayName(ShareCategory category);                   // translated, e.g. "Identity and contact details"
QStringList tokensOf(const QList<ShareCategory>& categories);  // in all() order, no repeats
} // namespace ShareCategories

// Another organisation this store exchanges bundles with, from its partner card.
struct Partner {
    QString uuid;
    QString name;
    QString code;               // the organisation code; unique among partners
    QByteArray encryptionKey;   // X25519 public key, 32 bytes
    QByteArray signingKey;      // Ed25519 public key, 32 bytes
    QString fingerprint;        // sharing::PartnerCard::fingerprint of the card
    QDateTime addedAt;          // UTC
    QString addedByName;        // display name when read
    std::optional<QDateTime> lastSentAt;     // last bundle exported to it
    std::optional<QDateTime> lastReceivedAt; // last bundle imported from it
    RecordMeta meta;
};

// A family's agreement to share, as recorded by a practitioner.
struct Consent {
    QString uuid;
    QString familyUuid;
    QString childUuid;          // empty: every child of the family
    QString givenByPersonUuid;  // an adult with parental responsibility
    QString givenByName;        // display name when read
    QStringList partnerCodes;   // one or more partner organisation codes
    QList<ShareCategory> categories;
    QString purpose;
    QString method;             // "written" or "verbal"
    QDate givenOn;
    QDate reviewOn;             // review or expiry date: the consent does not cover exports after it
    std::optional<QDate> withdrawnOn;
    QString withdrawalReason;
    QString recordedByName;     // display name when read
    RecordMeta meta;
};

enum class ConsentStatus { Active, NotYetValid, Expired, Withdrawn };

namespace ConsentMethods {
QStringList tokens();                         // "written", "verbal"
QString displayName(const QString& token);
} // namespace ConsentMethods

// A safeguarding decision about sharing without consent (golden rules 4 and 6). A decision to
// share covers exports to the partner from decidedOn to shareUntil; a decision not to share is
// a record of the reasoning only and changes no export.
struct SafeguardingDecision {
    QString uuid;
    QString familyUuid;
    QString childUuid;          // always one child
    bool share = true;
    QString partnerCode;
    QList<ShareCategory> categories; // what may be shared (share only)
    QString reason;
    QDate decidedOn;
    std::optional<QDate> shareUntil; // share only: at most 92 days after decidedOn
    QString authoriserUserUuid;      // a team lead of this store
    QString authoriserName;          // display name when read
    QString recordedByName;          // display name when read
    RecordMeta meta;
};

} // namespace tandem
