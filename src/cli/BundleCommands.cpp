// bundle export / import / inspect / conflicts / resolve.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "SharingOptions.h"
#include "SharingView.h"
#include "VisitOptions.h"

#include "tandem/services/BundleExportService.h"
#include "tandem/services/BundleImportService.h"

#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

QString alreadyImported(const ImportPreview& p)
{
    return tr("Bundle %1 from %2 was already imported; nothing changed.").arg(p.header.bundleUuid, p.header.senderCode);
}

int runExport(CliContext& c)
{
    const QString cmd = QStringLiteral("bundle export");
    const QString to = textOption(c.parser, "to"), out = textOption(c.parser, "out");
    const bool previewOnly = c.parser.isSet(QStringLiteral("preview"));
    if (to.isEmpty() || (out.isEmpty() && !previewOnly))
        return usageFor(c, cmd, tr("bundle export needs --to PARTNER_CODE and --out FILE (or --preview to see what would be sent)."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    BundleExportService service(*session.value());
    if (previewOnly) {
        auto preview = service.preview(to);
        if (!preview.ok())
            return c.out.failure(preview.error());
        return c.out.success({{QStringLiteral("preview"), exportPreviewJson(preview.value())}, {QStringLiteral("written"), false}},
                             exportPreviewText(preview.value()) + QLatin1Char('\n') + tr("This was a preview: nothing was written."));
    }
    BundleExportService::Progress progress;
    if (stderrIsTerminal() && !c.out.json())
        progress = [&c](int done, int total) {
            if (done == total || done % 1000 == 0)
                c.out.progress(tr("Prepared %1 of %2 children").arg(done).arg(total));
        };
    auto done = service.exportTo(to, out, progress);
    if (!done.ok())
        return c.out.failure(done.error());
    const ExportResult& r = done.value();
    return c.out.success({{QStringLiteral("bundle_uuid"), r.bundleUuid}, {QStringLiteral("path"), r.path},
                          {QStringLiteral("bytes"), r.bytes}, {QStringLiteral("sent"), exportPreviewJson(r.sent)}},
                         tr("Exported bundle %1 to %2 (%3) in %4 (%5 bytes). Send the file by your usual secure route; only %3 can open it.")
                                 .arg(r.bundleUuid, r.sent.partner.name, r.sent.partner.code, r.path)
                                 .arg(r.bytes)
                             + QLatin1Char('\n') + exportPreviewText(r.sent));
}

int runImport(CliContext& c)
{
    const QString path = c.arguments.value(0).trimmed();
    if (path.isEmpty())
        return usageFor(c, QStringLiteral("bundle import"), tr("bundle import needs the bundle FILE."));
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    BundleImportService service(*session.value());
    if (dryRun) {
        auto preview = service.preview(path);
        if (!preview.ok())
            return c.out.failure(preview.error());
        const ImportPreview& p = preview.value();
        const QJsonObject data{{QStringLiteral("preview"), importPreviewJson(p)}, {QStringLiteral("dry_run"), true},
                               {QStringLiteral("already_imported"), p.alreadyImported}};
        if (p.alreadyImported)
            return c.out.success(data, alreadyImported(p));
        if (!p.olderThanImported.isEmpty())
            return c.out.failure(makeError(ErrorCode::Refused, p.olderThanImported), data);
        return c.out.success(data, importPreviewText(p) + QLatin1Char('\n') + tr("This was a dry run: nothing was changed."));
    }
    auto done = service.import(path);
    if (!done.ok())
        return c.out.failure(done.error());
    const ImportPreview& p = done.value().applied;
    const QJsonObject data{{QStringLiteral("imported"), importPreviewJson(p)}, {QStringLiteral("dry_run"), false},
                           {QStringLiteral("already_imported"), p.alreadyImported},
                           {QStringLiteral("items_removed"), done.value().itemsRemoved}};
    if (p.alreadyImported)
        return c.out.success(data, alreadyImported(p));
    QString text = tr("Imported bundle %1 from %2 (%3).").arg(p.header.bundleUuid, p.partner.name, p.partner.code);
    if (done.value().itemsRemoved > 0)
        text += QLatin1Char(' ') + tr("Removed %1 shared items after consent was withdrawn.").arg(done.value().itemsRemoved);
    if (p.conflicts > 0)
        text += QLatin1Char(' ') + tr("%1 conflicts are kept side by side: see tandem-cli bundle conflicts.").arg(p.conflicts);
    return c.out.success(data, text + QLatin1Char('\n') + importPreviewText(p));
}

int runInspect(CliContext& c)
{
    const QString path = c.arguments.value(0).trimmed();
    if (path.isEmpty())
        return usageFor(c, QStringLiteral("bundle inspect"), tr("bundle inspect needs the bundle FILE."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    auto header = BundleImportService::inspectHeader(path);
    if (!header.ok())
        return c.out.failure(header.error());
    const sharing::BundleHeader& h = header.value();
    const QString own = s.organisation().code;
    const QString headerBlock = tr("Bundle header (not secret):") + QLatin1Char('\n') + headerText(h);
    if (h.recipientCode.compare(own, Qt::CaseInsensitive) != 0)
        return c.out.success({{QStringLiteral("header"), headerJson(h)}, {QStringLiteral("addressed_here"), false}},
                             headerBlock + QLatin1Char('\n')
                                 + tr("This bundle is addressed to another organisation (%1), not to %2: only %1 can open it.")
                                       .arg(h.recipientCode, own));
    auto preview = BundleImportService(s).preview(path);
    if (!preview.ok()) {
        if (!c.out.json())
            printText(headerBlock);
        return c.out.failure(preview.error(), {{QStringLiteral("header"), headerJson(h)}, {QStringLiteral("addressed_here"), true}});
    }
    QString content = importPreviewText(preview.value());
    if (preview.value().alreadyImported)
        content += QLatin1Char('\n') + tr("This bundle was already imported.");
    return c.out.success({{QStringLiteral("header"), headerJson(h)}, {QStringLiteral("addressed_here"), true},
                          {QStringLiteral("preview"), importPreviewJson(preview.value())}},
                         headerBlock + QStringLiteral("\n\n") + tr("Content (nothing was imported):") + QLatin1Char('\n') + content);
}

int runConflicts(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family");
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto conflicts = BundleImportService(*session.value()).conflicts(familyUuid);
    if (!conflicts.ok())
        return c.out.failure(conflicts.error());
    QJsonArray list;
    QStringList text{conflicts.value().isEmpty() ? tr("No open conflicts.")
                                                 : tr("Open conflicts, oldest first: %1. Resolve each with tandem-cli bundle resolve "
                                                      "CONFLICT_UUID --keep local|partner.")
                                                       .arg(conflicts.value().size())};
    for (const ShareConflict& conflict : conflicts.value()) {
        list.append(conflictJson(conflict));
        text << QString() << conflictText(conflict);
    }
    return c.out.success({{QStringLiteral("conflicts"), list}}, text.join(QLatin1Char('\n')));
}

int runResolve(CliContext& c)
{
    const QString cmd = QStringLiteral("bundle resolve");
    const QString uuid = c.arguments.value(0).trimmed();
    auto keep = tokenOption(c.parser, "keep", {QStringLiteral("local"), QStringLiteral("partner")});
    if (!keep.ok())
        return usageFor(c, cmd, keep.message());
    if (uuid.isEmpty() || keep.value().isEmpty())
        return usageFor(c, cmd, tr("bundle resolve needs the CONFLICT_UUID and --keep local|partner."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    const bool keepPartner = keep.value() == QLatin1String("partner");
    auto done = BundleImportService(*session.value()).resolve(uuid, keepPartner);
    if (!done.ok())
        return c.out.failure(done.error());
    return c.out.success({{QStringLiteral("conflict_uuid"), uuid}, {QStringLiteral("kept"), keep.value()}},
                         keepPartner ? tr("Resolved conflict %1: the partner's value is now in the record.").arg(uuid)
                                     : tr("Resolved conflict %1: the local value stays in the record.").arg(uuid));
}

} // namespace

QList<CommandSpec> bundleCommands()
{
    return {
        {QStringLiteral("bundle export"), tr("Export an encrypted sharing bundle for a partner: only what consent covers today."),
         {opt(QStringLiteral("to"), tr("The partner organisation's code."), tr("code")),
          opt(QStringLiteral("out"), tr("Where to write the bundle."), tr("file")),
          opt(QStringLiteral("preview"), tr("Show what would be sent, and who is left out and why; write nothing."))},
         true, runExport, QString(), 0},
        {QStringLiteral("bundle import"), tr("Import a partner's bundle, or with --dry-run show what it would change."),
         {opt(QStringLiteral("dry-run"), tr("Show new and matched children, field changes and conflicts; change nothing."))}, true,
         runImport, QStringLiteral("FILE"), 1},
        {QStringLiteral("bundle inspect"), tr("Show a bundle's header and, when it is addressed here, its content, without importing."), {},
         true, runInspect, QStringLiteral("FILE"), 1},
        {QStringLiteral("bundle conflicts"), tr("List fields changed both here and by a partner, kept side by side."),
         {opt(QStringLiteral("family"), tr("Only this household's conflicts."), tr("uuid"))}, true, runConflicts, QString(), 0},
        {QStringLiteral("bundle resolve"), tr("Resolve a conflict by keeping the local or the partner's value."),
         {opt(QStringLiteral("keep"), tr("local or partner."), tr("which"))}, true, runResolve, QStringLiteral("CONFLICT_UUID"), 1},
    };
}

} // namespace tandem::cli
