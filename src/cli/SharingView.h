#pragma once

#include "tandem/core/Sharing.h"
#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/sharing/PartnerCard.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tandem::cli {

// How the sharing records look on the command line, in the style of VisitView: JSON for scripts
// (ISO dates, UTC times with Z, category tokens) and labelled text for people (dates as
// "12 Mar 2026", category names). Safeguarding shares are always marked as made without consent.

QString categoryNames(const QList<ShareCategory>& categories); // "Identity and contact details; Birth details", or "—"
QJsonArray categoryTokens(const QList<ShareCategory>& categories);
QJsonValue utcIso(const std::optional<QDateTime>& at);         // "2026-03-12T14:30:00Z", or null
QString showWhen(const std::optional<QDateTime>& at);          // local "12 Mar 2026 14:30", or "never"

// Partner cards and partners.
QJsonObject cardJson(const sharing::PartnerCard& card);
QString cardText(const sharing::PartnerCard& card); // organisation, code, fingerprint: labelled lines
QJsonObject partnerJson(const Partner& partner);
QString partnerTable(const QList<Partner>& partners);

// Consents and safeguarding decisions; `children` maps child uuid to name ("" for the family).
QJsonObject consentJson(const ConsentView& view);
QString consentText(const ConsentView& view, const QHash<QString, QString>& children);
QJsonObject safeguardingJson(const SafeguardingDecision& decision, const QDate& today);
QString safeguardingText(const SafeguardingDecision& decision, const QHash<QString, QString>& children, const QDate& today);

// Bundles.
QJsonObject exportPreviewJson(const ExportPreview& preview);
QString exportPreviewText(const ExportPreview& preview);
QJsonObject headerJson(const sharing::BundleHeader& header);
QString headerText(const sharing::BundleHeader& header);
QJsonObject importPreviewJson(const ImportPreview& preview);
QString importPreviewText(const ImportPreview& preview);
QJsonObject conflictJson(const ShareConflict& conflict);
QString conflictText(const ShareConflict& conflict);

} // namespace tandem::cli
