#include "SharingText.h"

#include "tandem/core/Role.h"
#include "tandem/services/Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace tandem::gui::SharingText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::SharingText", text); }
} // namespace

QString fingerprintLines(const QString& fingerprint)
{
    const QStringList groups = fingerprint.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (groups.size() <= 4)
        return groups.join(QLatin1Char(' '));
    const qsizetype half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(QLatin1Char(' ')) + QLatin1Char('\n') + groups.mid(half).join(QLatin1Char(' '));
}

QString notAllowed(const Session& session, Permission permission)
{
    if (session.can(permission))
        return {};
    return tr("Your role (%1) does not allow you to %2.").arg(roleDisplayName(session.user().role), permissionDisplayName(permission));
}

QString when(const QDateTime& utc)
{
    if (!utc.isValid())
        return tr("Never");
    return utc.toLocalTime().toString(QStringLiteral("d MMM yyyy, HH:mm"));
}

QString when(const std::optional<QDateTime>& utc) { return utc ? when(*utc) : tr("Never"); }

} // namespace tandem::gui::SharingText
