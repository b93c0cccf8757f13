#include "SharingView.h"
#include "VisitView.h"

#include "tandem/domain/ConsentRules.h"

#include <QCoreApplication>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::SharingView", text); }

QJsonArray strings(const QStringList& list) { return QJsonArray::fromStringList(list); }

QString orDash(const QString& text) { return text.isEmpty() ? tr("—") : text; }

QString namesLine(const QStringList& names) { return names.isEmpty() ? tr("none") : QStringLiteral("%1: %2").arg(names.size()).arg(names.join(QStringLiteral(", "))); }

QJsonArray perCategoryJson(const QList<QPair<ShareCategory, int>>& perCategory)
{
    QJsonArray out;
    for (const auto& [category, children] : perCategory)
        out.append(QJsonObject{{QStringLiteral("category"), ShareCategories::token(category)}, {QStringLiteral("children"), children}});
    return out;
}

// "    Identity and contact details  3" rows, children per category.
QString perCategoryText(const QList<QPair<ShareCategory, int>>& perCategory, const QString& indent)
{
    QList<QStringList> rows;
    for (const auto& [category, children] : perCategory)
        rows << QStringList{ShareCategories::displayName(category), QString::number(children)};
    return rows.isEmpty() ? indent + tr("none") : columns(rows, indent);
}

} // namespace

QString categoryNames(const QList<ShareCategory>& categories)
{
    QStringList names;
    for (ShareCategory c : categories)
        names << ShareCategories::displayName(c);
    return names.isEmpty() ? tr("—") : names.join(QStringLiteral("; "));
}

QJsonArray categoryTokens(const QList<ShareCategory>& categories) { return strings(ShareCategories::tokensOf(categories)); }

QJsonValue utcIso(const std::optional<QDateTime>& at)
{
    return at && at->isValid() ? QJsonValue(at->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString showWhen(const std::optional<QDateTime>& at) { return at && at->isValid() ? showDayTime(at->toLocalTime()) : tr("never"); }

QJsonObject cardJson(const sharing::PartnerCard& card)
{
    return {{QStringLiteral("organisation"), card.organisationName}, {QStringLiteral("code"), card.organisationCode},
            {QStringLiteral("fingerprint"), card.fingerprint()}};
}

QString cardText(const sharing::PartnerCard& card)
{
    return columns({{tr("Organisation"), card.organisationName}, {tr("Code"), card.organisationCode}, {tr("Fingerprint"), card.fingerprint()}},
                   QStringLiteral("  "));
}

QJsonObject partnerJson(const Partner& p)
{
    return {{QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("fingerprint"), p.fingerprint},
            {QStringLiteral("added_at"), utcIso(p.addedAt)},
            {QStringLiteral("added_by"), textOrNull(p.addedByName)},
            {QStringLiteral("last_sent_at"), utcIso(p.lastSentAt)},
            {QStringLiteral("last_received_at"), utcIso(p.lastReceivedAt)}};
}

QString partnerTable(const QList<Partner>& partners)
{
    if (partners.isEmpty())
        return tr("No partner organisations yet. Add one with tandem-cli partner add CARD.");
    QStringList blocks;
    for (const Partner& p : partners)
        blocks << p.name + QStringLiteral(" (") + p.code + QLatin1Char(')') + QLatin1Char('\n')
                      + columns({{tr("Fingerprint"), p.fingerprint},
                                 {tr("Added"), showWhen(p.addedAt) + (p.addedByName.isEmpty() ? QString() : tr(" by %1").arg(p.addedByName))},
                                 {tr("Last sent"), showWhen(p.lastSentAt)},
                                 {tr("Last received"), showWhen(p.lastReceivedAt)}},
                                QStringLiteral("  "));
    return blocks.join(QStringLiteral("\n\n"));
}

QJsonObject consentJson(const ConsentView& v)
{
    const Consent& c = v.consent;
    return {{QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("family_uuid"), c.familyUuid},
            {QStringLiteral("child_uuid"), textOrNull(c.childUuid)},
            {QStringLiteral("given_by_uuid"), c.givenByPersonUuid},
            {QStringLiteral("given_by"), textOrNull(c.givenByName)},
            {QStringLiteral("partners"), strings(c.partnerCodes)},
            {QStringLiteral("categories"), categoryTokens(c.categories)},
            {QStringLiteral("purpose"), c.purpose},
            {QStringLiteral("method"), c.method},
            {QStringLiteral("given_on"), isoDay(c.givenOn)},
            {QStringLiteral("review_on"), isoDay(c.reviewOn)},
            {QStringLiteral("withdrawn_on"), isoDay(c.withdrawnOn)},
            {QStringLiteral("withdrawal_reason"), textOrNull(c.withdrawalReason)},
            {QStringLiteral("recorded_by"), textOrNull(c.recordedByName)},
            {QStringLiteral("status"), domain::consentStatusToken(v.status)},
            {QStringLiteral("expires_soon"), v.expiresSoon}};
}

QString consentText(const ConsentView& v, const QHash<QString, QString>& children)
{
    const Consent& c = v.consent;
    QString heading = domain::consentStatusDisplayName(v.status);
    if (v.expiresSoon)
        heading += tr(", expires soon");
    const QString who = c.childUuid.isEmpty() ? tr("the whole family") : children.value(c.childUuid, c.childUuid);
    heading += QStringLiteral(": ") + tr("%1 consent from %2 for %3").arg(ConsentMethods::displayName(c.method), orDash(c.givenByName), who);
    QList<QStringList> rows{{tr("Consent"), c.uuid},
                            {tr("Partners"), c.partnerCodes.join(QStringLiteral(", "))},
                            {tr("Shares"), categoryNames(c.categories)},
                            {tr("Purpose"), c.purpose},
                            {tr("Given"), showDay(c.givenOn)},
                            {tr("Review"), showDay(c.reviewOn)}};
    if (c.withdrawnOn)
        rows << QStringList{tr("Withdrawn"), showDay(c.withdrawnOn) + QStringLiteral(": ") + c.withdrawalReason};
    if (!c.recordedByName.isEmpty())
        rows << QStringList{tr("Recorded by"), c.recordedByName};
    return heading + QLatin1Char('\n') + columns(rows, QStringLiteral("  "));
}

QJsonObject safeguardingJson(const SafeguardingDecision& d, const QDate& today)
{
    return {{QStringLiteral("uuid"), d.uuid},
            {QStringLiteral("family_uuid"), d.familyUuid},
            {QStringLiteral("child_uuid"), d.childUuid},
            {QStringLiteral("share"), d.share},
            {QStringLiteral("partner"), d.partnerCode},
            {QStringLiteral("categories"), categoryTokens(d.categories)},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("decided_on"), isoDay(d.decidedOn)},
            {QStringLiteral("share_until"), isoDay(d.shareUntil)},
            {QStringLiteral("active"), domain::ConsentRules::safeguardingActive(d, today)},
            {QStringLiteral("authoriser_uuid"), d.authoriserUserUuid},
            {QStringLiteral("authoriser"), textOrNull(d.authoriserName)},
            {QStringLiteral("recorded_by"), textOrNull(d.recordedByName)}};
}

QString safeguardingText(const SafeguardingDecision& d, const QHash<QString, QString>& children, const QDate& today)
{
    const QString child = children.value(d.childUuid, d.childUuid);
    QString heading;
    if (!d.share)
        heading = tr("SAFEGUARDING: decided not to share %1's information with %2").arg(child, d.partnerCode);
    else
        heading = tr("SAFEGUARDING SHARE WITHOUT CONSENT: %1's information with %2%3")
                      .arg(child, d.partnerCode,
                           domain::ConsentRules::safeguardingActive(d, today) ? tr(" (in force)") : tr(" (not in force today)"));
    QList<QStringList> rows{{tr("Decision"), d.uuid}, {tr("Decided"), showDay(d.decidedOn)}};
    if (d.share)
        rows << QStringList{tr("Shares"), categoryNames(d.categories)} << QStringList{tr("Until"), showDay(d.shareUntil)};
    rows << QStringList{tr("Reason"), d.reason} << QStringList{tr("Authorised by"), orDash(d.authoriserName)};
    if (!d.recordedByName.isEmpty())
        rows << QStringList{tr("Recorded by"), d.recordedByName};
    return heading + QLatin1Char('\n') + columns(rows, QStringLiteral("  "));
}

QJsonObject exportPreviewJson(const ExportPreview& p)
{
    QJsonArray leftOut;
    for (const LeftOutChild& c : p.leftOut)
        leftOut.append(QJsonObject{{QStringLiteral("child_uuid"), c.childUuid}, {QStringLiteral("name"), c.childName},
                                   {QStringLiteral("reason"), c.reason}});
    return {{QStringLiteral("partner"), QJsonObject{{QStringLiteral("name"), p.partner.name}, {QStringLiteral("code"), p.partner.code}}},
            {QStringLiteral("children"), p.children},
            {QStringLiteral("withdrawal_notices"), p.withdrawalNotices},
            {QStringLiteral("safeguarding_shares"), p.safeguardingShares},
            {QStringLiteral("per_category"), perCategoryJson(p.perCategory)},
            {QStringLiteral("contacts"), p.contacts},
            {QStringLiteral("assessments"), p.assessments},
            {QStringLiteral("eyfs_checks"), p.eyfsChecks},
            {QStringLiteral("reviews"), p.reviews},
            {QStringLiteral("left_out"), leftOut}};
}

QString exportPreviewText(const ExportPreview& p)
{
    QStringList lines{tr("To %1 (%2):").arg(p.partner.name, p.partner.code)};
    lines << columns({{tr("Children"), QString::number(p.children)},
                      {tr("Withdrawal notices"), QString::number(p.withdrawalNotices)},
                      {tr("Safeguarding shares"), tr("%1 (shared without consent)").arg(p.safeguardingShares)},
                      {tr("Records"), tr("%1 contacts, %2 assessments, %3 EYFS checks, %4 integrated reviews")
                                          .arg(p.contacts)
                                          .arg(p.assessments)
                                          .arg(p.eyfsChecks)
                                          .arg(p.reviews)}},
                     QStringLiteral("  "));
    lines << tr("  Children per category:") << perCategoryText(p.perCategory, QStringLiteral("    "));
    if (p.leftOut.isEmpty()) {
        lines << tr("  Left out: none");
    } else {
        lines << tr("  Left out:");
        QList<QStringList> rows;
        for (const LeftOutChild& c : p.leftOut)
            rows << QStringList{c.childName, c.reason};
        lines << columns(rows, QStringLiteral("    "));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject headerJson(const sharing::BundleHeader& h)
{
    return {{QStringLiteral("format"), h.format},
            {QStringLiteral("sender"), h.senderCode},
            {QStringLiteral("recipient"), h.recipientCode},
            {QStringLiteral("bundle_uuid"), h.bundleUuid},
            {QStringLiteral("created_at"), utcIso(h.createdAt)}};
}

QString headerText(const sharing::BundleHeader& h)
{
    return columns({{tr("Format"), QString::number(h.format)},
                    {tr("Sender"), h.senderCode},
                    {tr("Recipient"), h.recipientCode},
                    {tr("Bundle"), h.bundleUuid},
                    {tr("Created"), showWhen(h.createdAt)}},
                   QStringLiteral("  "));
}

QJsonObject importPreviewJson(const ImportPreview& p)
{
    QJsonArray changes;
    for (const FieldChange& f : p.changes)
        changes.append(QJsonObject{{QStringLiteral("child_uuid"), textOrNull(f.childUuid)},
                                   {QStringLiteral("child"), f.childName},
                                   {QStringLiteral("field"), f.field},
                                   {QStringLiteral("label"), f.fieldLabel},
                                   {QStringLiteral("local"), f.localValue},
                                   {QStringLiteral("partner"), f.partnerValue},
                                   {QStringLiteral("conflict"), f.conflict}});
    return {{QStringLiteral("header"), headerJson(p.header)},
            {QStringLiteral("partner"), QJsonObject{{QStringLiteral("name"), p.partner.name}, {QStringLiteral("code"), p.partner.code}}},
            {QStringLiteral("already_imported"), p.alreadyImported},
            {QStringLiteral("older_than_imported"), textOrNull(p.olderThanImported)},
            {QStringLiteral("new_children"), strings(p.newChildren)},
            {QStringLiteral("matched_children"), strings(p.matchedChildren)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("conflicts"), p.conflicts},
            {QStringLiteral("items"), p.sharedItems},
            {QStringLiteral("per_category"), perCategoryJson(p.perCategory)},
            {QStringLiteral("withdrawals"), strings(p.withdrawals)},
            {QStringLiteral("safeguarding"), strings(p.safeguarding)}};
}

QString importPreviewText(const ImportPreview& p)
{
    QStringList lines{tr("Bundle %1 from %2 (%3), created %4")
                          .arg(p.header.bundleUuid, p.partner.name.isEmpty() ? p.header.senderCode : p.partner.name, p.header.senderCode,
                               showWhen(p.header.createdAt))};
    lines << columns({{tr("New children"), namesLine(p.newChildren)},
                      {tr("Matched children"), namesLine(p.matchedChildren)},
                      {tr("Shared items"), tr("%1 (contacts, results, plans and consents)").arg(p.sharedItems)},
                      {tr("Withdrawals"), p.withdrawals.isEmpty() ? tr("none")
                                                                  : namesLine(p.withdrawals) + tr(" (their shared data will be removed)")},
                      {tr("Safeguarding"), p.safeguarding.isEmpty() ? tr("none") : namesLine(p.safeguarding) + tr(" (shared without consent)")},
                      {tr("Conflicts"), QString::number(p.conflicts)}},
                     QStringLiteral("  "));
    lines << tr("  Children per category:") << perCategoryText(p.perCategory, QStringLiteral("    "));
    if (p.changes.isEmpty()) {
        lines << tr("  Field changes: none");
    } else {
        lines << tr("  Field changes:");
        QList<QStringList> rows{{tr("Child"), tr("Field"), tr("Here"), tr("Partner"), QString()}};
        for (const FieldChange& f : p.changes)
            rows << QStringList{f.childName, f.fieldLabel, orDash(f.localValue), orDash(f.partnerValue),
                                f.conflict ? tr("conflict: both kept for a person to resolve") : tr("partner's value applied")};
        lines << columns(rows, QStringLiteral("    "));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject conflictJson(const ShareConflict& c)
{
    return {{QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("partner"), QJsonObject{{QStringLiteral("name"), c.partnerName}, {QStringLiteral("code"), c.partnerCode}}},
            {QStringLiteral("bundle_uuid"), c.bundleUuid},
            {QStringLiteral("family_uuid"), c.familyUuid},
            {QStringLiteral("child_uuid"), textOrNull(c.childUuid)},
            {QStringLiteral("child"), c.childName},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("label"), c.fieldLabel},
            {QStringLiteral("local"), c.localValue},
            {QStringLiteral("partner_value"), c.partnerValue},
            {QStringLiteral("detected_at"), utcIso(c.detectedAt)}};
}

QString conflictText(const ShareConflict& c)
{
    return tr("%1: %2").arg(orDash(c.childName), c.fieldLabel) + QLatin1Char('\n')
           + columns({{tr("Conflict"), c.uuid},
                      {tr("Here"), orDash(c.localValue)},
                      {c.partnerName.isEmpty() ? c.partnerCode : c.partnerName, orDash(c.partnerValue)},
                      {tr("Found"), showWhen(c.detectedAt)}},
                     QStringLiteral("  "));
}

} // namespace tandem::cli
