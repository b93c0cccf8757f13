#pragma once

#include <QString>

namespace tandem::gui {

// Per-user preferences. Holds no personal data of families: only the store path, the
// last sign-in name and the auto-lock time.
class GuiSettings {
public:
    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMaxIdleLockMinutes = 60;

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    static QString lastUsername();
    static void setLastUsername(const QString& username);
    static QString lastStorePath(); // empty if never chosen
    static void setLastStorePath(const QString& path);
};

} // namespace tandem::gui
