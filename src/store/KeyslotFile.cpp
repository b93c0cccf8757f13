#include "tandem/store/KeyslotFile.h"
#include "tandem/store/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem::store {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::KeyslotFile", text); }
const QLatin1String kFormat("tandem-keyslots");
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024; // thousands of users fit in far less
}

QString KeyslotFile::pathFor(const QString& storePath) { return storePath + QStringLiteral(".keys"); }

KeyslotFile KeyslotFile::empty(const QString& storeUuid)
{
    KeyslotFile file;
    file.m_storeUuid = storeUuid;
    return file;
}

Result<KeyslotFile> KeyslotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotAStore,
                         tr("The key file %1 is missing, so this is not a complete Tandem store. Keep the .keys file beside the store.").arg(path));
    if (file.size() > kMaxFileSize)
        return makeError(ErrorCode::NotAStore, tr("%1 is too large to be a Tandem key file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the key file %1: %2.").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (doc.isNull() || !doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::NotAStore, tr("%1 is not a Tandem key file, or it is damaged.").arg(path));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > kFormatVersion)
        return makeError(ErrorCode::NewerVersion,
                         tr("This store's key file was written by a newer version of Tandem (format %1). Update Tandem to open it.").arg(version));
    if (version < 1)
        return makeError(ErrorCode::NotAStore, tr("%1 is damaged: its format version is missing.").arg(path));

    KeyslotFile out;
    out.m_storeUuid = root.value(QStringLiteral("store")).toString();
    if (out.m_storeUuid.isEmpty())
        return makeError(ErrorCode::NotAStore, tr("%1 is damaged: it does not name its store.").arg(path));
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray())
        out.m_entries.append(v.toObject());
    return out;
}

Result<void> KeyslotFile::save(const QString& path) const
{
    QJsonArray slots;
    for (const QJsonObject& entry : m_entries)
        slots.append(entry);
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("store"), m_storeUuid},
                           {QStringLiteral("slots"), slots}};
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<Keyslot> KeyslotFile::findByUsername(const QString& username) const
{
    const QString tag = Keyslot::tagFor(m_storeUuid, username);
    for (const QJsonObject& entry : m_entries) {
        if (entry.value(QStringLiteral("tag")).toString() == tag)
            return Keyslot::fromJson(entry);
    }
    return makeError(ErrorCode::NotFound, tr("No keyslot for that user."));
}

void KeyslotFile::put(const Keyslot& slot)
{
    removeUser(slot.userUuid);
    m_entries.append(slot.toJson());
}

bool KeyslotFile::removeUser(const QString& userUuid)
{
    return m_entries.removeIf([&](const QJsonObject& e) { return e.value(QStringLiteral("user")).toString() == userUuid; }) > 0;
}

} // namespace tandem::store
