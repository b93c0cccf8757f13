#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"
#include "tandem/services/ConsentService.h"

#include <QColor>
#include <QString>

namespace tandem::gui {

// How the family record's consent and sharing panel and its dialogs write consents, safeguarding decisions
// and partners as text. Pure formatting, translated once here.
namespace ConsentText {

// "Identity and contact details; Birth details", in ShareCategories::all() order.
QString categories(const QList<ShareCategory>& categories);
// "CC01, HV02"
QString partnerCodes(const QStringList& codes);
// The child's name, "Whole family" for a family consent, or "Child no longer on the record".
QString consentFor(const QString& childUuid, const Family& family);
QString wholeFamily();
// "Active", "Expires soon", "Expired", "Not yet valid", or "Withdrawn on 3 Jan 2026".
QString status(const ConsentView& view);
// The status line with what follows from it, for a tooltip or a screen reader:
// "Expires soon: review with the family by 1 Feb 2026", "Withdrawn on 3 Jan 2026: <reason>".
QString statusDetail(const ConsentView& view);
// Text and badge colours for the status: expiring soon stands out, withdrawn and expired are quiet.
QColor statusColour(const ConsentView& view);
QColor statusBadge(const ConsentView& view); // invalid: no badge

// "Shared without consent" or "Decided not to share".
QString decision(const SafeguardingDecision& decision);
QColor decisionBadge(const SafeguardingDecision& decision);
QColor decisionColour(const SafeguardingDecision& decision);
// "15 Jan 2026 to 14 Feb 2026" for a share, "15 Jan 2026" for a decision not to share.
QString decisionDates(const SafeguardingDecision& decision);

// The one line every consent form carries: restricted notes are never a category.
QString restrictedNotesNeverShared();

} // namespace ConsentText
} // namespace tandem::gui
