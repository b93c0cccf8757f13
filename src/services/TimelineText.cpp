#include "TimelineText.h"

#include "ShareFields.h"

#include "tandem/core/Appointment.h"
#include "tandem/core/Assessment.h"
#include "tandem/core/Contact.h"
#include "tandem/core/ServiceLevel.h"
#include "tandem/core/Sharing.h"
#include "tandem/domain/ContactSchedule.h"

#include <QCoreApplication>

namespace tandem {

QString timelineSummary(const QString& kind, const QString& detail)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tandem::Timeline", text); };
    if (kind == QLatin1String("family.registered")) return tr("Family registered at %1").arg(detail);
    if (kind == QLatin1String("child.registered")) return tr("%1 registered").arg(detail);
    if (kind == QLatin1String("child.registered-antenatal")) return tr("%1 registered before birth").arg(detail);
    if (kind == QLatin1String("child.born")) return tr("%1 born: birth details recorded").arg(detail);
    if (kind == QLatin1String("child.updated")) return tr("%1: details changed").arg(detail);
    if (kind == QLatin1String("child.merged")) return tr("Duplicate record merged: %1").arg(detail);
    if (kind == QLatin1String("child.deleted")) return tr("%1: record deleted").arg(detail);
    if (kind == QLatin1String("person.added")) return tr("%1 added to the household").arg(detail);
    if (kind == QLatin1String("person.deleted")) return tr("%1: record deleted").arg(detail);
    if (kind == QLatin1String("family.updated")) return tr("Household details changed");
    if (kind == QLatin1String("family.deleted")) return tr("Family record deleted");
    if (kind == QLatin1String("address.changed")) return tr("Moved to %1").arg(detail);
    if (kind == QLatin1String("involvement.added")) return tr("Now involved: %1").arg(detail);
    if (kind == QLatin1String("involvement.ended")) return tr("No longer involved: %1").arg(detail);
    if (kind == QLatin1String("involvement.key-worker")) return tr("Key worker is now %1").arg(detail);
    if (kind == QLatin1String("import.csv")) return tr("Registered from an imported list (%1)").arg(detail);
    // Health visiting: details hold tokens (translated here) or a name, never note text.
    if (kind.startsWith(QLatin1String("contact."))) {
        const QString type = ContactTypes::displayName(kind.mid(8));
        return detail.isEmpty() ? type : tr("%1 (%2)").arg(type, ContactPlaces::displayName(detail));
    }
    if (kind == QLatin1String("note.added")) {
        const auto restriction = NoteRestrictions::fromToken(detail).value_or(NoteRestriction::None);
        return restriction == NoteRestriction::None ? tr("Note added")
                                                    : tr("Restricted note added (%1)").arg(NoteRestrictions::displayName(restriction));
    }
    if (kind == QLatin1String("service-level.changed")) return tr("Service level: %1").arg(ServiceLevels::displayName(detail));
    if (kind == QLatin1String("care.named-hv")) return detail.isEmpty() ? tr("No named health visitor") : tr("Named health visitor: %1").arg(detail);
    if (kind == QLatin1String("care.lead-professional")) return tr("Lead professional: %1").arg(detail);
    if (kind == QLatin1String("family.left-area")) return tr("Moved out of the area");
    if (kind == QLatin1String("family.returned")) return tr("Back in the area");
    auto contactName = [&] {
        const auto contact = domain::contactFromToken(detail);
        return contact ? domain::contactDisplayName(*contact) : detail;
    };
    if (kind == QLatin1String("schedule.declined")) return tr("%1 declined by the family").arg(contactName());
    if (kind == QLatin1String("schedule.not-applicable")) return tr("%1 marked not applicable").arg(contactName());
    if (kind == QLatin1String("schedule.cleared")) return tr("%1 scheduled again").arg(contactName());
    if (kind == QLatin1String("appointment.booked")) return tr("Visit booked: %1").arg(ContactTypes::displayName(detail));
    if (kind == QLatin1String("appointment.cancelled")) return tr("Planned visit cancelled: %1").arg(ContactTypes::displayName(detail));
    // Assessments: the outcome line for questionnaires and WellComm; only the setting for an
    // EYFS check, whose content the parent may not have agreed to share.
    if (kind == QLatin1String("assessment.eyfs")) return tr("EYFS progress check at two recorded by %1").arg(detail);
    if (kind == QLatin1String("assessment.follow-up")) {
        const auto assessed = AssessmentKinds::fromToken(detail);
        return tr("Follow-up plan recorded for the %1").arg(assessed ? AssessmentKinds::displayName(*assessed) : detail);
    }
    if (kind.startsWith(QLatin1String("assessment."))) {
        const auto assessed = AssessmentKinds::fromToken(kind.mid(11));
        if (assessed)
            return tr("%1: %2").arg(AssessmentKinds::displayName(*assessed), detail);
    }
    if (kind == QLatin1String("review.integrated")) return tr("Integrated review at 2 to 2½ years completed");
    // Consent and sharing: details hold partner codes, category tokens, field keys and counts,
    // never what was shared.
    auto codes = [](const QString& text) { return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QStringLiteral(", ")); };
    const QString first = detail.section(QLatin1Char('|'), 0, 0);
    const QString second = detail.section(QLatin1Char('|'), 1);
    if (kind == QLatin1String("consent.recorded")) {
        QStringList names;
        for (const QString& token : second.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto category = ShareCategories::fromToken(token);
            names << (category ? ShareCategories::displayName(*category) : token);
        }
        return names.isEmpty() ? tr("Consent to share with %1 recorded").arg(codes(first))
                               : tr("Consent to share with %1 recorded: %2").arg(codes(first), names.join(QStringLiteral("; ")));
    }
    if (kind == QLatin1String("consent.withdrawn")) return tr("Consent to share with %1 withdrawn").arg(codes(first));
    if (kind == QLatin1String("safeguarding.share")) return tr("Safeguarding decision: shared with %1 without consent").arg(detail);
    if (kind == QLatin1String("safeguarding.no-share")) return tr("Safeguarding decision: not to share with %1").arg(detail);
    if (kind == QLatin1String("share.sent")) return tr("Shared with %1 in a sharing bundle").arg(first);
    if (kind == QLatin1String("share.received")) return tr("Sharing bundle received from %1").arg(detail);
    if (kind == QLatin1String("share.changed")) return tr("%1 updated from %2's sharing bundle").arg(ShareFields::label(first), second);
    if (kind == QLatin1String("share.withdrawn")) {
        const int count = second.toInt();
        return count == 1 ? tr("%1's consent withdrawn: 1 shared item removed").arg(first)
                          : tr("%1's consent withdrawn: %2 shared items removed").arg(first).arg(count);
    }
    if (kind == QLatin1String("share.conflict-resolved"))
        return second == QLatin1String("partner") ? tr("%1: the partner's value was kept").arg(ShareFields::label(first))
                                                  : tr("%1: this record's value was kept").arg(ShareFields::label(first));
    return detail.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, detail);
}

} // namespace tandem
