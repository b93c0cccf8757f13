#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// A service or named worker involved with a family: health visiting, the children's centre,
// speech and language therapy, and so on. The record screen shows these first.
struct Involvement {
    QString uuid;
    QString familyUuid;
    QString service;        // serviceTokens()
    QString workerName;     // as the family knows them, e.g. "Amara Nwosu-Lane"
    QString workerUserUuid; // set when the worker is a user of this store
    QString organisation;   // for workers from other agencies; empty for this team
    bool keyWorker = false;
    QDate since;
    std::optional<QDate> until; // set when the involvement has ended
    int contacts = 0;           // contacts recorded with the family by this worker (read only)
    RecordMeta meta;
};

namespace InvolvementServices {
// "health-visiting", "childrens-centre", "speech-language-therapy", "family-support",
// "early-years-setting", "midwifery", "gp", "social-care", "other"
QStringList serviceTokens();
QString serviceDisplayName(const QString& token); // translated; the token itself if unknown
} // namespace InvolvementServices

} // namespace tandem
