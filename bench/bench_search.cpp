// Search on a 100,000-child synthetic store: how long the search box takes to produce the
// first page of results (200 rows, as the Families list asks for), by kind of query.
// Usage: tandem-bench-search [STORE_PATH] [ROUNDS]
// The store is created on first run (about a minute) and reused afterwards.

#include "BenchSupport.h"

#include "tandem/core/Process.h"
#include "tandem/domain/NhsNumber.h"
#include "tandem/services/SearchService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>

#include <cstdio>
#include <random>

using namespace tandem;

namespace {

struct Probe {
    QString kind;
    QString text;
};

// Queries a user would type, drawn from the store itself so each one finds someone.
QList<Probe> probesFrom(const QList<ChildSummary>& sample)
{
    QList<Probe> probes;
    for (const ChildSummary& c : sample) {
        probes << Probe{QStringLiteral("family name prefix (3 letters)"), c.familyName.left(3)};
        probes << Probe{QStringLiteral("given + family prefixes"), c.givenName.left(2) + QLatin1Char(' ') + c.familyName.left(4)};
        probes << Probe{QStringLiteral("full name, reversed order"), c.familyName + QLatin1Char(' ') + c.givenName};
        if (!c.nhsNumber.isEmpty()) {
            probes << Probe{QStringLiteral("NHS number, no spaces"), c.nhsNumber};
            probes << Probe{QStringLiteral("NHS number, 3-3-4"), domain::NhsNumber::format(c.nhsNumber)};
        }
        probes << Probe{QStringLiteral("postcode"), c.postcode.toLower()};
        probes << Probe{QStringLiteral("postcode district"), c.postcode.section(QLatin1Char(' '), 0, 0)};
        if (c.dateOfBirth)
            probes << Probe{QStringLiteral("date of birth dd/mm/yyyy"), c.dateOfBirth->toString(QStringLiteral("dd/MM/yyyy"))};
        probes << Probe{QStringLiteral("single letter"), c.givenName.left(1)};
    }
    return probes;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    initialiseProcess();
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args.at(1) : QDir::temp().filePath(QStringLiteral("tandem-bench-100k.tandem"));
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;

    auto session = bench::openOrCreateStore(path, 100000);
    if (!session.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    SearchService search(*session.value());
    const qint64 children = search.countChildren().value();

    // A spread of children across the alphabetical list.
    QList<ChildSummary> sample;
    std::mt19937 rng(7);
    for (int i = 0; i < 40; ++i) {
        auto page = search.search(QString(), static_cast<int>(rng() % static_cast<quint32>(children)), 1);
        if (page.ok() && !page.value().rows.isEmpty())
            sample << page.value().rows.first();
    }
    const QList<Probe> probes = probesFrom(sample);

    QMap<QString, QList<double>> times;
    QMap<QString, qint64> found;
    for (int round = 0; round < rounds; ++round) {
        for (const Probe& p : probes) {
            QElapsedTimer timer;
            timer.start();
            auto r = search.search(p.text, 0, 200);
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!r.ok() || r.value().rows.isEmpty()) {
                std::fprintf(stderr, "query \"%s\" found nothing: %s\n", qPrintable(p.text), qPrintable(r.message()));
                return 1;
            }
            times[p.kind] << ms;
            found[p.kind] += r.value().rows.size();
        }
    }
    // The Families list with an empty box: the first page, and the next page from deep in the
    // list (the lazy list continues from the last row it holds).
    auto middle = search.search(QString(), static_cast<int>(children / 2), 200);
    const QString deepCursor = middle.ok() ? middle.value().nextCursor : QString();
    for (int round = 0; round < rounds * 10; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto first = search.search(QString(), 0, 200);
        times[QStringLiteral("empty box, first page")] << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto deep = search.next(QString(), deepCursor, 200);
        times[QStringLiteral("empty box, next page at the middle")] << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!first.ok() || !deep.ok() || deep.value().rows.size() != 200) {
            std::fprintf(stderr, "paging the list failed\n");
            return 1;
        }
    }

    std::printf("Store: %s, %lld children\nMachine: %s\n\n", qPrintable(path), static_cast<long long>(children),
                qPrintable(bench::machineDescription()));
    std::printf("| query | median ms | p90 ms | max ms | runs | mean rows returned |\n|---|---|---|---|---|---|\n");
    QList<double> all;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        const double rows = found.contains(it.key()) ? static_cast<double>(found.value(it.key())) / it.value().size() : 200;
        std::printf("%s\n", qPrintable(bench::tableRow(it.key(), bench::summarise(it.value()), QString::number(rows, 'f', 0))));
        if (found.contains(it.key()))
            all << it.value();
    }
    std::printf("%s\n", qPrintable(bench::tableRow(QStringLiteral("**all typed queries**"), bench::summarise(all), {})));
    return 0;
}
