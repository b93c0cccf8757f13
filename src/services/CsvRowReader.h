#pragma once

// Internal to the services: turns one CSV row and a column mapping into a registration
// draft (a household with one child and at most one adult), parsing dates, yes/no, sex and
// relationship values, then checking and normalising it with domain::RecordRules. Every
// problem is one sentence naming the file's column, so the preview says what to fix.

#include "tandem/core/Family.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/CsvImportService.h"

#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tandem {

struct RowDraft {
    Family family;        // normalised where valid; children has exactly one entry
    QStringList problems; // empty when the row can be registered
};

class CsvRowReader {
public:
    CsvRowReader(const QStringList& header, const CsvMapping& mapping, const QDate& today);

    RowDraft read(const QStringList& row) const;

    // The file's heading for a mapped field, else the field's label.
    QString columnName(const QString& fieldKey) const;
    // The relationship a heading such as "Mother forename" implies; "parent" when none does.
    QString impliedRelationship() const;

private:
    // Sentences so far, and the fields they name (a value that could not be read is not
    // reported a second time by the record rules).
    struct Problems {
        QStringList sentences;
        QSet<QString> fields;
        void add(const QString& field, const QString& sentence);
    };

    QString value(const QStringList& row, const QString& fieldKey) const;
    std::optional<QDate> date(const QStringList& row, const QString& fieldKey, Problems& problems) const;
    std::optional<bool> yesNo(const QStringList& row, const QString& fieldKey, Problems& problems) const;
    void readChild(const QStringList& row, Child& child, Problems& problems) const;
    void readFamily(const QStringList& row, Family& family, Problems& problems) const;
    void readAdult(const QStringList& row, Family& family, Problems& problems) const;
    void addRuleIssue(const domain::FieldIssue& issue, Problems& problems) const;

    QStringList m_header;
    CsvMapping m_mapping;
    QDate m_today;
};

} // namespace tandem
