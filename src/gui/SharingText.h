#pragma once

#include "tandem/core/Permission.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tandem {
class Session;
}

namespace tandem::gui {

// How the Sharing area writes fingerprints, times and what a role may not do. Pure formatting.
namespace SharingText {

// The fingerprint's eight groups of five digits as two rows of four, to read aloud.
QString fingerprintLines(const QString& fingerprint);
// Empty when the signed-in user's role has the permission; otherwise one sentence saying it does
// not, e.g. "Your role (Health visitor) does not allow you to manage partner organisations."
QString notAllowed(const Session& session, Permission permission);
// "22 Nov 2026, 09:30" in local time; "Never" when there is no time.
QString when(const QDateTime& utc);
QString when(const std::optional<QDateTime>& utc);

} // namespace SharingText
} // namespace tandem::gui
