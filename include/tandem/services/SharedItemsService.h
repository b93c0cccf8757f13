#pragma once

#include "tandem/core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Session;

// Something a partner organisation shared about a child, with where it came from.
struct SharedItemView {
    QString uuid;
    QString partnerCode;
    QString partnerName;
    QString bundleUuid;
    QString childUuid;
    QString childName;
    QString category;              // ShareCategories token, or "consent" for the basis of the share
    QString kind;                  // "contact", "assessment", "review", "eyfs", "plan", "consent"
    std::optional<QDate> occurredOn;
    QString title;
    QString detail;                // every value the partner sent, one "Label: value" per line
    bool safeguarding = false;     // shared without consent under a safeguarding decision
    QString receivedAt;            // store timestamp (UTC)
};

// Read-only: what partners have shared with this store (Permission::ViewFamilies).
class SharedItemsService {
public:
    explicit SharedItemsService(Session& session) : m_session(session) {}

    Result<QList<SharedItemView>> forFamily(const QString& familyUuid) const; // newest first
    Result<QList<SharedItemView>> forChild(const QString& childUuid) const;

private:
    Session& m_session;
};

} // namespace tandem
