#include "tandem/services/CsvImportService.h"
#include "CsvImportWriter.h"
#include "CsvRowReader.h"
#include "FamilyWriter.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/TextFold.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/Transaction.h"

#include <QSet>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::CsvImportService", text); }

using Status = ImportRow::Status;

QString labelFor(const QString& key)
{
    for (const ImportField& f : CsvImportService::fields())
        if (f.key == key)
            return f.label;
    return key;
}

Result<void> checkMapping(const QStringList& header, const CsvMapping& mapping)
{
    QSet<QString> known;
    for (const ImportField& f : CsvImportService::fields())
        known.insert(f.key);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!known.contains(it.key()))
            return makeError(ErrorCode::Invalid, tr("\"%1\" is not a field Tandem imports.").arg(it.key()));
        if (it.value() < 0 || it.value() >= header.size())
            return makeError(ErrorCode::Invalid, tr("%1 is set to column %2, but the file has %3 columns.")
                                                     .arg(labelFor(it.key())).arg(it.value() + 1).arg(header.size()));
    }
    for (const ImportField& f : CsvImportService::fields())
        if (f.required && !mapping.contains(f.key))
            return makeError(ErrorCode::Invalid, tr("Choose the column that holds %1: every row needs it.").arg(f.label));
    return {};
}

// The same child, for a row without an NHS number: folded names, the day and the postcode.
QString identityKey(const Family& f)
{
    const Child& c = f.children.first();
    const QDate day = c.dateOfBirth ? *c.dateOfBirth : c.expectedDeliveryDate.value_or(QDate());
    return QStringList{domain::TextFold::fold(c.givenName), domain::TextFold::fold(c.familyName),
                       c.isUnborn() ? QStringLiteral("due") : QStringLiteral("born"), day.toString(Qt::ISODate), f.address.postcode}
        .join(QLatin1Char('\x1f'));
}

bool sameIdentity(const Family& f, const ChildSummary& held)
{
    const Child& c = f.children.first();
    return domain::TextFold::fold(c.givenName) == domain::TextFold::fold(held.givenName)
        && domain::TextFold::fold(c.familyName) == domain::TextFold::fold(held.familyName) && f.address.postcode == held.postcode;
}

// Decides each row's status against the store and the rows before it in the file.
class Planner {
public:
    explicit Planner(Session& session) : m_session(session), m_children(session.database()), m_families(session.database()) {}

    Result<void> classify(ImportRow& row, bool readable);

private:
    Result<bool> matchStore(ImportRow& row);
    Result<void> findHousehold(ImportRow& row);

    Session& m_session;
    store::ChildRepository m_children;
    store::FamilyRepository m_families;
    QHash<QString, int> m_nhsLine;       // NHS number -> line of the first row with it
    QHash<QString, int> m_identityLine;  // identityKey -> line, for rows without an NHS number
    QHash<QString, int> m_householdLine; // householdKey -> line of the first New row there
};

Result<void> Planner::classify(ImportRow& row, bool readable)
{
    const Child& child = row.draft.children.first();
    const Result<QString> nhs = domain::NhsNumber::parse(child.nhsNumber);
    // A number seen on an unreadable row still counts: two rows with one number means one is wrong.
    if (nhs.ok()) {
        if (const int earlier = m_nhsLine.value(nhs.value()); earlier > 0) {
            const QString why = tr("NHS number %1 is also on row %2 of this file: each child has their own number, so check "
                                   "both rows against the red book.").arg(domain::NhsNumber::format(nhs.value())).arg(earlier);
            row.status = Status::Error;
            row.reason = row.reason.isEmpty() ? why : row.reason + QLatin1Char(' ') + why;
            return {};
        }
        m_nhsLine.insert(nhs.value(), row.line);
    }
    if (!readable)
        return {};
    if (!nhs.ok()) {
        const QString key = identityKey(row.draft);
        if (const int earlier = m_identityLine.value(key); earlier > 0) {
            row.status = Status::Error;
            row.reason = tr("Row %1 has the same child (name, date and postcode): remove one of the two rows.").arg(earlier);
            return {};
        }
        m_identityLine.insert(key, row.line);
    }
    auto matched = matchStore(row);
    TANDEM_TRY(matched);
    if (matched.value())
        return {};

    auto check = FamilyWriter(m_session).duplicates(child);
    TANDEM_TRY(check);
    if (check.value().needsConfirmation()) {
        QStringList names;
        for (const ChildSummary& s : check.value().similarNames)
            names << s.describe();
        row.status = Status::Similar;
        row.matchedChildUuid = check.value().similarNames.first().uuid;
        row.reason = tr("May be a child already registered: %1. Import it only if it is a different child.")
                         .arg(names.join(QStringLiteral("; ")));
    } else {
        row.status = Status::New;
    }
    return findHousehold(row);
}

// Matches (nothing to write) or Error (the number belongs to someone else); false when not held.
Result<bool> Planner::matchStore(ImportRow& row)
{
    const Child& child = row.draft.children.first();
    if (!child.nhsNumber.isEmpty()) {
        auto held = m_children.withNhsNumber(child.nhsNumber);
        TANDEM_TRY(held);
        if (!held.value())
            return false;
        const ChildSummary& h = *held.value();
        // The number and the date of birth agree: the same child, even if a name has changed since.
        if (h.dateOfBirth == child.dateOfBirth) {
            row.status = Status::Matches;
            row.matchedChildUuid = h.uuid;
            row.reason = tr("Already held: %1.").arg(h.describe());
        } else {
            row.status = Status::Error;
            row.reason = tr("NHS number %1 is already held for %2, whose date of birth is different: check the number "
                            "against the red book.").arg(domain::NhsNumber::format(child.nhsNumber), h.describe());
        }
        return true;
    }
    const bool unborn = child.isUnborn();
    auto sameDay = m_children.bornOn(unborn ? *child.expectedDeliveryDate : *child.dateOfBirth, unborn);
    TANDEM_TRY(sameDay);
    for (const ChildSummary& h : sameDay.value()) {
        if (sameIdentity(row.draft, h)) {
            row.status = Status::Matches;
            row.matchedChildUuid = h.uuid;
            row.reason = tr("Already held: %1.").arg(h.describe());
            return true;
        }
    }
    return false;
}

// Siblings share a household: one already held at the address, or an earlier row's.
Result<void> Planner::findHousehold(ImportRow& row)
{
    const Address& a = row.draft.address;
    auto existing = m_families.findByAddress(a.postcode, a.line1);
    TANDEM_TRY(existing);
    if (!existing.value().isEmpty()) {
        row.joinsFamilyUuid = existing.value();
        return {};
    }
    const QString key = CsvImportWriter::householdKey(a);
    if (const int earlier = m_householdLine.value(key); earlier > 0)
        row.joinsRow = earlier;
    else if (row.status == Status::New) // a Similar row may not be written, so it founds nothing here
        m_householdLine.insert(key, row.line);
    return {};
}

} // namespace

int ImportPlan::count(ImportRow::Status status) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [status](const ImportRow& r) { return r.status == status; }));
}

Result<ImportPlan> CsvImportService::plan(const CsvTable& table, const CsvMapping& mapping) const
{
    TANDEM_TRY(m_session.require(Permission::ImportRecords));
    TANDEM_TRY(checkMapping(table.header, mapping));
    const CsvRowReader reader(table.header, mapping, m_session.today());
    Planner planner(m_session);
    ImportPlan plan;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        ImportRow row;
        row.line = i < table.lineNumbers.size() ? table.lineNumbers.at(i) : static_cast<int>(i) + 2;
        RowDraft draft = reader.read(table.rows.at(i));
        row.draft = std::move(draft.family);
        row.status = Status::Error;
        row.reason = draft.problems.join(QLatin1Char(' '));
        TANDEM_TRY(planner.classify(row, draft.problems.isEmpty()));
        plan.rows << row;
    }
    return plan;
}

Result<ImportOutcome> CsvImportService::apply(const CsvTable& table, const CsvMapping& mapping, bool includeSimilar,
                                              const std::function<void(int, int)>& progress)
{
    TANDEM_TRY(m_session.require(Permission::ImportRecords));
    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    // Planned again inside the transaction: the store may have changed since the preview.
    auto planned = plan(table, mapping);
    TANDEM_TRY(planned);

    ImportOutcome outcome;
    QList<ImportRow*> toWrite;
    for (ImportRow& row : planned.value().rows) {
        if (row.status == Status::Matches)
            ++outcome.matched;
        else if (row.status == Status::New || (row.status == Status::Similar && includeSimilar))
            toWrite << &row;
        else
            ++outcome.skipped;
    }

    CsvImportWriter writer(m_session);
    for (qsizetype i = 0; i < toWrite.size(); ++i) {
        ImportRow& row = *toWrite.at(i);
        auto written = writer.write(row);
        if (!written.ok()) // the transaction rolls back as it goes out of scope
            return makeError(written.error().code, tr("Row %1 could not be written, so nothing was imported: %2")
                                                       .arg(row.line).arg(written.error().message));
        if (progress)
            progress(static_cast<int>(i + 1), static_cast<int>(toWrite.size()));
    }
    outcome.familiesCreated = static_cast<int>(writer.createdFamilies().size());
    outcome.childrenCreated = static_cast<int>(writer.createdChildren().size());
    // Ids only: the audit trail never holds names.
    TANDEM_TRY(m_session.audit(QStringLiteral("import.csv"), QStringLiteral("import"),
                               writer.createdFamilies() + writer.createdChildren()));
    TANDEM_TRY(txn.value().commit());
    return outcome;
}

} // namespace tandem
