#pragma once

#include "tandem/sharing/SharedRecord.h"

#include <QByteArray>

namespace tandem::sharing {

// Writes an HL7 FHIR R4 Bundle (type "collection") in UK Core style, a piece at a time so a large
// bundle never has to be built in memory: begin(), then one entries() call per child, then end().
// Concatenated, the pieces are exactly one JSON document (docs/bundle-format.md has the mapping).
// Each piece is a whole number of entries, so each can be encrypted as one chunk.
class FhirWriter {
public:
    explicit FhirWriter(SharedBundleInfo info) : m_info(std::move(info)) {}

    QByteArray begin();                         // {"resourceType":"Bundle",...,"entry":[{sender},{recipient}
    QByteArray entries(const SharedChild& child); // ",{...},{...}": the child's Patient first, then its resources
    QByteArray end();                           // ]}

private:
    SharedBundleInfo m_info;
};

} // namespace tandem::sharing
