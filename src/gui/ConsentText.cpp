#include "ConsentText.h"

#include "RecordText.h"

#include "tandem/domain/ConsentRules.h"

#include <QCoreApplication>

namespace tandem::gui::ConsentText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::ConsentText", text); }
} // namespace

QString categories(const QList<ShareCategory>& categories)
{
    QStringList names;
    for (ShareCategory c : ShareCategories::all())
        if (categories.contains(c))
            names << ShareCategories::displayName(c);
    return names.join(QStringLiteral("; "));
}

QString partnerCodes(const QStringList& codes) { return codes.join(QStringLiteral(", ")); }

QString wholeFamily() { return tr("Whole family"); }

QString consentFor(const QString& childUuid, const Family& family)
{
    if (childUuid.isEmpty())
        return wholeFamily();
    for (const Child& c : family.children)
        if (c.uuid == childUuid)
            return RecordText::childName(c);
    return tr("Child no longer on the record");
}

QString status(const ConsentView& view)
{
    if (view.status == ConsentStatus::Withdrawn && view.consent.withdrawnOn)
        return tr("Withdrawn on %1").arg(RecordText::date(*view.consent.withdrawnOn));
    if (view.expiresSoon)
        return tr("Expires soon");
    return domain::consentStatusDisplayName(view.status);
}

QString statusDetail(const ConsentView& view)
{
    const Consent& c = view.consent;
    switch (view.status) {
    case ConsentStatus::Withdrawn:
        return c.withdrawalReason.isEmpty() ? status(view) : tr("%1: %2").arg(status(view), c.withdrawalReason);
    case ConsentStatus::NotYetValid:
        return tr("Not yet valid: given from %1").arg(RecordText::date(c.givenOn));
    case ConsentStatus::Expired:
        return tr("Expired: the review date %1 has passed; record a new consent with the family").arg(RecordText::date(c.reviewOn));
    case ConsentStatus::Active:
        break;
    }
    if (view.expiresSoon)
        return tr("Expires soon: review with the family by %1").arg(RecordText::date(c.reviewOn));
    return tr("Active until %1").arg(RecordText::date(c.reviewOn));
}

QColor statusColour(const ConsentView& view)
{
    if (view.expiresSoon)
        return QColor(0x6b, 0x42, 0x00); // dark amber, as the caseload's flags
    if (view.status == ConsentStatus::Active)
        return QColor(0x1b, 0x5e, 0x20);
    return QColor(0x4a, 0x55, 0x63);
}

QColor statusBadge(const ConsentView& view)
{
    if (view.expiresSoon)
        return QColor(0xfb, 0xec, 0xcd);
    if (view.status == ConsentStatus::Active)
        return QColor(0xe3, 0xf1, 0xe4);
    return {};
}

QString decision(const SafeguardingDecision& d) { return d.share ? tr("Shared without consent") : tr("Decided not to share"); }

QColor decisionBadge(const SafeguardingDecision& d) { return d.share ? QColor(0xfb, 0xdd, 0xe2) : QColor(0xe4, 0xe9, 0xf2); }

QColor decisionColour(const SafeguardingDecision& d) { return d.share ? QColor(0x7a, 0x00, 0x14) : QColor(0x1f, 0x3a, 0x5f); }

QString decisionDates(const SafeguardingDecision& d)
{
    if (d.share && d.shareUntil)
        return tr("%1 to %2").arg(RecordText::date(d.decidedOn), RecordText::date(*d.shareUntil));
    return RecordText::date(d.decidedOn);
}

QString restrictedNotesNeverShared()
{
    return tr("Restricted notes are never shared, whatever is chosen here.");
}

} // namespace tandem::gui::ConsentText
