#pragma once

#include "tandem/core/Result.h"
#include "tandem/sharing/SharedRecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

class QThreadPool;

namespace tandem::sharing {

// Reads what FhirWriter wrote, chunk by chunk as BundleReader decrypts it, and checks it: the
// structure, every reference, NHS number check digits, dates, and every code against Tandem's
// tokens. Anything unexpected is refused with the entry and field named (never the values, which
// may be personal data): Invalid error.
//
// Pieces of entries are read on worker threads as they arrive (reading is most of an import's
// reading time), then joined in order by finish(). When anything is amiss, finish() reads every
// piece again in order, so the error and its entry number are exactly a one-by-one reading's.
class FhirReader {
public:
    FhirReader();
    ~FhirReader(); // waits for the workers
    FhirReader(const FhirReader&) = delete;
    FhirReader& operator=(const FhirReader&) = delete;

    // The exact pieces FhirWriter produced, in order. A problem in the first piece is reported
    // here; in later ones, by finish().
    Result<void> feed(const QByteArray& chunk);
    // After the last chunk: the children in bundle order, and what the Bundle says about itself.
    Result<void> finish();

    const SharedBundleInfo& info() const { return m_info; }
    const QList<SharedChild>& children() const { return m_children; }
    QList<SharedChild> takeChildren() { return std::move(m_children); }

private:
    struct Piece;

    Result<void> readBegin(const QByteArray& chunk);
    bool join();                    // the workers' pieces, when each read cleanly and they agree
    Result<void> readInOrder();     // every piece again, one by one
    Result<void> readNext(const QByteArray& chunk);
    Result<void> readEntries(const QByteArray& chunk);

    int m_chunks = 0;
    bool m_ended = false;
    int m_entries = 0;        // entries read so far: numbers messages, and bounds the bundle
    QSet<QString> m_ids;      // every resource id so far: each is used once in a bundle
    SharedBundleInfo m_info;
    QList<SharedChild> m_children;
    QList<QByteArray> m_later; // every piece after the first, kept for reading in order
    std::vector<std::shared_ptr<Piece>> m_pieces;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace tandem::sharing
