#include "tandem/domain/ContactRules.h"

#include "tandem/domain/ContactSchedule.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace tandem::domain::ContactRules {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::ContactRules", text); }

constexpr int kMaxYearsBack = 2;
constexpr int kMinReason = 5;

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString showDate(const QDate& date) { return date.toString(QStringLiteral("d MMM yyyy")); }
QString showDateTime(const QDateTime& at) { return at.toString(QStringLiteral("d MMM yyyy HH:mm")); }

// One-line text: whitespace collapsed, stored only when it fits. Returns the collapsed length.
qsizetype collapse(QString& text, int max)
{
    const QString simplified = text.simplified();
    const qsizetype n = length(simplified);
    if (n <= max)
        text = simplified;
    return n;
}

// Note text keeps its lines and paragraphs; only the ends are trimmed.
void checkNoteText(FieldIssues& issues, QString& text, const QString& field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        add(issues, field, tr("Write the note, or remove it."));
    else if (length(trimmed) > kMaxNote)
        add(issues, field, tr("Shorten the note to %1 characters or fewer; it has %2. Split a long account into "
                              "several notes.")
                               .arg(kMaxNote).arg(length(trimmed)));
    else
        text = trimmed;
}

void checkWhen(FieldIssues& issues, const QDateTime& at, const QDateTime& now)
{
    const QString field = QStringLiteral("contact.occurredAt");
    if (!at.isValid())
        add(issues, field, tr("Enter the date and time of the contact."));
    else if (at > now)
        add(issues, field, tr("The contact is dated %1, which is in the future: record a contact once it has "
                              "happened, or book an appointment instead.")
                               .arg(showDateTime(at)));
    else if (at < now.addYears(-kMaxYearsBack))
        add(issues, field, tr("The contact is dated %1, more than %2 years ago: check the year.")
                               .arg(showDateTime(at)).arg(kMaxYearsBack));
}

// Each covered child is one of the family's, and the contact type fits the child's birth.
void checkChildren(FieldIssues& issues, Contact& contact, const QList<Child>& familyChildren)
{
    const QString field = QStringLiteral("contact.children");
    contact.childUuids.removeDuplicates(); // a child ticked twice is still one child
    if (contact.childUuids.isEmpty()) {
        add(issues, field, tr("Choose at least one child the contact was about."));
        return;
    }
    QHash<QString, const Child*> byUuid;
    for (const Child& c : familyChildren)
        byUuid.insert(c.uuid, &c);
    const QDate day = contact.occurredAt.date();
    const std::optional<MandatedContact> mandated = mandatedContactForType(contact.type);
    const bool antenatal = mandated == MandatedContact::Antenatal;
    bool reportedStranger = false, reportedAfter = false, reportedBefore = false; // one message each
    for (const QString& uuid : contact.childUuids) {
        const Child* child = byUuid.value(uuid);
        if (!child) {
            if (!std::exchange(reportedStranger, true))
                add(issues, field, tr("One of the children chosen is not in this family: choose the children again."));
            continue;
        }
        if (!day.isValid())
            continue;
        const bool born = child->dateOfBirth && *child->dateOfBirth <= day;
        if (born && antenatal && !reportedAfter) {
            reportedAfter = true;
            add(issues, field, tr("An antenatal contact must be before the birth, but %1 was born on %2: choose "
                                  "another contact type or only the unborn child.")
                                   .arg(child->givenName, showDate(*child->dateOfBirth)));
        } else if (!born && mandated && !antenatal && !reportedBefore) {
            reportedBefore = true;
            add(issues, field, tr("A \"%1\" contact is for after the birth, but %2 was not yet born on %3: "
                                  "choose an antenatal contact, or check the date.")
                                   .arg(ContactTypes::displayName(contact.type), child->givenName, showDate(day)));
        }
    }
}

void checkDuration(FieldIssues& issues, const Contact& contact)
{
    const QString field = QStringLiteral("contact.duration");
    const int minutes = contact.durationMinutes;
    const bool missed = ContactTypes::isMissedAttempt(contact.type);
    if (minutes < 0)
        add(issues, field, tr("The duration cannot be negative; enter the minutes the contact lasted."));
    else if (minutes == 0 && !missed)
        add(issues, field, tr("Enter how many minutes the contact lasted; 0 is only for a contact that did not "
                              "happen (not brought or no access)."));
    else if (minutes > kMaxDurationMinutes)
        add(issues, field, tr("The visit lasted more than 8 hours (%1 minutes); check the duration.")
                               .arg(kMaxDurationMinutes));
}

void checkActions(FieldIssues& issues, QList<FollowUpAction>& actions, const QDate& contactDay)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        FollowUpAction& a = actions[i];
        const QString key = QStringLiteral("actions[%1].").arg(i);
        const qsizetype number = i + 1; // people count from 1
        if (const qsizetype n = collapse(a.description, kMaxActionText); n == 0)
            add(issues, key + QStringLiteral("description"), tr("Describe action %1, or remove it.").arg(number));
        else if (n > kMaxActionText)
            add(issues, key + QStringLiteral("description"),
                tr("Shorten action %1 to %2 characters or fewer; it has %3.").arg(number).arg(kMaxActionText).arg(n));
        if (!a.dueOn.isValid())
            add(issues, key + QStringLiteral("dueOn"), tr("Enter when action %1 is due.").arg(number));
        else if (contactDay.isValid() && a.dueOn < contactDay)
            add(issues, key + QStringLiteral("dueOn"),
                tr("Action %1 is due on %2, before the contact on %3: choose a due date on or after the contact.")
                    .arg(QString::number(number), showDate(a.dueOn), showDate(contactDay)));
        if (const qsizetype n = collapse(a.ownerName, kMaxOwner); n == 0)
            add(issues, key + QStringLiteral("owner"),
                tr("Enter who will do action %1, for example the health visitor or a parent.").arg(number));
        else if (n > kMaxOwner)
            add(issues, key + QStringLiteral("owner"),
                tr("Shorten who will do action %1 to %2 characters or fewer; it has %3.")
                    .arg(number).arg(kMaxOwner).arg(n));
    }
}

} // namespace

FieldIssues checkContact(Contact& contact, const QList<Child>& familyChildren, const QDateTime& now)
{
    FieldIssues issues;
    checkWhen(issues, contact.occurredAt, now);
    if (!ContactTypes::tokens().contains(contact.type))
        add(issues, QStringLiteral("contact.type"),
            tr("Choose the type of contact, for example a new birth visit or a clinic appointment."));
    if (!ContactPlaces::tokens().contains(contact.place))
        add(issues, QStringLiteral("contact.place"), tr("Choose where the contact took place."));
    checkChildren(issues, contact, familyChildren);
    checkDuration(issues, contact);

    // A missed attempt has nothing to summarise; any other contact needs its outcome.
    if (const qsizetype n = collapse(contact.outcome, kMaxOutcome); n == 0 && !ContactTypes::isMissedAttempt(contact.type))
        add(issues, QStringLiteral("contact.outcome"),
            tr("Enter the outcome: a short summary of what happened at the contact."));
    else if (n > kMaxOutcome)
        add(issues, QStringLiteral("contact.outcome"),
            tr("Shorten the outcome to %1 characters or fewer; it has %2. Put the detail in a note.")
                .arg(kMaxOutcome).arg(n));
    if (const qsizetype n = collapse(contact.peoplePresent, kMaxPeoplePresent); n > kMaxPeoplePresent)
        add(issues, QStringLiteral("contact.peoplePresent"),
            tr("Shorten who was present to %1 characters or fewer; it has %2.").arg(kMaxPeoplePresent).arg(n));

    checkActions(issues, contact.actions, contact.occurredAt.date());
    for (qsizetype i = 0; i < contact.notes.size(); ++i)
        checkNoteText(issues, contact.notes[i].text, QStringLiteral("notes[%1].text").arg(i));
    return issues;
}

FieldIssues checkNote(Note& note)
{
    FieldIssues issues;
    checkNoteText(issues, note.text, QStringLiteral("note.text"));
    return issues;
}

FieldIssues checkReason(QString& reason, const QString& field)
{
    FieldIssues issues;
    const QString simplified = reason.simplified();
    const qsizetype n = length(simplified);
    if (n == 0)
        add(issues, field, tr("Enter the reason."));
    else if (n < kMinReason)
        add(issues, field, tr("Give a fuller reason, at least %1 characters, so colleagues can understand it later.")
                               .arg(kMinReason));
    else if (n > kMaxReason)
        add(issues, field, tr("Shorten the reason to %1 characters or fewer; it has %2.").arg(kMaxReason).arg(n));
    else
        reason = simplified;
    return issues;
}

} // namespace tandem::domain::ContactRules
