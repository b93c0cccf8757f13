#include "tandem/core/Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace tandem::Csv {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::Csv", text); }

constexpr qsizetype kMaxBytes = 50 * 1024 * 1024;
constexpr qsizetype kMaxRows = 200000;
const QChar kQuote = QLatin1Char('"');

Error invalid(const QString& message) { return makeError(ErrorCode::Invalid, message); }

bool isBreak(QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

QString decode(const QByteArray& bytes)
{
    // A byte order mark is a promise of the encoding: keep it even if a byte is bad.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringDecoder(QStringDecoder::Utf8).decode(bytes.mid(3));
    // Excel's "Unicode Text" export is UTF-16 with a BOM.
    if (bytes.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(2));
    if (bytes.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? QString(cp1252.decode(bytes)) : QString::fromLatin1(bytes);
}

// Counts separators on the first non-blank line, outside quotes.
QChar detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false, seenContent = false;
    for (QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && isBreak(c) && seenContent)
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
        seenContent = seenContent || !(isBreak(c) || c == QLatin1Char(' '));
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

struct Record {
    QStringList fields;
    int line = 0;
};

// Index of the first separator or line break at or after pos (n if none).
qsizetype fieldEnd(const QChar* d, qsizetype pos, qsizetype n, QChar sep)
{
    while (pos < n && d[pos] != sep && !isBreak(d[pos]))
        ++pos;
    return pos;
}

// Reads one record from pos; advances pos and line. Errors name the line a quote opened on.
Result<Record> readRecord(const QString& text, qsizetype& pos, int& line, QChar sep)
{
    const QChar* d = text.constData();
    const qsizetype n = text.size();
    Record rec;
    rec.line = line;
    while (true) {
        QString field;
        // Lenient: spaces before an opening quote (a, "b,c") are dropped, as spreadsheets do.
        qsizetype start = pos;
        while (start < n && d[start] != sep && (d[start] == QLatin1Char(' ') || d[start] == QLatin1Char('\t')))
            ++start;
        if (start < n && d[start] == kQuote) {
            const int openedOn = line;
            pos = start + 1;
            bool closed = false;
            while (pos < n && !closed) {
                qsizetype run = pos; // plain text up to the next quote or line break, copied at once
                while (run < n && d[run] != kQuote && !isBreak(d[run]))
                    ++run;
                field.append(d + pos, run - pos);
                pos = run;
                if (pos == n)
                    break;
                if (isBreak(d[pos])) { // line breaks inside a field become \n whatever the file used
                    pos += d[pos] == QLatin1Char('\r') && pos + 1 < n && d[pos + 1] == QLatin1Char('\n') ? 2 : 1;
                    field.append(QLatin1Char('\n'));
                    ++line;
                } else if (pos + 1 < n && d[pos + 1] == kQuote) {
                    field.append(kQuote);
                    pos += 2;
                } else {
                    ++pos;
                    closed = true;
                }
            }
            if (!closed)
                return invalid(tr("Line %1 opens a quote (\") that is never closed: open the file in a spreadsheet, "
                                  "check that line and save it again as CSV.")
                                   .arg(openedOn));
            // Text after the closing quote is kept rather than lost; trailing spaces are not.
            const qsizetype end = fieldEnd(d, pos, n, sep);
            field.append(QStringView(d + pos, end - pos).trimmed());
            pos = end;
        } else {
            const qsizetype end = fieldEnd(d, pos, n, sep);
            field = QString(d + pos, end - pos);
            pos = end;
        }
        rec.fields.append(field);
        if (pos < n && d[pos] == sep) {
            ++pos;
            continue;
        }
        if (pos < n) { // a line break ends the record
            pos += d[pos] == QLatin1Char('\r') && pos + 1 < n && d[pos + 1] == QLatin1Char('\n') ? 2 : 1;
            ++line;
        }
        return rec;
    }
}

// Blank lines, and rows of nothing but separators that spreadsheets leave at the end.
bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QString separatorName(QChar sep)
{
    return sep == QLatin1Char('\t') ? tr("tab") : QString(sep);
}

Result<void> checkHeader(const QStringList& header, int line)
{
    QHash<QString, int> seen; // case-folded name -> 1-based column
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            return invalid(tr("Column %1 of the header on line %2 has no name: give every column a heading.")
                               .arg(i + 1).arg(line));
        const QString key = header.at(i).toCaseFolded();
        if (seen.contains(key))
            return invalid(tr("Columns %1 and %2 of the header on line %3 are both called \"%4\": give each column "
                              "its own heading.")
                               .arg(seen.value(key)).arg(i + 1).arg(line).arg(header.at(i)));
        seen.insert(key, i + 1);
    }
    return {};
}

} // namespace

Result<CsvTable> parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBytes)
        return invalid(tr("The file is larger than 50 MB, the most Tandem imports at once: split it into smaller files."));
    const QString text = decode(bytes);
    if (text.isEmpty())
        return invalid(tr("The file is empty: export the data again as CSV."));

    const QChar sep = detectSeparator(text);
    CsvTable table;
    bool haveHeader = false;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        Result<Record> read = readRecord(text, pos, line, sep);
        if (!read.ok())
            return read.error();
        Record& rec = read.value();
        if (isBlank(rec.fields))
            continue;
        if (!haveHeader) {
            for (const QString& name : rec.fields)
                table.header.append(name.trimmed());
            TANDEM_TRY(checkHeader(table.header, rec.line));
            haveHeader = true;
            continue;
        }
        // Trailing empty fields (a stray separator at the end of the line) carry no data.
        while (rec.fields.size() > table.header.size() && rec.fields.back().trimmed().isEmpty())
            rec.fields.removeLast();
        if (rec.fields.size() > table.header.size())
            return invalid(tr("Line %1 has %2 values but the header has %3 columns: a value that contains the "
                              "separator (%4) needs quotes around it.")
                               .arg(rec.line).arg(rec.fields.size()).arg(table.header.size()).arg(separatorName(sep)));
        while (rec.fields.size() < table.header.size())
            rec.fields.append(QString());
        if (table.rows.size() == kMaxRows)
            return invalid(tr("The file has more than 200,000 rows, the most Tandem imports at once: split it into "
                              "smaller files."));
        table.rows.append(rec.fields);
        table.lineNumbers.append(rec.line);
    }
    if (!haveHeader)
        return invalid(tr("The file has no header row: its first line should name the columns."));
    return table;
}

QString formatRow(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        const bool needsQuotes = f.contains(separator) || f.contains(kQuote) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'));
        if (needsQuotes)
            out.append(kQuote + QString(f).replace(kQuote, QStringLiteral("\"\"")) + kQuote);
        else
            out.append(f);
    }
    return out.join(separator);
}

} // namespace tandem::Csv
