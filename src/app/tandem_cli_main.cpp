#include "../cli/CliApp.h"
#include "tandem/core/Sodium.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    tandem::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    if (!tandem::ensureSodium())
        return 1;
    return tandem::cli::runCli(QCoreApplication::arguments());
}
