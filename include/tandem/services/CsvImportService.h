#pragma once

#include "tandem/core/Csv.h"
#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

#include <QHash>

#include <functional>

namespace tandem {

class Session;

// A field a CSV column can fill.
struct ImportField {
    QString key;   // "child.givenName", "family.postcode", "adult.phone", ...
    QString label; // translated, for the mapping screen
    bool required = false;
};

// field key -> 0-based CSV column
using CsvMapping = QHash<QString, int>;

struct ImportRow {
    enum class Status { New, Matches, Similar, Error };
    int line = 0;              // 1-based line in the file, as a spreadsheet shows it
    Status status = Status::Error;
    QString reason;            // why Error or Similar; which record for Matches
    QString matchedChildUuid;  // Matches, Similar
    QString joinsFamilyUuid;   // New child joining an existing household at the same address
    int joinsRow = 0;          // New child joining the household of an earlier row (its line)
    Family draft;              // Family with one child (and adults) to register
};

struct ImportPlan {
    QList<ImportRow> rows;
    int count(ImportRow::Status status) const;
};

struct ImportOutcome {
    int familiesCreated = 0;
    int childrenCreated = 0;
    int matched = 0;   // already held: nothing written
    int skipped = 0;   // errors, and similar rows not confirmed
};

// Bulk registration from a CSV file: map columns, preview every row, then apply all
// valid rows in one transaction or none. Matching is by NHS number, or for children
// without one by folded names + date of birth (or EDD) + postcode, so importing the same
// file twice creates nothing new.
class CsvImportService {
public:
    explicit CsvImportService(Session& session) : m_session(session) {}

    static QList<ImportField> fields();
    // Matches header names to fields ignoring case, spaces and punctuation, with common
    // aliases ("NHS No", "DOB", "Surname", "Post Code", ...).
    static CsvMapping guessMapping(const QStringList& header);

    // Validates every row without writing. Errors only for a bad mapping (a required
    // field unmapped, a column out of range) or permission.
    Result<ImportPlan> plan(const CsvTable& table, const CsvMapping& mapping) const;

    // Re-plans inside one transaction (the store may have changed since the preview),
    // then writes every New row, plus Similar rows when includeSimilar. Any failure rolls
    // everything back. progress(done, total) may be called from this thread.
    Result<ImportOutcome> apply(const CsvTable& table, const CsvMapping& mapping, bool includeSimilar = false,
                                const std::function<void(int, int)>& progress = {});

private:
    Session& m_session;
};

} // namespace tandem
