#pragma once

#include "tandem/core/Role.h"

#include <QDateTime>
#include <QString>

namespace tandem {

struct User {
    QString uuid;
    QString username;    // sign-in name, lower case
    QString displayName; // shown in the status bar and reports
    Role role = Role::HealthVisitor;
    bool active = true;
    QDateTime createdAt;
};

struct Organisation {
    QString uuid;
    QString name; // e.g. "Northgate Health Visiting Team"
    QString code; // e.g. "RX1-HV01"
};

} // namespace tandem
