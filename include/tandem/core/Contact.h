#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// Something agreed at a contact: who does it and by when.
struct FollowUpAction {
    QString uuid;
    QString description;
    QDate dueOn;
    QString ownerName;             // as written on the form, e.g. "Amara (HV)" or "Mum"
    QString ownerUserUuid;         // set when the owner is a user of this store
    std::optional<QDate> doneOn;   // set when the action is marked done
    RecordMeta meta;
};

// Who may read a note's text. Everyone sees that a restricted note exists, its date and
// author; the text reaches only the professions allowed (checked in NoteService).
enum class NoteRestriction {
    None,            // anyone who can open the record
    HealthVisiting,  // health visiting only
    Safeguarding,    // practitioners with a safeguarding role (see docs/security.md)
};

struct Note {
    QString uuid;
    QString familyUuid;
    QString childUuid;   // empty when about the household
    QString contactUuid; // set when written at a contact
    QDateTime writtenAt; // UTC
    QString authorUserUuid;
    QString authorName;  // display name when read
    NoteRestriction restriction = NoteRestriction::None;
    // Filled only when the reader may read it. Lists never carry restricted text: a reader
    // who may see it asks NoteService::reveal for it, which audits the read.
    QString text;
    bool withheld = false; // true when text was left out because the note is restricted
    RecordMeta meta;
};

// A contact with a family: a home visit, a clinic appointment, a call, or an attempt
// that did not happen (not brought, no access). One contact can cover several children.
struct Contact {
    QString uuid;
    QString familyUuid;
    QStringList childUuids;        // children of the family the contact covered
    QDateTime occurredAt;          // local date and time as the practitioner gave it
    QString type;                  // ContactTypes::tokens()
    QString place;                 // ContactPlaces::tokens()
    QString practitionerUserUuid;  // defaults to the user recording it
    QString practitionerName;      // display name when read
    QString peoplePresent;         // free text, e.g. "Mother, maternal grandmother"
    int durationMinutes = 0;       // 0 for a contact that did not happen
    QString outcome;               // short unrestricted summary
    QList<FollowUpAction> actions;
    QList<Note> notes;             // notes written at this contact
    RecordMeta meta;
};

namespace ContactTypes {
// "antenatal", "new-birth", "six-to-eight-week", "twelve-month", "two-year",
// "additional", "clinic", "phone-video", "not-brought", "no-access"
QStringList tokens();
QString displayName(const QString& token); // translated; the token itself if unknown
// The five mandated Healthy Child Programme contacts.
bool isMandated(const QString& token);
// Not brought / did not attend and no access: the family was not seen.
bool isMissedAttempt(const QString& token);
} // namespace ContactTypes

namespace ContactPlaces {
// "home", "clinic", "childrens-centre", "virtual"
QStringList tokens();
QString displayName(const QString& token);
} // namespace ContactPlaces

namespace NoteRestrictions {
QString token(NoteRestriction restriction);                 // "none", "health-visiting", "safeguarding"
std::optional<NoteRestriction> fromToken(const QString& token);
QStringList tokens();
QString displayName(NoteRestriction restriction);           // "Health visiting only", ...
} // namespace NoteRestrictions

} // namespace tandem
