#pragma once

// Internal to the services: writes the rows of an import plan inside the caller's
// transaction. The first row at an address registers the household; later rows at the same
// address (siblings in one list), and rows at an address already held, join it.

#include "FamilyWriter.h"
#include "tandem/services/CsvImportService.h"

#include <QHash>
#include <QStringList>

namespace tandem {

class CsvImportWriter {
public:
    explicit CsvImportWriter(Session& session) : m_session(session), m_writer(session) {}

    // Postcode plus folded first line: the address siblings in one file share.
    static QString householdKey(const Address& address);

    Result<void> write(ImportRow& row);

    const QStringList& createdFamilies() const { return m_families; }
    const QStringList& createdChildren() const { return m_children; }

private:
    Result<void> joinHousehold(const QString& familyUuid, ImportRow& row);
    Result<void> noteProvenance(const QString& familyUuid, const QString& childUuid, int line);

    Session& m_session;
    FamilyWriter m_writer;
    QHash<QString, QString> m_familyAt; // householdKey -> household registered by this import
    QStringList m_families;
    QStringList m_children;
};

} // namespace tandem
