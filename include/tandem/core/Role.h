#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

enum class Role {
    HealthVisitor,
    ChildrensCentrePractitioner,
    TeamLead,
    Administrator,
};

// Stable token stored in the database and used on the command line.
QString roleToken(Role role);
std::optional<Role> roleFromToken(const QString& token);
QStringList roleTokens();
// Translated name for people.
QString roleDisplayName(Role role);

} // namespace tandem
