#include "tandem/core/Process.h"
#include "tandem/core/Sodium.h"
#include "tandem/core/Version.h"

#include <QCoreApplication>

namespace tandem {

bool initialiseProcess()
{
#ifdef NDEBUG
    disableCoreDumps();
#endif
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION_STRING));
    return ensureSodium();
}

} // namespace tandem
