#pragma once

#include "tandem/core/Result.h"
#include "tandem/sharing/SharedRecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace tandem::sharing {

// Reads what FhirWriter wrote, chunk by chunk as BundleReader decrypts it, and checks it: the
// structure, every reference, NHS number check digits, dates, and every code against Tandem's
// tokens. Anything unexpected is refused with the entry and field named (never the values, which
// may be personal data): Invalid error.
class FhirReader {
public:
    Result<void> feed(const QByteArray& chunk); // the exact pieces FhirWriter produced, in order
    // After the last chunk: the children in bundle order, and what the Bundle says about itself.
    Result<void> finish();

    const SharedBundleInfo& info() const { return m_info; }
    const QList<SharedChild>& children() const { return m_children; }
    QList<SharedChild> takeChildren() { return std::move(m_children); }

private:
    Result<void> readBegin(const QByteArray& chunk);
    Result<void> readEntries(const QByteArray& chunk);

    int m_chunks = 0;
    bool m_ended = false;
    int m_entries = 0;        // entries read so far: numbers messages, and bounds the bundle
    QSet<QString> m_ids;      // every resource id so far: each is used once in a bundle
    SharedBundleInfo m_info;
    QList<SharedChild> m_children;
};

} // namespace tandem::sharing
