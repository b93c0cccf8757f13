#pragma once

#include "tandem/core/Result.h"
#include "tandem/store/Keyslot.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tandem::store {

// The keyslots of one store, kept beside the database as "<store>.keys" because they must be
// read before the database can be decrypted. Holds no personal data: user ids, tags and
// wrapped keys only. Written atomically.
class KeyslotFile {
public:
    static constexpr int kFormatVersion = 1;

    static QString pathFor(const QString& storePath);
    static Result<KeyslotFile> load(const QString& path);
    static KeyslotFile empty(const QString& storeUuid);

    Result<void> save(const QString& path) const;

    QString storeUuid() const { return m_storeUuid; }
    // Slot for a sign-in name; NotFound if none, DamagedKeyslot if present but unreadable.
    Result<Keyslot> findByUsername(const QString& username) const;
    void put(const Keyslot& slot); // replaces the user's slot, if any
    bool removeUser(const QString& userUuid);
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    // Raw objects are kept, so one damaged slot locks out only its own user.
    QList<QJsonObject> m_entries;
    QString m_storeUuid;
};

} // namespace tandem::store
