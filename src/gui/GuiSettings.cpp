#include "GuiSettings.h"

#include <QSettings>

#include <algorithm>

namespace tandem::gui {

int GuiSettings::idleLockMinutes()
{
    const int minutes = QSettings().value(QStringLiteral("security/idleLockMinutes"), kDefaultIdleLockMinutes).toInt();
    return std::clamp(minutes, 1, kMaxIdleLockMinutes);
}

void GuiSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), std::clamp(minutes, 1, kMaxIdleLockMinutes));
}

QString GuiSettings::lastUsername() { return QSettings().value(QStringLiteral("session/lastUsername")).toString(); }
void GuiSettings::setLastUsername(const QString& username) { QSettings().setValue(QStringLiteral("session/lastUsername"), username); }
QString GuiSettings::lastStorePath() { return QSettings().value(QStringLiteral("session/lastStorePath")).toString(); }
void GuiSettings::setLastStorePath(const QString& path) { QSettings().setValue(QStringLiteral("session/lastStorePath"), path); }

} // namespace tandem::gui
