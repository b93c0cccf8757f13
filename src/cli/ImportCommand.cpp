// family import-csv: map the file's columns, preview every row, then register the valid ones.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "FamilyView.h"

#include "tandem/core/Csv.h"
#include "tandem/services/CsvImportService.h"

#include <QFile>
#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

using Status = ImportRow::Status;

QString statusToken(Status s)
{
    switch (s) {
    case Status::New: return QStringLiteral("new");
    case Status::Matches: return QStringLiteral("matches");
    case Status::Similar: return QStringLiteral("similar");
    case Status::Error: return QStringLiteral("error");
    }
    return {};
}

// Applies "--map field=Column" (a heading, or a 1-based column number; empty to unmap).
Result<void> applyOverrides(const QStringList& overrides, const QStringList& header, CsvMapping& mapping)
{
    QStringList keys;
    for (const ImportField& f : CsvImportService::fields())
        keys << f.key;
    for (const QString& o : overrides) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        const QString key = o.left(eq).trimmed();
        if (eq < 0 || !keys.contains(key))
            return makeError(ErrorCode::Invalid, tr("--map \"%1\": write it as FIELD=COLUMN, where FIELD is one of %2.")
                                                     .arg(o, keys.join(QStringLiteral(", "))));
        const QString column = o.mid(eq + 1).trimmed();
        if (column.isEmpty()) {
            mapping.remove(key);
            continue;
        }
        // A heading first (a column may be called "2024"), then a 1-based column number.
        int index = -1;
        for (int i = 0; index < 0 && i < header.size(); ++i)
            if (header.at(i).compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber)
            index = number - 1;
        if (index < 0 || index >= header.size())
            return makeError(ErrorCode::Invalid, tr("--map %1: the file has no column \"%2\". Its columns are: %3.")
                                                     .arg(key, column, header.join(QStringLiteral(", "))));
        mapping.insert(key, index);
    }
    for (const ImportField& f : CsvImportService::fields())
        if (f.required && !mapping.contains(f.key))
            return makeError(ErrorCode::Invalid, tr("The file has no column for %1 (%2), which every row needs: name the column "
                                                    "with --map %2=COLUMN.").arg(f.label, f.key));
    return {};
}

QString rowText(const ImportRow& r)
{
    const Child& child = r.draft.children.value(0);
    const QString name = fullName(child.givenName, child.familyName);
    QString detail;
    switch (r.status) {
    case Status::New:
        detail = r.joinsRow > 0 ? tr("%1: joins the household of row %2").arg(name).arg(r.joinsRow)
               : !r.joinsFamilyUuid.isEmpty() ? tr("%1: joins household %2, already at this address").arg(name, r.joinsFamilyUuid)
                                              : tr("%1: new household").arg(name);
        break;
    case Status::Similar:
        detail = QStringLiteral("%1: %2").arg(name, r.reason);
        break;
    default:
        detail = r.reason;
    }
    return tr("Row %1").arg(r.line).leftJustified(10) + statusToken(r.status).leftJustified(9) + detail;
}

QJsonObject rowJson(const ImportRow& r)
{
    const Child& child = r.draft.children.value(0);
    return {{QStringLiteral("line"), r.line}, {QStringLiteral("status"), statusToken(r.status)},
            {QStringLiteral("reason"), r.reason}, {QStringLiteral("name"), fullName(child.givenName, child.familyName)},
            {QStringLiteral("matched_child_uuid"), r.matchedChildUuid.isEmpty() ? QJsonValue() : QJsonValue(r.matchedChildUuid)},
            {QStringLiteral("joins_family_uuid"), r.joinsFamilyUuid.isEmpty() ? QJsonValue() : QJsonValue(r.joinsFamilyUuid)},
            {QStringLiteral("joins_row"), r.joinsRow > 0 ? QJsonValue(r.joinsRow) : QJsonValue()}};
}

int runImportCsv(CliContext& c)
{
    if (c.arguments.size() != 1)
        return c.out.usage(tr("family import-csv needs the FILE to import. See tandem-cli family import-csv --help."));
    const QString path = c.arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.out.failure(makeError(ErrorCode::Io, tr("Cannot read %1: %2.").arg(path, file.errorString())));
    auto table = Csv::parse(file.readAll());
    if (!table.ok())
        return c.out.failure(makeError(table.error().code, tr("%1: %2").arg(path, table.message())));
    CsvMapping mapping = CsvImportService::guessMapping(table.value().header);
    if (auto mapped = applyOverrides(c.parser.values(QStringLiteral("map")), table.value().header, mapping); !mapped.ok())
        return c.out.usage(mapped.message());

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    CsvImportService service(*session.value());
    auto plan = service.plan(table.value(), mapping);
    if (!plan.ok())
        return c.out.failure(plan.error());
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    const bool includeSimilar = c.parser.isSet(QStringLiteral("include-similar"));
    const ImportPlan& p = plan.value();
    const int errors = p.count(Status::Error), similar = p.count(Status::Similar);
    const int similarSkipped = includeSimilar ? 0 : similar;

    QJsonArray rows;
    QStringList lines;
    for (const ImportRow& r : p.rows) {
        rows.append(rowJson(r));
        lines << rowText(r);
    }
    QJsonObject mappingJson;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingJson.insert(it.key(), QJsonObject{{QStringLiteral("column"), it.value() + 1},
                                                 {QStringLiteral("header"), table.value().header.at(it.value())}});
    QJsonObject data{{QStringLiteral("file"), path}, {QStringLiteral("dry_run"), dryRun},
                     {QStringLiteral("include_similar"), includeSimilar}, {QStringLiteral("mapping"), mappingJson},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("counts"), QJsonObject{{QStringLiteral("new"), p.count(Status::New)},
                                                            {QStringLiteral("matches"), p.count(Status::Matches)},
                                                            {QStringLiteral("similar"), similar}, {QStringLiteral("error"), errors}}}};
    lines << tr("Rows: new %1, already held %2, similar to a child already held %3, with errors %4.")
                 .arg(p.count(Status::New)).arg(p.count(Status::Matches)).arg(similar).arg(errors);
    const QString skippedWhy = tr("with errors %1, similar and not confirmed %2").arg(errors).arg(similarSkipped);
    const QString similarHint = similarSkipped > 0 ? QLatin1Char(' ') + tr("Check the similar rows; add --include-similar "
                                                                          "to register them as different children.")
                                                   : QString();
    data.insert(QStringLiteral("skipped"), QJsonObject{{QStringLiteral("total"), errors + similarSkipped},
                                                       {QStringLiteral("errors"), errors}, {QStringLiteral("similar"), similarSkipped}});
    if (dryRun) {
        lines << tr("Dry run: nothing was written. Importing would register children: %1; skip rows: %2 (%3).")
                     .arg(p.count(Status::New) + similar - similarSkipped).arg(errors + similarSkipped).arg(skippedWhy) + similarHint;
        return c.out.success(data, lines.join(QLatin1Char('\n')));
    }

    // A long list takes a while: say how far it has got (text mode only, on standard error).
    auto outcome = service.apply(table.value(), mapping, includeSimilar, [&c](int done, int total) {
        if (done % 500 == 0 || done == total)
            c.out.progress(tr("Written %1 of %2 rows").arg(done).arg(total));
    });
    if (!outcome.ok())
        return c.out.failure(outcome.error());
    const ImportOutcome& o = outcome.value();
    data.insert(QStringLiteral("created"), QJsonObject{{QStringLiteral("families"), o.familiesCreated},
                                                       {QStringLiteral("children"), o.childrenCreated}});
    data.insert(QStringLiteral("matched"), o.matched);
    data.insert(QStringLiteral("skipped"), QJsonObject{{QStringLiteral("total"), o.skipped},
                                                       {QStringLiteral("errors"), errors}, {QStringLiteral("similar"), similarSkipped}});
    lines << tr("Imported. Children registered: %1; new households: %2; already held: %3.")
                 .arg(o.childrenCreated).arg(o.familiesCreated).arg(o.matched);
    if (o.skipped > 0)
        lines << tr("Rows skipped: %1 (%2). Correct them in the file and import it again: rows already imported are "
                    "recognised and not registered twice.").arg(o.skipped).arg(skippedWhy) + similarHint;
    return c.out.success(data, lines.join(QLatin1Char('\n')));
}

} // namespace

CommandSpec importCsvCommand()
{
    return {QStringLiteral("family import-csv"), tr("Register families from a CSV file: preview, then import the valid rows."),
            {opt(QStringLiteral("map"), tr("Which column fills a field, e.g. --map child.nhsNumber=\"NHS No\" or "
                                           "--map family.postcode=7; repeat for more fields."), tr("field=column")),
             opt(QStringLiteral("dry-run"), tr("Preview every row without writing anything.")),
             opt(QStringLiteral("include-similar"), tr("Also register rows similar to a child already held."))},
            true, runImportCsv, QStringLiteral("FILE"), 1};
}

} // namespace tandem::cli
