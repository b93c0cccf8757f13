#include "AppController.h"
#include "GuiSettings.h"
#include "Resources.h"

#include "tandem/core/Process.h"
#include "tandem/services/StoreService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (!tandem::initialiseProcess())
        return 1;
    tandem::gui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tandem/tandem.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tandem: shared family records for early-years teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("store"),
                                 QApplication::translate("main", "Store file to open (default: the last one used, else the demo store)."));
    parser.process(app);

    QString store = parser.positionalArguments().value(0);
    if (store.isEmpty())
        store = tandem::gui::GuiSettings::lastStorePath();
    if (store.isEmpty())
        store = tandem::StoreService::defaultStorePath();

    tandem::gui::AppController controller(tandem::SystemClock::instance());
    controller.start(store);
    return app.exec();
}
