#include "tandem/sharing/FhirReader.h"

#include "FhirCodes.h"
#include "FhirFields.h"
#include "FhirResourceReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>

namespace tandem::sharing {
namespace {

using namespace fhir;

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::FhirReader", text); }

Error invalid(const QString& message) { return makeError(ErrorCode::Invalid, message); }

const QByteArray kEnd = QByteArrayLiteral("]}");

struct Organization {
    QString id;
    QString code;
    QString name;
};

Organization organization(FieldReader& f, const QJsonObject& e)
{
    f.onlyKeys(e, {"fullUrl", "resource"});
    const QString url = f.text(e, "fullUrl", true);
    const QJsonObject r = f.object(e, "resource", true);
    f.onlyKeys(r, {"resourceType", "id", "identifier", "name"});
    f.constant(r, "resourceType", QLatin1String("Organization"));
    Organization org;
    org.id = f.text(r, "id", true);
    if (f.ok() && (!isUuid(org.id) || url != fullUrl(org.id)))
        f.badForm(QStringLiteral("fullUrl"));
    const QJsonObject identifier = f.single(r, "identifier", true);
    {
        FieldReader::Nest nest(f, "identifier", 0);
        f.onlyKeys(identifier, {"system", "value"});
        f.constant(identifier, "system", kOdsSystem);
        org.code = f.text(identifier, "value", true);
    }
    org.name = f.text(r, "name");
    return org;
}

std::optional<QJsonArray> entryArray(const QByteArray& chunk)
{
    // A piece of entries continues the array: ",{...},{...}".
    if (!chunk.startsWith(','))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + chunk.mid(1) + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return doc.array();
}

} // namespace

// One piece of entries read on its own: entry numbers and ids count from nothing, so only a
// clean reading is used (join() then checks what spans pieces).
struct FhirReader::Piece {
    bool clean = false;
    int entries = 0;
    QSet<QString> ids;
    QStringList actionIds;
    QList<SharedChild> children;
};

FhirReader::FhirReader() : m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FhirReader::~FhirReader()
{
    m_pool->clear(); // a refused bundle: pieces not yet started are not read
    m_pool->waitForDone();
}

Result<void> FhirReader::feed(const QByteArray& chunk)
{
    ++m_chunks;
    if (m_chunks == 1)
        return readBegin(chunk);
    m_later << chunk;
    if (m_ended || chunk == kEnd) {
        m_ended = true;
        return {};
    }
    auto piece = std::make_shared<Piece>();
    m_pieces.push_back(piece);
    const SharedBundleInfo* info = &m_info; // set by the first piece, and only read from here on
    m_pool->start([piece, chunk, info] {
        const auto entries = entryArray(chunk);
        if (!entries)
            return;
        fhir::ResourceReader reader(*info, piece->entries, piece->ids, piece->children, piece->actionIds);
        piece->clean = reader.read(*entries).ok();
    });
    return {};
}

Result<void> FhirReader::finish()
{
    m_pool->waitForDone();
    if (m_chunks == 0)
        return invalid(tr("The bundle content ends before its last entry."));
    const bool joined = join();
    m_pieces.clear();
    TANDEM_TRY(joined ? Result<void>() : readInOrder());
    m_later.clear();
    if (!m_ended)
        return invalid(tr("The bundle content ends before its last entry."));
    return {};
}

bool FhirReader::join()
{
    // Content after the end marker is an error a reading in order words exactly.
    if (m_later.size() != static_cast<qsizetype>(m_pieces.size()) + (m_ended ? 1 : 0) ||
        (m_ended && m_later.last() != kEnd))
        return false;
    QSet<QString> ids = m_ids;
    qint64 entries = m_entries;
    for (const auto& piece : m_pieces) {
        if (!piece->clean)
            return false;
        for (const QString& id : piece->actionIds)
            if (ids.contains(id))
                return false;
        for (const QString& id : piece->ids)
            if (ids.contains(id))
                return false;
        ids.unite(piece->ids);
        entries += piece->entries;
        if (entries > fhir::kMaxEntries)
            return false;
    }
    for (const auto& piece : m_pieces)
        m_children.append(std::move(piece->children));
    m_ids = std::move(ids);
    m_entries = static_cast<int>(entries);
    return true;
}

Result<void> FhirReader::readInOrder()
{
    m_ended = false;
    for (const QByteArray& chunk : std::as_const(m_later))
        TANDEM_TRY(readNext(chunk));
    return {};
}

Result<void> FhirReader::readNext(const QByteArray& chunk)
{
    if (m_ended)
        return invalid(tr("The bundle content continues after its end."));
    if (chunk == kEnd) {
        m_ended = true;
        return {};
    }
    return readEntries(chunk);
}

Result<void> FhirReader::readBegin(const QByteArray& chunk)
{
    // The first piece leaves the Bundle open on its entry array; closing it must give one object.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(chunk + kEnd, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("The bundle content does not start with a FHIR Bundle."));
    const QJsonObject bundle = doc.object();

    FieldReader f(0, {});
    // Only these keys, so the open array can only be "entry" (see docs/bundle-format.md).
    f.onlyKeys(bundle, {"resourceType", "id", "meta", "identifier", "type", "timestamp", "entry"});
    f.constant(bundle, "resourceType", QLatin1String("Bundle"));
    const QString id = f.text(bundle, "id", true);
    if (f.ok() && !isUuid(id))
        f.badForm(QStringLiteral("id"));
    const QJsonObject meta = f.object(bundle, "meta");
    if (!meta.isEmpty()) {
        FieldReader::Nest nest(f, "meta");
        f.onlyKeys(meta, {"lastUpdated"});
        f.instant(meta, "lastUpdated", true);
    }
    const QJsonObject identifier = f.object(bundle, "identifier", true);
    {
        FieldReader::Nest nest(f, "identifier");
        f.onlyKeys(identifier, {"system", "value"});
        f.constant(identifier, "system", kBundleSystem);
        if (f.text(identifier, "value", true) != id && f.ok())
            f.badForm(QStringLiteral("value"));
    }
    f.constant(bundle, "type", QLatin1String("collection"));
    const auto created = f.instant(bundle, "timestamp", true);
    const QList<QJsonObject> orgs = f.objects(bundle, "entry", 2, true);
    if (f.ok() && orgs.size() != 2)
        f.badForm(QStringLiteral("entry"));
    if (!f.ok())
        return f.error();

    // Entries 1 and 2: who sends, who receives.
    Organization parties[2];
    for (int i = 0; i < 2; ++i) {
        const int n = ++m_entries;
        FieldReader g(n, QStringLiteral("Organization"));
        parties[i] = organization(g, orgs.at(i));
        const QString expected = i == 0 ? senderOrganizationId(parties[i].code) : recipientOrganizationId(parties[i].code);
        if (g.ok() && parties[i].id != expected)
            g.badForm(QStringLiteral("id"));
        if (g.ok() && m_ids.contains(parties[i].id))
            g.duplicateId(QStringLiteral("id"));
        if (!g.ok())
            return g.error();
        m_ids.insert(parties[i].id);
    }
    m_info.bundleUuid = id;
    m_info.senderCode = parties[0].code;
    m_info.senderName = parties[0].name;
    m_info.recipientCode = parties[1].code;
    m_info.createdAt = *created;
    return {};
}

Result<void> FhirReader::readEntries(const QByteArray& chunk)
{
    if (!chunk.startsWith(','))
        return invalid(tr("The bundle content is not in the pieces Tandem writes."));
    const auto entries = entryArray(chunk);
    if (!entries)
        return invalid(tr("The bundle content is not valid JSON after entry %1.").arg(m_entries));
    QStringList actionIds;
    return ResourceReader(m_info, m_entries, m_ids, m_children, actionIds).read(*entries);
}

} // namespace tandem::sharing
