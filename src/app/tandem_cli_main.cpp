#include "../cli/CliApp.h"
#include "tandem/core/Process.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!tandem::initialiseProcess())
        return 1;
    return tandem::cli::runCli(QCoreApplication::arguments());
}
