#pragma once

#include "tandem/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tandem {

struct CsvTable {
    QStringList header;          // first record, trimmed
    QList<QStringList> rows;     // each padded or left as read; see Csv::parse
    QList<int> lineNumbers;      // 1-based physical line where each row starts (header is line 1)
};

// RFC 4180 reading of files exported by other systems and spreadsheets.
namespace Csv {

// UTF-8 (a BOM is skipped); falls back to Windows-1252 when the bytes are not valid
// UTF-8. Separator is ',' unless the header line contains more ';' or tabs than ','.
// Quoted fields may hold separators, doubled quotes and line breaks. CRLF, LF or CR.
// Blank lines are skipped. Errors (Invalid, naming the line): empty file, no header,
// duplicate or empty header names, an unterminated quote, a row with more fields than
// the header. Rows with fewer fields are padded with empty strings.
// Refuses files over 50 MB or 200,000 rows with a message saying so.
Result<CsvTable> parse(const QByteArray& bytes);

// One record, quoting fields that need it; for exports and tests.
QString formatRow(const QStringList& fields, QChar separator = QLatin1Char(','));

} // namespace Csv
} // namespace tandem
